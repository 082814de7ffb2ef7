#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QUndoStack;

namespace sna {

// Undo and Redo menu actions that follow whichever project's undo stack is current, with the
// step named in the menu ("Undo Edit Welsh text of …"), re-translated on a language switch.
class UndoActions : public QObject {
    Q_OBJECT
public:
    explicit UndoActions(QObject* parent);
    QAction* undo() const { return m_undo; }
    QAction* redo() const { return m_redo; }
    void setStack(QUndoStack* stack);
    void retranslate();

private:
    QAction* m_undo;
    QAction* m_redo;
    QPointer<QUndoStack> m_stack;
};

} // namespace sna
