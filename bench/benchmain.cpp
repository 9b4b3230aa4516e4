// biworkspace-bench: the performance bars of PRODUCT.md measured against the sandbox, printed as a
// Markdown table and one RESULT line. Run through scripts/bench (Release build); --smoke is the
// small CI run.
#include "bench/benchlogging.h"
#include "bench/benchreport.h"
#include "bench/benchwait.h"
#include "bench/sandboxprocess.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

struct BenchOptions
{
    bool smoke = false;
    QString seed = u"scale:20/500/10000"_s;
    int latencyMs = 50;
    QString bucket = u"50/2"_s;
    int startupRuns = 7;
    QString sandbox = QStringLiteral(BIW_BENCH_SANDBOX);
    QString app = QStringLiteral(BIW_BENCH_APP);
    QString bareWindow = QStringLiteral(BIW_BENCH_BARE_WINDOW);
    QStringList only; // scenario groups to run; empty = all
    bool runs(const QString &group) const { return only.isEmpty() || only.contains(group); }
};

constexpr int SandboxStartMs = 180'000;
constexpr int TreeLoadTimeoutMs = 300'000;
constexpr int BaselineTimeoutMs = 1'800'000;
constexpr int StartupTimeoutMs = 60'000;
constexpr int ApiTimeoutMs = 60'000;
const QString ToggleSeed = u"scale:1/1/1"_s;

void say(const QString &line)
{
    std::fprintf(stdout, "%s\n", qPrintable(line));
    std::fflush(stdout);
}

BenchOptions parseOptions(const QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"BI Workspace benchmark: whole-tree load, startup, memory, stalls, "
                                     "field toggles — against page-by-page loading and a bare Qt window."_s);
    parser.addHelpOption();
    const QCommandLineOption smoke(u"smoke"_s, u"Small and quick (CI): scale:3/20/200, 5 ms latency, 2 runs."_s);
    const QCommandLineOption seed(u"seed"_s, u"Sandbox seed (default scale:20/500/10000)."_s, u"seed"_s);
    const QCommandLineOption latency(u"latency"_s, u"Sandbox latency per request, ms (default 50)."_s, u"ms"_s);
    const QCommandLineOption bucket(u"bucket"_s, u"Sandbox request bucket BURST/RATE (default 50/2)."_s, u"b/r"_s);
    const QCommandLineOption runs(u"runs"_s, u"Startup runs per program (default 7)."_s, u"n"_s);
    const QCommandLineOption sandbox(u"sandbox"_s, u"Path of biworkspace-sandbox."_s, u"path"_s);
    const QCommandLineOption appPath(u"app"_s, u"Path of biworkspace."_s, u"path"_s);
    const QCommandLineOption bare(u"bare-window"_s, u"Path of biworkspace-bench-barewindow."_s, u"path"_s);
    const QCommandLineOption only(u"only"_s, u"Run only these, comma-separated: tree, baseline, startup, toggle."_s,
                                  u"list"_s);
    parser.addOptions({smoke, seed, latency, bucket, runs, sandbox, appPath, bare, only});
    parser.process(app);

    BenchOptions options;
    options.smoke = parser.isSet(smoke);
    if (options.smoke) {
        options.seed = u"scale:3/20/200"_s;
        options.latencyMs = 5;
        options.startupRuns = 2;
    }
    options.seed = parser.value(seed).isEmpty() ? options.seed : parser.value(seed);
    options.latencyMs = parser.isSet(latency) ? parser.value(latency).toInt() : options.latencyMs;
    options.bucket = parser.value(bucket).isEmpty() ? options.bucket : parser.value(bucket);
    options.startupRuns = parser.isSet(runs) ? qMax(1, parser.value(runs).toInt()) : options.startupRuns;
    options.sandbox = parser.value(sandbox).isEmpty() ? options.sandbox : parser.value(sandbox);
    options.app = parser.value(appPath).isEmpty() ? options.app : parser.value(appPath);
    options.bareWindow = parser.value(bare).isEmpty() ? options.bareWindow : parser.value(bare);
    options.only = parser.value(only).split(u',', Qt::SkipEmptyParts);
    return options;
}

// "scale:C/S/D" → C + S + D objects; -1 for other seeds.
qint64 seededObjects(const QString &seed, QList<int> *counts)
{
    if (!seed.startsWith(u"scale:"_s))
        return -1;
    qint64 total = 0;
    for (const QString &part : seed.mid(6).split(u'/')) {
        counts->append(part.toInt());
        total += counts->constLast();
    }
    return counts->size() == 3 ? total : -1;
}

// A fresh sandbox for one scenario; null (and the reason in the report) when it did not start.
std::unique_ptr<SandboxProcess> startSandbox(const BenchOptions &options, const QString &seed, const QString &scenario,
                                             BenchReport *report)
{
    auto sandbox = std::make_unique<SandboxProcess>(options.sandbox);
    QString error;
    if (sandbox->start(SandboxProcess::arguments(seed, options.latencyMs, options.bucket), SandboxStartMs, &error))
        return sandbox;
    report->errors.append(scenario + u": "_s + error);
    return nullptr;
}

