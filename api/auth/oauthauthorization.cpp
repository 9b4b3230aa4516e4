#include "api/auth/oauthauthorization.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

OAuthRedirect OAuthRedirect::parse(const QUrl &url, const QString &expectedState)
{
    const QUrlQuery query(url);
    OAuthRedirect redirect;
    const QString code = query.queryItemValue(u"code"_s, QUrl::FullyDecoded);
    const QString error = query.queryItemValue(u"error"_s, QUrl::FullyDecoded);
    if (code.isEmpty() && error.isEmpty())
        return redirect;
    if (query.queryItemValue(u"state"_s, QUrl::FullyDecoded) != expectedState || expectedState.isEmpty()) {
        redirect.status = Status::StateMismatch;
        return redirect;
    }
    if (!error.isEmpty()) {
        redirect.status = Status::Denied;
        redirect.error = error;
        redirect.errorDescription = query.queryItemValue(u"error_description"_s, QUrl::FullyDecoded);
        return redirect;
    }
    redirect.status = Status::Code;
    redirect.code = code;
    return redirect;
}

namespace OAuthAuthorization {

QUrl defaultServer()
{
    return QUrl(u"https://oauth.bitrix.info/"_s);
}

QUrl tokenEndpoint(const QUrl &server)
{
    QUrl base = server;
    if (!base.path().endsWith(u'/'))
        base.setPath(base.path() + u'/');
    return base.resolved(QUrl(u"oauth/token/"_s));
}

QUrl authorizeUrl(const QUrl &portal, const QString &clientId, const QString &state, const QUrl &redirectUri)
{
    const auto encoded = [](const QString &value) { return QString::fromLatin1(QUrl::toPercentEncoding(value)); };
    QUrl url = portal;
    url.setPath(u"/oauth/authorize/"_s);
    url.setQuery(u"client_id="_s + encoded(clientId) + u"&response_type=code&state="_s + encoded(state)
                     + u"&redirect_uri="_s + encoded(redirectUri.toString(QUrl::FullyEncoded)),
                 QUrl::StrictMode);
    return url;
}

QUrl loopbackRedirectUri(quint16 port, const QString &path)
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(port);
    url.setPath(path.startsWith(u'/') ? path : u'/' + path);
    return url;
}

QString newState()
{
    QByteArray bytes(16, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return QString::fromLatin1(bytes.toHex());
}

bool looksLikeWebhook(const QString &userInput)
{
    static const QRegularExpression webhookPath(u"/rest/\\d+/[A-Za-z0-9]+(/|$)"_s);
    QString text = userInput.trimmed();
    if (!text.contains(u"://"_s))
        text.prepend(u"https://"_s);
    return webhookPath.match(QUrl(text).path()).hasMatch();
}

} // namespace OAuthAuthorization
