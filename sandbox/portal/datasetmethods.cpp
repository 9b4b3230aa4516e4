#include "sandbox/portal/datasetmethods.h"

#include "sandbox/portal/portaldatabase.h"
#include "sandbox/portal/portalsettings.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace SandboxPortal {

namespace {

const QStringList ColumnTypes{u"int"_s,   u"string"_s, u"double"_s,  u"date"_s,
                              u"datetime"_s, u"money"_s, u"timezone"_s};

// Names the BI builder already uses (SupersetServiceIntegration::getTableList()).
const QStringList BuiltInTables{
    u"crm_deal"_s,          u"crm_lead"_s,          u"crm_contact"_s,          u"crm_company"_s,
    u"crm_activity"_s,      u"crm_deal_stage_history"_s, u"crm_lead_status_history"_s, u"crm_product_row"_s,
    u"crm_dynamic_items"_s, u"crm_smart_proc"_s,    u"telephony_call"_s,       u"tasks_task"_s,
    u"user"_s,              u"user_department"_s,   u"socialnetwork_group"_s,  u"crm_entity_relation"_s,
};

bool matches(const QString &pattern, const QString &text)
{
    return QRegularExpression(pattern).match(text).hasMatch();
}

// array_count_values(array_column($columns, KEY)) > 1, in first-appearance order.
QStringList duplicates(const PhpValue &columns, const QString &key)
{
    QStringList seen;
    QStringList repeated;
    for (const PhpValue::Entry &entry : columns.entries()) {
        if (!entry.value.isArray() || !entry.value.contains(key))
            continue;
        const PhpValue &value = entry.value.value(key);
        if (!value.isString() && !value.isInt())
            continue;
        const QString text = value.toString();
        if (seen.contains(text) && !repeated.contains(text))
            repeated.append(text);
        seen.append(text);
    }
    return repeated;
}

QString idList(const QList<qint64> &ids)
{
    QStringList parts;
    for (qint64 id : ids)
        parts.append(QString::number(id));
    return parts.join(u',');
}

} // namespace

void DatasetMethods::registerAll(MethodRegistry &registry)
{
    registerMethods(registry, {u"biconnector.dataset"_s, u"biconnector.table"_s});
    for (const QString &prefix : {u"biconnector.dataset"_s, u"biconnector.table"_s}) {
        registry.add(prefix + u".fields.update"_s, [this](const CallContext &context, const MethodReply &reply) {
            reply(fieldsUpdate(context));
        });
    }
    // dataset.add / dataset.delete: "old behaviour", a static flag that stays on for the request.
    for (const QString &name : {u"biconnector.dataset.add"_s, u"biconnector.dataset.delete"_s}) {
        const MethodHandler inner = *registry.find(name);
        registry.add(name, [inner](const CallContext &context, const MethodReply &reply) {
            *context.oldDatasetBehaviour = true;
            inner(context, reply);
        });
    }
}

QList<FieldSpec> DatasetMethods::schema() const
{
    return EntitySchemas::dataset();
}

const QList<EntityColumn> &DatasetMethods::datasetColumns()
{
    static const QList<EntityColumn> columns{
        {u"ID"_s, u"id"_s, ColumnKind::Integer},
        {u"TYPE"_s, u"type"_s, ColumnKind::Text},
        {u"NAME"_s, u"name"_s, ColumnKind::Text},
        {u"DESCRIPTION"_s, u"description"_s, ColumnKind::Text},
        {u"EXTERNAL_CODE"_s, u"external_code"_s, ColumnKind::Text},
        {u"EXTERNAL_NAME"_s, u"external_name"_s, ColumnKind::Text},
        {u"DATE_CREATE"_s, u"date_create"_s, ColumnKind::Date},
        {u"DATE_UPDATE"_s, u"date_update"_s, ColumnKind::Date},
        {u"CREATED_BY_ID"_s, u"created_by_id"_s, ColumnKind::Integer},
        {u"UPDATED_BY_ID"_s, u"updated_by_id"_s, ColumnKind::Integer},
        {u"EXTERNAL_ID"_s, u"external_id"_s, ColumnKind::Integer},
    };
    return columns;
}

