#pragma once

#include "sandbox/sampleconnector/connectorschema.h"

#include <QJsonArray>
#include <QVariantList>

// A SQL WHERE fragment with positional placeholders and the values bound to them, in order.
struct SqlCondition
{
    QString sql; // empty = no condition
    QVariantList values;
};

// The sample connector's SQLite store: the demo tables (physical names "demo_<code>") plus the
// catalog tables "demo_tables" / "demo_columns" that keep titles, human column names and types, so a
// file database keeps columns added later. Every instance uses its own, unique connection name.
class ConnectorCatalog
{
public:
    ConnectorCatalog();
    ~ConnectorCatalog();
    Q_DISABLE_COPY_MOVE(ConnectorCatalog)

    // Opens ":memory:" or a file. Creates and fills the demo tables unless the file already holds them.
    bool open(const QString &databasePath, QString *error);

    const QList<ConnectorTable> &tables() const { return m_tables; }
    const ConnectorTable *table(const QString &code) const;

    // Adds `column` (code must be a lowercase identifier, type one of ConnectorTypes) to a table.
    bool addColumn(const QString &tableCode, const ConnectorColumn &column, QString *error);

    // Values of `columns` of `table` for the rows matching `where`, in insertion order, at most
    // `limit` rows; one JSON array per row, typed by column type (null for SQL NULL).
    bool select(const ConnectorTable &table, const QList<ConnectorColumn> &columns, const SqlCondition &where,
                int limit, QJsonArray *rows, QString *error) const;

private:
    void close();
    bool createDemo(QString *error);
    bool loadCatalog(QString *error);

    QString m_connectionName;
    QList<ConnectorTable> m_tables;
};
