#include "import/DataSourcesAnnex.h"

#include "document/FixedText.h"

#include <QDate>
#include <QStringList>

namespace sna {

namespace {
struct Pair {
    const char* code;
    const char* en;
    const char* cy;
};

const Pair kFormats[] = {
    {"police-uk", "Police-recorded crime (data.police.uk)",
     "Troseddau a gofnodwyd gan yr heddlu (data.police.uk)"},
    {"police-uk-street", "Police-recorded crime (data.police.uk)",
     "Troseddau a gofnodwyd gan yr heddlu (data.police.uk)"},
    {"police-uk-outcomes", "Outcomes of police-recorded crime (data.police.uk)",
     "Canlyniadau troseddau a gofnodwyd gan yr heddlu (data.police.uk)"},
    {"stop-search", "Stop and search (data.police.uk)", "Stopio a chwilio (data.police.uk)"},
    {"fingertips", "Public health indicators (OHID Fingertips)",
     "Dangosyddion iechyd y cyhoedd (OHID Fingertips)"},
    {"lookup", "Geography lookup (ONS)", "Tabl chwilio daearyddiaeth (ONS)"},
    {"population", "Population estimates (ONS)", "Amcangyfrifon poblogaeth (ONS)"},
    {"imd", "English Index of Multiple Deprivation 2019",
     "Mynegai Amddifadedd Lluosog Lloegr 2019"},
    {"wimd", "Welsh Index of Multiple Deprivation 2019", "Mynegai Amddifadedd Lluosog Cymru 2019"},
    {"exclusions", "Suspensions and exclusions", "Gwaharddiadau dros dro a pharhaol"},
    {"mapped", "Partner data", "Data partner"},
};

const Pair kKinds[] = {
    {"police", "Police", "Heddlu"},
    {"probation", "Probation service", "Gwasanaeth prawf"},
    {"youth-justice", "Youth justice service", "Gwasanaeth cyfiawnder ieuenctid"},
    {"fire", "Fire and rescue", "Tân ac achub"},
    {"health", "Health body", "Corff iechyd"},
    {"social-care", "Social care", "Gofal cymdeithasol"},
    {"local-authority", "Local authority", "Awdurdod lleol"},
    {"education", "Education", "Addysg"},
    {"prison", "Prison or youth custody", "Carchar neu ddalfa ieuenctid"},
    {"voluntary", "Voluntary sector", "Sector gwirfoddol"},
    {"public-data", "Published open data", "Data agored cyhoeddedig"},
};

template<size_t N> QString lookup(const Pair (&pairs)[N], const QString& code, Lang lang)
{
    for (const Pair& pair : pairs) {
        if (code == QLatin1String(pair.code))
            return QString::fromUtf8(lang == Lang::Cy ? pair.cy : pair.en);
    }
    return code;
}

QString text(Lang lang, const char* en, const char* cy)
{
    return QString::fromUtf8(lang == Lang::Cy ? cy : en);
}

// Text from files and partners inside Markdown: no line breaks, no emphasis or list markers.
QString clean(QString value)
{
    value.replace(QLatin1Char('\n'), QLatin1Char(' '));
    for (const char c : {'*', '_', '`', '[', ']', '#', '|'})
        value.replace(QLatin1Char(c), QStringLiteral("\\") + QLatin1Char(c));
    return value.simplified();
}

QString period(const DatasetInfo& info, Lang lang)
{
    if (info.periodStart <= 0)
        return text(lang, "—", "—");
    const QString start =
        FixedText::shortMonthYear(info.periodStart / 100, info.periodStart % 100, lang);
    if (info.periodEnd == info.periodStart)
        return start;
    return start + QStringLiteral(" – ") +
           FixedText::shortMonthYear(info.periodEnd / 100, info.periodEnd % 100, lang);
}
} // namespace

QString DataSourcesAnnex::formatName(const QString& format, Lang lang)
{
    return lookup(kFormats, format, lang);
}

QString DataSourcesAnnex::sourceKind(const QString& authorityType, Lang lang)
{
    return lookup(kKinds, authorityType, lang);
}

QString DataSourcesAnnex::markdown(const QList<DatasetInfo>& datasets, Lang lang)
{
    if (datasets.isEmpty())
        return text(lang, "No data has been imported yet.", "Nid oes data wedi’i fewnforio eto.");
    QStringList lines;
    lines << text(lang,
                  "Every dataset this assessment draws on, with where it came from and on what "
                  "basis it is held.",
                  "Pob set ddata y mae’r asesiad hwn yn seiliedig arni, gydag o ble y daeth ac ar "
                  "ba sail y’i cedwir.");
    lines << QString();
    for (const DatasetInfo& info : datasets) {
        QString name = formatName(info.format, lang);
        if (!info.mappingName.isEmpty())
            name += QStringLiteral(" (") + info.mappingName + QLatin1Char(')');
        const QDate received = QDate::fromString(info.receivedOn, Qt::ISODate);
        QStringList parts;
        parts << text(lang, "Sent by: %1 (%2).", "Anfonwyd gan: %1 (%2).")
                     .arg(clean(info.partner), sourceKind(info.authorityType, lang));
        parts << text(lang, "Period: %1.", "Cyfnod: %1.").arg(period(info, lang));
        parts << text(lang, "Sharing basis: %1.", "Sail rhannu: %1.")
                     .arg(info.sharingBasis.isEmpty() ? text(lang, "not recorded", "heb ei gofnodi")
                                                      : clean(info.sharingBasis));
        parts << text(lang, "ISTV level: %1.", "Lefel ISTV: %1.")
                     .arg(info.istvLevel > 0 ? QString::number(info.istvLevel)
                                             : text(lang, "not applicable", "amherthnasol"));
        if (received.isValid())
            parts << text(lang, "Received: %1.", "Derbyniwyd: %1.")
                         .arg(FixedText::date(received, lang));
        parts << text(lang, "Rows kept: %1.", "Rhesi a gadwyd: %1.")
                     .arg(FixedText::number(info.rowsStored, lang));
        parts << text(lang, "File: %1 (SHA-256 %2…).", "Ffeil: %1 (SHA-256 %2…).")
                     .arg(clean(info.fileName), info.sha256.left(12));
        lines << QStringLiteral("- **%1** — %2").arg(clean(name), parts.join(QLatin1Char(' ')));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace sna
