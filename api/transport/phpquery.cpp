#include "api/transport/phpquery.h"

#include <QLocale>

#include <QJsonArray>
#include <QUrl>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace PhpQuery {
namespace {

QString numberText(double value)
{
    double integral = 0;
    if (std::modf(value, &integral) == 0.0 && std::fabs(value) < 9.007199254740992e15)
        return QString::number(static_cast<qint64>(value));
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

void append(QList<Pair> &pairs, const QString &key, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return;
    case QJsonValue::Bool:
        pairs.append({key, value.toBool() ? u"1"_s : u"0"_s});
        return;
    case QJsonValue::Double:
        pairs.append({key, numberText(value.toDouble())});
        return;
    case QJsonValue::String:
        pairs.append({key, value.toString()});
        return;
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            append(pairs, key % u'[' % QString::number(i) % u']', array.at(i));
        return;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            append(pairs, key % u'[' % it.key() % u']', it.value());
        return;
    }
    }
}

QByteArray percentEncode(const QString &text)
{
    return QUrl::toPercentEncoding(text, QByteArrayLiteral(" ")).replace(' ', '+').replace("~", "%7E");
}

QString percentDecode(QByteArray text)
{
    return QUrl::fromPercentEncoding(text.replace('+', ' '));
}

} // namespace

QList<Pair> flatten(const QJsonObject &params)
{
    QList<Pair> pairs;
    for (auto it = params.constBegin(); it != params.constEnd(); ++it)
        append(pairs, it.key(), it.value());
    return pairs;
}

QByteArray encode(const QList<Pair> &pairs)
{
    QByteArray out;
    for (const Pair &pair : pairs) {
        if (!out.isEmpty())
            out += '&';
        out += percentEncode(pair.first) + '=' + percentEncode(pair.second);
    }
    return out;
}

QByteArray build(const QJsonObject &params)
{
    return encode(flatten(params));
}

QList<Pair> parse(const QByteArray &query)
{
    QList<Pair> pairs;
    for (const QByteArray &part : query.split('&')) {
        if (part.isEmpty())
            continue;
        const qsizetype equals = part.indexOf('=');
        if (equals < 0)
            pairs.append({percentDecode(part), QString()});
        else
            pairs.append({percentDecode(part.left(equals)), percentDecode(part.mid(equals + 1))});
    }
    return pairs;
}

QStringList keyPath(const QString &key)
{
    const qsizetype open = key.indexOf(u'[');
    if (open < 0)
        return {key};
    QStringList path{key.left(open)};
    qsizetype pos = open;
    while (pos < key.size() && key.at(pos) == u'[') {
        const qsizetype close = key.indexOf(u']', pos);
        if (close < 0)
            break;
        path.append(key.mid(pos + 1, close - pos - 1));
        pos = close + 1;
    }
    return path;
}

bool containsBoolean(const QJsonValue &value)
{
    if (value.isBool())
        return true;
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        return std::any_of(array.constBegin(), array.constEnd(), [](const QJsonValue &item) { return containsBoolean(item); });
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        return std::any_of(object.constBegin(), object.constEnd(), [](const QJsonValue &item) { return containsBoolean(item); });
    }
    return false;
}

} // namespace PhpQuery
