#pragma once

#include "sandbox/rest/methodcall.h"

#include <functional>
#include <memory>

struct PortalSettings;

namespace SandboxPortal {

class OperatingTimeLimiter;

// CRestServer::processCall() for one method call, shared by top-level requests and batch
// commands: method look-up, the operating-time limit, the handler, and the time block.
class RestCore
{
public:
    struct Caller
    {
        QString clientId; // empty for webhooks
        QString limiterKey;
        qint64 userId = 1;
        QStringList scopes; // of the OAuth token; empty = every scope (webhooks)
    };
    struct Result
    {
        MethodOutcome outcome;
        PhpValue time; // set for Kind::Result
    };
    using Done = std::function<void(const Result &result)>;

    RestCore(const MethodRegistry &registry, OperatingTimeLimiter &operating, const PortalSettings &settings);

    // The method exists on the emulated portal version.
    bool hasMethod(const QString &method) const;
    // `start` is the request's start time (Envelope::now()); `oldDatasetBehaviour` is per HTTP request.
    void call(const QString &method, PhpValue params, const Caller &caller,
              const std::shared_ptr<bool> &oldDatasetBehaviour, double start, const Done &done);

private:
    const MethodRegistry &m_registry;
    OperatingTimeLimiter &m_operating;
    const PortalSettings &m_settings;
};

} // namespace SandboxPortal
