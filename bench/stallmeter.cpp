#include "bench/stallmeter.h"

StallMeter::StallMeter(int intervalMs, QObject *parent)
    : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &StallMeter::beat);
}

void StallMeter::start()
{
    m_longestGapMs = 0;
    m_lastBeatMs = 0;
    m_clock.start();
    m_timer.start();
}

void StallMeter::stop()
{
    beat(); // a stall still running when measuring ends counts too
    m_timer.stop();
}

void StallMeter::beat()
{
    const qint64 now = m_clock.elapsed();
    m_longestGapMs = qMax(m_longestGapMs, now - m_lastBeatMs);
    m_lastBeatMs = now;
}
