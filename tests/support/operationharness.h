#pragma once

// Shared helpers for tests of models/operations: run one operation to its end, wait for a typed
// read, and the lost-reply check every write operation goes through (LostReply::check).
#include <functional>
#include <optional>

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>

#include "api/transport/typedcall.h"
#include "models/operations/portaloperation.h"
#include "sandbox/sandboxserver.h"

using namespace Qt::StringLiterals;

// Starts `operation` and waits for its finished(); it must come exactly once. A timeout or a second
// finished() comes back as an Unknown result with the code TEST_TIMEOUT / TEST_FINISHED_TWICE.
inline PortalOperation::Result runOperation(PortalOperation &operation, int timeoutMs = 15000)
{
    QSignalSpy finished(&operation, &PortalOperation::finished);
    operation.start();
    PortalOperation::Result failure;
    failure.outcome = PortalOperation::Outcome::Unknown;
    if (!finished.wait(timeoutMs)) {
        failure.error = ApiError(ApiError::Kind::Timeout, u"TEST_TIMEOUT"_s, u"no finished()"_s);
        return failure;
    }
    QCoreApplication::processEvents();
    if (finished.size() != 1) {
        failure.error = ApiError(ApiError::Kind::Other, u"TEST_FINISHED_TWICE"_s, u"finished() twice"_s);
        return failure;
    }
    return finished.first().first().value<PortalOperation::Result>();
}

// Waits for a typed read (an Outcome with a TEST_TIMEOUT error if it never finishes).
template<typename T> Outcome<T> waitFor(const TypedCall<T> &call, int timeoutMs = 10000)
{
    std::optional<Outcome<T>> outcome;
    QObject context;
    call.onFinished(&context, [&outcome](const Outcome<T> &o) { outcome = o; });
    if (!QTest::qWaitFor([&outcome] { return outcome.has_value(); }, timeoutMs))
        return Outcome<T> {T {}, ApiError(ApiError::Kind::Timeout, u"TEST_TIMEOUT"_s, QString())};
    return *outcome;
}

template<typename T> Outcome<QList<T>> waitFor(const TypedListCall<T> &call, int timeoutMs = 10000)
{
    std::optional<Outcome<QList<T>>> outcome;
    QObject context;
    call.onFinished(&context, [&outcome](const Outcome<QList<T>> &o) { outcome = o; });
    if (!QTest::qWaitFor([&outcome] { return outcome.has_value(); }, timeoutMs))
        return Outcome<QList<T>> {{}, ApiError(ApiError::Kind::Timeout, u"TEST_TIMEOUT"_s, QString())};
    return *outcome;
}

namespace LostReply {

// Whether the portal committed the write before its reply was lost.
enum class Mode { Committed, NotCommitted };

// Makes the next request of `writeMethod` lose its reply: after the commit (the sandbox's
// commit-then-drop) or before anything was processed (a dropped connection).
inline void arm(SandboxServer &server, const QString &writeMethod, Mode mode)
{
    server.resetRequestCounts();
    if (mode == Mode::Committed)
        server.dropReplyAfterCommit(writeMethod);
    else
        server.injectFault(SandboxFault::DropConnection, 1, writeMethod);
}

// Runs `operation` with the reply of `writeMethod` lost (arm() first) and checks the settled
// outcome: Applied when committed, NotApplied with the lost reply's error otherwise; settled by
// reading back; the write sent exactly once. Returns a failure text, empty when all is well.
inline QString check(SandboxServer &server, PortalOperation &operation, const QString &writeMethod, Mode mode,
                     PortalOperation::Result *out = nullptr)
{
    const PortalOperation::Result result = runOperation(operation);
    if (out)
        *out = result;
    const bool committed = mode == Mode::Committed;
    const PortalOperation::Outcome expected
        = committed ? PortalOperation::Outcome::Applied : PortalOperation::Outcome::NotApplied;
    if (result.outcome != expected)
        return u"outcome %1, expected %2: %3"_s.arg(int(result.outcome))
            .arg(int(expected))
            .arg(result.message());
    if (!result.settledByReadBack)
        return u"not settled by reading back: "_s + result.message();
    if (!committed && result.error.kind() != ApiError::Kind::Ambiguous)
        return u"the error is not the lost reply: "_s + result.error.details();
    if (const int sent = server.requestCount(writeMethod); sent != 1)
        return u"%1 sent %2 times"_s.arg(writeMethod).arg(sent);
    if (result.message().isEmpty())
        return u"no message"_s;
    return {};
}

} // namespace LostReply
