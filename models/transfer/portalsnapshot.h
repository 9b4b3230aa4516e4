#pragma once

#include "api/transport/apierror.h"
#include "api/entities/entities.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>

class ApiCall;
class RestClient;

// Every connector, source and dataset of the portal (what the app may see), as lists; datasets
// carry their columns when they were read. Sources carry their setting values: keep a snapshot
// no longer than needed.
struct PortalSnapshot
{
    QList<Connector> connectors;
    QList<Source> sources;
    QList<Dataset> datasets;
};

// Reads a PortalSnapshot with few requests: the three lists in one event-loop turn (the client
// sends their pages as one batch), then dataset.get for the datasets `needsColumns` picks from the
// listed snapshot (called once; a null selection reads every dataset's columns)
// (coalesced into batches of 50). finished() comes exactly once; cancel() ends the read at once.
class PortalSnapshotReader : public QObject
{
    Q_OBJECT
public:
    // The ids of the datasets whose columns are read.
    using ColumnFilter = std::function<QSet<qint64>(const PortalSnapshot &snapshot)>;

    explicit PortalSnapshotReader(RestClient *client, QObject *parent = nullptr);

    void start(ColumnFilter needsColumns);
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void progress(int done, int total);
    // `error` is Canceled after cancel().
    void finished(const PortalSnapshot &snapshot, const ApiError &error);

private:
    void listed(const ApiError &error);
    void readColumns();
    void step(const ApiError &error);
    void finish(const ApiError &error);

    QPointer<RestClient> m_client;
    ColumnFilter m_needsColumns;
    PortalSnapshot m_snapshot;
    QList<QPointer<ApiCall>> m_calls;
    ApiError m_error;
    int m_pending = 0;
    int m_done = 0;
    int m_total = 0;
    bool m_listing = false;
    bool m_running = false;
};
