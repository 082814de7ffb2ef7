#include <catch2/catch.hpp>

#include "ReviewTestSupport.h"
#include "TestSupport.h"

#include "annotations/AnnotationImporter.h"
#include "compliance/ComplianceChecklist.h"
#include "document/DocumentStore.h"
#include "import/PoliceUkImporter.h"
#include "project/ProfileStore.h"
#include "project/Project.h"
#include "project/ProjectSchema.h"
#include "review/CommentStore.h"
#include "review/DocumentDiff.h"
#include "review/ReviewCopy.h"
#include "review/ReviewPackage.h"
#include "review/SignoffStore.h"
#include "review/VersionStore.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <sqlite3.h>

using namespace sna;
using namespace sna::test;

namespace {
Document strategyOf(Project& project)
{
    return DocumentStore(project).load(DocumentKind::Strategy).value();
}

ReviewCopy exportReview(Project& project, const QString& path, std::optional<Lang> lang = Lang::En,
                        Layout layout = Layout::Separate, const QString& package = {})
{
    ReviewRequest request;
    request.lang = lang;
    request.layout = layout;
    request.date = QDate(2024, 1, 31);
    request.packagePath = package;
    auto copy = ReviewCopyStore(project).exportPdf(path, request, nullptr);
    if (!copy)
        FAIL(copy.error().fullText().toStdString());
    return copy.value();
}

const ReviewComment* commentWith(const QList<ReviewComment>& comments, const QString& text)
{
    for (const ReviewComment& comment : comments) {
        if (comment.text == text)
            return &comment;
    }
    return nullptr;
}
} // namespace

