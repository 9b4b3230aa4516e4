#include "sandbox/rest/ratelimiter.h"

#include <QDateTime>

#include <algorithm>

namespace SandboxPortal {

LeakyBucket::LeakyBucket()
{
    m_clock.start();
}

void LeakyBucket::configure(int burst, double ratePerSecond)
{
    drain();
    m_burst = std::max(1, burst);
    m_rate = std::max(0.0, ratePerSecond);
}

void LeakyBucket::drain()
{
    const qint64 now = m_clock.elapsed();
    m_level = std::max(0.0, m_level - double(now - m_lastMs) / 1000.0 * m_rate);
    m_lastMs = now;
}

bool LeakyBucket::tryAcquire()
{
    drain();
    if (m_level + 1.0 > double(m_burst))
        return false;
    m_level += 1.0;
    return true;
}

double LeakyBucket::level()
{
    drain();
    return m_level;
}

void LeakyBucket::reset()
{
    drain();
    m_level = 0;
}

void OperatingTimeLimiter::expire(const Key &key)
{
    auto it = m_entries.find(key);
    if (it == m_entries.end())
        return;
    const qint64 horizon = QDateTime::currentMSecsSinceEpoch() - WindowSeconds * 1000;
    auto &list = it.value();
    list.erase(std::remove_if(list.begin(), list.end(), [horizon](const auto &entry) { return entry.first < horizon; }),
               list.end());
}

void OperatingTimeLimiter::record(const QString &clientId, const QString &method, double seconds)
{
    m_entries[Key(clientId, method)].append({QDateTime::currentMSecsSinceEpoch(), seconds});
}

double OperatingTimeLimiter::operating(const QString &clientId, const QString &method)
{
    const Key key(clientId, method);
    expire(key);
    double sum = 0;
    for (const auto &entry : m_entries.value(key))
        sum += entry.second;
    return sum;
}

bool OperatingTimeLimiter::isBlocked(const QString &clientId, const QString &method)
{
    return m_limitSeconds > 0 && operating(clientId, method) > m_limitSeconds;
}

std::optional<qint64> OperatingTimeLimiter::resetAt(const QString &clientId, const QString &method)
{
    if (!isBlocked(clientId, method))
        return std::nullopt;
    // Walk the window from the oldest entry until the remaining sum fits under the limit.
    const auto entries = m_entries.value(Key(clientId, method));
    double remaining = operating(clientId, method);
    for (const auto &entry : entries) {
        remaining -= entry.second;
        if (remaining <= m_limitSeconds)
            return (entry.first + WindowSeconds * 1000) / 1000 + 1;
    }
    return QDateTime::currentSecsSinceEpoch() + WindowSeconds;
}

} // namespace SandboxPortal
