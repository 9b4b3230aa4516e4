#pragma once

#include <QtGlobal>

// The portal's request limiter as arithmetic (portal-behavior.md §5): every HTTP request adds 1,
// the level drains by `drainPerSecond`, and a request that would lift the level above `burst` is
// refused with 503. The client keeps its own copy so that it waits instead of being refused.
// Time is passed in (milliseconds on any monotonic clock) so the arithmetic is testable.
class RequestBucket
{
public:
    struct Limits
    {
        int burst = 50;
        double drainPerSecond = 2.0;

        static Limits standard() { return {50, 2.0}; }     // non-Enterprise plans
        static Limits enterprise() { return {250, 5.0}; }
        friend bool operator==(const Limits &, const Limits &) = default;
    };

    explicit RequestBucket(Limits limits = Limits::standard());

    Limits limits() const { return m_limits; }
    void setLimits(Limits limits);

    double level(qint64 nowMs);
    // 0 when a request may go now, else how long to wait for room.
    qint64 msUntilAvailable(qint64 nowMs);
    bool tryConsume(qint64 nowMs);
    // The portal answered 503: assume it sees a full bucket.
    void saturate(qint64 nowMs);

private:
    void drain(qint64 nowMs);

    Limits m_limits;
    double m_level = 0.0;
    qint64 m_lastMs = -1;
};
