#include "api/auth/tokenset.h"

using namespace Qt::StringLiterals;

namespace {

QString text(const QJsonValue &value)
{
    return value.isDouble() ? QString::number(value.toInteger()) : value.toString();
}

} // namespace

TokenSet TokenSet::fromJson(const QJsonObject &reply)
{
    TokenSet tokens;
    tokens.accessToken = reply.value(u"access_token"_s).toString();
    tokens.refreshToken = reply.value(u"refresh_token"_s).toString();
    tokens.expiresIn = text(reply.value(u"expires_in"_s)).toLongLong();
    const qint64 expires = text(reply.value(u"expires"_s)).toLongLong();
    if (expires > 0)
        tokens.expiresAt = QDateTime::fromSecsSinceEpoch(expires);
    else if (tokens.expiresIn > 0)
        tokens.expiresAt = QDateTime::currentDateTimeUtc().addSecs(tokens.expiresIn);
    tokens.clientEndpoint = QUrl(reply.value(u"client_endpoint"_s).toString());
    tokens.serverEndpoint = QUrl(reply.value(u"server_endpoint"_s).toString());
    tokens.domain = reply.value(u"domain"_s).toString();
    tokens.memberId = reply.value(u"member_id"_s).toString();
    tokens.scope = reply.value(u"scope"_s).toString();
    tokens.userId = text(reply.value(u"user_id"_s));
    return tokens;
}
