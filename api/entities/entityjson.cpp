#include "api/entities/entityjson.h"

#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace EntityJson {

qint64 toId(const QJsonValue &value)
{
    qint64 id = 0;
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (number > 0 && number < 9.0e15 && number == std::trunc(number))  // huge negatives overflow the cast
            id = static_cast<qint64>(number);
    } else if (value.isString()) {
        bool ok = false;
        id = value.toString().trimmed().toLongLong(&ok);
        if (!ok)
            id = 0;
    }
    return id > 0 ? id : 0;
}

QString toText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (number == std::trunc(number) && std::abs(number) < 9.0e15)
            return QString::number(static_cast<qint64>(number));
        return QString::number(number, 'g', QLocale::FloatingPointShortest);
    }
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    return {};
}

bool toBool(const QJsonValue &value, bool fallback)
{
    if (value.isBool())
        return value.toBool();
    if (value.isDouble())
        return value.toDouble() != 0.0;
    if (value.isString()) {
        const QString text = value.toString().trimmed().toLower();
        if (text == "y"_L1 || text == "true"_L1 || text == "1"_L1)
            return true;
        if (text == "n"_L1 || text == "false"_L1 || text == "0"_L1 || text.isEmpty())
            return false;
    }
    return fallback;
}

QDateTime toDateTime(const QJsonValue &value)
{
    if (!value.isString())
        return {};  // null, absent, and the `{}` of explicit selects
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return {};
    QDateTime parsed = QDateTime::fromString(text, u"yyyy-MM-dd HH:mm:ss"_s);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid()) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (date.isValid())
            parsed = date.startOfDay();
    }
    return parsed;
}

} // namespace EntityJson
