#include "models/operations/cascadedelete.h"

#include <algorithm>

#include "models/connectors/connectorusage.h"
#include "models/modelslogging.h"
#include "models/operations/connectoroperations.h"
#include "models/operations/datasetoperations.h"
#include "models/operations/sourceoperations.h"

CascadeDelete::CascadeDelete(const BiconnectorApi &api, PortalCatalog *catalog, const Source &source,
                             const QList<Dataset> &datasets, QObject *parent)
    : PortalOperation(api, catalog, parent)
{
    appendSource(source, datasets, source.connectorId);
    result().verb = Verb::Delete;
    result().kind = NodeKind::Source;
    result().id = source.id;
    result().label = source.title;
    result().source = source;
}

namespace {

QList<Dataset> tablesWithIds(const QList<qint64> &ids)
{
    QList<Dataset> tables;
    for (const qint64 id : ids) {
        Dataset table;
        table.id = id;
        tables.append(table);
    }
    return tables;
}

} // namespace

CascadeDelete::CascadeDelete(const BiconnectorApi &api, PortalCatalog *catalog, const Source &source,
                             const QList<qint64> &tableIds, QObject *parent)
    : CascadeDelete(api, catalog, source, tablesWithIds(tableIds), parent)
{
}

CascadeDelete::CascadeDelete(const BiconnectorApi &api, PortalCatalog *catalog, const ConnectorUsage &usage,
                             const QString &connectorTitle, QObject *parent)
    : PortalOperation(api, catalog, parent)
{
    for (const Source &source : usage.sources)
        appendSource(source, usage.datasetsOf(source.id), usage.connectorId);
    m_steps.append({NodeKind::Connector, usage.connectorId, 0, connectorTitle});
    result().verb = Verb::Delete;
    result().kind = NodeKind::Connector;
    result().id = usage.connectorId;
    result().label = connectorTitle;
    result().connector.id = usage.connectorId;
    result().connector.title = connectorTitle;
}

void CascadeDelete::appendSource(const Source &source, const QList<Dataset> &datasets, qint64 connectorId)
{
    for (const Dataset &dataset : datasets)
        m_steps.append({NodeKind::Dataset, dataset.id, source.id, dataset.name});
    m_steps.append({NodeKind::Source, source.id, connectorId, source.title});
}

void CascadeDelete::prepare()
{
    const bool tables = std::any_of(m_steps.cbegin(), m_steps.cend(),
                                    [](const Step &step) { return step.kind == NodeKind::Dataset; });
    if (!tables)
        return send();
    const auto probe = api().probeTableMethods();
    if (!track(probe.handle()))
        return;
    probe.onFinished(this, [this](const ::Outcome<bool> &outcome) {
        if (!outcome.ok() && !cancelRequested()) {
            m_failed = 0; // the first step could not start
            return fail(outcome.error);
        }
        m_tableMethods = outcome.value;
        send();
    });
}

void CascadeDelete::sendWrite()
{
    runNext();
}

PortalOperation *CascadeDelete::operationFor(const Step &step)
{
    switch (step.kind) {
    case NodeKind::Dataset: {
        auto *remove = new DatasetDelete(api(), catalog(), step.id, step.label, this);
        remove->setTableMethods(m_tableMethods);
        return remove;
    }
    case NodeKind::Source:
        return new SourceDelete(api(), catalog(), step.id, step.label, this);
    default:
        return new ConnectorDelete(api(), catalog(), step.id, step.label, this);
    }
}

void CascadeDelete::runNext()
{
    if (isFinished())
        return;
    if (m_next >= m_steps.size())
        return finishApplied();
    if (cancelRequested())
        return finishWith(Outcome::Canceled, ApiError::canceled(QString()));
    const Step &step = m_steps.at(m_next);
    qCInfo(lcModels) << "cascade delete step" << m_next + 1 << "of" << m_steps.size() << int(step.kind)
                     << step.id;
    emit stepStarted(m_next, step);
    emit progress(m_next, int(m_steps.size()), describe(step));
    PortalOperation *operation = operationFor(step);
    m_running = operation;
    connect(operation, &PortalOperation::finished, this, &CascadeDelete::onStepFinished);
    operation->start();
}

void CascadeDelete::onStepFinished(const PortalOperation::Result &stepResult)
{
    if (m_running)
        m_running->deleteLater();
    m_running.clear();
    // Any step settled by reading back makes the cascade's outcome one that was read back.
    result().settledByReadBack = result().settledByReadBack || stepResult.settledByReadBack;
    if (!stepResult.applied()) {
        m_failed = m_next;
        const Step &step = m_steps.at(m_next);
        result().kind = step.kind;
        result().id = step.id;
        result().label = step.label;
        return finishWith(stepResult.outcome, stepResult.error);
    }
    emit stepDone(m_next, m_steps.at(m_next));
    ++m_next;
    emit progress(m_next, int(m_steps.size()), QString());
    runNext();
}

void CascadeDelete::readBack()
{
    settle(false); // never reached: each step settles its own lost reply
}

void CascadeDelete::updateCatalog(PortalCatalog &) const
{
    // Each step taught the catalog already.
}

void CascadeDelete::cancelAfterSend()
{
    // Stop before the next step; the running delete finishes so its outcome is known.
}