TEST_CASE("Versions: a named snapshot keeps the document as it was")
{
    Scratch scratch;
    auto project = reviewProject(scratch);
    VersionStore versions(*project);
    REQUIRE(versions
                .snapshot(strategyOf(*project), QStringLiteral("Draft 1 for CSP review"),
                          QStringLiteral("Ana"))
                .ok());

    Document changed = strategyOf(*project);
    changed.setBody(QStringLiteral("governance"), Lang::En, QStringLiteral("Rewritten."));
    REQUIRE(DocumentStore(*project).save(changed).ok());

    auto duplicate = versions.snapshot(changed, QStringLiteral(" Draft 1 for CSP review "));
    REQUIRE_FALSE(duplicate.ok());
    CHECK(duplicate.error().message.contains(QStringLiteral("already a version")));
    REQUIRE_FALSE(versions.snapshot(changed, QStringLiteral("  ")).ok());
    REQUIRE(versions.snapshot(changed, QStringLiteral("Final — Cabinet 12 Jan")).ok());

    project.reset();
    project = openProject(scratch.path(QStringLiteral("p.sna")));
    auto list = VersionStore(*project).list(DocumentKind::Strategy);
    REQUIRE(list.ok());
    REQUIRE(list->size() == 2);
    CHECK(list->at(0).name == QStringLiteral("Draft 1 for CSP review"));
    CHECK(list->at(0).createdBy == QStringLiteral("Ana"));
    const Section* old = list->at(0).document.section(QStringLiteral("governance"));
    REQUIRE(old);
    CHECK(old->body.en.startsWith(QStringLiteral("The board oversees")));
    CHECK(old->body.cy.startsWith(QStringLiteral("Mae’r bwrdd")));
    CHECK(list->at(1).document.section(QStringLiteral("governance"))->body.en ==
          QStringLiteral("Rewritten."));
    CHECK(VersionStore(*project).list(DocumentKind::Sna)->isEmpty());
    auto missing = VersionStore(*project).load(DocumentKind::Strategy, QStringLiteral("Draft 9"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().fullText().contains(QStringLiteral("Draft 1 for CSP review")));
}

TEST_CASE("Diff: sections compared word by word in English and in Welsh")
{
    Document before(DocumentKind::Strategy);
    before.setSections({});
    const QString a =
        before.insertSection({}, BilingualText{QStringLiteral("One"), QStringLiteral("Un")});
    const QString gone =
        before.insertSection(a, BilingualText{QStringLiteral("Two"), QStringLiteral("Dau")});
    before.setBody(a, Lang::En, QStringLiteral("Knife crime rose in the city centre."));
    before.setBody(a, Lang::Cy, QStringLiteral("Cododd troseddau cyllyll."));
    before.setBody(gone, Lang::En, QStringLiteral("Old text."));
    Document after = before;
    after.removeSection(gone);
    after.setBody(a, Lang::En, QStringLiteral("Knife crime fell in the city centre."));
    const QString added =
        after.insertSection(a, BilingualText{QStringLiteral("Three"), QStringLiteral("Tri")});

    const QList<SectionDiff> diffs = DocumentDiff::compare(before, after);
    REQUIRE(diffs.size() == 3);
    CHECK(diffs[0].id == a);
    CHECK(diffs[0].change == SectionDiff::Change::Changed);
    CHECK(diffs[0].changedIn(Lang::En));
    CHECK_FALSE(diffs[0].changedIn(Lang::Cy));
    CHECK(DocumentDiff::marked(diffs[0].text(Lang::En)) ==
          QStringLiteral("Knife crime [-rose-]{+fell+} in the city centre."));
    const QString html = DocumentDiff::html(diffs[0].text(Lang::En));
    CHECK(html.contains(QStringLiteral("line-through\">rose</span>")));
    CHECK(html.contains(QStringLiteral("underline\">fell</span>")));
    CHECK(diffs[1].change == SectionDiff::Change::Removed);
    CHECK(diffs[1].id == gone);
    CHECK(diffs[2].change == SectionDiff::Change::Added);
    CHECK(diffs[2].id == added);
    CHECK(DocumentDiff::changedCount(diffs) == 3);
    CHECK(DocumentDiff::changedCount(DocumentDiff::compare(after, after)) == 0);
    // Welsh words with letters outside ASCII are whole tokens.
    CHECK(DocumentDiff::marked(DocumentDiff::words(QStringLiteral("Mae’r grŵp yn cwrdd"),
                                                   QStringLiteral("Mae’r grŵp yn cyfarfod"))) ==
          QStringLiteral("Mae’r grŵp yn [-cwrdd-]{+cyfarfod+}"));
}

TEST_CASE("Comments: threads, resolving and anchors in the text")
{
    Scratch scratch;
    auto project = reviewProject(scratch);
    CommentStore store(*project);
    ReviewComment comment;
    comment.sectionId = QStringLiteral("delivery");
    comment.text = QStringLiteral("Name the coordinator.");
    comment.author = QStringLiteral("Chris");
    comment.authority = QStringLiteral("Leicestershire Police");
    comment.quote = QStringLiteral("chairs the delivery   group");
    const Document strategy = strategyOf(*project);
    const Section* delivery = strategy.section(QStringLiteral("delivery"));
    REQUIRE(delivery);
    const auto range = CommentStore::locate(delivery->body.en, comment.quote);
    REQUIRE(range.first > 0);
    CHECK(delivery->body.en.mid(range.first, range.second - range.first) ==
          QStringLiteral("chairs the delivery group"));
    CHECK(CommentStore::locate(delivery->body.en, QStringLiteral("not in the text")).first == -1);

    auto added = store.add(comment);
    REQUIRE(added.ok());
    REQUIRE_FALSE(store.add(ReviewComment{}).ok());
    auto reply =
        store.reply(added->id, QStringLiteral("Done in draft 2."), QStringLiteral("Ana"), {});
    REQUIRE(reply.ok());
    CHECK(reply->parentUid == added->uid);
    CHECK(reply->sectionId == QStringLiteral("delivery"));
    REQUIRE_FALSE(store.reply(999, QStringLiteral("x"), {}, {}).ok());

    REQUIRE(store.setResolved(reply->id, true, QStringLiteral("Ana")).ok());
    auto all = store.list();
    REQUIRE(all->size() == 2);
    CHECK(all->at(0).resolved);
    CHECK(all->at(0).resolvedBy == QStringLiteral("Ana"));
    CHECK(all->at(1).resolved);
    REQUIRE(store.setResolved(added->id, false, {}).ok());
    CHECK_FALSE(store.find(added->id)->resolved);

    const QJsonObject json = CommentStore::toJson(store.list().value());
    const QJsonArray comments = json.value(QStringLiteral("comments")).toArray();
    REQUIRE(comments.size() == 1);
    const QJsonObject first = comments.at(0).toObject();
    CHECK(first.value(QStringLiteral("section")).toString() == QStringLiteral("delivery"));
    CHECK(first.value(QStringLiteral("author")).toString() == QStringLiteral("Chris"));
    CHECK(first.value(QStringLiteral("state")).toString() == QStringLiteral("open"));
    CHECK(first.value(QStringLiteral("quote")).toString() == comment.quote);
    CHECK(first.value(QStringLiteral("replies")).toArray().size() == 1);
}

TEST_CASE("Sign-off: specified authorities approve a version; the checklist follows")
{
    Scratch scratch;
    auto project = reviewProject(scratch);
    const PartnershipProfile profile = ProfileStore(*project).load().value();
    SignoffStore store(*project);
    auto item = [&]() {
        auto input = ComplianceChecklist::load(*project, QDate(2024, 1, 1));
        REQUIRE(input.ok());
        for (const ComplianceItem& i : ComplianceChecklist::evaluate(input.value())) {
            if (i.id == QLatin1String("signoff"))
                return i;
        }
        FAIL("no sign-off item");
        return ComplianceItem{};
    };
    CHECK(item().state == ComplianceItem::State::Fail);
    CHECK(item().reason.contains(QStringLiteral("No version")));

    Signoff signoff;
    signoff.authority = QStringLiteral("Leicestershire Police");
    signoff.version = QStringLiteral("Final");
    signoff.signedBy = QStringLiteral("Chief Supt Jones");
    auto noVersion = store.record(profile, signoff);
    REQUIRE_FALSE(noVersion.ok());
    CHECK(noVersion.error().message.contains(QStringLiteral("no version called")));

    REQUIRE(VersionStore(*project).snapshot(strategyOf(*project), QStringLiteral("Final")).ok());
    Signoff prison = signoff;
    prison.authority = QStringLiteral("HMP Leicester");
    auto refused = store.record(profile, prison);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("not a specified authority")));
    Signoff stranger = signoff;
    stranger.authority = QStringLiteral("Nowhere Council");
    REQUIRE_FALSE(store.record(profile, stranger).ok());

    signoff.conditions = QStringLiteral("Subject to the budget");
    signoff.signedOn = QDate(2024, 1, 10);
    REQUIRE(store.record(profile, signoff).ok());
    CHECK(item().state == ComplianceItem::State::Fail);
    CHECK(item().reason.contains(QStringLiteral("Leicester City Council")));
    CHECK_FALSE(item().reason.contains(QStringLiteral("Leicestershire Police")));
    for (const QString& name : {QStringLiteral("leicester city council"),
                                QStringLiteral("Leicestershire Fire and Rescue")}) {
        Signoff other = signoff;
        other.authority = name;
        REQUIRE(store.record(profile, other).ok());
    }
    CHECK(item().state == ComplianceItem::State::Pass);
    auto list = store.list();
    REQUIRE(list->size() == 3);
    CHECK(list->at(0).conditions == QStringLiteral("Subject to the budget"));
    CHECK(list->at(0).signedOn == QDate(2024, 1, 10));
    CHECK(list->at(1).authority == QStringLiteral("Leicester City Council")); // as in the profile

    // The text changes after sign-off: the approved version is no longer what would be published.
    Document changed = strategyOf(*project);
    changed.setBody(QStringLiteral("governance"), Lang::Cy, QStringLiteral("Newid."));
    REQUIRE(DocumentStore(*project).save(changed).ok());
    CHECK(item().state == ComplianceItem::State::Fail);
    CHECK(item().reason.contains(QStringLiteral("has changed since")));
}

