#include "api/endpoints/endpointclient.h"

#include "sandbox/sampleconnector/connectordemodata.h"
#include "sandbox/sampleconnector/sampleconnector.h"

#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QTcpServer>
#include <QTest>

#include <list>
#include <memory>

using namespace Qt::StringLiterals;
using EndpointProtocol::Severity;
using EndpointProtocol::Violation;

namespace {

struct ReceivedRequest
{
    QString path;
    bool isPost = false;
    QByteArray contentType;
    QByteArray cookie;
    QByteArray body;
};

// Hosts the real SampleConnector under /connector/ (as the portal emulator does) and records every
// request exactly as it arrived. A few extra paths misbehave on the transport level:
//   /redirect/<n>/<subPath>  307 to /redirect/<n-1>/<subPath>, at 0 to /connector/<subPath>
//   /silent                  accepts the request and never answers
//   /reflect                 200 echoing the raw request body and the password in JSON spellings
//   /big                     200 with 10 000 bytes
//   /cookie                  200 that sets a cookie
class EndpointTestServer : public QAbstractHttpServer
{
public:
    explicit EndpointTestServer(SampleConnector *connector)
        : m_connector(connector)
    {
    }

    QList<ReceivedRequest> received;
    QString reflectedSecret;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        const QString path = request.url().path();
        received.append({path, request.method() == QHttpServerRequest::Method::Post, request.value("Content-Type"),
                         request.value("Cookie"), request.body()});
        if (path.startsWith("/connector/"_L1)) {
            m_connector->handle(path.mid(11), request, makeResponder(request, socket));
        } else if (path.startsWith("/redirect/"_L1)) {
            const QStringList parts = path.mid(10).split(u'/');
            const int hops = parts.first().toInt();
            const QString rest = parts.mid(1).join(u'/');
            const QString next = hops > 0 ? u"/redirect/%1/%2"_s.arg(hops - 1).arg(rest) : u"/connector/"_s + rest;
            makeResponder(request, socket)
                .write({{QByteArrayLiteral("Location"), next.toUtf8()}},
                       QHttpServerResponder::StatusCode::TemporaryRedirect);
        } else if (path == "/silent"_L1) {
            m_held.push_back(std::make_unique<QHttpServerResponder>(makeResponder(request, socket)));
        } else if (path == "/reflect"_L1) {
            const QByteArray body = "{\"echo\":\"" + request.body() + "\",\"php\":\"p@ss\\/w\\u00f6rd\","
                                    "\"plain\":\"" + reflectedSecret.toUtf8() + "\"}";
            makeResponder(request, socket).write(body, QByteArrayLiteral("application/json"));
        } else if (path == "/big"_L1) {
            makeResponder(request, socket).write(QByteArray(10000, 'x'), QByteArrayLiteral("text/plain"));
        } else if (path == "/cookie"_L1) {
            makeResponder(request, socket)
                .write(QByteArrayLiteral("ok"),
                       {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/plain")},
                        {QByteArrayLiteral("Set-Cookie"), QByteArrayLiteral("session=abc; Path=/")}});
        } else {
            return false;
        }
        return true;
    }

    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
    }

private:
    SampleConnector *m_connector;
    std::list<std::unique_ptr<QHttpServerResponder>> m_held;
};

ConnectorEndpointClient::Connection validConnection()
{
    return {{0, u"login"_s, u"Login"_s, u"STRING"_s, SampleConnector::validLogin()},
            {0, u"password"_s, u"Password"_s, u"STRING"_s, SampleConnector::validPassword()}};
}

const QByteArray ValidConnectionForm = "connection%5Blogin%5D=demo&connection%5Bpassword%5D=demo-secret";

QList<DatasetField> dealFields()
{
    QList<DatasetField> fields;
    const QList<ConnectorColumn> columns = ConnectorDemoData::tables().at(1).columns;
    for (const auto &column : columns)
        fields.append({0, 0, column.code.toUpper(), column.type, column.code, true});
    return fields;
}

