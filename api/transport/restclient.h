#pragma once

#include "api/transport/apicall.h"
#include "api/transport/calloptions.h"
#include "api/transport/requestbucket.h"
#include "api/transport/listcall.h"
#include "api/transport/retrypolicy.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class RequestDispatcher;
class RequestJournal;
class TokenManager;

// The typed-async REST client of one portal (its OAuth `client_endpoint`, e.g.
// https://PORTAL/rest/). Every call returns a handle (ApiCall) that finishes exactly once.
//
// Read calls issued in the same event-loop turn are coalesced into one `batch` request
// (at most 50 commands each; a lone call goes out plain), and their results and inner errors are
// handed back to each caller. While requests wait for the rate limiter, new reads keep
// coalescing. Writes and calls carrying booleans always go out alone as JSON POSTs.
class RestClient : public QObject
{
    Q_OBJECT
public:
    RestClient(QNetworkAccessManager *network, TokenManager *tokens, QObject *parent = nullptr);
    ~RestClient() override;   // cancels every unfinished call (each still finishes once)

    // Refuses (returns false, keeps the old one) anything but HTTPS, or HTTP to a loopback host.
    // Without an accepted endpoint, calls then fail with ApiError::insecureUrl() (INSECURE_URL).
    bool setEndpoint(const QUrl &restEndpoint);
    QUrl endpoint() const;

    void setJournal(RequestJournal *journal);
    void setRateLimits(RequestBucket::Limits limits);
    RequestBucket::Limits rateLimits() const;
    void setRetryPolicy(const RetryPolicy &policy);
    RetryPolicy retryPolicy() const;
    void setDefaultTimeoutMs(int timeoutMs);
    void setMaxBatchSize(int commands);   // 1..50
    int maxBatchSize() const { return m_maxBatchSize; }

    ApiCall *call(const QString &method, const QJsonObject &params = QJsonObject(),
                  const CallOptions &options = CallOptions());
    ListCall *listAll(const QString &method, const QJsonObject &params = QJsonObject(),
                      const ListOptions &listOptions = ListOptions(), const CallOptions &callOptions = CallOptions());

    int requestsInFlight() const;
    bool isThrottled() const;
    ApiError lastError() const { return m_lastError; }

signals:
    void requestsInFlightChanged(int count);
    void throttledChanged(bool throttled);       // requests are waiting for the rate limit
    void lastErrorChanged(const ApiError &error); // every failed call except cancellations

private:
    struct Pending
    {
        QPointer<PendingApiCall> call;
        QString method;
        QJsonObject params;
        bool batchable = false;
        bool idempotent = false;
        int timeoutMs = 0;
        int operatingRetries = 0;
    };

    void scheduleFlush();
    void flush();
    void submitSingle(const Pending &pending);
    void submitBatch(const QList<Pending> &group);
    void trackJob(quint64 job, const QList<Pending> &calls);
    void deliver(const Pending &pending, const ApiResult &result);
    void detach(PendingApiCall *call);

    RequestDispatcher *m_dispatcher;
    QList<Pending> m_pending;                           // not yet handed to the dispatcher
    QHash<const ApiCall *, quint64> m_jobOfCall;        // handed over: which dispatcher job carries it
    QHash<quint64, QList<QPointer<PendingApiCall>>> m_callsOfJob;
    int m_maxBatchSize = 50;
    bool m_flushScheduled = false;
    ApiError m_lastError;
    QUrl m_refusedEndpoint;                             // a plain-HTTP remote endpoint that was refused
};
