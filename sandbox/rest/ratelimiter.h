#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace SandboxPortal {

// The cloud's leaky bucket: +1 per HTTP request (a batch is one request), drained by `rate` per
// second; a request that would overflow `burst` is refused with 503 QUERY_LIMIT_EXCEEDED.
class LeakyBucket
{
public:
    LeakyBucket();
    void configure(int burst, double ratePerSecond);
    bool tryAcquire();
    double level();
    void reset();
    int burst() const { return m_burst; }
    double rate() const { return m_rate; }

private:
    void drain();

    int m_burst = 50;
    double m_rate = 2.0;
    double m_level = 0;
    QElapsedTimer m_clock;
    qint64 m_lastMs = 0;
};

// LoadLimiter: execution time per (application, method) over the last 10 minutes. Above the limit
// the method answers 429 OPERATION_TIME_LIMIT until enough time has left the window.
class OperatingTimeLimiter
{
public:
    static constexpr qint64 WindowSeconds = 600;

    void setLimit(double seconds) { m_limitSeconds = seconds; } // <= 0: never blocks
    double limit() const { return m_limitSeconds; }
    void record(const QString &clientId, const QString &method, double seconds);
    double operating(const QString &clientId, const QString &method);
    bool isBlocked(const QString &clientId, const QString &method);
    // Unix time when the method becomes available again (only while it is blocked).
    std::optional<qint64> resetAt(const QString &clientId, const QString &method);
    void clear() { m_entries.clear(); }

private:
    using Key = QPair<QString, QString>;
    void expire(const Key &key);

    double m_limitSeconds = 0;
    QHash<Key, QList<QPair<qint64, double>>> m_entries; // unix ms of the call, seconds spent
};

} // namespace SandboxPortal
