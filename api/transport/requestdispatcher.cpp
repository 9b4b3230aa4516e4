#include "api/transport/requestdispatcher.h"

#include "api/apilogging.h"
#include "api/transport/batchcodec.h"
#include "api/transport/replyclassifier.h"
#include "api/journal/requestjournal.h"
#include "api/journal/secretredaction.h"
#include "api/auth/tokenmanager.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {
// When the bucket is full, wait this much longer than the arithmetic says: the portal's bucket
// drains from when requests *arrive*, so network jitter would otherwise cost a 503 now and then.
constexpr qint64 ThrottleMarginMs = 50;
// Requests on the wire at once (QNetworkAccessManager's connections per host). More would wait in
// QNAM's own queue and reach the portal later, in a clump, than the bucket arithmetic assumes.
constexpr int MaxInFlight = 6;

// The portal's bucket fills when requests *arrive*, and they arrive with varying delay. Keeping
// 100 ms worth of drain (at least one request, never the whole burst) free absorbs that variance.
RequestBucket::Limits withHeadroom(RequestBucket::Limits limits)
{
    if (limits.burst > 1) {
        const int headroom = int(std::ceil(limits.drainPerSecond * 0.1));
        limits.burst -= std::clamp(headroom, 1, limits.burst - 1);
    }
    return limits;
}
} // namespace

RequestDispatcher::RequestDispatcher(QNetworkAccessManager *network, TokenManager *tokens, QObject *parent)
    : QObject(parent), m_network(network), m_tokens(tokens)
{
    setLimits(RequestBucket::Limits::standard());
    m_monotonic.start();
    m_wakeTimer.setSingleShot(true);
    connect(&m_wakeTimer, &QTimer::timeout, this, &RequestDispatcher::pump);
    connect(m_tokens, &TokenManager::refreshFinished, this, &RequestDispatcher::schedulePump);
}

RequestDispatcher::~RequestDispatcher()
{
    for (Job &job : m_jobs) {
        if (QNetworkReply *reply = job.reply) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }
}

void RequestDispatcher::setLimits(RequestBucket::Limits limits)
{
    m_limits = limits;
    m_bucket.setLimits(withHeadroom(limits));
}

void RequestDispatcher::setJournal(RequestJournal *journal)
{
    m_journal = journal;
}

quint64 RequestDispatcher::submit(const WireRequest &request, Completion done)
{
    const quint64 id = m_nextId++;
    Job job;
    job.request = request;
    if (job.request.timeoutMs <= 0)
        job.request.timeoutMs = m_defaultTimeoutMs;
    job.done = std::move(done);
    job.body = QJsonDocument(request.params).toJson(QJsonDocument::Compact);
    m_jobs.insert(id, job);
    m_ready.append(id);
    schedulePump();
    return id;
}

void RequestDispatcher::cancel(quint64 jobId)
{
    const auto it = m_jobs.find(jobId);
    if (it == m_jobs.end())
        return;
    m_ready.removeAll(jobId);
    if (it->waitingForOperatingLimit)
        --m_operatingWaits;
    if (QNetworkReply *reply = it->reply) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
        setInFlight(m_inFlight - 1);
    }
    m_jobs.erase(it);
    updateThrottled();
    schedulePump();   // the queue may have emptied: let the client hand over more work
}

void RequestDispatcher::schedulePump()
{
    if (m_pumpScheduled)
        return;
    m_pumpScheduled = true;
    QMetaObject::invokeMethod(this, &RequestDispatcher::pump, Qt::QueuedConnection);
}

void RequestDispatcher::pump()
{
    m_pumpScheduled = false;
    if (m_tokens->isRefreshing()) {
        updateThrottled();
        return;   // refreshFinished schedules the next pump
    }
    if (!m_ready.isEmpty() && !m_tokens->hasAccessToken()) {
        if (!m_tokens->hasRefreshToken()) {
            failAll(ApiError(ApiError::Kind::SignInRequired, u"NO_TOKEN"_s, u"Not signed in."_s));
            return;
        }
        // Only a refresh token is known (e.g. right after start-up): get an access token first.
        m_tokens->refreshAccessToken(QString(), this, [this](const ApiError &error) {
            if (error.isError())
                failAll(error);
        });
        return;
    }
    while (!m_ready.isEmpty() && m_inFlight < MaxInFlight) {
        const qint64 wait = m_bucket.msUntilAvailable(now());
        if (wait != 0) {
            m_wakeTimer.start(int(qMax<qint64>(wait, 1) + ThrottleMarginMs));
            break;
        }
        m_bucket.tryConsume(now());
        send(m_ready.takeFirst());
    }
    updateThrottled();
    if (m_ready.isEmpty())
        emit readyForMore();
}

