#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QString>

// Tolerant readers for the scalar shapes the biconnector REST methods return (§2.2 of
// portal-behavior.md). They never fail: unusable input yields the "absent" value.
namespace EntityJson {

// A positive id or count sent as a number (5, 5.0) or a numeric string ("5"); null, 0, "",
// non-numeric text and objects give 0.
qint64 toId(const QJsonValue &value);

// A string field; numbers are printed (a portal may send ids as either), null/absent give "".
QString toText(const QJsonValue &value);

// A boolean sent as JSON bool, number (0/1) or string ("Y"/"N", "true"/"false", "1"/"0").
bool toBool(const QJsonValue &value, bool fallback);

// "Y-m-d H:i:s" (read as local wall-clock time) or ISO-8601; null, "", `{}` and garbage give an
// invalid QDateTime.
QDateTime toDateTime(const QJsonValue &value);

} // namespace EntityJson
