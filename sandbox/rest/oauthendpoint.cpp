#include "sandbox/rest/oauthendpoint.h"

#include "sandbox/php/phpjson.h"
#include "sandbox/php/phpquery.h"
#include "sandbox/php/requestparams.h"
#include "sandbox/rest/tokenregistry.h"
#include "sandbox/rest/trafficcontrol.h"

#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace SandboxPortal {

namespace {

QString html(const QString &text)
{
    return text.toHtmlEscaped();
}

QByteArray page(const QString &title, const QString &body)
{
    return (u"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>"_s + html(title)
            + u"</title></head><body style=\"font-family:sans-serif;max-width:36em;margin:3em auto\">"_s + body
            + u"</body></html>"_s)
        .toUtf8();
}

const QByteArray HtmlType = QByteArrayLiteral("text/html; charset=utf-8");

} // namespace

OAuthEndpoint::OAuthEndpoint(TokenRegistry &tokens, TrafficControl &traffic)
    : m_tokens(tokens)
    , m_traffic(traffic)
{
}

void OAuthEndpoint::setPortal(const QUrl &restUrl, const QUrl &oauthUrl, const QString &memberId)
{
    m_restUrl = restUrl;
    m_oauthUrl = oauthUrl;
    m_memberId = memberId;
}

void OAuthEndpoint::handle(const HttpExchangePtr &exchange)
{
    QString path = exchange->request().url.path();
    if (!path.endsWith(u'/'))
        path += u'/';
    if (path == u"/oauth/authorize/"_s) {
        m_traffic.count(u"oauth/authorize"_s);
        return authorize(exchange);
    }
    if (path == u"/oauth/token/"_s) {
        m_traffic.count(u"oauth/token"_s);
        const SandboxFault fault = m_traffic.faults().decideForced(u"oauth/token"_s);
        if (TrafficControl::answerWithFault(exchange, fault))
            return;
        return token(exchange, fault == SandboxFault::CommitThenDrop);
    }
    m_traffic.count(u"oauth"_s);
    exchange->respond(404, page(u"Not found"_s, u"<p>Not found.</p>"_s), HtmlType);
}

