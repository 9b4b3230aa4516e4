#include "sandbox/sampleconnector/connectordataquery.h"

#include "sandbox/sampleconnector/connectorcatalog.h"
#include "sandbox/sampleconnector/connectorfilter.h"
#include "sandbox/sampleconnector/connectorparams.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

std::optional<ConnectorColumn> resolveName(const ConnectorTable &table, const QJsonObject &mapFields,
                                           const QString &name)
{
    for (auto it = mapFields.begin(); it != mapFields.end(); ++it) {
        if (ConnectorParams::text(it.value()) != name)
            continue;
        if (const ConnectorColumn *mapped = table.column(it.key()))
            return *mapped;
    }
    for (const ConnectorColumn &column : table.columns) {
        if (column.code.compare(name, Qt::CaseInsensitive) == 0)
            return column;
    }
    return std::nullopt;
}

int limitOf(const QJsonObject &params)
{
    bool ok = false;
    const int limit = ConnectorParams::text(params.value(u"limit"_s)).toInt(&ok);
    if (!ok || limit <= 0)
        return ConnectorDataQuery::DefaultLimit;
    return std::min(limit, ConnectorDataQuery::MaxLimit);
}

} // namespace

ConnectorReply ConnectorDataQuery::answer(const ConnectorCatalog &catalog, const ConnectorTable &table,
                                          const QJsonObject &params)
{
    const QJsonObject mapFields = params.value(u"mapFields"_s).toObject();
    const auto resolve = [&](const QString &name) { return resolveName(table, mapFields, name); };

    QList<ConnectorColumn> columns;
    const QStringList select = ConnectorParams::textList(params.value(u"select"_s));
    for (const QString &name : select) {
        const std::optional<ConnectorColumn> column = resolve(name);
        if (!column)
            return ConnectorReply::error(400, u"Unknown field in select: %1"_s.arg(name));
        const bool duplicate = std::any_of(columns.cbegin(), columns.cend(),
                                           [&](const ConnectorColumn &c) { return c.code == column->code; });
        if (!duplicate)
            columns.append(*column);
    }
    if (columns.isEmpty())
        columns = table.columns;

    SqlCondition where;
    QString error;
    if (!ConnectorFilter::build(params.value(u"filter"_s), resolve, &where, &error))
        return ConnectorReply::error(400, error);

    QJsonArray header;
    for (const ConnectorColumn &column : std::as_const(columns))
        header.append(column.code);
    QJsonArray rows;
    rows.append(header);
    if (!catalog.select(table, columns, where, limitOf(params), &rows, &error))
        return ConnectorReply::error(500, error);
    return ConnectorReply::json(rows);
}