QList<EntityColumn> DatasetMethods::fieldColumns() const
{
    QList<EntityColumn> columns{
        {u"ID"_s, u"id"_s, ColumnKind::Integer},
        {u"DATASET_ID"_s, u"dataset_id"_s, ColumnKind::Integer},
        {u"TYPE"_s, u"type"_s, ColumnKind::Text},
        {u"NAME"_s, u"name"_s, ColumnKind::Text},
        {u"EXTERNAL_CODE"_s, u"external_code"_s, ColumnKind::Text},
        {u"VISIBLE"_s, u"visible"_s, ColumnKind::Boolean},
    };
    if (m_env.settings.isDocs2026())
        columns.append({u"DESCRIPTION"_s, u"description"_s, ColumnKind::Text});
    return columns;
}

PhpValue DatasetMethods::renderDataset(const PhpValue &row, const QStringList &names, bool formatDates) const
{
    const bool zeroForNull = m_env.settings.isDocs2026();
    PhpValue item = PhpValue::array();
    for (const QString &name : names) {
        for (const EntityColumn &column : datasetColumns()) {
            if (column.name != name)
                continue;
            PhpValue value = renderColumn(column, row.value(column.sql), formatDates);
            if (zeroForNull && value.isNull() && (name == u"EXTERNAL_ID"_s || name == u"UPDATED_BY_ID"_s))
                value = PhpValue::fromInt(0);
            item.insert(upperSnakeToCamel(name), value);
        }
    }
    return item;
}

std::vector<PhpValue> DatasetMethods::currentFields(qint64 datasetId) const
{
    return m_env.database.select(u"SELECT * FROM dataset_fields WHERE dataset_id = ? ORDER BY id"_s, {datasetId});
}

std::optional<ApiError> DatasetMethods::checkColumns(const PhpValue &columns)
{
    std::optional<ApiError> first;
    auto note = [&first](const ApiError &error) {
        if (!first)
            first = error;
    };
    if (columns.size() == 0)
        return std::nullopt;
    if (const QStringList codes = duplicates(columns, u"EXTERNAL_CODE"_s); !codes.isEmpty())
        note(ApiErrors::duplicateFieldCode(codes));
    if (const QStringList names = duplicates(columns, u"NAME"_s); !names.isEmpty())
        note(ApiErrors::duplicateFieldName(names));
    for (const PhpValue::Entry &entry : columns.entries()) {
        const PhpValue &column = entry.value;
        if (!column.isArray() || !column.contains(u"NAME"_s) || !column.contains(u"TYPE"_s)
            || !column.contains(u"EXTERNAL_CODE"_s)) {
            note(ApiErrors::fieldMissingRequiredParameters());
            return first;
        }
        const QString name = column.value(u"NAME"_s).toString();
        if (!matches(u"^[A-Z][A-Z0-9_]*$"_s, name))
            note(ApiErrors::fieldNameInvalidFormat());
        if (name.size() > 32)
            note(ApiErrors::fieldNameTooLong());
        if (!column.value(u"TYPE"_s).isString() || !ColumnTypes.contains(column.value(u"TYPE"_s).toString()))
            note(ApiErrors::fieldInvalidType());
    }
    return first;
}

std::optional<ApiError> DatasetMethods::checkBeforeAdd(const QString &name, const PhpValue &columns) const
{
    const bool stringCodes = m_env.settings.isDocs2026();
    if (const QStringList names = duplicates(columns, u"NAME"_s); !names.isEmpty())
        return ApiErrors::duplicateColumnNames(names, stringCodes);
    if (BuiltInTables.contains(name))
        return ApiErrors::tableAlreadyExists(stringCodes);
    if (stringCodes && m_env.database.scalar(u"SELECT COUNT(*) FROM datasets WHERE name = ?"_s, {name}).toInt() > 0)
        return ApiErrors::tableNameExists(name);
    if (columns.isEmpty())
        return ApiErrors::fieldsEmpty();
    return std::nullopt;
}

