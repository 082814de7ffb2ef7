#pragma once

#include "foundation/Language.h"

#include <QDialog>

namespace sna {

// Asked once, at first start: the interface language. Both choices are written in their own
// language and given equal prominence, Welsh first.
class LanguageChoiceDialog : public QDialog {
    Q_OBJECT
public:
    explicit LanguageChoiceDialog(Lang suggested, QWidget* parent = nullptr);
    Lang choice() const { return m_choice; }

private:
    Lang m_choice;
};

} // namespace sna