// Deal ids (1-based) whose demo row satisfies `predicate`, from the demo data itself.
QList<int> dealIdsWhere(const std::function<bool(const QVariantList &row)> &predicate)
{
    QList<int> ids;
    for (int i = 0; i < ConnectorDemoData::rowCount(u"deals"_s); ++i) {
        const QVariantList row = ConnectorDemoData::row(u"deals"_s, i);
        if (predicate(row))
            ids.append(row.at(0).toInt());
    }
    return ids;
}

QList<int> firstColumn(const EndpointData &data)
{
    QList<int> values;
    for (const auto &row : data.rows)
        values.append(row.at(0).toInt());
    return values;
}

} // namespace

class TestEndpointClient : public QObject
{
    Q_OBJECT

private:
    // Waits for the single finished() of `call` and checks that no second one follows.
    std::optional<EndpointResult> run(EndpointCall *call, int timeoutMs = 10000)
    {
        auto emissions = std::make_shared<QList<EndpointResult>>();
        QPointer<EndpointCall> guard(call);
        connect(call, &EndpointCall::finished, this, [emissions](const EndpointResult &r) { emissions->append(r); });
        if (!QTest::qWaitFor([&] { return !emissions->isEmpty(); }, timeoutMs))
            return std::nullopt;
        if (!QTest::qWaitFor([&] { return guard.isNull(); }, timeoutMs) || emissions->size() != 1)
            return std::nullopt;  // did not delete itself, or finished twice
        return emissions->first();
    }

    QUrl url(const QString &path) const { return m_base.resolved(QUrl(path)); }
    QByteArray lastBody() const { return m_server->received.last().body; }

    SampleConnector *m_connector = nullptr;
    EndpointTestServer *m_server = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    ConnectorEndpointClient *m_client = nullptr;
    QUrl m_base;

private slots:
    void init()
    {
        m_connector = new SampleConnector(this);
        QString error;
        QVERIFY2(m_connector->open(u":memory:"_s, &error), qPrintable(error));
        m_server = new EndpointTestServer(m_connector);
        const quint16 port = m_server->listen(QHostAddress::LocalHost, 0);
        QVERIFY(port > 0);
        m_base = QUrl(u"http://127.0.0.1:%1/"_s.arg(port));
        m_network = new QNetworkAccessManager(this);
        m_client = new ConnectorEndpointClient(m_network, this);
    }

    void cleanup()
    {
        delete m_client;
        delete m_network;
        delete m_server;
        delete m_connector;
    }

    void checkIsGreenAndSentLikeThePortal()
    {
        const auto result = run(m_client->check(url(u"connector/check"_s), validConnection()));
        QVERIFY(result);
        QVERIFY2(result->violations.isEmpty(), qPrintable(result->violationNames().join(u',')));
        QVERIFY(result->isAccepted());
        QCOMPARE(result->call, EndpointProtocol::Call::Check);
        const ReceivedRequest &request = m_server->received.last();
        QVERIFY(request.isPost);
        QCOMPARE(request.contentType, QByteArrayLiteral("application/x-www-form-urlencoded"));
        QCOMPARE(request.body, ValidConnectionForm);
        QCOMPARE(m_connector->lastParameters(u"check"_s).value("connection"_L1).toObject().value("login"_L1),
                 QJsonValue(u"demo"_s));

        const EndpointDiagnostics &d = result->diagnostics;
        QCOMPARE(d.url, url(u"connector/check"_s));
        QCOMPARE(d.httpStatus, 200);
        QVERIFY(d.contentType.startsWith("application/json"_L1));
        QCOMPARE(d.bytes, d.bodyExcerpt.size());
        QVERIFY(d.bodyExcerpt.contains("OK"));
        QVERIFY(d.transportError.isEmpty());
        QVERIFY(d.elapsedMs >= 0);
        const QList<PhpQuery::Pair> shown{{u"connection[login]"_s, u"***"_s}, {u"connection[password]"_s, u"***"_s}};
        QCOMPARE(d.requestFields, shown);
    }

