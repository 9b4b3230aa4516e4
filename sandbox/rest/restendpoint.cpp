#include "sandbox/rest/restendpoint.h"

#include "sandbox/rest/envelope.h"
#include "sandbox/php/phpjson.h"
#include "sandbox/portal/portalsettings.h"
#include "sandbox/php/requestparams.h"
#include "sandbox/rest/tokenregistry.h"
#include "sandbox/rest/trafficcontrol.h"

#include <QRegularExpression>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace SandboxPortal {

namespace {

const QString RestPrefix = u"/rest/"_s;

// CRestServer::outputXml(): <response><result>..</result>..</response>, numeric keys become <item>.
void appendXml(const QString &name, const PhpValue &value, QByteArray &out)
{
    bool numeric = false;
    name.toLongLong(&numeric);
    const QByteArray tag = numeric ? QByteArrayLiteral("item") : name.toUtf8();
    out += '<' + tag + '>';
    if (value.isArray()) {
        for (const PhpValue::Entry &entry : value.entries())
            appendXml(entry.key, entry.value, out);
    } else {
        out += value.toString().toHtmlEscaped().toUtf8();
    }
    out += "</" + tag + '>';
}

QByteArray encodeBody(const PhpValue &body, bool xml)
{
    if (!xml)
        return PhpJson::encode(body);
    QByteArray out = QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
    appendXml(u"response"_s, body, out);
    return out;
}

QByteArray contentType(bool xml)
{
    return xml ? QByteArrayLiteral("text/xml; charset=utf-8") : Envelope::contentType();
}

HttpExchange::HeaderList commonHeaders()
{
    return {{QByteArrayLiteral("Access-Control-Allow-Origin"), QByteArrayLiteral("*")}};
}

QString bearerToken(const QByteArray &header)
{
    static const QRegularExpression bearer(u"^Bearer\\s+(\\S+)\\s*$"_s, QRegularExpression::CaseInsensitiveOption);
    const auto match = bearer.match(QString::fromLatin1(header));
    return match.hasMatch() ? match.captured(1) : QString();
}

QString tokenParam(const PhpValue &params, const QString &name)
{
    const PhpValue &value = params.value(name);
    return !value.isArray() && !value.isEmpty() ? value.toString() : QString();
}

} // namespace

RestEndpoint::RestEndpoint(RestCore &core, TokenRegistry &tokens, TrafficControl &traffic,
                           const PortalSettings &settings, QObject *parent)
    : QObject(parent)
    , m_core(core)
    , m_tokens(tokens)
    , m_traffic(traffic)
    , m_settings(settings)
{
}

std::optional<RestEndpoint::Target> RestEndpoint::parsePath(const QString &path)
{
    QString rest = path.mid(RestPrefix.size());
    if (rest.endsWith(u'/'))
        rest.chop(1);
    const QStringList segments = rest.split(u'/');
    Target target;
    if (segments.size() == 1) {
        target.method = segments.at(0);
    } else if (segments.size() == 3 && PhpValue::isNumericString(segments.at(0)) && !segments.at(1).isEmpty()) {
        target.webhook = true;
        target.webhookUser = segments.at(0).toLongLong();
        target.webhookCode = segments.at(1);
        target.method = segments.at(2);
    } else {
        return std::nullopt;
    }
    if (target.method.endsWith(u".json"_s, Qt::CaseInsensitive)) {
        target.method.chop(5);
    } else if (target.method.endsWith(u".xml"_s, Qt::CaseInsensitive)) {
        target.method.chop(4);
        target.xml = true;
    }
    if (target.method.isEmpty())
        return std::nullopt;
    return target;
}

void RestEndpoint::handle(const HttpExchangePtr &exchange)
{
    const double start = Envelope::now();
    const auto target = parsePath(exchange->request().url.path());
    m_traffic.count(target ? target->method.toLower() : u"rest"_s);
    if (!target)
        return respondError(exchange, FrameworkErrors::methodNotFound(), false);

    auto proceed = [this, exchange, target = *target, start] {
        if (!m_traffic.bucket().tryAcquire())
            return respondError(exchange, FrameworkErrors::queryLimitExceeded(), target.xml);
        const SandboxFault fault = m_traffic.faults().decide(target.method);
        if (TrafficControl::answerWithFault(exchange, fault))
            return;
        process(exchange, target, fault, start);
    };
    if (m_traffic.latency() > 0)
        QTimer::singleShot(m_traffic.latency(), this, proceed);
    else
        proceed();
}

