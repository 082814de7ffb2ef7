#include "demo/DemoProject.h"

#include "demo/SyntheticPoliceData.h"
#include "document/DocumentStore.h"
#include "import/PoliceUkImporter.h"
#include "project/Project.h"
#include "project/ProjectFactory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace sna {

namespace {

struct DemoText {
    const char* section;
    const char* en;
    const char* cy;
};

// Demo content: English and Welsh written side by side, as a partnership in Wales would.
const DemoText kStrategyText[] = {
    {"executive-summary",
     "**This is a demonstration project built from synthetic data.** None of its figures "
     "describe real people or places.\n\n"
     "The Mid and West Wales Demo Partnership brings together the specified authorities of "
     "Carmarthenshire, Ceredigion, Pembrokeshire and Powys to prevent and reduce serious "
     "violence. This strategy sets out what our strategic needs assessment found and what we "
     "will do about it.\n\n"
     "Our priorities are:\n\n"
     "1. violence in public places involving young people under 25;\n"
     "2. knife crime and other violence with weapons;\n"
     "3. domestic abuse and violence against women and girls.\n",
     "**Prosiect enghreifftiol yw hwn, wedi’i lunio o ddata synthetig.** Nid yw’r un o’i "
     "ffigurau’n disgrifio pobl na lleoedd go iawn.\n\n"
     "Mae Partneriaeth Enghreifftiol Canolbarth a Gorllewin Cymru yn dod ag awdurdodau "
     "penodedig Sir Gaerfyrddin, Ceredigion, Sir Benfro a Phowys ynghyd i atal a lleihau trais "
     "difrifol. Mae’r strategaeth hon yn nodi canfyddiadau ein hasesiad o anghenion strategol "
     "a’r hyn y byddwn yn ei wneud yn eu cylch.\n\n"
     "Ein blaenoriaethau yw:\n\n"
     "1. trais mewn mannau cyhoeddus sy’n ymwneud â phobl ifanc dan 25 oed;\n"
     "2. troseddau cyllyll a thrais arall ag arfau;\n"
     "3. cam-drin domestig a thrais yn erbyn menywod a merched.\n"},
    {"sna-summary",
     "Police-recorded crime and anti-social behaviour follow a clear seasonal pattern, with a "
     "peak each summer, and have fallen slowly over the three years. Violence and sexual "
     "offences are the largest category. A small number of neighbourhoods account for a large "
     "share of the violence, which is why our actions focus on those places.\n\n"
     "The figure below is drawn from the data held in this project and is updated whenever new "
     "data is imported.",
     "Mae troseddau ac ymddygiad gwrthgymdeithasol a gofnodwyd gan yr heddlu yn dilyn patrwm "
     "tymhorol clir, gydag uchafbwynt bob haf, ac maent wedi gostwng yn araf dros y tair "
     "blynedd. Trais a throseddau rhywiol yw’r categori mwyaf. Mae nifer fach o gymdogaethau’n "
     "cyfrif am gyfran fawr o’r trais, a dyna pam mae ein camau gweithredu’n canolbwyntio ar y "
     "lleoedd hynny.\n\n"
     "Mae’r ffigur isod wedi’i lunio o’r data sydd yn y prosiect hwn ac mae’n cael ei "
     "ddiweddaru bob tro y caiff data newydd ei fewnforio."},
    {"delivery",
     "The partnership works through the four community safety partnerships of the area. A "
     "named coordinator, employed by the police and crime commissioner, leads the work day to "
     "day and reports to the partnership board every quarter.",
     "Mae’r bartneriaeth yn gweithio drwy bedair partneriaeth diogelwch cymunedol yr ardal. "
     "Mae cydgysylltydd a enwir, a gyflogir gan y comisiynydd heddlu a throseddu, yn arwain y "
     "gwaith o ddydd i ddydd ac yn adrodd i fwrdd y bartneriaeth bob chwarter."},
    {"governance",
     "The partnership board meets every quarter. It reviews this strategy at least once a "
     "year, and the action plan at every meeting.",
     "Mae bwrdd y bartneriaeth yn cyfarfod bob chwarter. Mae’n adolygu’r strategaeth hon o "
     "leiaf unwaith y flwyddyn, a’r cynllun gweithredu ym mhob cyfarfod."},
    {"actions",
     "| Action | Lead | Due |\n"
     "|---|---|---|\n"
     "| Youth outreach in the evening economy | Community safety partnerships | March 2025 |\n"
     "| Knife-crime education in every secondary school | Education authorities | July 2025 |\n"
     "| Domestic abuse referral pathway in A&E | Health boards | December 2024 |\n",
     "| Cam gweithredu | Arweinydd | Erbyn |\n"
     "|---|---|---|\n"
     "| Gwaith allgymorth ieuenctid yn yr economi gyda’r nos | Partneriaethau diogelwch cymunedol "
     "| Mawrth 2025 |\n"
     "| Addysg am droseddau cyllyll ym mhob ysgol uwchradd | Awdurdodau addysg | Gorffennaf 2025 "
     "|\n"
     "| Llwybr atgyfeirio cam-drin domestig yn yr adran damweiniau ac achosion brys | Byrddau "
     "iechyd | Rhagfyr 2024 |\n"},
};

} // namespace