TEST_CASE("Review copy PDF: identifier on every page and the layout of every section")
{
    Scratch scratch;
    auto project = reviewProject(scratch);
    const QString pdf = scratch.path(QStringLiteral("review.pdf"));
    const ReviewCopy copy = exportReview(*project, pdf);
    CHECK(copy.id.contains(QRegularExpression(QStringLiteral("^SNAR-[0-9A-F]{4}-[0-9A-F]{4}$"))));
    const PdfText text = readPdf(pdf);
    REQUIRE(text.loaded);
    CHECK(text.pageCount == copy.pageCount);
    for (const QString& page : text.pages)
        CHECK(page.contains(QStringLiteral("Review copy %1").arg(copy.id)));
    // Placements: in document order, each starting where the previous one ends.
    REQUIRE(copy.placements.size() >= 3);
    CHECK(copy.placements[0].sectionId == QStringLiteral("executive-summary"));
    for (qsizetype i = 1; i < copy.placements.size(); ++i) {
        CHECK(copy.placements[i].firstPage == copy.placements[i - 1].lastPage);
        CHECK(copy.placements[i].top == Approx(copy.placements[i - 1].bottom));
    }
    // The recorded start of a section is where its heading is printed.
    for (const SectionPlacement& p : copy.placements) {
        if (p.sectionId == QLatin1String("governance")) {
            CHECK(text.pages[p.firstPage].contains(QStringLiteral("Governance, monitoring")));
        }
    }
    auto found = ReviewCopyStore(*project).find(copy.id);
    REQUIRE(found.ok());
    CHECK(found->placements.size() == copy.placements.size());
    CHECK(found->placements[2].top == Approx(copy.placements[2].top));

    // Two matching files are not one review copy.
    ReviewRequest both;
    auto refused =
        ReviewCopyStore(*project).exportPdf(scratch.path(QStringLiteral("x.pdf")), both, nullptr);
    REQUIRE_FALSE(refused.ok());
    CHECK_FALSE(QFileInfo::exists(scratch.path(QStringLiteral("x.pdf"))));
}

