#include "sandbox/portal/entitymethods.h"

#include "sandbox/php/phpjson.h"
#include "sandbox/portal/portaldatabase.h"
#include "sandbox/portal/portalsettings.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace SandboxPortal {

PhpValue renderColumn(const EntityColumn &column, const PhpValue &raw, bool formatDates)
{
    if (raw.isNull())
        return raw;
    switch (column.kind) {
    case ColumnKind::Integer:
        return PhpValue::fromInt(raw.toInt());
    case ColumnKind::Text:
        return PhpValue(raw.toString());
    case ColumnKind::Boolean:
        return PhpValue::fromBool(raw.toInt() != 0);
    case ColumnKind::Date:
        return formatDates ? PhpValue(raw.toString()) : PhpValue::emptyObject();
    case ColumnKind::JsonList:
        return PhpJson::decode(raw.toString().toUtf8()).value_or(PhpValue::array());
    }
    return raw;
}

ListColumn toListColumn(const EntityColumn &column)
{
    switch (column.kind) {
    case ColumnKind::Integer:
        return {column.sql, ListColumn::Kind::Integer};
    case ColumnKind::Boolean:
        return {column.sql, ListColumn::Kind::Boolean};
    case ColumnKind::Date:
        return {column.sql, ListColumn::Kind::Date};
    default:
        return {column.sql, ListColumn::Kind::Text};
    }
}

QStringList columnNames(const QList<EntityColumn> &columns)
{
    QStringList names;
    names.reserve(columns.size());
    for (const EntityColumn &column : columns)
        names.append(column.name);
    return names;
}

EntityMethods::EntityMethods(const MethodEnvironment &environment)
    : m_env(environment)
{
}

EntityMethods::~EntityMethods() = default;

void EntityMethods::registerMethods(MethodRegistry &registry, const QStringList &prefixes)
{
    for (const QString &prefix : prefixes) {
        registry.add(prefix + u".add"_s, [this](const CallContext &context, const MethodReply &reply) {
            callAdd(context, reply);
        });
        registry.add(prefix + u".update"_s, [this](const CallContext &context, const MethodReply &reply) {
            callUpdate(context, reply);
        });
        registry.add(prefix + u".delete"_s, [this](const CallContext &context, const MethodReply &reply) {
            reply(callDelete(context));
        });
        registry.add(prefix + u".get"_s, [this](const CallContext &context, const MethodReply &reply) {
            reply(callGet(context));
        });
        registry.add(prefix + u".list"_s, [this](const CallContext &context, const MethodReply &reply) {
            reply(callList(context));
        });
        registry.add(prefix + u".fields"_s, [this](const CallContext &context, const MethodReply &reply) {
            reply(callFields(context));
        });
    }
}

bool EntityMethods::hasBiAccess() const
{
    return m_env.settings.biAccess;
}

std::optional<MethodOutcome> EntityMethods::checkApplicationAccess(const CallContext &context) const
{
    if (!hasBiAccess() || context.clientId.isEmpty())
        return MethodOutcome::failure(ApiErrors::accessDenied());
    return std::nullopt;
}

void EntityMethods::callAdd(const CallContext &context, const MethodReply &reply)
{
    if (auto denied = checkApplicationAccess(context))
        return reply(*denied);
    if (auto error = FieldValidator::validateFields(context.params.value(u"fields"_s), schema(), true))
        return reply(MethodOutcome::failure(*error));
    addEntity(context, reply);
}

void EntityMethods::callUpdate(const CallContext &context, const MethodReply &reply)
{
    if (auto denied = checkApplicationAccess(context))
        return reply(*denied);
    if (auto error = FieldValidator::validateId(context.params))
        return reply(MethodOutcome::failure(*error));
    if (auto error = FieldValidator::validateFields(context.params.value(u"fields"_s), schema(), false))
        return reply(MethodOutcome::failure(*error));
    updateEntity(context, reply);
}

MethodOutcome EntityMethods::callDelete(const CallContext &context)
{
    if (auto denied = checkApplicationAccess(context))
        return *denied;
    if (auto error = FieldValidator::validateId(context.params))
        return MethodOutcome::failure(*error);
    return deleteEntity(context);
}

MethodOutcome EntityMethods::callGet(const CallContext &context)
{
    if (auto denied = checkApplicationAccess(context))
        return *denied;
    if (auto error = FieldValidator::validateId(context.params))
        return MethodOutcome::failure(*error);
    return getEntity(context);
}

