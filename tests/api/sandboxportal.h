#pragma once

#include "api/apiresult.h"
#include "api/portalsession.h"
#include "sandbox/sandboxserver.h"

#include <memory>

class ApiCall;
class RestClient;
class TokenManager;

// Test fixture: an in-process sandbox portal on loopback plus a PortalSession signed in to it
// as the sandbox's own application (tokens, token endpoint and client credentials wired).
class SandboxPortal
{
public:
    SandboxPortal();
    ~SandboxPortal();

    bool start(const SandboxOptions &options, QString *error);

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
// code "TEST_TIMEOUT" if it does not finish in time.
ApiResult waitForResult(ApiCall *call, int timeoutMs = 10000);
