#include "bench/sandboxprocess.h"

#include "api/transport/portalsession.h"
#include "api/auth/tokenmanager.h"
#include "bench/benchlogging.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

SandboxProcess::SandboxProcess(const QString &program)
    : m_program(program)
{
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
}

SandboxProcess::~SandboxProcess()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
}

QStringList SandboxProcess::arguments(const QString &seed, int latencyMs, const QString &bucket)
{
    return {u"--seed"_s, seed, u"--latency"_s, QString::number(latencyMs), u"--bucket"_s, bucket};
}

bool SandboxProcess::start(const QStringList &arguments, int timeoutMs, QString *error)
{
    QElapsedTimer clock;
    clock.start();
    m_process.start(m_program, arguments);
    if (!m_process.waitForStarted(timeoutMs)) {
        *error = u"cannot start %1: %2"_s.arg(m_program, m_process.errorString());
        return false;
    }
    const QDeadlineTimer deadline(timeoutMs);
    while (!m_process.canReadLine()) {
        if (deadline.hasExpired() || m_process.state() == QProcess::NotRunning) {
            *error = u"%1 printed no ready line (exit code %2)"_s.arg(m_program).arg(m_process.exitCode());
            return false;
        }
        m_process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
    }
    m_startupMs = clock.elapsed();
    return parseReadyLine(m_process.readLine(), error);
}

bool SandboxProcess::parseReadyLine(const QByteArray &line, QString *error)
{
    const QJsonObject ready = QJsonDocument::fromJson(line).object();
    m_endpoints.rest = QUrl(ready.value(u"rest"_s).toString());
    m_endpoints.oauth = QUrl(ready.value(u"oauth"_s).toString());
    m_endpoints.clientId = ready.value(u"client_id"_s).toString();
    m_endpoints.clientSecret = ready.value(u"client_secret"_s).toString();
    m_endpoints.accessToken = ready.value(u"access_token"_s).toString();
    m_endpoints.refreshToken = ready.value(u"refresh_token"_s).toString();
    if (!m_endpoints.rest.isValid() || m_endpoints.accessToken.isEmpty()) {
        *error = u"the sandbox's ready line has no REST endpoint or access token"_s;
        return false;
    }
    qCInfo(lcBench) << "sandbox ready at" << m_endpoints.rest << "after" << m_startupMs << "ms";
    return true;
}

PortalSession *SandboxProcess::createSession(QObject *parent) const
{
    auto *session = new PortalSession(parent);
    session->setRestEndpoint(m_endpoints.rest);
    TokenManager *tokens = session->tokens();
    tokens->setTokenEndpoint(m_endpoints.oauth.resolved(QUrl(u"token/"_s)));
    tokens->setClientCredentials(m_endpoints.clientId, m_endpoints.clientSecret);
    tokens->setTokens(m_endpoints.accessToken, m_endpoints.refreshToken);
    return session;
}
