#include "models/operations/connectordeletion.h"

#include "api/entities/biconnectorapi.h"
#include "api/transport/restclient.h"
#include "models/connectors/connectorlogging.h"

#include <QCoreApplication>
#include <QTimer>

using namespace Qt::StringLiterals;

ConnectorDeletion::ConnectorDeletion(RestClient *client, const ConnectorUsage &usage, const QString &connectorTitle,
                                     QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    for (const Source &source : usage.sources) {
        for (const Dataset &dataset : usage.datasetsOf(source.id))
            m_steps.append({NodeKind::Dataset, dataset.id, source.id, dataset.name});
        m_steps.append({NodeKind::Source, source.id, usage.connectorId, source.title});
    }
    m_steps.append({NodeKind::Connector, usage.connectorId, 0, connectorTitle});
}

QString ConnectorDeletion::describe(const Step &step)
{
    switch (step.kind) {
    case NodeKind::Dataset:
        return QCoreApplication::translate("ConnectorDeletion", "dataset “%1”").arg(step.label);
    case NodeKind::Source:
        return QCoreApplication::translate("ConnectorDeletion", "source “%1”").arg(step.label);
    default:
        return QCoreApplication::translate("ConnectorDeletion", "connector “%1”").arg(step.label);
    }
}

void ConnectorDeletion::start()
{
    if (m_running || m_next > 0)
        return;
    m_running = true;
    // Asynchronous like every other outcome, even when canceled at once.
    QTimer::singleShot(0, this, &ConnectorDeletion::runNext);
}

void ConnectorDeletion::cancel()
{
    m_cancelRequested = true;
}

void ConnectorDeletion::runNext()
{
    if (!m_running)
        return;
    if (m_next >= m_steps.size()) {
        m_running = false;
        emit finished(Outcome::Completed, {}, -1);
        return;
    }
    if (m_cancelRequested) {
        m_running = false;
        emit finished(Outcome::Canceled, ApiError::canceled(QString()), -1);
        return;
    }
    const Step &step = m_steps.at(m_next);
    emit stepStarted(m_next, step);
    qCInfo(lcConnectors) << "cascade delete step" << m_next + 1 << "of" << m_steps.size() << int(step.kind) << step.id;
    const BiconnectorApi api(m_client);
    const auto call = step.kind == NodeKind::Dataset ? api.deleteDataset(step.id)
                      : step.kind == NodeKind::Source ? api.deleteSource(step.id)
                                                      : api.deleteConnector(step.id);
    call.onFinished(this, [this](const ::Outcome<bool> &outcome) { onDeleted(outcome.error); });
}

void ConnectorDeletion::onDeleted(const ApiError &error)
{
    if (error.kind() == ApiError::Kind::Ambiguous)
        return settleAmbiguous(error);
    if (error.isError())
        return fail(error);
    emit stepDone(m_next, m_steps.at(m_next));
    ++m_next;
    runNext();
}

void ConnectorDeletion::settleAmbiguous(const ApiError &lost)
{
    const Step &step = m_steps.at(m_next);
    const BiconnectorApi api(m_client);
    auto settle = [this, lost](const ApiError &error) {
        if (error.kind() == ApiError::Kind::NotFound)
            onDeleted({});  // it is gone: the delete went through
        else
            fail(error.isError() ? error : lost);  // still there (or unknown): report the lost reply
    };
    if (step.kind == NodeKind::Dataset)
        api.getDataset(step.id).onFinished(this, [settle](const ::Outcome<Dataset> &o) { settle(o.error); });
    else if (step.kind == NodeKind::Source)
        api.getSource(step.id).onFinished(this, [settle](const ::Outcome<Source> &o) { settle(o.error); });
    else
        api.getConnector(step.id).onFinished(this, [settle](const ::Outcome<Connector> &o) { settle(o.error); });
}

void ConnectorDeletion::fail(const ApiError &error)
{
    m_running = false;
    emit finished(Outcome::Failed, error, m_next);
}
