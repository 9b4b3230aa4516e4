#include "api/entities/entities.h"

#include "api/entities/entityjson.h"

#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace EntityJson;

namespace {

// get results wrap the entity in {"item":{...}}; list items and bare items are used as they are.
QJsonObject unwrapItem(const QJsonObject &json)
{
    const QJsonValue item = json.value("item"_L1);
    return item.isObject() ? item.toObject() : json;
}

QJsonArray objectArray(const QJsonValue &value)
{
    if (value.isArray())
        return value.toArray();
    if (value.isString())  // settings as stored JSON text: tolerated, not expected
        return QJsonDocument::fromJson(value.toString().toUtf8()).array();
    return {};
}

struct ConnectorTextField
{
    QLatin1StringView key;
    QString Connector::*member;
};

constexpr ConnectorTextField kConnectorTextFields[] = {
    {"title"_L1, &Connector::title},
    {"logo"_L1, &Connector::logo},
    {"description"_L1, &Connector::description},
    {"urlCheck"_L1, &Connector::urlCheck},
    {"urlData"_L1, &Connector::urlData},
    {"urlTableList"_L1, &Connector::urlTableList},
    {"urlTableDescription"_L1, &Connector::urlTableDescription},
};

QJsonArray settingsToJson(const QList<ConnectorSetting> &settings)
{
    QJsonArray out;
    for (const auto &setting : settings)
        out.append(setting.toJson());
    return out;
}

// The columns a source carries both flat (list) and inside `connection` (get).
void readSourceColumns(const QJsonObject &json, Source &source)
{
    source.id = toId(json.value("id"_L1));
    source.title = toText(json.value("title"_L1));
    source.description = toText(json.value("description"_L1));
    source.type = toText(json.value("type"_L1));
    source.code = toText(json.value("code"_L1));
    source.active = toBool(json.value("active"_L1), true);
    source.dateCreate = toDateTime(json.value("dateCreate"_L1));
    source.dateUpdate = toDateTime(json.value("dateUpdate"_L1));
    source.createdById = toId(json.value("createdById"_L1));
    source.updatedById = toId(json.value("updatedById"_L1));
    if (json.contains("connectorId"_L1))
        source.connectorId = toId(json.value("connectorId"_L1));
    if (json.contains("settings"_L1))
        source.settings = entitiesFromJson(objectArray(json.value("settings"_L1)), &SourceSetting::fromJson);
}

} // namespace

ConnectorSetting ConnectorSetting::fromJson(const QJsonObject &json)
{
    ConnectorSetting setting;
    setting.name = toText(json.value("name"_L1));
    setting.code = toText(json.value("code"_L1));
    setting.type = toText(json.value("type"_L1));
    return setting;
}

QJsonObject ConnectorSetting::toJson() const
{
    return {{"name"_L1, name}, {"code"_L1, code}, {"type"_L1, type}};
}

Connector Connector::fromJson(const QJsonObject &json)
{
    const QJsonObject item = unwrapItem(json);
    Connector connector;
    connector.id = toId(item.value("id"_L1));
    for (const auto &field : kConnectorTextFields)
        connector.*field.member = toText(item.value(field.key));
    const QJsonValue sort = item.value("sort"_L1);
    if (!sort.isNull() && !sort.isUndefined())
        connector.sort = int(sort.isString() ? sort.toString().toInt() : sort.toInt());
    connector.settings = entitiesFromJson(objectArray(item.value("settings"_L1)), &ConnectorSetting::fromJson);
    connector.dateCreate = toDateTime(item.value("dateCreate"_L1));
    const QJsonValue supportMapping = item.value("supportMapping"_L1);
    if (!supportMapping.isNull() && !supportMapping.isUndefined())
        connector.supportMapping = toBool(supportMapping, false);
    return connector;
}

QJsonObject Connector::toAddFields() const
{
    QJsonObject fields;
    for (const auto &field : kConnectorTextFields)
        fields.insert(field.key, this->*field.member);
    fields.insert("sort"_L1, sort);
    fields.insert("settings"_L1, settingsToJson(settings));
    if (supportMapping)
        fields.insert("supportMapping"_L1, *supportMapping);
    return fields;
}

QJsonObject Connector::toUpdateFields(const Connector &original) const
{
    QJsonObject fields;
    for (const auto &field : kConnectorTextFields) {
        if (this->*field.member != original.*field.member)
            fields.insert(field.key, this->*field.member);
    }
    if (sort != original.sort)
        fields.insert("sort"_L1, sort);
    if (settings != original.settings)
        fields.insert("settings"_L1, settingsToJson(settings));
    if (supportMapping && supportMapping != original.supportMapping)
        fields.insert("supportMapping"_L1, *supportMapping);
    return fields;
}

SourceSetting SourceSetting::fromJson(const QJsonObject &json)
{
    SourceSetting setting;
    setting.id = toId(json.value("id"_L1));
    setting.code = toText(json.value("code"_L1));
    setting.name = toText(json.value("name"_L1));
    setting.type = toText(json.value("type"_L1));
    setting.value = toText(json.value("value"_L1));
    return setting;
}

Source Source::fromGetResult(const QJsonObject &result)
{
    const QJsonObject item = unwrapItem(result);
    const QJsonValue connection = item.value("connection"_L1);
    if (!connection.isObject())
        return fromListItem(item);
    Source source;
    readSourceColumns(connection.toObject(), source);
    source.connectorId = toId(item.value("connectorId"_L1));
    source.settings = entitiesFromJson(objectArray(item.value("settings"_L1)), &SourceSetting::fromJson);
    return source;
}

