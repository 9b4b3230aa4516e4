#pragma once

#include "sandbox/portal/entityschema.h"
#include "sandbox/portal/listquery.h"
#include "sandbox/rest/methodcall.h"

#include <QList>
#include <QString>

struct PortalSettings;

namespace SandboxPortal {

class ConnectorCaller;
class PortalDatabase;

// What the biconnector handlers need from the server.
struct MethodEnvironment
{
    PortalDatabase &database;
    const PortalSettings &settings;
    ConnectorCaller &connectorCaller;
};

// How a stored column reaches the wire.
enum class ColumnKind { Integer, Text, Boolean, Date, JsonList };

struct EntityColumn
{
    QString name; // ORM name, UPPER_SNAKE
    QString sql;  // SQL expression
    ColumnKind kind = ColumnKind::Text;
};

// Renders a stored value: ints, strings, booleans, decoded JSON, dates as "Y-m-d H:i:s" or, when
// `formatDates` is false and the value is set, the unformatted DateTime object "{}".
PhpValue renderColumn(const EntityColumn &column, const PhpValue &raw, bool formatDates);
ListColumn toListColumn(const EntityColumn &column);
QStringList columnNames(const QList<EntityColumn> &columns);

// The shared flow of biconnector/lib/Rest/Base.php: permission and application checks, the
// generic validation, then the entity-specific step. Subclasses register one method family.
class EntityMethods
{
public:
    explicit EntityMethods(const MethodEnvironment &environment);
    virtual ~EntityMethods();
    Q_DISABLE_COPY_MOVE(EntityMethods)

    // Registers PREFIX.add/update/delete/get/list/fields for every prefix.
    void registerMethods(MethodRegistry &registry, const QStringList &prefixes);

protected:
    virtual QList<FieldSpec> schema() const = 0;
    virtual void addEntity(const CallContext &context, const MethodReply &reply) = 0;
    virtual void updateEntity(const CallContext &context, const MethodReply &reply) = 0;
    virtual MethodOutcome deleteEntity(const CallContext &context) = 0;
    virtual MethodOutcome getEntity(const CallContext &context) = 0;
    virtual MethodOutcome listEntities(const CallContext &context, const ListRequest &request) = 0;

    // ACCESS_DENIED without BI access or without an application (webhook) context.
    std::optional<MethodOutcome> checkApplicationAccess(const CallContext &context) const;
    bool hasBiAccess() const;

    // Ownership look-ups (the caller's app owns the connector, directly or through the chain).
    std::optional<PhpValue> ownedConnector(qint64 id, const QString &appId) const;
    std::optional<PhpValue> ownedSource(qint64 id, const QString &appId) const;
    std::optional<PhpValue> ownedDataset(qint64 id, const QString &appId) const;

    // Deletes row `id` of `table` and its rows in `childTable` (`childKey` = id) in one transaction.
    MethodOutcome deleteWithChildren(const QString &table, const QString &childTable, const QString &childKey,
                                     qint64 id) const;

    // ORM DataManager::checkFields for strings: required non-empty values, then maximum lengths
    // (in the order the data lists them). `data` maps ORM names to values.
    static std::optional<ApiError> checkOrmStrings(const PhpValue &data, const QStringList &required,
                                                   const QList<QPair<QString, int>> &maxLengths, bool isUpdate);

    // Runs the list query shared by the three list methods and renders its rows.
    struct ListPlan
    {
        QString from;          // FROM ... WHERE <ownership> (no trailing AND)
        QVariantList fromBinds;
        ColumnResolver resolve;
        QString entityName;    // for ORM error messages
        PhpValue filter;       // ORM filter with entity prefixes applied
        PhpValue order;
        QString defaultOrder;  // used when the request has no order (the database order)
        qint64 offset = 0;
    };
    std::variant<std::vector<PhpValue>, FrameworkError> runList(const ListPlan &plan, const QStringList &sqlColumns) const;

    // How Source.php and Dataset.php list through a relation table: the main object's columns
    // under "PREFIX.", one relation column (connectorId / sourceId) and one key that is accepted
    // and dropped (settings / fields).
    struct RelationList
    {
        QString prefix;       // "SOURCE" / "DATASET"
        QString alias;        // SQL alias of the main table
        QList<EntityColumn> columns;
        QString relationKey;  // "CONNECTOR_ID" / "SOURCE_ID"
        QString relationSql;
        QString selfKey;      // the relation table's own column for the main id: "SOURCE_ID" / "DATASET_ID"
        QString droppedKey;   // "SETTINGS" / "FIELDS"
        QString from;         // as ListPlan::from
        QVariantList fromBinds;
        QString entityName;
    };
    struct RelationRows
    {
        std::vector<PhpValue> rows; // main columns by their SQL name, plus the relation column
        QStringList mainNames;      // main columns to render, the primary key included
        bool withRelation = true;
        bool formatDates = true;    // false: explicitly selected dates stay DateTime objects ({})
    };
    // Runs the list; a framework error or the HTTP 500 of a select without main columns comes
    // back as an outcome instead.
    std::variant<RelationRows, MethodOutcome> runRelationList(const RelationList &list, const ListRequest &request) const;

    // prepareFilter()/prepareOrder() of Source.php and Dataset.php: the relation column keeps its
    // name, `dropped` disappears, every other key gets "PREFIX." after its operator prefix. With
    // the realism quirk on, LOGIC and nested groups are prefixed too (and then fail in the ORM).
    PhpValue prefixFilter(const PhpValue &filter, const QString &relationKey, const QString &dropped,
                          const QString &prefix) const;
    static PhpValue prefixOrder(const PhpValue &order, const QString &relationKey, const QString &dropped,
                                const QString &prefix);

    MethodEnvironment m_env;

private:
    void callAdd(const CallContext &context, const MethodReply &reply);
    void callUpdate(const CallContext &context, const MethodReply &reply);
    MethodOutcome callDelete(const CallContext &context);
    MethodOutcome callGet(const CallContext &context);
    MethodOutcome callList(const CallContext &context);
    MethodOutcome callFields(const CallContext &context) const;
};

} // namespace SandboxPortal
