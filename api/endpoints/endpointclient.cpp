#include "api/endpoints/endpointclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <algorithm>

Q_LOGGING_CATEGORY(lcApiEndpoint, "biw.api.endpoint", QtInfoMsg)

using namespace Qt::StringLiterals;
using EndpointProtocol::Call;
using EndpointProtocol::Severity;
using EndpointProtocol::Violation;

namespace {

constexpr qsizetype MinRedactedLength = 3;
constexpr auto Redacted = "***";

using Form = QList<PhpQuery::Pair>;

// Appends one parameter the way http_build_query writes it (nothing for null / empty arrays).
void addParam(Form &form, const QString &name, const QJsonValue &value)
{
    form += PhpQuery::flatten(QJsonObject{{name, value}});
}

// name[key]=value per entry, keeping the entries' order (a QJsonObject would sort the keys).
void addMap(Form &form, const QString &name, const QList<PhpQuery::Pair> &entries)
{
    for (const auto &[key, value] : entries)
        form.append({name % u'[' % key % u']', value});
}

void addConnection(Form &form, const ConnectorEndpointClient::Connection &connection)
{
    QList<PhpQuery::Pair> entries;
    for (const auto &setting : connection)
        entries.append({setting.code, setting.value});
    addMap(form, u"connection"_s, entries);
}

// json_encode()'s default spelling of a string: "/" escaped, non-ASCII as \uXXXX.
QByteArray phpJsonEscaped(const QString &text)
{
    QByteArray out;
    for (const QChar ch : text) {
        const char16_t unit = ch.unicode();
        if (unit == u'"' || unit == u'\\' || unit == u'/') {
            out += '\\';
            out += char(unit);
        } else if (unit < 0x20 || unit > 0x7e) {
            out += "\\u" + QByteArray::number(unit, 16).rightJustified(4, '0');
        } else {
            out += char(unit);
        }
    }
    return out;
}

// Qt's (and most servers') JSON spelling: only quotes, backslashes and controls escaped.
QByteArray plainJsonEscaped(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(2, array.size() - 4);  // strip ["..."]
}

// PHP urlencode() of one value ("=value" of a nameless pair, without the "=").
QByteArray urlencoded(const QString &text)
{
    return PhpQuery::encode({{QString(), text}}).mid(1);
}

bool isTransportFailure(QNetworkReply::NetworkError error, int httpStatus)
{
    if (error == QNetworkReply::NoError)
        return false;
    // Codes below 200 are socket, TLS, redirect and proxy failures; 2xx-4xx codes merely mirror an
    // HTTP status that did arrive. A broken body after the status line is a transport failure too.
    return httpStatus == 0 || error < QNetworkReply::ContentAccessDenied || error == QNetworkReply::ProtocolFailure;
}

} // namespace

QByteArray EndpointDiagnostics::redactedExcerpt(const QByteArray &body, const QStringList &secrets,
                                                qsizetype maxBytes)
{
    QList<QByteArray> needles;
    for (const auto &secret : secrets) {
        if (secret.size() < MinRedactedLength)
            continue;
        const QByteArray spellings[] = {secret.toUtf8(), plainJsonEscaped(secret), phpJsonEscaped(secret),
                                        urlencoded(secret), QUrl::toPercentEncoding(secret)};
        for (const auto &spelling : spellings) {
            if (!spelling.isEmpty() && !needles.contains(spelling))
                needles.append(spelling);
        }
    }
    // Longest first, so a secret that contains another is replaced as a whole.
    std::sort(needles.begin(), needles.end(),
              [](const QByteArray &a, const QByteArray &b) { return a.size() > b.size(); });
    // Redact a window a little wider than the excerpt so a secret crossing the cut is caught.
    const qsizetype margin = needles.isEmpty() ? 0 : needles.first().size();
    QByteArray window = body.left(maxBytes + margin);
    for (const auto &needle : needles)
        window.replace(needle, Redacted);
    return window.left(maxBytes);
}

bool EndpointResult::hasErrors() const
{
    return std::any_of(violations.cbegin(), violations.cend(),
                       [](const EndpointViolation &v) { return v.isError(); });
}

bool EndpointResult::has(Violation id) const
{
    return std::any_of(violations.cbegin(), violations.cend(),
                       [id](const EndpointViolation &v) { return v.id == id; });
}

QStringList EndpointResult::violationNames() const
{
    QStringList names;
    for (const auto &violation : violations)
        names.append(violation.name());
    return names;
}

