#include "api/transport/apicall.h"

ApiCall::ApiCall(const QString &method, QObject *parent) : QObject(parent), m_method(method) { }

ApiCall::~ApiCall() = default;

void ApiCall::cancel()
{
    if (m_finished)
        return;
    abortWork();
    finish(ApiResult::failure(ApiError::canceled(m_method)));
}

void ApiCall::finish(const ApiResult &result)
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished(result);
    deleteLater();
}

PendingApiCall::PendingApiCall(const QString &method, QObject *parent) : ApiCall(method, parent) { }

void PendingApiCall::abortWork()
{
    if (auto handler = std::exchange(m_abortHandler, {}))
        handler();
}
