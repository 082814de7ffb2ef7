#include "PreviewDialog.h"

#include "PdfExportController.h"
#include "PdfViewer.h"
#include "ProjectSession.h"
#include "foundation/UiLanguage.h"

#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace sna {

namespace {
// The versions a preview can show: one language, or both in one of the bilingual layouts.
enum Version { Welsh, English, WelshFirst, Columns };
} // namespace

PreviewDialog::PreviewDialog(ProjectSession& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("PreviewDialog"));
    m_documentLabel = new QLabel(this);
    m_document = new QComboBox(this);
    for (PublicationKind kind :
         {PublicationKind::Strategy, PublicationKind::SnaSummary, PublicationKind::Sna})
        m_document->addItem(QString(), publicationKindId(kind));
    m_documentLabel->setBuddy(m_document);
    m_versionLabel = new QLabel(this);
    m_version = new QComboBox(this);
    m_version->addItem(QStringLiteral("Cymraeg"), Welsh);
    m_version->addItem(QStringLiteral("English"), English);
    m_version->addItem(QString(), WelshFirst);
    m_version->addItem(QString(), Columns);
    const bool welsh =
        session.profile().coversWales() && UiLanguage::instance().current() == Lang::Cy;
    m_version->setCurrentIndex(welsh ? 0 : 1);
    m_versionLabel->setBuddy(m_version);
    m_refresh = new QPushButton(this);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setVisible(false);
    m_viewer = new PdfViewer(this);
    m_close = new QPushButton(this);

    auto* top = new QHBoxLayout;
    top->addWidget(m_documentLabel);
    top->addWidget(m_document);
    top->addSpacing(12);
    top->addWidget(m_versionLabel);
    top->addWidget(m_version);
    top->addWidget(m_refresh);
    top->addStretch();
    top->addWidget(m_close);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_problem);
    layout->addWidget(m_viewer, 1);
    connect(m_refresh, &QPushButton::clicked, this, &PreviewDialog::refresh);
    connect(m_document, &QComboBox::currentIndexChanged, this, &PreviewDialog::refresh);
    connect(m_version, &QComboBox::currentIndexChanged, this, &PreviewDialog::refresh);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    resize(1100, 820);
    retranslateUi();
}

QString PreviewDialog::pdfPath() const
{
    return m_scratch.filePath(QStringLiteral("preview.pdf"));
}

ExportRequest PreviewDialog::request() const
{
    ExportRequest request;
    request.document = publicationKindFromId(m_document->currentData().toString())
                           .value_or(PublicationKind::Strategy);
    request.draft = false;
    request.date = QDate::currentDate();
    switch (m_version->currentData().toInt()) {
    case Welsh:
        request.lang = Lang::Cy;
        break;
    case English:
        request.lang = Lang::En;
        break;
    case WelshFirst:
        request.layout = Layout::WelshFirst;
        break;
    case Columns:
        request.layout = Layout::Columns;
        break;
    }
    return request;
}

bool PreviewDialog::refresh()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto written = PdfExportController::exportDocument(m_session, pdfPath(), request());
    QString error;
    const bool shown = written && m_viewer->load(pdfPath(), &error);
    QApplication::restoreOverrideCursor();
    if (!written)
        error = written.error().message;
    m_problem->setText(error);
    m_problem->setVisible(!shown);
    return shown;
}

void PreviewDialog::retranslateUi()
{
    setWindowTitle(tr("Preview"));
    m_documentLabel->setText(tr("&Document:"));
    m_document->setItemText(0, tr("Strategy"));
    m_document->setItemText(1, tr("Strategic needs assessment: public summary"));
    m_document->setItemText(2, tr("Strategic needs assessment: full version (restricted)"));
    m_versionLabel->setText(tr("&Version:"));
    m_version->setItemText(2, tr("Welsh and English, Welsh first"));
    m_version->setItemText(3, tr("Welsh and English in columns"));
    m_refresh->setText(tr("&Refresh"));
    m_close->setText(tr("Close"));
}

void PreviewDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace sna
