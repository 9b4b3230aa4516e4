#include "models/transfer/configurationdocument.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// Walks a parsed document and remembers the first problem with its JSON path.
class DocumentReader
{
    Q_DECLARE_TR_FUNCTIONS(ConfigurationDocument)
public:
    bool failed() const { return !m_problem.isEmpty(); }
    QString problem() const { return m_problem; }

    void fail(const QString &path, const QString &message)
    {
        if (m_problem.isEmpty())
            m_problem = tr("%1: %2").arg(path, message);
    }

    QString text(const QJsonObject &object, const QString &path, QLatin1StringView key, bool required = true)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() && !required)
            return {};
        if (value.isUndefined())
            fail(childPath(path, key), tr("the key is missing"));
        else if (!value.isString())
            fail(childPath(path, key), tr("a text is expected"));
        return value.toString();
    }

    bool flag(const QJsonObject &object, const QString &path, QLatin1StringView key, bool fallback)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return fallback;
        if (!value.isBool())
            fail(childPath(path, key), tr("true or false is expected"));
        return value.toBool(fallback);
    }

    // Calls `read(item, itemPath)` for every object of the array under `key`.
    template <typename Read>
    void objects(const QJsonObject &object, const QString &path, QLatin1StringView key, Read read)
    {
        const QJsonValue value = object.value(key);
        const QString arrayPath = childPath(path, key);
        if (value.isUndefined())
            return fail(arrayPath, tr("the key is missing"));
        if (!value.isArray())
            return fail(arrayPath, tr("a list is expected"));
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size() && !failed(); ++i) {
            const QString itemPath = arrayPath + u'[' + QString::number(i) + u']';
            if (!array.at(i).isObject())
                return fail(itemPath, tr("an object is expected"));
            read(array.at(i).toObject(), itemPath);
        }
    }

    static QString childPath(const QString &path, QLatin1StringView key)
    {
        return path.isEmpty() ? QString(key) : path + u'.' + key;
    }

private:
    QString m_problem;
};

ConnectorSetting readConnectorSetting(DocumentReader &reader, const QJsonObject &json, const QString &path)
{
    ConnectorSetting setting;
    setting.name = reader.text(json, path, "name"_L1);
    setting.code = reader.text(json, path, "code"_L1);
    setting.type = reader.text(json, path, "type"_L1);
    return setting;
}

DatasetField readField(DocumentReader &reader, const QJsonObject &json, const QString &path)
{
    DatasetField field;
    field.name = reader.text(json, path, "name"_L1);
    field.externalCode = reader.text(json, path, "externalCode"_L1);
    field.type = reader.text(json, path, "type"_L1);
    field.visible = reader.flag(json, path, "visible"_L1, true);
    return field;
}

Dataset readDataset(DocumentReader &reader, const QJsonObject &json, const QString &path)
{
    Dataset dataset;
    dataset.name = reader.text(json, path, "name"_L1);
    dataset.externalName = reader.text(json, path, "externalName"_L1);
    dataset.externalCode = reader.text(json, path, "externalCode"_L1);
    dataset.description = reader.text(json, path, "description"_L1, false);
    reader.objects(json, path, "fields"_L1, [&](const QJsonObject &item, const QString &itemPath) {
        dataset.fields.append(readField(reader, item, itemPath));
    });
    return dataset;
}

ConfigurationDocument::SourceEntry readSource(DocumentReader &reader, const QJsonObject &json, const QString &path,
                                              bool valuesIncluded)
{
    ConfigurationDocument::SourceEntry entry;
    Source &source = entry.source;
    source.title = reader.text(json, path, "title"_L1);
    source.description = reader.text(json, path, "description"_L1, false);
    source.type = reader.text(json, path, "type"_L1, false);
    source.active = reader.flag(json, path, "active"_L1, true);
    reader.objects(json, path, "settings"_L1, [&](const QJsonObject &item, const QString &itemPath) {
        SourceSetting setting;
        setting.code = reader.text(item, itemPath, "code"_L1);
        if (valuesIncluded)
            setting.value = reader.text(item, itemPath, "value"_L1, false);
        source.settings.append(setting);
    });
    reader.objects(json, path, "datasets"_L1, [&](const QJsonObject &item, const QString &itemPath) {
        entry.datasets.append(readDataset(reader, item, itemPath));
    });
    return entry;
}

