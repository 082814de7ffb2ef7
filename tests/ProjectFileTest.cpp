#include <catch2/catch.hpp>

#include "TestSupport.h"

#include "document/DocumentStore.h"
#include "project/ProfileStore.h"
#include "project/Project.h"
#include "project/ProjectFactory.h"
#include "project/ProjectSchema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

using namespace sna;
using namespace sna::test;

namespace {

// Writes a project file exactly as format version 1 left it, with content in it.
void writeVersion1File(const QString& path)
{
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK);
    REQUIRE(ProjectSchema::migrate(db, 0, 1).ok());
    REQUIRE(ProjectSchema::exec(db, R"(
        INSERT INTO partnership(id, name, coordinator, created_at) VALUES (1, 'Old Partnership', 'A. Person', '2024-01-01T00:00:00Z');
        INSERT INTO area(code, name, position) VALUES ('W06000008', 'Ceredigion', 0);
        INSERT INTO document(id, kind) VALUES ('strategy', 'strategy');
        INSERT INTO section(document_id, id, position, title_en, title_cy, body_en, body_cy)
            VALUES ('strategy', 'executive-summary', 0, 'Executive summary', 'Crynodeb gweithredol',
                    'We will act.', 'Byddwn yn gweithredu.'),
                   ('strategy', 'delivery', 1, 'Delivery', 'Cyflawni', 'Only English.', '');
    )")
                .ok());
    sqlite3_close(db);
}

void setPragma(const QString& path, const char* sql)
{
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK);
    REQUIRE(ProjectSchema::exec(db, sql).ok());
    sqlite3_close(db);
}

} // namespace

TEST_CASE("A new project file is created complete, with identity and version set")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("new.sna"));
    {
        auto project = createProject(path, ceredigionProfile());
        CHECK(scalar(*project, QStringLiteral("PRAGMA application_id")) ==
              ProjectSchema::kApplicationId);
        CHECK(scalar(*project, QStringLiteral("PRAGMA user_version")) ==
              ProjectSchema::kCurrentVersion);
        CHECK(scalar(*project, QStringLiteral("PRAGMA foreign_keys")) == 1);
        QSqlQuery mode(project->database());
        REQUIRE(mode.exec(QStringLiteral("PRAGMA journal_mode")));
        REQUIRE(mode.next());
        CHECK(mode.value(0).toString() == QLatin1String("wal"));
    }
    // Nothing of the temporary file is left behind.
    const QStringList files = QDir(scratch.path(QString())).entryList(QDir::Files);
    CHECK(files == QStringList{QStringLiteral("new.sna")});

    auto reopened = openProject(path);
    auto profile = ProfileStore(*reopened).load();
    REQUIRE(profile.ok());
    CHECK(profile.value().name == QLatin1String("Partneriaeth Ceredigion"));
    REQUIRE(profile.value().areas.size() == 1);
    CHECK(profile.value().areas.first().name == QLatin1String("Ceredigion")); // from the ONS lookup
    CHECK(profile.value().coversWales());
    auto strategy = DocumentStore(*reopened).load(DocumentKind::Strategy);
    REQUIRE(strategy.ok());
    CHECK(strategy.value().sections().size() == 15);
}

TEST_CASE("Creating over an existing file or with a bad profile changes nothing")
{
    Scratch scratch;
    const QString path = scratch.write(QStringLiteral("exists.sna"), "precious");
    auto again = ProjectFactory::create(path, leicesterProfile());
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().message.contains(QStringLiteral("already exists")));
    CHECK(fileBytes(path) == "precious");

    PartnershipProfile bad = leicesterProfile();
    bad.areas = {Area{QStringLiteral("E01025631"), {}}}; // an LSOA, not a local authority
    const QString other = scratch.path(QStringLiteral("bad.sna"));
    auto refused = ProjectFactory::create(other, bad);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("E01025631")));
    CHECK(refused.error().message.contains(QStringLiteral("not of a local government area")));
    CHECK(QDir(scratch.path(QString())).entryList(QDir::Files) ==
          QStringList{QStringLiteral("exists.sna")});
}

TEST_CASE("Profile edits survive closing and reopening")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("p.sna"));
    {
        auto project = createProject(path);
        PartnershipProfile profile = ProfileStore(*project).load().value();
        profile.coordinator = QStringLiteral("Siân Jones");
        profile.authorities = {
            {QStringLiteral("Leicestershire Police"), AuthorityKind::Police},
            {QStringLiteral("Leicester City Council"), AuthorityKind::LocalAuthority}};
        REQUIRE(ProfileStore(*project).save(profile).ok());
    }
    auto project = openProject(path);
    const PartnershipProfile profile = ProfileStore(*project).load().value();
    CHECK(profile.coordinator == QStringLiteral("Siân Jones"));
    REQUIRE(profile.authorities.size() == 2);
    CHECK(profile.authorities[0].kind == AuthorityKind::Police);
    CHECK(profile.authorities[1].name == QLatin1String("Leicester City Council"));
}

