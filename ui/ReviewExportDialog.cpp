#include "ReviewExportDialog.h"

#include "ProjectSession.h"
#include "charts/QtChartPainter.h"
#include "project/Project.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace sna {

ReviewExportDialog::ReviewExportDialog(ProjectSession& session, const QString& folder,
                                       QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("ReviewExportDialog"));
    auto* layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    auto* form = new QFormLayout;
    m_documentLabel = new QLabel(this);
    m_document = new QComboBox(this);
    m_document->addItems({QString(), QString(), QString()});
    m_languageLabel = new QLabel(this);
    m_language = new QComboBox(this);
    m_language->addItems({QString(), QString(), QString(), QString()});
    // Welsh first for a partnership in Wales; English elsewhere.
    m_language->setCurrentIndex(session.profile().coversWales() ? 2 : 0);
    m_pathLabel = new QLabel(this);
    auto* pathRow = new QHBoxLayout;
    m_path = new QLineEdit(QDir(folder).filePath(QStringLiteral("review-copy.pdf")), this);
    m_path->setObjectName(QStringLiteral("ReviewPdfPath"));
    m_browse = new QPushButton(this);
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    m_documentLabel->setBuddy(m_document);
    m_languageLabel->setBuddy(m_language);
    m_pathLabel->setBuddy(m_path);
    form->addRow(m_documentLabel, m_document);
    form->addRow(m_languageLabel, m_language);
    form->addRow(m_pathLabel, pathRow);
    layout->addLayout(form);
    m_package = new QCheckBox(this);
    m_package->setObjectName(QStringLiteral("ReviewPackage"));
    layout->addWidget(m_package);
    m_packageNote = new QLabel(this);
    m_packageNote->setWordWrap(true);
    m_packageNote->setIndent(24);
    layout->addWidget(m_packageNote);
    layout->addStretch();
    auto* buttons = new QHBoxLayout;
    m_ok = new QPushButton(this);
    m_ok->setDefault(true);
    m_cancel = new QPushButton(this);
    buttons->addStretch();
    buttons->addWidget(m_ok);
    buttons->addWidget(m_cancel);
    layout->addLayout(buttons);
    connect(m_ok, &QPushButton::clicked, this, &ReviewExportDialog::accept);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_path, &QLineEdit::textChanged, this, &ReviewExportDialog::updatePackageNote);
    connect(m_package, &QCheckBox::toggled, this, &ReviewExportDialog::updatePackageNote);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getSaveFileName(this, tr("Export Review Copy"),
                                                            pdfPath(), tr("PDF documents (*.pdf)"));
        if (!chosen.isEmpty())
            m_path->setText(chosen.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)
                                ? chosen
                                : chosen + QStringLiteral(".pdf"));
    });
    retranslateUi();
    resize(620, 340);
}

QString ReviewExportDialog::pdfPath() const
{
    return m_path->text().trimmed();
}

QString ReviewExportDialog::packagePathFor(const QString& pdfPath)
{
    const QFileInfo info(pdfPath);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral("-review.sna"));
}

ReviewRequest ReviewExportDialog::request() const
{
    ReviewRequest request;
    static const PublicationKind kinds[] = {PublicationKind::Strategy, PublicationKind::SnaSummary,
                                            PublicationKind::Sna};
    request.publication = kinds[std::clamp(m_document->currentIndex(), 0, 2)];
    switch (m_language->currentIndex()) {
    case 0:
        request.lang = Lang::En;
        break;
    case 1:
        request.lang = Lang::Cy;
        break;
    case 2:
        request.layout = Layout::WelshFirst;
        break;
    default:
        request.layout = Layout::Columns;
        break;
    }
    if (m_package->isChecked())
        request.packagePath = packagePathFor(pdfPath());
    return request;
}

Result<ReviewCopy> ReviewExportDialog::exportNow()
{
    if (pdfPath().isEmpty())
        return makeError(tr("Choose where to save the review copy."));
    // What is on screen is what the reviewer gets.
    if (auto saved = m_session.save(); !saved)
        return saved.error();
    QtChartPainter charts;
    return ReviewCopyStore(m_session.project()).exportPdf(pdfPath(), request(), &charts);
}

void ReviewExportDialog::accept()
{
    auto copy = exportNow();
    if (!copy) {
        QMessageBox::warning(this, windowTitle(), copy.error().fullText());
        return;
    }
    QString message = tr("The review copy %1 is saved as %2 (pages: %3).")
                          .arg(copy->id, QDir::toNativeSeparators(pdfPath()))
                          .arg(copy->pageCount);
    if (m_package->isChecked())
        message += QStringLiteral("\n\n") +
                   tr("The reviewer’s project file is %1. It holds no partner data rows.")
                       .arg(QDir::toNativeSeparators(packagePathFor(pdfPath())));
    QMessageBox::information(this, windowTitle(), message);
    QDialog::accept();
}

void ReviewExportDialog::updatePackageNote()
{
    m_packageNote->setText(
        tr("Written beside the PDF as %1. It holds the documents, versions, comments and "
           "published-level figures, but no row of partner data, so that it can be sent by "
           "e-mail under the data sharing agreement.")
            .arg(QFileInfo(packagePathFor(pdfPath())).fileName()));
    m_packageNote->setEnabled(m_package->isChecked());
}

void ReviewExportDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ReviewExportDialog::retranslateUi()
{
    setWindowTitle(tr("Export Review Copy"));
    m_intro->setText(tr("A review copy is the draft as a PDF with a review identifier on every "
                        "page. Reviewers can annotate it in any PDF reader (sticky notes, "
                        "highlights, underlines, strike-outs); import the annotated PDF to turn "
                        "their annotations into comments on the right sections."));
    m_documentLabel->setText(tr("&Document:"));
    m_document->setItemText(0, tr("Strategy"));
    m_document->setItemText(1, tr("SNA summary (public)"));
    m_document->setItemText(2, tr("Full SNA (restricted)"));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setItemText(0, tr("English"));
    m_language->setItemText(1, tr("Welsh"));
    m_language->setItemText(2, tr("Welsh and English, Welsh first"));
    m_language->setItemText(3, tr("Welsh and English in parallel columns"));
    m_pathLabel->setText(tr("&Save as:"));
    m_browse->setText(tr("&Browse…"));
    m_package->setText(tr("Also write a project file for a reviewer with SNA Studio"));
    m_ok->setText(tr("&Export"));
    m_cancel->setText(tr("Cancel"));
    updatePackageNote();
}

} // namespace sna
