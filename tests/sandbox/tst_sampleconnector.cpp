#include "sandbox/sampleconnector/connectordemodata.h"
#include "sandbox/sampleconnector/connectorparams.h"
#include "sandbox/sampleconnector/sampleconnector.h"

#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

// A minimal HTTP server that forwards /connector/<subPath> to a SampleConnector, so these tests do
// not depend on the portal emulator.
class ConnectorHttpServer : public QAbstractHttpServer
{
public:
    explicit ConnectorHttpServer(SampleConnector *connector)
        : m_connector(connector)
    {
    }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        static const QString prefix = u"/connector/"_s;
        const QString path = request.url().path();
        if (!path.startsWith(prefix))
            return false;
        m_connector->handle(path.mid(prefix.size()), request, makeResponder(request, socket));
        return true;
    }

    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
    }

private:
    SampleConnector *m_connector;
};

struct Answer
{
    int status = 0;
    QByteArray body;

    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
};

using FormFields = QList<std::pair<QString, QString>>;

// application/x-www-form-urlencoded the way PHP's http_build_query writes it (brackets encoded).
QByteArray formBody(const FormFields &fields)
{
    QByteArrayList pairs;
    for (const auto &[key, value] : fields)
        pairs.append(QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value));
    return pairs.join('&');
}

FormFields withCredentials(FormFields fields)
{
    fields.prepend({u"connection[password]"_s, SampleConnector::validPassword()});
    fields.prepend({u"connection[login]"_s, SampleConnector::validLogin()});
    return fields;
}

QJsonObject credentials()
{
    return {{u"login"_s, SampleConnector::validLogin()}, {u"password"_s, SampleConnector::validPassword()}};
}

QStringList texts(const QJsonArray &array)
{
    QStringList result;
    for (const QJsonValue &value : array)
        result.append(value.toString());
    return result;
}

QStringList codesOf(const QJsonArray &items)
{
    QStringList codes;
    for (const QJsonValue &item : items)
        codes.append(item.toObject().value(u"code"_s).toString());
    return codes;
}

// The deal ids the demo data says match `predicate` (an oracle independent of the SQL filter).
QList<int> dealIdsWhere(const std::function<bool(const QVariantMap &deal)> &predicate)
{
    const ConnectorTable deals = ConnectorDemoData::tables().at(1);
    QList<int> ids;
    for (int i = 0; i < ConnectorDemoData::rowCount(deals.code); ++i) {
        const QVariantList values = ConnectorDemoData::row(deals.code, i);
        QVariantMap deal;
        for (int c = 0; c < deals.columns.size(); ++c)
            deal.insert(deals.columns.at(c).code, values.at(c));
        if (predicate(deal))
            ids.append(deal.value(u"deal_id"_s).toInt());
    }
    return ids;
}

QList<int> firstColumnInts(const QJsonArray &table)
{
    QList<int> values;
    for (qsizetype i = 1; i < table.size(); ++i)
        values.append(table.at(i).toArray().at(0).toInt());
    return values;
}

} // namespace

