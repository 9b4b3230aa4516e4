#include "sandbox/rest/faultinjector.h"

FaultInjector::FaultInjector()
    : m_random(QRandomGenerator::securelySeeded())
{
}

void FaultInjector::setSeed(quint32 seed)
{
    m_random.seed(seed);
    m_burstRemaining = 0;
}

void FaultInjector::inject(SandboxFault fault, int count, const QString &method)
{
    if (count > 0)
        m_forced.append(Forced{fault, count, method.toLower()});
}

void FaultInjector::clear()
{
    m_forced.clear();
    m_burstRemaining = 0;
}

void FaultInjector::postpone(SandboxFault fault, const QString &method)
{
    m_forced.prepend(Forced{fault, 1, method.toLower()});
}

std::optional<SandboxFault> FaultInjector::takeForced(const QString &method, bool matchAnyMethod)
{
    const QString lower = method.toLower();
    for (qsizetype i = 0; i < m_forced.size(); ++i) {
        Forced &forced = m_forced[i];
        if (forced.method.isEmpty() ? !matchAnyMethod : forced.method != lower)
            continue;
        const SandboxFault fault = forced.fault;
        if (--forced.remaining <= 0)
            m_forced.removeAt(i);
        return fault;
    }
    return std::nullopt;
}

SandboxFault FaultInjector::decideForced(const QString &method)
{
    return takeForced(method, false).value_or(SandboxFault::None);
}

SandboxFault FaultInjector::decide(const QString &method)
{
    if (const auto forced = takeForced(method, true))
        return *forced;
    if (m_burstRemaining > 0) {
        --m_burstRemaining;
        return SandboxFault::ServiceUnavailable;
    }
    if (m_rate <= 0 || m_random.generateDouble() >= m_rate)
        return SandboxFault::None;
    const double kind = m_random.generateDouble();
    if (kind < 0.25)
        return SandboxFault::ServerError;
    if (kind < 0.40)
        return SandboxFault::DropConnection;
    if (kind < 0.55)
        return SandboxFault::CommitThenDrop;
    if (kind < 0.75)
        return SandboxFault::GarbageBody;
    m_burstRemaining = int(m_random.bounded(1, 5)); // this one plus 1..4 more
    return SandboxFault::ServiceUnavailable;
}
