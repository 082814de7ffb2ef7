#pragma once

#include "foundation/Result.h"
#include "import/GuardReport.h"

#include <QCoreApplication>
#include <QStringList>

#include <array>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace sna {

// The first thing done with any partner file: every raw column is scanned, by its name and by
// every value, for personal identifiers — names, dates of birth, NHS numbers (with a valid
// Modulus 11 check digit), full postcodes, e-mail addresses, phone numbers, street addresses —
// and for free text. It runs on the reader thread over the raw fields, before format detection
// results or a mapping are used, and its verdict overrides everything else: health and
// social-care bodies may share only anonymous data (guidance paras 170, 178–179), so such a
// file with identifiers is refused outright; from other partners every flagged column must be
// dropped or explicitly confirmed.
class PersonalDataGuard {
    Q_DECLARE_TR_FUNCTIONS(sna::PersonalDataGuard)
public:
    explicit PersonalDataGuard(const QStringList& header);

    void inspect(const std::vector<std::string_view>& fields, qint64 line);
    GuardReport report() const;

    // Applies the analyst's decisions. Returns the refusal (code kImportPersonalDataRefused or
    // kImportPersonalData) naming columns and lines, or success; `report.decisions` is filled
    // in either way.
    static Status decide(GuardReport& report, const QString& authorityType,
                         const QStringList& dropColumns, const QStringList& confirmColumns,
                         const QString& fileName);

    // Building blocks, public for tests.
    static bool isValidNhsNumber(std::string_view text);
    static bool containsFullPostcode(std::string_view text);
    static bool looksLikeEmail(std::string_view text);
    static bool looksLikePhone(std::string_view text);
    static bool looksLikeStreetAddress(std::string_view text);
    static bool startsWithTitle(std::string_view text);
    static bool isSnappedLocation(std::string_view text);

private:
    static constexpr int kKinds = 8;
    static constexpr int kLinesKept = 5;
    static constexpr size_t kDistinctLongTexts = 64;

    struct KindState {
        qint64 count = 0;
        QList<qint64> lines;
        QString example;
        bool byHeader = false;
    };
    struct ColumnState {
        QString name;
        std::array<bool, kKinds> headerKinds{};
        bool anyHeaderKind = false;
        std::array<KindState, kKinds> kinds;
        qint64 nonEmpty = 0;
        qint64 snapped = 0;
        qint64 longValues = 0;
        QList<qint64> longLines;
        QString longExample;
        std::unordered_set<size_t> distinctLong;
    };
    void note(ColumnState& column, PersonalDataKind kind, std::string_view value, qint64 line);
    void noteAll(ColumnState& column, unsigned kinds, std::string_view value, qint64 line);

    std::vector<ColumnState> m_columns;
    qint64 m_rows = 0;
};

} // namespace sna