TEST_CASE("Annotated review PDF: comments land in the sections they were made on")
{
    Scratch scratch;
    auto project = reviewProject(scratch);
    const QString pdf = scratch.path(QStringLiteral("review.pdf"));
    exportReview(*project, pdf);
    const QString annotated = scratch.path(QStringLiteral("annotated.pdf"));
    annotatePdf(pdf, annotated,
                {{TestAnnotation::Kind::Highlight,
                  QStringLiteral("knife"),
                  QStringLiteral("crime"),
                  {},
                  -1,
                  QStringLiteral("Give the figures.")},
                 {TestAnnotation::Kind::Note,
                  QStringLiteral("employed"),
                  {},
                  {},
                  -1,
                  QStringLiteral("Who is the coordinator?")},
                 {TestAnnotation::Kind::StrikeOut, QStringLiteral("annually."), {}, {}, -1, {}},
                 {TestAnnotation::Kind::Underline,
                  QStringLiteral("oversees"),
                  {},
                  {},
                  -1,
                  QStringLiteral("Which outcomes?"),
                  QStringLiteral("Dana")},
                 // On the cover: no section there.
                 {TestAnnotation::Kind::Note,
                  {},
                  {},
                  QPointF(0.5, 0.6),
                  0,
                  QStringLiteral("Add the logo.")}});

    auto imported = AnnotationImporter::import(*project, annotated);
    REQUIRE(imported.ok());
    for (const auto& u : imported->unplaced)
        UNSCOPED_INFO(u.text.toStdString() + " p" + std::to_string(u.page));
    CHECK(imported->placed.size() == 4);
    REQUIRE(imported->unplaced.size() == 1);
    CHECK(imported->unplaced[0].text == QStringLiteral("Add the logo."));
    CHECK(imported->unplaced[0].page == 1);

    const QList<ReviewComment> comments = CommentStore(*project).list().value();
    REQUIRE(comments.size() == 5);
    const ReviewComment* figures = commentWith(comments, QStringLiteral("Give the figures."));
    REQUIRE(figures);
    CHECK(figures->sectionId == QStringLiteral("executive-summary"));
    CHECK(figures->quote == QStringLiteral("knife crime"));
    CHECK(figures->origin == QStringLiteral("pdf-highlight"));
    CHECK(figures->author == QStringLiteral("Sam Reviewer"));
    CHECK(figures->lang == QStringLiteral("en"));
    const Document strategy = strategyOf(*project);
    const Section* summary = strategy.section(QStringLiteral("executive-summary"));
    REQUIRE(summary);
    CHECK(summary->body.en.mid(figures->rangeStart, figures->rangeEnd - figures->rangeStart) ==
          QStringLiteral("knife crime"));
    const ReviewComment* who = commentWith(comments, QStringLiteral("Who is the coordinator?"));
    REQUIRE(who);
    CHECK(who->sectionId == QStringLiteral("delivery"));
    CHECK(who->origin == QStringLiteral("pdf-note"));
    const ReviewComment* outcomes = commentWith(comments, QStringLiteral("Which outcomes?"));
    REQUIRE(outcomes);
    CHECK(outcomes->sectionId == QStringLiteral("governance"));
    CHECK(outcomes->author == QStringLiteral("Dana"));
    CHECK(outcomes->quote == QStringLiteral("oversees"));
    const ReviewComment* struck = commentWith(comments, QString());
    REQUIRE(struck);
    CHECK(struck->origin == QStringLiteral("pdf-strike-out"));
    CHECK(struck->quote == QStringLiteral("annually."));
    CHECK(struck->sectionId == QStringLiteral("governance"));

    // The same PDF again adds nothing.
    auto again = AnnotationImporter::import(*project, annotated);
    REQUIRE(again.ok());
    CHECK(again->placed.isEmpty());
    CHECK(again->unplaced.isEmpty());
    CHECK(again->alreadyImported == 5);
    CHECK(CommentStore(*project).list()->size() == 5);

    // The unplaced comment is placed by hand.
    REQUIRE(CommentStore(*project)
                .place(imported->unplaced[0].id, DocumentKind::Strategy,
                       QStringLiteral("executive-summary"))
                .ok());
    CHECK(CommentStore(*project).find(imported->unplaced[0].id)->sectionId ==
          QStringLiteral("executive-summary"));
}

