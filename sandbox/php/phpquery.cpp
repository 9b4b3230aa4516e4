#include "sandbox/php/phpquery.h"

#include <QList>

using namespace Qt::StringLiterals;

namespace SandboxPortal {

namespace {

QString decodeComponent(QByteArrayView component)
{
    QByteArray bytes = component.toByteArray();
    bytes.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(bytes));
}

// Splits "name[a][b][]" into {"name", "a", "b", ""} following PHP's rules.
QStringList splitKey(const QString &rawKey)
{
    QString key = rawKey;
    while (key.startsWith(u' '))
        key.remove(0, 1);
    const qsizetype open = key.indexOf(u'[');
    QString base = open < 0 ? key : key.left(open);
    QStringList segments;
    if (open >= 0) {
        qsizetype pos = open;
        while (pos < key.size() && key.at(pos) == u'[') {
            const qsizetype close = key.indexOf(u']', pos + 1);
            if (close < 0) {
                if (segments.isEmpty()) // an unmatched first bracket is part of the name
                    base = key.left(open) + u'_' + key.mid(open + 1);
                break;
            }
            segments.append(key.mid(pos + 1, close - pos - 1));
            pos = close + 1;
        }
    }
    for (QChar &c : base) {
        if (c == u' ' || c == u'.')
            c = u'_';
    }
    segments.prepend(base);
    return segments;
}

void assign(PhpValue &target, const QStringList &path, qsizetype index, const QString &value)
{
    const QString &segment = path.at(index);
    const bool last = index == path.size() - 1;
    if (!target.isArray())
        target = PhpValue::array();
    if (last) {
        if (segment.isEmpty())
            target.append(PhpValue(value));
        else
            target.insert(segment, PhpValue(value));
        return;
    }
    QString key = segment;
    if (key.isEmpty()) {
        target.append(PhpValue::array());
        key = target.keys().constLast();
    }
    PhpValue *child = target.find(key);
    if (!child || !child->isArray()) {
        target.insert(key, PhpValue::array());
        child = target.find(key);
    }
    assign(*child, path, index + 1, value);
}

void buildInto(const PhpValue &value, const QByteArray &prefix, QList<QByteArray> &parts)
{
    switch (value.type()) {
    case PhpValue::Type::Null:
        return;
    case PhpValue::Type::Array:
        for (const PhpValue::Entry &entry : value.entries()) {
            const QByteArray key = PhpQuery::encodeComponent(entry.key);
            buildInto(entry.value, prefix.isEmpty() ? key : prefix + "%5B" + key + "%5D", parts);
        }
        return;
    case PhpValue::Type::Bool:
        parts.append(prefix + '=' + (value.toBool() ? "1" : "0"));
        return;
    default:
        parts.append(prefix + '=' + PhpQuery::encodeComponent(value.toString()));
    }
}

} // namespace

namespace PhpQuery {

PhpValue parse(QByteArrayView query)
{
    PhpValue result = PhpValue::array();
    for (const QByteArray &pair : query.toByteArray().split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        const QString key = decodeComponent(equals < 0 ? QByteArrayView(pair) : QByteArrayView(pair).first(equals));
        const QString value = equals < 0 ? QString() : decodeComponent(QByteArrayView(pair).sliced(equals + 1));
        const QStringList path = splitKey(key);
        if (path.constFirst().isEmpty())
            continue;
        assign(result, path, 0, value);
    }
    return result;
}

QByteArray build(const PhpValue &params)
{
    QList<QByteArray> parts;
    buildInto(params, {}, parts);
    return parts.join('&');
}

QByteArray encodeComponent(const QString &text)
{
    QByteArray encoded = text.toUtf8().toPercentEncoding(QByteArrayLiteral(" "), QByteArrayLiteral("~"));
    encoded.replace(' ', '+');
    return encoded;
}

} // namespace PhpQuery

} // namespace SandboxPortal
