#include "support/sandboxfixture.h"

#include "api/transport/apicall.h"
#include "api/journal/requestjournal.h"
#include "api/transport/restclient.h"
#include "api/auth/tokenmanager.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

// The plain REST path against the sandbox: envelopes, errors, handles, cancellation, journal.
class TestRestClient : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_portal = std::make_unique<SandboxFixture>();
        QString error;
        QVERIFY2(m_portal->start(u"demo"_s, &error), qPrintable(error));
    }

    void cleanup() { m_portal.reset(); }

    void plainCall()
    {
        ApiCall *call = m_portal->client()->call(u"biconnector.connector.fields"_s);
        const ApiResult result = waitForResult(call);
        QVERIFY2(result.ok(), qPrintable(result.error.details()));
        QVERIFY(result.result[u"fields"_s].isArray());
        QCOMPARE(m_portal->restRequests(), 1);
        QCOMPARE(m_portal->server().requestCount(u"biconnector.connector.fields"_s), 1);
    }

    void errorInsideResult()
    {
        const ApiResult result =
            waitForResult(m_portal->client()->call(u"biconnector.connector.get"_s, {{u"id"_s, 987654}}));
        QVERIFY(!result.ok());
        QCOMPARE(result.error.kind(), ApiError::Kind::NotFound);
        QCOMPARE(result.error.code(), u"CONNECTOR_NOT_FOUND"_s);
        QCOMPARE(result.error.httpStatus(), 200);
        QCOMPARE(result.error.method(), u"biconnector.connector.get"_s);
        QVERIFY(!result.error.serverText().isEmpty());
    }

    void topLevelError()
    {
        const ApiResult result = waitForResult(m_portal->client()->call(u"biconnector.nosuch.list"_s));
        QCOMPARE(result.error.kind(), ApiError::Kind::NotFound);
        QCOMPARE(result.error.code(), u"ERROR_METHOD_NOT_FOUND"_s);
        QCOMPARE(result.error.httpStatus(), 404);
    }

    void writeSentAsJson()
    {
        // supportMapping is a boolean: it only passes as JSON (portal-behavior.md §1.2).
        const QJsonObject fields{{u"title"_s, u"JSON only"_s},
                                 {u"logo"_s, u"data:image/svg+xml;base64,PHN2Zy8+"_s},
                                 {u"urlCheck"_s, u"https://c.example/check"_s},
                                 {u"urlTableList"_s, u"https://c.example/tables"_s},
                                 {u"urlTableDescription"_s, u"https://c.example/describe"_s},
                                 {u"urlData"_s, u"https://c.example/data"_s},
                                 {u"settings"_s, QJsonArray()},
                                 {u"supportMapping"_s, true}};
        const int before = m_portal->server().connectorCount();
        const ApiResult result =
            waitForResult(m_portal->client()->call(u"biconnector.connector.add"_s, {{u"fields"_s, fields}}));
        QVERIFY2(result.ok(), qPrintable(result.error.details()));
        QVERIFY(result.result[u"id"_s].toInteger() > 0);
        QCOMPARE(m_portal->server().connectorCount(), before + 1);
    }

    void cancelBeforeSending()
    {
        ApiCall *call = m_portal->client()->call(u"biconnector.connector.list"_s);
        QSignalSpy finished(call, &ApiCall::finished);
        QPointer<ApiCall> handle(call);
        call->cancel();
        QCOMPARE(finished.size(), 1);   // reported at once
        QCOMPARE(finished.first().first().value<ApiResult>().error.kind(), ApiError::Kind::Canceled);
        call->cancel();                 // idempotent
        QCOMPARE(finished.size(), 1);
        QTRY_VERIFY(handle.isNull());   // deleted itself
        // Nothing reaches the portal: a later call is the first request it sees.
        QVERIFY(waitForResult(m_portal->client()->call(u"biconnector.source.fields"_s)).ok());
        QCOMPARE(m_portal->server().requestCount(u"biconnector.connector.list"_s), 0);
        QCOMPARE(m_portal->restRequests(), 1);
    }

    void cancelWhileInFlight()
    {
        m_portal->server().setLatency(300);
        ApiCall *call = m_portal->client()->call(u"biconnector.connector.list"_s);
        QSignalSpy finished(call, &ApiCall::finished);
        QTRY_COMPARE(m_portal->client()->requestsInFlight(), 1);
        call->cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().value<ApiResult>().error.kind(), ApiError::Kind::Canceled);
        QCOMPARE(m_portal->client()->requestsInFlight(), 0);
        // A call sent after it is answered after it: by then the canceled reply would have landed.
        QVERIFY(waitForResult(m_portal->client()->call(u"biconnector.source.fields"_s)).ok());
        QCOMPARE(finished.size(), 1);
    }

    void cancelAfterReplyIsNoOp()
    {
        ApiCall *call = m_portal->client()->call(u"biconnector.connector.list"_s);
        QSignalSpy finished(call, &ApiCall::finished);
        QPointer<ApiCall> handle(call);
        int seen = 0;
        call->onFinished(this, [&seen, handle](const ApiResult &result) {
            ++seen;
            QVERIFY(result.ok());
            handle->cancel();   // from inside the slot: already finished, nothing happens
        });
        QTRY_COMPARE(seen, 1);
        if (handle)
            handle->cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(seen, 1);
        QTRY_VERIFY(handle.isNull());
    }

    void lateReplyForDeadReceiverIsDropped()
    {
        m_portal->server().setLatency(100);
        auto *receiver = new QObject;
        int delivered = 0;
        ApiCall *call = m_portal->client()->call(u"biconnector.connector.list"_s);
        call->onFinished(receiver, [&delivered](const ApiResult &) { ++delivered; });
        QSignalSpy finished(call, &ApiCall::finished);
        delete receiver;
        QVERIFY(finished.wait(5000));
        QCOMPARE(delivered, 0);
    }

    void everyCallFinishesExactlyOnce()
    {
        m_portal->server().setLatency(20);
        QList<QSignalSpy *> spies;
        QList<QPointer<ApiCall>> calls;
        for (int i = 0; i < 40; ++i) {
            ApiCall *call = (i % 10 == 9)
                ? m_portal->client()->call(u"biconnector.connector.update"_s,
                                           {{u"id"_s, 1}, {u"fields"_s, QJsonObject{{u"sort"_s, 100 + i}}}})
                : m_portal->client()->call(u"biconnector.connector.get"_s, {{u"id"_s, 1 + i % 4}});
            spies.append(new QSignalSpy(call, &ApiCall::finished));
            calls.append(call);
        }
        calls.at(3)->cancel();    // still queued
        QTRY_VERIFY(m_portal->client()->requestsInFlight() > 0);
        calls.at(5)->cancel();    // riding in a batch with others
        calls.at(9)->cancel();    // a write in flight
        for (QSignalSpy *spy : std::as_const(spies))
            QTRY_COMPARE(spy->size(), 1);
        QTRY_COMPARE(m_portal->client()->requestsInFlight(), 0);
        for (QSignalSpy *spy : std::as_const(spies))
            QCOMPARE(spy->size(), 1);
        for (int i : {3, 5, 9})
            QCOMPARE(spies.at(i)->first().first().value<ApiResult>().error.kind(), ApiError::Kind::Canceled);
        QVERIFY(spies.at(0)->first().first().value<ApiResult>().ok());
        qDeleteAll(spies);
    }

    void refusesInsecureRemoteEndpoints()
    {
        RestClient *client = m_portal->client();
        const QUrl before = client->endpoint();
        QVERIFY(!client->setEndpoint(QUrl(u"http://portal.example.com/rest/"_s)));
        QVERIFY(!client->setEndpoint(QUrl(u"ftp://portal.example.com/rest/"_s)));
        QCOMPARE(client->endpoint(), before);
        QVERIFY(client->setEndpoint(QUrl(u"https://portal.example.com/rest/"_s)));
        QVERIFY(client->setEndpoint(QUrl(u"http://localhost:1/rest"_s)));
        QCOMPARE(client->endpoint().path(), u"/rest/"_s);
    }

    void journalHoldsNoSecrets()
    {
        RequestJournal *journal = m_portal->session().journal();
        const QList<QVariantMap> settings = m_portal->server().query(
            u"SELECT source_id, value FROM source_settings WHERE value <> ''"_s);
        QVERIFY(!settings.isEmpty());
        const qint64 sourceId = settings.first().value(u"source_id"_s).toLongLong();
        const ApiResult result =
            waitForResult(m_portal->client()->call(u"biconnector.source.get"_s, {{u"id"_s, sourceId}}));
        QVERIFY2(result.ok(), qPrintable(result.error.details()));
        QVERIFY(!result.result[u"item"_s][u"settings"_s].toArray().isEmpty());

        QCOMPARE(journal->entries().size(), 1);
        const JournalEntry entry = journal->entries().constLast();
        QCOMPARE(entry.method, u"biconnector.source.get"_s);
        QCOMPARE(entry.httpStatus, 200);
        QVERIFY(entry.responseBytes > 0);
        QVERIFY(entry.requestBytes > 0);
        QCOMPARE(entry.requestParams.value(u"id"_s).toInteger(), sourceId);
        const QByteArray dump = QJsonDocument(entry.response.toObject()).toJson()
                                + QJsonDocument(entry.requestParams).toJson() + entry.url.toEncoded();
        for (const QVariantMap &row : settings) {
            const QByteArray value = row.value(u"value"_s).toString().toUtf8();
            QVERIFY2(!dump.contains(QByteArray('"' + value + '"')), value.constData());
        }
        QVERIFY(!dump.contains(m_portal->tokens()->accessToken().toUtf8()));
    }

private:
    std::unique_ptr<SandboxFixture> m_portal;
};

QTEST_GUILESS_MAIN(TestRestClient)
#include "tst_restclient.moc"
