#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// Plain value types for the biconnector entities (connector → source → dataset → field) and their
// JSON (de)serialisation. Parsing is tolerant of what real portals send (portal-behavior.md §2):
// ids as numbers or numeric strings, null or absent dates, the `{}` date of explicit selects on
// source/dataset lists, absent optional fields, and `externalId`/`updatedById` as null or 0.
// Absent ids parse as 0 and absent dates as an invalid QDateTime.
//
// Dates are the portal's "Y-m-d H:i:s" wall-clock strings; they are read as local time (the
// portal does not send its zone). ISO-8601 strings with an offset are honoured as well.

// One declared setting of a connector: the user fills a value for it on every source.
struct ConnectorSetting
{
    static constexpr QLatin1StringView TypeString{"STRING"};
    static constexpr QLatin1StringView TypeInt{"INT"};

    QString name;
    QString code;
    QString type = QString(TypeString); // STRING | INT (case-sensitive on the server)

    static ConnectorSetting fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    friend bool operator==(const ConnectorSetting &, const ConnectorSetting &) = default;
};

struct Connector
{
    qint64 id = 0;
    QString title;
    QString description;
    QString logo;
    int sort = 100;
    QString urlCheck;
    QString urlTableList;
    QString urlTableDescription;
    QString urlData;
    QList<ConnectorSetting> settings;
    QDateTime dateCreate;                // invalid when absent
    std::optional<bool> supportMapping;  // absent on portals older than 25.1150

    static Connector fromJson(const QJsonObject &json);  // a get item or a list item
    // `fields` for connector.add: every writable field; supportMapping only when set.
    QJsonObject toAddFields() const;
    // `fields` for connector.update: only what differs from `original` (settings as a whole).
    QJsonObject toUpdateFields(const Connector &original) const;
    friend bool operator==(const Connector &, const Connector &) = default;
};

// A setting value stored on a source. `value` is a secret (source.get returns it in clear
// text): deliberately no QDebug streaming for this type or for Source.
struct SourceSetting
{
    qint64 id = 0;   // 0 in list items (the server omits it there)
    QString code;
    QString name;
    QString type;
    QString value;

    static SourceSetting fromJson(const QJsonObject &json);
    friend bool operator==(const SourceSetting &, const SourceSetting &) = default;
};

struct Source
{
    qint64 id = 0;
    qint64 connectorId = 0;
    QString title;
    QString description;
    QString type;   // always "rest"
    QString code;   // "rest_<connectorId>"
    bool active = true;
    QDateTime dateCreate;
    QDateTime dateUpdate;
    qint64 createdById = 0;
    qint64 updatedById = 0;
    QList<SourceSetting> settings;

    // source.get: accepts the whole `result` ({"item":{...}}) or the item itself, and flattens
    // {"connection":{...},"connectorId":N,"settings":[...]}.
    static Source fromGetResult(const QJsonObject &result);
    // source.list item: flat, settings without ids.
    static Source fromListItem(const QJsonObject &item);
    // `fields` for source.add: title, description, connectorId, settings as {code: value}.
    // `active` is never sent (the server ignores it and it breaks form encoding).
    QJsonObject toAddFields() const;
    // `fields` for source.update: title always (the server requires it in practice),
    // description when changed, settings values that changed (the server merges by code).
    QJsonObject toUpdateFields(const Source &original) const;
    QString settingValue(const QString &code) const;
    friend bool operator==(const Source &, const Source &) = default;
};

struct DatasetField
{
    qint64 id = 0;
    qint64 datasetId = 0;
    QString name;          // Bitrix column name, ^[A-Z][A-Z0-9_]*$
    QString type;          // int | string | double | date | datetime | money | timezone
    QString externalCode;  // the connector's column code
    bool visible = true;

    static DatasetField fromJson(const QJsonObject &json);
    // A column in dataset.add `fields` / dataset.fields.update `add`: name, type, externalCode
    // (and visible:false when hidden, which only dataset.add honours).
    QJsonObject toAddJson() const;
    friend bool operator==(const DatasetField &, const DatasetField &) = default;
};

struct Dataset
{
    qint64 id = 0;
    qint64 sourceId = 0;   // only list items carry it; 0 after a get
    QString name;
    QString type;
    QString description;
    QString externalCode;
    QString externalName;
    qint64 externalId = 0; // null and 0 both mean "no Superset dataset"
    QDateTime dateCreate;
    QDateTime dateUpdate;
    qint64 createdById = 0;
    qint64 updatedById = 0;
    QList<DatasetField> fields;  // only get items carry them

    // A get `result` ({"item":{...}}), a get item or a list item.
    static Dataset fromJson(const QJsonObject &json);
    QJsonObject toAddFields() const;
    QJsonObject toUpdateFields(const Dataset &original) const;  // description only
    friend bool operator==(const Dataset &, const Dataset &) = default;
};

// One entry of a `*.fields` result: the server's schema of an entity.
struct FieldSchemaEntry
{
    QString title;
    QString type;
    bool isRequired = false;
    bool isReadOnly = false;
    bool isImmutable = false;
    bool isMultiple = false;

    static FieldSchemaEntry fromJson(const QJsonObject &json);
    // The `result` of connector/source/dataset.fields: {"fields":[...]}.
    static QList<FieldSchemaEntry> listFromFieldsResult(const QJsonObject &result);
    friend bool operator==(const FieldSchemaEntry &, const FieldSchemaEntry &) = default;
};

// A change set for dataset.fields.update. The server applies update, then add, then delete in
// one transaction.
struct DatasetFieldsChange
{
    struct Visibility
    {
        qint64 id = 0;
        bool visible = true;
        friend bool operator==(const Visibility &, const Visibility &) = default;
    };

    QList<DatasetField> add;     // name, type, externalCode are sent
    QList<Visibility> update;
    QList<qint64> remove;        // the `delete` parameter

    bool isEmpty() const { return add.isEmpty() && update.isEmpty() && remove.isEmpty(); }
    // {"id":datasetId,"add":[...],"update":[...],"delete":[...]}, empty lists omitted.
    QJsonObject toParams(qint64 datasetId) const;
};

// Parses a JSON array of objects (a `*.list` result) with one of the fromJson functions above.
template<typename T>
QList<T> entitiesFromJson(const QJsonArray &array, T (*parse)(const QJsonObject &))
{
    QList<T> out;
    out.reserve(array.size());
    for (const auto &value : array)
        out.append(parse(value.toObject()));
    return out;
}
