#include "app/demoportal.h"

#include "api/transport/portalsession.h"
#include "api/auth/tokenmanager.h"
#include "app/applogging.h"
#include "sandbox/sandboxserver.h"

#include <QUrl>

using namespace Qt::StringLiterals;

DemoPortal::DemoPortal(QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(u"demo-sandbox"_s);
}

DemoPortal::~DemoPortal()
{
    delete m_session;
    if (m_server)
        QMetaObject::invokeMethod(m_server, &QObject::deleteLater, Qt::QueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void DemoPortal::start(const QString &seed)
{
    m_server = new SandboxServer;
    m_server->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_server, &QObject::deleteLater);
    m_thread.start();

    SandboxOptions options;
    options.seed = seed;
    SandboxServer *server = m_server;
    QMetaObject::invokeMethod(
        server,
        [this, server, options] {
            Endpoints endpoints;
            QString error;
            if (server->start(options, &error)) {
                endpoints.rest = server->restUrl().toString();
                endpoints.oauth = server->oauthUrl().toString();
                endpoints.clientId = server->options().clientId;
                endpoints.clientSecret = server->options().clientSecret;
                endpoints.refreshToken = server->initialRefreshToken();
            } else {
                endpoints.error = error;
            }
            QMetaObject::invokeMethod(this, [this, endpoints] { signIn(endpoints); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void DemoPortal::signIn(const Endpoints &endpoints)
{
    if (!endpoints.error.isEmpty()) {
        emit failed(tr("The demo portal could not start: %1").arg(endpoints.error));
        return;
    }
    m_session = new PortalSession(this);
    m_session->setRestEndpoint(QUrl(endpoints.rest));
    TokenManager *tokens = m_session->tokens();
    tokens->setTokenEndpoint(QUrl(endpoints.oauth).resolved(QUrl(u"token/"_s)));
    tokens->setClientCredentials(endpoints.clientId, endpoints.clientSecret);
    tokens->setTokens(QString(), endpoints.refreshToken);
    qCInfo(lcApp) << "demo portal at" << endpoints.rest;
    tokens->refreshAccessToken(QString(), this, [this](const ApiError &error) {
        if (error.isError())
            emit failed(tr("Signing in to the demo portal failed: %1").arg(error.userMessage()));
        else
            emit ready();
    });
}
