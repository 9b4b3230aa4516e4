#include "sandbox/sampleconnector/connectorparams.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QString decodeComponent(QByteArray component)
{
    component.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(component));
}

// Splits "a[b][][c]" into {"a", "b", "", "c"}. Text after an unmatched '[' stays part of the name.
QStringList keyPath(const QString &key)
{
    const qsizetype open = key.indexOf(u'[');
    if (open <= 0 || key.indexOf(u']', open) < 0)
        return {key};
    QStringList path{key.left(open)};
    qsizetype position = open;
    while (position < key.size() && key.at(position) == u'[') {
        const qsizetype close = key.indexOf(u']', position);
        if (close < 0)
            break;
        path.append(key.mid(position + 1, close - position - 1));
        position = close + 1;
    }
    return path;
}

bool isIndex(const QString &key)
{
    bool ok = false;
    const int index = key.toInt(&ok);
    return ok && index >= 0 && QString::number(index) == key;
}

QString nextIndex(const QJsonObject &object)
{
    int next = 0;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (isIndex(it.key()))
            next = std::max(next, it.key().toInt() + 1);
    }
    return QString::number(next);
}

void insertPath(QJsonObject &object, QStringList path, const QString &value)
{
    QString key = path.takeFirst();
    if (key.isEmpty())
        key = nextIndex(object);
    if (path.isEmpty()) {
        object.insert(key, value);
        return;
    }
    QJsonObject child = object.value(key).toObject();
    insertPath(child, path, value);
    object.insert(key, child);
}

QJsonValue indexedMapsToArrays(const QJsonValue &value)
{
    if (!value.isObject())
        return value;
    const QJsonObject object = value.toObject();
    QJsonObject converted;
    bool allIndexes = !object.isEmpty();
    for (auto it = object.begin(); it != object.end(); ++it) {
        converted.insert(it.key(), indexedMapsToArrays(it.value()));
        allIndexes = allIndexes && isIndex(it.key());
    }
    if (!allIndexes)
        return converted;
    QStringList keys = converted.keys();
    std::sort(keys.begin(), keys.end(), [](const QString &a, const QString &b) { return a.toInt() < b.toInt(); });
    QJsonArray array;
    for (const QString &key : std::as_const(keys))
        array.append(converted.value(key));
    return array;
}

bool isJsonContentType(const QByteArray &contentType)
{
    const QByteArray mediaType = contentType.split(';').constFirst().trimmed().toLower();
    return mediaType == "application/json" || mediaType.endsWith("+json");
}

void mergeInto(QJsonObject *target, const QJsonObject &source)
{
    for (auto it = source.begin(); it != source.end(); ++it)
        target->insert(it.key(), it.value());
}

} // namespace

QJsonObject ConnectorParams::parseForm(const QByteArray &encoded)
{
    QJsonObject raw;
    for (const QByteArray &pair : encoded.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        const QString key = decodeComponent(equals < 0 ? pair : pair.left(equals));
        const QString value = equals < 0 ? QString() : decodeComponent(pair.mid(equals + 1));
        if (!key.isEmpty())
            insertPath(raw, keyPath(key), value);
    }
    QJsonObject params;
    for (auto it = raw.begin(); it != raw.end(); ++it)
        params.insert(it.key(), indexedMapsToArrays(it.value()));
    return params;
}

bool ConnectorParams::parse(const QHttpServerRequest &request, QJsonObject *params, QString *error)
{
    *params = parseForm(request.url().query(QUrl::FullyEncoded).toUtf8());
    const QByteArray body = request.body();
    if (body.trimmed().isEmpty())
        return true;
    if (!isJsonContentType(request.value(QByteArrayLiteral("Content-Type")))) {
        mergeInto(params, parseForm(body));
        return true;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = u"the JSON body is not a JSON object"_s;
        return false;
    }
    mergeInto(params, document.object());
    return true;
}

QString ConnectorParams::text(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return value.toVariant().toString();
    case QJsonValue::Bool:
        return value.toBool() ? u"1"_s : QString();
    default:
        return {};
    }
}

QList<std::pair<QString, QJsonValue>> ConnectorParams::entries(const QJsonValue &value)
{
    QList<std::pair<QString, QJsonValue>> result;
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            result.append({QString::number(i), array.at(i)});
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            result.append({it.key(), it.value()});
    }
    return result;
}

QStringList ConnectorParams::textList(const QJsonValue &value)
{
    if (!value.isArray() && !value.isObject())
        return value.isUndefined() || value.isNull() ? QStringList() : QStringList{text(value)};
    QStringList texts;
    for (const auto &[key, item] : entries(value))
        texts.append(text(item));
    return texts;
}
