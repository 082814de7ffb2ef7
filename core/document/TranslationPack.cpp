#include "document/TranslationPack.h"

#include "document/RichText.h"
#include "foundation/BuildInfo.h"
#include "foundation/Utf8.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace sna {

namespace {
const QString kNamespace = QStringLiteral("urn:oasis:names:tc:xliff:document:1.2");
const QString kPlan = QStringLiteral("action-plan");

QString xliffState(TranslationStatus status)
{
    switch (status) {
    case TranslationStatus::Missing:
        return QStringLiteral("needs-translation");
    case TranslationStatus::Stale:
        return QStringLiteral("needs-review-translation");
    case TranslationStatus::UpToDate:
        break;
    }
    return QStringLiteral("translated");
}

QString same(const QString& text)
{
    return text.trimmed();
}

struct Unit {
    QString id;
    QString source;
    QString target;
    TranslationStatus status;
    QString note;
};

struct FileUnits {
    QString original;
    Lang source;
    QList<Unit> units;
};

void writeFile(QXmlStreamWriter& xml, const FileUnits& file)
{
    xml.writeStartElement(QStringLiteral("file"));
    xml.writeAttribute(QStringLiteral("original"), file.original);
    xml.writeAttribute(QStringLiteral("source-language"), langCode(file.source));
    xml.writeAttribute(QStringLiteral("target-language"), langCode(otherLang(file.source)));
    xml.writeAttribute(QStringLiteral("datatype"), QStringLiteral("x-markdown"));
    xml.writeStartElement(QStringLiteral("header"));
    xml.writeEmptyElement(QStringLiteral("tool"));
    xml.writeAttribute(QStringLiteral("tool-id"), QStringLiteral("sna-studio"));
    xml.writeAttribute(QStringLiteral("tool-name"), QString::fromLatin1(kApplicationName));
    xml.writeAttribute(QStringLiteral("tool-version"), QString::fromLatin1(kVersion));
    xml.writeEndElement(); // header
    xml.writeStartElement(QStringLiteral("body"));
    for (const Unit& unit : file.units) {
        xml.writeStartElement(QStringLiteral("trans-unit"));
        xml.writeAttribute(QStringLiteral("id"), unit.id);
        xml.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
        xml.writeTextElement(QStringLiteral("source"), unit.source);
        xml.writeStartElement(QStringLiteral("target"));
        xml.writeAttribute(QStringLiteral("state"), xliffState(unit.status));
        xml.writeCharacters(unit.target);
        xml.writeEndElement();
        if (!unit.note.isEmpty())
            xml.writeTextElement(QStringLiteral("note"), unit.note);
        xml.writeEndElement(); // trans-unit
    }
    xml.writeEndElement(); // body
    xml.writeEndElement(); // file
}

struct Incoming {
    QString id;
    Lang source = Lang::En;
    QString sourceText;
    QString targetText;
    QString state;
    qint64 line = 0;
};
} // namespace

