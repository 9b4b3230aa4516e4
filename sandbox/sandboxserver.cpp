#include "sandbox/sandboxserver.h"

#include "sandbox/rest/batchexecutor.h"
#include "sandbox/portal/connectorcaller.h"
#include "sandbox/portal/connectormethods.h"
#include "sandbox/portal/datasetmethods.h"
#include "sandbox/rest/oauthendpoint.h"
#include "sandbox/portal/portaldatabase.h"
#include "sandbox/portal/portalseeder.h"
#include "sandbox/rest/restcore.h"
#include "sandbox/rest/restendpoint.h"
#include "sandbox/sampleconnector/sampleconnector.h"
#include "sandbox/rest/sandboxhttpserver.h"
#include "sandbox/sandboxlogging.h"
#include "sandbox/portal/sourcemethods.h"
#include "sandbox/rest/tokenregistry.h"
#include "sandbox/rest/trafficcontrol.h"

#include <QFile>
#include <QJsonDocument>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace SandboxPortal;

struct SandboxServerPrivate
{
    SandboxOptions options;
    PortalSettings settings;
    TrafficControl traffic;
    OperatingTimeLimiter operating;
    MethodRegistry registry;
    quint16 port = 0;
    QString accessToken;
    QString refreshToken;

    std::unique_ptr<PortalDatabase> database;
    std::unique_ptr<TokenRegistry> tokens;
    std::unique_ptr<ConnectorMethods> connectors;
    std::unique_ptr<SourceMethods> sources;
    std::unique_ptr<DatasetMethods> datasets;
    std::unique_ptr<RestCore> core;
    std::unique_ptr<BatchExecutor> batch;
    std::unique_ptr<OAuthEndpoint> oauth;
    // QObjects, children of the server: deleted after the members above.
    ConnectorCaller *connectorCaller = nullptr;
    RestEndpoint *rest = nullptr;
    SampleConnector *sample = nullptr;
    SandboxHttpServer *http = nullptr;

    bool started() const { return database != nullptr; }
    QString memberId();
};

QString SandboxServerPrivate::memberId()
{
    const QVariant stored = database->scalar(u"SELECT value FROM portal_meta WHERE key = 'member_id'"_s);
    if (stored.isValid())
        return stored.toString();
    const QString generated = QUuid::createUuid().toString(QUuid::Id128);
    database->exec(u"INSERT INTO portal_meta (key, value) VALUES ('member_id', ?)"_s, {generated});
    return generated;
}

namespace {

QByteArray readFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1: %2"_s.arg(path, file.errorString());
        return {};
    }
    return file.readAll();
}

// Makes `http` serve HTTPS with the options' PEM certificate and key.
bool setUpTls(SandboxHttpServer &http, const SandboxOptions &options, QString *error)
{
    if (!QSslSocket::supportsSsl()) {
        *error = u"this Qt has no TLS backend"_s;
        return false;
    }
    const QByteArray certificatePem = readFile(options.tlsCertificateFile, error);
    const QByteArray keyPem = error->isEmpty() ? readFile(options.tlsKeyFile, error) : QByteArray();
    if (!error->isEmpty())
        return false;
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certificatePem, QSsl::Pem);
    QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
    if (chain.isEmpty() || key.isNull()) {
        *error = u"no PEM certificate in %1 or no RSA/EC key in %2"_s.arg(options.tlsCertificateFile, options.tlsKeyFile);
        return false;
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // clients need no certificate
    http.sslSetup(configuration);
    return true;
}

} // namespace

SandboxServer::SandboxServer(QObject *parent)
    : QObject(parent)
    , m_impl(std::make_unique<SandboxServerPrivate>())
{
}

SandboxServer::~SandboxServer()
{
    // Stop serving before the handlers' state goes away.
    delete m_impl->http;
    m_impl->http = nullptr;
}

