#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QTcpSocket>
#include <QUrl>

#include <memory>

namespace SandboxPortal {

// A copy of everything the sandbox needs from a request: QHttpServerRequest lives only as long as
// the server's handler call, while answers are often given later (latency, urlCheck round trips).
struct HttpRequestData
{
    QHttpServerRequest::Method method = QHttpServerRequest::Method::Unknown;
    QUrl url;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QHostAddress remoteAddress;

    static HttpRequestData from(const QHttpServerRequest &request);
    QByteArray header(QByteArrayView name) const; // case-insensitive, first match
    QByteArray rawQuery() const;                  // still percent-encoded
};

// One request and its (possibly deferred) answer. Answering after the client went away is a no-op.
class HttpExchange
{
public:
    using HeaderList = QList<QPair<QByteArray, QByteArray>>;

    HttpExchange(HttpRequestData request, QHttpServerResponder &&responder);
    ~HttpExchange(); // an exchange nobody answered gets a plain 500 rather than a hanging client
    Q_DISABLE_COPY_MOVE(HttpExchange)

    const HttpRequestData &request() const { return m_request; }
    bool isAnswered() const { return m_answered; }
    bool isConnected() const;

    void respond(int status, const QByteArray &body, const QByteArray &contentType, const HeaderList &headers = {});
    void redirect(const QUrl &location);
    // Closes the connection without sending a byte. Note: QNetworkAccessManager treats this like a
    // stale keep-alive connection and silently re-sends the request (even a POST) a few times.
    void reset();
    // Sends the status line, the headers of a JSON answer and part of its body, then closes the
    // connection: every HTTP client sees a failed reply and none re-sends it.
    void cutOff();

private:
    HttpRequestData m_request;
    QHttpServerResponder m_responder;
    QPointer<QTcpSocket> m_socket;
    bool m_answered = false;
};

using HttpExchangePtr = std::shared_ptr<HttpExchange>;

} // namespace SandboxPortal
