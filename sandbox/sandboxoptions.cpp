#include "sandbox/sandboxoptions.h"

#include "sandbox/portal/portalsettings.h"

#include <QCommandLineParser>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

QList<QCommandLineOption> optionList()
{
    return {
        {u"host"_s, u"Listen address (default 127.0.0.1)."_s, u"address"_s},
        {u"port"_s, u"Listen port; 0 picks a free one (default 0)."_s, u"port"_s},
        {u"db"_s, u"SQLite database file, or :memory: (default)."_s, u"file"_s},
        {u"seed"_s, u"Seed data: demo, or scale:C/S/D (connectors/sources/datasets)."_s, u"seed"_s},
        {u"latency"_s, u"Added latency per request in milliseconds."_s, u"ms"_s},
        {u"fault-rate"_s, u"Probability 0..1 of an injected fault per request."_s, u"p"_s},
        {u"bucket"_s, u"Leaky bucket BURST/RATE (default 50/2)."_s, u"burst/rate"_s},
        {u"token-ttl"_s, u"Access token lifetime in seconds (default 3600)."_s, u"seconds"_s},
        {u"client-id"_s, u"Registered OAuth client id."_s, u"id"_s},
        {u"client-secret"_s, u"Registered OAuth client secret."_s, u"secret"_s},
        {u"portal-version"_s, u"Portal build to imitate: 25.550, 25.1150, 26.250 (default) or docs-2026-09."_s,
         u"version"_s},
        {u"private-ip-refusal"_s, u"Refuse connector URLs on private or loopback addresses (off by default)."_s},
        {u"operating-limit"_s, u"Operating-time limit in seconds per method and 10 minutes (0 = off)."_s, u"seconds"_s},
        {u"superset-deployed"_s, u"Act as if BI Builder (Superset) is deployed (externalId, sync errors)."_s},
        {u"auto-approve"_s, u"Let /oauth/authorize/ redirect at once, without the Allow page."_s},
        {u"tls-cert"_s, u"Serve HTTPS with this PEM certificate (needs --tls-key)."_s, u"file"_s},
        {u"tls-key"_s, u"PEM private key of the --tls-cert certificate."_s, u"file"_s},
    };
}

} // namespace

QString SandboxOptions::helpText()
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Local Bitrix24 portal emulator with a sample BI connector."_s);
    parser.addHelpOption();
    parser.addOptions(optionList());
    return parser.helpText();
}

bool SandboxOptions::parse(const QStringList &arguments, QString *error, bool *helpRequested)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions(optionList());
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return false;
    }
    *helpRequested = parser.isSet(u"help"_s);

    auto fail = [error](const QString &message) {
        *error = message;
        return false;
    };
    if (parser.isSet(u"host"_s) && !host.setAddress(parser.value(u"host"_s)))
        return fail(u"invalid --host"_s);
    bool ok = true;
    if (parser.isSet(u"port"_s)) {
        const uint value = parser.value(u"port"_s).toUInt(&ok);
        if (!ok || value > 65535)
            return fail(u"invalid --port"_s);
        port = quint16(value);
    }
    if (parser.isSet(u"db"_s))
        database = parser.value(u"db"_s);
    if (parser.isSet(u"seed"_s)) {
        seed = parser.value(u"seed"_s);
        static const QRegularExpression scale(u"^scale:\\d+/\\d+/\\d+$"_s);
        if (seed != u"demo"_s && !scale.match(seed).hasMatch())
            return fail(u"invalid --seed (use demo or scale:C/S/D)"_s);
    }
    if (parser.isSet(u"latency"_s)) {
        latencyMs = parser.value(u"latency"_s).toInt(&ok);
        if (!ok || latencyMs < 0)
            return fail(u"invalid --latency"_s);
    }
    if (parser.isSet(u"fault-rate"_s)) {
        faultRate = parser.value(u"fault-rate"_s).toDouble(&ok);
        if (!ok || faultRate < 0 || faultRate > 1)
            return fail(u"invalid --fault-rate"_s);
    }
    if (parser.isSet(u"bucket"_s)) {
        const QStringList parts = parser.value(u"bucket"_s).split(u'/');
        bool ok2 = false;
        if (parts.size() == 2) {
            bucketBurst = parts[0].toInt(&ok);
            bucketRate = parts[1].toDouble(&ok2);
        }
        if (parts.size() != 2 || !ok || !ok2 || bucketBurst <= 0 || bucketRate <= 0)
            return fail(u"invalid --bucket (use BURST/RATE, e.g. 50/2)"_s);
    }
    if (parser.isSet(u"token-ttl"_s)) {
        tokenTtlSeconds = parser.value(u"token-ttl"_s).toInt(&ok);
        if (!ok || tokenTtlSeconds <= 0)
            return fail(u"invalid --token-ttl"_s);
    }
    if (parser.isSet(u"client-id"_s))
        clientId = parser.value(u"client-id"_s);
    if (parser.isSet(u"client-secret"_s))
        clientSecret = parser.value(u"client-secret"_s);
    if (parser.isSet(u"portal-version"_s)) {
        portalVersion = parser.value(u"portal-version"_s);
        if (!parsePortalVersion(portalVersion))
            return fail(u"invalid --portal-version (use 25.550, 25.1150, 26.250 or docs-2026-09)"_s);
    }
    privateIpRefusal = parser.isSet(u"private-ip-refusal"_s);
    if (parser.isSet(u"operating-limit"_s)) {
        operatingLimitSeconds = parser.value(u"operating-limit"_s).toDouble(&ok);
        if (!ok || operatingLimitSeconds < 0)
            return fail(u"invalid --operating-limit"_s);
    }
    supersetDeployed = parser.isSet(u"superset-deployed"_s);
    autoApprove = parser.isSet(u"auto-approve"_s);
    tlsCertificateFile = parser.value(u"tls-cert"_s);
    tlsKeyFile = parser.value(u"tls-key"_s);
    if (tlsCertificateFile.isEmpty() != tlsKeyFile.isEmpty())
        return fail(u"--tls-cert and --tls-key go together"_s);
    return true;
}