void OAuthEndpoint::respondJson(const HttpExchangePtr &exchange, int status, const PhpValue &body, bool cutOff) const
{
    if (cutOff)
        return exchange->cutOff(); // the tokens are rotated, the client never hears of them
    exchange->respond(status, PhpJson::encode(body), QByteArrayLiteral("application/json; charset=utf-8"),
                      {{QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")}});
}

void OAuthEndpoint::authorize(const HttpExchangePtr &exchange)
{
    const PhpValue params = RequestParams::fromRequest(exchange->request());
    const QString clientId = params.value(u"client_id"_s).toString();
    const QString state = params.value(u"state"_s).toString();
    if (clientId.isEmpty() || !m_tokens.hasClient(clientId)) {
        return exchange->respond(400, page(u"Application not found"_s,
                                           u"<h1>Application not found</h1><p>Unknown client_id.</p>"_s),
                                 HtmlType);
    }
    QString redirectUri = params.value(u"redirect_uri"_s).toString();
    if (redirectUri.isEmpty())
        redirectUri = m_tokens.clientRedirectUri(clientId);
    const QUrl redirect(redirectUri);
    if (redirectUri.isEmpty() || !redirect.isValid() || redirect.scheme().isEmpty()) {
        return exchange->respond(400, page(u"Invalid redirect_uri"_s,
                                           u"<h1>Invalid redirect_uri</h1><p>The application gave no valid redirect_uri.</p>"_s),
                                 HtmlType);
    }

    const QString decision = params.value(u"approve"_s).toString();
    if (decision == u"0"_s) {
        QUrl target = redirect;
        QUrlQuery query(target);
        query.addQueryItem(u"error"_s, u"access_denied"_s);
        if (!state.isEmpty())
            query.addQueryItem(u"state"_s, state);
        target.setQuery(query);
        return exchange->redirect(target);
    }
    if (decision == u"1"_s || m_autoApprove) {
        const QString code = m_tokens.issueCode(clientId, m_userId, redirectUri);
        QUrl target = redirect;
        QUrlQuery query(target);
        query.addQueryItem(u"code"_s, code);
        query.addQueryItem(u"state"_s, state);
        query.addQueryItem(u"domain"_s, m_restUrl.authority());
        query.addQueryItem(u"member_id"_s, m_memberId);
        query.addQueryItem(u"scope"_s, u"biconnector"_s);
        query.addQueryItem(u"server_domain"_s, m_oauthUrl.authority());
        target.setQuery(query);
        return exchange->redirect(target);
    }

    QUrl allow = m_oauthUrl.resolved(QUrl(u"authorize/"_s));
    QUrlQuery allowQuery;
    allowQuery.addQueryItem(u"client_id"_s, clientId);
    allowQuery.addQueryItem(u"redirect_uri"_s, redirectUri);
    allowQuery.addQueryItem(u"state"_s, state);
    allowQuery.addQueryItem(u"approve"_s, u"1"_s);
    allow.setQuery(allowQuery);
    QUrl deny = allow;
    QUrlQuery denyQuery(allowQuery);
    denyQuery.removeAllQueryItems(u"approve"_s);
    denyQuery.addQueryItem(u"approve"_s, u"0"_s);
    deny.setQuery(denyQuery);
    const QString body = u"<h1>Bitrix24 sandbox portal</h1>"
                         "<p>The application <b>%1</b> asks for access to your BI Builder data (scope "
                         "<code>biconnector</code>).</p>"
                         "<p><a id=\"allow\" href=\"%2\" style=\"padding:.5em 1.5em;background:#2fc6f6;color:#fff;"
                         "text-decoration:none;border-radius:4px\">Allow</a> &nbsp; <a id=\"deny\" href=\"%3\">Deny</a></p>"_s
                             .arg(html(clientId), html(allow.toString(QUrl::FullyEncoded)),
                                  html(deny.toString(QUrl::FullyEncoded)));
    exchange->respond(200, page(u"Allow access"_s, body), HtmlType);
}

void OAuthEndpoint::token(const HttpExchangePtr &exchange, bool cutOffReply)
{
    const PhpValue params = RequestParams::fromRequest(exchange->request());
    const QString grantType = params.value(u"grant_type"_s).toString();
    const QString clientId = params.value(u"client_id"_s).toString();
    const QString clientSecret = params.value(u"client_secret"_s).toString();

    std::variant<TokenRegistry::TokenPair, TokenRegistry::OAuthError> outcome;
    if (grantType == u"authorization_code"_s) {
        outcome = m_tokens.exchangeCode(clientId, clientSecret, params.value(u"code"_s).toString());
    } else if (grantType == u"refresh_token"_s) {
        outcome = m_tokens.refresh(clientId, clientSecret, params.value(u"refresh_token"_s).toString());
    } else {
        outcome = TokenRegistry::OAuthError{400, grantType.isEmpty() ? u"invalid_request"_s : u"unsupported_grant_type"_s,
                                            grantType.isEmpty() ? u"grant_type is missing"_s : u"Unsupported grant_type"_s};
    }
    if (const auto *error = std::get_if<TokenRegistry::OAuthError>(&outcome)) {
        return respondJson(exchange, error->status,
                           PhpValue::map({{u"error"_s, PhpValue(error->error)},
                                          {u"error_description"_s, PhpValue(error->description)}}),
                           cutOffReply);
    }
    const auto &pair = std::get<TokenRegistry::TokenPair>(outcome);
    respondJson(exchange, 200,
                PhpValue::map({
                    {u"access_token"_s, PhpValue(pair.accessToken)},
                    {u"expires"_s, PhpValue::fromInt(pair.expiresAt)},
                    {u"expires_in"_s, PhpValue::fromInt(pair.expiresIn)},
                    {u"scope"_s, PhpValue(pair.scope)},
                    {u"domain"_s, PhpValue(m_oauthUrl.authority())},
                    {u"server_endpoint"_s, PhpValue(m_oauthUrl.resolved(QUrl(u"rest/"_s)).toString())},
                    {u"status"_s, PhpValue(u"L"_s)},
                    {u"client_endpoint"_s, PhpValue(m_restUrl.toString())},
                    {u"member_id"_s, PhpValue(m_memberId)},
                    {u"user_id"_s, PhpValue::fromInt(pair.userId)},
                    {u"refresh_token"_s, PhpValue(pair.refreshToken)},
                }),
                cutOffReply);
}

} // namespace SandboxPortal
