#include "demo/DemoProject.h"

#include "demo/SyntheticPoliceData.h"
#include "document/DocumentStore.h"
#include "import/PoliceUkImporter.h"
#include "plan/ActionPlanStore.h"
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
     "Our actions address the three priorities above. Each has a lead authority, the partners "
     "who support it, dates and a measure of success; the partnership board reviews progress at "
     "every meeting. The action plan follows, by priority and by sector.",
     "Mae ein camau gweithredu’n mynd i’r afael â’r tair blaenoriaeth uchod. Mae gan bob un "
     "awdurdod arweiniol, y partneriaid sy’n ei gefnogi, dyddiadau a mesur llwyddiant; mae bwrdd y "
     "bartneriaeth yn adolygu cynnydd ym mhob cyfarfod. Mae’r cynllun gweithredu’n dilyn, yn ôl "
     "blaenoriaeth ac yn ôl sector."},
};

// The SNA, partly written: enough to show the data annex, the data-gaps section and a
// recommendation the action plan's priorities link to.
const DemoText kSnaText[] = {
    {"scope",
     "**Synthetic data.** This assessment covers the four local authority areas of the demo "
     "partnership. Our local definition of serious violence includes public-space youth "
     "violence — homicide, violence against the person including knife and gun crime, and "
     "county lines — as well as domestic abuse, sexual offences and violence against women and "
     "girls. Terrorism is excluded, as the Duty requires.",
     "**Data synthetig.** Mae’r asesiad hwn yn cwmpasu pedair ardal awdurdod lleol y "
     "bartneriaeth enghreifftiol. Mae ein diffiniad lleol o drais difrifol yn cynnwys trais "
     "ieuenctid mewn mannau cyhoeddus — lladdiad, trais yn erbyn y person gan gynnwys troseddau "
     "cyllyll a gynnau, a llinellau cyffuriau — yn ogystal â cham-drin domestig, troseddau "
     "rhywiol a thrais yn erbyn menywod a merched. Nid yw terfysgaeth wedi’i chynnwys, fel y mae’r "
     "Ddyletswydd yn ei fynnu."},
    {"kinds",
     "Violence and sexual offences are the largest category of police-recorded crime in the "
     "area. The table and chart below are drawn from the data held in this project.",
     "Trais a throseddau rhywiol yw’r categori mwyaf o droseddau a gofnodwyd gan yr heddlu yn yr "
     "ardal. Mae’r tabl a’r siart isod wedi’u llunio o’r data sydd yn y prosiect hwn."},
    {"data-gaps",
     "We do not yet hold anonymised A&E assault data for the area, and education data on "
     "suspensions and exclusions covers only two of the four councils. Police data locates "
     "offences only to the nearest anonymised point.",
     "Nid oes gennym ddata dienw eto am ymosodiadau a welwyd yn yr adran damweiniau ac achosion "
     "brys, ac nid yw data addysg am waharddiadau ond yn cwmpasu dau o’r pedwar cyngor. Dim ond "
     "i’r "
     "pwynt dienw agosaf y mae data’r heddlu’n lleoli troseddau."},
    {"recommendations",
     "1. Focus prevention on young people under 25 in the evening economy.\n"
     "2. Reduce the carrying of knives through education and outreach.\n"
     "3. Improve the response to domestic abuse in health settings.\n",
     "1. Canolbwyntio gwaith atal ar bobl ifanc dan 25 oed yn yr economi gyda’r nos.\n"
     "2. Lleihau’r arfer o gario cyllyll drwy addysg a gwaith allgymorth.\n"
     "3. Gwella’r ymateb i gam-drin domestig mewn lleoliadau iechyd.\n"},
};

struct DemoAction {
    const char* titleEn;
    const char* titleCy;
    const char* descriptionEn;
    const char* descriptionCy;
    const char* measureEn;
    const char* measureCy;
    const char* lead;
    const char* partners; // comma-separated
    const char* sector;
    int priority;
    int startMonths; // from today
    int dueMonths;
    ActionStatus status;
};

