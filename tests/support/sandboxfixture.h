#pragma once

#include "api/transport/apiresult.h"
#include "api/transport/portalsession.h"
#include "sandbox/sandboxserver.h"

#include <QList>
#include <QObject>

#include <memory>

class ApiCall;
class RestClient;
class TokenManager;

// Test fixture: an in-process sandbox portal on loopback plus a PortalSession signed in to it
// as the sandbox's own application (tokens, token endpoint and client credentials wired).
class SandboxFixture
{
public:
    SandboxFixture();
    ~SandboxFixture();

    bool start(const SandboxOptions &options, QString *error);
    // Default options with `seed` ("demo", "scale:C/S/D"); request counters start at zero.
    bool start(const QString &seed, QString *error);

    SandboxServer &server() { return m_server; }
    PortalSession &session() { return *m_session; }
    RestClient *client() const;
    TokenManager *tokens() const;
    BiconnectorApi api() const;

    // /rest/ requests the sandbox received (a batch counts once), without OAuth and connector traffic.
    int restRequests() const;

private:
    SandboxServer m_server;
    std::unique_ptr<PortalSession> m_session;
};

// Waits (event loop running) until `call` finishes and returns its result; a failed ApiResult with
// code "TEST_TIMEOUT" if it does not finish in time. Only for a call that cannot have finished yet
// (created in this turn); for several calls use CallRecorder.
ApiResult waitForResult(ApiCall *call, int timeoutMs = 10000);

// Records every finish of the calls added to it, in the order they were added.
class CallRecorder : public QObject
{
public:
    // Attach right after creating the call (before the event loop runs). Returns its index.
    int add(ApiCall *call);
    // Waits (event loop running) until every added call has finished at least once.
    bool waitAll(int timeoutMs = 10000);
    int size() const { return int(m_results.size()); }
    ApiResult result(int index) const;
    int finishCount(int index) const { return int(m_results.at(index).size()); }

private:
    QList<QList<ApiResult>> m_results;
};
