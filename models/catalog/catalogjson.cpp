#include "models/catalog/catalogjson.h"

#include "models/catalog/portalcatalog.h"

using namespace Qt::StringLiterals;

namespace {

void insertDate(QJsonObject &item, const QString &key, const QDateTime &date)
{
    if (date.isValid())
        item.insert(key, date.toString(u"yyyy-MM-dd HH:mm:ss"_s));
}

} // namespace

QJsonObject CatalogJson::listItem(const Connector &connector)
{
    QJsonObject item = connector.toAddFields();
    item.insert(u"id"_s, connector.id);
    insertDate(item, u"dateCreate"_s, connector.dateCreate);
    return item;
}

QJsonObject CatalogJson::listItem(const Source &source)
{
    QJsonObject item{{u"id"_s, source.id},
                     {u"connectorId"_s, source.connectorId},
                     {u"title"_s, source.title},
                     {u"description"_s, source.description},
                     {u"type"_s, source.type},
                     {u"code"_s, source.code},
                     {u"active"_s, source.active},
                     {u"createdById"_s, source.createdById},
                     {u"updatedById"_s, source.updatedById}};
    insertDate(item, u"dateCreate"_s, source.dateCreate);
    insertDate(item, u"dateUpdate"_s, source.dateUpdate);
    return item;
}

QJsonObject CatalogJson::listItem(const Dataset &dataset)
{
    QJsonObject item{{u"id"_s, dataset.id},
                     {u"sourceId"_s, dataset.sourceId},
                     {u"name"_s, dataset.name},
                     {u"type"_s, dataset.type},
                     {u"description"_s, dataset.description},
                     {u"externalCode"_s, dataset.externalCode},
                     {u"externalName"_s, dataset.externalName},
                     {u"externalId"_s, dataset.externalId},
                     {u"createdById"_s, dataset.createdById},
                     {u"updatedById"_s, dataset.updatedById}};
    insertDate(item, u"dateCreate"_s, dataset.dateCreate);
    insertDate(item, u"dateUpdate"_s, dataset.dateUpdate);
    return item;
}

QJsonObject CatalogJson::listItem(const PortalCatalog &catalog, NodeKind kind, qint64 id)
{
    switch (kind) {
    case NodeKind::Connector:
        if (const Connector *connector = catalog.connector(id))
            return listItem(*connector);
        return {};
    case NodeKind::Source:
        if (const Source *source = catalog.source(id))
            return listItem(*source);
        return {};
    case NodeKind::Dataset:
        if (const Dataset *dataset = catalog.dataset(id))
            return listItem(*dataset);
        return {};
    default:
        return {};
    }
}