QByteArray TranslationPack::write(const TranslatableContent& content, const ExportOptions& options,
                                  ExportSummary* summary)
{
    ExportSummary counts;
    QList<FileUnits> files;
    auto add = [&](const QString& original, Lang source, const Unit& unit) {
        if (unit.source.trimmed().isEmpty())
            return; // nothing to translate yet
        const bool needed = unit.status != TranslationStatus::UpToDate;
        if (options.onlyNeeded && !needed)
            return;
        ++counts.units;
        counts.needed += needed ? 1 : 0;
        for (FileUnits& file : files) {
            if (file.original == original && file.source == source) {
                file.units.append(unit);
                return;
            }
        }
        files.append(FileUnits{original, source, {unit}});
    };

    for (DocumentKind kind : options.documents) {
        const Document& document = kind == DocumentKind::Sna ? content.sna : content.strategy;
        const QString original = documentId(kind);
        for (const Section& section : document.sections()) {
            const Lang source = section.sourceLanguage;
            const Lang target = otherLang(source);
            const QString prefix = original + QLatin1Char('/') + section.id + QLatin1Char('/');
            const TranslationStatus status = section.translationStatus();
            const TranslationStatus titleStatus = section.title.in(target).trimmed().isEmpty()
                                                      ? TranslationStatus::Missing
                                                      : TranslationStatus::UpToDate;
            add(original, source,
                Unit{prefix + QStringLiteral("title"), section.title.in(source),
                     section.title.in(target), titleStatus,
                     tr("Title of section %1").arg(document.number(section.id))});
            if (section.notApplicable) {
                add(original, source,
                    Unit{prefix + QStringLiteral("reason"), section.notApplicableReason.in(source),
                         section.notApplicableReason.in(target), status,
                         tr("Why section %1 does not apply").arg(document.number(section.id))});
            } else {
                add(original, source,
                    Unit{prefix + QStringLiteral("body"), section.body.in(source),
                         section.body.in(target), status,
                         tr("Text of section %1 (Markdown)").arg(document.number(section.id))});
            }
        }
    }
    if (options.includePlan) {
        for (const Priority& priority : content.plan.priorities()) {
            add(kPlan, Lang::En,
                Unit{QStringLiteral("action-plan/priority/%1/title").arg(priority.id),
                     priority.title.en, priority.title.cy,
                     priority.title.cy.trimmed().isEmpty() ? TranslationStatus::Missing
                                                           : TranslationStatus::UpToDate,
                     tr("Strategic priority")});
        }
        static const char* const kFields[] = {"title", "description", "measure"};
        for (const Action& action : content.plan.actions()) {
            const Lang source = action.sourceLanguage;
            const Lang target = otherLang(source);
            const TranslationStatus status = action.translationStatus();
            int f = 0;
            for (Action::Field field : Action::textFields()) {
                const BilingualText& text = action.text(field);
                const TranslationStatus fieldStatus =
                    text.in(target).trimmed().isEmpty() ? TranslationStatus::Missing : status;
                add(kPlan, source,
                    Unit{QStringLiteral("action-plan/action/%1/%2")
                             .arg(action.id)
                             .arg(QLatin1String(kFields[f])),
                         text.in(source), text.in(target), fieldStatus, tr("Action")});
                ++f;
            }
        }
    }

    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("xliff"));
    xml.writeDefaultNamespace(kNamespace);
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("1.2"));
    for (const FileUnits& file : std::as_const(files))
        writeFile(xml, file);
    xml.writeEndElement();
    xml.writeEndDocument();
    if (summary)
        *summary = counts;
    return bytes;
}

