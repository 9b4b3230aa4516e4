#include "api/auth/loopbackredirectlistener.h"

#include "api/apilogging.h"

#include <QCoreApplication>
#include <QTcpServer>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype MaxRequestHeadBytes = 16 * 1024;
constexpr int SocketIdleTimeoutMs = 10'000;
constexpr const char *BufferProperty = "biwRequestHead";

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LoopbackRedirectListener)
};

QByteArray statusLine(int status)
{
    switch (status) {
    case 200: return QByteArrayLiteral("HTTP/1.1 200 OK");
    case 400: return QByteArrayLiteral("HTTP/1.1 400 Bad Request");
    case 404: return QByteArrayLiteral("HTTP/1.1 404 Not Found");
    case 405: return QByteArrayLiteral("HTTP/1.1 405 Method Not Allowed");
    default: return QByteArrayLiteral("HTTP/1.1 500 Internal Server Error");
    }
}

QString page(const QString &title, const QString &message)
{
    return u"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>"_s + title.toHtmlEscaped()
        + u"</title></head><body style=\"font-family: sans-serif; margin: 3em;\"><h2>"_s + title.toHtmlEscaped()
        + u"</h2><p>"_s + message.toHtmlEscaped() + u"</p></body></html>"_s;
}

} // namespace

LoopbackRedirectListener::LoopbackRedirectListener(QObject *parent)
    : QObject(parent), m_server(new QTcpServer(this))
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        close();
        emit timedOut();
    });
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackRedirectListener::onNewConnection);
}

LoopbackRedirectListener::~LoopbackRedirectListener() = default;

bool LoopbackRedirectListener::listen(quint16 port, const QString &path, QString *errorText)
{
    close();
    m_path = OAuthAuthorization::loopbackRedirectUri(port, path).path();
    if (!m_server->listen(QHostAddress::LocalHost, port)) {
        qCWarning(lcApiAuth) << "cannot listen for the sign-in redirect on port" << port << m_server->errorString();
        if (errorText) {
            *errorText = Text::tr("Port %1 on this computer is in use by another program, so the browser cannot "
                                  "hand the sign-in back automatically (%2).")
                             .arg(port)
                             .arg(m_server->errorString());
        }
        return false;
    }
    if (m_timeoutMs > 0)
        m_timeout.start(m_timeoutMs);
    return true;
}

void LoopbackRedirectListener::close()
{
    m_timeout.stop();
    m_server->close();
}

bool LoopbackRedirectListener::isListening() const
{
    return m_server->isListening();
}

QUrl LoopbackRedirectListener::redirectUri() const
{
    return OAuthAuthorization::loopbackRedirectUri(m_server->serverPort(), m_path);
}

void LoopbackRedirectListener::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        auto *idle = new QTimer(socket);
        idle->setSingleShot(true);
        connect(idle, &QTimer::timeout, socket, &QTcpSocket::abort);
        idle->start(SocketIdleTimeoutMs);
    }
}

void LoopbackRedirectListener::onReadyRead(QTcpSocket *socket)
{
    QByteArray head = socket->property(BufferProperty).toByteArray() + socket->readAll();
    const qsizetype end = head.indexOf("\r\n\r\n");
    if (end < 0) {
        if (head.size() > MaxRequestHeadBytes)
            socket->abort();
        else
            socket->setProperty(BufferProperty, head);
        return;
    }
    socket->setProperty(BufferProperty, QVariant());
    disconnect(socket, &QTcpSocket::readyRead, this, nullptr);

    const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
        respond(socket, 400, Text::tr("Bad request"), Text::tr("This address only accepts the sign-in answer."));
        return;
    }
    if (requestLine.at(0) != "GET") {
        respond(socket, 405, Text::tr("Bad request"), Text::tr("This address only accepts the sign-in answer."));
        return;
    }
    const QUrl target = redirectUri().resolved(QUrl::fromEncoded(requestLine.at(1)));
    if (target.path() != m_path) {
        respond(socket, 404, Text::tr("Not found"), Text::tr("This address only accepts the sign-in answer."));
        return;
    }
    const OAuthRedirect redirect = OAuthRedirect::parse(target, m_state);
    switch (redirect.status) {
    case OAuthRedirect::Status::Code:
        respond(socket, 200, Text::tr("Signed in"),
                Text::tr("You can return to BI Workspace. This browser tab may be closed."));
        break;
    case OAuthRedirect::Status::Denied:
        respond(socket, 200, Text::tr("Sign-in refused"),
                Text::tr("The portal did not grant access. You can return to BI Workspace for details."));
        break;
    case OAuthRedirect::Status::StateMismatch:
        qCWarning(lcApiAuth) << "ignored a sign-in redirect for another attempt";
        respond(socket, 400, Text::tr("Sign-in expired"),
                Text::tr("This answer belongs to an older sign-in attempt. Start the sign-in again from "
                         "BI Workspace."));
        return;
    case OAuthRedirect::Status::NoCode:
        respond(socket, 400, Text::tr("Bad request"),
                Text::tr("The address carries no sign-in answer. Start the sign-in again from BI Workspace."));
        return;
    }
    qCInfo(lcApiAuth) << "sign-in redirect received on the loopback listener";
    emit redirectReceived(redirect);
}

void LoopbackRedirectListener::respond(QTcpSocket *socket, int status, const QString &title, const QString &message)
{
    const QByteArray body = page(title, message).toUtf8();
    QByteArray response = statusLine(status) + "\r\n"
        + "Content-Type: text/html; charset=utf-8\r\n"
        + "Cache-Control: no-store\r\n"
        + "Connection: close\r\n"
        + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    socket->write(response);
    socket->disconnectFromHost();
}
