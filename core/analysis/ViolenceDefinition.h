#pragma once

#include "foundation/BilingualText.h"
#include "foundation/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sna {

// The kinds of violence the statutory guidance names (paras 28–35). A partnership's local
// definition includes some of them; it must include the public-space youth violence focus
// (homicide, violence against the person including knife and gun crime, and crime where
// violence is inherent such as county lines) and may never include terrorism.
enum class ViolenceScope {
    Homicide,
    ViolenceAgainstPerson,
    ViolenceInherent,
    Weapons,
    DomesticAbuse,
    SexualOffences,
    ViolenceAgainstProperty,
    ThreatsOfViolence,
    AlcoholRelated,
    CriminalExploitation,
    ModernSlavery,
    Vawg,
    Terrorism,
    Other,
};

class ViolenceScopes {
    Q_DECLARE_TR_FUNCTIONS(sna::ViolenceScopes)
public:
    static QString code(ViolenceScope scope);
    static std::optional<ViolenceScope> fromCode(const QString& code);
    static QString label(ViolenceScope scope); // translated, for the interface
    static QList<ViolenceScope> all();
    // The public-space youth violence focus every definition must include.
    static QList<ViolenceScope> required();
};

struct DefinitionCategory {
    QString id; // stable: letters, digits and '-'
    ViolenceScope scope = ViolenceScope::Other;
    BilingualText name;
    BilingualText
        rationale; // the s.13(6) reasons: penalty, impact on victims, prevalence, community
    bool included = true;
    friend bool operator==(const DefinitionCategory&, const DefinitionCategory&) = default;
};

// How one source's category counts: into a definition category, or explicitly not serious
// violence. A source category with no mapping is "unmapped" and is listed, never dropped.
struct CategoryMapping {
    QString source;         // e.g. "police-uk"
    QString sourceCategory; // e.g. "Robbery"
    QString categoryId;     // empty: not serious violence under this definition
    friend bool operator==(const CategoryMapping&, const CategoryMapping&) = default;
};

class ViolenceDefinition {
    Q_DECLARE_TR_FUNCTIONS(sna::ViolenceDefinition)
public:
    static constexpr const char* kPoliceSource = "police-uk";

    QList<DefinitionCategory> categories;
    QList<CategoryMapping> mappings;

    // Refuses terrorism, a missing public-space youth violence focus, duplicate ids and
    // mappings to categories that do not exist — each with the reason.
    Status validate() const;
    const DefinitionCategory* category(const QString& id) const;
    // nullopt: unmapped; an empty string: mapped to "not serious violence".
    std::optional<QString> mappingFor(const QString& source, const QString& sourceCategory) const;
    bool counts(const QString& source, const QString& sourceCategory) const;
    QStringList unmapped(const QString& source, const QStringList& sourceCategories) const;

    // A sensible starting point that partnerships adapt: the guidance's focus plus domestic
    // abuse and sexual offences, with every data.police.uk category mapped.
    static ViolenceDefinition defaults();
    friend bool operator==(const ViolenceDefinition&, const ViolenceDefinition&) = default;
};

} // namespace sna