MethodOutcome EntityMethods::callList(const CallContext &context)
{
    if (auto denied = checkApplicationAccess(context))
        return *denied;
    if (auto error = ListRequest::validate(context.params, EntitySchemas::titles(schema())))
        return MethodOutcome::failure(*error);
    return listEntities(context, ListRequest::prepare(context.params));
}

MethodOutcome EntityMethods::callFields(const CallContext &) const
{
    // *.fields checks only the permissions: it works with webhooks too.
    if (!hasBiAccess())
        return MethodOutcome::failure(ApiErrors::accessDenied());
    return MethodOutcome::success(EntitySchemas::describe(schema()));
}

std::optional<PhpValue> EntityMethods::ownedConnector(qint64 id, const QString &appId) const
{
    const auto rows = m_env.database.select(u"SELECT * FROM connectors WHERE id = ? AND app_id = ?"_s, {id, appId});
    if (rows.empty())
        return std::nullopt;
    return rows.front();
}

std::optional<PhpValue> EntityMethods::ownedSource(qint64 id, const QString &appId) const
{
    const auto rows = m_env.database.select(u"SELECT s.* FROM sources s JOIN connectors c ON c.id = s.connector_id "
                                            "WHERE s.id = ? AND s.type = 'rest' AND c.app_id = ?"_s,
                                            {id, appId});
    if (rows.empty())
        return std::nullopt;
    return rows.front();
}

std::optional<PhpValue> EntityMethods::ownedDataset(qint64 id, const QString &appId) const
{
    const auto rows = m_env.database.select(
        u"SELECT d.* FROM datasets d JOIN sources s ON s.id = d.source_id JOIN connectors c ON c.id = s.connector_id "
        "WHERE d.id = ? AND d.type = 'rest' AND c.app_id = ?"_s,
        {id, appId});
    if (rows.empty())
        return std::nullopt;
    return rows.front();
}

std::optional<ApiError> EntityMethods::checkOrmStrings(const PhpValue &data, const QStringList &required,
                                                       const QList<QPair<QString, int>> &maxLengths, bool isUpdate)
{
    for (const QString &name : required) {
        const bool present = data.contains(name);
        if (isUpdate && !present)
            continue;
        if (!present || data.value(name).isNull() || data.value(name).toString().isEmpty())
            return ApiErrors::emptyRequired(name);
    }
    for (const PhpValue::Entry &entry : data.entries()) {
        for (const auto &[name, maxLength] : maxLengths) {
            if (entry.key == name && entry.value.toString().size() > maxLength)
                return ApiErrors::valueTooLong(name, maxLength);
        }
    }
    return std::nullopt;
}

std::variant<std::vector<PhpValue>, FrameworkError> EntityMethods::runList(const ListPlan &plan,
                                                                           const QStringList &sqlColumns) const
{
    auto order = buildOrderSql(plan.order, plan.resolve, plan.entityName);
    if (auto *error = std::get_if<FrameworkError>(&order))
        return *error;
    auto filter = buildFilterSql(plan.filter, plan.resolve, plan.entityName);
    if (auto *error = std::get_if<FrameworkError>(&filter))
        return *error;
    const auto &where = std::get<SqlFragment>(filter);
    QString orderBy = std::get<QString>(order);
    if (orderBy.isEmpty())
        orderBy = plan.defaultOrder;
    const QString sql = u"SELECT "_s + sqlColumns.join(u", "_s) + u" FROM "_s + plan.from + u" AND ("_s + where.sql
        + u") ORDER BY "_s + orderBy + u" LIMIT %1 OFFSET %2"_s.arg(ListRequest::PageSize).arg(plan.offset);
    return m_env.database.select(sql, plan.fromBinds + where.binds);
}

namespace {

QString trimFilterPrefix(const QString &key)
{
    qsizetype i = 0;
    while (i < key.size() && QStringView(u"<>=!@%").contains(key.at(i)))
        ++i;
    return key.mid(i);
}

bool isIndexKey(const QString &key)
{
    bool ok = false;
    key.toLongLong(&ok);
    return ok;
}

} // namespace

PhpValue EntityMethods::prefixFilter(const PhpValue &filter, const QString &relationKey, const QString &dropped,
                                     const QString &prefix) const
{
    static const QRegularExpression firstWord(u"^([<>=!@%]*)([A-Z]+)"_s);
    PhpValue result = PhpValue::array();
    for (const PhpValue::Entry &entry : filter.entries()) {
        const QString field = trimFilterPrefix(entry.key);
        if (field == dropped || (entry.value.isArray() && entry.value.size() == 0))
            continue;
        if (field == relationKey) {
            result.insert(entry.key, entry.value);
            continue;
        }
        if (!m_env.settings.logicOnlyOnConnectorList) {
            if (entry.key == u"LOGIC"_s) {
                result.insert(entry.key, entry.value);
                continue;
            }
            if (isIndexKey(entry.key) && entry.value.isArray()) {
                result.insert(entry.key, prefixFilter(entry.value, relationKey, dropped, prefix));
                continue;
            }
        }
        QString key = entry.key;
        key.replace(firstWord, u"\\1"_s + prefix + u".\\2"_s);
        result.insert(key, entry.value);
    }
    return result;
}

