#include "models/profiles/profile.h"

#include "api/auth/oauthauthorization.h"

using namespace Qt::StringLiterals;

QString Profile::defaultRedirectPath()
{
    return u"/biworkspace/oauth"_s;
}

Profile Profile::create()
{
    Profile profile;
    profile.id = QUuid::createUuid();
    profile.oauthServerUrl = OAuthAuthorization::defaultServer();
    profile.redirectPath = defaultRedirectPath();
    return profile;
}

bool Profile::isComplete() const
{
    return !id.isNull() && portalUrl.isValid() && !portalUrl.host().isEmpty() && !clientId.isEmpty()
        && oauthServerUrl.isValid() && !redirectPath.isEmpty();
}

QString Profile::title() const
{
    return displayName.trimmed().isEmpty() ? portalUrl.host() : displayName.trimmed();
}

QUrl Profile::restEndpoint() const
{
    QUrl endpoint = portalUrl;
    endpoint.setPath(u"/rest/"_s);
    return endpoint;
}

QUrl Profile::tokenEndpoint() const
{
    return OAuthAuthorization::tokenEndpoint(oauthServerUrl);
}

QUrl Profile::redirectUri() const
{
    return OAuthAuthorization::loopbackRedirectUri(redirectPort, redirectPath);
}

QUrl Profile::authorizeUrl(const QString &state) const
{
    return OAuthAuthorization::authorizeUrl(portalUrl, clientId, state, redirectUri());
}

QString Profile::clientSecretKey() const
{
    return u"profile/"_s + id.toString(QUuid::WithoutBraces) + u"/client-secret"_s;
}

QString Profile::refreshTokenKey() const
{
    return u"profile/"_s + id.toString(QUuid::WithoutBraces) + u"/refresh-token"_s;
}
