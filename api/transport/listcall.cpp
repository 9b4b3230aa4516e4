#include "api/transport/listcall.h"

#include "api/transport/phpquery.h"
#include "api/transport/restclient.h"

using namespace Qt::StringLiterals;

ListCall::ListCall(RestClient *client, const QString &method, const QJsonObject &params,
                   const CallOptions &callOptions, const ListOptions &listOptions)
    : ApiCall(method, client), m_client(client), m_params(params), m_callOptions(callOptions),
      m_listOptions(listOptions)
{
    // Pages that cannot share a batch are fetched one after another rather than guessed at.
    m_sequential = !callOptions.batchable.value_or(true) || PhpQuery::containsBoolean(params);
    requestRound(m_sequential ? 1 : qMax(1, m_listOptions.firstRound));
}

void ListCall::requestRound(int pages)
{
    if (!m_client) {
        finish(ApiResult::failure(ApiError::canceled(method())));
        return;
    }
    for (int i = 0; i < pages; ++i) {
        const int page = m_nextPageToRequest++;
        QJsonObject params = m_params;
        params.insert(u"page"_s, page);
        ApiCall *call = m_client->call(method(), params, m_callOptions);
        m_outstanding.insert(page, call);
        call->onFinished(this, [this, page](const ApiResult &result) { onPageFinished(page, result); });
    }
}

void ListCall::onPageFinished(int page, const ApiResult &result)
{
    if (m_stopped)
        return;
    m_outstanding.remove(page);
    m_arrived.insert(page, result);
    emitArrivedPages();
}

void ListCall::emitArrivedPages()
{
    while (!m_stopped && m_arrived.contains(m_nextPageToEmit)) {
        const int page = m_nextPageToEmit;
        const ApiResult result = m_arrived.take(page);
        if (!result.ok()) {
            stop();
            finish(result);
            return;
        }
        if (!result.result.isArray()) {
            stop();
            finish(ApiResult::failure(ApiError(ApiError::Kind::Protocol, u"LIST_NOT_ARRAY"_s,
                                               u"A list page is not a JSON array."_s, 200, method())));
            return;
        }
        const QJsonArray items = result.result.toArray();
        ++m_nextPageToEmit;
        m_itemCount += items.size();
        if (m_listOptions.keepItems) {
            for (const QJsonValue &item : items)
                m_items.append(item);
        }
        emit pageReceived(items, page);
        if (isFinished())
            return;   // canceled from a pageReceived() slot
        if (items.size() < PageSize) {
            stop();
            finish(ApiResult::success(m_listOptions.keepItems ? QJsonValue(m_items) : QJsonValue(qint64(m_itemCount))));
            return;
        }
    }
    if (!m_stopped && m_outstanding.isEmpty() && m_arrived.isEmpty())
        requestRound(m_sequential ? 1 : qMax(1, m_listOptions.roundSize));
}

void ListCall::stop()
{
    m_stopped = true;
    const auto outstanding = std::exchange(m_outstanding, {});
    for (const QPointer<ApiCall> &call : outstanding) {
        if (call)
            call->cancel();
    }
    m_arrived.clear();
}

void ListCall::abortWork()
{
    stop();
}
