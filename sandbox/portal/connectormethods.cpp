#include "sandbox/portal/connectormethods.h"

#include "sandbox/php/phpjson.h"
#include "sandbox/portal/portaldatabase.h"
#include "sandbox/portal/portalsettings.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SandboxPortal {

namespace {

const QStringList RequiredStrings{u"TITLE"_s,    u"LOGO"_s,     u"APP_ID"_s,         u"URL_CHECK"_s,
                                  u"SETTINGS"_s, u"URL_DATA"_s, u"URL_TABLE_LIST"_s, u"URL_TABLE_DESCRIPTION"_s};

const QList<QPair<QString, int>> MaxLengths{
    {u"TITLE"_s, 512},          {u"APP_ID"_s, 128},         {u"URL_CHECK"_s, 2048},
    {u"URL_DATA"_s, 2048},      {u"URL_TABLE_LIST"_s, 2048}, {u"URL_TABLE_DESCRIPTION"_s, 2048},
    {u"SOURCE_CODE"_s, 64},
};

QVariant storedValue(const QString &name, const PhpValue &value)
{
    if (value.isNull())
        return {};
    if (name == u"SORT"_s)
        return value.toInt();
    if (name == u"SUPPORT_MAPPING"_s)
        return value.toBool() ? 1 : 0;
    return value.toString();
}

} // namespace

QList<FieldSpec> ConnectorMethods::schema() const
{
    return EntitySchemas::connector(m_env.settings);
}

QList<EntityColumn> ConnectorMethods::columns() const
{
    QList<EntityColumn> result{
        {u"ID"_s, u"id"_s, ColumnKind::Integer},
        {u"TITLE"_s, u"title"_s, ColumnKind::Text},
        {u"DATE_CREATE"_s, u"date_create"_s, ColumnKind::Date},
        {u"LOGO"_s, u"logo"_s, ColumnKind::Text},
        {u"DESCRIPTION"_s, u"description"_s, ColumnKind::Text},
        {u"APP_ID"_s, u"app_id"_s, ColumnKind::Text},
        {u"SORT"_s, u"sort"_s, ColumnKind::Integer},
        {u"URL_CHECK"_s, u"url_check"_s, ColumnKind::Text},
        {u"SETTINGS"_s, u"settings"_s, ColumnKind::Text},
        {u"URL_DATA"_s, u"url_data"_s, ColumnKind::Text},
        {u"URL_TABLE_LIST"_s, u"url_table_list"_s, ColumnKind::Text},
        {u"URL_TABLE_DESCRIPTION"_s, u"url_table_description"_s, ColumnKind::Text},
    };
    if (m_env.settings.hasSupportMapping())
        result.append({u"SUPPORT_MAPPING"_s, u"support_mapping"_s, ColumnKind::Boolean});
    if (m_env.settings.isDocs2026())
        result.append({u"SOURCE_CODE"_s, u"source_code"_s, ColumnKind::Text});
    return result;
}

std::variant<QString, ApiError> ConnectorMethods::prepareSettings(const PhpValue &settings)
{
    std::optional<ApiError> firstError;
    PhpValue prepared = PhpValue::array();
    for (const PhpValue::Entry &entry : settings.entries()) {
        const PhpValue &item = entry.value;
        std::optional<ApiError> error;
        if (!item.isArray() || !item.value(u"TYPE"_s).isSet() || !item.value(u"NAME"_s).isSet()
            || !item.value(u"CODE"_s).isSet())
            error = ApiErrors::settingsMissingRequiredFields();
        else if (item.value(u"NAME"_s).toString().size() > 512)
            error = ApiErrors::settingsNameTooLong();
        else if (item.value(u"CODE"_s).toString().size() > 512)
            error = ApiErrors::settingsCodeTooLong();
        else if (!item.value(u"TYPE"_s).isString()
                 || (item.value(u"TYPE"_s).toString() != u"STRING"_s && item.value(u"TYPE"_s).toString() != u"INT"_s))
            error = ApiErrors::settingsInvalidType();
        if (error) {
            if (!firstError)
                firstError = error;
            continue;
        }
        prepared.append(PhpValue::map({{u"name"_s, item.value(u"NAME"_s)},
                                       {u"code"_s, item.value(u"CODE"_s)},
                                       {u"type"_s, item.value(u"TYPE"_s)}}));
    }
    if (firstError)
        return *firstError;
    return QString::fromUtf8(PhpJson::encode(prepared));
}

