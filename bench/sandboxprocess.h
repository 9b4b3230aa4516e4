#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

class PortalSession;
class QObject;

// What the sandbox prints on its ready line (one JSON object).
struct SandboxEndpoints
{
    QUrl rest;
    QUrl oauth;
    QString clientId;
    QString clientSecret;
    QString accessToken;
    QString refreshToken;
};

// `biworkspace-sandbox` as a separate process, so that serving HTTP never runs on the measured
// process's GUI thread. Each scenario gets a fresh one: the portal's request bucket is global, and
// one scenario must not start with a bucket the previous one filled.
class SandboxProcess
{
public:
    explicit SandboxProcess(const QString &program);
    ~SandboxProcess(); // stops the sandbox (SIGTERM, then SIGKILL)

    SandboxProcess(const SandboxProcess &) = delete;
    SandboxProcess &operator=(const SandboxProcess &) = delete;

    // Starts the sandbox with `arguments` and waits (blocking) for its ready line.
    bool start(const QStringList &arguments, int timeoutMs, QString *error);
    const SandboxEndpoints &endpoints() const { return m_endpoints; }
    // How long the sandbox took to seed and print its ready line.
    qint64 startupMs() const { return m_startupMs; }

    // A signed-in session on this sandbox (the access token from the ready line, no browser).
    PortalSession *createSession(QObject *parent) const;

    // The sandbox arguments the bench uses: --seed, --latency and --bucket.
    static QStringList arguments(const QString &seed, int latencyMs, const QString &bucket);

private:
    bool parseReadyLine(const QByteArray &line, QString *error);

    QString m_program;
    QProcess m_process;
    SandboxEndpoints m_endpoints;
    qint64 m_startupMs = 0;
};
