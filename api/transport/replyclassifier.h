#pragma once

#include "api/transport/apierror.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QNetworkReply>
#include <QString>

// What came back for one HTTP attempt, before any interpretation.
struct HttpOutcome
{
    int httpStatus = 0;                                   // 0 when no HTTP reply arrived
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorText;
    QByteArray body;
    bool timedOut = false;                                // our transfer timeout fired
};

// What the transport should do with an HTTP attempt. Pure decision logic, no I/O.
struct ReplyVerdict
{
    enum class Action {
        Deliver,         // `envelope` is a reply with `result`
        Fail,            // `error` is final
        RetryTransient,  // resend with backoff (only produced when resending is safe), else `error`
        BackOff,         // 503 QUERY_LIMIT_EXCEEDED: the portal did not execute it; resend after draining
        WaitOperating,   // 429 OPERATION_TIME_LIMIT: not executed; resend at error.retryAt()
        RefreshToken,    // 401 expired/invalid token: refresh once, then resend
    };

    Action action = Action::Fail;
    QJsonObject envelope;
    QJsonValue body;      // the parsed JSON body, if any (for the journal)
    ApiError error;       // the error to report now (Fail) or when resending is no longer allowed
};

// `idempotent`: the request may be executed twice without harm (reads). For other requests a lost
// or garbled reply becomes Ambiguous and is never resent, unless the request provably never left.
ReplyVerdict classifyReply(const HttpOutcome &outcome, bool idempotent, const QString &method);
