#pragma once

#include "sandbox/rest/httpexchange.h"

#include <QAbstractHttpServer>

#include <functional>

namespace SandboxPortal {

// The HTTP front end: hands every request to a callback that may answer at any later time.
// Requests under /connector/ go to a second callback with the raw request (the sample connector
// service reads it synchronously and owns the responder).
class SandboxHttpServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    using ExchangeHandler = std::function<void(const HttpExchangePtr &exchange)>;
    using ConnectorHandler =
        std::function<void(const QString &subPath, const QHttpServerRequest &request, QHttpServerResponder &&responder)>;

    explicit SandboxHttpServer(QObject *parent = nullptr);

    void setExchangeHandler(ExchangeHandler handler) { m_exchangeHandler = std::move(handler); }
    void setConnectorHandler(ConnectorHandler handler) { m_connectorHandler = std::move(handler); }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    ExchangeHandler m_exchangeHandler;
    ConnectorHandler m_connectorHandler;
};

} // namespace SandboxPortal
