#pragma once

#include "api/transport/apierror.h"

#include <QJsonValue>
#include <QMetaType>

// The outcome of one REST call: the decoded `result` payload, or an error. Never both.
struct ApiResult
{
    QJsonValue result;
    ApiError error;

    bool ok() const { return !error.isError(); }

    static ApiResult success(const QJsonValue &result) { return ApiResult{result, ApiError()}; }
    static ApiResult failure(const ApiError &error) { return ApiResult{QJsonValue(), error}; }
    // Turns a method's `result` into a result, unless it carries a biconnector error (§2.2).
    static ApiResult fromMethodResult(const QJsonValue &result, const QString &method)
    {
        if (const auto inner = ApiError::fromResult(result, method))
            return failure(*inner);
        return success(result);
    }
};

Q_DECLARE_METATYPE(ApiResult)