EndpointDataRequest::FieldMap EndpointDataRequest::mapFieldsFor(const QList<DatasetField> &fields)
{
    FieldMap map;
    for (const auto &field : fields)
        map.append({field.externalCode, field.name});
    return map;
}

EndpointCall::EndpointCall(Call call, const EndpointClientOptions &options, QObject *parent)
    : QObject(parent), m_options(options)
{
    m_result.call = call;
    m_readTimer.setSingleShot(true);
    m_readTimer.setInterval(options.readTimeoutMs);
    connect(&m_readTimer, &QTimer::timeout, this, &EndpointCall::onTimeout);
}

EndpointCall::~EndpointCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

void EndpointCall::start(QNetworkAccessManager *network, const QNetworkRequest &request, const QByteArray &body)
{
    m_elapsed.start();
    m_reply = network->post(request, body);
    m_reply->setParent(this);
    connect(m_reply, &QNetworkReply::readyRead, this, &EndpointCall::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &EndpointCall::onReplyFinished);
    connect(m_reply, &QNetworkReply::uploadProgress, &m_readTimer, qOverload<>(&QTimer::start));
    connect(m_reply, &QNetworkReply::downloadProgress, &m_readTimer, qOverload<>(&QTimer::start));
    m_readTimer.start();
}

void EndpointCall::failBeforeSending(const QString &reason)
{
    m_result.diagnostics.transportError = reason;
    m_result.violations.append({Violation::TransportError, Severity::Error, reason});
    QMetaObject::invokeMethod(this, &EndpointCall::finish, Qt::QueuedConnection);
}

void EndpointCall::cancel()
{
    if (m_done || m_result.canceled)
        return;
    m_result.canceled = true;
    m_result.violations.clear();
    m_readTimer.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
    if (m_elapsed.isValid())
        m_result.diagnostics.elapsedMs = m_elapsed.elapsed();
    QMetaObject::invokeMethod(this, &EndpointCall::finish, Qt::QueuedConnection);
}

void EndpointCall::onReadyRead()
{
    m_body += m_reply->readAll();
    if (m_body.size() > m_options.maxResponseBytes && !m_tooLarge) {
        m_tooLarge = true;
        m_reply->abort();
    }
}

void EndpointCall::onTimeout()
{
    m_timedOut = true;
    if (m_reply)
        m_reply->abort();
}

void EndpointCall::onReplyFinished()
{
    m_readTimer.stop();
    if (!m_tooLarge && m_reply->isOpen())
        m_body += m_reply->readAll();
    evaluate();
    finish();
}

void EndpointCall::evaluate()
{
    EndpointDiagnostics &diagnostics = m_result.diagnostics;
    diagnostics.httpStatus = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    diagnostics.url = m_reply->url();
    diagnostics.elapsedMs = m_elapsed.elapsed();
    diagnostics.bytes = m_body.size();
    diagnostics.contentType = m_reply->header(QNetworkRequest::ContentTypeHeader).toString();
    diagnostics.bodyExcerpt = EndpointDiagnostics::redactedExcerpt(m_body, m_secrets, m_options.excerptBytes);

    qCDebug(lcApiEndpoint) << m_result.call << diagnostics.url.adjusted(QUrl::RemoveQuery | QUrl::RemoveUserInfo)
                           << diagnostics.httpStatus << diagnostics.elapsedMs << "ms" << diagnostics.bytes << "bytes";

    if (m_timedOut) {
        diagnostics.transportError = tr("No data arrived for %1 s.").arg(m_options.readTimeoutMs / 1000.0);
        m_result.violations.append({Violation::Timeout, Severity::Error, diagnostics.transportError});
        return;
    }
    if (m_tooLarge) {
        diagnostics.transportError = tr("The response is larger than %1 bytes and was cut off.")
                                         .arg(m_options.maxResponseBytes);
        m_result.violations.append({Violation::TransportError, Severity::Error, diagnostics.transportError});
        return;
    }
    if (isTransportFailure(m_reply->error(), diagnostics.httpStatus)) {
        diagnostics.transportError = m_reply->errorString();
        m_result.violations.append({Violation::TransportError, Severity::Error,
                                    tr("The endpoint could not be reached: %1").arg(diagnostics.transportError)});
        return;
    }

    const int status = diagnostics.httpStatus;
    switch (m_result.call) {
    case Call::Check:
        m_result.violations = EndpointValidation::validateCheck(m_body, status);
        break;
    case Call::TableList: {
        auto outcome = EndpointValidation::validateTableList(m_body, status);
        m_result.tables = std::move(outcome.payload);
        m_result.violations = std::move(outcome.violations);
        break;
    }
    case Call::TableDescription: {
        auto outcome = EndpointValidation::validateTableDescription(m_body, status);
        m_result.columns = std::move(outcome.payload);
        m_result.violations = std::move(outcome.violations);
        break;
    }
    case Call::Data: {
        auto outcome = EndpointValidation::validateData(m_body, status, m_expectedHeader);
        m_result.data = std::move(outcome.payload);
        m_result.violations = std::move(outcome.violations);
        break;
    }
    }
}

