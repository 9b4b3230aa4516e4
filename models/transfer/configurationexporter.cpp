#include "models/transfer/configurationexporter.h"

#include "api/transport/restclient.h"
#include "models/modelslogging.h"
#include "models/transfer/portalsnapshot.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace {

QSet<qint64> exportedConnectorIds(const PortalSnapshot &snapshot, const QList<qint64> &chosen)
{
    QSet<qint64> ids;
    for (const Connector &connector : snapshot.connectors) {
        if (chosen.isEmpty() || chosen.contains(connector.id))
            ids.insert(connector.id);
    }
    return ids;
}

} // namespace

ConfigurationExporter::ConfigurationExporter(RestClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_reader(new PortalSnapshotReader(client, this))
{
    connect(m_reader, &PortalSnapshotReader::progress, this, &ConfigurationExporter::progress);
    connect(m_reader, &PortalSnapshotReader::finished, this, &ConfigurationExporter::onRead);
}

bool ConfigurationExporter::isRunning() const
{
    return m_reader->isRunning();
}

void ConfigurationExporter::start(const Options &options)
{
    if (isRunning())
        return;
    m_options = options;
    // Columns only of the datasets that go into the file.
    m_reader->start([chosen = options.connectorIds](const PortalSnapshot &snapshot) {
        const QSet<qint64> connectors = exportedConnectorIds(snapshot, chosen);
        QSet<qint64> sources;
        for (const Source &source : snapshot.sources) {
            if (connectors.contains(source.connectorId))
                sources.insert(source.id);
        }
        QSet<qint64> datasets;
        for (const Dataset &dataset : snapshot.datasets) {
            if (sources.contains(dataset.sourceId))
                datasets.insert(dataset.id);
        }
        return datasets;
    });
}

void ConfigurationExporter::cancel()
{
    m_reader->cancel();
}

ConfigurationDocument ConfigurationExporter::documentFor(const PortalSnapshot &snapshot, const Options &options,
                                                         const QString &portalHost)
{
    ConfigurationDocument document;
    document.exportedAt = QDateTime::currentDateTimeUtc();
    document.sourcePortal = portalHost;
    document.settingValuesIncluded = options.includeSettingValues;
    const QSet<qint64> connectorIds = exportedConnectorIds(snapshot, options.connectorIds);
    for (const Connector &connector : snapshot.connectors) {
        if (!connectorIds.contains(connector.id))
            continue;
        ConfigurationDocument::ConnectorEntry connectorEntry{connector, {}};
        for (const Source &source : snapshot.sources) {
            if (source.connectorId != connector.id)
                continue;
            ConfigurationDocument::SourceEntry sourceEntry{source, {}};
            for (const Dataset &dataset : snapshot.datasets) {
                if (dataset.sourceId == source.id)
                    sourceEntry.datasets.append(dataset);
            }
            connectorEntry.sources.append(sourceEntry);
        }
        document.connectors.append(connectorEntry);
    }
    document.normalize();  // drops ids, dates and (unless opted in) every setting value
    return document;
}

void ConfigurationExporter::onRead(const PortalSnapshot &snapshot, const ApiError &error)
{
    Result result;
    if (error.kind() == ApiError::Kind::Canceled) {
        result.canceled = true;
    } else if (error.isError()) {
        result.error = tr("The configuration could not be read: %1").arg(error.userMessage());
    } else {
        result.document = documentFor(snapshot, m_options, m_client ? m_client->endpoint().host() : QString());
        result.ok = true;
        qCInfo(lcModels) << "configuration exported:" << result.document.connectors.size() << "connectors,"
                         << result.document.sourceCount() << "sources," << result.document.datasetCount()
                         << "datasets; setting values included:" << m_options.includeSettingValues;
    }
    emit finished(result);
}
