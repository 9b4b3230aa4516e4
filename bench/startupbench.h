#pragma once

#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// Scenario 2 (and the bare side of 3): cold start to the first painted window. Each program is
// started with BIW_BENCH_EXIT_ON_SHOW=1 and reports, through FirstPaintProbe, the monotonic time of
// its first paint and its RSS at that moment; the programs are run in turns so that a busy moment
// of the machine hits both alike.
class StartupBench
{
public:
    struct Program
    {
        QString label;
        QString path;
        QStringList arguments;
    };
    struct Samples
    {
        QList<double> startupMs;
        QList<qint64> rssKb;
        QString error;

        double medianStartupMs() const;
        qint64 medianRssKb() const;
    };

    explicit StartupBench(const QProcessEnvironment &environment);

    // Runs every program `runs` times, alternating; one result per program, in order.
    QList<Samples> run(const QList<Program> &programs, int runs, int timeoutMs) const;

private:
    bool runOnce(const Program &program, int timeoutMs, Samples *samples) const;

    QProcessEnvironment m_environment;
};
