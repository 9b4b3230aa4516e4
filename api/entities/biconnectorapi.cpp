#include "api/entities/biconnectorapi.h"

#include "api/entities/entityjson.h"
#include "api/transport/restclient.h"

#include <QJsonArray>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

const QString ConnectorEntity = u"connector"_s;
const QString SourceEntity = u"source"_s;
const QString DatasetEntity = u"dataset"_s;

std::optional<qint64> decodeId(const QJsonValue &result)
{
    const qint64 id = EntityJson::toId(result.toObject().value(u"id"_s));
    return id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

std::optional<bool> decodeTrue(const QJsonValue &result)
{
    return result.isBool() ? std::optional<bool>(result.toBool()) : std::nullopt;
}

std::optional<QList<FieldSchemaEntry>> decodeSchema(const QJsonValue &result)
{
    if (!result.toObject().value(u"fields"_s).isArray())
        return std::nullopt;
    return FieldSchemaEntry::listFromFieldsResult(result.toObject());
}

} // namespace

ApiError TypedCallDetail::unexpectedShape(const QString &method)
{
    return ApiError(ApiError::Kind::Protocol, u"UNEXPECTED_RESULT"_s,
                    u"The method's result does not have the documented shape."_s, 200, method);
}

QJsonObject ListQuery::toParams() const
{
    QJsonObject params;
    if (!filter.isEmpty())
        params.insert(u"filter"_s, filter);
    if (!order.isEmpty())
        params.insert(u"order"_s, order);
    if (!select.isEmpty())
        params.insert(u"select"_s, QJsonArray::fromStringList(select));
    if (page > 0)
        params.insert(u"page"_s, page);
    return params;
}

BiconnectorApi::BiconnectorApi(RestClient *client) : m_client(client) { }

QString BiconnectorApi::methodName(const QString &entity, const QString &verb) const
{
    const QString name = (entity == DatasetEntity && m_useTableMethods) ? u"table"_s : entity;
    return u"biconnector."_s + name + u'.' + verb;
}

ApiCall *BiconnectorApi::call(const QString &method, const QJsonObject &params) const
{
    if (m_client)
        return m_client->call(method, params);
    // The client is gone: hand back a call that reports Canceled, like every other dead end.
    auto *orphan = new PendingApiCall(method);
    QTimer::singleShot(0, orphan, [orphan] { orphan->cancel(); });
    return orphan;
}

TypedCall<qint64> BiconnectorApi::add(const QString &entity, const QJsonObject &fields) const
{
    return {call(methodName(entity, u"add"_s), {{u"fields"_s, fields}}), decodeId};
}

TypedCall<bool> BiconnectorApi::update(const QString &entity, qint64 id, const QJsonObject &fields) const
{
    return {call(methodName(entity, u"update"_s), {{u"id"_s, id}, {u"fields"_s, fields}}), decodeTrue};
}

TypedCall<bool> BiconnectorApi::remove(const QString &entity, qint64 id) const
{
    return {call(methodName(entity, u"delete"_s), {{u"id"_s, id}}), decodeTrue};
}

template <typename T>
TypedCall<T> BiconnectorApi::get(const QString &entity, qint64 id, T (*parse)(const QJsonObject &item)) const
{
    return {call(methodName(entity, u"get"_s), {{u"id"_s, id}}), [parse](const QJsonValue &result) -> std::optional<T> {
                const QJsonValue item = result.toObject().value(u"item"_s);
                if (!item.isObject())
                    return std::nullopt;
                return parse(item.toObject());
            }};
}

template <typename T>
TypedCall<QList<T>> BiconnectorApi::list(const QString &entity, const ListQuery &query,
                                         T (*parse)(const QJsonObject &item)) const
{
    return {call(methodName(entity, u"list"_s), query.toParams()),
            [parse](const QJsonValue &result) -> std::optional<QList<T>> {
                if (!result.isArray())
                    return std::nullopt;
                return entitiesFromJson(result.toArray(), parse);
            }};
}

template <typename T>
TypedListCall<T> BiconnectorApi::listAll(const QString &entity, const ListQuery &query, const ListOptions &options,
                                         T (*parse)(const QJsonObject &item)) const
{
    QJsonObject params = query.toParams();
    params.remove(u"page"_s);
    ListCall *listCall = m_client ? m_client->listAll(methodName(entity, u"list"_s), params, options) : nullptr;
    return {listCall, parse};
}

TypedCall<QList<FieldSchemaEntry>> BiconnectorApi::fields(const QString &entity) const
{
    return {call(methodName(entity, u"fields"_s), {}), decodeSchema};
}

