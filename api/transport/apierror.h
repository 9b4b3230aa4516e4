#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QMetaType>
#include <QString>
#include <QUrl>

#include <optional>

// What went wrong with one REST call, as a value. The portal reports errors two ways
// (portal-behavior.md §2): framework errors at the top level of the reply with an HTTP status, and
// biconnector errors inside `result` with HTTP 200. Both end up here, classified by the server's
// code (never by the HTTP status alone), with the English server text kept for the details view.
class ApiError
{
public:
    enum class Kind {
        None,                  // no error
        Auth,                  // expired/invalid access token, NO_AUTH_FOUND
        SignInRequired,        // refresh token rejected (invalid_grant), app credentials rejected
        Scope,                 // insufficient_scope
        AccessDenied,          // ACCESS_DENIED (webhook, missing permission, plan)
        NotFound,              // *_NOT_FOUND, ERROR_METHOD_NOT_FOUND
        Validation,            // VALIDATION_*, BX_*, FIELDS_EMPTY, INVALID_METHOD, ERROR_ARGUMENT, code 0
        Conflict,              // delete restricted by dependants, name clashes
        ConnectionCheckFailed, // the portal could not reach the connector's urlCheck
        RateLimited,           // 503 QUERY_LIMIT_EXCEEDED (leaky bucket), OVERLOAD_LIMIT
        OperatingLimit,        // 429 OPERATION_TIME_LIMIT
        Server,                // a portal-side failure (5xx, ERROR_CORE, internal errors)
        Transport,             // network failure: refused, unreachable, TLS, dropped connection
        Timeout,               // no reply in time
        Canceled,              // the caller canceled
        Protocol,              // a reply that could not be understood
        Ambiguous,             // a write whose outcome is unknown (reply lost); never resent blindly
        Other,                 // a portal error code this client does not know
    };

    ApiError() = default;
    ApiError(Kind kind, const QString &code, const QString &description, int httpStatus = 0,
             const QString &method = QString());

    // Builds an error from a `{"error": CODE, "error_description": TEXT, ...}` object, as found at
    // the top level of a reply, in batch `result_error`, inside a biconnector `result`, or in an
    // OAuth server reply. CODE may be a number (0) and TEXT an object (kept as compact JSON).
    static ApiError fromErrorObject(const QJsonObject &object, int httpStatus, const QString &method);

    // A biconnector error hidden in a successful reply: `result` == {"error": {"error", ...}}.
    static std::optional<ApiError> fromResult(const QJsonValue &result, const QString &method);

    // The kind a server error code means (HTTP status only decides when the code says nothing).
    static Kind classify(const QString &code, const QString &description, int httpStatus);

    static ApiError canceled(const QString &method);
    // The call was not sent because `url` is plain http:// to a host other than this computer:
    // tokens and the client secret never travel unencrypted (code INSECURE_URL).
    static ApiError insecureUrl(const QUrl &url, const QString &method);
    // The TLS handshake failed (untrusted, expired or mismatched certificate): never retried.
    bool isTlsFailure() const;

    bool isError() const { return m_kind != Kind::None; }
    Kind kind() const { return m_kind; }
    QString code() const { return m_code; }
    QString serverText() const { return m_description; }
    int httpStatus() const { return m_httpStatus; }
    QString method() const { return m_method; }
    // For OPERATION_TIME_LIMIT: when the portal unblocks the method (`operating_reset_at`), if known.
    QDateTime retryAt() const { return m_retryAt; }

    void setKind(Kind kind) { m_kind = kind; }
    void setMethod(const QString &method) { m_method = method; }
    void setRetryAt(const QDateTime &at) { m_retryAt = at; }

    // A translated sentence for the user; the server's English text is appended where it carries
    // the specifics (validation messages).
    QString userMessage() const;
    // One line for a details pane or a log: "CODE: text (HTTP 400, biconnector.source.add)".
    QString details() const;

    static QString kindName(Kind kind);

    friend bool operator==(const ApiError &a, const ApiError &b) = default;

private:
    Kind m_kind = Kind::None;
    QString m_code;
    QString m_description;
    int m_httpStatus = 0;
    QString m_method;
    QDateTime m_retryAt;
};

Q_DECLARE_METATYPE(ApiError)
