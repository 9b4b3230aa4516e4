#include "sandbox/rest/httpexchange.h"

namespace SandboxPortal {

HttpRequestData HttpRequestData::from(const QHttpServerRequest &request)
{
    HttpRequestData data;
    data.method = request.method();
    data.url = request.url();
    data.body = request.body();
    data.headers = request.headers();
    data.remoteAddress = request.remoteAddress();
    return data;
}

QByteArray HttpRequestData::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QByteArray HttpRequestData::rawQuery() const
{
    return url.query(QUrl::FullyEncoded).toUtf8();
}

HttpExchange::HttpExchange(HttpRequestData request, QHttpServerResponder &&responder)
    : m_request(std::move(request))
    , m_responder(std::move(responder))
    , m_socket(m_responder.socket())
{
}

HttpExchange::~HttpExchange()
{
    if (!m_answered)
        respond(500, {}, QByteArrayLiteral("text/plain; charset=utf-8"));
}

bool HttpExchange::isConnected() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

void HttpExchange::respond(int status, const QByteArray &body, const QByteArray &contentType,
                           const HeaderList &headers)
{
    if (m_answered)
        return;
    m_answered = true;
    if (!isConnected())
        return;
    m_responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(status));
    if (!contentType.isEmpty())
        m_responder.writeHeader(QByteArrayLiteral("Content-Type"), contentType);
    for (const auto &[name, value] : headers)
        m_responder.writeHeader(name, value);
    m_responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(body.size()));
    m_responder.writeBody(body);
}

void HttpExchange::redirect(const QUrl &location)
{
    respond(302, {}, QByteArrayLiteral("text/html; charset=utf-8"),
            {{QByteArrayLiteral("Location"), location.toEncoded()}});
}

void HttpExchange::reset()
{
    if (m_answered)
        return;
    m_answered = true;
    if (m_socket)
        m_socket->abort();
}

void HttpExchange::cutOff()
{
    if (m_answered)
        return;
    m_answered = true;
    if (!isConnected())
        return;
    m_responder.writeStatusLine(QHttpServerResponder::StatusCode::Ok);
    m_responder.writeHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json; charset=utf-8"));
    m_responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArrayLiteral("4096"));
    m_responder.writeBody(QByteArrayLiteral("{\"result\":"));
    m_socket->disconnectFromHost(); // after the buffered bytes are written
}

} // namespace SandboxPortal