TEST_CASE("A format 1 file is upgraded step by step, keeping its content and a backup")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("old.sna"));
    writeVersion1File(path);
    const QByteArray before = fileBytes(path);

    auto opened = Project::open(path);
    REQUIRE(opened.ok());
    Project& project = *opened.value();
    CHECK(scalar(project, QStringLiteral("PRAGMA user_version")) == ProjectSchema::kCurrentVersion);
    CHECK(QFileInfo::exists(project.upgradeBackupPath()));
    CHECK(project.upgradeBackupPath().endsWith(QLatin1String(".format1.bak")));

    auto profile = ProfileStore(project).load();
    REQUIRE(profile.ok());
    CHECK(profile.value().name == QLatin1String("Old Partnership"));
    auto strategy = DocumentStore(project).load(DocumentKind::Strategy);
    REQUIRE(strategy.ok());
    const Section* summary = strategy.value().section(QStringLiteral("executive-summary"));
    REQUIRE(summary);
    CHECK(summary->body.cy == QStringLiteral("Byddwn yn gweithredu."));
    // Text present in both languages, with no history, counts as current; Welsh absent is missing.
    CHECK(summary->translationStatus() == TranslationStatus::UpToDate);
    CHECK(strategy.value().section(QStringLiteral("delivery"))->translationStatus() ==
          TranslationStatus::Missing);

    // The backup is the old file, still readable as format 1.
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(project.upgradeBackupPath().toUtf8().constData(), &db,
                            SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    CHECK(ProjectSchema::pragmaInt(db, "user_version").value() == 1);
    sqlite3_close(db);
    (void)before;
}

TEST_CASE("A file from a newer version is refused and left untouched")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("future.sna"));
    createProject(path).reset();
    setPragma(path, "PRAGMA user_version = 99;");
    const QByteArray before = fileBytes(path);
    const QDateTime modified = QFileInfo(path).lastModified();

    auto opened = Project::open(path);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().message.contains(QStringLiteral("newer version of SNA Studio")));
    CHECK(opened.error().message.contains(QStringLiteral("format 99")));
    CHECK(fileBytes(path) == before);
    CHECK(QFileInfo(path).lastModified() == modified);
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
}

TEST_CASE("Files that are not projects are refused with the reason and left untouched")
{
    Scratch scratch;
    SECTION("a text file")
    {
        const QString path = scratch.write(QStringLiteral("notes.sna"), "Crime ID,Month\n");
        auto opened = Project::open(path);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().message.contains(QStringLiteral("not a SQLite database")));
        CHECK(fileBytes(path) == "Crime ID,Month\n");
    }
    SECTION("an empty file")
    {
        const QString path = scratch.write(QStringLiteral("empty.sna"), "");
        auto opened = Project::open(path);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().message.contains(QStringLiteral("empty")));
        CHECK(fileBytes(path).isEmpty());
    }
    SECTION("another application's database")
    {
        const QString path = scratch.path(QStringLiteral("other.db"));
        setPragma(path, "CREATE TABLE t(x); INSERT INTO t VALUES (1);");
        const QByteArray before = fileBytes(path);
        auto opened = Project::open(path);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().message.contains(QStringLiteral("not an SNA Studio project")));
        CHECK(fileBytes(path) == before);
    }
    SECTION("a missing file")
    {
        auto opened = Project::open(scratch.path(QStringLiteral("nowhere.sna")));
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().message.contains(QStringLiteral("does not exist")));
        CHECK_FALSE(QFileInfo::exists(scratch.path(QStringLiteral("nowhere.sna"))));
    }
}

TEST_CASE("A damaged project file is refused and left untouched")
{
    Scratch scratch;
    const QString path = scratch.path(QStringLiteral("damaged.sna"));
    createProject(path).reset();
    QByteArray bytes = fileBytes(path);
    REQUIRE(bytes.size() > 8192);
    // Scribble over the second page onwards, keeping the header intact.
    for (qsizetype i = 4096 + 16; i < bytes.size(); i += 7)
        bytes[i] = char(0xA5);
    {
        QFile out(path);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(bytes);
    }
    auto opened = Project::open(path);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().message.contains(QStringLiteral("damaged")));
    CHECK(fileBytes(path) == bytes);
}