bool SandboxServer::start(const SandboxOptions &options, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (m_impl->started())
        return fail(u"the sandbox is already started"_s);
    SandboxServerPrivate &p = *m_impl;
    p.options = options;
    const auto version = parsePortalVersion(options.portalVersion);
    if (!version)
        return fail(u"unknown portal version \"%1\""_s.arg(options.portalVersion));
    p.settings.version = *version;
    p.settings.privateIpRefusal = options.privateIpRefusal;
    p.settings.supersetDeployed = options.supersetDeployed;
    p.operating.setLimit(options.operatingLimitSeconds);
    p.traffic.bucket().configure(options.bucketBurst, options.bucketRate);
    p.traffic.faults().setRate(options.faultRate);
    p.traffic.setLatency(options.latencyMs);

    p.database = std::make_unique<PortalDatabase>();
    QString databaseError;
    if (!p.database->open(options.database, &databaseError)) {
        p.database.reset();
        return fail(databaseError);
    }
    p.tokens = std::make_unique<TokenRegistry>(*p.database);
    p.tokens->setAccessTtl(options.tokenTtlSeconds);
    p.tokens->registerClient(options.clientId, options.clientSecret);

    p.connectorCaller = new ConnectorCaller(p.settings, this);
    const MethodEnvironment environment{*p.database, p.settings, *p.connectorCaller};
    p.connectors = std::make_unique<ConnectorMethods>(environment);
    p.connectors->registerMethods(p.registry, {u"biconnector.connector"_s});
    p.sources = std::make_unique<SourceMethods>(environment);
    p.sources->registerMethods(p.registry, {u"biconnector.source"_s});
    p.datasets = std::make_unique<DatasetMethods>(environment);
    p.datasets->registerAll(p.registry);
    p.core = std::make_unique<RestCore>(p.registry, p.operating, p.settings);
    p.batch = std::make_unique<BatchExecutor>(*p.core);
    p.batch->registerMethod(p.registry);
    p.rest = new RestEndpoint(*p.core, *p.tokens, p.traffic, p.settings, this);
    p.oauth = std::make_unique<OAuthEndpoint>(*p.tokens, p.traffic);
    p.oauth->setAutoApprove(options.autoApprove);

    p.sample = new SampleConnector(this);
    QString sampleError;
    if (!p.sample->open(u":memory:"_s, &sampleError))
        return fail(u"sample connector: "_s + sampleError);

    p.http = new SandboxHttpServer(this);
    p.http->setExchangeHandler([this](const HttpExchangePtr &exchange) {
        const QString path = exchange->request().url.path();
        if (path.startsWith(u"/rest/"_s))
            return m_impl->rest->handle(exchange);
        if (path == u"/oauth"_s || path.startsWith(u"/oauth/"_s))
            return m_impl->oauth->handle(exchange);
        m_impl->traffic.count(u"other"_s);
        exchange->respond(404, QByteArrayLiteral("Not found"), QByteArrayLiteral("text/plain; charset=utf-8"));
    });
    p.http->setConnectorHandler([this](const QString &subPath, const QHttpServerRequest &request,
                                       QHttpServerResponder &&responder) {
        m_impl->traffic.count(u"connector/"_s + subPath);
        m_impl->sample->handle(subPath, request, std::move(responder));
    });
    if (!options.tlsCertificateFile.isEmpty() || !options.tlsKeyFile.isEmpty()) {
        QString tlsError;
        if (!setUpTls(*p.http, options, &tlsError))
            return fail(tlsError);
    }
    p.port = p.http->listen(options.host, options.port);
    if (p.port == 0)
        return fail(u"cannot listen on %1:%2"_s.arg(options.host.toString()).arg(options.port));

    p.oauth->setPortal(restUrl(), oauthUrl(), p.memberId());
    const TokenRegistry::TokenPair initial = p.tokens->issue(options.clientId, p.settings.defaultUserId);
    p.accessToken = initial.accessToken;
    p.refreshToken = initial.refreshToken;

    if (!options.seed.isEmpty() && !seed(options.seed, error))
        return false;
    qCDebug(lcSandbox) << "listening on" << baseUrl().toString() << "as portal" << options.portalVersion;
    return true;
}

quint16 SandboxServer::port() const
{
    return m_impl->port;
}