const DemoAction kActions[] = {
    {"Youth outreach in the evening economy",
     "Gwaith allgymorth ieuenctid yn yr economi gyda’r nos",
     "Detached youth workers in town centres on Friday and Saturday evenings.",
     "Gweithwyr ieuenctid ar y stryd yng nghanol trefi ar nos Wener a nos Sadwrn.",
     "Fewer violent incidents involving under-25s in town centres",
     "Llai o ddigwyddiadau treisgar yn ymwneud â phobl dan 25 oed yng nghanol trefi",
     "Carmarthenshire County Council (demo)", "Demo Constabulary,Youth Justice Service (demo)",
     "whole-partnership", 1, -6, 6, ActionStatus::OnTrack},
    {"Knife-crime education in every secondary school",
     "Addysg am droseddau cyllyll ym mhob ysgol uwchradd",
     "A session on the risks of carrying knives for every year 8 pupil.",
     "Sesiwn am beryglon cario cyllyll i bob disgybl ym mlwyddyn 8.",
     "Every secondary school has taken part", "Pob ysgol uwchradd wedi cymryd rhan",
     "Education authorities (demo)", "Demo Constabulary", "education", 2, -3, 8,
     ActionStatus::AtRisk},
    {"Weapons sweeps in parks and open spaces", "Chwilio am arfau mewn parciau a mannau agored",
     "Regular searches with volunteers of places where weapons have been found.",
     "Chwilio’n rheolaidd gyda gwirfoddolwyr mewn lleoedd lle mae arfau wedi’u canfod.",
     "Weapons recovered and reported each quarter", "Arfau a adferwyd ac a adroddwyd bob chwarter",
     "Demo Constabulary", "", "police", 2, -9, 3, ActionStatus::OnTrack},
    {"Domestic abuse referral pathway in A&E",
     "Llwybr atgyfeirio cam-drin domestig yn yr adran damweiniau ac achosion brys",
     "Training for emergency department staff and a direct referral route to specialist services.",
     "Hyfforddiant i staff yr adran achosion brys a llwybr atgyfeirio uniongyrchol at "
     "wasanaethau arbenigol.",
     "Referrals from A&E each quarter", "Atgyfeiriadau o’r adran achosion brys bob chwarter",
     "Health Board (demo)", "Fire and Rescue Service (demo)", "health", 3, -12, -1,
     ActionStatus::OffTrack},
    {"Joint work on county lines with neighbouring forces",
     "Cydweithio ar linellau cyffuriau gyda heddluoedd cyfagos",
     "Shared intelligence and joint operations on the routes into the area.",
     "Rhannu gwybodaeth a gweithrediadau ar y cyd ar y llwybrau i mewn i’r ardal.", "", "",
     "Demo Constabulary", "Probation Service (demo)", "cross-boundary", 0, -12, 12,
     ActionStatus::NotStarted},
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

    const QDate today = QDate::currentDate();
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
        {QStringLiteral("Education authorities (demo)"), AuthorityKind::Education,
         today.addMonths(-11)},
        {QStringLiteral("HMP Swansea (demo)"), AuthorityKind::Prison, today.addMonths(-11)},
        {QStringLiteral("Youth Custody Service (demo)"), AuthorityKind::YouthCustody},
    };
    profile.governanceBodies = {QStringLiteral("Safer Communities Board (demo)"),
                                QStringLiteral("Police and Crime Panel (demo)")};
    // Dates relative to today, so the demo always has a published strategy and a review due.
    const QDate published = today.addMonths(-10);
    profile.setMilestone(
        {MilestoneKind::PartnershipAgreement, today.addMonths(-20), today.addMonths(-20)});
    profile.setMilestone({MilestoneKind::Sna, today.addMonths(-12), today.addMonths(-12)});
    profile.setMilestone({MilestoneKind::StrategyPublication, published, published});
    profile.setMilestone(
        {MilestoneKind::HomeOfficeSubmission, published.addDays(7), published.addDays(5)});
    profile.setMilestone(
        {MilestoneKind::WelshMinistersSubmission, published.addDays(7), published.addDays(5)});
    profile.setMilestone({MilestoneKind::AnnualReview, published.addYears(1), {}});

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
    // The previous year's assessment (para 154 o) does not apply to a first strategy.
    const QString annual = QStringLiteral("annual-assessment");
    document.setNotApplicable(annual, true);
    document.setNotApplicableReason(
        annual, Lang::En,
        QStringLiteral("This is the partnership's first strategy, so there is no previous year to "
                       "assess."));
    document.setNotApplicableReason(
        annual, Lang::Cy,
        QStringLiteral("Dyma strategaeth gyntaf y bartneriaeth, felly nid oes blwyddyn flaenorol "
                       "i’w hasesu."));
    // A restricted part of the actions: kept in the project, never published.
    const QString restricted =
        document.insertSection(QStringLiteral("actions"),
                               BilingualText{QStringLiteral("Operational details"),
                                             QStringLiteral("Manylion gweithredol")},
                               2);
    document.setSensitive(restricted, true);
    document.setBody(restricted, Lang::En,
                     QStringLiteral("Patrol times and the locations of weapons sweeps are agreed "
                                    "with the police each month and are **not published**."));
    document.setBody(
        restricted, Lang::Cy,
        QStringLiteral("Caiff amseroedd patrolau a lleoliadau’r chwiliadau am arfau eu "
                       "cytuno gyda’r heddlu bob mis ac **ni chânt eu cyhoeddi**."));
    // Written in Welsh first, then the Welsh was revised: the English reads as out of date.
    const QString consultation = QStringLiteral("consultation");
    document.setSourceLanguage(consultation, Lang::Cy);
    document.setBody(consultation, Lang::Cy,
                     QStringLiteral("Rydym wedi gwrando ar bobl ifanc drwy fforymau ieuenctid y "
                                    "pedair sir."));
    document.setBody(consultation, Lang::En,
                     QStringLiteral("We have listened to young people through the youth forums of "
                                    "the four counties."));
    document.setBody(consultation, Lang::Cy,
                     QStringLiteral("Rydym wedi gwrando ar bobl ifanc drwy fforymau ieuenctid y "
                                    "pedair sir ac arolwg ar-lein."));
    if (auto s = documents.save(document); !s)
        return s;

    auto sna = documents.load(DocumentKind::Sna);
    if (!sna)
        return sna.error();
    Document snaDocument = sna.value();
    for (const DemoText& text : kSnaText) {
        const QString id = QString::fromLatin1(text.section);
        snaDocument.setBody(id, Lang::En, QString::fromUtf8(text.en));
        snaDocument.setBody(id, Lang::Cy, QString::fromUtf8(text.cy));
    }
    if (auto s = documents.save(snaDocument); !s)
        return s;

    ActionPlan plan;
    const BilingualText priorities[] = {
        {QStringLiteral("Violence in public places involving young people under 25"),
         QStringLiteral("Trais mewn mannau cyhoeddus sy’n ymwneud â phobl ifanc dan 25 oed")},
        {QStringLiteral("Knife crime and other violence with weapons"),
         QStringLiteral("Troseddau cyllyll a thrais arall ag arfau")},
        {QStringLiteral("Domestic abuse and violence against women and girls"),
         QStringLiteral("Cam-drin domestig a thrais yn erbyn menywod a merched")},
    };
    QList<int> priorityIds;
    for (const BilingualText& title : priorities)
        priorityIds << plan.addPriority(Priority{0, title, QStringLiteral("recommendations")});
    for (const DemoAction& entry : kActions) {
        Action action;
        action.title = {QString::fromUtf8(entry.titleEn), QString::fromUtf8(entry.titleCy)};
        action.description = {QString::fromUtf8(entry.descriptionEn),
                              QString::fromUtf8(entry.descriptionCy)};
        action.measure = {QString::fromUtf8(entry.measureEn), QString::fromUtf8(entry.measureCy)};
        action.lead = QString::fromUtf8(entry.lead);
        action.partners =
            QString::fromUtf8(entry.partners).split(QLatin1Char(','), Qt::SkipEmptyParts);
        action.sector = QString::fromLatin1(entry.sector);
        action.priorityId = entry.priority > 0 ? priorityIds[entry.priority - 1] : 0;
        action.start = today.addMonths(entry.startMonths);
        action.due = today.addMonths(entry.dueMonths);
        action.status = entry.status;
        plan.addAction(action);
    }
    return ActionPlanStore(*project.value()).save(plan);
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