PhpValue EntityMethods::prefixOrder(const PhpValue &order, const QString &relationKey, const QString &dropped,
                                    const QString &prefix)
{
    PhpValue result = PhpValue::array();
    for (const PhpValue::Entry &entry : order.entries()) {
        if (entry.key == dropped)
            continue;
        result.insert(entry.key == relationKey ? entry.key : prefix + u'.' + entry.key, entry.value);
    }
    return result;
}

std::variant<EntityMethods::RelationRows, MethodOutcome> EntityMethods::runRelationList(const RelationList &list,
                                                                                       const ListRequest &request) const
{
    RelationRows result;
    if (request.selectsEverything()) {
        for (const EntityColumn &column : list.columns)
            result.mainNames.append(column.name);
    } else {
        result.withRelation = request.selectContains(list.relationKey);
        result.formatDates = !m_env.settings.explicitSelectDatesAsObjects;
        for (const PhpValue::Entry &entry : request.select.entries()) {
            const QString name = entry.value.toString();
            if (name == u"*"_s) { // "PREFIX.*": every column of the main object
                for (const EntityColumn &column : list.columns) {
                    if (!result.mainNames.contains(column.name))
                        result.mainNames.append(column.name);
                }
            } else if (name != list.relationKey && name != list.droppedKey && !result.mainNames.contains(name)) {
                result.mainNames.append(name);
            }
        }
        if (!result.mainNames.isEmpty() && !result.mainNames.contains(u"ID"_s))
            result.mainNames.append(u"ID"_s); // the ORM adds the primary key
    }

    const QString prefix = list.prefix + u'.';
    ListPlan plan;
    plan.from = list.from;
    plan.fromBinds = list.fromBinds;
    plan.entityName = list.entityName;
    plan.resolve = [list, prefix](const QString &path) -> std::optional<ListColumn> {
        if (path == list.relationKey)
            return ListColumn{list.relationSql, ListColumn::Kind::Integer};
        if (path == u"ID"_s || path == list.selfKey)
            return ListColumn{list.alias + u".id"_s, ListColumn::Kind::Integer};
        if (!path.startsWith(prefix))
            return std::nullopt;
        for (const EntityColumn &column : list.columns) {
            if (column.name == path.mid(prefix.size()))
                return toListColumn(EntityColumn{column.name, list.alias + u'.' + column.sql, column.kind});
        }
        return std::nullopt;
    };
    plan.filter = prefixFilter(request.filter, list.relationKey, list.droppedKey, list.prefix);
    plan.order = prefixOrder(request.order, list.relationKey, list.droppedKey, list.prefix);
    plan.defaultOrder = list.alias + u".id"_s;
    plan.offset = request.offset;

    QStringList sqlColumns;
    for (const EntityColumn &column : list.columns)
        sqlColumns.append(list.alias + u'.' + column.sql);
    sqlColumns.append(list.relationSql);
    auto rows = runList(plan, sqlColumns);
    if (auto *error = std::get_if<FrameworkError>(&rows))
        return MethodOutcome::framework(*error);
    result.rows = std::move(std::get<std::vector<PhpValue>>(rows));
    // A select without any column of the main object dereferences null on the first row.
    if (result.mainNames.isEmpty() && !result.rows.empty()) {
        if (m_env.settings.selectWithoutMainColumnCrashes)
            return MethodOutcome::crash();
        result.mainNames.append(u"ID"_s);
    }
    return result;
}

MethodOutcome EntityMethods::deleteWithChildren(const QString &table, const QString &childTable,
                                                const QString &childKey, qint64 id) const
{
    PortalDatabase &db = m_env.database;
    db.beginTransaction();
    db.exec(u"DELETE FROM "_s + childTable + u" WHERE "_s + childKey + u" = ?"_s, {id});
    db.exec(u"DELETE FROM "_s + table + u" WHERE id = ?"_s, {id});
    db.commit();
    return MethodOutcome::success(PhpValue::fromBool(true));
}

} // namespace SandboxPortal
