#include "api/journal/curlcommand.h"

#include "api/journal/jsonpathwalk.h"
#include "api/transport/phpquery.h"
#include "api/journal/secretredaction.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace CurlCommand {
namespace {

// "clientSecret", "client_secret", "client-secret" -> "CLIENT_SECRET"
QString placeholderName(const QString &key)
{
    QString name;
    for (qsizetype i = 0; i < key.size(); ++i) {
        const QChar c = key.at(i);
        if (c.isUpper() && i > 0 && key.at(i - 1).isLower())
            name += u'_';
        name += c.isLetterOrNumber() && c.unicode() < 128 ? c.toUpper() : QChar(u'_');
    }
    return name;
}

QString wrap(const QString &name)
{
    return u"{{"_s + name + u"}}"_s;
}

bool isMasked(const QJsonValue &value)
{
    return value.isString() && value.toString() == SecretRedaction::mask();
}

// "method?query" with each masked query value replaced by its placeholder, left unencoded so the
// user sees (and fills in) the name.
QString commandWithPlaceholders(const QString &command)
{
    const qsizetype question = command.indexOf(u'?');
    if (question < 0)
        return command;
    QStringList parts;
    const QList<PhpQuery::Pair> pairs = PhpQuery::parse(command.mid(question + 1).toUtf8());
    for (const PhpQuery::Pair &pair : pairs) {
        if (pair.second == SecretRedaction::mask()) {
            parts.append(QString::fromLatin1(PhpQuery::encode({{pair.first, QString()}}))
                         + placeholderFor(PhpQuery::keyPath(pair.first)));
        } else {
            parts.append(QString::fromLatin1(PhpQuery::encode({pair})));
        }
    }
    return command.left(question + 1) + parts.join(u'&');
}

QString oauthCommand(const JournalEntry &entry)
{
    QStringList items;
    const QJsonObject params = withPlaceholders(entry.requestParams).toObject();
    for (auto it = params.begin(); it != params.end(); ++it) {
        const QString value = it.value().toVariant().toString();
        const bool placeholder = value.startsWith(u"{{"_s) && value.endsWith(u"}}"_s);
        items.append(QString::fromLatin1(QUrl::toPercentEncoding(it.key())) + u'='
                     + (placeholder ? value : QString::fromLatin1(QUrl::toPercentEncoding(value))));
    }
    const QString base = entry.url.toString(QUrl::RemoveQuery | QUrl::FullyEncoded);
    const QString url = items.isEmpty() ? base : base + u'?' + items.join(u'&');
    // -g: the placeholders' braces are not curl URL globbing.
    return u"curl -sS -g "_s + shellQuote(url);
}

} // namespace

QString accessTokenPlaceholder()
{
    return wrap(u"ACCESS_TOKEN"_s);
}

QString placeholderFor(const QStringList &path, const QString &settingCode)
{
    for (qsizetype i = 0; i + 1 < path.size(); ++i) {
        const QString &segment = path.at(i);
        if (segment != u"settings"_s && segment != u"connection"_s)
            continue;
        const QString &next = path.at(i + 1);
        if (!JsonPathWalk::isIndex(next))
            return wrap(u"SETTING_"_s + placeholderName(next));
        return wrap(u"SETTING_"_s + placeholderName(settingCode.isEmpty() ? next : settingCode));
    }
    for (qsizetype i = path.size() - 1; i >= 0; --i) {
        const QString &key = path.at(i);
        if (JsonPathWalk::isIndex(key))
            continue;
        if (key.compare(u"auth"_s, Qt::CaseInsensitive) == 0)
            return accessTokenPlaceholder();
        if (key == u"code"_s)
            return wrap(u"AUTHORIZATION_CODE"_s);
        return wrap(placeholderName(key));
    }
    return wrap(u"SECRET"_s);
}

QJsonValue withPlaceholders(const QJsonValue &redacted)
{
    return JsonPathWalk::transform(redacted, [](const QJsonValue &value, const QStringList &path,
                                                const QJsonObject &holder) -> std::optional<QJsonValue> {
        if (isMasked(value))
            return placeholderFor(path, holder.value(u"code"_s).toString());
        if (path.size() == 2 && path.first() == u"cmd"_s && value.isString())
            return commandWithPlaceholders(value.toString());
        return std::nullopt;
    });
}

QString shellQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(u'\'', u"'\\''"_s);
    return u'\'' + quoted + u'\'';
}

QString fromEntry(const JournalEntry &entry)
{
    if (entry.method == u"oauth/token"_s)
        return oauthCommand(entry);
    const QByteArray body =
        QJsonDocument(withPlaceholders(entry.requestParams).toObject()).toJson(QJsonDocument::Compact);
    return u"curl -sS -X POST "_s + shellQuote(entry.url.toString(QUrl::FullyEncoded))
           + u" -H 'Content-Type: application/json' -H "_s
           + shellQuote(u"Authorization: Bearer "_s + accessTokenPlaceholder()) + u" --data-raw "_s
           + shellQuote(QString::fromUtf8(body));
}

} // namespace CurlCommand