void ConnectorMethods::addEntity(const CallContext &context, const MethodReply &reply)
{
    PhpValue fields = upperSnakeKeys(context.params.value(u"fields"_s));
    fields.insert(u"APP_ID"_s, PhpValue(context.clientId));
    auto settings = prepareSettings(fields.value(u"SETTINGS"_s));
    if (auto *error = std::get_if<ApiError>(&settings))
        return reply(MethodOutcome::failure(*error));
    fields.insert(u"SETTINGS"_s, PhpValue(std::get<QString>(settings)));
    if (auto error = checkOrmStrings(fields, RequiredStrings, MaxLengths, false))
        return reply(MethodOutcome::failure(*error));

    QStringList names{u"date_create"_s};
    QStringList marks{u"?"_s};
    QVariantList binds{PortalDatabase::nowText()};
    for (const EntityColumn &column : columns()) {
        if (!fields.contains(column.name))
            continue;
        names.append(column.sql);
        marks.append(u"?"_s);
        binds.append(storedValue(column.name, fields.value(column.name)));
    }
    const qint64 id = m_env.database.exec(
        u"INSERT INTO connectors (%1) VALUES (%2)"_s.arg(names.join(u", "_s), marks.join(u", "_s)), binds);
    reply(MethodOutcome::success(PhpValue::map({{u"id"_s, PhpValue::fromInt(id)}})));
}

void ConnectorMethods::updateEntity(const CallContext &context, const MethodReply &reply)
{
    PhpValue fields = upperSnakeKeys(context.params.value(u"fields"_s));
    const qint64 id = context.params.value(u"id"_s).toInt();
    if (!ownedConnector(id, context.clientId))
        return reply(MethodOutcome::failure(ApiErrors::connectorNotFound()));
    if (fields.value(u"SETTINGS"_s).isSet()) {
        auto settings = prepareSettings(fields.value(u"SETTINGS"_s));
        if (auto *error = std::get_if<ApiError>(&settings))
            return reply(MethodOutcome::failure(*error));
        fields.insert(u"SETTINGS"_s, PhpValue(std::get<QString>(settings)));
    }
    if (auto error = checkOrmStrings(fields, RequiredStrings, MaxLengths, true))
        return reply(MethodOutcome::failure(*error));

    QStringList assignments;
    QVariantList binds;
    for (const EntityColumn &column : columns()) {
        if (!fields.contains(column.name))
            continue;
        assignments.append(column.sql + u" = ?"_s);
        binds.append(storedValue(column.name, fields.value(column.name)));
    }
    if (!assignments.isEmpty()) {
        binds.append(id);
        m_env.database.exec(u"UPDATE connectors SET %1 WHERE id = ?"_s.arg(assignments.join(u", "_s)), binds);
    }
    reply(MethodOutcome::success(PhpValue::fromBool(true)));
}

MethodOutcome ConnectorMethods::deleteEntity(const CallContext &context)
{
    const qint64 id = context.params.value(u"id"_s).toInt();
    if (!ownedConnector(id, context.clientId))
        return MethodOutcome::failure(ApiErrors::connectorNotFound());
    if (m_env.database.scalar(u"SELECT COUNT(*) FROM sources WHERE connector_id = ?"_s, {id}).toInt() > 0)
        return MethodOutcome::failure(ApiErrors::connectorDeleteRestricted());
    m_env.database.exec(u"DELETE FROM connectors WHERE id = ?"_s, {id});
    return MethodOutcome::success(PhpValue::fromBool(true));
}

PhpValue ConnectorMethods::renderRow(const PhpValue &row, const QStringList &names, bool formatDates,
                                     bool decodeSettings) const
{
    const QList<EntityColumn> all = columns();
    PhpValue item = PhpValue::array();
    for (const QString &name : names) {
        for (EntityColumn column : all) {
            if (column.name != name)
                continue;
            if (column.name == u"SETTINGS"_s && decodeSettings)
                column.kind = ColumnKind::JsonList;
            item.insert(upperSnakeToCamel(name), renderColumn(column, row.value(column.sql), formatDates));
        }
    }
    return item;
}