    void tableListWithAndWithoutSearchString()
    {
        auto result = run(m_client->tableList(url(u"connector/tables"_s), validConnection()));
        QVERIFY(result);
        QVERIFY(result->violations.isEmpty());
        QCOMPARE(lastBody(), ValidConnectionForm);  // a null searchString is omitted
        QStringList codes;
        for (const auto &table : result->tables) {
            codes.append(table.code);
            QCOMPARE(table.id, table.code);
            QVERIFY(!table.title.isEmpty());
        }
        QCOMPARE(codes, (QStringList{u"sales"_s, u"deals"_s, u"contacts"_s, u"products"_s}));

        result = run(m_client->tableList(url(u"connector/tables"_s), validConnection(), u"DEA"_s));
        QVERIFY(result);
        QCOMPARE(lastBody(), "searchString=DEA&" + ValidConnectionForm);
        QCOMPARE(result->tables.size(), 1);
        QCOMPARE(result->tables.first().code, u"deals"_s);

        result = run(m_client->tableList(url(u"connector/tables"_s), validConnection(), QString(u""_s)));
        QVERIFY(result);
        QCOMPARE(lastBody(), "searchString=&" + ValidConnectionForm);
    }

    void tableDescriptionMatchesTheDemoSchema()
    {
        const auto result = run(m_client->tableDescription(url(u"connector/describe"_s), validConnection(), u"deals"_s));
        QVERIFY(result);
        QVERIFY(result->violations.isEmpty());
        QCOMPARE(lastBody(), "table=deals&" + ValidConnectionForm);
        const auto columns = ConnectorDemoData::tables().at(1).columns;
        QCOMPARE(result->columns.size(), columns.size());
        for (qsizetype i = 0; i < columns.size(); ++i) {
            QCOMPARE(result->columns.at(i).code, columns.at(i).code);
            QCOMPARE(result->columns.at(i).name, columns.at(i).name);
            QCOMPARE(result->columns.at(i).type, columns.at(i).type);
        }
    }

    void dataWithSelectFilterAndMapFields()
    {
        EndpointDataRequest request;
        request.table = u"deals"_s;
        request.select = {u"DEAL_ID"_s, u"STAGE"_s};
        request.filter = {{"=STAGE"_L1, u"WON"_s}};
        request.limit = 100;
        request.mapFields = EndpointDataRequest::mapFieldsFor(dealFields());
        const auto result = run(m_client->data(url(u"connector/data"_s), validConnection(), request));
        QVERIFY(result);
        QVERIFY2(result->violations.isEmpty(), qPrintable(result->violationNames().join(u',')));
        // The exact bytes the portal's http_build_query would post; mapFields only for the selection.
        QCOMPARE(lastBody(), "select%5B0%5D=DEAL_ID&select%5B1%5D=STAGE&filter%5B%3DSTAGE%5D=WON&limit=100&"
                                 + ValidConnectionForm
                                 + "&table=deals&mapFields%5Bdeal_id%5D=DEAL_ID&mapFields%5Bstage%5D=STAGE");
        QCOMPARE(result->data.header, (QStringList{u"deal_id"_s, u"stage"_s}));
        QCOMPARE(firstColumn(result->data), dealIdsWhere([](const QVariantList &row) { return row.at(2) == u"WON"_s; }));
        for (const auto &row : result->data.rows)
            QCOMPARE(row.at(1).toString(), u"WON"_s);
    }

    void dataWithOrGroupAndPreviewLimit()
    {
        EndpointDataRequest request;
        request.table = u"deals"_s;
        request.select = {u"DEAL_ID"_s};
        request.filter = {{"0"_L1, QJsonObject{{"LOGIC"_L1, u"OR"_s}, {"=STAGE"_L1, u"WON"_s}, {"=CURRENCY"_L1, u"EUR"_s}}}};
        request.mapFields = EndpointDataRequest::mapFieldsFor(dealFields());
        auto result = run(m_client->data(url(u"connector/data"_s), validConnection(), request));
        QVERIFY(result);
        QVERIFY(result->violations.isEmpty());
        QVERIFY(lastBody().startsWith("select%5B0%5D=DEAL_ID&filter%5B0%5D%5B%3DCURRENCY%5D=EUR&"
                                      "filter%5B0%5D%5B%3DSTAGE%5D=WON&filter%5B0%5D%5BLOGIC%5D=OR&connection"));
        QCOMPARE(firstColumn(result->data), dealIdsWhere([](const QVariantList &row) {
                     return row.at(2) == u"WON"_s || row.at(4) == u"EUR"_s;
                 }));

        // The portal's preview: limit=20, no select or filter; every mapped code must come back.
        EndpointDataRequest preview;
        preview.table = u"deals"_s;
        preview.limit = 20;
        preview.mapFields = EndpointDataRequest::mapFieldsFor(dealFields());
        result = run(m_client->data(url(u"connector/data"_s), validConnection(), preview));
        QVERIFY(result);
        QVERIFY(result->violations.isEmpty());
        QVERIFY(lastBody().startsWith(
            QByteArray("limit=20&" + ValidConnectionForm + "&table=deals&mapFields%5Bdeal_id%5D=DEAL_ID")));
        QCOMPARE(result->data.rows.size(), 20);
        QCOMPARE(result->data.header.size(), dealFields().size());
    }

