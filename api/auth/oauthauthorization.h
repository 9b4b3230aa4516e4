#pragma once

#include <QMetaType>
#include <QString>
#include <QUrl>

// What the browser brings back to the redirect URI after the user answered the portal's
// authorize page (https://PORTAL/oauth/authorize/): `?code=..&state=..` on success, or
// `?error=..&error_description=..` when the user refused.
struct OAuthRedirect
{
    enum class Status {
        Code,            // a code for the expected state
        Denied,          // the portal or the user refused (error=...)
        StateMismatch,   // an answer to another sign-in attempt (or a forged one)
        NoCode,          // neither a code nor an error: not an OAuth redirect at all
    };

    Status status = Status::NoCode;
    QString code;             // a short-lived secret (30 s): never log it
    QString error;
    QString errorDescription;

    bool hasCode() const { return status == Status::Code; }

    // Reads a redirect URL: the listener's request target or an address pasted by the user.
    static OAuthRedirect parse(const QUrl &url, const QString &expectedState);
};

Q_DECLARE_METATYPE(OAuthRedirect)

// URLs of the authorization-code flow of a Bitrix24 local (server-side) application.
namespace OAuthAuthorization {

// Bitrix24's global OAuth server: https://oauth.bitrix.info/
QUrl defaultServer();
// `server` + "oauth/token/": where codes and refresh tokens are exchanged.
QUrl tokenEndpoint(const QUrl &server);
// https://PORTAL/oauth/authorize/?client_id=..&response_type=code&state=..&redirect_uri=..
QUrl authorizeUrl(const QUrl &portal, const QString &clientId, const QString &state, const QUrl &redirectUri);
// http://127.0.0.1:PORT/PATH: the handler address the local application must be registered with.
QUrl loopbackRedirectUri(quint16 port, const QString &path);
// An unguessable value binding a redirect to the sign-in attempt that asked for it.
QString newState();
// True for an inbound webhook address (https://PORTAL/rest/USER/CODE/...), which the
// biconnector methods refuse (portal-behavior.md §1.4).
bool looksLikeWebhook(const QString &userInput);

} // namespace OAuthAuthorization
