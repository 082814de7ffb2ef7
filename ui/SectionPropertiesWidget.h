#pragma once

#include "document/Document.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace sna {

class ProjectSession;

// A section's settings: the language it is written in first, whether it is restricted (never
// published), and whether it is not applicable — with the reason in English and Welsh, which is
// then what the section publishes.
class SectionPropertiesWidget : public QWidget {
    Q_OBJECT
public:
    explicit SectionPropertiesWidget(QWidget* parent = nullptr);
    void setSection(ProjectSession* session, DocumentKind kind, const QString& sectionId);

    QComboBox* sourceLanguage() const { return m_source; }
    QCheckBox* restricted() const { return m_restricted; }
    QCheckBox* notApplicable() const { return m_notApplicable; }
    QLineEdit* reason(Lang lang) const { return m_reason[lang == Lang::Cy ? 1 : 0]; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void refresh();
    const Section* section() const;
    void edit(const std::function<void(Document&)>& change, const QString& description);

    ProjectSession* m_session = nullptr;
    DocumentKind m_kind = DocumentKind::Strategy;
    QString m_sectionId;
    QLabel* m_sourceLabel;
    QComboBox* m_source;
    QCheckBox* m_restricted;
    QCheckBox* m_notApplicable;
    QWidget* m_reasons;
    QLabel* m_reasonLabel[2];
    QLineEdit* m_reason[2];
};

} // namespace sna