Source Source::fromListItem(const QJsonObject &item)
{
    Source source;
    readSourceColumns(item, source);
    return source;
}

QJsonObject Source::toAddFields() const
{
    QJsonObject values;
    for (const auto &setting : settings)
        values.insert(setting.code, setting.value);
    return {{"title"_L1, title},
            {"description"_L1, description},
            {"connectorId"_L1, connectorId},
            {"settings"_L1, values}};
}

QJsonObject Source::toUpdateFields(const Source &original) const
{
    QJsonObject fields{{"title"_L1, title}};
    if (description != original.description)
        fields.insert("description"_L1, description);
    QJsonObject changed;
    for (const auto &setting : settings) {
        const bool known = std::any_of(original.settings.cbegin(), original.settings.cend(),
                                       [&](const SourceSetting &s) { return s.code == setting.code; });
        if (!known || original.settingValue(setting.code) != setting.value)
            changed.insert(setting.code, setting.value);
    }
    if (!changed.isEmpty())
        fields.insert("settings"_L1, changed);
    return fields;
}

QString Source::settingValue(const QString &code) const
{
    for (const auto &setting : settings) {
        if (setting.code == code)
            return setting.value;
    }
    return {};
}

DatasetField DatasetField::fromJson(const QJsonObject &json)
{
    DatasetField field;
    field.id = toId(json.value("id"_L1));
    field.datasetId = toId(json.value("datasetId"_L1));
    field.name = toText(json.value("name"_L1));
    field.type = toText(json.value("type"_L1));
    field.externalCode = toText(json.value("externalCode"_L1));
    field.visible = toBool(json.value("visible"_L1), true);
    return field;
}

QJsonObject DatasetField::toAddJson() const
{
    QJsonObject json{{"name"_L1, name}, {"type"_L1, type}, {"externalCode"_L1, externalCode}};
    if (!visible)
        json.insert("visible"_L1, false);
    return json;
}

Dataset Dataset::fromJson(const QJsonObject &json)
{
    const QJsonObject item = unwrapItem(json);
    Dataset dataset;
    dataset.id = toId(item.value("id"_L1));
    dataset.sourceId = toId(item.value("sourceId"_L1));
    dataset.name = toText(item.value("name"_L1));
    dataset.type = toText(item.value("type"_L1));
    dataset.description = toText(item.value("description"_L1));
    dataset.externalCode = toText(item.value("externalCode"_L1));
    dataset.externalName = toText(item.value("externalName"_L1));
    dataset.externalId = toId(item.value("externalId"_L1));
    dataset.dateCreate = toDateTime(item.value("dateCreate"_L1));
    dataset.dateUpdate = toDateTime(item.value("dateUpdate"_L1));
    dataset.createdById = toId(item.value("createdById"_L1));
    dataset.updatedById = toId(item.value("updatedById"_L1));
    dataset.fields = entitiesFromJson(objectArray(item.value("fields"_L1)), &DatasetField::fromJson);
    return dataset;
}

QJsonObject Dataset::toAddFields() const
{
    QJsonArray columns;
    for (const auto &field : fields)
        columns.append(field.toAddJson());
    return {{"sourceId"_L1, sourceId},
            {"name"_L1, name},
            {"description"_L1, description},
            {"externalCode"_L1, externalCode},
            {"externalName"_L1, externalName},
            {"fields"_L1, columns}};
}

QJsonObject Dataset::toUpdateFields(const Dataset &original) const
{
    QJsonObject fields;
    if (description != original.description)
        fields.insert("description"_L1, description);
    return fields;
}

FieldSchemaEntry FieldSchemaEntry::fromJson(const QJsonObject &json)
{
    FieldSchemaEntry entry;
    entry.title = toText(json.value("title"_L1));
    entry.type = toText(json.value("type"_L1));
    entry.isRequired = toBool(json.value("isRequired"_L1), false);
    entry.isReadOnly = toBool(json.value("isReadOnly"_L1), false);
    entry.isImmutable = toBool(json.value("isImmutable"_L1), false);
    entry.isMultiple = toBool(json.value("isMultiple"_L1), false);
    return entry;
}

QList<FieldSchemaEntry> FieldSchemaEntry::listFromFieldsResult(const QJsonObject &result)
{
    return entitiesFromJson(result.value("fields"_L1).toArray(), &FieldSchemaEntry::fromJson);
}

QJsonObject DatasetFieldsChange::toParams(qint64 datasetId) const
{
    QJsonObject params{{"id"_L1, datasetId}};
    if (!add.isEmpty()) {
        QJsonArray columns;
        for (const auto &field : add)
            columns.append(QJsonObject{{"name"_L1, field.name},
                                       {"type"_L1, field.type},
                                       {"externalCode"_L1, field.externalCode}});
        params.insert("add"_L1, columns);
    }
    if (!update.isEmpty()) {
        QJsonArray changes;
        for (const auto &change : update)
            changes.append(QJsonObject{{"id"_L1, change.id}, {"visible"_L1, change.visible}});
        params.insert("update"_L1, changes);
    }
    if (!remove.isEmpty()) {
        QJsonArray ids;
        for (const qint64 id : remove)
            ids.append(id);
        params.insert("delete"_L1, ids);
    }
    return params;
}