class TestSampleConnector : public QObject
{
    Q_OBJECT

private:
    Answer post(const QString &subPath, const QByteArray &body, const QByteArray &contentType)
    {
        QNetworkRequest request(m_baseUrl.resolved(QUrl(subPath)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QString::fromLatin1(contentType));
        QNetworkReply *reply = m_network.post(request, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished() && !finished.wait(5000))
            qWarning("no answer from %s", qPrintable(subPath));
        Answer answer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
        reply->deleteLater();
        return answer;
    }

    Answer postForm(const QString &subPath, const FormFields &fields)
    {
        return post(subPath, formBody(fields), QByteArrayLiteral("application/x-www-form-urlencoded"));
    }

    Answer postJson(const QString &subPath, const QJsonObject &body)
    {
        return post(subPath, QJsonDocument(body).toJson(QJsonDocument::Compact), QByteArrayLiteral("application/json"));
    }

    // urlData on deals with `filter` fields, selecting deal_id only.
    QList<int> dealIdsFor(const FormFields &filter)
    {
        FormFields fields{{u"table"_s, u"deals"_s}, {u"select[0]"_s, u"DEAL_ID"_s}};
        fields.append(filter);
        const Answer answer = postForm(u"data"_s, withCredentials(fields));
        if (answer.status != 200)
            qWarning("data answered %d: %s", answer.status, answer.body.constData());
        return firstColumnInts(answer.array());
    }

    SampleConnector *m_connector = nullptr;
    ConnectorHttpServer *m_server = nullptr;
    QNetworkAccessManager m_network;
    QUrl m_baseUrl;

private slots:
    void init()
    {
        m_connector = new SampleConnector(this);
        QString error;
        QVERIFY2(m_connector->open(u":memory:"_s, &error), qPrintable(error));
        m_server = new ConnectorHttpServer(m_connector);
        const quint16 port = m_server->listen(QHostAddress::LocalHost, 0);
        QVERIFY(port > 0);
        m_baseUrl = QUrl(u"http://127.0.0.1:%1/connector/"_s.arg(port));
    }

    void cleanup()
    {
        delete m_server;
        delete m_connector;
    }

    void checkAcceptsValidCredentialsFormAndJson()
    {
        const Answer form = postForm(u"check"_s, withCredentials({}));
        QCOMPARE(form.status, 200);
        QCOMPARE(form.object().value(u"status"_s).toString(), u"OK"_s);

        const Answer json = postJson(u"check"_s, {{u"connection"_s, credentials()}});
        QCOMPARE(json.status, 200);
        QCOMPARE(json.object().value(u"status"_s).toString(), u"OK"_s);
    }

    void everyEndpointRejectsWrongCredentials_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QByteArray>("body");
        const QByteArray wrongPassword = formBody({{u"connection[login]"_s, u"demo"_s},
                                                   {u"connection[password]"_s, u"guess"_s},
                                                   {u"table"_s, u"deals"_s}});
        const QByteArray wrongLogin = formBody({{u"connection[login]"_s, u"root"_s},
                                                {u"connection[password]"_s, u"demo-secret"_s},
                                                {u"table"_s, u"deals"_s}});
        const QByteArray noConnection = formBody({{u"table"_s, u"deals"_s}});
        for (const QString &endpoint : {u"check"_s, u"tables"_s, u"describe"_s, u"data"_s}) {
            QTest::addRow("%s wrong password", qPrintable(endpoint)) << endpoint << wrongPassword;
            QTest::addRow("%s wrong login", qPrintable(endpoint)) << endpoint << wrongLogin;
            QTest::addRow("%s no connection", qPrintable(endpoint)) << endpoint << noConnection;
        }
    }

    void everyEndpointRejectsWrongCredentials()
    {
        QFETCH(QString, endpoint);
        QFETCH(QByteArray, body);
        const Answer answer = post(endpoint, body, QByteArrayLiteral("application/x-www-form-urlencoded"));
        QCOMPARE(answer.status, 401);
        QVERIFY(!answer.object().value(u"error"_s).toString().isEmpty());
    }

