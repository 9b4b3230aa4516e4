#include "api/transport/apierror.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

QString compactJson(const QJsonValue &value)
{
    const QJsonDocument document = value.isObject() ? QJsonDocument(value.toObject()) : QJsonDocument(value.toArray());
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
}

// A code may be a string or the number 0 (portal-behavior.md §2.2).
QString codeText(const QJsonValue &code)
{
    if (code.isDouble())
        return QString::number(code.toInteger());
    if (code.isObject() || code.isArray())
        return compactJson(code);
    return code.toString();
}

// A description is usually a string; one server path puts a serialized error object there.
QString descriptionText(const QJsonValue &description)
{
    if (description.isObject() || description.isArray())
        return compactJson(description);
    if (description.isDouble())
        return QString::number(description.toDouble());
    return description.toString();
}

bool isDeleteRestriction(const QString &description)
{
    return description.contains(u"delete"_s, Qt::CaseInsensitive)
           || description.contains(u"remove"_s, Qt::CaseInsensitive);
}

} // namespace

ApiError::ApiError(Kind kind, const QString &code, const QString &description, int httpStatus,
                   const QString &method)
    : m_kind(kind), m_code(code), m_description(description), m_httpStatus(httpStatus), m_method(method)
{
}

ApiError ApiError::fromErrorObject(const QJsonObject &object, int httpStatus, const QString &method)
{
    const QString code = codeText(object.value(u"error"_s));
    const QString description = descriptionText(object.value(u"error_description"_s));
    ApiError error(classify(code, description, httpStatus), code, description, httpStatus, method);
    const QJsonObject time = object.value(u"time"_s).toObject();
    const QJsonValue resetAt = time.value(u"operating_reset_at"_s);
    if (resetAt.isDouble() && resetAt.toDouble() > 0)
        error.m_retryAt = QDateTime::fromSecsSinceEpoch(resetAt.toInteger());
    return error;
}

std::optional<ApiError> ApiError::fromResult(const QJsonValue &result, const QString &method)
{
    if (!result.isObject())
        return std::nullopt;
    const QJsonValue inner = result.toObject().value(u"error"_s);
    if (!inner.isObject() || !inner.toObject().contains(u"error"_s))
        return std::nullopt;
    return fromErrorObject(inner.toObject(), 200, method);
}

ApiError::Kind ApiError::classify(const QString &code, const QString &description, int httpStatus)
{
    const QString upper = code.toUpper();
    if (upper == u"EXPIRED_TOKEN"_s || upper == u"INVALID_TOKEN"_s || upper == u"NO_AUTH_FOUND"_s
        || upper == u"AUTHORIZATION_ERROR"_s || upper == u"WRONG_AUTH_TYPE"_s)
        return Kind::Auth;
    if (upper == u"INVALID_GRANT"_s || upper == u"INVALID_CLIENT"_s || upper == u"APPLICATION_NOT_FOUND"_s)
        return Kind::SignInRequired;
    if (upper == u"INSUFFICIENT_SCOPE"_s || upper == u"INVALID_SCOPE"_s)
        return Kind::Scope;
    if (upper == u"ACCESS_DENIED"_s || upper == u"USER_ACCESS_ERROR"_s || upper == u"PAYMENT_REQUIRED"_s)
        return Kind::AccessDenied;
    if (upper == u"QUERY_LIMIT_EXCEEDED"_s || upper == u"OVERLOAD_LIMIT"_s)
        return Kind::RateLimited;
    if (upper == u"OPERATION_TIME_LIMIT"_s)
        return Kind::OperatingLimit;
    if (upper.endsWith(u"_CONNECTION_ERROR"_s))
        return Kind::ConnectionCheckFailed;
    if (upper == u"CONNECTOR_DELETE_RESTRICTED"_s || upper.endsWith(u"_DELETE_RESTRICTED"_s)
        || (upper == u"BX_ERROR"_s && isDeleteRestriction(description)))
        return Kind::Conflict;
    if (upper == u"DATASET_ALREADY_EXIST"_s || upper == u"NAME_EXISTS"_s)
        return Kind::Conflict;
    if (upper.endsWith(u"_NOT_FOUND"_s))
        return Kind::NotFound;
    if (upper.startsWith(u"VALIDATION_"_s) || upper.startsWith(u"BX_"_s) || upper == u"FIELDS_EMPTY"_s
        || upper == u"INVALID_METHOD"_s || upper == u"ERROR_ARGUMENT"_s || upper == u"DUPLICATE_FIELDS"_s
        || upper == u"0"_s)
        return Kind::Validation;
    if (upper == u"ERROR_CORE"_s || upper.startsWith(u"INTERNAL_"_s) || upper == u"ERROR_UNEXPECTED_ANSWER"_s)
        return Kind::Server;
    if (!code.isEmpty())
        return httpStatus >= 500 ? Kind::Server : Kind::Other;

    // No code at all: only the HTTP status is left to go by.
    switch (httpStatus) {
    case 401: return Kind::Auth;
    case 403: return Kind::AccessDenied;
    case 404: return Kind::NotFound;
    case 429: return Kind::OperatingLimit;
    case 503: return Kind::RateLimited;
    default: return httpStatus >= 500 ? Kind::Server : Kind::Protocol;
    }
}

ApiError ApiError::canceled(const QString &method)
{
    return ApiError(Kind::Canceled, QString(), u"Canceled"_s, 0, method);
}

ApiError ApiError::insecureUrl(const QUrl &url, const QString &method)
{
    return ApiError(Kind::Transport, u"INSECURE_URL"_s,
                    u"Refused to send credentials over unencrypted HTTP to "_s + url.host(), 0, method);
}

bool ApiError::isTlsFailure() const
{
    return m_kind == Kind::Transport && m_code.compare(u"SslHandshakeFailedError"_s, Qt::CaseInsensitive) == 0;
}

QString ApiError::details() const
{
    QString text = m_description;
    if (!m_code.isEmpty())
        text = m_code + u": "_s + m_description;
    QStringList context;
    if (m_httpStatus > 0)
        context << u"HTTP "_s + QString::number(m_httpStatus);
    if (!m_method.isEmpty())
        context << m_method;
    if (!context.isEmpty())
        text += u" ("_s % context.join(u", "_s) % u')';
    return text;
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None: return u"None"_s;
    case Kind::Auth: return u"Auth"_s;
    case Kind::SignInRequired: return u"SignInRequired"_s;
    case Kind::Scope: return u"Scope"_s;
    case Kind::AccessDenied: return u"AccessDenied"_s;
    case Kind::NotFound: return u"NotFound"_s;
    case Kind::Validation: return u"Validation"_s;
    case Kind::Conflict: return u"Conflict"_s;
    case Kind::ConnectionCheckFailed: return u"ConnectionCheckFailed"_s;
    case Kind::RateLimited: return u"RateLimited"_s;
    case Kind::OperatingLimit: return u"OperatingLimit"_s;
    case Kind::Server: return u"Server"_s;
    case Kind::Transport: return u"Transport"_s;
    case Kind::Timeout: return u"Timeout"_s;
    case Kind::Canceled: return u"Canceled"_s;
    case Kind::Protocol: return u"Protocol"_s;
    case Kind::Ambiguous: return u"Ambiguous"_s;
    case Kind::Other: return u"Other"_s;
    }
    return QString();
}
