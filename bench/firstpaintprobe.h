#pragma once

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QWidget>

#include <chrono>
#include <cstdio>

// Startup hook of the benchmark (scripts/bench). With BIW_BENCH_EXIT_ON_SHOW=1 in the environment
// a program that installs the probe prints one line when its main window is first painted,
//   BIW_BENCH_SHOWN ns=<steady clock, CLOCK_MONOTONIC> rss_kb=<VmRSS>
// and quits. Header-only, so biworkspace and the bench's bare window program share the same
// probe without linking any bench code.
class FirstPaintProbe : public QObject
{
public:
    static constexpr const char *EnvironmentVariable = "BIW_BENCH_EXIT_ON_SHOW";
    static constexpr const char *LinePrefix = "BIW_BENCH_SHOWN";

    // Does nothing unless the environment asks for it.
    static void installIfRequested(QWidget *window)
    {
        if (qEnvironmentVariableIntValue(EnvironmentVariable) == 1)
            QCoreApplication::instance()->installEventFilter(new FirstPaintProbe(window));
    }

    // Nanoseconds on the clock the bench reads before it starts a program.
    static qint64 monotonicNs()
    {
        return std::chrono::duration_cast<std::chrono::nanoseconds>(
                   std::chrono::steady_clock::now().time_since_epoch())
            .count();
    }

    // This process's resident set size (VmRSS of /proc/self/status) in KiB; -1 where unknown.
    static qint64 residentKb()
    {
        QFile status(QStringLiteral("/proc/self/status"));
        if (!status.open(QIODevice::ReadOnly))
            return -1;
        for (QByteArray line = status.readLine(); !line.isEmpty(); line = status.readLine()) {
            if (line.startsWith("VmRSS:"))
                return line.mid(6).trimmed().split(' ').value(0).toLongLong();
        }
        return -1;
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // The first paint of any widget of the window: its first frame is being drawn.
        if (!m_fired && event->type() == QEvent::Paint && watched->isWidgetType()
            && static_cast<QWidget *>(watched)->window() == m_window) {
            m_fired = true;
            std::printf("%s ns=%lld rss_kb=%lld\n", LinePrefix, static_cast<long long>(monotonicNs()),
                        static_cast<long long>(residentKb()));
            std::fflush(stdout);
            QCoreApplication::exit(0);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    explicit FirstPaintProbe(QWidget *window)
        : QObject(window)
        , m_window(window)
    {
    }

    QWidget *m_window;
    bool m_fired = false;
};
