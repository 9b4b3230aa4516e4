#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

// PHP's http_build_query() for JSON parameters, as the portal parses them with parse_str()
// (batch sub-commands, connector endpoint calls: portal-behavior.md §4, §6.1).
// Nested values use bracket notation (`filter[sourceId]=5`, `select[0]=id`), null values and empty
// arrays/objects are omitted, booleans become 1/0, and numbers are written without exponent.
namespace PhpQuery {

using Pair = std::pair<QString, QString>;   // decoded key with brackets, decoded value

QList<Pair> flatten(const QJsonObject &params);
// Percent-encodes like PHP's urlencode(): only [A-Za-z0-9_.-] stay, space becomes '+'.
QByteArray encode(const QList<Pair> &pairs);
QByteArray build(const QJsonObject &params);

// Parses an encoded query back into decoded pairs (for redaction and diagnostics).
QList<Pair> parse(const QByteArray &query);
// "fields[settings][0][value]" -> {"fields", "settings", "0", "value"}
QStringList keyPath(const QString &key);

bool containsBoolean(const QJsonValue &value);

} // namespace PhpQuery
