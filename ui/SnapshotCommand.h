#pragma once

#include <QUndoCommand>

#include <functional>

namespace sna {

// An undoable change recorded as the state before and after (a document, the action plan, the
// glossary: all small), applied through the session. Consecutive changes with the same merge
// key (typing in one field) merge into one step.
template<typename T> class SnapshotCommand : public QUndoCommand {
public:
    using Apply = std::function<void(const T&)>;

    SnapshotCommand(T before, T after, Apply apply, const QString& text, int mergeId = -1,
                    QString mergeKey = {}, QUndoCommand* parent = nullptr)
        : QUndoCommand(text, parent)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_apply(std::move(apply))
        , m_mergeId(mergeKey.isEmpty() ? -1 : mergeId)
        , m_mergeKey(std::move(mergeKey))
    {
    }

    void undo() override { m_apply(m_before); }
    void redo() override { m_apply(m_after); }
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand* other) override
    {
        const auto* next = static_cast<const SnapshotCommand*>(other);
        if (next->m_mergeKey != m_mergeKey)
            return false;
        m_after = next->m_after;
        return true;
    }

private:
    T m_before;
    T m_after;
    Apply m_apply;
    int m_mergeId;
    QString m_mergeKey;
};

} // namespace sna
