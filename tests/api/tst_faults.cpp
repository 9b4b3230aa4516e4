#include "support/sandboxfixture.h"

#include "api/transport/apicall.h"
#include "api/transport/restclient.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QJsonObject connectorFields(const QString &title)
{
    return {{u"title"_s, title},
            {u"logo"_s, u"data:image/svg+xml;base64,PHN2Zy8+"_s},
            {u"urlCheck"_s, u"https://c.example/check"_s},
            {u"urlTableList"_s, u"https://c.example/tables"_s},
            {u"urlTableDescription"_s, u"https://c.example/describe"_s},
            {u"urlData"_s, u"https://c.example/data"_s},
            {u"settings"_s, QJsonArray()}};
}

} // namespace

// Lost, garbled and refused replies: reads are resent with backoff, writes whose outcome is
// unknown are reported as Ambiguous and never resent.
class TestFaults : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_portal = std::make_unique<SandboxFixture>();
        QString error;
        QVERIFY2(m_portal->start(u"demo"_s, &error), qPrintable(error));
        RetryPolicy policy;
        policy.baseDelayMs = 20;   // keep the test fast; the doubling and the cap are what matter
        policy.maxDelayMs = 200;
        m_portal->client()->setRetryPolicy(policy);
    }

    void cleanup() { m_portal.reset(); }

    void droppedReplyToAddIsAmbiguous()
    {
        const int before = m_portal->server().connectorCount();
        m_portal->server().dropReplyAfterCommit(u"biconnector.connector.add"_s);
        const ApiResult result = waitForResult(
            m_portal->client()->call(u"biconnector.connector.add"_s, {{u"fields"_s, connectorFields(u"Once"_s)}}));
        QCOMPARE(result.error.kind(), ApiError::Kind::Ambiguous);
        QCOMPARE(result.error.method(), u"biconnector.connector.add"_s);
        QVERIFY(!result.error.userMessage().isEmpty());
        QCOMPARE(m_portal->server().requestCount(u"biconnector.connector.add"_s), 1);   // never resent
        QCOMPARE(m_portal->server().connectorCount(), before + 1);                       // exactly one
        QCOMPARE(m_portal->server().query(u"SELECT id FROM connectors WHERE title = 'Once'"_s).size(), 1);
    }

    void garbledReplyToWriteIsAmbiguous_data()
    {
        QTest::addColumn<int>("fault");
        QTest::newRow("500 page") << int(SandboxFault::ServerError);
        QTest::newRow("garbage body") << int(SandboxFault::GarbageBody);
        QTest::newRow("dropped connection") << int(SandboxFault::DropConnection);
    }

    void garbledReplyToWriteIsAmbiguous()
    {
        QFETCH(int, fault);
        m_portal->server().injectFault(SandboxFault(fault), 1, u"biconnector.connector.update"_s);
        const ApiResult result = waitForResult(m_portal->client()->call(
            u"biconnector.connector.update"_s, {{u"id"_s, 1}, {u"fields"_s, QJsonObject{{u"sort"_s, 5}}}}));
        QCOMPARE(result.error.kind(), ApiError::Kind::Ambiguous);
        QCOMPARE(m_portal->server().requestCount(u"biconnector.connector.update"_s), 1);
    }

    void readsSurviveFaults_data()
    {
        garbledReplyToWriteIsAmbiguous_data();
        QTest::newRow("503 refusal") << int(SandboxFault::ServiceUnavailable);
    }

    void readsSurviveFaults()
    {
        QFETCH(int, fault);
        m_portal->server().injectFault(SandboxFault(fault), 2, u"biconnector.source.list"_s);
        const ApiResult result = waitForResult(m_portal->client()->call(u"biconnector.source.list"_s));
        QVERIFY2(result.ok(), qPrintable(result.error.details()));
        QCOMPARE(result.result.toArray().size(), m_portal->server().sourceCount());
        QCOMPARE(m_portal->server().requestCount(u"biconnector.source.list"_s), 3);
    }

    void batchSurvivesFaults()
    {
        m_portal->server().injectFault(SandboxFault::GarbageBody, 1, u"batch"_s);
        CallRecorder calls;
        for (int i = 0; i < 10; ++i)
            calls.add(m_portal->client()->call(u"biconnector.connector.get"_s, {{u"id"_s, 1 + i % 3}}));
        QVERIFY(calls.waitAll());
        for (int i = 0; i < calls.size(); ++i) {
            QVERIFY2(calls.result(i).ok(), qPrintable(calls.result(i).error.details()));
            QCOMPARE(calls.finishCount(i), 1);
        }
        QCOMPARE(m_portal->server().requestCount(u"batch"_s), 2);
    }

    void readsGiveUpAfterTheRetryBudget()
    {
        m_portal->server().injectFault(SandboxFault::DropConnection, 10, u"biconnector.source.list"_s);
        const ApiResult result = waitForResult(m_portal->client()->call(u"biconnector.source.list"_s));
        QCOMPARE(result.error.kind(), ApiError::Kind::Transport);
        QCOMPARE(m_portal->server().requestCount(u"biconnector.source.list"_s),
                 m_portal->client()->retryPolicy().maxTransientAttempts);
    }

    void timeouts()
    {
        m_portal->server().setLatency(400);
        CallOptions quick;
        quick.timeoutMs = 100;
        RetryPolicy policy = m_portal->client()->retryPolicy();
        policy.maxTransientAttempts = 2;
        m_portal->client()->setRetryPolicy(policy);

        const ApiResult read = waitForResult(m_portal->client()->call(u"biconnector.source.list"_s, {}, quick));
        QCOMPARE(read.error.kind(), ApiError::Kind::Timeout);
        const ApiResult write = waitForResult(m_portal->client()->call(
            u"biconnector.connector.update"_s, {{u"id"_s, 1}, {u"fields"_s, QJsonObject{{u"sort"_s, 6}}}}, quick));
        QCOMPARE(write.error.kind(), ApiError::Kind::Ambiguous);
        QTRY_COMPARE(m_portal->server().requestCount(u"biconnector.source.list"_s), 2);
        QCOMPARE(m_portal->server().requestCount(u"biconnector.connector.update"_s), 1);
    }

    void randomFaultsNeverLoseAReadNorDuplicateAWrite()
    {
        RetryPolicy policy = m_portal->client()->retryPolicy();
        policy.maxTransientAttempts = 8;
        m_portal->client()->setRetryPolicy(policy);
        // Random 503s say "bucket full": let the client's bucket drain fast enough for a quick test.
        m_portal->client()->setRateLimits({50, 100.0});
        m_portal->server().setBucket(50, 100.0);
        m_portal->server().setFaultSeed(7);
        m_portal->server().setFaultRate(0.1);
        const int connectorsBefore = m_portal->server().connectorCount();
        CallRecorder reads;
        CallRecorder writes;
        for (int i = 0; i < 60; ++i) {
            reads.add(m_portal->client()->call(u"biconnector.connector.get"_s, {{u"id"_s, 1 + i % 3}},
                                               CallOptions::unbatched()));
        }
        for (int i = 0; i < 10; ++i) {
            writes.add(m_portal->client()->call(u"biconnector.connector.add"_s,
                                                {{u"fields"_s, connectorFields(u"Random "_s + QString::number(i))}}));
        }
        QVERIFY(reads.waitAll(30000));
        QVERIFY(writes.waitAll(30000));
        for (int i = 0; i < reads.size(); ++i)
            QVERIFY2(reads.result(i).ok(), qPrintable(reads.result(i).error.details()));
        // Each write either succeeded, was refused before running, or is Ambiguous: never doubled.
        m_portal->server().setFaultRate(0);
        for (int i = 0; i < writes.size(); ++i) {
            const int stored = int(m_portal->server()
                                       .query(u"SELECT id FROM connectors WHERE title = ?"_s,
                                              QVariantList{QString(u"Random "_s + QString::number(i))})
                                       .size());
            const ApiResult result = writes.result(i);
            if (result.ok())
                QCOMPARE(stored, 1);
            else
                QVERIFY2(stored <= 1 && result.error.kind() == ApiError::Kind::Ambiguous,
                         qPrintable(result.error.details()));
        }
        QVERIFY(m_portal->server().connectorCount() <= connectorsBefore + 10);
    }

private:
    std::unique_ptr<SandboxFixture> m_portal;
};

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
