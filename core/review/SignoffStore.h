#pragma once

#include "document/Document.h"
#include "foundation/Result.h"
#include "project/PartnershipProfile.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

namespace sna {

class Project;

// One specified authority's approval of a named version of a document.
struct Signoff {
    qint64 id = 0;
    QString authority;
    DocumentKind document = DocumentKind::Strategy;
    QString version;
    QString signedBy;
    QDate signedOn;
    QString conditions;
};

// Where sign-off of the strategy stands: the version being published is the latest named
// version, and it counts only while the strategy still says what that version said.
struct SignoffStatus {
    QString version;            // empty: no version has been taken
    bool currentMatches = true; // the strategy is unchanged since that version
    QStringList specified;      // the partnership's specified authorities
    QStringList signedOff;      // those that approved the version
    QStringList missing;
    bool complete() const
    {
        return !version.isEmpty() && currentMatches && !specified.isEmpty() && missing.isEmpty();
    }
};

class SignoffStore {
    Q_DECLARE_TR_FUNCTIONS(sna::SignoffStore)
public:
    explicit SignoffStore(Project& project)
        : m_project(project)
    {
    }

    // Refused unless the authority is one of the partnership's specified authorities and the
    // version exists; a second sign-off of the same version by the same authority replaces the
    // first.
    Result<Signoff> record(const PartnershipProfile& profile, Signoff signoff);
    Result<QList<Signoff>> list() const;
    Result<SignoffStatus> status(const PartnershipProfile& profile, const Document& strategy) const;

    static QStringList specifiedAuthorities(const PartnershipProfile& profile);

private:
    Project& m_project;
};

} // namespace sna
