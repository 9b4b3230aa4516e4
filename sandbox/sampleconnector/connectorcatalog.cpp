#include "sandbox/sampleconnector/connectorcatalog.h"

#include "sandbox/sampleconnector/connectordemodata.h"

#include <QAtomicInt>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

QAtomicInt g_connectionSerial;

QString quoted(const QString &identifier)
{
    return u'"' + identifier + u'"';
}

QString physicalName(const QString &tableCode)
{
    return quoted(u"demo_"_s + tableCode);
}

QString sqlType(const QString &type)
{
    if (type == u"int"_s)
        return u"INTEGER"_s;
    if (type == u"double"_s)
        return u"REAL"_s;
    return u"TEXT"_s;
}

QString columnDefinition(const ConnectorColumn &column)
{
    return quoted(column.code) + u' ' + sqlType(column.type);
}

QJsonValue typedValue(const QVariant &value, const QString &type)
{
    if (value.isNull())
        return QJsonValue(QJsonValue::Null);
    if (type == u"int"_s)
        return QJsonValue(value.toLongLong());
    if (type == u"double"_s)
        return QJsonValue(value.toDouble());
    return QJsonValue(value.toString());
}

bool exec(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    *error = query.lastError().text();
    return false;
}

bool exec(QSqlQuery &query, const QString &sql, QString *error)
{
    if (query.exec(sql))
        return true;
    *error = query.lastError().text();
    return false;
}

bool insertCatalogColumn(QSqlQuery &query, const QString &tableCode, int position, const ConnectorColumn &column,
                         QString *error)
{
    query.prepare(u"INSERT INTO demo_columns (table_code, position, code, name, type) VALUES (?, ?, ?, ?, ?)"_s);
    query.addBindValue(tableCode);
    query.addBindValue(position);
    query.addBindValue(column.code);
    query.addBindValue(column.name);
    query.addBindValue(column.type);
    return exec(query, error);
}

bool createTable(QSqlQuery &query, int position, const ConnectorTable &table, QString *error)
{
    QStringList definitions;
    for (const ConnectorColumn &column : table.columns)
        definitions.append(columnDefinition(column));
    if (!exec(query, u"CREATE TABLE %1 (%2)"_s.arg(physicalName(table.code), definitions.join(u", "_s)), error))
        return false;

    query.prepare(u"INSERT INTO demo_tables (position, code, title) VALUES (?, ?, ?)"_s);
    query.addBindValue(position);
    query.addBindValue(table.code);
    query.addBindValue(table.title);
    if (!exec(query, error))
        return false;
    for (int i = 0; i < table.columns.size(); ++i) {
        if (!insertCatalogColumn(query, table.code, i, table.columns.at(i), error))
            return false;
    }

    const QString placeholders = QStringList(table.columns.size(), u"?"_s).join(u", "_s);
    for (int row = 0; row < ConnectorDemoData::rowCount(table.code); ++row) {
        query.prepare(u"INSERT INTO %1 VALUES (%2)"_s.arg(physicalName(table.code), placeholders));
        for (const QVariant &value : ConnectorDemoData::row(table.code, row))
            query.addBindValue(value);
        if (!exec(query, error))
            return false;
    }
    return true;
}

} // namespace

ConnectorCatalog::ConnectorCatalog()
    : m_connectionName(u"biw-sampleconnector-%1"_s.arg(g_connectionSerial.fetchAndAddRelaxed(1)))
{
}

ConnectorCatalog::~ConnectorCatalog()
{
    close();
}

void ConnectorCatalog::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    QSqlDatabase::database(m_connectionName, false).close();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_tables.clear();
}

bool ConnectorCatalog::open(const QString &databasePath, QString *error)
{
    close();
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(databasePath);
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    const bool ok = db.tables().contains(u"demo_columns"_s) ? loadCatalog(error) : createDemo(error);
    if (!ok)
        m_tables.clear();
    return ok;
}

bool ConnectorCatalog::createDemo(QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    QSqlQuery query(db);
    db.transaction();
    bool ok = exec(query, u"CREATE TABLE demo_tables (position INTEGER, code TEXT UNIQUE, title TEXT)"_s, error)
        && exec(query,
                u"CREATE TABLE demo_columns (table_code TEXT, position INTEGER, code TEXT, name TEXT, type TEXT)"_s,
                error);
    const QList<ConnectorTable> demo = ConnectorDemoData::tables();
    for (int i = 0; ok && i < demo.size(); ++i)
        ok = createTable(query, i, demo.at(i), error);
    if (!ok) {
        db.rollback();
        return false;
    }
    db.commit();
    m_tables = demo;
    return true;
}

bool ConnectorCatalog::loadCatalog(QString *error)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    if (!exec(query, u"SELECT code, title FROM demo_tables ORDER BY position"_s, error))
        return false;
    while (query.next())
        m_tables.append(ConnectorTable{query.value(0).toString(), query.value(1).toString(), {}});
    if (!exec(query, u"SELECT table_code, code, name, type FROM demo_columns ORDER BY table_code, position"_s, error))
        return false;
    while (query.next()) {
        for (ConnectorTable &table : m_tables) {
            if (table.code == query.value(0).toString())
                table.columns.append({query.value(1).toString(), query.value(2).toString(), query.value(3).toString()});
        }
    }
    return true;
}

const ConnectorTable *ConnectorCatalog::table(const QString &code) const
{
    for (const ConnectorTable &candidate : m_tables) {
        if (candidate.code == code)
            return &candidate;
    }
    return nullptr;
}

bool ConnectorCatalog::addColumn(const QString &tableCode, const ConnectorColumn &column, QString *error)
{
    static const QRegularExpression identifier(u"^[a-z][a-z0-9_]{0,62}$"_s);
    auto it = std::find_if(m_tables.begin(), m_tables.end(),
                           [&](const ConnectorTable &candidate) { return candidate.code == tableCode; });
    if (it == m_tables.end()) {
        *error = u"unknown table %1"_s.arg(tableCode);
        return false;
    }
    if (!identifier.match(column.code).hasMatch() || it->column(column.code)) {
        *error = u"invalid or duplicate column code %1"_s.arg(column.code);
        return false;
    }
    if (!ConnectorTypes::isKnown(column.type)) {
        *error = u"unknown column type %1"_s.arg(column.type);
        return false;
    }
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    const QString alter = u"ALTER TABLE %1 ADD COLUMN %2"_s.arg(physicalName(tableCode), columnDefinition(column));
    if (!exec(query, alter, error) || !insertCatalogColumn(query, tableCode, int(it->columns.size()), column, error))
        return false;
    it->columns.append(column);
    return true;
}

bool ConnectorCatalog::select(const ConnectorTable &table, const QList<ConnectorColumn> &columns,
                              const SqlCondition &where, int limit, QJsonArray *rows, QString *error) const
{
    QStringList names;
    for (const ConnectorColumn &column : columns)
        names.append(quoted(column.code));
    QString sql = u"SELECT %1 FROM %2"_s.arg(names.join(u", "_s), physicalName(table.code));
    if (!where.sql.isEmpty())
        sql += u" WHERE "_s + where.sql;
    sql += u" ORDER BY rowid LIMIT ?"_s;

    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &value : where.values)
        query.addBindValue(value);
    query.addBindValue(limit);
    if (!exec(query, error))
        return false;
    while (query.next()) {
        QJsonArray row;
        for (int i = 0; i < columns.size(); ++i)
            row.append(typedValue(query.value(i), columns.at(i).type));
        rows->append(row);
    }
    return true;
}
