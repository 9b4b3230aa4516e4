#pragma once

#include "api/endpoints/endpointvalidation.h"
#include "api/entities/entities.h"
#include "api/transport/phpquery.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <optional>
#include <utility>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

// What happened on the wire for one endpoint call. Secrets are already redacted: every
// connection value of 3+ characters is replaced by *** in the excerpt, and every connection value
// by *** in requestFields.
struct EndpointDiagnostics
{
    QUrl url;                 // final URL (after redirects)
    int httpStatus = 0;       // 0 when no HTTP answer arrived
    qint64 elapsedMs = 0;
    qint64 bytes = 0;         // response body size
    QString contentType;
    QByteArray bodyExcerpt;   // first ~4 KB of the body, redacted
    QString transportError;   // empty when an HTTP answer arrived
    QList<PhpQuery::Pair> requestFields;  // the form as sent (decoded), setting values ***

    // Replaces each secret (and its JSON-escaped and url-encoded spellings) by *** in the first
    // `maxBytes` of `body`. Secrets shorter than 3 characters are left alone.
    static QByteArray redactedExcerpt(const QByteArray &body, const QStringList &secrets, qsizetype maxBytes);
};

struct EndpointResult
{
    EndpointProtocol::Call call = EndpointProtocol::Call::Check;
    EndpointDiagnostics diagnostics;
    QList<EndpointViolation> violations;
    QList<EndpointTable> tables;     // TableList
    QList<EndpointColumn> columns;   // TableDescription
    EndpointData data;               // Data
    bool canceled = false;

    bool hasErrors() const;          // any violation of severity Error
    bool isAccepted() const { return !canceled && !hasErrors(); }  // the portal would accept it
    bool has(EndpointProtocol::Violation id) const;
    QStringList violationNames() const;
};

// Parameters of a urlData call besides the connection.
struct EndpointDataRequest
{
    using FieldMap = QList<std::pair<QString, QString>>;  // externalCode → column name, in order

    QString table;              // the dataset's externalCode
    QStringList select;         // column NAMES (Bitrix names), not external codes
    QJsonObject filter;         // portal-style keys: ">=DATE", "%TITLE", "0" => {"LOGIC":"OR",...}
    std::optional<int> limit;
    FieldMap mapFields;         // like the portal, restricted to `select` when select is set
    QStringList expectedHeader; // external codes the header must contain; empty: mapFields' codes

    static FieldMap mapFieldsFor(const QList<DatasetField> &fields);
};

struct EndpointClientOptions
{
    int readTimeoutMs = 60000;            // no bytes for this long aborts (the portal's 60 s)
    int maxRedirects = 5;
    qint64 maxResponseBytes = 64 << 20;   // larger bodies are cut off as a transport error
    qsizetype excerptBytes = 4096;
};

// One running endpoint call. Emits finished() exactly once, then deletes itself. cancel() is
// idempotent; a canceled call finishes (asynchronously) with canceled=true and no violations.
class EndpointCall : public QObject
{
    Q_OBJECT
public:
    ~EndpointCall() override;

    EndpointProtocol::Call call() const { return m_result.call; }
    void cancel();

signals:
    void finished(const EndpointResult &result);

private:
    friend class ConnectorEndpointClient;
    EndpointCall(EndpointProtocol::Call call, const EndpointClientOptions &options, QObject *parent);

    void start(QNetworkAccessManager *network, const QNetworkRequest &request, const QByteArray &body);
    void failBeforeSending(const QString &reason);
    void onReadyRead();
    void onReplyFinished();
    void onTimeout();
    void evaluate();
    void finish();

    EndpointResult m_result;
    EndpointClientOptions m_options;
    QStringList m_secrets;
    QStringList m_expectedHeader;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_body;
    QElapsedTimer m_elapsed;
    QTimer m_readTimer;
    bool m_timedOut = false;
    bool m_tooLarge = false;
    bool m_done = false;
};

// Calls a connector's endpoints exactly as the portal does (portal-behavior.md §6.1): POST,
// form-encoded like PHP http_build_query, null/empty omitted, redirects followed (≤ 5), TLS errors
// never ignored, no cookies, read timeout 60 s. Each result carries diagnostics and the protocol
// violations found. Handles are children of the client: destroying the client drops pending calls
// without a finished() signal.
class ConnectorEndpointClient : public QObject
{
    Q_OBJECT
public:
    using Connection = QList<SourceSetting>;  // code + value per setting, sent as connection[code]

    explicit ConnectorEndpointClient(QNetworkAccessManager *network, QObject *parent = nullptr);

    void setOptions(const EndpointClientOptions &options) { m_options = options; }
    const EndpointClientOptions &options() const { return m_options; }

    EndpointCall *check(const QUrl &url, const Connection &connection);
    // A null searchString is omitted, as the portal does; "" is sent as searchString=.
    EndpointCall *tableList(const QUrl &url, const Connection &connection,
                            const std::optional<QString> &searchString = std::nullopt);
    EndpointCall *tableDescription(const QUrl &url, const Connection &connection, const QString &table);
    EndpointCall *data(const QUrl &url, const Connection &connection, const EndpointDataRequest &request);

    // Credentials that must be refused: each value reversed, then "-wrong" appended.
    static Connection deliberatelyWrongCredentials(const Connection &connection);

private:
    EndpointCall *send(EndpointProtocol::Call call, const QUrl &url, const Connection &connection,
                       const std::function<void(QList<PhpQuery::Pair> &, const Connection &)> &fill,
                       const QStringList &expectedHeader = {});

    QNetworkAccessManager *m_network;
    EndpointClientOptions m_options;
};
