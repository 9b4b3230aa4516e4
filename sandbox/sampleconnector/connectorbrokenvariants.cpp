#include "sandbox/sampleconnector/connectorbrokenvariants.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

QJsonArray withoutKey(const QJsonArray &items, const QString &key)
{
    QJsonArray result;
    for (const QJsonValue &item : items) {
        QJsonObject object = item.toObject();
        object.remove(key);
        result.append(object);
    }
    return result;
}

QJsonArray withRenamedType(const QJsonArray &columns, const QString &from, const QString &to)
{
    QJsonArray result;
    for (const QJsonValue &item : columns) {
        QJsonObject column = item.toObject();
        if (column.value(u"type"_s).toString() == from)
            column.insert(u"type"_s, to);
        result.append(column);
    }
    return result;
}

// Drops the header row; with `ragged`, every second row also loses its last value.
QJsonArray withoutHeader(const QJsonArray &table, bool ragged)
{
    QJsonArray rows;
    for (qsizetype i = 1; i < table.size(); ++i) {
        QJsonArray row = table.at(i).toArray();
        if (ragged && i % 2 == 0 && !row.isEmpty())
            row.removeLast();
        rows.append(row);
    }
    return rows;
}

} // namespace

QStringList ConnectorBrokenVariants::all()
{
    return {u"status500"_s,        u"empty"_s,       u"notjson"_s,        u"missingkeys"_s,
            u"ragged"_s,           u"noheader"_s,    u"emptydescription"_s, u"unknowntype"_s,
            u"acceptsanything"_s};
}

bool ConnectorBrokenVariants::isKnown(const QString &variant)
{
    return all().contains(variant);
}

std::optional<ConnectorReply> ConnectorBrokenVariants::transportDefect(const QString &variant)
{
    if (variant == u"status500"_s)
        return ConnectorReply::error(500, u"Internal error in the broken connector"_s);
    if (variant == u"empty"_s)
        return ConnectorReply::raw(200, QByteArrayLiteral("text/plain"), {});
    if (variant == u"notjson"_s) {
        return ConnectorReply::raw(200, QByteArrayLiteral("text/html"),
                                   QByteArrayLiteral("<html><body><h1>It works!</h1></body></html>"));
    }
    return std::nullopt;
}

bool ConnectorBrokenVariants::acceptsAnyCredentials(const QString &variant)
{
    return variant == u"acceptsanything"_s;
}

ConnectorReply ConnectorBrokenVariants::distort(const QString &variant, const QString &endpoint,
                                                const ConnectorReply &correct)
{
    const QJsonArray items = correct.jsonBody().toArray();
    if (variant == u"missingkeys"_s && endpoint == u"tables"_s)
        return ConnectorReply::json(withoutKey(items, u"title"_s));
    if (variant == u"missingkeys"_s && endpoint == u"describe"_s)
        return ConnectorReply::json(withoutKey(items, u"type"_s));
    if (variant == u"emptydescription"_s && endpoint == u"describe"_s)
        return ConnectorReply::json(QJsonArray());
    if (variant == u"unknowntype"_s && endpoint == u"describe"_s)
        return ConnectorReply::json(withRenamedType(items, u"string"_s, u"varchar"_s));
    if ((variant == u"ragged"_s || variant == u"noheader"_s) && endpoint == u"data"_s)
        return ConnectorReply::json(withoutHeader(items, variant == u"ragged"_s));
    return correct;
}