TEST_CASE("Annotated review PDF in both languages: the language comes from the page")
{
    Scratch scratch;
    auto project = reviewProject(scratch);
    for (Layout layout : {Layout::WelshFirst, Layout::Columns}) {
        const QString pdf = scratch.path(QStringLiteral("review-%1.pdf").arg(layoutId(layout)));
        const ReviewCopy copy = exportReview(*project, pdf, std::nullopt, layout);
        const QString annotated =
            scratch.path(QStringLiteral("annotated-%1.pdf").arg(layoutId(layout)));
        annotatePdf(pdf, annotated,
                    {{TestAnnotation::Kind::Highlight,
                      QStringLiteral("cyllyll"),
                      {},
                      {},
                      -1,
                      QStringLiteral("Ffigurau?")},
                     {TestAnnotation::Kind::Highlight,
                      QStringLiteral("knife"),
                      {},
                      {},
                      -1,
                      QStringLiteral("Figures?")}});
        auto imported = AnnotationImporter::import(*project, annotated);
        REQUIRE(imported.ok());
        REQUIRE(imported->placed.size() == 2);
        const QList<ReviewComment> comments = CommentStore(*project).list().value();
        for (const ReviewComment& c : comments) {
            if (c.reviewId != copy.id)
                continue;
            CHECK(c.sectionId == QStringLiteral("executive-summary"));
            CHECK(c.lang == (c.text == QLatin1String("Ffigurau?") ? QStringLiteral("cy")
                                                                  : QStringLiteral("en")));
        }
    }
}

TEST_CASE("Annotated PDF refused: not a review copy, or from another project")
{
    Scratch scratch;
    auto project = reviewProject(scratch);
    auto other = reviewProject(scratch, QStringLiteral("other.sna"));

    const QString notPdf = scratch.write(QStringLiteral("notes.pdf"), "not a pdf at all");
    auto garbage = AnnotationImporter::import(*project, notPdf);
    REQUIRE_FALSE(garbage.ok());
    CHECK(garbage.error().message.contains(QStringLiteral("could not be read as a PDF")));

    // An ordinary export (no review identifier).
    ReviewRequest request;
    request.lang = Lang::En;
    const QString plain = scratch.path(QStringLiteral("plain.pdf"));
    {
        PdfExportOptions options;
        options.lang = Lang::En;
        PdfExporter exporter(*project, nullptr);
        REQUIRE(exporter.exportTo(plain, options).ok());
    }
    auto notOurs = AnnotationImporter::import(*project, plain);
    REQUIRE_FALSE(notOurs.ok());
    CHECK(notOurs.error().message.contains(QStringLiteral("no review identifier")));

    // A review copy of the other project.
    const QString theirs = scratch.path(QStringLiteral("theirs.pdf"));
    const ReviewCopy copy = exportReview(*other, theirs);
    const QString annotated = scratch.path(QStringLiteral("theirs-annotated.pdf"));
    annotatePdf(theirs, annotated,
                {{TestAnnotation::Kind::Note,
                  QStringLiteral("employed"),
                  {},
                  {},
                  -1,
                  QStringLiteral("Hello")}});
    auto wrong = AnnotationImporter::import(*project, annotated);
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().message.contains(copy.id));
    CHECK(wrong.error().message.contains(QStringLiteral("was not exported from this project")));
    CHECK(CommentStore(*project).list()->isEmpty());
}

