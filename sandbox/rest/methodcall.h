#pragma once

#include "sandbox/rest/apierrors.h"
#include "sandbox/php/phpvalue.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace SandboxPortal {

// Everything a REST method handler gets for one call (a top-level call or one batch command).
struct CallContext
{
    QString method;        // lower-case method name as registered
    PhpValue params;       // auth params already removed
    QString clientId;      // the OAuth application; empty for webhook calls
    QString limiterKey;    // whose operating time this is: the client id, or the webhook
    qint64 userId = 1;
    QStringList scopes;    // granted to the token; empty = every scope (webhooks)
    // Dataset::$useOldBehavior is a static that dataset.add/delete set and nobody resets: it lives
    // for one HTTP request, so table.add/delete later in the same batch behave the old way too.
    std::shared_ptr<bool> oldDatasetBehaviour = std::make_shared<bool>(false);
};

// What a handler produced.
struct MethodOutcome
{
    enum class Kind {
        Result,    // {"result":...,"time":...} (biconnector errors are results too)
        Framework, // a top-level REST error with its status
        Crash,     // a PHP \Error: plain HTTP 500 with no JSON
    };
    Kind kind = Kind::Result;
    PhpValue result;
    FrameworkError error;

    static MethodOutcome success(const PhpValue &result) { return {Kind::Result, result, {}}; }
    static MethodOutcome failure(const ApiError &error) { return success(errorResult(error)); }
    static MethodOutcome framework(const FrameworkError &error) { return {Kind::Framework, {}, error}; }
    static MethodOutcome crash() { return {Kind::Crash, {}, {}}; }
};

using MethodReply = std::function<void(const MethodOutcome &outcome)>;
using MethodHandler = std::function<void(const CallContext &context, const MethodReply &reply)>;

// Method name -> handler. Names are stored lower-case, as the REST core lower-cases them.
class MethodRegistry
{
public:
    void add(const QString &name, MethodHandler handler) { m_handlers.insert(name.toLower(), std::move(handler)); }
    void remove(const QString &name) { m_handlers.remove(name.toLower()); }
    const MethodHandler *find(const QString &name) const
    {
        const auto it = m_handlers.constFind(name.toLower());
        return it == m_handlers.constEnd() ? nullptr : &it.value();
    }
    QStringList names() const { return m_handlers.keys(); }

private:
    QHash<QString, MethodHandler> m_handlers;
};

} // namespace SandboxPortal