Result<TranslationPack::ExportSummary> TranslationPack::exportTo(const QString& path,
                                                                 const TranslatableContent& content,
                                                                 const ExportOptions& options)
{
    ExportSummary summary;
    const QByteArray bytes = write(content, options, &summary);
    QSaveFile file(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(
            tr("Cannot write “%1”: %2. Nothing was written.").arg(shown, file.errorString()));
    if (file.write(bytes) != bytes.size() || !file.commit())
        return makeError(
            tr("Could not save “%1”: %2. Nothing was written.").arg(shown, file.errorString()));
    return summary;
}

Result<TranslationPack::ImportReport> TranslationPack::apply(const QByteArray& xliff,
                                                             const QString& fileName,
                                                             TranslatableContent& content)
{
    const QString shown = QStringLiteral("“%1”").arg(fileName);
    auto text = Utf8::decode(xliff, shown);
    if (!text)
        return text.error();

    // Read everything first: a pack that is not well formed changes nothing.
    QList<Incoming> incoming;
    QXmlStreamReader xml(text.value());
    bool sawRoot = false;
    Lang fileSource = Lang::En;
    bool inFile = false;
    Incoming current;
    bool inUnit = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (!sawRoot) {
                if (name != QLatin1String("xliff") ||
                    xml.attributes().value(QLatin1String("version")) != QLatin1String("1.2"))
                    return makeError(tr("%1 is not an XLIFF 1.2 translation pack.").arg(shown));
                sawRoot = true;
            } else if (name == QLatin1String("file")) {
                const auto source = langFromCode(
                    xml.attributes().value(QLatin1String("source-language")).toString());
                const auto target = langFromCode(
                    xml.attributes().value(QLatin1String("target-language")).toString());
                if (!source || !target || *source == *target)
                    return makeError(tr("%1, line %2: a <file> must translate between English "
                                        "(en) and Welsh (cy).")
                                         .arg(shown)
                                         .arg(xml.lineNumber()));
                fileSource = *source;
                inFile = true;
            } else if (name == QLatin1String("trans-unit") && inFile) {
                current = Incoming{};
                current.id = xml.attributes().value(QLatin1String("id")).toString();
                current.source = fileSource;
                current.line = xml.lineNumber();
                inUnit = true;
            } else if (inUnit && name == QLatin1String("source")) {
                current.sourceText = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            } else if (inUnit && name == QLatin1String("target")) {
                current.state = xml.attributes().value(QLatin1String("state")).toString();
                current.targetText = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            }
        } else if (xml.isEndElement()) {
            if (xml.name() == QLatin1String("trans-unit") && inUnit) {
                incoming.append(current);
                inUnit = false;
            } else if (xml.name() == QLatin1String("file")) {
                inFile = false;
            }
        }
    }
    if (xml.hasError())
        return makeError(tr("%1 could not be read at line %2, column %3: %4. Nothing was "
                            "imported.")
                             .arg(shown)
                             .arg(xml.lineNumber())
                             .arg(xml.columnNumber())
                             .arg(xml.errorString()));
    if (!sawRoot)
        return makeError(tr("%1 is not an XLIFF 1.2 translation pack.").arg(shown));

    TranslatableContent result = content;
    ImportReport report;
    auto skip = [&](const Incoming& unit, const QString& why) {
        ++report.skipped;
        if (report.notes.size() < 20)
            report.notes << tr("Line %1, “%2”: %3").arg(unit.line).arg(unit.id, why);
    };
    const QStringList confirming{QStringLiteral("translated"), QStringLiteral("final"),
                                 QStringLiteral("signed-off")};
    // An action has one revision per language for all its texts: if any of them was translated
    // from an older source, the whole action stays stale, whatever order the units come in.
    QSet<int> outdatedActions;

    for (const Incoming& unit : std::as_const(incoming)) {
        const Lang source = unit.source;
        const Lang target = otherLang(source);
        const QStringList parts = unit.id.split(QLatin1Char('/'));
        if (unit.targetText.trimmed().isEmpty()) {
            ++report.unchanged; // not translated yet
            continue;
        }
        if (parts.size() == 3 && documentKindFromId(parts[0])) {
            Document& document = result.document(*documentKindFromId(parts[0]));
            const Section* section = document.section(parts[1]);
            if (!section) {
                skip(unit, tr("the section no longer exists"));
                continue;
            }
            if (section->sourceLanguage != source) {
                skip(unit, tr("the section’s source language has changed"));
                continue;
            }
            const QString field = parts[2];
            if (field == QLatin1String("title")) {
                const QString title = unit.targetText.simplified();
                if (title == section->title.in(target)) {
                    ++report.unchanged;
                } else {
                    document.setTitle(section->id, target, title);
                    ++report.updated;
                }
                continue;
            }
            const bool reason = field == QLatin1String("reason");
            if (!reason && field != QLatin1String("body")) {
                skip(unit, tr("unknown part “%1”").arg(field));
                continue;
            }
            if (reason != section->notApplicable) {
                skip(unit, reason ? tr("the section is no longer marked not applicable")
                                  : tr("the section is now marked not applicable"));
                continue;
            }
            const BilingualText& texts = reason ? section->notApplicableReason : section->body;
            const QString translation =
                reason ? unit.targetText.simplified()
                       : RichText::clean(unit.targetText, RichText::Format::Markdown);
            const bool sourceCurrent = same(unit.sourceText) == same(texts.in(source));
            const int sourceRevision =
                reason ? section->reasonRevision(source) : section->revision(source);
            const TranslationStatus before = section->translationStatus();
            const QString id = section->id;
            if (same(translation) == same(texts.in(target))) {
                if (sourceCurrent && before == TranslationStatus::Stale &&
                    confirming.contains(unit.state)) {
                    document.confirmTranslation(id);
                    ++report.confirmed;
                } else {
                    ++report.unchanged;
                }
                continue;
            }
            if (reason)
                document.setNotApplicableReason(id, target, translation);
            else
                document.setBody(id, target, translation);
            if (sourceCurrent) {
                ++report.updated;
            } else {
                document.setRevision(id, target, std::max(0, sourceRevision - 1), reason);
                ++report.outdated;
            }
            continue;
        }
        if (parts.size() == 4 && parts[0] == kPlan) {
            bool ok = false;
            const int id = parts[2].toInt(&ok);
            if (!ok) {
                skip(unit, tr("unknown item"));
                continue;
            }
            if (parts[1] == QLatin1String("priority") && parts[3] == QLatin1String("title")) {
                const Priority* priority = result.plan.priority(id);
                if (!priority || source != Lang::En) {
                    skip(unit, tr("the priority no longer exists"));
                    continue;
                }
                Priority changed = *priority;
                changed.title.cy = unit.targetText.simplified();
                if (changed == *priority) {
                    ++report.unchanged;
                } else {
                    result.plan.updatePriority(changed);
                    ++report.updated;
                }
                continue;
            }
            const Action* action =
                parts[1] == QLatin1String("action") ? result.plan.action(id) : nullptr;
            if (!action) {
                skip(unit, tr("the action no longer exists"));
                continue;
            }
            if (action->sourceLanguage != source) {
                skip(unit, tr("the action’s source language has changed"));
                continue;
            }
            std::optional<Action::Field> field;
            if (parts[3] == QLatin1String("title"))
                field = Action::Field::Title;
            else if (parts[3] == QLatin1String("description"))
                field = Action::Field::Description;
            else if (parts[3] == QLatin1String("measure"))
                field = Action::Field::Measure;
            if (!field) {
                skip(unit, tr("unknown part “%1”").arg(parts[3]));
                continue;
            }
            const QString translation = unit.targetText.trimmed();
            const bool sourceCurrent =
                same(unit.sourceText) == same(action->text(*field).in(source));
            const int sourceRevision = action->revision(source);
            if (same(translation) == same(action->text(*field).in(target))) {
                if (sourceCurrent && action->translationStatus() == TranslationStatus::Stale &&
                    confirming.contains(unit.state)) {
                    result.plan.confirmTranslation(id);
                    ++report.confirmed;
                } else {
                    ++report.unchanged;
                }
                continue;
            }
            result.plan.setText(id, *field, target, translation);
            if (sourceCurrent) {
                ++report.updated;
            } else {
                outdatedActions.insert(id);
                ++report.outdated;
            }
            (void)sourceRevision;
            continue;
        }
        skip(unit, tr("not a unit of an SNA Studio translation pack"));
    }
    for (int id : std::as_const(outdatedActions)) {
        if (const Action* action = result.plan.action(id))
            result.plan.setRevision(id, otherLang(action->sourceLanguage),
                                    std::max(0, action->revision(action->sourceLanguage) - 1));
    }
    content = result;
    return report;
}

Result<TranslationPack::ImportReport> TranslationPack::importFrom(const QString& path,
                                                                  TranslatableContent& content)
{
    QFile file(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(tr("Could not read “%1”: %2").arg(shown, file.errorString()));
    return apply(file.readAll(), QFileInfo(path).fileName(), content);
}

} // namespace sna
