#include "api/journal/requestjournal.h"

RequestJournal::RequestJournal(QObject *parent) : QObject(parent) { }

void RequestJournal::setCapacity(int capacity)
{
    m_capacity = qMax(1, capacity);
    while (int(m_entries.size()) > m_capacity)
        m_entries.pop_front();
}

void RequestJournal::record(JournalEntry entry)
{
    entry.sequence = m_nextSequence++;
    ++m_total;
    m_entries.push_back(entry);
    while (int(m_entries.size()) > m_capacity)
        m_entries.pop_front();
    emit recorded(entry);
}

QList<JournalEntry> RequestJournal::entries() const
{
    return QList<JournalEntry>(m_entries.begin(), m_entries.end());
}

void RequestJournal::clear()
{
    m_entries.clear();
    emit cleared();
}
