#pragma once

#include "api/transport/calloptions.h"
#include "api/entities/entities.h"
#include "api/transport/typedcall.h"

#include <QJsonObject>
#include <QPointer>
#include <QStringList>

class RestClient;

// Filter, order and select of a biconnector *.list call (portal-behavior.md §2.3). Keys are the
// camelCase field titles; filter keys may carry an operator prefix (">=id", "%title").
struct ListQuery
{
    QJsonObject filter;
    QJsonObject order;     // {"id": "ASC"}
    QStringList select;    // empty = every field; avoid explicit date fields on source/dataset lists
    int page = 0;          // one page (1-based) for the single-page list calls; ignored by listAll*

    QJsonObject toParams() const;
};

// Typed calls for every biconnector method of the seeds: connector, source and dataset
// add/update/get/list/delete/fields, plus dataset.fields.update. Results arrive decoded into the
// entity types of api/entities/entities.h. Reads share batches with everything else issued in the same
// event-loop turn (RestClient). Writes go out alone and are never resent after a lost reply.
class BiconnectorApi
{
public:
    explicit BiconnectorApi(RestClient *client);

    // Portals since 26.250 also serve the dataset methods as biconnector.table.* (the dataset.*
    // names are deprecated there, and dataset.add/delete also touch Superset). Off by default.
    void setUseTableMethods(bool useTable) { m_useTableMethods = useTable; }
    bool usesTableMethods() const { return m_useTableMethods; }
    // True when the portal knows biconnector.table.fields (false on a 404 ERROR_METHOD_NOT_FOUND).
    TypedCall<bool> probeTableMethods() const;

    TypedCall<qint64> addConnector(const Connector &connector) const;
    TypedCall<bool> updateConnector(qint64 id, const QJsonObject &fields) const;
    TypedCall<bool> updateConnector(const Connector &edited, const Connector &original) const;
    TypedCall<bool> deleteConnector(qint64 id) const;
    TypedCall<Connector> getConnector(qint64 id) const;
    TypedCall<QList<Connector>> listConnectors(const ListQuery &query = ListQuery()) const;
    TypedListCall<Connector> listAllConnectors(const ListQuery &query = ListQuery(),
                                               const ListOptions &options = ListOptions()) const;
    TypedCall<QList<FieldSchemaEntry>> connectorFields() const;

    TypedCall<qint64> addSource(const Source &source) const;
    TypedCall<bool> updateSource(qint64 id, const QJsonObject &fields) const;
    TypedCall<bool> updateSource(const Source &edited, const Source &original) const;
    TypedCall<bool> deleteSource(qint64 id) const;
    TypedCall<Source> getSource(qint64 id) const;
    TypedCall<QList<Source>> listSources(const ListQuery &query = ListQuery()) const;
    TypedListCall<Source> listAllSources(const ListQuery &query = ListQuery(),
                                         const ListOptions &options = ListOptions()) const;
    TypedCall<QList<FieldSchemaEntry>> sourceFields() const;

    TypedCall<qint64> addDataset(const Dataset &dataset) const;
    TypedCall<bool> updateDataset(qint64 id, const QJsonObject &fields) const;
    TypedCall<bool> updateDataset(const Dataset &edited, const Dataset &original) const;
    TypedCall<bool> deleteDataset(qint64 id) const;
    TypedCall<Dataset> getDataset(qint64 id) const;
    TypedCall<QList<Dataset>> listDatasets(const ListQuery &query = ListQuery()) const;
    TypedListCall<Dataset> listAllDatasets(const ListQuery &query = ListQuery(),
                                           const ListOptions &options = ListOptions()) const;
    TypedCall<QList<FieldSchemaEntry>> datasetFields() const;
    TypedCall<bool> updateDatasetFields(qint64 datasetId, const DatasetFieldsChange &change) const;

    // "biconnector.connector.add" etc.; dataset methods honour setUseTableMethods().
    QString methodName(const QString &entity, const QString &verb) const;

private:
    TypedCall<qint64> add(const QString &entity, const QJsonObject &fields) const;
    TypedCall<bool> update(const QString &entity, qint64 id, const QJsonObject &fields) const;
    TypedCall<bool> remove(const QString &entity, qint64 id) const;
    template <typename T>
    TypedCall<T> get(const QString &entity, qint64 id, T (*parse)(const QJsonObject &item)) const;
    template <typename T>
    TypedCall<QList<T>> list(const QString &entity, const ListQuery &query, T (*parse)(const QJsonObject &item)) const;
    template <typename T>
    TypedListCall<T> listAll(const QString &entity, const ListQuery &query, const ListOptions &options,
                             T (*parse)(const QJsonObject &item)) const;
    TypedCall<QList<FieldSchemaEntry>> fields(const QString &entity) const;
    ApiCall *call(const QString &method, const QJsonObject &params) const;

    QPointer<RestClient> m_client;
    bool m_useTableMethods = false;
};
