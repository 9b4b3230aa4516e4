#include "sandbox/portal/portaldatabase.h"

#include "sandbox/sandboxlogging.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace SandboxPortal {

namespace {

const char *const SchemaStatements[] = {
    "CREATE TABLE IF NOT EXISTS connectors ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT, app_id TEXT NOT NULL, title TEXT NOT NULL,"
    " date_create TEXT NOT NULL, logo TEXT NOT NULL, description TEXT, sort INTEGER NOT NULL DEFAULT 100,"
    " url_check TEXT NOT NULL, settings TEXT NOT NULL, url_data TEXT NOT NULL,"
    " url_table_list TEXT NOT NULL, url_table_description TEXT NOT NULL,"
    " support_mapping INTEGER NOT NULL DEFAULT 0, source_code TEXT)",
    "CREATE INDEX IF NOT EXISTS connectors_app ON connectors(app_id)",
    "CREATE TABLE IF NOT EXISTS sources ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT, type TEXT NOT NULL, code TEXT NOT NULL, title TEXT NOT NULL,"
    " description TEXT, active INTEGER NOT NULL DEFAULT 1, date_create TEXT NOT NULL, date_update TEXT,"
    " created_by_id INTEGER NOT NULL, updated_by_id INTEGER, connector_id INTEGER NOT NULL)",
    "CREATE INDEX IF NOT EXISTS sources_connector ON sources(connector_id)",
    "CREATE TABLE IF NOT EXISTS source_settings ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT, source_id INTEGER NOT NULL, code TEXT NOT NULL,"
    " name TEXT, type TEXT, value TEXT)",
    "CREATE INDEX IF NOT EXISTS source_settings_source ON source_settings(source_id)",
    "CREATE TABLE IF NOT EXISTS datasets ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT, type TEXT NOT NULL, name TEXT NOT NULL, description TEXT,"
    " external_code TEXT, external_name TEXT, date_create TEXT NOT NULL, date_update TEXT,"
    " created_by_id INTEGER, updated_by_id INTEGER, external_id INTEGER, source_id INTEGER NOT NULL)",
    "CREATE INDEX IF NOT EXISTS datasets_source ON datasets(source_id)",
    "CREATE INDEX IF NOT EXISTS datasets_name ON datasets(name)",
    "CREATE TABLE IF NOT EXISTS dataset_fields ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT, dataset_id INTEGER NOT NULL, type TEXT NOT NULL,"
    " name TEXT NOT NULL, external_code TEXT, visible INTEGER NOT NULL DEFAULT 1, description TEXT)",
    "CREATE INDEX IF NOT EXISTS dataset_fields_dataset ON dataset_fields(dataset_id)",
    "CREATE TABLE IF NOT EXISTS oauth_clients ("
    " client_id TEXT PRIMARY KEY, client_secret TEXT NOT NULL, redirect_uri TEXT)",
    "CREATE TABLE IF NOT EXISTS oauth_tokens ("
    " token TEXT PRIMARY KEY, kind TEXT NOT NULL, client_id TEXT NOT NULL, user_id INTEGER NOT NULL,"
    " expires_at INTEGER NOT NULL, redirect_uri TEXT, scope TEXT NOT NULL DEFAULT 'biconnector')",
    "CREATE TABLE IF NOT EXISTS portal_meta (key TEXT PRIMARY KEY, value TEXT)",
};

PhpValue toPhp(const QVariant &value)
{
    if (value.isNull())
        return {};
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return PhpValue::fromInt(value.toLongLong());
    case QMetaType::Double:
        return PhpValue::fromDouble(value.toDouble());
    case QMetaType::QByteArray:
        return PhpValue(QString::fromUtf8(value.toByteArray()));
    default:
        return PhpValue(value.toString());
    }
}

} // namespace

PortalDatabase::PortalDatabase()
    : m_connectionName(u"biw-sandbox-"_s + QUuid::createUuid().toString(QUuid::Id128))
{
}

PortalDatabase::~PortalDatabase()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool PortalDatabase::open(const QString &path, QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(path);
    if (!db.open()) {
        if (error)
            *error = u"cannot open database %1: %2"_s.arg(path, db.lastError().text());
        return false;
    }
    exec(u"PRAGMA foreign_keys = OFF"_s);
    if (path != u":memory:"_s)
        exec(u"PRAGMA journal_mode = WAL"_s);
    createSchema();
    return true;
}

bool PortalDatabase::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

QSqlDatabase PortalDatabase::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void PortalDatabase::createSchema()
{
    for (const char *statement : SchemaStatements)
        exec(QString::fromLatin1(statement));
}

std::vector<PhpValue> PortalDatabase::select(const QString &sql, const QVariantList &binds) const
{
    std::vector<PhpValue> rows;
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        qCWarning(lcSandbox) << "SQL prepare failed:" << query.lastError().text() << sql;
        return rows;
    }
    for (const QVariant &bind : binds)
        query.addBindValue(bind);
    if (!query.exec()) {
        qCWarning(lcSandbox) << "SQL failed:" << query.lastError().text() << sql;
        return rows;
    }
    const QSqlRecord record = query.record();
    while (query.next()) {
        PhpValue row = PhpValue::array();
        for (int i = 0; i < record.count(); ++i)
            row.insert(record.fieldName(i), toPhp(query.value(i)));
        rows.push_back(std::move(row));
    }
    return rows;
}

QVariant PortalDatabase::scalar(const QString &sql, const QVariantList &binds) const
{
    QSqlQuery query(connection());
    if (!query.prepare(sql))
        return {};
    for (const QVariant &bind : binds)
        query.addBindValue(bind);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0);
}

qint64 PortalDatabase::exec(const QString &sql, const QVariantList &binds)
{
    QSqlQuery query(connection());
    if (!query.prepare(sql)) {
        qCWarning(lcSandbox) << "SQL prepare failed:" << query.lastError().text() << sql;
        return -1;
    }
    for (const QVariant &bind : binds)
        query.addBindValue(bind);
    if (!query.exec()) {
        qCWarning(lcSandbox) << "SQL failed:" << query.lastError().text() << sql;
        return -1;
    }
    const QVariant id = query.lastInsertId();
    return id.isValid() ? id.toLongLong() : 0;
}

bool PortalDatabase::beginTransaction()
{
    return connection().transaction();
}

bool PortalDatabase::commit()
{
    return connection().commit();
}

bool PortalDatabase::rollback()
{
    return connection().rollback();
}

QString PortalDatabase::nowText()
{
    return QDateTime::currentDateTime().toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

} // namespace SandboxPortal