ConfigurationDocument::ConnectorEntry readConnector(DocumentReader &reader, const QJsonObject &json,
                                                    const QString &path, bool valuesIncluded)
{
    ConfigurationDocument::ConnectorEntry entry;
    Connector &connector = entry.connector;
    connector.title = reader.text(json, path, "title"_L1);
    connector.description = reader.text(json, path, "description"_L1, false);
    connector.logo = reader.text(json, path, "logo"_L1);
    connector.urlCheck = reader.text(json, path, "urlCheck"_L1);
    connector.urlTableList = reader.text(json, path, "urlTableList"_L1);
    connector.urlTableDescription = reader.text(json, path, "urlTableDescription"_L1);
    connector.urlData = reader.text(json, path, "urlData"_L1);
    const QJsonValue sort = json.value("sort"_L1);
    if (sort.isDouble())
        connector.sort = sort.toInt();
    else if (!sort.isUndefined())
        reader.fail(DocumentReader::childPath(path, "sort"_L1), DocumentReader::tr("a number is expected"));
    if (json.contains("supportMapping"_L1))
        connector.supportMapping = reader.flag(json, path, "supportMapping"_L1, false);
    reader.objects(json, path, "settings"_L1, [&](const QJsonObject &item, const QString &itemPath) {
        connector.settings.append(readConnectorSetting(reader, item, itemPath));
    });
    reader.objects(json, path, "sources"_L1, [&](const QJsonObject &item, const QString &itemPath) {
        entry.sources.append(readSource(reader, item, itemPath, valuesIncluded));
    });
    return entry;
}

QJsonObject fieldToJson(const DatasetField &field)
{
    return {{"name"_L1, field.name},
            {"externalCode"_L1, field.externalCode},
            {"type"_L1, field.type},
            {"visible"_L1, field.visible}};
}

QJsonObject datasetToJson(const Dataset &dataset)
{
    QJsonArray fields;
    for (const DatasetField &field : dataset.fields)
        fields.append(fieldToJson(field));
    return {{"name"_L1, dataset.name},
            {"externalName"_L1, dataset.externalName},
            {"externalCode"_L1, dataset.externalCode},
            {"description"_L1, dataset.description},
            {"fields"_L1, fields}};
}

QJsonObject sourceToJson(const ConfigurationDocument::SourceEntry &entry, bool valuesIncluded)
{
    QJsonArray settings;
    for (const SourceSetting &setting : entry.source.settings) {
        QJsonObject item{{"code"_L1, setting.code}};
        if (valuesIncluded)
            item.insert("value"_L1, setting.value);
        settings.append(item);
    }
    QJsonArray datasets;
    for (const Dataset &dataset : entry.datasets)
        datasets.append(datasetToJson(dataset));
    return {{"title"_L1, entry.source.title},
            {"description"_L1, entry.source.description},
            {"type"_L1, entry.source.type},
            {"active"_L1, entry.source.active},
            {"settings"_L1, settings},
            {"datasets"_L1, datasets}};
}

QJsonObject connectorToJson(const ConfigurationDocument::ConnectorEntry &entry, bool valuesIncluded)
{
    const Connector &connector = entry.connector;
    QJsonArray settings;
    for (const ConnectorSetting &setting : connector.settings)
        settings.append(setting.toJson());
    QJsonArray sources;
    for (const auto &source : entry.sources)
        sources.append(sourceToJson(source, valuesIncluded));
    QJsonObject json{{"title"_L1, connector.title},
                     {"description"_L1, connector.description},
                     {"logo"_L1, connector.logo},
                     {"sort"_L1, connector.sort},
                     {"urlCheck"_L1, connector.urlCheck},
                     {"urlTableList"_L1, connector.urlTableList},
                     {"urlTableDescription"_L1, connector.urlTableDescription},
                     {"urlData"_L1, connector.urlData},
                     {"settings"_L1, settings},
                     {"sources"_L1, sources}};
    if (connector.supportMapping)
        json.insert("supportMapping"_L1, *connector.supportMapping);
    return json;
}