MethodOutcome ConnectorMethods::getEntity(const CallContext &context)
{
    const auto row = ownedConnector(context.params.value(u"id"_s).toInt(), context.clientId);
    if (!row)
        return MethodOutcome::failure(ApiErrors::connectorNotFound());
    QStringList names;
    for (const EntityColumn &column : columns()) {
        if (column.name != u"APP_ID"_s)
            names.append(column.name);
    }
    return MethodOutcome::success(PhpValue::map({{u"item"_s, renderRow(*row, names, true, true)}}));
}

MethodOutcome ConnectorMethods::listEntities(const CallContext &context, const ListRequest &request)
{
    const QList<EntityColumn> all = columns();
    static const QStringList allowedSelectOrder{
        u"ID"_s,       u"TITLE"_s,    u"DESCRIPTION"_s, u"DATE_CREATE"_s,     u"LOGO"_s,        u"URL_CHECK"_s,
        u"URL_TABLE_LIST"_s, u"URL_TABLE_DESCRIPTION"_s, u"URL_DATA"_s, u"SETTINGS"_s, u"SORT"_s,
        u"SUPPORT_MAPPING"_s, u"SOURCE_CODE"_s};
    auto present = [&all](const QString &name) {
        return std::any_of(all.begin(), all.end(), [&name](const EntityColumn &column) { return column.name == name; });
    };

    // The ORM select: ["*"] becomes ALLOWED_SELECT; a "*" among other names selects every scalar
    // field of the table (APP_ID included), then the rest.
    QStringList names;
    if (request.selectsEverything()) {
        for (const QString &name : allowedSelectOrder) {
            if (present(name))
                names.append(name);
        }
    } else {
        for (const PhpValue::Entry &entry : request.select.entries()) {
            const QString name = entry.value.toString();
            if (name == u"*"_s) {
                for (const EntityColumn &column : all) {
                    if (!names.contains(column.name))
                        names.append(column.name);
                }
            } else if (present(name) && !names.contains(name)) {
                names.append(name);
            }
        }
        if (!names.contains(u"ID"_s))
            names.append(u"ID"_s); // the ORM adds the primary key
    }

    ListPlan plan;
    plan.from = u"connectors WHERE 1 = 1"_s;
    plan.entityName = u"ExternalSourceRestConnector"_s;
    plan.resolve = [all](const QString &path) -> std::optional<ListColumn> {
        for (const EntityColumn &column : all) {
            if (column.name == path)
                return toListColumn(column);
        }
        return std::nullopt;
    };
    // prepareFilter(): the ownership condition joins the caller's filter (and its LOGIC).
    PhpValue filter = PhpValue::array();
    for (const PhpValue::Entry &entry : request.filter.entries()) {
        if (!(entry.value.isArray() && entry.value.size() == 0))
            filter.insert(entry.key, entry.value);
    }
    filter.insert(u"APP_ID"_s, PhpValue(context.clientId));
    plan.filter = filter;
    plan.order = request.order;
    plan.defaultOrder = u"id"_s;
    plan.offset = request.offset;

    QStringList sqlColumns;
    for (const EntityColumn &column : all)
        sqlColumns.append(column.sql);
    auto rows = runList(plan, sqlColumns);
    if (auto *error = std::get_if<FrameworkError>(&rows))
        return MethodOutcome::framework(*error);

    const bool decodeSettings = request.selectContains(u"SETTINGS"_s) || request.selectContains(u"*"_s);
    const bool formatDates = request.selectContains(u"*"_s) || request.selectContains(u"DATE_CREATE"_s);
    PhpValue items = PhpValue::array();
    for (const PhpValue &row : std::get<std::vector<PhpValue>>(rows))
        items.append(renderRow(row, names, formatDates, decodeSettings));
    return MethodOutcome::success(items);
}

} // namespace SandboxPortal
