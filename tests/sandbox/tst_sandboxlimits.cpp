// Infrastructure switches: the leaky bucket (503, a batch is one request), the operating-time
// limit (429), injected faults (500, dropped connection, garbage, 503, commit-then-drop), the seeded
// fault rate, latency and the request counters.

#include "sandboxclient.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SandboxFixtures;

class TestSandboxLimits : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxClient> m_client;

    SandboxReply listConnectors() { return m_client->call(u"biconnector.connector.list"_s); }

private slots:
    void init()
    {
        QString error;
        QVERIFY2(startSandbox(m_server, m_client, u"demo"_s, &error), qPrintable(error));
    }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void bucketOverflowIs503()
    {
        m_server->setBucket(3, 0.001);
        m_server->resetBucket();
        for (int i = 0; i < 3; ++i)
            QCOMPARE(listConnectors().status, 200);
        const SandboxReply refused = listConnectors();
        QCOMPARE(refused.status, 503);
        QCOMPARE(refused.object(), (QJsonObject{{u"error"_s, u"QUERY_LIMIT_EXCEEDED"_s},
                                               {u"error_description"_s, u"Too many requests"_s}}));
        m_server->resetBucket();
        QCOMPARE(listConnectors().status, 200);
    }

    void aBatchIsOneRequestForTheBucket()
    {
        m_server->setBucket(2, 0.001);
        m_server->resetBucket();
        QJsonObject commands;
        for (int i = 0; i < 40; ++i)
            commands.insert(u"k%1"_s.arg(i), u"biconnector.connector.list"_s);
        QCOMPARE(m_client->call(u"batch"_s, {{u"cmd"_s, commands}}).status, 200);
        QCOMPARE(m_client->call(u"batch"_s, {{u"cmd"_s, commands}}).status, 200);
        QCOMPARE(m_client->call(u"batch"_s, {{u"cmd"_s, commands}}).status, 503);
    }

    void operatingTimeLimitIs429()
    {
        m_server->setOperatingTimeLimit(1.0);
        const QString client = m_server->options().clientId;
        m_server->chargeOperatingTime(client, u"biconnector.connector.list"_s, 1.0);
        // The call that crosses the limit still succeeds and reports when the method is back.
        const SandboxReply crossing = listConnectors();
        QCOMPARE(crossing.status, 200);
        const QJsonObject time = crossing.object().value(u"time"_s).toObject();
        QVERIFY(time.value(u"operating"_s).toDouble() > 1.0);
        QVERIFY(time.value(u"operating_reset_at"_s).toInteger() > QDateTime::currentSecsSinceEpoch());

        const SandboxReply blocked = listConnectors();
        QCOMPARE(blocked.status, 429);
        QCOMPARE(blocked.object(), (QJsonObject{{u"error"_s, u"OPERATION_TIME_LIMIT"_s},
                                               {u"error_description"_s, u"Method is blocked due to operation time limit."_s}}));
        // Other methods and other applications are not affected.
        QCOMPARE(m_client->call(u"biconnector.source.list"_s).status, 200);
        m_server->setOperatingTimeLimit(0);
        QCOMPARE(listConnectors().status, 200);
    }

    void injectedFaults()
    {
        m_server->injectFault(SandboxFault::ServerError);
        const SandboxReply error = listConnectors();
        QCOMPARE(error.status, 500);
        QVERIFY(error.object().isEmpty());

        m_server->injectFault(SandboxFault::GarbageBody);
        const SandboxReply garbage = listConnectors();
        QCOMPARE(garbage.status, 200);
        QVERIFY(QJsonDocument::fromJson(garbage.body).isNull());

        m_server->injectFault(SandboxFault::ServiceUnavailable, 2);
        QCOMPARE(listConnectors().status, 503);
        QCOMPARE(listConnectors().topError(), u"QUERY_LIMIT_EXCEEDED"_s);
        QCOMPARE(listConnectors().status, 200);

        // A fault aimed at one method leaves the others alone.
        m_server->injectFault(SandboxFault::ServerError, 1, u"biconnector.source.list"_s);
        QCOMPARE(listConnectors().status, 200);
        QCOMPARE(m_client->call(u"biconnector.source.list"_s).status, 500);
    }

    void droppedConnectionsBeforeAndAfterTheCommit()
    {
        const int before = m_server->connectorCount();
        m_server->injectFault(SandboxFault::DropConnection, 1, u"biconnector.connector.add"_s);
        const SandboxReply dropped = m_client->call(u"biconnector.connector.add"_s, {{u"fields"_s, sampleConnectorFields(*m_server)}});
        QVERIFY(dropped.finished);
        QCOMPARE(dropped.networkError, QNetworkReply::RemoteHostClosedError);
        QCOMPARE(m_server->connectorCount(), before); // nothing was processed

        m_server->dropReplyAfterCommit(u"biconnector.connector.add"_s);
        const SandboxReply ambiguous = m_client->call(u"biconnector.connector.add"_s, {{u"fields"_s, sampleConnectorFields(*m_server)}});
        QCOMPARE(ambiguous.networkError, QNetworkReply::RemoteHostClosedError);
        QCOMPARE(m_server->connectorCount(), before + 1); // committed, but the client never heard
        QCOMPARE(m_server->requestCount(u"biconnector.connector.add"_s), 2);
    }

    void aSilentResetMakesQNetworkAccessManagerResend()
    {
        // Documents a client hazard: a connection closed before the first byte looks like a stale
        // keep-alive socket to QNAM, which re-sends the request, POST included.
        m_server->injectFault(SandboxFault::ResetConnection, 1, u"biconnector.connector.list"_s);
        m_server->resetRequestCounts();
        QCOMPARE(listConnectors().status, 200);
        QCOMPARE(m_server->requestCount(u"biconnector.connector.list"_s), 2);
    }

    void seededFaultRateIsDeterministic()
    {
        m_server->setBucket(1000, 100); // only injected faults here
        auto run = [this] {
            m_server->clearFaults();
            m_server->setFaultRate(0.4);
            m_server->setFaultSeed(2024);
            QList<int> statuses;
            for (int i = 0; i < 30; ++i)
                statuses.append(listConnectors().status);
            m_server->clearFaults();
            return statuses;
        };
        const QList<int> first = run();
        QCOMPARE(run(), first);
        QVERIFY(first.count(200) > 5);
        QVERIFY(first.count(200) < 30);
        QCOMPARE(m_server->connectorCount(), 3); // list calls never create anything
    }

    void latencyDelaysTheAnswer()
    {
        m_server->setLatency(250);
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(listConnectors().status, 200);
        QVERIFY(timer.elapsed() >= 240);
        m_server->setLatency(0);
    }

    void requestsAreCounted()
    {
        m_server->resetRequestCounts();
        listConnectors();
        listConnectors();
        m_client->call(u"biconnector.source.add"_s, {{u"fields"_s, sourceFields(1)}});
        m_client->call(u"BICONNECTOR.CONNECTOR.GET"_s, {{u"id"_s, 1}});
        QCOMPARE(m_server->requestCount(u"biconnector.connector.list"_s), 2);
        QCOMPARE(m_server->requestCount(u"biconnector.source.add"_s), 1);
        QCOMPARE(m_server->requestCount(u"connector/check"_s), 1); // the portal's own urlCheck call
        QCOMPARE(m_server->requestCount(u"biconnector.connector.get"_s), 1);
        QCOMPARE(m_server->requestCount(), 5);
        QCOMPARE(m_server->requestCounts().value(u"biconnector.connector.list"_s), 2);
    }
};

QTEST_GUILESS_MAIN(TestSandboxLimits)
#include "tst_sandboxlimits.moc"
