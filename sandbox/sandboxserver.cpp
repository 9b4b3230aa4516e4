#include "sandbox/sandboxserver.h"

#include "sandbox/sandboxlogging.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

using namespace Qt::StringLiterals;

SandboxServer::SandboxServer(QObject *parent)
    : QObject(parent)
{
}

SandboxServer::~SandboxServer() = default;

bool SandboxServer::start(const SandboxOptions &options, QString *error)
{
    m_options = options;
    m_http = std::make_unique<QHttpServer>();
    m_http->route(u"/rest/<arg>"_s, [](const QString &method) {
        Q_UNUSED(method)
        return QHttpServerResponse(
            QJsonObject{{u"error"_s, u"ERROR_METHOD_NOT_FOUND"_s}, {u"error_description"_s, u"Method not found!"_s}},
            QHttpServerResponder::StatusCode::NotFound);
    });
    m_port = m_http->listen(options.host, options.port);
    if (m_port == 0) {
        if (error)
            *error = u"cannot listen on %1:%2"_s.arg(options.host.toString()).arg(options.port);
        return false;
    }
    m_accessToken = QUuid::createUuid().toString(QUuid::Id128);
    m_refreshToken = QUuid::createUuid().toString(QUuid::Id128);
    qCInfo(lcSandbox) << "listening on" << baseUrl().toString();
    return true;
}

QUrl SandboxServer::baseUrl() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(m_options.host.toString());
    url.setPort(m_port);
    url.setPath(u"/"_s);
    return url;
}

QUrl SandboxServer::restUrl() const
{
    return baseUrl().resolved(QUrl(u"rest/"_s));
}

QUrl SandboxServer::oauthUrl() const
{
    return baseUrl().resolved(QUrl(u"oauth/"_s));
}

QUrl SandboxServer::connectorUrl() const
{
    return baseUrl().resolved(QUrl(u"connector/"_s));
}

QByteArray SandboxServer::readyLine() const
{
    const QJsonObject line{
        {u"rest"_s, restUrl().toString()},
        {u"oauth"_s, oauthUrl().toString()},
        {u"connector"_s, connectorUrl().toString()},
        {u"client_id"_s, m_options.clientId},
        {u"client_secret"_s, m_options.clientSecret},
        {u"access_token"_s, m_accessToken},
        {u"refresh_token"_s, m_refreshToken},
    };
    return QJsonDocument(line).toJson(QJsonDocument::Compact);
}
