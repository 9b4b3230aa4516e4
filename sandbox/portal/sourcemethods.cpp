#include "sandbox/portal/sourcemethods.h"

#include "sandbox/portal/connectorcaller.h"
#include "sandbox/php/phpjson.h"
#include "sandbox/portal/portaldatabase.h"
#include "sandbox/portal/portalsettings.h"

using namespace Qt::StringLiterals;

namespace SandboxPortal {

namespace {

// Converter(KEYS | TO_SNAKE): top-level keys only, lower snake case.
PhpValue snakeKeys(const PhpValue &fields)
{
    PhpValue result = PhpValue::array();
    for (const PhpValue::Entry &entry : fields.entries())
        result.insert(camelToSnake(entry.key), entry.value);
    return result;
}

PhpValue connectionParams(const PhpValue &connection)
{
    return PhpValue::map({{u"connection"_s, connection}});
}

} // namespace

QList<FieldSpec> SourceMethods::schema() const
{
    return EntitySchemas::source();
}

const QList<EntityColumn> &SourceMethods::sourceColumns()
{
    static const QList<EntityColumn> columns{
        {u"ID"_s, u"id"_s, ColumnKind::Integer},
        {u"TYPE"_s, u"type"_s, ColumnKind::Text},
        {u"CODE"_s, u"code"_s, ColumnKind::Text},
        {u"TITLE"_s, u"title"_s, ColumnKind::Text},
        {u"DESCRIPTION"_s, u"description"_s, ColumnKind::Text},
        {u"ACTIVE"_s, u"active"_s, ColumnKind::Boolean},
        {u"DATE_CREATE"_s, u"date_create"_s, ColumnKind::Date},
        {u"DATE_UPDATE"_s, u"date_update"_s, ColumnKind::Date},
        {u"CREATED_BY_ID"_s, u"created_by_id"_s, ColumnKind::Integer},
        {u"UPDATED_BY_ID"_s, u"updated_by_id"_s, ColumnKind::Integer},
    };
    return columns;
}

PhpValue SourceMethods::renderSource(const PhpValue &row, const QStringList &names, bool formatDates) const
{
    PhpValue item = PhpValue::array();
    for (const QString &name : names) {
        for (const EntityColumn &column : sourceColumns()) {
            if (column.name == name)
                item.insert(upperSnakeToCamel(name), renderColumn(column, row.value(column.sql), formatDates));
        }
    }
    return item;
}

std::optional<QList<SourceMethods::PreparedSetting>> SourceMethods::prepareSettings(const PhpValue &connector,
                                                                                    const PhpValue &fields) const
{
    const PhpValue declared = PhpJson::decode(connector.value(u"settings"_s).toString().toUtf8()).value_or(PhpValue::array());
    const PhpValue &settings = fields.value(u"settings"_s);
    const PhpValue &data = settings.isEmpty() ? fields : settings;
    QList<PreparedSetting> prepared;
    for (const PhpValue::Entry &entry : declared.entries()) {
        const QString code = entry.value.value(u"code"_s).toString();
        const PhpValue &value = data.value(code);
        if (!value.isSet())
            continue;
        if (value.isArray())
            return std::nullopt;
        prepared.append({code, entry.value.value(u"name"_s), entry.value.value(u"type"_s), value.toString().trimmed()});
    }
    return prepared;
}

void SourceMethods::storeSettings(qint64 sourceId, const PhpValue &connector, const QList<PreparedSetting> &prepared)
{
    // removeUnusedSettings(): codes the connector no longer declares are deleted.
    const PhpValue declared = PhpJson::decode(connector.value(u"settings"_s).toString().toUtf8()).value_or(PhpValue::array());
    QStringList declaredCodes;
    for (const PhpValue::Entry &entry : declared.entries())
        declaredCodes.append(entry.value.value(u"code"_s).toString());
    for (const PhpValue &row : m_env.database.select(u"SELECT id, code FROM source_settings WHERE source_id = ?"_s, {sourceId})) {
        if (!declaredCodes.contains(row.value(u"code"_s).toString()))
            m_env.database.exec(u"DELETE FROM source_settings WHERE id = ?"_s, {row.value(u"id"_s).toInt()});
    }
    for (const PreparedSetting &setting : prepared) {
        const QVariant existing = m_env.database.scalar(
            u"SELECT id FROM source_settings WHERE source_id = ? AND code = ? ORDER BY id LIMIT 1"_s, {sourceId, setting.code});
        if (existing.isValid()) {
            m_env.database.exec(u"UPDATE source_settings SET value = ? WHERE id = ?"_s, {setting.value, existing});
        } else {
            m_env.database.exec(u"INSERT INTO source_settings (source_id, code, name, type, value) VALUES (?, ?, ?, ?, ?)"_s,
                                {sourceId, setting.code, setting.name.toString(), setting.type.toString(), setting.value});
        }
    }
}

std::variant<QList<SourceMethods::PreparedSetting>, MethodOutcome>
SourceMethods::prepareSave(const PhpValue &connector, const PhpValue &fields) const
{
    // SourceManager::prepareBeforeAdd/Update(): PHP empty(), so a missing title, "" and "0" fail
    // here, after the urlCheck call.
    if (fields.value(u"title"_s).isEmpty())
        return MethodOutcome::failure(ApiErrors::allFieldsRequired());
    if (fields.value(u"title"_s).toString().size() > 512)
        return MethodOutcome::failure(ApiErrors::valueTooLong(u"TITLE"_s, 512));
    auto prepared = prepareSettings(connector, fields);
    if (!prepared)
        return MethodOutcome::crash();
    return *prepared;
}

void SourceMethods::addEntity(const CallContext &context, const MethodReply &reply)
{
    const PhpValue fields = snakeKeys(context.params.value(u"fields"_s));
    const auto connector = ownedConnector(fields.value(u"connector_id"_s).toInt(), context.clientId);
    if (!connector)
        return reply(MethodOutcome::failure(ApiErrors::connectorNotFound()));
    // The portal calls urlCheck with every key passed in settings, declared or not, untrimmed.
    m_env.connectorCaller.post(connector->value(u"url_check"_s).toString(), connectionParams(fields.value(u"settings"_s)),
                               [this, context, fields, connector = *connector, reply](const ConnectorCaller::Response &response) {
                                   if (!response.success)
                                       return reply(MethodOutcome::failure(ApiErrors::sourceCreateConnectionError()));
                                   reply(finishAdd(context, fields, connector));
                               });
}

MethodOutcome SourceMethods::finishAdd(const CallContext &context, const PhpValue &fields, const PhpValue &connector)
{
    auto prepared = prepareSave(connector, fields);
    if (auto *refused = std::get_if<MethodOutcome>(&prepared))
        return *refused;
    const auto &settings = std::get<QList<PreparedSetting>>(prepared);

    const QString now = PortalDatabase::nowText();
    const PhpValue &description = fields.value(u"description"_s);
    PortalDatabase &db = m_env.database;
    db.beginTransaction();
    // ACTIVE is always 'Y': the "active" input is validated, then ignored.
    const qint64 id = db.exec(u"INSERT INTO sources (type, code, title, description, active, date_create, date_update, "
                              "created_by_id, updated_by_id, connector_id) VALUES ('rest', ?, ?, ?, 1, ?, ?, ?, ?, ?)"_s,
                              {QString(u"rest_"_s + fields.value(u"connector_id"_s).toString()), fields.value(u"title"_s).toString(),
                               description.isSet() ? QVariant(description.toString()) : QVariant(), now, now,
                               context.userId, context.userId, connector.value(u"id"_s).toInt()});
    storeSettings(id, connector, settings);
    db.commit();
    return MethodOutcome::success(PhpValue::map({{u"id"_s, PhpValue::fromInt(id)}}));
}

void SourceMethods::updateEntity(const CallContext &context, const MethodReply &reply)
{
    const PhpValue fields = snakeKeys(context.params.value(u"fields"_s));
    const qint64 sourceId = context.params.value(u"id"_s).toInt();
    const auto source = ownedSource(sourceId, context.clientId);
    if (!source)
        return reply(MethodOutcome::failure(ApiErrors::sourceNotFound()));
    const auto connectors = m_env.database.select(u"SELECT * FROM connectors WHERE id = ?"_s,
                                                  {source->value(u"connector_id"_s).toInt()});
    const PhpValue connector = connectors.empty() ? PhpValue::array() : connectors.front();

    // urlCheck gets the stored settings merged by code with the new values (unknown codes included).
    PhpValue connection = PhpValue::array();
    for (const PhpValue &row : m_env.database.select(u"SELECT code, value FROM source_settings WHERE source_id = ? ORDER BY id"_s,
                                                     {sourceId}))
        connection.insert(row.value(u"code"_s).toString(), row.value(u"value"_s));
    for (const PhpValue::Entry &entry : fields.value(u"settings"_s).entries())
        connection.insert(entry.key, entry.value);

    m_env.connectorCaller.post(connector.value(u"url_check"_s).toString(), connectionParams(connection),
                               [this, context, sourceId, fields, connector, reply](const ConnectorCaller::Response &response) {
                                   if (!response.success)
                                       return reply(MethodOutcome::failure(ApiErrors::sourceUpdateConnectionError()));
                                   reply(finishUpdate(context, sourceId, fields, connector));
                               });
}

MethodOutcome SourceMethods::finishUpdate(const CallContext &context, qint64 sourceId, const PhpValue &fields,
                                          const PhpValue &connector)
{
    auto prepared = prepareSave(connector, fields);
    if (auto *refused = std::get_if<MethodOutcome>(&prepared))
        return *refused;
    const auto &settings = std::get<QList<PreparedSetting>>(prepared);

    PortalDatabase &db = m_env.database;
    db.beginTransaction();
    storeSettings(sourceId, connector, settings);
    const PhpValue &description = fields.value(u"description"_s);
    if (description.isSet()) {
        db.exec(u"UPDATE sources SET description = ? WHERE id = ?"_s, {description.toString(), sourceId});
    }
    db.exec(u"UPDATE sources SET title = ?, date_update = ?, updated_by_id = ? WHERE id = ?"_s,
            {fields.value(u"title"_s).toString(), PortalDatabase::nowText(), context.userId, sourceId});
    db.commit();
    return MethodOutcome::success(PhpValue::fromBool(true));
}

MethodOutcome SourceMethods::deleteEntity(const CallContext &context)
{
    const qint64 id = context.params.value(u"id"_s).toInt();
    if (!ownedSource(id, context.clientId))
        return MethodOutcome::failure(ApiErrors::sourceNotFound());
    if (m_env.database.scalar(u"SELECT COUNT(*) FROM datasets WHERE source_id = ?"_s, {id}).toInt() > 0)
        return MethodOutcome::failure(ApiErrors::sourceDeleteRestricted());
    return deleteWithChildren(u"sources"_s, u"source_settings"_s, u"source_id"_s, id);
}

MethodOutcome SourceMethods::getEntity(const CallContext &context)
{
    const qint64 id = context.params.value(u"id"_s).toInt();
    const auto source = ownedSource(id, context.clientId);
    if (!source)
        return MethodOutcome::failure(ApiErrors::sourceNotFound());
    const QStringList names = columnNames(sourceColumns());
    PhpValue settings = PhpValue::array();
    for (const PhpValue &row : m_env.database.select(
             u"SELECT code, name, type, value, id FROM source_settings WHERE source_id = ? ORDER BY id"_s, {id}))
        settings.append(row);
    return MethodOutcome::success(PhpValue::map({{u"item"_s, PhpValue::map({
                                                                 {u"connection"_s, renderSource(*source, names, true)},
                                                                 {u"connectorId"_s, source->value(u"connector_id"_s)},
                                                                 {u"settings"_s, settings},
                                                             })}}));
}

MethodOutcome SourceMethods::listEntities(const CallContext &context, const ListRequest &request)
{
    RelationList list;
    list.prefix = u"SOURCE"_s;
    list.alias = u"s"_s;
    list.columns = sourceColumns();
    list.relationKey = u"CONNECTOR_ID"_s;
    list.relationSql = u"s.connector_id"_s;
    list.selfKey = u"SOURCE_ID"_s;
    list.droppedKey = u"SETTINGS"_s;
    list.from = u"sources s JOIN connectors c ON c.id = s.connector_id WHERE s.type = 'rest' AND c.app_id = ?"_s;
    list.fromBinds = {context.clientId};
    list.entityName = u"ExternalSourceRest"_s;
    auto listed = runRelationList(list, request);
    if (auto *outcome = std::get_if<MethodOutcome>(&listed))
        return *outcome;
    const RelationRows &result = std::get<RelationRows>(listed);
    const std::vector<PhpValue> &rows = result.rows;
    const bool withSettings = request.selectsEverything() || request.selectContains(u"SETTINGS"_s);

    QHash<qint64, PhpValue> settingsBySource;
    if (withSettings && !rows.empty()) {
        QStringList ids;
        for (const PhpValue &row : rows)
            ids.append(QString::number(row.value(u"id"_s).toInt()));
        // The May-2026 code lists settings without their id; the newer docs show one.
        const bool withId = m_env.settings.isDocs2026();
        for (const PhpValue &row : m_env.database.select(u"SELECT source_id, code, name, type, value, id FROM source_settings "
                                                         "WHERE source_id IN (%1) ORDER BY id"_s.arg(ids.join(u',')))) {
            PhpValue setting = PhpValue::map({
                {u"code"_s, row.value(u"code"_s)},
                {u"name"_s, row.value(u"name"_s)},
                {u"type"_s, row.value(u"type"_s)},
                {u"value"_s, row.value(u"value"_s)},
            });
            if (withId)
                setting.insert(u"id"_s, row.value(u"id"_s));
            settingsBySource[row.value(u"source_id"_s).toInt()].append(setting);
        }
    }

    PhpValue items = PhpValue::array();
    for (const PhpValue &row : rows) {
        PhpValue item = renderSource(row, result.mainNames, result.formatDates);
        if (result.withRelation)
            item.insert(u"connectorId"_s, row.value(u"connector_id"_s));
        if (withSettings)
            item.insert(u"settings"_s, settingsBySource.value(row.value(u"id"_s).toInt(), PhpValue::array()));
        items.append(item);
    }
    return MethodOutcome::success(items);
}

} // namespace SandboxPortal