void runTreeLoad(const BenchOptions &options, BenchReport *report)
{
    say(u"- scenario 1: hierarchy model, load everything …"_s);
    const auto sandbox = startSandbox(options, options.seed, u"scenario 1 (model)"_s, report);
    if (!sandbox)
        return;
    report->model = TreeLoadBench::run(*sandbox, TreeLoadTimeoutMs);
    QList<int> counts;
    if (report->model.ok && seededObjects(options.seed, &counts) >= 0
        && QList<int>{report->model.connectors, report->model.sources, report->model.datasets} != counts) {
        report->model.ok = false;
        report->model.error = u"the tree has %1/%2/%3 nodes, the seed %4"_s.arg(report->model.connectors)
                                  .arg(report->model.sources)
                                  .arg(report->model.datasets)
                                  .arg(options.seed);
    }
    if (!report->model.ok)
        report->errors.append(u"scenario 1 (model): "_s + report->model.error);
}

void runBaseline(const BenchOptions &options, BenchReport *report)
{
    say(u"- scenario 1: page-by-page baseline (minutes at full scale) …"_s);
    const auto sandbox = startSandbox(options, options.seed, u"scenario 1 (baseline)"_s, report);
    if (!sandbox)
        return;
    PageByPageLister lister(sandbox->endpoints().rest, sandbox->endpoints().accessToken);
    const QStringList methods{u"biconnector.connector.list"_s, u"biconnector.source.list"_s,
                              u"biconnector.dataset.list"_s};
    if (!BenchWait::forSignal(&lister, &PageByPageLister::finished, BaselineTimeoutMs,
                              [&] { lister.start(methods); }))
        report->baseline.error = u"did not finish in time"_s;
    else
        report->baseline = lister.result();
    QList<int> counts;
    const qint64 expected = seededObjects(options.seed, &counts);
    if (report->baseline.error.isEmpty() && expected >= 0 && report->baseline.items != expected)
        report->baseline.error = u"listed %1 items, the seed has %2"_s.arg(report->baseline.items).arg(expected);
    if (!report->baseline.error.isEmpty())
        report->errors.append(u"scenario 1 (baseline): "_s + report->baseline.error);
}

void runStartup(const BenchOptions &options, const QProcessEnvironment &environment, BenchReport *report)
{
    say(u"- scenarios 2 and 3: cold start to first window, %1 runs each …"_s.arg(options.startupRuns));
    const StartupBench bench(environment);
    const QList<StartupBench::Samples> samples = bench.run(
        {{u"biworkspace"_s, options.app, {}}, {u"bare window"_s, options.bareWindow, {}}}, options.startupRuns,
        StartupTimeoutMs);
    report->app = samples.at(0);
    report->bare = samples.at(1);
    for (const StartupBench::Samples &program : samples) {
        if (!program.error.isEmpty())
            report->errors.append(u"scenario 2: "_s + program.error);
    }
}

void runToggle(const BenchOptions &options, BenchReport *report)
{
    say(u"- scenario 5: toggle %1 fields, Apply …"_s.arg(ToggleBench::FieldCount));
    const auto sandbox = startSandbox(options, ToggleSeed, u"scenario 5"_s, report);
    if (!sandbox)
        return;
    report->toggle = ToggleBench::run(*sandbox, ApiTimeoutMs);
    if (!report->toggle.ok)
        report->errors.append(u"scenario 5: "_s + report->toggle.error);
}

// Settings, caches and keychain lookups of the bench and of the programs it starts go to a
// throw-away home; the Qt platform is the display when there is one, else offscreen.
void isolateEnvironment(const QTemporaryDir &home)
{
    for (const char *variable : {"HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME"})
        qputenv(variable, QFile::encodeName(home.filePath(QString::fromLatin1(variable))));
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
}

} // namespace

int main(int argc, char *argv[])
{
    const QTemporaryDir home;
    isolateEnvironment(home);
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"biworkspace-bench"_s);
    const BenchOptions options = parseOptions(app);

    BenchReport report;
    report.seed = options.seed;
    report.latencyMs = options.latencyMs;
    report.bucket = options.bucket;
    report.startupRuns = options.startupRuns;
    report.platform = QGuiApplication::platformName();
    report.smoke = options.smoke;

    if (options.runs(u"tree"_s))
        runTreeLoad(options, &report); // first: its RSS is read before anything else ran in this process
    if (options.runs(u"baseline"_s))
        runBaseline(options, &report);
    if (options.runs(u"startup"_s))
        runStartup(options, QProcessEnvironment::systemEnvironment(), &report);
    if (options.runs(u"toggle"_s))
        runToggle(options, &report);

    say(QString());
    say(report.markdownTable());
    for (const QString &error : std::as_const(report.errors))
        say(u"BENCH ERROR "_s + error);
    say(report.resultLine());
    return report.errors.isEmpty() ? 0 : 1;
}
