#include "api/transport/portalurl.h"

#include <QHostAddress>

using namespace Qt::StringLiterals;

bool PortalUrl::isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool PortalUrl::carriesSecretsSafely(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == u"https"_s || (scheme == u"http"_s && isLoopbackHost(url.host())));
}

PortalUrl PortalUrl::parse(const QString &userInput)
{
    PortalUrl result;
    QString text = userInput.trimmed();
    if (text.isEmpty())
        return result;
    if (!text.contains(u"://"_s))
        text.prepend(u"https://"_s);

    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        result.m_verdict = Verdict::Malformed;
        return result;
    }
    const QString scheme = url.scheme().toLower();
    if (scheme != u"https"_s && scheme != u"http"_s) {
        result.m_verdict = Verdict::UnsupportedScheme;
        return result;
    }
    QUrl base;
    base.setScheme(scheme);
    base.setHost(url.host().toLower());
    base.setPort(url.port());
    result.m_url = base;
    result.m_verdict = carriesSecretsSafely(base) ? Verdict::Ok : Verdict::InsecureRemote;
    return result;
}

QUrl PortalUrl::restEndpoint() const
{
    QUrl endpoint = m_url;
    endpoint.setPath(u"/rest/"_s);
    return endpoint;
}