std::variant<std::monostate, ApiError, FrameworkError> DatasetMethods::insertColumns(qint64 datasetId,
                                                                                     const PhpValue &columns,
                                                                                     bool onlyNameCodeType)
{
    QStringList known{u"NAME"_s, u"TYPE"_s, u"EXTERNAL_CODE"_s, u"VISIBLE"_s, u"ID"_s, u"DATASET_ID"_s};
    if (m_env.settings.isDocs2026())
        known.append(u"DESCRIPTION"_s);
    std::optional<ApiError> firstOrmError;
    for (const PhpValue::Entry &entry : columns.entries()) {
        const PhpValue &column = entry.value;
        for (const QString &key : column.keys()) {
            if (!known.contains(key))
                return FrameworkErrors::ormArgument(u"ExternalDatasetField Entity has no `%1` field."_s.arg(key));
        }
        if (column.value(u"EXTERNAL_CODE"_s).toString().size() > 512) {
            if (!firstOrmError)
                firstOrmError = ApiErrors::valueTooLong(u"EXTERNAL_CODE"_s, 512);
            continue;
        }
        const PhpValue &visible = column.value(u"VISIBLE"_s);
        const bool isVisible = onlyNameCodeType || !visible.isSet() || visible.toString() == u"Y"_s
            || (visible.toString() != u"N"_s && visible.toBool());
        const PhpValue &description = column.value(u"DESCRIPTION"_s);
        m_env.database.exec(
            u"INSERT INTO dataset_fields (dataset_id, type, name, external_code, visible, description) VALUES (?, ?, ?, ?, ?, ?)"_s,
            {datasetId, column.value(u"TYPE"_s).toString(), column.value(u"NAME"_s).toString(),
             column.value(u"EXTERNAL_CODE"_s).isSet() ? QVariant(column.value(u"EXTERNAL_CODE"_s).toString()) : QVariant(),
             isVisible ? 1 : 0,
             !onlyNameCodeType && description.isSet() ? QVariant(description.toString()) : QVariant()});
    }
    if (firstOrmError)
        return *firstOrmError;
    return std::monostate{};
}

void DatasetMethods::addEntity(const CallContext &context, const MethodReply &reply)
{
    const PhpValue fields = upperSnakeKeys(context.params.value(u"fields"_s));
    const QString name = fields.value(u"NAME"_s).toString();
    const PhpValue &columns = fields.value(u"FIELDS"_s);

    if (!matches(u"^[a-z][a-z0-9_]*$"_s, name))
        return reply(MethodOutcome::failure(ApiErrors::datasetNameInvalid()));
    const qint64 sourceId = fields.value(u"SOURCE_ID"_s).toInt();
    if (!ownedSource(sourceId, context.clientId))
        return reply(MethodOutcome::failure(ApiErrors::sourceNotFound()));
    if (auto error = checkBeforeAdd(name, columns))
        return reply(MethodOutcome::failure(*error));
    if (auto error = checkColumns(columns))
        return reply(MethodOutcome::failure(*error));
    if (name.size() > 230)
        return reply(MethodOutcome::failure(ApiErrors::datasetNameTooLong()));
    for (const QString &key : {u"EXTERNAL_CODE"_s, u"EXTERNAL_NAME"_s}) {
        if (fields.value(key).toString().size() > 512)
            return reply(MethodOutcome::failure(ApiErrors::valueTooLong(key, 512)));
    }

    PortalDatabase &db = m_env.database;
    db.beginTransaction();
    const PhpValue &description = fields.value(u"DESCRIPTION"_s);
    const qint64 id = db.exec(u"INSERT INTO datasets (type, name, description, external_code, external_name, date_create, "
                              "created_by_id, source_id) VALUES ('rest', ?, ?, ?, ?, ?, ?, ?)"_s,
                              {name, description.isSet() ? QVariant(description.toString()) : QVariant(),
                               fields.value(u"EXTERNAL_CODE"_s).toString(), fields.value(u"EXTERNAL_NAME"_s).toString(),
                               PortalDatabase::nowText(), context.userId, sourceId});
    auto inserted = insertColumns(id, columns, false);
    if (auto *error = std::get_if<FrameworkError>(&inserted)) {
        db.rollback();
        return reply(MethodOutcome::framework(*error));
    }
    if (auto *error = std::get_if<ApiError>(&inserted)) {
        db.rollback();
        return reply(MethodOutcome::failure(*error));
    }
    // dataset.add ("old behaviour") also creates the BI Builder dataset when Superset is deployed.
    if (*context.oldDatasetBehaviour && m_env.settings.supersetDeployed)
        db.exec(u"UPDATE datasets SET external_id = ? WHERE id = ?"_s, {id + 1000, id});
    db.commit();
    reply(MethodOutcome::success(PhpValue::map({{u"id"_s, PhpValue::fromInt(id)}})));
}

