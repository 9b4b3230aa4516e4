#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

// Measures how long the thread's event loop stays blocked: a heartbeat timer fires every
// intervalMs and the longest gap between two beats is the longest stall (intervalMs when the loop
// never blocked).
class StallMeter : public QObject
{
public:
    explicit StallMeter(int intervalMs = 5, QObject *parent = nullptr);

    void start();
    void stop();
    qint64 longestGapMs() const { return m_longestGapMs; }

private:
    void beat();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastBeatMs = 0;
    qint64 m_longestGapMs = 0;
};