template <typename T, typename Key>
void sortBy(QList<T> &list, Key key)
{
    std::stable_sort(list.begin(), list.end(), [&](const T &a, const T &b) { return key(a) < key(b); });
}

} // namespace

void ConfigurationDocument::normalize()
{
    sortBy(connectors, [](const ConnectorEntry &e) { return e.connector.title; });
    for (ConnectorEntry &connectorEntry : connectors) {
        Connector &connector = connectorEntry.connector;
        connector.id = 0;
        connector.dateCreate = {};
        sortBy(connectorEntry.sources, [](const SourceEntry &e) { return e.source.title; });
        for (SourceEntry &sourceEntry : connectorEntry.sources) {
            const Source full = sourceEntry.source;
            Source &source = sourceEntry.source;
            source = Source();
            source.title = full.title;
            source.description = full.description;
            source.type = full.type;
            source.active = full.active;
            for (const SourceSetting &setting : full.settings)
                source.settings.append(SourceSetting{0, setting.code, {}, {},
                                                     settingValuesIncluded ? setting.value : QString()});
            sortBy(sourceEntry.datasets, [](const Dataset &d) { return d.name; });
            for (Dataset &dataset : sourceEntry.datasets) {
                Dataset kept;
                kept.name = dataset.name;
                kept.externalName = dataset.externalName;
                kept.externalCode = dataset.externalCode;
                kept.description = dataset.description;
                for (const DatasetField &field : std::as_const(dataset.fields))
                    kept.fields.append(DatasetField{0, 0, field.name, field.type, field.externalCode, field.visible});
                dataset = kept;
            }
        }
    }
}

QByteArray ConfigurationDocument::toJson() const
{
    QJsonArray list;
    for (const ConnectorEntry &entry : connectors)
        list.append(connectorToJson(entry, settingValuesIncluded));
    const QJsonObject root{{"format"_L1, Format},
                           {"version"_L1, Version},
                           {"exportedAt"_L1, exportedAt.toUTC().toString(Qt::ISODate)},
                           {"sourcePortal"_L1, sourcePortal},
                           {"settingValuesIncluded"_L1, settingValuesIncluded},
                           {"connectors"_L1, list}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<ConfigurationDocument> ConfigurationDocument::fromJson(const QByteArray &json, const QString &fileName,
                                                                     QString *error)
{
    const auto reject = [&](const QString &why) {
        if (error)
            *error = tr("“%1” cannot be imported: %2").arg(fileName, why);
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument parsed = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return reject(tr("it is not valid JSON (%1 at byte %2).").arg(parseError.errorString()).arg(parseError.offset));
    if (!parsed.isObject())
        return reject(tr("it is not a configuration file."));
    const QJsonObject root = parsed.object();
    if (root.value("format"_L1).toString() != Format)
        return reject(tr("it is not a BI Workspace configuration file."));
    const QJsonValue version = root.value("version"_L1);
    if (!version.isDouble() || version.toInt() < 1)
        return reject(tr("the file has no valid format version."));
    if (version.toInt() > Version)
        return reject(tr("it was written by a newer version of BI Workspace (format version %1; this version "
                         "reads up to %2).")
                          .arg(version.toInt())
                          .arg(Version));

    DocumentReader reader;
    ConfigurationDocument document;
    document.exportedAt = QDateTime::fromString(reader.text(root, {}, "exportedAt"_L1, false), Qt::ISODate);
    document.sourcePortal = reader.text(root, {}, "sourcePortal"_L1, false);
    document.settingValuesIncluded = reader.flag(root, {}, "settingValuesIncluded"_L1, false);
    reader.objects(root, {}, "connectors"_L1, [&](const QJsonObject &item, const QString &path) {
        document.connectors.append(readConnector(reader, item, path, document.settingValuesIncluded));
    });
    if (reader.failed())
        return reject(reader.problem());
    return document;
}

int ConfigurationDocument::sourceCount() const
{
    int count = 0;
    for (const ConnectorEntry &entry : connectors)
        count += int(entry.sources.size());
    return count;
}

int ConfigurationDocument::datasetCount() const
{
    int count = 0;
    for (const ConnectorEntry &entry : connectors) {
        for (const SourceEntry &source : entry.sources)
            count += int(source.datasets.size());
    }
    return count;
}
