#pragma once

#include <QString>
#include <QtGlobal>

// How the transport resends requests the portal did not (or may not have) executed.
struct RetryPolicy
{
    int maxTransientAttempts = 4;         // sends of an idempotent request hit by transport errors/5xx/garbage
    qint64 baseDelayMs = 250;             // first backoff; doubles per failed attempt
    qint64 maxDelayMs = 8000;             // backoff cap
    int maxRateLimitedAttempts = 12;      // sends of a request refused with 503 QUERY_LIMIT_EXCEEDED
    qint64 defaultOperatingWaitMs = 60'000;   // 429 without operating_reset_at
    qint64 maxOperatingWaitMs = 600'000;      // a longer block is reported instead of waited out

    // Delay before the next send after `failedAttempts` failures (1 = the first send failed).
    qint64 backoffMs(int failedAttempts) const;
};

// What a REST method's name says about it.
namespace MethodTraits {
// *.get, *.list and *.fields: reads, safe to resend and to batch.
bool isRead(const QString &method);
} // namespace MethodTraits