TypedCall<bool> BiconnectorApi::probeTableMethods() const
{
    const QString method = u"biconnector.table.fields"_s;
    auto *probe = new PendingApiCall(method, m_client.data());
    QPointer<ApiCall> inner = call(method, {});
    probe->setAbortHandler([inner] {
        if (inner)
            inner->cancel();
    });
    inner->onFinished(probe, [probe](const ApiResult &result) {
        if (result.ok())
            probe->resolve(ApiResult::success(true));
        else if (result.error.code() == u"ERROR_METHOD_NOT_FOUND"_s)
            probe->resolve(ApiResult::success(false));
        else
            probe->resolve(result);
    });
    return {probe, decodeTrue};
}

TypedCall<qint64> BiconnectorApi::addConnector(const Connector &connector) const
{
    return add(ConnectorEntity, connector.toAddFields());
}

TypedCall<bool> BiconnectorApi::updateConnector(qint64 id, const QJsonObject &fields) const
{
    return update(ConnectorEntity, id, fields);
}

TypedCall<bool> BiconnectorApi::updateConnector(const Connector &edited, const Connector &original) const
{
    return update(ConnectorEntity, original.id, edited.toUpdateFields(original));
}

TypedCall<bool> BiconnectorApi::deleteConnector(qint64 id) const
{
    return remove(ConnectorEntity, id);
}

TypedCall<Connector> BiconnectorApi::getConnector(qint64 id) const
{
    return get(ConnectorEntity, id, &Connector::fromJson);
}

TypedCall<QList<Connector>> BiconnectorApi::listConnectors(const ListQuery &query) const
{
    return list(ConnectorEntity, query, &Connector::fromJson);
}

TypedListCall<Connector> BiconnectorApi::listAllConnectors(const ListQuery &query, const ListOptions &options) const
{
    return listAll(ConnectorEntity, query, options, &Connector::fromJson);
}

TypedCall<QList<FieldSchemaEntry>> BiconnectorApi::connectorFields() const
{
    return fields(ConnectorEntity);
}

TypedCall<qint64> BiconnectorApi::addSource(const Source &source) const
{
    return add(SourceEntity, source.toAddFields());
}

TypedCall<bool> BiconnectorApi::updateSource(qint64 id, const QJsonObject &fields) const
{
    return update(SourceEntity, id, fields);
}

TypedCall<bool> BiconnectorApi::updateSource(const Source &edited, const Source &original) const
{
    return update(SourceEntity, original.id, edited.toUpdateFields(original));
}

TypedCall<bool> BiconnectorApi::deleteSource(qint64 id) const
{
    return remove(SourceEntity, id);
}

TypedCall<Source> BiconnectorApi::getSource(qint64 id) const
{
    return get(SourceEntity, id, &Source::fromGetResult);
}

TypedCall<QList<Source>> BiconnectorApi::listSources(const ListQuery &query) const
{
    return list(SourceEntity, query, &Source::fromListItem);
}

TypedListCall<Source> BiconnectorApi::listAllSources(const ListQuery &query, const ListOptions &options) const
{
    return listAll(SourceEntity, query, options, &Source::fromListItem);
}

TypedCall<QList<FieldSchemaEntry>> BiconnectorApi::sourceFields() const
{
    return fields(SourceEntity);
}

TypedCall<qint64> BiconnectorApi::addDataset(const Dataset &dataset) const
{
    return add(DatasetEntity, dataset.toAddFields());
}

TypedCall<bool> BiconnectorApi::updateDataset(qint64 id, const QJsonObject &fields) const
{
    return update(DatasetEntity, id, fields);
}

TypedCall<bool> BiconnectorApi::updateDataset(const Dataset &edited, const Dataset &original) const
{
    return update(DatasetEntity, original.id, edited.toUpdateFields(original));
}

TypedCall<bool> BiconnectorApi::deleteDataset(qint64 id) const
{
    return remove(DatasetEntity, id);
}

TypedCall<Dataset> BiconnectorApi::getDataset(qint64 id) const
{
    return get(DatasetEntity, id, &Dataset::fromJson);
}

TypedCall<QList<Dataset>> BiconnectorApi::listDatasets(const ListQuery &query) const
{
    return list(DatasetEntity, query, &Dataset::fromJson);
}

TypedListCall<Dataset> BiconnectorApi::listAllDatasets(const ListQuery &query, const ListOptions &options) const
{
    return listAll(DatasetEntity, query, options, &Dataset::fromJson);
}

TypedCall<QList<FieldSchemaEntry>> BiconnectorApi::datasetFields() const
{
    return fields(DatasetEntity);
}

TypedCall<bool> BiconnectorApi::updateDatasetFields(qint64 datasetId, const DatasetFieldsChange &change) const
{
    return {call(methodName(DatasetEntity, u"fields.update"_s), change.toParams(datasetId)), decodeTrue};
}