void DatasetMethods::updateEntity(const CallContext &context, const MethodReply &reply)
{
    const qint64 id = context.params.value(u"id"_s).toInt();
    if (!ownedDataset(id, context.clientId))
        return reply(MethodOutcome::failure(ApiErrors::datasetNotFound()));
    const PhpValue &input = context.params.value(u"fields"_s);
    if (input.value(u"fields"_s).isSet())
        return reply(MethodOutcome::failure(ApiErrors::useFieldsUpdateMethod()));
    // Only the description is effectively writable (the rest is immutable or read-only).
    const PhpValue &description = input.value(u"description"_s);
    if (description.isSet()) {
        m_env.database.exec(u"UPDATE datasets SET description = ?, date_update = ?, updated_by_id = ? WHERE id = ?"_s,
                            {description.toString(), PortalDatabase::nowText(), context.userId, id});
    } else {
        m_env.database.exec(u"UPDATE datasets SET date_update = ?, updated_by_id = ? WHERE id = ?"_s,
                            {PortalDatabase::nowText(), context.userId, id});
    }
    reply(MethodOutcome::success(PhpValue::fromBool(true)));
}

MethodOutcome DatasetMethods::deleteEntity(const CallContext &context)
{
    const qint64 id = context.params.value(u"id"_s).toInt();
    if (!ownedDataset(id, context.clientId))
        return MethodOutcome::failure(ApiErrors::datasetNotFound());
    return deleteWithChildren(u"datasets"_s, u"dataset_fields"_s, u"dataset_id"_s, id);
}

MethodOutcome DatasetMethods::getEntity(const CallContext &context)
{
    const qint64 id = context.params.value(u"id"_s).toInt();
    const auto dataset = ownedDataset(id, context.clientId);
    if (!dataset)
        return MethodOutcome::failure(ApiErrors::datasetNotFound());
    PhpValue item = renderDataset(*dataset, columnNames(datasetColumns()), true);
    PhpValue fieldList = PhpValue::array();
    const QList<EntityColumn> columns = fieldColumns();
    for (const PhpValue &row : currentFields(id)) {
        PhpValue field = PhpValue::array();
        for (const EntityColumn &column : columns)
            field.insert(upperSnakeToCamel(column.name), renderColumn(column, row.value(column.sql), true));
        fieldList.append(field);
    }
    item.insert(u"fields"_s, fieldList);
    return MethodOutcome::success(PhpValue::map({{u"item"_s, item}}));
}

MethodOutcome DatasetMethods::listEntities(const CallContext &context, const ListRequest &request)
{
    RelationList list;
    list.prefix = u"DATASET"_s;
    list.alias = u"d"_s;
    list.columns = datasetColumns();
    list.relationKey = u"SOURCE_ID"_s;
    list.relationSql = u"d.source_id"_s;
    list.selfKey = u"DATASET_ID"_s;
    list.droppedKey = u"FIELDS"_s;
    list.from = u"datasets d JOIN sources s ON s.id = d.source_id JOIN connectors c ON c.id = s.connector_id "
                "WHERE d.type = 'rest' AND c.app_id = ?"_s;
    list.fromBinds = {context.clientId};
    list.entityName = u"ExternalSourceDatasetRelation"_s;
    auto listed = runRelationList(list, request);
    if (auto *outcome = std::get_if<MethodOutcome>(&listed))
        return *outcome;
    const RelationRows &result = std::get<RelationRows>(listed);

    PhpValue items = PhpValue::array();
    for (const PhpValue &row : result.rows) {
        PhpValue item = renderDataset(row, result.mainNames, result.formatDates);
        if (result.withRelation)
            item.insert(u"sourceId"_s, row.value(u"source_id"_s));
        items.append(item);
    }
    return MethodOutcome::success(items);
}

