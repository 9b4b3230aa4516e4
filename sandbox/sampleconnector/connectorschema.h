#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// The shape of one column of a sample connector table, as urlTableDescription reports it.
struct ConnectorColumn
{
    QString code; // external code (lowercase SQLite column name), e.g. "closed_at"
    QString name; // human name, e.g. "Closed at"
    QString type; // int | string | double | date | datetime
};

// One table of the sample connector, as urlTableList and urlTableDescription report it.
struct ConnectorTable
{
    QString code;  // external code, e.g. "deals"
    QString title; // human title, e.g. "Deals"
    QList<ConnectorColumn> columns;

    const ConnectorColumn *column(const QString &code) const;
};

namespace ConnectorTypes {
// The column types the sample connector serves (the documented urlTableDescription types).
QStringList all();
bool isKnown(const QString &type);
} // namespace ConnectorTypes
