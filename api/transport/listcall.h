#pragma once

#include "api/transport/apicall.h"
#include "api/transport/calloptions.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QPointer>

class RestClient;

// A whole list, page by page (page=1,2,...; 50 items a page; a short page is the last one).
// Streams each page through pageReceived() in page order as soon as it lands, then finishes with
// every item (a JSON array) or, with ListOptions::keepItems off, the item count. After the first
// page, pages are requested speculatively a round at a time (one batch) and results past the
// short page are discarded.
class ListCall : public ApiCall
{
    Q_OBJECT
public:
    static constexpr int PageSize = 50;

    int pagesReceived() const { return m_nextPageToEmit - 1; }
    qsizetype itemCount() const { return m_itemCount; }

    template <typename Functor>
    QMetaObject::Connection onPage(const QObject *context, Functor &&functor)
    {
        return connect(this, &ListCall::pageReceived, context, std::forward<Functor>(functor));
    }

signals:
    void pageReceived(const QJsonArray &items, int page);

protected:
    void abortWork() override;

private:
    friend class RestClient;
    ListCall(RestClient *client, const QString &method, const QJsonObject &params, const CallOptions &callOptions,
             const ListOptions &listOptions);

    void requestRound(int pages);
    void onPageFinished(int page, const ApiResult &result);
    void emitArrivedPages();
    void stop();

    QPointer<RestClient> m_client;
    QJsonObject m_params;
    CallOptions m_callOptions;
    ListOptions m_listOptions;
    bool m_sequential = false;
    bool m_stopped = false;
    int m_nextPageToRequest = 1;
    int m_nextPageToEmit = 1;
    QMap<int, ApiResult> m_arrived;
    QHash<int, QPointer<ApiCall>> m_outstanding;
    QJsonArray m_items;
    qsizetype m_itemCount = 0;
};
