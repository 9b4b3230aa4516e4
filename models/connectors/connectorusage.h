#pragma once

#include "api/transport/apierror.h"
#include "api/entities/entities.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

class ListCall;
class RestClient;

// What depends on one connector: its sources (with their stored settings) and, optionally, each
// source's datasets. The portal refuses to delete a connector with sources
// (CONNECTOR_DELETE_RESTRICTED) and a source with datasets (BX_ERROR), and discards stored
// setting values whose code the connector no longer declares.
struct ConnectorUsage
{
    qint64 connectorId = 0;
    QList<Source> sources;
    QHash<qint64, QList<Dataset>> datasetsBySource; // empty unless datasets were loaded

    bool hasSources() const { return !sources.isEmpty(); }
    int datasetCount() const;
    QList<Dataset> datasetsOf(qint64 sourceId) const { return datasetsBySource.value(sourceId); }

    // The sources that store a value for any of `codes`, each with the codes it uses.
    struct SourceCodes
    {
        Source source;
        QStringList codes;
    };
    QList<SourceCodes> sourcesUsingCodes(const QStringList &codes) const;
};

// Loads a ConnectorUsage: source.list filtered by connectorId, then (optionally) dataset.list
// filtered by each sourceId, all in as few batched requests as the client makes of them.
// Emits finished() exactly once (also after cancel(), with a Canceled error).
class ConnectorUsageLoader : public QObject
{
    Q_OBJECT
public:
    enum class Depth { SourcesOnly, WithDatasets };

    ConnectorUsageLoader(RestClient *client, qint64 connectorId, Depth depth, QObject *parent = nullptr);
    ~ConnectorUsageLoader() override;

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    const ConnectorUsage &usage() const { return m_usage; }

signals:
    void finished(const ConnectorUsage &usage, const ApiError &error);

private:
    void onSources(const QList<Source> &sources, const ApiError &error);
    void onDatasets(qint64 sourceId, const QList<Dataset> &datasets, const ApiError &error);
    void finish(const ApiError &error);

    QPointer<RestClient> m_client;
    Depth m_depth;
    ConnectorUsage m_usage;
    QList<QPointer<ListCall>> m_calls;
    int m_pending = 0;
    ApiError m_firstError;
    bool m_running = false;
};
