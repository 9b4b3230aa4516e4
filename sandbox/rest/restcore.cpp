#include "sandbox/rest/restcore.h"

#include "sandbox/rest/envelope.h"
#include "sandbox/portal/portalsettings.h"
#include "sandbox/rest/ratelimiter.h"

using namespace Qt::StringLiterals;

namespace SandboxPortal {

namespace {

// The outer batch call is not accounted (LoadLimiter::$ignoreMethod); its commands are.
bool isAccounted(const QString &method)
{
    return method != u"batch"_s;
}

} // namespace

RestCore::RestCore(const MethodRegistry &registry, OperatingTimeLimiter &operating, const PortalSettings &settings)
    : m_registry(registry)
    , m_operating(operating)
    , m_settings(settings)
{
}

bool RestCore::hasMethod(const QString &method) const
{
    const QString lower = method.toLower();
    if (lower.startsWith(u"biconnector.table."_s) && !m_settings.hasTableMethods())
        return false;
    return m_registry.find(lower) != nullptr;
}

void RestCore::call(const QString &method, PhpValue params, const Caller &caller,
                    const std::shared_ptr<bool> &oldDatasetBehaviour, double start, const Done &done)
{
    const QString lower = method.toLower();
    if (!hasMethod(lower))
        return done({MethodOutcome::framework(FrameworkErrors::methodNotFound()), {}});
    // The method's scope must be granted to the token (biconnector.* -> "biconnector").
    const QString scope = lower.section(u'.', 0, 0);
    if (lower.contains(u'.') && !caller.scopes.isEmpty() && !caller.scopes.contains(scope))
        return done({MethodOutcome::framework(FrameworkErrors::insufficientScope()), {}});
    if (isAccounted(lower) && m_operating.isBlocked(caller.limiterKey, lower))
        return done({MethodOutcome::framework(FrameworkErrors::operationTimeLimit()), {}});

    // init() takes "state", processCall() takes "start" (paging via start is not used by biconnector).
    params.remove(u"state"_s);
    params.remove(u"start"_s);

    CallContext context;
    context.method = lower;
    context.params = params;
    context.clientId = caller.clientId;
    context.limiterKey = caller.limiterKey;
    context.userId = caller.userId;
    context.scopes = caller.scopes;
    context.oldDatasetBehaviour = oldDatasetBehaviour;

    const double processStart = Envelope::now();
    const MethodHandler &handler = *m_registry.find(lower);
    handler(context, [this, lower, caller, start, processStart, done](const MethodOutcome &outcome) {
        const double processFinish = Envelope::now();
        const double processing = processFinish - processStart;
        if (isAccounted(lower))
            m_operating.record(caller.limiterKey, lower, processing);
        Result result{outcome, {}};
        if (outcome.kind == MethodOutcome::Kind::Result) {
            result.time = Envelope::timeBlock(start, Envelope::now(), processing,
                                              m_operating.operating(caller.limiterKey, lower),
                                              m_operating.resetAt(caller.limiterKey, lower));
        }
        done(result);
    });
}

} // namespace SandboxPortal
