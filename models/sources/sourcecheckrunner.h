#pragma once

#include "api/entities/biconnectorapi.h"
#include "api/endpoints/endpointclient.h"
#include "models/catalog/hierarchytypes.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class ApiCall;

// Checks saved sources directly: the connector's urlCheck is called from this computer with the
// source's stored settings, exactly as the portal calls it (ConnectorEndpointClient). Either one
// source (source.get, then connector.get) or every source of a connector (connector.get, then
// source.list filtered by connectorId), at most two checks at a time, with progress and cancel.
// One run per object; create a new runner for the next run. The setting values read from the
// portal stay inside the run: they are sent to the connector only.
class SourceCheckRunner : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxParallelChecks = 2;

    SourceCheckRunner(const BiconnectorApi &api, ConnectorEndpointClient *endpoints, QObject *parent = nullptr);
    ~SourceCheckRunner() override;

    void checkSource(qint64 sourceId);
    void checkConnector(qint64 connectorId);
    // Stops the run: pending reads and checks are canceled; finished(true, {}) follows at once.
    void cancel();

    bool isRunning() const { return m_running; }
    int total() const { return int(m_sources.size()); }
    int completed() const { return m_completed; }

signals:
    // The sources about to be checked (after the reads), e.g. to show "checking" badges.
    void queued(const QList<qint64> &sourceIds);
    void sourceChecked(qint64 sourceId, const CheckStatus &status, const EndpointResult &result);
    void progress(int completed, int total);
    // `error` (translated) when the reads failed; empty after a complete or canceled run.
    void finished(bool canceled, const QString &error);

private:
    void begin();
    void readConnector(qint64 connectorId, std::function<void(const Connector &)> then);
    void runChecks(const Connector &connector, const QList<Source> &sources);
    void startNextChecks();
    void finish(bool canceled, const QString &error);

    BiconnectorApi m_api;
    QPointer<ConnectorEndpointClient> m_endpoints;
    QPointer<ApiCall> m_read;
    QList<QPointer<EndpointCall>> m_checks;
    Connector m_connector;
    QList<Source> m_sources;
    int m_next = 0;
    int m_inFlight = 0;
    int m_completed = 0;
    bool m_running = false;
};
