#include "sandbox/rest/sandboxhttpserver.h"

using namespace Qt::StringLiterals;

namespace SandboxPortal {

SandboxHttpServer::SandboxHttpServer(QObject *parent)
    : QAbstractHttpServer(parent)
{
}

bool SandboxHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    static const QString connectorPrefix = u"/connector/"_s;
    const QString path = request.url().path();
    if (path.startsWith(connectorPrefix) && m_connectorHandler) {
        m_connectorHandler(path.mid(connectorPrefix.size()), request, makeResponder(request, socket));
        return true;
    }
    if (!m_exchangeHandler)
        return false;
    m_exchangeHandler(std::make_shared<HttpExchange>(HttpRequestData::from(request), makeResponder(request, socket)));
    return true;
}

void SandboxHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}

} // namespace SandboxPortal
