#include "document/PublishableForm.h"

#include "document/DocumentStore.h"
#include "document/EmbeddedItems.h"
#include "document/FixedText.h"
#include "plan/ActionPlanReport.h"
#include "plan/ActionPlanStore.h"
#include "project/ProfileStore.h"

namespace sna {

namespace {
const QString kActionsSection = QStringLiteral("actions");

QString appended(const QString& body, const QString& more)
{
    if (more.isEmpty())
        return body;
    if (body.trimmed().isEmpty())
        return more;
    return body.trimmed() + QStringLiteral("\n\n") + more;
}
} // namespace

QString PublishableForm::actionPlanSectionId(const Document& document)
{
    if (document.kind() != DocumentKind::Strategy)
        return {};
    for (const Section& section : document.sections()) {
        if (section.coveredIds().contains(kActionsSection))
            return section.id;
    }
    return {};
}

Document PublishableForm::publishable(const Document& document, const PublicationData& data,
                                      const Options& options)
{
    Document published = options.keepSensitive ? document : document.withoutSensitive();
    const QString planSection = actionPlanSectionId(published);
    QList<Section> sections = published.sections();
    int tableNumber = 0;
    for (Section& section : sections) {
        if (section.notApplicable) {
            for (Lang lang : kAllLangs) {
                const QString reason = section.notApplicableReason.in(lang).trimmed();
                section.body.in(lang) =
                    reason.isEmpty()
                        ? QString()
                        : QStringLiteral("*%1*").arg(ActionPlanReport::escape(
                              FixedText::text(FixedText::NotApplicableNote, lang).arg(reason)));
            }
            section.items.clear();
            section.notApplicable = false;
            continue;
        }
        if (options.renderTablesAndFigures) {
            QList<EmbeddedItem> kept;
            for (const EmbeddedItem& item : section.items) {
                if (const auto table = EmbeddedItems::table(item, data.analysis)) {
                    tableNumber += table->isEmpty() ? 0 : 1;
                    for (Lang lang : kAllLangs)
                        section.body.in(lang) =
                            appended(section.body.in(lang),
                                     EmbeddedItems::tableMarkdown(*table, lang, tableNumber));
                } else if (const auto figure = EmbeddedItems::figure(item, data.analysis)) {
                    for (Lang lang : kAllLangs)
                        section.body.in(lang) = appended(
                            section.body.in(lang), EmbeddedItems::figureMarkdown(*figure, lang));
                } else {
                    kept.append(item);
                }
            }
            section.items = kept;
        }
        if (options.includeActionPlan && section.id == planSection) {
            for (Lang lang : kAllLangs)
                section.body.in(lang) =
                    appended(section.body.in(lang), ActionPlanReport::toMarkdown(data.plan, lang));
        }
    }
    published.setSections(sections);
    return published;
}

Result<PublicationData> PublishableForm::loadData(Project& project)
{
    PublicationData data;
    auto profile = ProfileStore(project).load();
    if (!profile)
        return profile.error();
    data.profile = profile.value();
    auto plan = ActionPlanStore(project).load();
    if (!plan)
        return plan.error();
    data.plan = plan.value();
    auto analysis = AnalysisContext::load(project);
    if (!analysis)
        return analysis.error();
    data.analysis = analysis.value();
    return data;
}

Result<Document> PublishableForm::load(Project& project, DocumentKind kind)
{
    auto document = DocumentStore(project).load(kind);
    if (!document)
        return document.error();
    auto data = loadData(project);
    if (!data)
        return data.error();
    return publishable(document.value(), data.value());
}

} // namespace sna