    void tablesFiltersBySearchString_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<QStringList>("codes");
        QTest::newRow("absent") << QString() << QStringList{u"sales"_s, u"deals"_s, u"contacts"_s, u"products"_s};
        QTest::newRow("code, other case") << u"DEA"_s << QStringList{u"deals"_s};
        QTest::newRow("title") << u"Prod"_s << QStringList{u"products"_s};
        QTest::newRow("shared substring") << u"s"_s << QStringList{u"sales"_s, u"deals"_s, u"contacts"_s, u"products"_s};
        QTest::newRow("no match") << u"zzz"_s << QStringList{};
    }

    void tablesFiltersBySearchString()
    {
        QFETCH(QString, search);
        QFETCH(QStringList, codes);
        const Answer answer =
            postForm(u"tables"_s, withCredentials(search.isNull() ? FormFields{} : FormFields{{u"searchString"_s, search}}));
        QCOMPARE(answer.status, 200);
        const QJsonArray tables = answer.array();
        QCOMPARE(codesOf(tables), codes);
        for (const QJsonValue &table : tables)
            QVERIFY(!table.toObject().value(u"title"_s).toString().isEmpty());
    }

    void describeReportsEveryTable_data()
    {
        QTest::addColumn<QString>("table");
        for (const ConnectorTable &table : ConnectorDemoData::tables())
            QTest::newRow(qPrintable(table.code)) << table.code;
    }

    void describeReportsEveryTable()
    {
        QFETCH(QString, table);
        const Answer answer = postForm(u"describe"_s, withCredentials({{u"table"_s, table}}));
        QCOMPARE(answer.status, 200);
        const QJsonArray columns = answer.array();
        QVERIFY(columns.size() >= 5);
        QSet<QString> types;
        for (const QJsonValue &value : columns) {
            const QJsonObject column = value.toObject();
            QCOMPARE(column.keys(), (QStringList{u"code"_s, u"name"_s, u"type"_s}));
            const QString code = column.value(u"code"_s).toString();
            QCOMPARE(code, code.toLower());
            QVERIFY(!column.value(u"name"_s).toString().isEmpty());
            types.insert(column.value(u"type"_s).toString());
        }
        QCOMPARE(types, (QSet<QString>{u"int"_s, u"string"_s, u"double"_s, u"date"_s, u"datetime"_s}));
    }

    void describeOfDealsHasHumanNames()
    {
        const Answer answer = postJson(u"describe"_s, {{u"table"_s, u"deals"_s}, {u"connection"_s, credentials()}});
        QCOMPARE(answer.status, 200);
        const QJsonObject expected{{u"code"_s, u"closed_at"_s}, {u"name"_s, u"Closed at"_s}, {u"type"_s, u"datetime"_s}};
        QVERIFY(answer.array().contains(expected));
    }

    void describeNeedsAKnownTable()
    {
        QCOMPARE(postForm(u"describe"_s, withCredentials({})).status, 400);
        const Answer unknown = postForm(u"describe"_s, withCredentials({{u"table"_s, u"invoices"_s}}));
        QCOMPARE(unknown.status, 404);
        QVERIFY(unknown.object().value(u"error"_s).toString().contains(u"invoices"_s));
        QCOMPARE(postForm(u"data"_s, withCredentials({{u"table"_s, u"invoices"_s}})).status, 404);
    }

    void dataSelectsColumnsWithLimit()
    {
        const Answer answer = postForm(u"data"_s, withCredentials({{u"table"_s, u"deals"_s},
                                                                   {u"select[0]"_s, u"deal_id"_s},
                                                                   {u"select[1]"_s, u"amount"_s},
                                                                   {u"select[2]"_s, u"closed_at"_s},
                                                                   {u"limit"_s, u"5"_s}}));
        QCOMPARE(answer.status, 200);
        const QJsonArray table = answer.array();
        QCOMPARE(table.size(), 6);
        QCOMPARE(texts(table.at(0).toArray()), (QStringList{u"deal_id"_s, u"amount"_s, u"closed_at"_s}));
        const QVariantList firstDeal = ConnectorDemoData::row(u"deals"_s, 0);
        const QJsonArray first = table.at(1).toArray();
        QCOMPARE(first.size(), 3);
        QVERIFY(first.at(0).isDouble());
        QCOMPARE(first.at(0).toInt(), firstDeal.at(0).toInt());
        QCOMPARE(first.at(1).toDouble(), firstDeal.at(3).toDouble());
        QVERIFY(first.at(2).isNull()); // deal 1 is still open
        QVERIFY(table.at(4).toArray().at(2).isString()); // deal 4 is WON: closed_at "yyyy-MM-dd HH:mm:ss"
        QCOMPARE(table.at(4).toArray().at(2).toString().size(), 19);
    }

    void dataLimitDefaultsTo100()
    {
        const int salesRows = ConnectorDemoData::rowCount(u"sales"_s);
        QVERIFY(salesRows > 100);
        QCOMPARE(postForm(u"data"_s, withCredentials({{u"table"_s, u"sales"_s}})).array().size(), 1 + 100);
        QCOMPARE(postForm(u"data"_s, withCredentials({{u"table"_s, u"sales"_s}, {u"limit"_s, u"0"_s}})).array().size(),
                 1 + 100);
        QCOMPARE(postForm(u"data"_s, withCredentials({{u"table"_s, u"sales"_s}, {u"limit"_s, u"5000"_s}}))
                     .array()
                     .size(),
                 1 + salesRows);
        const Answer all = postForm(u"data"_s, withCredentials({{u"table"_s, u"sales"_s}, {u"limit"_s, u"1000"_s}}));
        const QJsonArray header = all.array().at(0).toArray();
        QCOMPARE(header.size(), ConnectorDemoData::tables().at(0).columns.size());
        for (const QJsonValue &row : all.array())
            QCOMPARE(row.toArray().size(), header.size());
    }

    void dataTranslatesNamesThroughMapFields()
    {
        const Answer mapped = postForm(u"data"_s, withCredentials({{u"table"_s, u"deals"_s},
                                                                   {u"select[0]"_s, u"DEAL_AMOUNT"_s},
                                                                   {u"select[1]"_s, u"ID"_s},
                                                                   {u"mapFields[amount]"_s, u"DEAL_AMOUNT"_s},
                                                                   {u"mapFields[deal_id]"_s, u"ID"_s},
                                                                   {u"filter[<=ID]"_s, u"2"_s}}));
        QCOMPARE(mapped.status, 200);
        const QJsonArray table = mapped.array();
        QCOMPARE(texts(table.at(0).toArray()), (QStringList{u"amount"_s, u"deal_id"_s}));
        QCOMPARE(table.size(), 3);
        QCOMPARE(table.at(2).toArray().at(1).toInt(), 2);

        const Answer unmapped =
            postForm(u"data"_s, withCredentials({{u"table"_s, u"deals"_s}, {u"select[0]"_s, u"DEAL_AMOUNT"_s}}));
        QCOMPARE(unmapped.status, 400);
        QVERIFY(unmapped.object().value(u"error"_s).toString().contains(u"DEAL_AMOUNT"_s));
    }

    void dataFilterOperators_data()
    {
        using Deal = QVariantMap;
        QTest::addColumn<FormFields>("filter");
        QTest::addColumn<QList<int>>("expected");
        const auto amount = [](const Deal &d) { return d.value(u"amount"_s).toDouble(); };
        const QString pivot = QString::number(ConnectorDemoData::row(u"deals"_s, 1).at(3).toDouble());

        QTest::newRow("=") << FormFields{{u"filter[=STAGE]"_s, u"WON"_s}}
                           << dealIdsWhere([](const Deal &d) { return d.value(u"stage"_s) == u"WON"_s; });
        QTest::newRow("no prefix") << FormFields{{u"filter[STAGE]"_s, u"WON"_s}}
                                   << dealIdsWhere([](const Deal &d) { return d.value(u"stage"_s) == u"WON"_s; });
        QTest::newRow("!=") << FormFields{{u"filter[!=stage]"_s, u"WON"_s}}
                            << dealIdsWhere([](const Deal &d) { return d.value(u"stage"_s) != u"WON"_s; });
        QTest::newRow(">") << FormFields{{u"filter[>AMOUNT]"_s, pivot}}
                           << dealIdsWhere([&](const Deal &d) { return amount(d) > pivot.toDouble(); });
        QTest::newRow(">=") << FormFields{{u"filter[>=AMOUNT]"_s, pivot}}
                            << dealIdsWhere([&](const Deal &d) { return amount(d) >= pivot.toDouble(); });
        QTest::newRow("<") << FormFields{{u"filter[<DEAL_ID]"_s, u"5"_s}}
                           << dealIdsWhere([](const Deal &d) { return d.value(u"deal_id"_s).toInt() < 5; });
        QTest::newRow("<=") << FormFields{{u"filter[<=DEAL_ID]"_s, u"5"_s}}
                            << dealIdsWhere([](const Deal &d) { return d.value(u"deal_id"_s).toInt() <= 5; });
        QTest::newRow("% substring, any case")
            << FormFields{{u"filter[%TITLE]"_s, u"acme"_s}}
            << dealIdsWhere([](const Deal &d) { return d.value(u"title"_s).toString().contains(u"Acme"_s); });
        QTest::newRow("!%") << FormFields{{u"filter[!%TITLE]"_s, u"acme"_s}}
                            << dealIdsWhere([](const Deal &d) { return !d.value(u"title"_s).toString().contains(u"Acme"_s); });
        QTest::newRow("><") << FormFields{{u"filter[><AMOUNT][0]"_s, u"5000"_s}, {u"filter[><AMOUNT][1]"_s, u"20000"_s}}
                            << dealIdsWhere([&](const Deal &d) { return amount(d) >= 5000 && amount(d) <= 20000; });
        QTest::newRow("= list is IN")
            << FormFields{{u"filter[=STAGE][]"_s, u"WON"_s}, {u"filter[=STAGE][]"_s, u"LOSE"_s}}
            << dealIdsWhere([](const Deal &d) { return d.value(u"stage"_s) == u"WON"_s || d.value(u"stage"_s) == u"LOSE"_s; });
        QTest::newRow(">= datetime skips NULL")
            << FormFields{{u"filter[>=CLOSED_AT]"_s, u"2024-06-01"_s}}
            << dealIdsWhere([](const Deal &d) {
                   return !d.value(u"closed_at"_s).isNull() && d.value(u"closed_at"_s).toString() >= u"2024-06-01"_s;
               });
        QTest::newRow("!= matches NULL") << FormFields{{u"filter[!=CLOSED_AT]"_s, u"2024-02-03 17:30:00"_s}}
                                         << dealIdsWhere([](const Deal &d) {
                                                return d.value(u"closed_at"_s).toString() != u"2024-02-03 17:30:00"_s;
                                            });
        QTest::newRow("< date in site format") << FormFields{{u"filter[<OPENED_ON]"_s, u"01.03.2024"_s}}
                                               << dealIdsWhere([](const Deal &d) {
                                                      return d.value(u"opened_on"_s).toString() < u"2024-03-01"_s;
                                                  });
        QTest::newRow("= empty is NULL") << FormFields{{u"filter[=CLOSED_AT]"_s, QString()}}
                                         << dealIdsWhere([](const Deal &d) { return d.value(u"closed_at"_s).isNull(); });
        QTest::newRow("OR group AND condition")
            << FormFields{{u"filter[0][LOGIC]"_s, u"OR"_s},
                          {u"filter[0][=CURRENCY]"_s, u"EUR"_s},
                          {u"filter[0][<DEAL_ID]"_s, u"4"_s},
                          {u"filter[>AMOUNT]"_s, u"10000"_s}}
            << dealIdsWhere([&](const Deal &d) {
                   return (d.value(u"currency"_s) == u"EUR"_s || d.value(u"deal_id"_s).toInt() < 4) && amount(d) > 10000;
               });
        QTest::newRow("top-level OR of AND groups")
            << FormFields{{u"filter[LOGIC]"_s, u"OR"_s},
                          {u"filter[0][=STAGE]"_s, u"NEW"_s},
                          {u"filter[0][<DEAL_ID]"_s, u"10"_s},
                          {u"filter[1][=OWNER]"_s, u"Emma Fox"_s}}
            << dealIdsWhere([](const Deal &d) {
                   return (d.value(u"stage"_s) == u"NEW"_s && d.value(u"deal_id"_s).toInt() < 10)
                       || d.value(u"owner"_s) == u"Emma Fox"_s;
               });
    }

    void dataFilterOperators()
    {
        QFETCH(FormFields, filter);
        QFETCH(QList<int>, expected);
        const int deals = ConnectorDemoData::rowCount(u"deals"_s);
        QVERIFY2(!expected.isEmpty() && expected.size() < deals, "the case must select some rows, not all");
        QCOMPARE(dealIdsFor(filter), expected);
    }

    void dataAcceptsJsonBody()
    {
        const QJsonObject body{{u"table"_s, u"deals"_s},
                               {u"select"_s, QJsonArray{u"DEAL_ID"_s, u"STAGE"_s}},
                               {u"filter"_s, QJsonObject{{u"=stage"_s, u"WON"_s},
                                                         {u"0"_s, QJsonObject{{u"LOGIC"_s, u"OR"_s},
                                                                              {u"=currency"_s, u"EUR"_s},
                                                                              {u">amount"_s, 30000}}}}},
                               {u"limit"_s, 3},
                               {u"connection"_s, credentials()}};
        const Answer answer = postJson(u"data"_s, body);
        QCOMPARE(answer.status, 200);
        const QJsonArray table = answer.array();
        QCOMPARE(texts(table.at(0).toArray()), (QStringList{u"deal_id"_s, u"stage"_s}));
        const QList<int> expected = dealIdsWhere([](const QVariantMap &d) {
            return d.value(u"stage"_s) == u"WON"_s
                && (d.value(u"currency"_s) == u"EUR"_s || d.value(u"amount"_s).toDouble() > 30000);
        });
        QVERIFY(expected.size() > 3);
        QCOMPARE(firstColumnInts(table), expected.mid(0, 3));
    }

    void dataWithoutMatchesIsHeaderOnly()
    {
        const Answer answer = postForm(u"data"_s, withCredentials({{u"table"_s, u"products"_s},
                                                                   {u"select[]"_s, u"name"_s},
                                                                   {u"select[]"_s, u"price"_s},
                                                                   {u"filter[=category]"_s, u"Garden"_s}}));
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.array(), (QJsonArray{QJsonArray{u"name"_s, u"price"_s}}));
    }

    void dataRejectsBadFilters_data()
    {
        QTest::addColumn<FormFields>("filter");
        QTest::newRow("unknown field") << FormFields{{u"filter[=VOLUME]"_s, u"1"_s}};
        QTest::newRow("not a number") << FormFields{{u"filter[>AMOUNT]"_s, u"lots"_s}};
        QTest::newRow("not a date") << FormFields{{u"filter[>OPENED_ON]"_s, u"someday"_s}};
        QTest::newRow("bad LOGIC") << FormFields{{u"filter[0][LOGIC]"_s, u"XOR"_s}, {u"filter[0][=STAGE]"_s, u"NEW"_s}};
        QTest::newRow("between one bound") << FormFields{{u"filter[><AMOUNT][0]"_s, u"1"_s}};
    }

    void dataRejectsBadFilters()
    {
        QFETCH(FormFields, filter);
        FormFields fields{{u"table"_s, u"deals"_s}};
        fields.append(filter);
        const Answer answer = postForm(u"data"_s, withCredentials(fields));
        QCOMPARE(answer.status, 400);
        QVERIFY(!answer.object().value(u"error"_s).toString().isEmpty());
    }

    void formBodiesFollowPhpBracketNotation()
    {
        const QJsonObject params = ConnectorParams::parseForm(
            "select[1]=b&select[0]=a&select[10]=k&list[]=x&list[]=y&connection%5Blogin%5D=u+1&"
            "filter[0][LOGIC]=OR&filter[%3E%3Dclosed_at]=2024-01-01&plain=%C3%A9");
        QCOMPARE(params.value(u"select"_s).toArray(), (QJsonArray{u"a"_s, u"b"_s, u"k"_s}));
        QCOMPARE(params.value(u"list"_s).toArray(), (QJsonArray{u"x"_s, u"y"_s}));
        QCOMPARE(params.value(u"connection"_s).toObject().value(u"login"_s).toString(), u"u 1"_s);
        const QJsonObject filter = params.value(u"filter"_s).toObject();
        QCOMPARE(filter.value(u">=closed_at"_s).toString(), u"2024-01-01"_s);
        QCOMPARE(filter.value(u"0"_s).toObject().value(u"LOGIC"_s).toString(), u"OR"_s);
        QCOMPARE(params.value(u"plain"_s).toString(), u"é"_s);
    }

    void brokenTransportVariants()
    {
        const FormFields valid = withCredentials({{u"table"_s, u"deals"_s}});
        for (const QString &endpoint : {u"check"_s, u"tables"_s, u"describe"_s, u"data"_s}) {
            const Answer failing = postForm(u"broken/status500/"_s + endpoint, valid);
            QCOMPARE(failing.status, 500);
            const Answer empty = postForm(u"broken/empty/"_s + endpoint, valid);
            QCOMPARE(empty.status, 200);
            QVERIFY(empty.body.isEmpty());
            const Answer html = postForm(u"broken/notjson/"_s + endpoint, valid);
            QCOMPARE(html.status, 200);
            QVERIFY(!html.body.isEmpty());
            QJsonParseError error;
            QJsonDocument::fromJson(html.body, &error);
            QVERIFY(error.error != QJsonParseError::NoError);
        }
        QCOMPARE(postForm(u"broken/nosuchvariant/check"_s, valid).status, 404);
        QCOMPARE(postForm(u"broken/empty/nosuchendpoint"_s, valid).status, 404);
    }

    void brokenMissingKeys()
    {
        const QJsonArray tables = postForm(u"broken/missingkeys/tables"_s, withCredentials({})).array();
        QCOMPARE(tables.size(), 4);
        for (const QJsonValue &table : tables) {
            QVERIFY(table.toObject().contains(u"code"_s));
            QVERIFY(!table.toObject().contains(u"title"_s));
        }
        const QJsonArray columns =
            postForm(u"broken/missingkeys/describe"_s, withCredentials({{u"table"_s, u"sales"_s}})).array();
        QVERIFY(!columns.isEmpty());
        for (const QJsonValue &column : columns) {
            QVERIFY(column.toObject().contains(u"name"_s));
            QVERIFY(!column.toObject().contains(u"type"_s));
        }
    }

    void brokenDataShapes()
    {
        const FormFields request = withCredentials({{u"table"_s, u"products"_s}, {u"limit"_s, u"6"_s}});
        const QJsonArray good = postForm(u"data"_s, request).array();
        const QJsonArray ragged = postForm(u"broken/ragged/data"_s, request).array();
        const QJsonArray noHeader = postForm(u"broken/noheader/data"_s, request).array();
        QCOMPARE(good.size(), 7);
        QCOMPARE(ragged.size(), 6);
        QCOMPARE(noHeader.size(), 6);
        QVERIFY(!ragged.contains(good.at(0)));
        QVERIFY(!noHeader.contains(good.at(0)));
        QSet<qsizetype> raggedWidths;
        QSet<qsizetype> noHeaderWidths;
        for (qsizetype i = 0; i < ragged.size(); ++i) {
            raggedWidths.insert(ragged.at(i).toArray().size());
            noHeaderWidths.insert(noHeader.at(i).toArray().size());
        }
        QCOMPARE(raggedWidths.size(), 2);
        QCOMPARE(noHeaderWidths, QSet<qsizetype>{good.at(0).toArray().size()});
        QCOMPARE(noHeader.at(0), good.at(1));
    }

    void brokenDescriptions()
    {
        const FormFields request = withCredentials({{u"table"_s, u"contacts"_s}});
        const Answer empty = postForm(u"broken/emptydescription/describe"_s, request);
        QCOMPARE(empty.status, 200);
        QCOMPARE(empty.body, QByteArrayLiteral("[]"));

        QStringList types;
        for (const QJsonValue &column : postForm(u"broken/unknowntype/describe"_s, request).array())
            types.append(column.toObject().value(u"type"_s).toString());
        QVERIFY(types.contains(u"varchar"_s));
        QVERIFY(!types.contains(u"string"_s));
        QVERIFY(types.contains(u"int"_s));
    }

    void brokenAcceptsAnythingPassesCheckWithWrongCredentials()
    {
        const FormFields wrong{{u"connection[login]"_s, u"demo"_s}, {u"connection[password]"_s, u"wrong"_s}};
        QCOMPARE(postForm(u"check"_s, wrong).status, 401);
        const Answer buggy = postForm(u"broken/acceptsanything/check"_s, wrong);
        QCOMPARE(buggy.status, 200);
        QVERIFY(!buggy.body.isEmpty());
        QCOMPARE(postForm(u"broken/acceptsanything/check"_s, withCredentials({})).status, 200);
        QCOMPARE(postForm(u"broken/acceptsanything/tables"_s, wrong).status, 401);
    }

    void addedColumnIsDescribedAndSelectable()
    {
        QVERIFY(m_connector->addColumn(u"deals"_s, u"discount_rate"_s, u"double"_s));
        QVERIFY(!m_connector->addColumn(u"deals"_s, u"discount_rate"_s, u"double"_s));
        QVERIFY(!m_connector->addColumn(u"invoices"_s, u"total"_s, u"double"_s));
        QVERIFY(!m_connector->addColumn(u"deals"_s, u"weight"_s, u"varchar"_s));
        QVERIFY(!m_connector->addColumn(u"deals"_s, u"Bad Name"_s, u"string"_s));

        const QJsonArray columns = postForm(u"describe"_s, withCredentials({{u"table"_s, u"deals"_s}})).array();
        const QJsonObject added{{u"code"_s, u"discount_rate"_s}, {u"name"_s, u"Discount rate"_s}, {u"type"_s, u"double"_s}};
        QCOMPARE(columns.last().toObject(), added);

        const QJsonArray table = postForm(u"data"_s, withCredentials({{u"table"_s, u"deals"_s},
                                                                      {u"select[]"_s, u"DISCOUNT_RATE"_s},
                                                                      {u"limit"_s, u"2"_s}}))
                                     .array();
        QCOMPARE(table, (QJsonArray{QJsonArray{u"discount_rate"_s}, QJsonArray{QJsonValue::Null},
                                    QJsonArray{QJsonValue::Null}}));
    }

    void fileDatabaseKeepsAddedColumnsAndInstancesAreSeparate()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"connector.sqlite"_s);
        {
            SampleConnector first;
            QVERIFY(first.open(path, nullptr));
            QVERIFY(first.addColumn(u"products"_s, u"weight_kg"_s, u"double"_s));
        }
        SampleConnector reopened;
        QVERIFY(reopened.open(path, nullptr));
        QVERIFY(!reopened.addColumn(u"products"_s, u"weight_kg"_s, u"double"_s)); // already there

        // The connector under test (":memory:") never saw that column.
        QVERIFY(m_connector->addColumn(u"products"_s, u"weight_kg"_s, u"double"_s));
    }

    void countsRequestsAndKeepsLastParameters()
    {
        QSignalSpy handled(m_connector, &SampleConnector::requestHandled);
        postForm(u"check"_s, withCredentials({}));
        postForm(u"check"_s, {});
        postForm(u"data"_s, withCredentials({{u"table"_s, u"deals"_s}, {u"filter[0][LOGIC]"_s, u"OR"_s}}));
        postForm(u"broken/empty/tables"_s, {});
        QCOMPARE(m_connector->requestCount(u"check"_s), 2);
        QCOMPARE(m_connector->requestCount(u"data"_s), 1);
        QCOMPARE(m_connector->requestCount(u"tables"_s), 0);
        QCOMPARE(m_connector->requestCount(u"broken/empty/tables"_s), 1);
        QCOMPARE(m_connector->totalRequestCount(), 4);
        QCOMPARE(handled.size(), 4);
        QCOMPARE(handled.at(1).at(0).toString(), u"check"_s);
        QCOMPARE(handled.at(1).at(1).toInt(), 401);

        const QJsonObject data = m_connector->lastParameters(u"data"_s);
        QCOMPARE(data.value(u"connection"_s).toObject().value(u"login"_s).toString(), SampleConnector::validLogin());
        QCOMPARE(data.value(u"filter"_s).toArray().at(0).toObject().value(u"LOGIC"_s).toString(), u"OR"_s);

        m_connector->resetRequestCounts();
        QCOMPARE(m_connector->totalRequestCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSampleConnector)
#include "tst_sampleconnector.moc"
