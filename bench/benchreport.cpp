#include "bench/benchreport.h"

#include <optional>

using namespace Qt::StringLiterals;

namespace {

using Value = std::optional<double>;

QString text(Value value, int decimals)
{
    return value ? QString::number(*value, 'f', decimals) : u"n/a"_s;
}

Value ratio(Value numerator, Value denominator)
{
    if (!numerator || !denominator || *denominator <= 0)
        return std::nullopt;
    return *numerator / *denominator;
}

QString verdict(Value value, bool met)
{
    return value ? (met ? u"met"_s : u"**missed**"_s) : u"n/a"_s;
}

struct Figures
{
    Value modelRequests, baselineRequests, modelSeconds, baselineSeconds;
    Value requestsRatio, timeRatio, throttled, baseline503;
    Value appMs, bareMs, startupRatio;
    Value modelRssMb, bareRssMb, rssDeltaMb, stallMs, toggleRequests;
};

Figures figuresOf(const BenchReport &r)
{
    Figures f;
    if (r.model.ok) {
        f.modelRequests = double(r.model.requests);
        f.modelSeconds = double(r.model.wallMs) / 1000.0;
        f.throttled = double(r.model.throttled);
        f.stallMs = double(r.model.stallMs);
        f.modelRssMb = double(r.model.rssKb) / 1024.0;
    }
    if (r.baseline.error.isEmpty() && r.baseline.requests > 0) {
        f.baselineRequests = double(r.baseline.requests);
        f.baselineSeconds = double(r.baseline.wallMs) / 1000.0;
        f.baseline503 = double(r.baseline.rateLimited);
    }
    f.requestsRatio = ratio(f.baselineRequests, f.modelRequests);
    f.timeRatio = ratio(f.baselineSeconds, f.modelSeconds);
    if (r.app.error.isEmpty() && !r.app.startupMs.isEmpty())
        f.appMs = r.app.medianStartupMs();
    if (r.bare.error.isEmpty() && !r.bare.startupMs.isEmpty()) {
        f.bareMs = r.bare.medianStartupMs();
        f.bareRssMb = double(r.bare.medianRssKb()) / 1024.0;
    }
    f.startupRatio = ratio(f.appMs, f.bareMs);
    if (f.modelRssMb && f.bareRssMb)
        f.rssDeltaMb = *f.modelRssMb - *f.bareRssMb;
    if (r.toggle.ok)
        f.toggleRequests = double(r.toggle.applyRequests);
    return f;
}

} // namespace

QString BenchReport::markdownTable() const
{
    const Figures f = figuresOf(*this);
    const QString runs = QString::number(startupRuns);
    auto row = [](const QStringList &cells) -> QString { return u"| "_s + cells.join(u" | "_s) + u" |\n"_s; };
    QString table = u"Sandbox: --seed %1 --latency %2 --bucket %3; startup medians of %4 runs; Qt platform %5.\n\n"_s
                        .arg(seed, QString::number(latencyMs), bucket, runs, platform);
    if (smoke)
        table += u"Smoke run: the targets apply to the full-scale run only.\n\n"_s;
    table += row({u"Scenario"_s, u"Measure"_s, u"BI Workspace"_s, u"Baseline"_s, u"Ratio / value"_s,
                  u"Target"_s, u"Verdict"_s});
    table += row({u"---"_s, u"---"_s, u"---:"_s, u"---:"_s, u"---:"_s, u"---"_s, u"---"_s});
    table += row({u"1. Whole tree"_s, u"HTTP requests"_s, text(f.modelRequests, 0), text(f.baselineRequests, 0),
                  text(f.requestsRatio, 1) + u"×"_s, u"≥ 20×"_s,
                  verdict(f.requestsRatio, f.requestsRatio && *f.requestsRatio >= 20)});
    table += row({u"1. Whole tree"_s, u"Wall time, s"_s, text(f.modelSeconds, 2), text(f.baselineSeconds, 2),
                  text(f.timeRatio, 1) + u"×"_s, u"≥ 10×"_s,
                  verdict(f.timeRatio, f.timeRatio && *f.timeRatio >= 10)});
    table += row({u"1. Whole tree"_s, u"503s seen (model: transport waits)"_s, QString::number(model.rateLimitedReplies),
                  text(f.baseline503, 0), u"—"_s, u"—"_s, u"—"_s});
    table += row({u"1. Whole tree"_s, u"Throttling errors surfaced"_s, text(f.throttled, 0), u"—"_s,
                  text(f.throttled, 0), u"0"_s, verdict(f.throttled, f.throttled && *f.throttled == 0)});
    table += row({u"2. Cold start to first window"_s, u"Median, ms (bare Qt window as baseline)"_s, text(f.appMs, 1),
                  text(f.bareMs, 1), text(f.startupRatio, 2) + u"×"_s, u"≤ 1.5×"_s,
                  verdict(f.startupRatio, f.startupRatio && *f.startupRatio <= 1.5)});
    table += row({u"3. Memory"_s, u"RSS, MB (after 1 vs bare window)"_s, text(f.modelRssMb, 1), text(f.bareRssMb, 1),
                  u"+"_s + text(f.rssDeltaMb, 1) + u" MB"_s, u"—"_s, u"—"_s});
    table += row({u"4. GUI thread during 1"_s, u"Longest stall (5 ms heartbeat), ms"_s, text(f.stallMs, 0), u"—"_s,
                  text(f.stallMs, 0), u"≤ 50"_s, verdict(f.stallMs, f.stallMs && *f.stallMs <= 50)});
    table += row({u"5. Toggle 1 000 fields, Apply"_s, u"HTTP requests"_s, text(f.toggleRequests, 0), u"—"_s,
                  text(f.toggleRequests, 0), u"1"_s, verdict(f.toggleRequests, f.toggleRequests && *f.toggleRequests == 1)});
    if (model.ok)
        table += u"\nTree loaded: %1 connectors, %2 sources, %3 datasets (baseline listed %4 items). The longest "
                 "stall ended %5 ms after the portal was opened (loading took %6 ms); the GUI thread used %7 ms "
                 "of CPU in it.\n"_s.arg(QString::number(model.connectors), QString::number(model.sources),
                                         QString::number(model.datasets), QString::number(baseline.items),
                                         QString::number(model.stallEndMs), QString::number(model.wallMs),
                                         QString::number(model.stallCpuMs, 'f', 1));
    return table;
}

QString BenchReport::resultLine() const
{
    const Figures f = figuresOf(*this);
    return u"RESULT requests_ratio=%1 time_ratio=%2 throttled=%3 startup_ratio=%4 rss_delta_mb=%5 stall_ms=%6 "
           "toggle_requests=%7"_s.arg(text(f.requestsRatio, 1), text(f.timeRatio, 1), text(f.throttled, 0),
                                      text(f.startupRatio, 2), text(f.rssDeltaMb, 1), text(f.stallMs, 0),
                                      text(f.toggleRequests, 0));
}
