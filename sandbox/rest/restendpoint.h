#pragma once

#include "sandbox/rest/faultinjector.h"
#include "sandbox/rest/httpexchange.h"
#include "sandbox/rest/restcore.h"

#include <QObject>

struct PortalSettings;

namespace SandboxPortal {

class TokenRegistry;
class TrafficControl;

// Everything under /rest/: URL forms (OAuth /rest/METHOD[.json|.xml][/] and webhook
// /rest/USER/CODE/METHOD), the token (Bearer header, auth, access_token), latency, the leaky
// bucket and injected faults, then one RestCore call and the response framing.
class RestEndpoint : public QObject
{
    Q_OBJECT
public:
    RestEndpoint(RestCore &core, TokenRegistry &tokens, TrafficControl &traffic, const PortalSettings &settings,
                 QObject *parent = nullptr);

    void handle(const HttpExchangePtr &exchange);

private:
    struct Target
    {
        QString method;
        bool xml = false;
        bool webhook = false;
        qint64 webhookUser = 0;
        QString webhookCode;
    };

    static std::optional<Target> parsePath(const QString &path);
    void process(const HttpExchangePtr &exchange, const Target &target, SandboxFault fault, double start);
    void respondError(const HttpExchangePtr &exchange, const FrameworkError &error, bool xml) const;
    void respondResult(const HttpExchangePtr &exchange, const RestCore::Result &result, const RestCore::Caller &caller,
                       bool xml) const;

    RestCore &m_core;
    TokenRegistry &m_tokens;
    TrafficControl &m_traffic;
    const PortalSettings &m_settings;
};

} // namespace SandboxPortal