void EndpointCall::finish()
{
    if (m_done)
        return;
    m_done = true;
    emit finished(m_result);
    deleteLater();
}

ConnectorEndpointClient::ConnectorEndpointClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_network(network)
{
    Q_ASSERT(network);
}

EndpointCall *ConnectorEndpointClient::check(const QUrl &url, const Connection &connection)
{
    return send(Call::Check, url, connection, [](Form &form, const Connection &values) {
        addConnection(form, values);
    });
}

EndpointCall *ConnectorEndpointClient::tableList(const QUrl &url, const Connection &connection,
                                                 const std::optional<QString> &searchString)
{
    return send(Call::TableList, url, connection, [&](Form &form, const Connection &values) {
        if (searchString)
            addParam(form, u"searchString"_s, *searchString);
        addConnection(form, values);
    });
}

EndpointCall *ConnectorEndpointClient::tableDescription(const QUrl &url, const Connection &connection,
                                                        const QString &table)
{
    return send(Call::TableDescription, url, connection, [&](Form &form, const Connection &values) {
        addParam(form, u"table"_s, table);
        addConnection(form, values);
    });
}

EndpointCall *ConnectorEndpointClient::data(const QUrl &url, const Connection &connection,
                                            const EndpointDataRequest &request)
{
    // Like the portal: mapFields only for the selected column names when there is a select.
    EndpointDataRequest::FieldMap mapFields;
    QStringList mappedCodes;
    for (const auto &entry : request.mapFields) {
        if (request.select.isEmpty() || request.select.contains(entry.second)) {
            mapFields.append(entry);
            mappedCodes.append(entry.first);
        }
    }
    const QStringList expected = request.expectedHeader.isEmpty() ? mappedCodes : request.expectedHeader;
    return send(
        Call::Data, url, connection,
        [&](Form &form, const Connection &values) {
            addParam(form, u"select"_s, QJsonArray::fromStringList(request.select));
            addParam(form, u"filter"_s, request.filter);
            if (request.limit)
                addParam(form, u"limit"_s, *request.limit);
            addConnection(form, values);
            addParam(form, u"table"_s, request.table);
            addMap(form, u"mapFields"_s, mapFields);
        },
        expected);
}

ConnectorEndpointClient::Connection ConnectorEndpointClient::deliberatelyWrongCredentials(const Connection &connection)
{
    Connection wrong = connection;
    for (auto &setting : wrong) {
        std::reverse(setting.value.begin(), setting.value.end());
        setting.value += "-wrong"_L1;
    }
    return wrong;
}

EndpointCall *ConnectorEndpointClient::send(Call call, const QUrl &url, const Connection &connection,
                                            const std::function<void(Form &, const Connection &)> &fill,
                                            const QStringList &expectedHeader)
{
    auto *handle = new EndpointCall(call, m_options, this);
    handle->m_expectedHeader = expectedHeader;
    Connection redacted = connection;
    for (auto &setting : redacted) {
        handle->m_secrets.append(setting.value);
        setting.value = QString::fromLatin1(Redacted);
    }
    fill(handle->m_result.diagnostics.requestFields, redacted);
    handle->m_result.diagnostics.url = url;

    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != "http"_L1 && scheme != "https"_L1)) {
        handle->failBeforeSending(tr("The endpoint URL \"%1\" is not a valid http(s) URL.")
                                      .arg(url.toString(QUrl::RemoveUserInfo)));
        return handle;
    }

    Form form;
    fill(form, connection);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("BIWorkspace/" BIW_VERSION_STRING));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(m_options.maxRedirects);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    handle->start(m_network, request, PhpQuery::encode(form));
    return handle;
}
