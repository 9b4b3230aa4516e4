#include "bench/startupbench.h"

#include "bench/firstpaintprobe.h"

#include <QProcess>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

template <typename T>
T median(QList<T> values)
{
    if (values.isEmpty())
        return T(0);
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2;
}

} // namespace

double StartupBench::Samples::medianStartupMs() const
{
    return median(startupMs);
}

qint64 StartupBench::Samples::medianRssKb() const
{
    return median(rssKb);
}

StartupBench::StartupBench(const QProcessEnvironment &environment)
    : m_environment(environment)
{
    m_environment.insert(QString::fromLatin1(FirstPaintProbe::EnvironmentVariable), u"1"_s);
}

QList<StartupBench::Samples> StartupBench::run(const QList<Program> &programs, int runs, int timeoutMs) const
{
    QList<Samples> samples(programs.size());
    for (int run = 0; run < runs; ++run) {
        for (qsizetype i = 0; i < programs.size(); ++i) {
            if (samples[i].error.isEmpty())
                runOnce(programs.at(i), timeoutMs, &samples[i]);
        }
    }
    return samples;
}

bool StartupBench::runOnce(const Program &program, int timeoutMs, Samples *samples) const
{
    static const QRegularExpression shownLine(
        QString::fromLatin1(FirstPaintProbe::LinePrefix) + u" ns=(\\d+) rss_kb=(-?\\d+)"_s);
    QProcess process;
    process.setProcessEnvironment(m_environment);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.setStandardErrorFile(QProcess::nullDevice());
    const qint64 startedNs = FirstPaintProbe::monotonicNs();
    process.start(program.path, program.arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(2000);
        samples->error = u"%1 did not show its window within %2 s"_s.arg(program.label).arg(timeoutMs / 1000);
        return false;
    }
    const QRegularExpressionMatch match = shownLine.match(QString::fromLatin1(process.readAllStandardOutput()));
    if (!match.hasMatch()) {
        samples->error = u"%1 exited (code %2) without reporting its first paint"_s.arg(program.label)
                             .arg(process.exitCode());
        return false;
    }
    samples->startupMs.append(double(match.captured(1).toLongLong() - startedNs) / 1e6);
    samples->rssKb.append(match.captured(2).toLongLong());
    return true;
}
