#pragma once

// Shared by tst_configurationexport and tst_configurationimport: run the export/plan/apply
// handles to completion against a sandbox, and count the writes a sandbox received.
#include "models/transfer/configurationexporter.h"
#include "models/transfer/importapplier.h"
#include "models/transfer/importplanner.h"

#include "support/sandboxfixture.h"

#include <QSignalSpy>
#include <QTest>

namespace ConfigurationTest {

using namespace Qt::StringLiterals;

// Runs `start(handle)` and waits for the handle's one finished(); returns its argument.
template <typename Handle, typename Result, typename Start>
Result runToEnd(Handle &handle, void (Handle::*finished)(const Result &), Start start)
{
    QSignalSpy spy(&handle, finished);
    start(handle);
    if (spy.isEmpty() && !spy.wait(20000))
        return Result();
    QTest::qWait(0);   // nothing may follow the one finished()
    if (spy.size() != 1)
        qWarning("finished() was emitted %d times", int(spy.size()));
    return spy.first().first().template value<Result>();
}

inline ConfigurationExporter::Result exportConfiguration(RestClient *client,
                                                         const ConfigurationExporter::Options &options = {})
{
    ConfigurationExporter exporter(client);
    return runToEnd(exporter, &ConfigurationExporter::finished,
                    [&](ConfigurationExporter &e) { e.start(options); });
}

inline ImportPlanner::Result plan(RestClient *client, const ConfigurationDocument &document)
{
    ImportPlanner planner(client);
    return runToEnd(planner, &ImportPlanner::finished, [&](ImportPlanner &p) { p.start(document); });
}

inline ImportReport apply(RestClient *client, const ImportPlan &plan, const ImportApplier::SettingValues &values = {})
{
    ImportApplier applier(client);
    return runToEnd(applier, &ImportApplier::finished, [&](ImportApplier &a) { a.start(plan, values); });
}

// Write requests (add/update/delete of any entity) the sandbox received since the last reset.
inline int writeRequests(const SandboxServer &server)
{
    int writes = 0;
    const QHash<QString, int> counts = server.requestCounts();
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) {
        const QString &method = it.key();
        if (method.endsWith(u".add"_s) || method.endsWith(u".update"_s) || method.endsWith(u".delete"_s))
            writes += it.value();
    }
    return writes;
}

} // namespace ConfigurationTest
