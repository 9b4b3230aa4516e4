#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

// Measures how long the thread's event loop stays blocked: a heartbeat timer fires every
// intervalMs and the longest gap between two beats is the longest stall (intervalMs when the loop
// never blocked). It also notes how much CPU time the thread itself used in that gap, which tells
// work on the thread from time the (shared) machine gave to other processes.
class StallMeter : public QObject
{
public:
    explicit StallMeter(int intervalMs = 5, QObject *parent = nullptr);

    void start();
    void stop();
    qint64 longestGapMs() const { return m_longestGapMs; }
    // When the longest gap ended, in ms since start().
    qint64 longestGapEndMs() const { return m_longestGapEndMs; }
    // CPU time this thread used during the longest gap.
    double longestGapCpuMs() const { return m_longestGapCpuMs; }

private:
    void beat();
    static double threadCpuMs();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastBeatMs = 0;
    double m_lastBeatCpuMs = 0;
    qint64 m_longestGapMs = 0;
    qint64 m_longestGapEndMs = 0;
    double m_longestGapCpuMs = 0;
};