QString DemoProject::defaultPath()
{
    QString base = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    if (base.isEmpty())
        base = QDir::tempPath() + QStringLiteral("/sna-studio");
    return base + QStringLiteral("/demo/sna-studio-demo.sna");
}

Status DemoProject::create(const QString& path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());

    PartnershipProfile profile;
    profile.name = QStringLiteral("Mid and West Wales Demo Partnership (synthetic data)");
    profile.coordinator = QStringLiteral("Demo Coordinator");
    for (const char* code : {"W06000010", "W06000008", "W06000009", "W06000023"})
        profile.areas.append(Area{QString::fromLatin1(code), {}});
    profile.authorities = {
        {QStringLiteral("Demo Constabulary"), AuthorityKind::Police},
        {QStringLiteral("Probation Service (demo)"), AuthorityKind::Probation},
        {QStringLiteral("Youth Justice Service (demo)"), AuthorityKind::YouthJustice},
        {QStringLiteral("Fire and Rescue Service (demo)"), AuthorityKind::Fire},
        {QStringLiteral("Health Board (demo)"), AuthorityKind::Health},
        {QStringLiteral("Carmarthenshire County Council (demo)"), AuthorityKind::LocalAuthority},
        {QStringLiteral("Ceredigion County Council (demo)"), AuthorityKind::LocalAuthority},
        {QStringLiteral("Pembrokeshire County Council (demo)"), AuthorityKind::LocalAuthority},
        {QStringLiteral("Powys County Council (demo)"), AuthorityKind::LocalAuthority},
        {QStringLiteral("Police and Crime Commissioner (demo)"), AuthorityKind::PolicingBody},
    };

    auto project = ProjectFactory::create(path, profile);
    if (!project)
        return project.error();

    QTemporaryDir scratch;
    if (!scratch.isValid())
        return makeError(tr("Could not create a temporary folder for the demo data."));
    const QString csvPath = scratch.filePath(QStringLiteral("synthetic-demo-street.csv"));
    {
        QFile csv(csvPath);
        if (!csv.open(QIODevice::WriteOnly))
            return makeError(tr("Could not write the demo data: %1").arg(csv.errorString()));
        SyntheticPoliceSpec spec;
        spec.areaCodes = QStringList{QStringLiteral("W06000010"), QStringLiteral("W06000008"),
                                     QStringLiteral("W06000009"), QStringLiteral("W06000023")};
        if (SyntheticPoliceData::write(csv, spec) < 0)
            return makeError(tr("Could not write the demo data: %1").arg(csv.errorString()));
    }
    ImportOptions options;
    options.partner = QStringLiteral("Demo Constabulary (synthetic data)");
    auto imported = PoliceUkImporter(*project.value()).importFile(csvPath, options);
    if (!imported)
        return imported.error();

    DocumentStore documents(*project.value());
    auto strategy = documents.load(DocumentKind::Strategy);
    if (!strategy)
        return strategy.error();
    Document document = strategy.value();
    for (const DemoText& text : kStrategyText) {
        const QString id = QString::fromLatin1(text.section);
        document.setBody(id, Lang::En, QString::fromUtf8(text.en));
        document.setBody(id, Lang::Cy, QString::fromUtf8(text.cy));
    }
    return documents.save(document);
}

Result<QString> DemoProject::ensure()
{
    const QString path = defaultPath();
    if (QFileInfo::exists(path))
        return path;
    if (auto s = create(path); !s)
        return s.error();
    return path;
}

} // namespace sna
