#include "api/transport/apierror.h"
#include "api/transport/apiresult.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

} // namespace

class TestApiError : public QObject
{
    Q_OBJECT
private slots:
    void topLevelError()
    {
        const ApiError error = ApiError::fromErrorObject(
            json(R"({"error":"expired_token","error_description":"The access token provided has expired"})"), 401,
            u"biconnector.connector.list"_s);
        QCOMPARE(error.kind(), ApiError::Kind::Auth);
        QCOMPARE(error.code(), u"expired_token"_s);
        QCOMPARE(error.serverText(), u"The access token provided has expired"_s);
        QCOMPARE(error.httpStatus(), 401);
        QCOMPARE(error.method(), u"biconnector.connector.list"_s);
        QVERIFY(error.details().contains(u"HTTP 401"_s));
    }

    void numberZeroCodeAndObjectDescription()
    {
        const QJsonValue result = json(R"({"error":{"error":0,"error_description":{"message":"Superset failed","code":7}}})");
        const auto error = ApiError::fromResult(result, u"biconnector.dataset.fields.update"_s);
        QVERIFY(error.has_value());
        QCOMPARE(error->code(), u"0"_s);
        QCOMPARE(error->kind(), ApiError::Kind::Validation);
        // The object is kept as compact JSON text, so nothing of it is lost.
        const QJsonObject description = QJsonDocument::fromJson(error->serverText().toUtf8()).object();
        QCOMPARE(description.value(u"message"_s).toString(), u"Superset failed"_s);
        QCOMPARE(description.value(u"code"_s).toInt(), 7);
        QVERIFY(!error->serverText().contains(u'\n'));
        QCOMPARE(error->httpStatus(), 200);
    }

    void successfulResultsAreNotErrors_data()
    {
        QTest::addColumn<QByteArray>("result");
        QTest::newRow("list") << QByteArray(R"({"result":[{"id":1,"error":"x"}]})");
        QTest::newRow("get with an error-named field") << QByteArray(R"({"result":{"item":{"error":{"a":1}}}})");
        QTest::newRow("add") << QByteArray(R"({"result":{"id":5}})");
        QTest::newRow("error key holding a string") << QByteArray(R"({"result":{"error":"text"}})");
        QTest::newRow("boolean") << QByteArray(R"({"result":true})");
    }

    void successfulResultsAreNotErrors()
    {
        QFETCH(QByteArray, result);
        const QJsonValue value = QJsonDocument::fromJson(result).object().value(u"result"_s);
        QVERIFY(!ApiError::fromResult(value, u"m"_s).has_value());
        QVERIFY(ApiResult::fromMethodResult(value, u"m"_s).ok());
    }

    void innerErrorBecomesFailedResult()
    {
        const ApiResult result = ApiResult::fromMethodResult(
            json(R"({"error":{"error":"CONNECTOR_NOT_FOUND","error_description":"Connector was not found."}})"),
            u"biconnector.connector.get"_s);
        QVERIFY(!result.ok());
        QCOMPARE(result.error.kind(), ApiError::Kind::NotFound);
        QCOMPARE(result.error.code(), u"CONNECTOR_NOT_FOUND"_s);
    }