    void expectedCodesMissingFromTheHeader()
    {
        EndpointDataRequest request;
        request.table = u"deals"_s;
        request.select = {u"deal_id"_s};
        request.limit = 3;
        request.expectedHeader = {u"deal_id"_s, u"margin"_s};
        const auto result = run(m_client->data(url(u"connector/data"_s), validConnection(), request));
        QVERIFY(result);
        QCOMPARE(result->violationNames(), QStringList{u"HeaderMissingExpectedCodes"_s});
        QVERIFY(result->violations.first().message.contains("\"margin\""_L1));
    }

    void wrongCredentialsAreRefused()
    {
        const auto wrong = ConnectorEndpointClient::deliberatelyWrongCredentials(validConnection());
        QCOMPARE(wrong.at(0).value, u"omed-wrong"_s);
        QCOMPARE(wrong.at(1).value, u"terces-omed-wrong"_s);
        QCOMPARE(wrong.at(1).code, u"password"_s);

        const auto result = run(m_client->check(url(u"connector/check"_s), wrong));
        QVERIFY(result);
        QCOMPARE(result->violationNames(), QStringList{u"HttpStatusNot200"_s});
        QCOMPARE(result->diagnostics.httpStatus, 401);
        QVERIFY(!result->isAccepted());
        QCOMPARE(lastBody(), QByteArrayLiteral("connection%5Blogin%5D=omed-wrong&connection%5Bpassword%5D=terces-omed-wrong"));
    }

    void checkThatAcceptsAnythingIsOnlyAWarning()
    {
        const auto wrong = ConnectorEndpointClient::deliberatelyWrongCredentials(validConnection());
        const auto result = run(m_client->check(url(u"connector/broken/acceptsanything/check"_s), wrong));
        QVERIFY(result);
        QCOMPARE(result->violationNames(), QStringList{u"CheckReportsFailure"_s});
        QVERIFY(result->isAccepted());  // exactly what the portal would do: accept the wrong credentials
    }

    void brokenVariantsAreReportedByName_data()
    {
        QTest::addColumn<QString>("variant");
        QTest::addColumn<int>("call");
        QTest::addColumn<QString>("violation");
        QTest::addColumn<bool>("accepted");
        using C = EndpointProtocol::Call;
        const std::pair<C, QString> calls[] = {
            {C::Check, u"check"_s}, {C::TableList, u"tables"_s}, {C::TableDescription, u"describe"_s}, {C::Data, u"data"_s}};
        for (const auto &[call, endpoint] : calls) {
            QTest::addRow("status500 %s", qPrintable(endpoint)) << u"status500"_s << int(call) << u"HttpStatusNot200"_s << false;
            QTest::addRow("empty %s", qPrintable(endpoint)) << u"empty"_s << int(call) << u"EmptyBody"_s << false;
        }
        for (const auto &[call, endpoint] : calls) {
            if (call != C::Check)
                QTest::addRow("notjson %s", qPrintable(endpoint)) << u"notjson"_s << int(call) << u"NotJson"_s << false;
        }
        QTest::newRow("missingkeys tables") << u"missingkeys"_s << int(C::TableList) << u"TableItemIncomplete"_s << false;
        QTest::newRow("missingkeys describe") << u"missingkeys"_s << int(C::TableDescription)
                                              << u"DescriptionItemIncomplete"_s << false;
        QTest::newRow("ragged data") << u"ragged"_s << int(C::Data) << u"RaggedRows"_s << false;
        QTest::newRow("noheader data") << u"noheader"_s << int(C::Data) << u"HeaderRowMissing"_s << false;
        QTest::newRow("emptydescription") << u"emptydescription"_s << int(C::TableDescription) << u"DescriptionEmpty"_s
                                          << false;
        QTest::newRow("unknowntype") << u"unknowntype"_s << int(C::TableDescription) << u"UnknownFieldType"_s << true;
    }