TEST_CASE("Review package: no partner data rows, comments merged back")
{
    Scratch scratch;
    auto project = reviewProject(scratch);
    REQUIRE(PoliceUkImporter(*project).importFile(leicestershireFile()).ok());
    REQUIRE(scalar(*project, QStringLiteral("SELECT count(*) FROM crime_record")) > 0);
    const QString package = scratch.path(QStringLiteral("for-review.sna"));
    const ReviewCopy copy = exportReview(*project, scratch.path(QStringLiteral("r.pdf")), Lang::Cy,
                                         Layout::Separate, package);

    {
        auto reviewer = openProject(package);
        CHECK(ReviewPackage::isReviewPackage(*reviewer));
        CHECK(ReviewPackage::reviewIdOf(*reviewer) == copy.id);
        CHECK(ReviewPackage::projectId(*reviewer) == ReviewPackage::projectId(*project));
        for (const QString& table : ReviewPackage::dataRowTables())
            CHECK(scalar(*reviewer, QStringLiteral("SELECT count(*) FROM %1").arg(table)) == 0);
        // Published-level figures stay: the per-month totals and provenance.
        CHECK(scalar(*reviewer, QStringLiteral("SELECT count(*) FROM crime_count")) > 0);
        CHECK(scalar(*reviewer, QStringLiteral("SELECT count(*) FROM dataset")) == 1);
        CHECK(strategyOf(*reviewer) == strategyOf(*project));
        ReviewComment comment;
        comment.sectionId = QStringLiteral("governance");
        comment.text = QStringLiteral("Add the board's name.");
        comment.author = QStringLiteral("Rhian");
        comment.authority = QStringLiteral("Leicester City Council");
        auto added = CommentStore(*reviewer).add(comment);
        REQUIRE(added.ok());
        REQUIRE(CommentStore(*reviewer)
                    .reply(added->id, QStringLiteral("And its chair."), QStringLiteral("Rhian"), {})
                    .ok());
    }
    // Smaller than the project with its rows (the main file and its write-ahead log).
    CHECK(QFileInfo(package).size() <
          QFileInfo(scratch.path(QStringLiteral("p.sna"))).size() +
              QFileInfo(scratch.path(QStringLiteral("p.sna-wal"))).size());
    // No row of the police file is left anywhere in the slim file's bytes.
    CHECK_FALSE(fileBytes(package).contains("On or near"));

    auto merged = ReviewPackage::mergeComments(*project, package);
    REQUIRE(merged.ok());
    CHECK(merged->added == 2);
    auto comments = CommentStore(*project).list().value();
    REQUIRE(comments.size() == 2);
    CHECK(comments[0].origin == QStringLiteral("review-file"));
    CHECK(comments[0].authority == QStringLiteral("Leicester City Council"));
    CHECK(comments[1].parentUid == comments[0].uid);
    auto twice = ReviewPackage::mergeComments(*project, package);
    REQUIRE(twice.ok());
    CHECK(twice->added == 0);
    CHECK(twice->alreadyPresent == 2);

    // From another project: refused, nothing changes.
    auto other = reviewProject(scratch, QStringLiteral("other.sna"));
    const QString otherPackage = scratch.path(QStringLiteral("other-review.sna"));
    exportReview(*other, scratch.path(QStringLiteral("o.pdf")), Lang::En, Layout::Separate,
                 otherPackage);
    auto foreign = ReviewPackage::mergeComments(*project, otherPackage);
    REQUIRE_FALSE(foreign.ok());
    CHECK(foreign.error().message.contains(QStringLiteral("another project")));

    // From a newer SNA Studio: refused by the file check, unchanged.
    const QString newer = scratch.path(QStringLiteral("newer.sna"));
    REQUIRE(QFile::copy(package, newer));
    {
        sqlite3* db = nullptr;
        REQUIRE(sqlite3_open(QFile::encodeName(newer).constData(), &db) == SQLITE_OK);
        sqlite3_exec(db, "PRAGMA user_version = 99", nullptr, nullptr, nullptr);
        sqlite3_close(db);
    }
    const QByteArray before = fileBytes(newer);
    auto future = ReviewPackage::mergeComments(*project, newer);
    REQUIRE_FALSE(future.ok());
    CHECK(future.error().message.contains(QStringLiteral("newer version")));
    CHECK(fileBytes(newer) == before);
    CHECK(CommentStore(*project).list()->size() == 2);

    auto self = ReviewPackage::mergeComments(*project, scratch.path(QStringLiteral("p.sna")));
    REQUIRE_FALSE(self.ok());

    // A damaged file: refused with its name, nothing changes.
    const QString damaged = scratch.path(QStringLiteral("damaged.sna"));
    {
        QFile file(damaged);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(fileBytes(package).left(3000));
    }
    auto broken = ReviewPackage::mergeComments(*project, damaged);
    REQUIRE_FALSE(broken.ok());
    CHECK(broken.error().fullText().contains(QStringLiteral("damaged.sna")));
    CHECK(CommentStore(*project).list()->size() == 2);
}

