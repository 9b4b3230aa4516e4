#pragma once

#include <QList>
#include <QRandomGenerator>
#include <QString>

#include <optional>

// Faults the sandbox can inject into /rest/ requests.
enum class SandboxFault {
    None,
    ServerError,        // HTTP 500 with an HTML body, nothing processed
    DropConnection,     // nothing is processed; the reply is cut off after its headers
    ResetConnection,    // nothing is processed; the socket closes without a byte (QNAM re-sends!)
    GarbageBody,        // HTTP 200 with a body that is not JSON, nothing processed
    ServiceUnavailable, // 503 QUERY_LIMIT_EXCEEDED (random faults make it a burst of several)
    CommitThenDrop,     // the request IS processed and committed, then the reply is cut off
};

// Decides which fault (if any) hits the next request: first the forced ones queued from C++,
// then a running 503 burst, then the random rate. Deterministic for a given seed.
class FaultInjector
{
public:
    FaultInjector();

    void setRate(double probability) { m_rate = probability; }
    double rate() const { return m_rate; }
    void setSeed(quint32 seed);
    // The next `count` requests of `method` (any method when empty) get `fault`.
    void inject(SandboxFault fault, int count, const QString &method = {});
    void clear();
    // A CommitThenDrop whose request was refused before it could commit (an expired token, …)
    // waits for the next request of `method`.
    void postpone(SandboxFault fault, const QString &method);

    SandboxFault decide(const QString &method);
    // Only faults queued for exactly `method` (not "any method", not random): for the OAuth server.
    SandboxFault decideForced(const QString &method);

private:
    std::optional<SandboxFault> takeForced(const QString &method, bool matchAnyMethod);

    struct Forced
    {
        SandboxFault fault;
        int remaining;
        QString method;
    };

    double m_rate = 0;
    int m_burstRemaining = 0;
    QRandomGenerator m_random;
    QList<Forced> m_forced;
};
