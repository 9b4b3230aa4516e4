#pragma once

#include "sandbox/rest/faultinjector.h"
#include "sandbox/rest/httpexchange.h"
#include "sandbox/rest/ratelimiter.h"

#include <QHash>
#include <QMutex>
#include <QString>

namespace SandboxPortal {

// Infrastructure in front of the portal: request counters (readable from any thread), the leaky
// bucket, injected faults and added latency.
class TrafficControl
{
public:
    // Counter keys: the lower-case REST method ("batch" counts once per HTTP request),
    // "oauth/token", "oauth/authorize", "connector/<path>". The empty key is the total.
    void count(const QString &key);
    int requestCount(const QString &key = {}) const;
    QHash<QString, int> requestCounts() const;
    void resetCounts();

    LeakyBucket &bucket() { return m_bucket; }
    FaultInjector &faults() { return m_faults; }
    // Answers `exchange` the way `fault` says when the fault stops the request before processing
    // (500, cut-off or reset connection, garbage, 503); false when the request should go on
    // (no fault, or CommitThenDrop, which the caller applies after processing).
    static bool answerWithFault(const HttpExchangePtr &exchange, SandboxFault fault);

    void setLatency(int milliseconds) { m_latencyMs = milliseconds; }
    int latency() const { return m_latencyMs; }

private:
    mutable QMutex m_mutex;
    QHash<QString, int> m_counts;
    int m_total = 0;
    LeakyBucket m_bucket;
    FaultInjector m_faults;
    int m_latencyMs = 0;
};

} // namespace SandboxPortal
