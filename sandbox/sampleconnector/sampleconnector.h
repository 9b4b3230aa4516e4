#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>

#include <memory>

class ConnectorCatalog;
class QHttpServerRequest;
class QHttpServerResponder;
struct ConnectorReply;
struct ConnectorTable;

// The sample BI connector service: the four endpoints a Bitrix24 REST connector exposes, over demo
// tables (sales, deals, contacts, products) in SQLite. The portal emulator routes
// /connector/<subPath> to handle():
//   check     (urlCheck)            200 {"status":"OK"}; 401 {"error":…} for wrong credentials
//   tables    (urlTableList)        [{"code","title"}], filtered by `searchString`
//   describe  (urlTableDescription) [{"code","name","type"}] of `table`; 400/404 without / unknown table
//   data      (urlData)             [[external codes…], [values…], …] — see ConnectorDataQuery
//   broken/<variant>/<endpoint>     the same, deliberately broken — see ConnectorBrokenVariants
// Bodies may be form-encoded (PHP bracket notation, as the portal sends them) or JSON. Every endpoint
// checks connection[login] / connection[password] first.
class SampleConnector : public QObject
{
    Q_OBJECT
public:
    explicit SampleConnector(QObject *parent = nullptr);
    ~SampleConnector() override;

    // Opens ":memory:" or a SQLite file (own connection per instance) and creates the demo tables.
    bool open(const QString &databasePath, QString *error);

    void handle(const QString &subPath, const QHttpServerRequest &request, QHttpServerResponder &&responder);

    // Adds a column (lowercase code, type int|string|double|date|datetime; values NULL) to a demo table.
    bool addColumn(const QString &table, const QString &code, const QString &type);

    static QString validLogin();    // "demo"
    static QString validPassword(); // "demo-secret"
    // The connector settings for biconnector.connector.add: [{"code":"login",…},{"code":"password",…}].
    static QJsonArray settingsDescription();

    // Requests handled per subPath ("check", "data", "broken/empty/check", …), whatever their outcome.
    int requestCount(const QString &subPath) const;
    int totalRequestCount() const;
    void resetRequestCounts();
    // The parameters of the last request to `subPath`, as parsed (tests check what the portal sent).
    QJsonObject lastParameters(const QString &subPath) const;

signals:
    void requestHandled(const QString &subPath, int httpStatus);

private:
    ConnectorReply answer(const QString &subPath, const QHttpServerRequest &request);
    ConnectorReply answerEndpoint(const QString &endpoint, const QJsonObject &params) const;
    ConnectorReply answerTables(const QJsonObject &params) const;
    ConnectorReply answerDescribe(const ConnectorTable &table) const;

    std::unique_ptr<ConnectorCatalog> m_catalog;
    QHash<QString, int> m_requestCounts;
    QHash<QString, QJsonObject> m_lastParameters;
};