void RequestDispatcher::send(quint64 id)
{
    Job &job = m_jobs[id];
    ++job.sends;
    job.tokenUsed = m_tokens->accessToken();
    job.startedAt = QDateTime::currentDateTime();
    job.clock.start();

    QNetworkRequest request(m_endpoint.resolved(QUrl(job.request.method)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    if (!job.tokenUsed.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + job.tokenUsed.toUtf8());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(job.request.timeoutMs);

    qCDebug(lcApi) << "send" << job.request.method << job.request.commandMethods.size() << "commands, attempt"
                   << job.sends;
    QNetworkReply *reply = m_network->post(request, job.body);
    job.reply = reply;
    setInFlight(m_inFlight + 1);
    connect(reply, &QNetworkReply::finished, this, [this, id, reply] { onReplyFinished(id, reply); });
}

void RequestDispatcher::onReplyFinished(quint64 id, QNetworkReply *reply)
{
    reply->deleteLater();
    setInFlight(m_inFlight - 1);
    schedulePump();   // a connection is free
    const auto it = m_jobs.find(id);
    if (it == m_jobs.end() || it->reply != reply)
        return;
    it->reply = nullptr;

    HttpOutcome outcome;
    outcome.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    outcome.networkError = reply->error();
    outcome.networkErrorText = reply->errorString();
    outcome.body = reply->isOpen() ? reply->readAll() : QByteArray();   // an aborted reply is closed
    // Our own cancels disconnect first, so an aborted reply reaching here hit the transfer timeout.
    outcome.timedOut = reply->error() == QNetworkReply::OperationCanceledError;

    const ReplyVerdict verdict = classifyReply(outcome, it->request.idempotent, it->request.method);
    qCDebug(lcApi) << "reply" << it->request.method << outcome.httpStatus << outcome.networkError << "in"
                   << it->clock.elapsed() << "ms, verdict" << int(verdict.action) << verdict.error.code();
    journal(*it, outcome, verdict);
    act(id, verdict);
}

void RequestDispatcher::act(quint64 id, const ReplyVerdict &verdict)
{
    Job &job = m_jobs[id];
    switch (verdict.action) {
    case ReplyVerdict::Action::Deliver:
        rememberOperatingResets(job, verdict.envelope);
        complete(id, ApiResult::success(verdict.envelope.value(u"result"_s)));
        return;
    case ReplyVerdict::Action::Fail:
        complete(id, ApiResult::failure(verdict.error));
        return;
    case ReplyVerdict::Action::RetryTransient:
        if (++job.transientFailures < m_policy.maxTransientAttempts) {
            qCInfo(lcApi) << job.request.method << "failed with" << verdict.error.code() << "- resending";
            resendAfter(id, m_policy.backoffMs(job.transientFailures), false);
        } else {
            complete(id, ApiResult::failure(verdict.error));
        }
        return;
    case ReplyVerdict::Action::BackOff:
        m_bucket.saturate(now());
        if (++job.rateLimitedSends < m_policy.maxRateLimitedAttempts) {
            // The first refusal only waits for the (now full) client bucket; repeated refusals mean
            // the portal's limit is tighter than the client's, so back off exponentially as well.
            if (job.rateLimitedSends == 1) {
                m_ready.prepend(id);
                schedulePump();
            } else {
                resendAfter(id, m_policy.backoffMs(job.rateLimitedSends - 1), false);
            }
        } else {
            complete(id, ApiResult::failure(verdict.error));
        }
        return;
    case ReplyVerdict::Action::WaitOperating: {
        ApiError error = verdict.error;
        error.setRetryAt(operatingResetAt(error));
        const qint64 wait = operatingWaitMs(error);
        if (wait > m_policy.maxOperatingWaitMs)
            complete(id, ApiResult::failure(error));
        else
            resendAfter(id, wait, true);
        return;
    }
    case ReplyVerdict::Action::RefreshToken:
        if (job.refreshedOnce) {
            complete(id, ApiResult::failure(verdict.error));
        } else {
            job.refreshedOnce = true;
            requestRefresh(id);
        }
        return;
    }
}

QDateTime RequestDispatcher::operatingResetAt(const ApiError &error) const
{
    if (error.retryAt().isValid())
        return error.retryAt();
    const QDateTime remembered = m_operatingResetAt.value(error.method());
    return remembered > QDateTime::currentDateTime() ? remembered : QDateTime();
}

qint64 RequestDispatcher::operatingWaitMs(const ApiError &error) const
{
    const QDateTime at = operatingResetAt(error);
    return at.isValid() ? qMax<qint64>(0, QDateTime::currentDateTime().msecsTo(at)) : m_policy.defaultOperatingWaitMs;
}

void RequestDispatcher::rememberOperatingResets(const Job &job, const QJsonObject &envelope)
{
    // The 429 itself carries no time block; the last successful reply before it said when the
    // method unblocks (`operating_reset_at`). Batch commands report it per command in result_time.
    const auto remember = [this](const QString &method, const QJsonValue &time) {
        const qint64 resetAt = time[u"operating_reset_at"_s].toInteger();
        if (resetAt > 0)
            m_operatingResetAt.insert(method, QDateTime::fromSecsSinceEpoch(resetAt));
    };
    if (job.request.commandMethods.isEmpty()) {
        remember(job.request.method, envelope.value(u"time"_s));
        return;
    }
    const QJsonObject times = envelope.value(u"result"_s)[u"result_time"_s].toObject();
    for (qsizetype i = 0; i < job.request.commandMethods.size(); ++i)
        remember(job.request.commandMethods.at(i), times.value(BatchCodec::commandKey(int(i))));
}

void RequestDispatcher::resendAfter(quint64 id, qint64 delayMs, bool operatingLimit)
{
    if (operatingLimit) {
        m_jobs[id].waitingForOperatingLimit = true;
        ++m_operatingWaits;
        updateThrottled();
    }
    QTimer::singleShot(std::chrono::milliseconds(delayMs), this, [this, id] {
        const auto it = m_jobs.find(id);
        if (it == m_jobs.end())
            return;
        if (it->waitingForOperatingLimit) {
            it->waitingForOperatingLimit = false;
            --m_operatingWaits;
        }
        m_ready.prepend(id);
        schedulePump();
    });
}

void RequestDispatcher::requestRefresh(quint64 id)
{
    Job &job = m_jobs[id];
    job.awaitingRefresh = true;
    m_ready.prepend(id);
    m_tokens->refreshAccessToken(job.tokenUsed, this, [this, id](const ApiError &error) {
        const auto it = m_jobs.find(id);
        if (it == m_jobs.end() || !it->awaitingRefresh)
            return;
        it->awaitingRefresh = false;
        if (error.isError()) {
            m_ready.removeAll(id);
            ApiError failure = error;
            failure.setMethod(it->request.method);
            complete(id, ApiResult::failure(failure));
        }
        schedulePump();
    });
}

void RequestDispatcher::failAll(const ApiError &error)
{
    const QList<quint64> ready = std::exchange(m_ready, {});
    for (const quint64 id : ready) {
        ApiError failure = error;
        failure.setMethod(m_jobs.value(id).request.method);
        complete(id, ApiResult::failure(failure));
    }
    updateThrottled();
}

void RequestDispatcher::complete(quint64 id, const ApiResult &result)
{
    const auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return;
    const Completion done = std::move(it->done);
    m_jobs.erase(it);
    m_ready.removeAll(id);
    schedulePump();
    done(result);
}

void RequestDispatcher::journal(const Job &job, const HttpOutcome &outcome, const ReplyVerdict &verdict)
{
    if (!m_journal)
        return;
    JournalEntry entry;
    entry.startedAt = job.startedAt;
    entry.method = job.request.method;
    entry.commandMethods = job.request.commandMethods;
    entry.attempt = job.sends;
    entry.url = SecretRedaction::redactUrl(m_endpoint.resolved(QUrl(job.request.method)));
    entry.httpStatus = outcome.httpStatus;
    entry.durationMs = job.clock.elapsed();
    entry.requestBytes = job.body.size();
    entry.responseBytes = outcome.body.size();
    entry.requestParams = SecretRedaction::redact(job.request.params);
    if (outcome.body.size() <= m_journalBodyLimit)
        entry.response = SecretRedaction::redact(verdict.body);
    else
        entry.response = QJsonObject{{u"omitted"_s, u"reply larger than the journal keeps"_s}};
    if (verdict.error.isError()) {
        entry.errorCode = verdict.error.code();
    } else {
        const QJsonValue result = verdict.envelope.value(u"result"_s);
        if (job.request.commandMethods.isEmpty()) {
            if (const auto inner = ApiError::fromResult(result, job.request.method)) {
                entry.errorCode = inner->code();
                entry.innerErrorCount = 1;
            }
        } else {
            entry.innerErrorCount = BatchCodec::countErrors(result);
        }
    }
    m_journal->record(entry);
}

void RequestDispatcher::setInFlight(int count)
{
    if (count == m_inFlight)
        return;
    m_inFlight = count;
    emit inFlightChanged(count);
}

void RequestDispatcher::updateThrottled()
{
    const bool throttled = (m_wakeTimer.isActive() && !m_ready.isEmpty()) || m_operatingWaits > 0;
    if (throttled == m_throttled)
        return;
    m_throttled = throttled;
    emit throttledChanged(throttled);
}