QUrl SandboxServer::baseUrl() const
{
    QUrl url;
    url.setScheme(m_impl->options.tlsCertificateFile.isEmpty() ? u"http"_s : u"https"_s);
    url.setHost(m_impl->options.host.toString());
    url.setPort(m_impl->port);
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

const SandboxOptions &SandboxServer::options() const
{
    return m_impl->options;
}

QString SandboxServer::initialAccessToken() const
{
    return m_impl->accessToken;
}

QString SandboxServer::initialRefreshToken() const
{
    return m_impl->refreshToken;
}

QByteArray SandboxServer::readyLine() const
{
    const QJsonObject line{
        {u"rest"_s, restUrl().toString()},
        {u"oauth"_s, oauthUrl().toString()},
        {u"connector"_s, connectorUrl().toString()},
        {u"client_id"_s, m_impl->options.clientId},
        {u"client_secret"_s, m_impl->options.clientSecret},
        {u"access_token"_s, m_impl->accessToken},
        {u"refresh_token"_s, m_impl->refreshToken},
    };
    return QJsonDocument(line).toJson(QJsonDocument::Compact);
}

PortalSettings &SandboxServer::settings()
{
    return m_impl->settings;
}

void SandboxServer::setLatency(int milliseconds)
{
    m_impl->traffic.setLatency(milliseconds);
}

void SandboxServer::setFaultRate(double probability)
{
    m_impl->traffic.faults().setRate(probability);
}

void SandboxServer::setFaultSeed(quint32 seed)
{
    m_impl->traffic.faults().setSeed(seed);
}

void SandboxServer::injectFault(SandboxFault fault, int count, const QString &method)
{
    m_impl->traffic.faults().inject(fault, count, method);
}

void SandboxServer::dropReplyAfterCommit(const QString &method, int count)
{
    m_impl->traffic.faults().inject(SandboxFault::CommitThenDrop, count, method);
}

void SandboxServer::clearFaults()
{
    m_impl->traffic.faults().clear();
    m_impl->traffic.faults().setRate(0);
}

void SandboxServer::setBucket(int burst, double ratePerSecond)
{
    m_impl->traffic.bucket().configure(burst, ratePerSecond);
}

void SandboxServer::resetBucket()
{
    m_impl->traffic.bucket().reset();
}

void SandboxServer::setOperatingTimeLimit(double seconds)
{
    m_impl->operating.setLimit(seconds);
}

void SandboxServer::chargeOperatingTime(const QString &clientId, const QString &method, double seconds)
{
    m_impl->operating.record(clientId, method.toLower(), seconds);
}

void SandboxServer::setTokenTtl(int seconds)
{
    if (m_impl->tokens)
        m_impl->tokens->setAccessTtl(seconds);
    m_impl->options.tokenTtlSeconds = seconds;
}

void SandboxServer::expireAllAccessTokens()
{
    if (m_impl->tokens)
        m_impl->tokens->expireAllAccessTokens();
}

void SandboxServer::setAutoApprove(bool autoApprove)
{
    m_impl->options.autoApprove = autoApprove;
    if (m_impl->oauth)
        m_impl->oauth->setAutoApprove(autoApprove);
}

void SandboxServer::registerClient(const QString &clientId, const QString &clientSecret, const QString &redirectUri)
{
    if (m_impl->tokens)
        m_impl->tokens->registerClient(clientId, clientSecret, redirectUri);
}

SandboxServer::Tokens SandboxServer::issueTokens(const QString &clientId, qint64 userId, const QString &scope)
{
    if (!m_impl->tokens || !m_impl->tokens->hasClient(clientId))
        return {};
    const TokenRegistry::TokenPair pair = m_impl->tokens->issue(clientId, userId, scope);
    return {pair.accessToken, pair.refreshToken};
}

int SandboxServer::requestCount(const QString &key) const
{
    return m_impl->traffic.requestCount(key);
}

QHash<QString, int> SandboxServer::requestCounts() const
{
    return m_impl->traffic.requestCounts();
}

void SandboxServer::resetRequestCounts()
{
    m_impl->traffic.resetCounts();
}

namespace {

int countOwned(const PortalDatabase *database, const QString &ownedSql, const QString &allSql, const QString &clientId)
{
    if (!database)
        return 0;
    return clientId.isEmpty() ? database->scalar(allSql).toInt() : database->scalar(ownedSql, {clientId}).toInt();
}

} // namespace

int SandboxServer::connectorCount(const QString &clientId) const
{
    return countOwned(m_impl->database.get(), u"SELECT COUNT(*) FROM connectors WHERE app_id = ?"_s,
                      u"SELECT COUNT(*) FROM connectors"_s, clientId);
}

int SandboxServer::sourceCount(const QString &clientId) const
{
    return countOwned(m_impl->database.get(),
                      u"SELECT COUNT(*) FROM sources s JOIN connectors c ON c.id = s.connector_id WHERE c.app_id = ?"_s,
                      u"SELECT COUNT(*) FROM sources"_s, clientId);
}

int SandboxServer::datasetCount(const QString &clientId) const
{
    return countOwned(m_impl->database.get(),
                      u"SELECT COUNT(*) FROM datasets d JOIN sources s ON s.id = d.source_id "
                      "JOIN connectors c ON c.id = s.connector_id WHERE c.app_id = ?"_s,
                      u"SELECT COUNT(*) FROM datasets"_s, clientId);
}

int SandboxServer::datasetFieldCount(qint64 datasetId) const
{
    if (!m_impl->database)
        return 0;
    return m_impl->database->scalar(u"SELECT COUNT(*) FROM dataset_fields WHERE dataset_id = ?"_s, {datasetId}).toInt();
}

QList<QVariantMap> SandboxServer::query(const QString &sql, const QVariantList &binds) const
{
    QList<QVariantMap> rows;
    if (!m_impl->database)
        return rows;
    QSqlQuery query(m_impl->database->connection());
    if (!query.prepare(sql))
        return rows;
    for (const QVariant &bind : binds)
        query.addBindValue(bind);
    if (!query.exec())
        return rows;
    while (query.next()) {
        QVariantMap row;
        const QSqlRecord record = query.record();
        for (int i = 0; i < record.count(); ++i)
            row.insert(record.fieldName(i), query.value(i));
        rows.append(row);
    }
    return rows;
}

SampleConnector *SandboxServer::sampleConnector() const
{
    return m_impl->sample;
}

bool SandboxServer::seed(const QString &spec, QString *error, const QString &clientId)
{
    if (!m_impl->database) {
        if (error)
            *error = u"the sandbox is not started"_s;
        return false;
    }
    PortalSeeder seeder(*m_impl->database, clientId.isEmpty() ? m_impl->options.clientId : clientId, connectorUrl(),
                        m_impl->settings.defaultUserId);
    SeedSummary summary;
    if (!seeder.seed(spec, &summary, error))
        return false;
    qCDebug(lcSandbox) << "seeded" << spec << ":" << summary.connectors << "connectors," << summary.sources
                      << "sources," << summary.datasets << "datasets," << summary.fields << "fields";
    return true;
}
