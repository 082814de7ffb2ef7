#pragma once

#include <QtGlobal>

#include <vector>

namespace sna {

// Counts per 64-bit key in an open-addressing table: the per-row aggregate of a large import
// (2M increments), where QHash's lookups were a tenth of the import's time. Memory grows with
// the number of distinct keys, never with the number of rows.
class CountTable {
public:
    CountTable() { m_slots.resize(1 << 8); }

    void increment(quint64 key)
    {
        // Key 0 marks an empty slot; shift real keys past it.
        const quint64 stored = key + 1;
        size_t mask = m_slots.size() - 1;
        size_t i = size_t(mix(stored)) & mask;
        while (true) {
            Slot& slot = m_slots[i];
            if (slot.key == stored) {
                ++slot.count;
                return;
            }
            if (slot.key == 0) {
                slot.key = stored;
                slot.count = 1;
                if (++m_used * 2 > m_slots.size())
                    grow();
                return;
            }
            i = (i + 1) & mask;
        }
    }

    template<typename F> void forEach(F&& visit) const
    {
        for (const Slot& slot : m_slots) {
            if (slot.key != 0)
                visit(slot.key - 1, slot.count);
        }
    }
    size_t size() const { return m_used; }

private:
    struct Slot {
        quint64 key = 0;
        qint64 count = 0;
    };
    static quint64 mix(quint64 x)
    {
        x ^= x >> 33;
        x *= 0xff51afd7ed558ccdULL;
        x ^= x >> 33;
        return x;
    }
    void grow()
    {
        std::vector<Slot> old(m_slots.size() * 2);
        old.swap(m_slots);
        const size_t mask = m_slots.size() - 1;
        for (const Slot& slot : old) {
            if (slot.key == 0)
                continue;
            size_t i = size_t(mix(slot.key)) & mask;
            while (m_slots[i].key != 0)
                i = (i + 1) & mask;
            m_slots[i] = slot;
        }
    }

    std::vector<Slot> m_slots;
    size_t m_used = 0;
};

} // namespace sna
