#include "api/journal/secretredaction.h"

#include "api/journal/jsonpathwalk.h"
#include "api/transport/phpquery.h"

using namespace Qt::StringLiterals;

namespace SecretRedaction {
namespace {

// The non-secret metadata of source.get's nested `connection` object (portal-behavior.md §3.4).
bool isSourceMetadataKey(const QString &key)
{
    static const QStringList keys{u"id"_s, u"type"_s, u"code"_s, u"title"_s, u"description"_s, u"active"_s,
                                  u"dateCreate"_s, u"dateUpdate"_s, u"createdById"_s, u"updatedById"_s};
    return keys.contains(key);
}

bool isSecretSettingsTail(const QStringList &tail)
{
    if (tail.isEmpty())
        return false;
    if (JsonPathWalk::isIndex(tail.first()))   // settings[i].value (source.get/list); settings[i].code/name are not secret
        return tail.size() >= 2 && tail.at(1).compare(u"value"_s, Qt::CaseInsensitive) == 0;
    return true;                 // settings[code] = value (source.add/update)
}

bool isEmptyValue(const QJsonValue &value)
{
    return value.isNull() || value.isUndefined() || (value.isString() && value.toString().isEmpty());
}

} // namespace

QString mask()
{
    return u"[redacted]"_s;
}

bool isSecretKey(const QString &key)
{
    QString normalized = key.toLower();
    normalized.remove(u'_').remove(u'-');
    static const QStringList exact{u"auth"_s, u"accesstoken"_s, u"refreshtoken"_s, u"clientsecret"_s,
                                   u"password"_s, u"passwd"_s, u"pwd"_s, u"pass"_s, u"secret"_s,
                                   u"token"_s, u"apikey"_s, u"authorization"_s, u"privatekey"_s};
    return exact.contains(normalized) || normalized.contains(u"password"_s) || normalized.contains(u"secret"_s)
           || normalized.endsWith(u"token"_s);
}

bool isSecretPath(const QStringList &path)
{
    for (qsizetype i = 0; i < path.size(); ++i) {
        const QString &segment = path.at(i);
        if (isSecretKey(segment))
            return true;
        if (segment == u"settings"_s && isSecretSettingsTail(path.mid(i + 1)))
            return true;
        if (segment == u"connection"_s && i + 1 < path.size()) {
            // source.get nests its metadata as item.connection; everywhere else (connector endpoint
            // calls) connection[code] holds the source's setting values.
            const bool sourceMetadata = i > 0 && path.at(i - 1) == u"item"_s && isSourceMetadataKey(path.at(i + 1));
            if (!sourceMetadata)
                return true;
        }
    }
    return false;
}

QJsonValue redact(const QJsonValue &value)
{
    return JsonPathWalk::transform(value, [](const QJsonValue &v, const QStringList &path,
                                             const QJsonObject &) -> std::optional<QJsonValue> {
        if (!path.isEmpty() && isSecretPath(path))
            return isEmptyValue(v) ? v : QJsonValue(mask());
        if (path.size() == 2 && path.first() == u"cmd"_s && v.isString())
            return redactCommand(v.toString());
        return std::nullopt;
    });
}

QJsonObject redact(const QJsonObject &object)
{
    return redact(QJsonValue(object)).toObject();
}

QByteArray redactQuery(const QByteArray &encodedQuery)
{
    QList<PhpQuery::Pair> pairs = PhpQuery::parse(encodedQuery);
    for (PhpQuery::Pair &pair : pairs) {
        if (!pair.second.isEmpty() && isSecretPath(PhpQuery::keyPath(pair.first)))
            pair.second = mask();
    }
    return PhpQuery::encode(pairs);
}

QString redactCommand(const QString &command)
{
    const qsizetype question = command.indexOf(u'?');
    if (question < 0)
        return command;
    return command.left(question + 1) + QString::fromLatin1(redactQuery(command.mid(question + 1).toLatin1()));
}

QUrl redactUrl(const QUrl &url)
{
    QUrl redacted = url;
    redacted.setUserInfo(QString());
    if (url.hasQuery())
        redacted.setQuery(QString::fromLatin1(redactQuery(url.query(QUrl::FullyEncoded).toLatin1())),
                          QUrl::StrictMode);
    return redacted;
}

} // namespace SecretRedaction
