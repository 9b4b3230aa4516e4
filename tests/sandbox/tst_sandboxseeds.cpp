// Seed data (demo and scale), file persistence, and a sandbox living in a worker thread.

#include "sandbox/sampleconnector/connectordemodata.h"
#include "sandboxclient.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;

class TestSandboxSeeds : public QObject
{
    Q_OBJECT

private slots:
    void demoSeedIsAUsablePortal()
    {
        SandboxServer server;
        SandboxOptions options;
        options.seed = u"demo"_s;
        QString error;
        QVERIFY2(server.start(options, &error), qPrintable(error));
        SandboxClient client(server);

        const QJsonArray connectors = client.call(u"biconnector.connector.list"_s).result().toArray();
        QCOMPARE(connectors.size(), 3);
        const QJsonObject sample = connectors.at(0).toObject();
        QCOMPARE(sample.value(u"title"_s).toString(), u"Sample SQL Connector"_s);
        QCOMPARE(sample.value(u"urlCheck"_s).toString(), server.connectorUrl().toString() + u"check"_s);
        QCOMPARE(sample.value(u"urlTableList"_s).toString(), server.connectorUrl().toString() + u"tables"_s);
        QCOMPARE(sample.value(u"urlTableDescription"_s).toString(), server.connectorUrl().toString() + u"describe"_s);
        QCOMPARE(sample.value(u"urlData"_s).toString(), server.connectorUrl().toString() + u"data"_s);
        QVERIFY(sample.value(u"logo"_s).toString().startsWith(u"data:image/svg+xml;base64,"_s));
        QCOMPARE(sample.value(u"settings"_s).toArray(), SandboxFixtures::loginPasswordSettings());

        const QJsonArray sources = client.call(u"biconnector.source.list"_s).result().toArray();
        QCOMPARE(sources.size(), 5);
        int inactive = 0;
        for (const QJsonValue &source : sources)
            inactive += source[u"active"_s].toBool() ? 0 : 1;
        QCOMPARE(inactive, 1);
        QCOMPARE(client.call(u"biconnector.dataset.list"_s).result().toArray().size(), 8);

        // The production source's credentials pass the sample connector's check: an update works.
        QCOMPARE(client.call(u"biconnector.source.update"_s,
                             {{u"id"_s, 1}, {u"fields"_s, QJsonObject{{u"title"_s, u"Sales database (production)"_s}}}})
                     .result(),
                 QJsonValue(true));
        // Dataset columns mirror the sample connector's tables: NAME = upper-case external code.
        const QJsonObject deals = client.call(u"biconnector.dataset.get"_s, {{u"id"_s, 2}}).result()[u"item"_s].toObject();
        QCOMPARE(deals.value(u"externalCode"_s).toString(), u"deals"_s);
        const QJsonArray fields = deals.value(u"fields"_s).toArray();
        const ConnectorTable table = ConnectorDemoData::tables().at(1);
        QCOMPARE(table.code, u"deals"_s);
        QCOMPARE(fields.size(), table.columns.size());
        for (int i = 0; i < fields.size(); ++i) {
            QCOMPARE(fields.at(i)[u"externalCode"_s].toString(), table.columns.at(i).code);
            QCOMPARE(fields.at(i)[u"name"_s].toString(), table.columns.at(i).code.toUpper());
            QCOMPARE(fields.at(i)[u"type"_s].toString(), table.columns.at(i).type);
        }
        QCOMPARE(server.connectorCount(server.options().clientId), 3);
    }