    void classification_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("kind");
        using K = ApiError::Kind;
        QTest::newRow("expired") << u"expired_token"_s << QString() << 401 << int(K::Auth);
        QTest::newRow("invalid token") << u"invalid_token"_s << QString() << 401 << int(K::Auth);
        QTest::newRow("no auth") << u"NO_AUTH_FOUND"_s << QString() << 401 << int(K::Auth);
        QTest::newRow("invalid grant") << u"invalid_grant"_s << QString() << 400 << int(K::SignInRequired);
        QTest::newRow("scope") << u"insufficient_scope"_s << QString() << 401 << int(K::Scope);
        QTest::newRow("access denied") << u"ACCESS_DENIED"_s << u"Access denied."_s << 200 << int(K::AccessDenied);
        QTest::newRow("connector not found") << u"CONNECTOR_NOT_FOUND"_s << QString() << 200 << int(K::NotFound);
        QTest::newRow("dataset not found") << u"DATASET_NOT_FOUND"_s << QString() << 200 << int(K::NotFound);
        QTest::newRow("method not found") << u"ERROR_METHOD_NOT_FOUND"_s << u"Method not found!"_s << 404 << int(K::NotFound);
        QTest::newRow("validation") << u"VALIDATION_FIELDS_NOT_PROVIDED"_s << QString() << 200 << int(K::Validation);
        QTest::newRow("bx invalid") << u"BX_INVALID_VALUE"_s << QString() << 200 << int(K::Validation);
        QTest::newRow("fields empty") << u"FIELDS_EMPTY"_s << u"$fields is empty"_s << 200 << int(K::Validation);
        QTest::newRow("invalid method") << u"INVALID_METHOD"_s << QString() << 200 << int(K::Validation);
        QTest::newRow("code 0") << u"0"_s << u"All the fields are required."_s << 200 << int(K::Validation);
        QTest::newRow("bad order") << u"ERROR_ARGUMENT"_s << u"Invalid order \"X\""_s << 400 << int(K::Validation);
        QTest::newRow("connector restricted") << u"CONNECTOR_DELETE_RESTRICTED"_s << QString() << 200 << int(K::Conflict);
        QTest::newRow("source restricted") << u"BX_ERROR"_s
                                           << u"Cannot delete source. Delete all related datasets first."_s << 200
                                           << int(K::Conflict);
        QTest::newRow("other bx error") << u"BX_ERROR"_s << u"Event handler said no."_s << 200 << int(K::Validation);
        QTest::newRow("create check") << u"SOURCE_CREATE_CONNECTION_ERROR"_s << QString() << 200
                                      << int(K::ConnectionCheckFailed);
        QTest::newRow("update check") << u"SOURCE_UPDATE_CONNECTION_ERROR"_s << QString() << 200
                                      << int(K::ConnectionCheckFailed);
        QTest::newRow("bucket") << u"QUERY_LIMIT_EXCEEDED"_s << u"Too many requests"_s << 503 << int(K::RateLimited);
        QTest::newRow("operating") << u"OPERATION_TIME_LIMIT"_s << QString() << 429 << int(K::OperatingLimit);
        QTest::newRow("core") << u"ERROR_CORE"_s << u"SQL query error!"_s << 500 << int(K::Server);
        QTest::newRow("unknown code") << u"SOMETHING_NEW"_s << QString() << 400 << int(K::Other);
        QTest::newRow("unknown code 5xx") << u"SOMETHING_NEW"_s << QString() << 502 << int(K::Server);
        QTest::newRow("no code 404") << QString() << QString() << 404 << int(K::NotFound);
        QTest::newRow("no code 500") << QString() << QString() << 500 << int(K::Server);
    }

    void classification()
    {
        QFETCH(QString, code);
        QFETCH(QString, text);
        QFETCH(int, status);
        QFETCH(int, kind);
        QCOMPARE(ApiError::kindName(ApiError::classify(code, text, status)), ApiError::kindName(ApiError::Kind(kind)));
    }

    void operatingResetAtFromTimeBlock()
    {
        const ApiError error = ApiError::fromErrorObject(
            json(R"({"error":"OPERATION_TIME_LIMIT","error_description":"Method is blocked due to operation time limit.",
                     "time":{"operating":481.2,"operating_reset_at":1760000000}})"),
            429, u"biconnector.source.list"_s);
        QCOMPARE(error.kind(), ApiError::Kind::OperatingLimit);
        QCOMPARE(error.retryAt(), QDateTime::fromSecsSinceEpoch(1760000000));
        QVERIFY(!ApiError::fromErrorObject(json(R"({"error":"X"})"), 400, QString()).retryAt().isValid());
    }

    void userMessages()
    {
        // Every kind has its own sentence; validation keeps the server's specifics.
        QSet<QString> sentences;
        for (int k = int(ApiError::Kind::Auth); k <= int(ApiError::Kind::Other); ++k) {
            const ApiError error(ApiError::Kind(k), u"CODE"_s, QString());
            QVERIFY2(!error.userMessage().isEmpty(), qPrintable(ApiError::kindName(error.kind())));
            sentences.insert(error.userMessage());
        }
        QCOMPARE(sentences.size(), int(ApiError::Kind::Other));
        const ApiError validation(ApiError::Kind::Validation, u"VALIDATION_REQUIRED_FIELD_MISSING"_s,
                                  u"Field \"title\" is required."_s);
        QVERIFY(validation.userMessage().contains(u"Field \"title\" is required."_s));
        const ApiError restricted = ApiError::fromErrorObject(
            json(R"({"error":"CONNECTOR_DELETE_RESTRICTED","error_description":"Connector cannot be removed."})"), 200,
            QString());
        QVERIFY(restricted.userMessage().contains(u"sources"_s));
        QVERIFY(ApiError().userMessage().isEmpty());
    }

    void transportMessagesSayWhatHappened()
    {
        // A garbled 500 is the client's parse failure, not something the portal said.
        const ApiError garbled(ApiError::Kind::Server, u"UNPARSEABLE_REPLY"_s,
                               u"The reply is not a JSON object: illegal value"_s, 500);
        QVERIFY(!garbled.userMessage().isEmpty());
        QVERIFY2(!garbled.userMessage().contains(u"illegal value"_s), qPrintable(garbled.userMessage()));

        const ApiError insecure = ApiError::insecureUrl(QUrl(u"http://portal.example.com/rest/"_s), u"x.get"_s);
        QCOMPARE(insecure.code(), u"INSECURE_URL"_s);
        QVERIFY(insecure.userMessage().contains(u"http://"_s));
        QVERIFY(!insecure.isTlsFailure());

        const ApiError tls(ApiError::Kind::Transport, u"SslHandshakeFailedError"_s,
                           u"SSL handshake failed: The certificate has expired"_s);
        QVERIFY(tls.isTlsFailure());
        QVERIFY(tls.userMessage().contains(u"certificate"_s));
        QVERIFY(tls.userMessage().contains(u"The certificate has expired"_s)); // names the problem
        QVERIFY(!ApiError(ApiError::Kind::Transport, u"ConnectionRefusedError"_s, QString()).isTlsFailure());
    }
};

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
