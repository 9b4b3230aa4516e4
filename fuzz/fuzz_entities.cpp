// The entity parsers and the client-side validation behind the wizards: whatever JSON a method
// `result` holds, parse it as every entity kind the client reads (get item, list items, fields
// schema), validate the parsed entities and build the add/update parameters from them.
//
// Input: a JSON document, as a reply body or its `result` (both are tried).
#include "api/entities/entities.h"
#include "api/entities/entityjson.h"
#include "api/entities/entityvalidation.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

void readScalars(const QJsonObject &object)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        EntityJson::toId(it.value());
        EntityJson::toText(it.value());
        EntityJson::toBool(it.value(), true);
        EntityJson::toDateTime(it.value());
    }
}

void parseItem(const QJsonObject &item)
{
    readScalars(item);

    const Connector connector = Connector::fromJson(item);
    EntityValidation::connector(connector);
    connector.toAddFields();
    connector.toUpdateFields(Connector());
    Connector::fromJson(connector.toAddFields());

    const Source fromGet = Source::fromGetResult(item);
    const Source fromList = Source::fromListItem(item);
    EntityValidation::title(fromGet.title);
    fromGet.toAddFields();
    fromGet.toUpdateFields(fromList);
    fromList.settingValue(u"login"_s);

    const Dataset dataset = Dataset::fromJson(item);
    EntityValidation::dataset(dataset);
    EntityValidation::dataset(dataset, EntityValidation::FieldTypes::Documented);
    dataset.toAddFields();
    dataset.toUpdateFields(Dataset());

    DatasetFieldsChange change;
    change.add = dataset.fields;
    for (const DatasetField &field : dataset.fields) {
        change.update.append({field.id, !field.visible});
        change.remove.append(field.id);
    }
    change.toParams(dataset.id);

    const DatasetField field = DatasetField::fromJson(item);
    EntityValidation::fieldName(field.name);
    EntityValidation::fieldType(field.type);
    field.toAddJson();

    const ConnectorSetting setting = ConnectorSetting::fromJson(item);
    EntityValidation::connectorSetting(setting);
    setting.toJson();

    SourceSetting::fromJson(item);
    FieldSchemaEntry::fromJson(item);
    FieldSchemaEntry::listFromFieldsResult(item);
}

void parseList(const QJsonArray &items)
{
    entitiesFromJson(items, &Connector::fromJson);
    entitiesFromJson(items, &Source::fromListItem);
    entitiesFromJson(items, &Dataset::fromJson);
    for (const QJsonValue &item : items) {
        if (item.isObject())
            parseItem(item.toObject());
    }
}

void parseResult(const QJsonValue &result)
{
    if (result.isArray())
        parseList(result.toArray());
    if (!result.isObject())
        return;
    const QJsonObject object = result.toObject();
    parseItem(object);
    if (object.value(u"item"_s).isObject())
        parseItem(object.value(u"item"_s).toObject());
    if (object.value(u"items"_s).isArray())
        parseList(object.value(u"items"_s).toArray());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (document.isArray()) {
        parseList(document.array());
    } else if (document.isObject()) {
        parseResult(document.object());
        parseResult(document.object().value(u"result"_s));
    }
    return 0;
}
