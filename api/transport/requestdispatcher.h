#pragma once

#include "api/transport/apiresult.h"
#include "api/transport/requestbucket.h"
#include "api/transport/retrypolicy.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class RequestJournal;
class TokenManager;
struct HttpOutcome;
struct ReplyVerdict;

// One HTTP POST to the REST endpoint: a single method call or a whole `batch`.
struct WireRequest
{
    QString method;                // REST method, or "batch"
    QJsonObject params;            // sent as the JSON body
    QStringList commandMethods;    // batch: the method of every command (journal, diagnostics)
    bool idempotent = false;       // may be executed twice without harm: resent after lost replies
    int timeoutMs = 0;             // 0 = the dispatcher's default
};

// Sends WireRequests to the portal and sees each through to a definite answer: waits for room in
// the client-side leaky bucket, attaches the access token, refreshes it once on expired_token
// (pausing all sends while the refresh runs), backs off and resends on 503 QUERY_LIMIT_EXCEEDED,
// waits out 429 OPERATION_TIME_LIMIT, resends idempotent requests after transport failures with
// capped exponential backoff, and journals every HTTP attempt. Not public API: RestClient uses it.
class RequestDispatcher : public QObject
{
    Q_OBJECT
public:
    // `raw.result` is the envelope's `result`, untouched (inner errors are the caller's business).
    using Completion = std::function<void(const ApiResult &raw)>;

    RequestDispatcher(QNetworkAccessManager *network, TokenManager *tokens, QObject *parent = nullptr);
    ~RequestDispatcher() override;

    void setEndpoint(const QUrl &endpoint) { m_endpoint = endpoint; }
    QUrl endpoint() const { return m_endpoint; }
    void setJournal(RequestJournal *journal);
    // The portal's limits. The client keeps a little below them (see requestdispatcher.cpp).
    void setLimits(RequestBucket::Limits limits);
    RequestBucket::Limits limits() const { return m_limits; }
    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    RetryPolicy retryPolicy() const { return m_policy; }
    void setDefaultTimeoutMs(int timeoutMs) { m_defaultTimeoutMs = timeoutMs; }
    // Journal entries keep reply bodies up to this size; larger ones are summarised.
    void setJournalBodyLimit(qint64 bytes) { m_journalBodyLimit = bytes; }

    // Queues the request; `done` runs exactly once unless the job is canceled first.
    quint64 submit(const WireRequest &request, Completion done);
    void cancel(quint64 jobId);

    // When a method blocked by the operating-time limit (429) becomes usable again: the error's own
    // time, else the last `operating_reset_at` a reply announced for that method; invalid if unknown.
    QDateTime operatingResetAt(const ApiError &error) const;
    // How long to wait before resending after such an error (the policy's default when unknown).
    qint64 operatingWaitMs(const ApiError &error) const;

    int waitingCount() const { return int(m_ready.size()); }
    int inFlight() const { return m_inFlight; }
    bool isThrottled() const { return m_throttled; }

signals:
    void inFlightChanged(int count);
    void throttledChanged(bool throttled);
    // Nothing waits for a send slot: a good moment to hand over newly coalesced calls.
    void readyForMore();

private:
    struct Job
    {
        WireRequest request;
        Completion done;
        int sends = 0;
        int transientFailures = 0;
        int rateLimitedSends = 0;
        bool refreshedOnce = false;
        bool awaitingRefresh = false;
        bool waitingForOperatingLimit = false;
        QString tokenUsed;
        QPointer<QNetworkReply> reply;
        QByteArray body;
        QElapsedTimer clock;
        QDateTime startedAt;
    };

    void schedulePump();
    void pump();
    void send(quint64 id);
    void onReplyFinished(quint64 id, QNetworkReply *reply);
    void act(quint64 id, const ReplyVerdict &verdict);
    void resendAfter(quint64 id, qint64 delayMs, bool operatingLimit);
    void rememberOperatingResets(const Job &job, const QJsonObject &envelope);
    void requestRefresh(quint64 id);
    void failAll(const ApiError &error);
    void complete(quint64 id, const ApiResult &result);
    void journal(const Job &job, const HttpOutcome &outcome, const ReplyVerdict &verdict);
    void setInFlight(int count);
    void updateThrottled();
    qint64 now() const { return m_monotonic.elapsed(); }

    QNetworkAccessManager *m_network;
    TokenManager *m_tokens;
    QPointer<RequestJournal> m_journal;
    QUrl m_endpoint;
    RequestBucket::Limits m_limits;
    RequestBucket m_bucket;
    RetryPolicy m_policy;
    int m_defaultTimeoutMs = 90'000;
    qint64 m_journalBodyLimit = 256 * 1024;

    QHash<QString, QDateTime> m_operatingResetAt;   // method -> announced unblock time
    QHash<quint64, Job> m_jobs;
    QList<quint64> m_ready;        // waiting for a send slot, in order
    quint64 m_nextId = 1;
    int m_inFlight = 0;
    int m_operatingWaits = 0;
    bool m_throttled = false;
    bool m_pumpScheduled = false;
    QTimer m_wakeTimer;            // fires when the bucket has room again
    QElapsedTimer m_monotonic;
};
