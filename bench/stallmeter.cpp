#include "bench/stallmeter.h"

#include <ctime>

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
    m_longestGapEndMs = 0;
    m_longestGapCpuMs = 0;
    m_lastBeatMs = 0;
    m_lastBeatCpuMs = threadCpuMs();
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
    const double cpu = threadCpuMs();
    if (now - m_lastBeatMs > m_longestGapMs) {
        m_longestGapMs = now - m_lastBeatMs;
        m_longestGapEndMs = now;
        m_longestGapCpuMs = cpu - m_lastBeatCpuMs;
    }
    m_lastBeatMs = now;
    m_lastBeatCpuMs = cpu;
}

double StallMeter::threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}
