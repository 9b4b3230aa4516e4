#pragma once

#include "sandbox/php/phpvalue.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <vector>

namespace SandboxPortal {

// The portal's SQLite store (file or :memory:). Each instance owns a uniquely named connection, so
// several sandboxes can live in one process; use it only from the thread that opened it.
class PortalDatabase
{
public:
    PortalDatabase();
    ~PortalDatabase();
    Q_DISABLE_COPY_MOVE(PortalDatabase)

    bool open(const QString &path, QString *error);
    bool isOpen() const;
    QSqlDatabase connection() const;

    // Rows as ordered maps column -> value (INTEGER -> int, REAL -> float, TEXT -> string, NULL -> null).
    std::vector<PhpValue> select(const QString &sql, const QVariantList &binds = {}) const;
    // The first column of the first row, or an invalid QVariant.
    QVariant scalar(const QString &sql, const QVariantList &binds = {}) const;
    // Executes a statement; returns the last insert id for INSERTs (0 otherwise, -1 on failure).
    qint64 exec(const QString &sql, const QVariantList &binds = {});

    bool beginTransaction();
    bool commit();
    bool rollback();

    // "Y-m-d H:i:s" in local time, as the portal's DateTime fields are formatted.
    static QString nowText();

private:
    void createSchema();

    QString m_connectionName;
};

} // namespace SandboxPortal
