#pragma once

// A tiny HTTP client for sandbox tests: each call waits (QSignalSpy::wait) for the real reply over
// loopback. Header-only; tests include it and link Qt6::Network + Qt6::Test.

#include "sandbox/sandboxserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QUrlQuery>

#include <memory>

struct SandboxReply
{
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QList<QNetworkReply::RawHeaderPair> headers;
    bool finished = false;

    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QJsonValue result() const { return object().value(QStringLiteral("result")); }
    // result.error.error of a biconnector error ("" when the call succeeded).
    QString apiError() const
    {
        return result().toObject().value(QStringLiteral("error")).toObject().value(QStringLiteral("error")).toString();
    }
    QJsonValue apiErrorCode() const
    {
        return result().toObject().value(QStringLiteral("error")).toObject().value(QStringLiteral("error"));
    }
    QString apiErrorDescription() const
    {
        return result().toObject().value(QStringLiteral("error")).toObject().value(QStringLiteral("error_description")).toString();
    }
    QString topError() const { return object().value(QStringLiteral("error")).toString(); }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

class SandboxClient
{
public:
    explicit SandboxClient(SandboxServer &server)
        : m_server(server)
        , m_token(server.initialAccessToken())
    {
    }

    void setToken(const QString &token) { m_token = token; }
    QString token() const { return m_token; }
    QNetworkAccessManager &network() { return m_network; }

    // POST JSON {...params, "auth": token} to /rest/METHOD.
    SandboxReply call(const QString &method, QJsonObject params = {}, bool withAuth = true)
    {
        if (withAuth && !m_token.isEmpty())
            params.insert(QStringLiteral("auth"), m_token);
        return postJson(m_server.restUrl().resolved(QUrl(method)), QJsonDocument(params).toJson(QJsonDocument::Compact));
    }

    // POST form-encoded `body` (auth appended) to /rest/METHOD.
    SandboxReply callForm(const QString &method, const QByteArray &body, bool withAuth = true)
    {
        QByteArray form = body;
        if (withAuth && !m_token.isEmpty())
            form += (form.isEmpty() ? "" : "&") + QByteArrayLiteral("auth=") + m_token.toUtf8();
        QNetworkRequest request(m_server.restUrl().resolved(QUrl(method)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        return wait(m_network.post(request, form));
    }

    SandboxReply postJson(const QUrl &url, const QByteArray &json)
    {
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        return wait(m_network.post(request, json));
    }

    SandboxReply get(const QUrl &url)
    {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        return wait(m_network.get(request));
    }

    SandboxReply send(const QNetworkRequest &request, const QByteArray &body)
    {
        return wait(m_network.post(request, body));
    }

    // The id of a created object, or -1.
    qint64 addId(const QString &method, const QJsonObject &fields)
    {
        const SandboxReply reply = call(method, {{QStringLiteral("fields"), fields}});
        return reply.result().toObject().value(QStringLiteral("id")).toInteger(-1);
    }

    static SandboxReply wait(QNetworkReply *reply)
    {
        std::unique_ptr<QNetworkReply> owner(reply);
        SandboxReply result;
        if (!reply->isFinished()) {
            QSignalSpy finished(reply, &QNetworkReply::finished);
            if (!finished.wait(15000))
                return result;
        }
        result.finished = true;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.networkError = reply->error();
        result.headers = reply->rawHeaderPairs();
        return result;
    }

private:
    SandboxServer &m_server;
    QString m_token;
    QNetworkAccessManager m_network;
};

// Starts an in-process sandbox (optionally seeded) and a client holding its initial token.
inline bool startSandbox(std::unique_ptr<SandboxServer> &server, std::unique_ptr<SandboxClient> &client,
                         const QString &seed = {}, QString *error = nullptr)
{
    server = std::make_unique<SandboxServer>();
    SandboxOptions options;
    options.seed = seed;
    if (!server->start(options, error))
        return false;
    client = std::make_unique<SandboxClient>(*server);
    return true;
}

// Field sets the tests reuse.
namespace SandboxFixtures {

inline QJsonArray loginPasswordSettings()
{
    return {QJsonObject{{QStringLiteral("name"), QStringLiteral("Login")},
                        {QStringLiteral("code"), QStringLiteral("login")},
                        {QStringLiteral("type"), QStringLiteral("STRING")}},
            QJsonObject{{QStringLiteral("name"), QStringLiteral("Password")},
                        {QStringLiteral("code"), QStringLiteral("password")},
                        {QStringLiteral("type"), QStringLiteral("STRING")}}};
}

// connector.add fields with the four endpoints below `base`.
inline QJsonObject connectorFields(const QString &base, const QString &title = QStringLiteral("Sample"))
{
    return {{QStringLiteral("title"), title},
            {QStringLiteral("logo"), QStringLiteral("data:image/svg+xml;base64,PHN2Zy8+")},
            {QStringLiteral("urlCheck"), QString(base + QStringLiteral("check"))},
            {QStringLiteral("urlTableList"), QString(base + QStringLiteral("tables"))},
            {QStringLiteral("urlTableDescription"), QString(base + QStringLiteral("describe"))},
            {QStringLiteral("urlData"), QString(base + QStringLiteral("data"))},
            {QStringLiteral("settings"), loginPasswordSettings()}};
}

// connector.add fields pointing at the sandbox's own sample connector.
inline QJsonObject sampleConnectorFields(const SandboxServer &server, const QString &title = QStringLiteral("Sample"))
{
    return connectorFields(server.connectorUrl().toString(), title);
}

inline QJsonObject goodCredentials()
{
    return {{QStringLiteral("login"), QStringLiteral("demo")}, {QStringLiteral("password"), QStringLiteral("demo-secret")}};
}

inline QJsonObject sourceFields(qint64 connectorId, const QString &title = QStringLiteral("Source"))
{
    return {{QStringLiteral("title"), title}, {QStringLiteral("connectorId"), connectorId},
            {QStringLiteral("settings"), goodCredentials()}};
}

inline QJsonObject column(const QString &name, const QString &code, const QString &type)
{
    return {{QStringLiteral("name"), name}, {QStringLiteral("externalCode"), code}, {QStringLiteral("type"), type}};
}

inline QJsonObject datasetFields(qint64 sourceId, const QString &name = QStringLiteral("sales_table"))
{
    return {{QStringLiteral("sourceId"), sourceId},
            {QStringLiteral("name"), name},
            {QStringLiteral("externalName"), QStringLiteral("Sales")},
            {QStringLiteral("externalCode"), QStringLiteral("sales")},
            {QStringLiteral("fields"), QJsonArray{column(QStringLiteral("SALE_ID"), QStringLiteral("sale_id"), QStringLiteral("int")),
                                                  column(QStringLiteral("REGION"), QStringLiteral("region"), QStringLiteral("string"))}}};
}

} // namespace SandboxFixtures
