#include "api/transport/requestbucket.h"

#include <algorithm>
#include <cmath>

RequestBucket::RequestBucket(Limits limits) : m_limits(limits) { }

void RequestBucket::setLimits(Limits limits)
{
    m_limits = limits;
}

void RequestBucket::drain(qint64 nowMs)
{
    if (m_lastMs >= 0 && nowMs > m_lastMs)
        m_level = std::max(0.0, m_level - double(nowMs - m_lastMs) * m_limits.drainPerSecond / 1000.0);
    if (nowMs > m_lastMs)
        m_lastMs = nowMs;
}

double RequestBucket::level(qint64 nowMs)
{
    drain(nowMs);
    return m_level;
}

qint64 RequestBucket::msUntilAvailable(qint64 nowMs)
{
    drain(nowMs);
    const double excess = m_level + 1.0 - double(m_limits.burst);
    if (excess <= 1e-9)
        return 0;
    if (m_limits.drainPerSecond <= 0.0)
        return -1;   // never drains: only a configuration error gets here
    return qint64(std::ceil(excess * 1000.0 / m_limits.drainPerSecond - 1e-6));
}

bool RequestBucket::tryConsume(qint64 nowMs)
{
    if (msUntilAvailable(nowMs) != 0)
        return false;
    m_level += 1.0;
    return true;
}

void RequestBucket::saturate(qint64 nowMs)
{
    drain(nowMs);
    m_level = std::max(m_level, double(m_limits.burst));
}
