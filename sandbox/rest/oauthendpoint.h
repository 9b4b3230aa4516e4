#pragma once

#include "sandbox/rest/httpexchange.h"
#include "sandbox/php/phpvalue.h"

#include <QString>
#include <QUrl>

namespace SandboxPortal {

class TokenRegistry;
class TrafficControl;

// The OAuth server (oauth.bitrix.info on the real cloud), served under /oauth/:
//  * /oauth/authorize/?client_id=&redirect_uri=&state=  an HTML page with an Allow button; Allow
//    redirects to redirect_uri with code, state, domain, member_id, scope and server_domain;
//  * /oauth/token/ (GET query or POST form/JSON) for grant_type=authorization_code|refresh_token,
//    answering access_token, refresh_token (both rotated), expires, expires_in, scope,
//    client_endpoint, server_endpoint, domain, member_id, status, user_id. Faults injected for
//    "oauth/token" apply here (random fault rates do not).
class OAuthEndpoint
{
public:
    OAuthEndpoint(TokenRegistry &tokens, TrafficControl &traffic);

    void setPortal(const QUrl &restUrl, const QUrl &oauthUrl, const QString &memberId);
    void setAutoApprove(bool autoApprove) { m_autoApprove = autoApprove; }
    void setDefaultUserId(qint64 userId) { m_userId = userId; }

    void handle(const HttpExchangePtr &exchange);

private:
    void authorize(const HttpExchangePtr &exchange);
    void token(const HttpExchangePtr &exchange, bool cutOffReply);
    void respondJson(const HttpExchangePtr &exchange, int status, const PhpValue &body, bool cutOff = false) const;

    TokenRegistry &m_tokens;
    TrafficControl &m_traffic;
    QUrl m_restUrl;
    QUrl m_oauthUrl;
    QString m_memberId;
    bool m_autoApprove = false;
    qint64 m_userId = 1;
};

} // namespace SandboxPortal
