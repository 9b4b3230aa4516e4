#include "api/transport/restclient.h"

#include "api/transport/batchcodec.h"
#include "api/transport/phpquery.h"
#include "api/transport/portalurl.h"
#include "api/transport/requestdispatcher.h"

#include <QTimer>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

RestClient::RestClient(QNetworkAccessManager *network, TokenManager *tokens, QObject *parent)
    : QObject(parent), m_dispatcher(new RequestDispatcher(network, tokens, this))
{
    connect(m_dispatcher, &RequestDispatcher::inFlightChanged, this, &RestClient::requestsInFlightChanged);
    connect(m_dispatcher, &RequestDispatcher::throttledChanged, this, &RestClient::throttledChanged);
    connect(m_dispatcher, &RequestDispatcher::readyForMore, this, [this] {
        if (!m_pending.isEmpty())
            scheduleFlush();
    });
}

RestClient::~RestClient()
{
    const QList<ApiCall *> calls = findChildren<ApiCall *>(Qt::FindDirectChildrenOnly);
    for (ApiCall *call : calls)
        call->cancel();
}

bool RestClient::setEndpoint(const QUrl &restEndpoint)
{
    const PortalUrl portal = PortalUrl::parse(restEndpoint.toString());
    if (!portal.isAcceptable() || restEndpoint.scheme().isEmpty()) {
        if (portal.verdict() == PortalUrl::Verdict::InsecureRemote && !endpoint().isValid())
            m_refusedEndpoint = restEndpoint;   // calls fail with INSECURE_URL instead of NO_ENDPOINT
        return false;
    }
    m_refusedEndpoint.clear();
    QUrl endpoint = restEndpoint;
    if (!endpoint.path().endsWith(u'/'))
        endpoint.setPath(endpoint.path() + u'/');
    m_dispatcher->setEndpoint(endpoint);
    return true;
}

QUrl RestClient::endpoint() const
{
    return m_dispatcher->endpoint();
}

void RestClient::setJournal(RequestJournal *journal)
{
    m_dispatcher->setJournal(journal);
}

void RestClient::setRateLimits(RequestBucket::Limits limits)
{
    m_dispatcher->setLimits(limits);
}

RequestBucket::Limits RestClient::rateLimits() const
{
    return m_dispatcher->limits();
}

void RestClient::setRetryPolicy(const RetryPolicy &policy)
{
    m_dispatcher->setRetryPolicy(policy);
}

RetryPolicy RestClient::retryPolicy() const
{
    return m_dispatcher->retryPolicy();
}

void RestClient::setDefaultTimeoutMs(int timeoutMs)
{
    m_dispatcher->setDefaultTimeoutMs(timeoutMs);
}

void RestClient::setMaxBatchSize(int commands)
{
    m_maxBatchSize = qBound(1, commands, BatchCodec::MaxCommands);
}

int RestClient::requestsInFlight() const
{
    return m_dispatcher->inFlight();
}

bool RestClient::isThrottled() const
{
    return m_dispatcher->isThrottled();
}

ApiCall *RestClient::call(const QString &method, const QJsonObject &params, const CallOptions &options)
{
    auto *call = new PendingApiCall(method, this);
    Pending pending;
    pending.call = call;
    pending.method = method;
    pending.params = params;
    pending.idempotent = options.idempotent.value_or(MethodTraits::isRead(method));
    pending.batchable = options.batchable.value_or(MethodTraits::isRead(method)) && !PhpQuery::containsBoolean(params);
    pending.timeoutMs = options.timeoutMs;
    m_pending.append(pending);
    call->setAbortHandler([this, call] { detach(call); });
    scheduleFlush();
    return call;
}

ListCall *RestClient::listAll(const QString &method, const QJsonObject &params, const ListOptions &listOptions,
                              const CallOptions &callOptions)
{
    return new ListCall(this, method, params, callOptions, listOptions);
}

void RestClient::scheduleFlush()
{
    if (m_flushScheduled)
        return;
    m_flushScheduled = true;
    QMetaObject::invokeMethod(this, &RestClient::flush, Qt::QueuedConnection);
}

void RestClient::flush()
{
    m_flushScheduled = false;
    // While earlier requests still wait for a send slot, keep collecting: they coalesce better.
    if (m_pending.isEmpty() || m_dispatcher->waitingCount() > 0)
        return;
    const QList<Pending> pending = std::exchange(m_pending, {});
    if (!endpoint().isValid()) {
        for (const Pending &entry : pending) {
            deliver(entry, ApiResult::failure(m_refusedEndpoint.isValid()
                                                  ? ApiError::insecureUrl(m_refusedEndpoint, entry.method)
                                                  : ApiError(ApiError::Kind::Transport, u"NO_ENDPOINT"_s,
                                                             u"No portal address is set."_s, 0, entry.method)));
        }
        return;
    }
    QList<Pending> group;
    const auto submitGroup = [this, &group] {
        if (group.size() == 1)
            submitSingle(group.first());
        else if (!group.isEmpty())
            submitBatch(group);
        group.clear();
    };
    for (const Pending &entry : pending) {
        if (!entry.call || entry.call->isFinished())
            continue;
        if (!entry.batchable) {
            submitSingle(entry);
            continue;
        }
        group.append(entry);
        if (group.size() >= m_maxBatchSize)
            submitGroup();
    }
    submitGroup();
}