    void scaleSeedIsFast()
    {
        SandboxServer server;
        QVERIFY(server.start(SandboxOptions{}));
        QElapsedTimer timer;
        timer.start();
        QString error;
        QVERIFY2(server.seed(u"scale:20/500/10000"_s, &error), qPrintable(error));
        qInfo() << "scale:20/500/10000 seeded in" << timer.elapsed() << "ms";
        QCOMPARE(server.connectorCount(), 20);
        QCOMPARE(server.sourceCount(), 500);
        QCOMPARE(server.datasetCount(), 10000);
        QCOMPARE(server.query(u"SELECT COUNT(*) AS n FROM dataset_fields"_s).value(0).value(u"n"_s).toInt(), 40000);
        // Spread evenly: 25 sources per connector, 20 datasets per source.
        QCOMPARE(server.query(u"SELECT COUNT(*) AS n FROM sources WHERE connector_id = 1"_s).value(0).value(u"n"_s).toInt(), 25);
        QCOMPARE(server.query(u"SELECT COUNT(*) AS n FROM datasets WHERE source_id = 7"_s).value(0).value(u"n"_s).toInt(), 20);

        SandboxClient client(server);
        QCOMPARE(client.call(u"biconnector.dataset.list"_s, {{u"page"_s, 200}}).result().toArray().size(), 50);
        QCOMPARE(client.call(u"biconnector.dataset.list"_s, {{u"page"_s, 201}}).result().toArray().size(), 0);
    }

    void badSeedsAreRefused()
    {
        SandboxServer server;
        QVERIFY(server.start(SandboxOptions{}));
        QString error;
        QVERIFY(!server.seed(u"scale:0/3/0"_s, &error)); // sources need a connector
        QVERIFY(!server.seed(u"everything"_s, &error));
        QVERIFY(error.contains(u"everything"_s));
        SandboxServer another;
        SandboxOptions options;
        options.seed = u"scale:1/1/x"_s;
        QVERIFY(!another.start(options, &error));
    }

    void aFileDatabaseKeepsObjectsAndSessions()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        SandboxOptions options;
        options.database = dir.filePath(u"portal.sqlite"_s);
        options.seed = u"demo"_s;
        QString refreshToken;
        {
            SandboxServer first;
            QVERIFY(first.start(options));
            refreshToken = first.initialRefreshToken();
        }
        options.seed.clear();
        SandboxServer second;
        QVERIFY(second.start(options));
        QCOMPARE(second.connectorCount(), 3);
        SandboxClient client(second);
        QUrl url = second.oauthUrl().resolved(QUrl(u"token/"_s));
        url.setQuery(u"grant_type=refresh_token&client_id=%1&client_secret=%2&refresh_token=%3"_s.arg(
            options.clientId, options.clientSecret, refreshToken));
        QCOMPARE(client.get(url).status, 200);
    }

    void runsInAWorkerThread()
    {
        QThread thread;
        auto *server = new SandboxServer;
        server->moveToThread(&thread);
        connect(&thread, &QThread::finished, server, &QObject::deleteLater);
        thread.start();
        QUrl rest;
        QString token;
        QMetaObject::invokeMethod(
            server,
            [server, &rest, &token] {
                SandboxOptions options;
                options.seed = u"demo"_s;
                if (server->start(options)) {
                    rest = server->restUrl();
                    token = server->initialAccessToken();
                }
            },
            Qt::BlockingQueuedConnection);
        QVERIFY(!token.isEmpty());
        QNetworkAccessManager network;
        QNetworkRequest request(rest.resolved(QUrl(u"biconnector.source.add"_s)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        const QJsonObject body{{u"auth"_s, token}, {u"fields"_s, SandboxFixtures::sourceFields(1, u"From the GUI thread"_s)}};
        const SandboxReply reply = SandboxClient::wait(network.post(request, QJsonDocument(body).toJson()));
        QVERIFY2(reply.result().toObject().value(u"id"_s).toInteger() > 0, reply.body.constData());
        QCOMPARE(server->requestCount(u"connector/check"_s), 1); // counters are readable from here
        thread.quit();
        QVERIFY(thread.wait(5000));
    }
};

QTEST_GUILESS_MAIN(TestSandboxSeeds)
#include "tst_sandboxseeds.moc"
