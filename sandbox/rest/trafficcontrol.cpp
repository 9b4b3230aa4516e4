#include "sandbox/rest/trafficcontrol.h"

namespace SandboxPortal {

bool TrafficControl::answerWithFault(const HttpExchangePtr &exchange, SandboxFault fault)
{
    switch (fault) {
    case SandboxFault::ServerError:
        exchange->respond(500, QByteArrayLiteral("<html><body><h1>500 Internal Server Error</h1></body></html>"),
                          QByteArrayLiteral("text/html; charset=utf-8"));
        return true;
    case SandboxFault::DropConnection:
        exchange->cutOff();
        return true;
    case SandboxFault::ResetConnection:
        exchange->reset();
        return true;
    case SandboxFault::GarbageBody:
        exchange->respond(200, QByteArrayLiteral("{\"result\":{\"id\":\x01\xff<html>"),
                          QByteArrayLiteral("application/json; charset=utf-8"));
        return true;
    case SandboxFault::ServiceUnavailable:
        exchange->respond(503, QByteArrayLiteral("{\"error\":\"QUERY_LIMIT_EXCEEDED\",\"error_description\":\"Too many requests\"}"),
                          QByteArrayLiteral("application/json; charset=utf-8"));
        return true;
    case SandboxFault::None:
    case SandboxFault::CommitThenDrop:
        return false;
    }
    return false;
}

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