    void brokenVariantsAreReportedByName()
    {
        QFETCH(QString, variant);
        QFETCH(int, call);
        QFETCH(QString, violation);
        QFETCH(bool, accepted);
        const QString base = u"connector/broken/"_s + variant + u'/';
        EndpointCall *handle = nullptr;
        switch (EndpointProtocol::Call(call)) {
        case EndpointProtocol::Call::Check:
            handle = m_client->check(url(base + u"check"_s), validConnection());
            break;
        case EndpointProtocol::Call::TableList:
            handle = m_client->tableList(url(base + u"tables"_s), validConnection());
            break;
        case EndpointProtocol::Call::TableDescription:
            handle = m_client->tableDescription(url(base + u"describe"_s), validConnection(), u"deals"_s);
            break;
        case EndpointProtocol::Call::Data: {
            EndpointDataRequest request;
            request.table = u"deals"_s;
            request.limit = 10;
            request.mapFields = EndpointDataRequest::mapFieldsFor(dealFields());
            handle = m_client->data(url(base + u"data"_s), validConnection(), request);
            break;
        }
        }
        const auto result = run(handle);
        QVERIFY(result);
        QVERIFY2(result->violationNames().contains(violation), qPrintable(result->violationNames().join(u',')));
        QCOMPARE(result->isAccepted(), accepted);
        for (const auto &found : result->violations)
            QVERIFY(!found.message.isEmpty());
    }

    void unknownTypeIsMappedAndKept()
    {
        const auto result = run(m_client->tableDescription(url(u"connector/broken/unknowntype/describe"_s),
                                                           validConnection(), u"deals"_s));
        QVERIFY(result);
        const auto title = std::find_if(result->columns.cbegin(), result->columns.cend(),
                                        [](const EndpointColumn &c) { return c.code == "title"_L1; });
        QVERIFY(title != result->columns.cend());
        QCOMPARE(title->type, u"string"_s);
        QCOMPARE(title->originalType, u"varchar"_s);
        QCOMPARE(result->violations.first().severity, Severity::Warning);
    }

    void redirectsAreFollowedUpToFive()
    {
        auto result = run(m_client->check(url(u"redirect/4/check"_s), validConnection()));
        QVERIFY(result);
        QVERIFY2(result->violations.isEmpty(), qPrintable(result->violationNames().join(u',')));
        QCOMPARE(result->diagnostics.url.path(), u"/connector/check"_s);
        QCOMPARE(lastBody(), ValidConnectionForm);  // 307 keeps the POST body

        result = run(m_client->check(url(u"redirect/5/check"_s), validConnection()));  // six redirects
        QVERIFY(result);
        QCOMPARE(result->violationNames(), QStringList{u"TransportError"_s});
        QVERIFY(!result->diagnostics.transportError.isEmpty());
    }

    void silentEndpointTimesOut()
    {
        EndpointClientOptions options;
        options.readTimeoutMs = 300;
        m_client->setOptions(options);
        const auto result = run(m_client->check(url(u"silent"_s), validConnection()));
        QVERIFY(result);
        QCOMPARE(result->violationNames(), QStringList{u"Timeout"_s});
        QVERIFY(result->diagnostics.elapsedMs >= 250);
        QCOMPARE(result->diagnostics.httpStatus, 0);
        QVERIFY(!result->canceled);
    }

