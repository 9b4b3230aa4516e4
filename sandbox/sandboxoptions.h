#pragma once

#include <QHostAddress>
#include <QString>
#include <QStringList>

// Every switch of the sandbox, settable from the command line or from C++ (tests).
struct SandboxOptions
{
    QHostAddress host = QHostAddress::LocalHost;
    quint16 port = 0;                 // 0 = pick a free port
    QString database = QStringLiteral(":memory:");
    QString seed;                     // "", "demo" or "scale:C/S/D"
    int latencyMs = 0;
    double faultRate = 0.0;           // probability of an injected fault per request
    int bucketBurst = 50;             // leaky bucket size
    double bucketRate = 2.0;          // drained requests per second
    int tokenTtlSeconds = 3600;
    QString clientId = QStringLiteral("local.sandbox.biworkspace");
    QString clientSecret = QStringLiteral("sandbox-client-secret");
    QString portalVersion = QStringLiteral("26.250"); // 25.550 | 25.1150 | 26.250 | docs-2026-09
    bool privateIpRefusal = false;    // refuse connector URLs on private/loopback addresses
    double operatingLimitSeconds = 0; // operating-time limit per method and 10 minutes; 0 = off
    bool supersetDeployed = false;    // BI Builder (Superset) deployed: externalId, sync errors
    bool autoApprove = false;         // /oauth/authorize/ redirects at once, without the Allow page
    QString tlsCertificateFile;       // PEM certificate (chain): serve HTTPS instead of HTTP
    QString tlsKeyFile;               // PEM private key of that certificate (unencrypted)

    // Parses `arguments` (argv including the program name). On failure returns false and sets *error.
    bool parse(const QStringList &arguments, QString *error, bool *helpRequested);
    static QString helpText();
};
