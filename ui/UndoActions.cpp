#include "UndoActions.h"

#include <QAction>
#include <QUndoStack>

namespace sna {

UndoActions::UndoActions(QObject* parent)
    : QObject(parent)
{
    m_undo = new QAction(this);
    m_undo->setShortcuts(QKeySequence::Undo);
    m_redo = new QAction(this);
    m_redo->setShortcuts(QKeySequence::Redo);
    connect(m_undo, &QAction::triggered, this, [this] {
        if (m_stack)
            m_stack->undo();
    });
    connect(m_redo, &QAction::triggered, this, [this] {
        if (m_stack)
            m_stack->redo();
    });
    retranslate();
}

void UndoActions::setStack(QUndoStack* stack)
{
    if (m_stack)
        disconnect(m_stack, nullptr, this, nullptr);
    m_stack = stack;
    if (m_stack) {
        connect(m_stack, &QUndoStack::indexChanged, this, &UndoActions::retranslate);
        connect(m_stack, &QUndoStack::cleanChanged, this, &UndoActions::retranslate);
    }
    retranslate();
}

void UndoActions::retranslate()
{
    const bool canUndo = m_stack && m_stack->canUndo();
    const bool canRedo = m_stack && m_stack->canRedo();
    m_undo->setEnabled(canUndo);
    m_redo->setEnabled(canRedo);
    m_undo->setText(canUndo ? tr("&Undo %1").arg(m_stack->undoText()) : tr("&Undo"));
    m_redo->setText(canRedo ? tr("&Redo %1").arg(m_stack->redoText()) : tr("&Redo"));
}

} // namespace sna