    void cancelFinishesOnceAsCanceled()
    {
        EndpointCall *call = m_client->check(url(u"silent"_s), validConnection());
        QPointer<EndpointCall> guard(call);
        int emissions = 0;
        std::optional<EndpointResult> result;
        connect(call, &EndpointCall::finished, this, [&](const EndpointResult &r) {
            ++emissions;
            result = r;
        });
        QTRY_COMPARE(m_server->received.size(), 1);
        call->cancel();
        call->cancel();
        QCOMPARE(emissions, 0);  // delivered from the event loop, not from inside cancel()
        QTRY_VERIFY(guard.isNull());
        QCOMPARE(emissions, 1);
        QVERIFY(result->canceled);
        QVERIFY(result->violations.isEmpty());
        QVERIFY(!result->isAccepted());
    }

    void unreachableAndInvalidUrls()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        auto result = run(m_client->check(QUrl(u"http://127.0.0.1:%1/check"_s.arg(port)), validConnection()));
        QVERIFY(result);
        QCOMPARE(result->violationNames(), QStringList{u"TransportError"_s});
        QCOMPARE(result->diagnostics.httpStatus, 0);

        EndpointCall *call = m_client->check(QUrl(u"ftp://example.com/check"_s), validConnection());
        bool finishedEarly = false;
        connect(call, &EndpointCall::finished, this, [&] { finishedEarly = true; });
        QVERIFY(!finishedEarly);  // even an immediate failure is delivered asynchronously
        result = run(call);
        QVERIFY(result);
        QCOMPARE(result->violationNames(), QStringList{u"TransportError"_s});
        QVERIFY(result->diagnostics.transportError.contains("ftp://example.com/check"_L1));
    }

    void secretsAreRedactedFromTheExcerpt()
    {
        const QString secret = u"p@ss/wörd"_s;
        m_server->reflectedSecret = secret;
        const ConnectorEndpointClient::Connection connection{{0, u"login"_s, {}, {}, u"ab"_s},
                                                             {0, u"password"_s, {}, {}, secret}};
        const auto result = run(m_client->check(url(u"reflect"_s), connection));
        QVERIFY(result);
        const QByteArray excerpt = result->diagnostics.bodyExcerpt;
        QVERIFY(lastBody().contains("p%40ss%2Fw%C3%B6rd"));  // the connector did get the real value
        QVERIFY2(!excerpt.contains("p@ss"), excerpt.constData());
        QVERIFY2(!excerpt.contains("p%40ss"), excerpt.constData());
        QVERIFY(excerpt.contains("connection%5Bpassword%5D=***"));
        QVERIFY(excerpt.contains("\"php\":\"***\""));
        QVERIFY(excerpt.contains("\"plain\":\"***\""));
        QVERIFY(excerpt.contains("connection%5Blogin%5D=ab"));  // shorter than 3 characters: kept
    }

    void excerptIsCutAfterRedaction()
    {
        const QByteArray body = QByteArray(4090, 'x') + "demo-secret" + QByteArray(100, 'y');
        const QByteArray excerpt = EndpointDiagnostics::redactedExcerpt(body, {u"demo-secret"_s}, 4096);
        QCOMPARE(excerpt.size(), 4096);
        QVERIFY(excerpt.endsWith("xxx***yyy"));

        const auto result = run(m_client->check(url(u"big"_s), validConnection()));
        QVERIFY(result);
        QCOMPARE(result->diagnostics.bytes, 10000);
        QCOMPARE(result->diagnostics.bodyExcerpt.size(), 4096);
        QVERIFY(result->violations.isEmpty());
    }

    void oversizedBodyIsCutOff()
    {
        EndpointClientOptions options;
        options.maxResponseBytes = 1000;
        m_client->setOptions(options);
        const auto result = run(m_client->check(url(u"big"_s), validConnection()));
        QVERIFY(result);
        QCOMPARE(result->violationNames(), QStringList{u"TransportError"_s});
        QVERIFY(result->diagnostics.transportError.contains("1000"_L1));
    }

    void cookiesAreNeitherStoredNorSent()
    {
        QVERIFY(run(m_client->check(url(u"cookie"_s), validConnection())));
        QVERIFY(run(m_client->check(url(u"connector/check"_s), validConnection())));
        QVERIFY(m_server->received.last().cookie.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEndpointClient)
#include "tst_endpointclient.moc"