namespace {
// Every row the project's connection writes to review_comment, even ones rolled back later.
void recordCommentInsert(void* seen, int operation, const char*, const char* table, sqlite3_int64)
{
    if (operation == SQLITE_INSERT && qstrcmp(table, "review_comment") == 0)
        ++*static_cast<int*>(seen);
}
} // namespace

TEST_CASE("Review package merge failing halfway: the comments written before it are taken back")
{
    Scratch scratch;
    auto project = reviewProject(scratch);
    const QString package = scratch.path(QStringLiteral("for-review.sna"));
    exportReview(*project, scratch.path(QStringLiteral("r.pdf")), Lang::En, Layout::Separate,
                 package);
    {
        auto reviewer = openProject(package);
        ReviewComment first;
        first.sectionId = QStringLiteral("governance");
        first.text = QStringLiteral("Name the board.");
        first.author = QStringLiteral("Rhian");
        first.createdAt =
            QDateTime::fromString(QStringLiteral("2024-02-01T09:00:00Z"), Qt::ISODate);
        REQUIRE(CommentStore(*reviewer).add(first).ok());
        // Merged second (by date): too big for the room left on the analyst's disk below.
        ReviewComment second = first;
        second.text = QString(4 * 1024 * 1024, QLatin1Char('x'));
        second.createdAt = first.createdAt.addDays(1);
        REQUIRE(CommentStore(*reviewer).add(second).ok());
    }
    // Existing comments are kept whatever happens.
    ReviewComment own;
    own.sectionId = QStringLiteral("delivery");
    own.text = QStringLiteral("Check the dates.");
    REQUIRE(CommentStore(*project).add(own).ok());
    const qint64 before = scalar(*project, QStringLiteral("SELECT count(*) FROM review_comment"));
    REQUIRE(before == 1);

    // A nearly full disk, as SQLite sees it: the file may not grow by more than a few pages, so
    // the first comment is written and the second fails (SQLITE_FULL) inside the transaction.
    const qint64 pages = scalar(*project, QStringLiteral("PRAGMA page_count"));
    REQUIRE(scalar(*project, QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 8)) ==
            pages + 8);
    int written = 0;
    sqlite3_update_hook(project->handle(), recordCommentInsert, &written);
    auto merged = ReviewPackage::mergeComments(*project, package);
    sqlite3_update_hook(project->handle(), nullptr, nullptr);

    REQUIRE_FALSE(merged.ok());
    CHECK(written == 1); // it did fail halfway: after writing the first comment
    const QString message = merged.error().fullText();
    CHECK(message.contains(QStringLiteral("Could not save the comment")));
    CHECK(message.contains(QStringLiteral("p.sna")));
    CHECK(message.contains(QStringLiteral("full")));
    CHECK(scalar(*project, QStringLiteral("SELECT count(*) FROM review_comment")) == before);
    auto kept = CommentStore(*project).list().value();
    REQUIRE(kept.size() == 1);
    CHECK(kept[0].text == QStringLiteral("Check the dates."));

    // With room again, the same file merges whole: nothing half-done was left behind.
    scalar(*project, QStringLiteral("PRAGMA max_page_count = 1073741823"));
    auto again = ReviewPackage::mergeComments(*project, package);
    REQUIRE(again.ok());
    CHECK(again->added == 2);
    CHECK(again->alreadyPresent == 0);
    CHECK(scalar(*project, QStringLiteral("SELECT count(*) FROM review_comment")) == before + 2);
}
