#pragma once

#include "models/transfer/configurationdocument.h"

#include <QList>
#include <QObject>
#include <QPointer>

class ApiError;
class PortalSnapshotReader;
class RestClient;
struct PortalSnapshot;

// Reads the connectors to export with their sources, datasets and columns into a
// ConfigurationDocument (PortalSnapshotReader: one batched round of lists, then the datasets'
// columns in batches). Setting values are dropped from the document unless the export opted in.
// start() once; finished() comes exactly once.
class ConfigurationExporter : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QList<qint64> connectorIds;       // empty = every connector
        bool includeSettingValues = false;
    };

    struct Result
    {
        bool ok = false;
        bool canceled = false;
        ConfigurationDocument document;   // when ok
        QString error;                    // translated, when neither ok nor canceled
    };

    explicit ConfigurationExporter(RestClient *client, QObject *parent = nullptr);

    void start(const Options &options);
    // Stops the reads; finished(canceled) follows at once.
    void cancel();
    bool isRunning() const;

    // The document for `snapshot` (no network): the chosen connectors, their sources and datasets.
    static ConfigurationDocument documentFor(const PortalSnapshot &snapshot, const Options &options,
                                             const QString &portalHost);

signals:
    void progress(int done, int total);
    void finished(const ConfigurationExporter::Result &result);

private:
    void onRead(const PortalSnapshot &snapshot, const ApiError &error);

    QPointer<RestClient> m_client;
    PortalSnapshotReader *m_reader;
    Options m_options;
};

Q_DECLARE_METATYPE(ConfigurationExporter::Result)