void RestEndpoint::process(const HttpExchangePtr &exchange, const Target &target, SandboxFault fault, double start)
{
    PhpValue params = RequestParams::fromRequest(exchange->request());
    if (!m_core.hasMethod(target.method))
        return respondError(exchange, FrameworkErrors::methodNotFound(), target.xml);

    // Refused before anything runs: a commit-then-drop fault waits for a request that commits.
    const auto refuse = [this, exchange, target, fault](const FrameworkError &error) {
        if (fault == SandboxFault::CommitThenDrop)
            m_traffic.faults().postpone(fault, target.method);
        respondError(exchange, error, target.xml);
    };
    RestCore::Caller caller;
    if (target.webhook) {
        if (m_settings.webhookHttpsRequired)
            return refuse(FrameworkErrors::httpsRequired());
        caller.limiterKey = u"webhook:"_s + target.webhookCode;
        caller.userId = target.webhookUser;
    } else {
        QString token = bearerToken(exchange->request().header("Authorization"));
        if (token.isEmpty())
            token = tokenParam(params, u"auth"_s);
        if (token.isEmpty())
            token = tokenParam(params, u"access_token"_s);
        if (token.isEmpty())
            return refuse(FrameworkErrors::noAuth());
        const TokenRegistry::AccessCheck check = m_tokens.checkAccess(token);
        if (check.status == TokenRegistry::AccessStatus::Invalid)
            return refuse(FrameworkErrors::invalidToken());
        if (check.status == TokenRegistry::AccessStatus::Expired)
            return refuse(FrameworkErrors::expiredToken());
        caller.clientId = check.clientId;
        caller.limiterKey = check.clientId;
        caller.userId = check.userId;
        caller.scopes = check.scope.split(u',', Qt::SkipEmptyParts);
        params.remove(u"auth"_s);
        params.remove(u"access_token"_s);
    }

    m_core.call(target.method, params, caller, std::make_shared<bool>(false), start,
                [this, exchange, target, caller, fault](const RestCore::Result &result) {
                    if (fault == SandboxFault::CommitThenDrop)
                        return exchange->cutOff();
                    switch (result.outcome.kind) {
                    case MethodOutcome::Kind::Crash:
                        return exchange->respond(500, {}, QByteArrayLiteral("text/html; charset=utf-8"));
                    case MethodOutcome::Kind::Framework:
                        return respondError(exchange, result.outcome.error, target.xml);
                    case MethodOutcome::Kind::Result:
                        return respondResult(exchange, result, caller, target.xml);
                    }
                });
}

void RestEndpoint::respondError(const HttpExchangePtr &exchange, const FrameworkError &error, bool xml) const
{
    exchange->respond(error.status, encodeBody(frameworkErrorBody(error), xml), contentType(xml), commonHeaders());
}

void RestEndpoint::respondResult(const HttpExchangePtr &exchange, const RestCore::Result &result,
                                 const RestCore::Caller &caller, bool xml) const
{
    PhpValue resultValue = result.outcome.result;
    PhpValue body = PhpValue::array();
    body.insert(u"result"_s, PhpValue());
    // next/total are lifted to the top level when a method's result carries them.
    for (const QString &key : {u"next"_s, u"total"_s}) {
        if (resultValue.isArray() && resultValue.contains(key)) {
            body.insert(key, PhpValue::fromInt(resultValue.value(key).toInt()));
            resultValue.remove(key);
        }
    }
    body.insert(u"result"_s, resultValue);
    body.insert(u"time"_s, result.time);
    HttpExchange::HeaderList headers = commonHeaders();
    if (!caller.clientId.isEmpty())
        headers.append({QByteArrayLiteral("X-Bitrix-Rest-Application"), caller.clientId.toUtf8()});
    headers.append({QByteArrayLiteral("X-Bitrix-Rest-Time"),
                    QByteArray::number(result.time.value(u"processing"_s).toDouble(), 'f', 10)});
    exchange->respond(200, encodeBody(body, xml), contentType(xml), headers);
}

} // namespace SandboxPortal
