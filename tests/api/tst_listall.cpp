#include "support/sandboxfixture.h"

#include "api/transport/listcall.h"
#include "api/journal/requestjournal.h"
#include "api/transport/restclient.h"

#include <QJsonArray>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Every page a ListCall streamed, and its final result.
struct ListRecording
{
    QList<int> pages;
    QList<qsizetype> pageSizes;
    QSet<qint64> ids;
    qsizetype items = 0;
    QList<ApiResult> finished;
};

void record(ListCall *call, QObject *context, ListRecording &recording)
{
    call->onPage(context, [&recording](const QJsonArray &items, int page) {
        recording.pages.append(page);
        recording.pageSizes.append(items.size());
        recording.items += items.size();
        for (const QJsonValue &item : items)
            recording.ids.insert(item[u"id"_s].toInteger());
    });
    call->onFinished(context, [&recording](const ApiResult &result) { recording.finished.append(result); });
}

} // namespace

// listAll(): page=1,2,... until a short page, streamed in order, with speculative pages batched.
class TestListAll : public QObject
{
    Q_OBJECT
private slots:
    void cleanup() { m_portal.reset(); }

    void allSourcesAcrossThreePages()
    {
        startPortal(u"scale:3/120/0"_s);
        QCOMPARE(m_portal->server().sourceCount(), 120);
        ListRecording recording;
        ListCall *call = m_portal->client()->listAll(u"biconnector.source.list"_s);
        record(call, this, recording);
        QTRY_COMPARE(recording.finished.size(), 1);
        QVERIFY2(recording.finished.first().ok(), qPrintable(recording.finished.first().error.details()));
        QCOMPARE(recording.pages, (QList<int>{1, 2, 3}));
        QCOMPARE(recording.pageSizes, (QList<qsizetype>{50, 50, 20}));
        QCOMPARE(recording.ids.size(), 120);
        QCOMPARE(recording.finished.first().result.toArray().size(), 120);
        // Page 1 alone, then one speculative batch that held pages 2 and 3.
        QCOMPARE(m_portal->restRequests(), 2);
    }

    void tenThousandDatasetsInAtMostFiveRequests()
    {
        startPortal(u"scale:2/10/10000"_s);
        QCOMPARE(m_portal->server().datasetCount(), 10000);
        ListRecording recording;
        ListOptions options;
        options.keepItems = false;   // a streaming consumer: the final result is the count
        ListCall *call = m_portal->client()->listAll(u"biconnector.dataset.list"_s, {}, options);
        record(call, this, recording);
        QTRY_COMPARE_WITH_TIMEOUT(recording.finished.size(), 1, 30000);
        QVERIFY2(recording.finished.first().ok(), qPrintable(recording.finished.first().error.details()));
        QCOMPARE(recording.finished.first().result.toInteger(), 10000);
        QCOMPARE(recording.items, 10000);
        QCOMPARE(recording.ids.size(), 10000);
        QCOMPARE(recording.pages.size(), 201);   // 200 full pages and the empty one that ends the list
        for (int i = 0; i < recording.pages.size(); ++i)
            QCOMPARE(recording.pages.at(i), i + 1);
        QVERIFY2(m_portal->restRequests() <= 5, qPrintable(QString::number(m_portal->restRequests())));
        QCOMPARE(m_portal->session().journal()->totalRecorded(), quint64(m_portal->restRequests()));
    }

    void shortListIsOneRequest()
    {
        startPortal(u"demo"_s);
        ListRecording recording;
        record(m_portal->client()->listAll(u"biconnector.connector.list"_s), this, recording);
        QTRY_COMPARE(recording.finished.size(), 1);
        QCOMPARE(recording.pages, QList<int>{1});
        QCOMPARE(recording.items, m_portal->server().connectorCount());
        QCOMPARE(m_portal->restRequests(), 1);
    }

    void exactlyFiftyNeedsTheEmptyPage()
    {
        startPortal(u"scale:1/50/0"_s);
        ListRecording recording;
        record(m_portal->client()->listAll(u"biconnector.source.list"_s), this, recording);
        QTRY_COMPARE(recording.finished.size(), 1);
        QCOMPARE(recording.pageSizes, (QList<qsizetype>{50, 0}));
        QCOMPARE(recording.items, 50);
    }

    void filterAppliesToEveryPage()
    {
        startPortal(u"scale:2/120/0"_s);
        const QList<QVariantMap> rows = m_portal->server().query(
            u"SELECT connector_id, COUNT(*) AS n FROM sources GROUP BY connector_id ORDER BY connector_id"_s);
        QCOMPARE(rows.size(), 2);
        const qint64 connectorId = rows.first().value(u"connector_id"_s).toLongLong();
        ListRecording recording;
        ListCall *call = m_portal->client()->listAll(u"biconnector.source.list"_s,
                                                     {{u"filter"_s, QJsonObject{{u"connectorId"_s, connectorId}}}});
        record(call, this, recording);
        QTRY_COMPARE(recording.finished.size(), 1);
        QCOMPARE(recording.items, rows.first().value(u"n"_s).toInt());
        for (const QJsonValue &item : recording.finished.first().result.toArray())
            QCOMPARE(item[u"connectorId"_s].toInteger(), connectorId);
    }

    void cancelStopsPaging()
    {
        startPortal(u"scale:2/10/3000"_s);
        ListRecording recording;
        ListCall *call = m_portal->client()->listAll(u"biconnector.dataset.list"_s);
        record(call, this, recording);
        QSignalSpy finished(call, &ListCall::finished);
        // Cancel from inside the first page's slot.
        call->onPage(this, [call](const QJsonArray &, int page) {
            if (page == 1)
                call->cancel();
        });
        QVERIFY(finished.wait(10000));
        QCOMPARE(recording.pages, QList<int>{1});
        QCOMPARE(recording.finished.size(), 1);
        QCOMPARE(recording.finished.first().error.kind(), ApiError::Kind::Canceled);
        QTRY_COMPARE(m_portal->client()->requestsInFlight(), 0);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(m_portal->restRequests(), 1);
    }

    void errorEndsTheList()
    {
        startPortal(u"demo"_s);
        ListRecording recording;
        record(m_portal->client()->listAll(u"biconnector.source.list"_s, {{u"select"_s, QJsonArray{u"nonsense"_s}}}),
               this, recording);
        QTRY_COMPARE(recording.finished.size(), 1);
        QCOMPARE(recording.finished.first().error.kind(), ApiError::Kind::Validation);
        QVERIFY(recording.pages.isEmpty());
    }

private:
    void startPortal(const QString &seed)
    {
        m_portal = std::make_unique<SandboxFixture>();
        QString error;
        QVERIFY2(m_portal->start(seed, &error), qPrintable(error));
    }

    std::unique_ptr<SandboxFixture> m_portal;
};

QTEST_GUILESS_MAIN(TestListAll)
#include "tst_listall.moc"