void RestClient::submitSingle(const Pending &pending)
{
    WireRequest request;
    request.method = pending.method;
    request.params = pending.params;
    request.idempotent = pending.idempotent;
    request.timeoutMs = pending.timeoutMs;
    const auto jobId = std::make_shared<quint64>(0);   // completions always run after submit() returns
    const quint64 job = m_dispatcher->submit(request, [this, pending, jobId](const ApiResult &raw) {
        m_callsOfJob.remove(*jobId);
        deliver(pending, raw.ok() ? ApiResult::fromMethodResult(raw.result, pending.method) : raw);
    });
    *jobId = job;
    trackJob(job, {pending});
}

void RestClient::submitBatch(const QList<Pending> &group)
{
    QList<BatchCodec::Command> commands;
    WireRequest request;
    request.method = u"batch"_s;
    request.idempotent = true;
    for (const Pending &entry : group) {
        commands.append({entry.method, entry.params});
        request.commandMethods.append(entry.method);
        request.idempotent = request.idempotent && entry.idempotent;
        request.timeoutMs = qMax(request.timeoutMs, entry.timeoutMs);
    }
    request.params = BatchCodec::buildParams(commands);
    const auto jobId = std::make_shared<quint64>(0);
    const quint64 job = m_dispatcher->submit(request, [this, group, commands, jobId](const ApiResult &raw) {
        m_callsOfJob.remove(*jobId);
        const QList<ApiResult> results = raw.ok() ? BatchCodec::split(raw.result, commands) : QList<ApiResult>();
        for (qsizetype i = 0; i < group.size(); ++i) {
            if (raw.ok()) {
                deliver(group.at(i), results.at(i));
            } else {
                ApiError error = raw.error;
                error.setMethod(group.at(i).method);
                deliver(group.at(i), ApiResult::failure(error));
            }
        }
    });
    *jobId = job;
    trackJob(job, group);
}

void RestClient::trackJob(quint64 job, const QList<Pending> &calls)
{
    QList<QPointer<PendingApiCall>> &tracked = m_callsOfJob[job];
    for (const Pending &entry : calls) {
        tracked.append(entry.call);
        m_jobOfCall.insert(entry.call.data(), job);
    }
}

void RestClient::deliver(const Pending &pending, const ApiResult &result)
{
    if (!pending.call || pending.call->isFinished())
        return;
    m_jobOfCall.remove(pending.call.data());
    // A batch command blocked by the operating-time limit was not executed: ask again later.
    // (Plain calls get the same treatment inside the dispatcher.)
    if (result.error.kind() == ApiError::Kind::OperatingLimit && pending.operatingRetries < 3) {
        const qint64 wait = m_dispatcher->operatingWaitMs(result.error);
        if (wait <= m_dispatcher->retryPolicy().maxOperatingWaitMs) {
            Pending again = pending;
            ++again.operatingRetries;
            QTimer::singleShot(std::chrono::milliseconds(wait), this, [this, again] {
                if (again.call && !again.call->isFinished()) {
                    m_pending.append(again);
                    scheduleFlush();
                }
            });
            return;
        }
    }
    ApiResult delivered = result;
    if (result.error.kind() == ApiError::Kind::OperatingLimit)
        delivered.error.setRetryAt(m_dispatcher->operatingResetAt(result.error));
    if (delivered.error.isError() && delivered.error.kind() != ApiError::Kind::Canceled) {
        m_lastError = delivered.error;
        emit lastErrorChanged(m_lastError);
    }
    pending.call->resolve(delivered);
}

void RestClient::detach(PendingApiCall *call)
{
    for (qsizetype i = 0; i < m_pending.size(); ++i) {
        if (m_pending.at(i).call == call) {
            m_pending.removeAt(i);
            return;
        }
    }
    const auto jobIt = m_jobOfCall.find(call);
    if (jobIt == m_jobOfCall.end())
        return;
    const quint64 job = jobIt.value();
    m_jobOfCall.erase(jobIt);
    auto callsIt = m_callsOfJob.find(job);
    if (callsIt == m_callsOfJob.end())
        return;
    const bool othersWaiting = std::any_of(callsIt->cbegin(), callsIt->cend(), [call](const QPointer<PendingApiCall> &other) {
        return other && other != call && !other->isFinished();
    });
    if (!othersWaiting) {
        m_callsOfJob.erase(callsIt);
        m_dispatcher->cancel(job);
    }
}
