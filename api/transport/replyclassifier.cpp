#include "api/transport/replyclassifier.h"

#include <QJsonDocument>
#include <QMetaEnum>

using namespace Qt::StringLiterals;

namespace {

using Action = ReplyVerdict::Action;
using Kind = ApiError::Kind;

bool isTransportFailure(QNetworkReply::NetworkError error)
{
    // 1-199: connection and proxy failures (refused, closed, timeout, TLS, ...); 300-399: the HTTP
    // exchange itself broke. 200-299 and 400-499 stand for HTTP statuses whose body we read ourselves.
    return (error > QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied)
           || (error >= QNetworkReply::ProtocolUnknownError && error <= QNetworkReply::ProtocolFailure);
}

// The request provably never reached the server, so resending cannot duplicate anything.
bool neverSent(QNetworkReply::NetworkError error)
{
    return error == QNetworkReply::ConnectionRefusedError || error == QNetworkReply::HostNotFoundError
           || error == QNetworkReply::ProxyConnectionRefusedError || error == QNetworkReply::ProxyNotFoundError;
}

bool isTlsFailure(QNetworkReply::NetworkError error)
{
    return error == QNetworkReply::SslHandshakeFailedError || error == QNetworkReply::InsecureRedirectError;
}

QString errorName(QNetworkReply::NetworkError error)
{
    return QString::fromLatin1(QMetaEnum::fromType<QNetworkReply::NetworkError>().valueToKey(error));
}

// A transient failure: resend when safe, otherwise report the outcome as unknown.
ReplyVerdict transient(ApiError error, bool resendIsSafe)
{
    ReplyVerdict verdict;
    if (resendIsSafe) {
        verdict.action = Action::RetryTransient;
    } else {
        verdict.action = Action::Fail;
        error.setKind(Kind::Ambiguous);
    }
    verdict.error = error;
    return verdict;
}

ReplyVerdict fromTransportFailure(const HttpOutcome &outcome, bool idempotent, const QString &method)
{
    const bool timedOut = outcome.timedOut || outcome.networkError == QNetworkReply::TimeoutError;
    ApiError error(timedOut ? Kind::Timeout : Kind::Transport,
                   timedOut ? u"TIMEOUT"_s : errorName(outcome.networkError), outcome.networkErrorText,
                   outcome.httpStatus, method);
    if (isTlsFailure(outcome.networkError)) {
        ReplyVerdict verdict;   // never retried, never ignored: the user must see it
        verdict.error = error;
        return verdict;
    }
    return transient(error, idempotent || neverSent(outcome.networkError));
}

ReplyVerdict fromErrorEnvelope(const QJsonObject &object, const HttpOutcome &outcome, bool idempotent,
                               const QString &method)
{
    ReplyVerdict verdict;
    verdict.body = object;
    verdict.error = ApiError::fromErrorObject(object, outcome.httpStatus, method);
    const QString code = verdict.error.code().toUpper();
    if (code == u"EXPIRED_TOKEN"_s || code == u"INVALID_TOKEN"_s)
        verdict.action = Action::RefreshToken;
    else if (code == u"QUERY_LIMIT_EXCEEDED"_s)
        verdict.action = Action::BackOff;
    else if (code == u"OPERATION_TIME_LIMIT"_s)
        verdict.action = Action::WaitOperating;
    else if (outcome.httpStatus >= 500 && idempotent)
        verdict.action = Action::RetryTransient;   // e.g. ERROR_CORE: a read may simply be asked again
    else
        verdict.action = Action::Fail;
    return verdict;
}

} // namespace

ReplyVerdict classifyReply(const HttpOutcome &outcome, bool idempotent, const QString &method)
{
    if (outcome.timedOut || isTransportFailure(outcome.networkError))
        return fromTransportFailure(outcome, idempotent, method);

    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(outcome.body, &parseError);
    const QJsonObject object = document.object();
    const bool parsed = parseError.error == QJsonParseError::NoError && document.isObject();

    if (parsed && object.contains(u"error"_s))
        return fromErrorEnvelope(object, outcome, idempotent, method);
    if (parsed && object.contains(u"result"_s) && outcome.httpStatus >= 200 && outcome.httpStatus < 300) {
        ReplyVerdict verdict;
        verdict.action = Action::Deliver;
        verdict.envelope = object;
        verdict.body = object;
        return verdict;
    }

    // Not a reply we understand. A 4xx was refused before execution; anything else may have run.
    ApiError error(ApiError::classify(QString(), QString(), outcome.httpStatus), u"UNPARSEABLE_REPLY"_s,
                   parsed ? u"The reply has neither result nor error."_s
                          : u"The reply is not a JSON object: "_s + parseError.errorString(),
                   outcome.httpStatus, method);
    if (parsed)
        error.setKind(Kind::Protocol);
    ReplyVerdict verdict;
    verdict.body = parsed ? QJsonValue(object) : QJsonValue();
    if (outcome.httpStatus >= 400 && outcome.httpStatus < 500) {
        verdict.error = error;
        return verdict;
    }
    if (outcome.httpStatus < 500)
        error.setKind(Kind::Protocol);
    verdict = transient(error, idempotent);
    verdict.body = parsed ? QJsonValue(object) : QJsonValue();
    return verdict;
}
