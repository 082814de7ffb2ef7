#pragma once

#include "analysis/DisclosureControl.h"
#include "foundation/Result.h"

#include <QCoreApplication>

namespace sna {

class Project;

// Which disclosure rule a source's figures follow when they leave the analyst's screen.
enum class SourceClass { Health, Other };

// The partnership's analysis choices, kept in the project file. Defaults follow published
// practice (see ../shared/domain/BRIEF.md, "Disclosure control norms").
struct AnalysisSettings {
    Q_DECLARE_TR_FUNCTIONS(sna::AnalysisSettings)
public:
    int healthSuppressionMax = 7; // published health counts of 1 to this are suppressed
    int otherSuppressionMax = 2;  // the same for other sources
    int rateMinimumEvents = 10;   // rates on fewer events are flagged as unreliable
    int baselineYear = 0;         // financial year starting in this year; 0 when not chosen
    int healthRoundTo = 0;        // published health counts rounded to a multiple; 0: exact
    int otherRoundTo = 0;

    Status validate() const;
    DisclosureRule rule(SourceClass source) const;
    friend bool operator==(const AnalysisSettings&, const AnalysisSettings&) = default;
};

class AnalysisSettingsStore {
    Q_DECLARE_TR_FUNCTIONS(sna::AnalysisSettingsStore)
public:
    explicit AnalysisSettingsStore(Project& project)
        : m_project(project)
    {
    }
    // Settings never saved come back as the defaults.
    Result<AnalysisSettings> load() const;
    // Refused with the reason when the settings are not valid. `inTransaction`: the caller's
    // transaction is open (a session saving everything at once).
    Status save(const AnalysisSettings& settings, bool inTransaction = false);

private:
    Project& m_project;
};

} // namespace sna
