#include "sandbox/trafficcontrol.h"

namespace SandboxPortal {

void TrafficControl::count(const QString &key)
{
    const QMutexLocker locker(&m_mutex);
    ++m_total;
    ++m_counts[key];
}

int TrafficControl::requestCount(const QString &key) const
{
    const QMutexLocker locker(&m_mutex);
    return key.isEmpty() ? m_total : m_counts.value(key);
}

QHash<QString, int> TrafficControl::requestCounts() const
{
    const QMutexLocker locker(&m_mutex);
    return m_counts;
}

void TrafficControl::resetCounts()
{
    const QMutexLocker locker(&m_mutex);
    m_counts.clear();
    m_total = 0;
}

} // namespace SandboxPortal