MethodOutcome DatasetMethods::fieldsUpdate(const CallContext &context)
{
    if (auto denied = checkApplicationAccess(context))
        return *denied;
    if (auto error = FieldValidator::validateId(context.params))
        return MethodOutcome::failure(*error);

    const PhpValue &addParam = context.params.value(u"add"_s);
    const PhpValue &updateParam = context.params.value(u"update"_s);
    const PhpValue &deleteParam = context.params.value(u"delete"_s);
    PhpValue toAdd = PhpValue::array();
    if (addParam.isArray()) {
        for (const PhpValue::Entry &entry : addParam.entries()) {
            const PhpValue &item = entry.value;
            if (!item.isArray() || !item.value(u"name"_s).isSet() || !item.value(u"externalCode"_s).isSet()
                || !item.value(u"type"_s).isSet())
                return MethodOutcome::failure(ApiErrors::fieldAddMissingRequiredFields());
            toAdd.append(PhpValue::map({{u"NAME"_s, item.value(u"name"_s)},
                                        {u"EXTERNAL_CODE"_s, item.value(u"externalCode"_s)},
                                        {u"TYPE"_s, item.value(u"type"_s)}}));
        }
    }
    QList<QPair<qint64, PhpValue>> toUpdate;
    if (updateParam.isArray()) {
        for (const PhpValue::Entry &entry : updateParam.entries()) {
            const PhpValue &item = entry.value;
            if (!item.isArray() || !item.value(u"id"_s).isSet() || !item.value(u"visible"_s).isSet())
                return MethodOutcome::failure(ApiErrors::fieldUpdateMissingRequiredFields());
            toUpdate.append({item.value(u"id"_s).toInt(), item.value(u"visible"_s)});
        }
    }
    QList<qint64> toDelete;
    if (deleteParam.isArray()) {
        for (const PhpValue::Entry &entry : deleteParam.entries()) {
            if (!entry.value.isNumeric() || entry.value.toInt() < 1)
                return MethodOutcome::failure(ApiErrors::fieldDeleteInvalidId());
            toDelete.append(entry.value.toInt());
        }
    }

    const qint64 datasetId = context.params.value(u"id"_s).toInt();
    const auto dataset = ownedDataset(datasetId, context.clientId);
    if (!dataset)
        return MethodOutcome::failure(ApiErrors::datasetNotFound());

    const std::vector<PhpValue> current = currentFields(datasetId);
    if (toAdd.size() > 0) {
        if (auto error = checkColumns(toAdd))
            return MethodOutcome::failure(*error);
        // Existing columns count even when this call deletes them.
        QStringList existingCodes;
        QStringList existingNames;
        for (const PhpValue &row : current) {
            for (const PhpValue::Entry &entry : toAdd.entries()) {
                const QString code = row.value(u"external_code"_s).toString();
                const QString name = row.value(u"name"_s).toString();
                if (entry.value.value(u"EXTERNAL_CODE"_s).toString() == code && !existingCodes.contains(code))
                    existingCodes.append(code);
                if (entry.value.value(u"NAME"_s).toString() == name && !existingNames.contains(name))
                    existingNames.append(name);
            }
        }
        if (!existingCodes.isEmpty())
            return MethodOutcome::failure(ApiErrors::duplicateExistCode(existingCodes));
        if (!existingNames.isEmpty())
            return MethodOutcome::failure(ApiErrors::duplicateExistName(existingNames));
    }

    PortalDatabase &db = m_env.database;
    db.beginTransaction();
    for (const auto &[fieldId, visible] : toUpdate) {
        // Only columns of this table; (bool) cast, so the string "false" means true.
        for (const PhpValue &row : current) {
            if (row.value(u"id"_s).toInt() != fieldId)
                continue;
            const bool wanted = visible.toBool();
            if (wanted != (row.value(u"visible"_s).toInt() != 0))
                db.exec(u"UPDATE dataset_fields SET visible = ? WHERE id = ?"_s, {wanted ? 1 : 0, fieldId});
        }
    }
    std::optional<ApiError> error;
    auto inserted = insertColumns(datasetId, toAdd, true);
    if (auto *argument = std::get_if<FrameworkError>(&inserted)) {
        db.rollback();
        return MethodOutcome::framework(*argument);
    }
    if (auto *ormError = std::get_if<ApiError>(&inserted))
        error = *ormError;
    // Deletes by id only, whatever table the columns belong to (a real quirk).
    if (!toDelete.isEmpty())
        db.exec(u"DELETE FROM dataset_fields WHERE id IN (%1)"_s.arg(idList(toDelete)));
    if (error)
        db.rollback();
    else
        db.commit();

    // After the commit, the Superset sync runs; it fails for tables without a BI Builder dataset.
    if (!error && m_env.settings.supersetDeployed && dataset->value(u"external_id"_s).isNull())
        error = ApiErrors::supersetSyncFailed(m_env.settings.isDocs2026());
    if (error)
        return MethodOutcome::failure(*error);
    return MethodOutcome::success(PhpValue::fromBool(true));
}

} // namespace SandboxPortal
