#include "api/transport/batchcodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QJsonValue json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

} // namespace

class TestBatchCodec : public QObject
{
    Q_OBJECT
private slots:
    void buildsCommands()
    {
        const QList<BatchCodec::Command> commands{
            {u"biconnector.source.list"_s, {{u"filter"_s, QJsonObject{{u"connectorId"_s, 3}}}, {u"page"_s, 2}}},
            {u"biconnector.connector.fields"_s, {}},
        };
        const QJsonObject params = BatchCodec::buildParams(commands);
        QCOMPARE(params.value(u"halt"_s).toInt(), 0);
        const QJsonObject cmd = params.value(u"cmd"_s).toObject();
        QCOMPARE(cmd.size(), 2);
        QCOMPARE(cmd.value(u"q0"_s).toString(), u"biconnector.source.list?filter%5BconnectorId%5D=3&page=2"_s);
        QCOMPARE(cmd.value(u"q1"_s).toString(), u"biconnector.connector.fields"_s);
    }

    void splitsResultsAndBothKindsOfErrors()
    {
        const QList<BatchCodec::Command> commands{{u"biconnector.source.get"_s, {}},
                                                  {u"biconnector.source.get"_s, {}},
                                                  {u"biconnector.dataset.list"_s, {}},
                                                  {u"biconnector.connector.get"_s, {}}};
        // q1: a biconnector error inside result (not in result_error), q2: a framework error.
        const QJsonValue reply = json(R"({
            "result": {"q0": {"item": {"connection": {"id": 1}}},
                       "q1": {"error": {"error": "SOURCE_NOT_FOUND", "error_description": "Source was not found."}}},
            "result_error": {"q2": {"error": "insufficient_scope", "error_description": "higher privileges"}},
            "result_total": [], "result_next": [], "result_time": {}})");
        const QList<ApiResult> results = BatchCodec::split(reply, commands);
        QCOMPARE(results.size(), 4);
        QVERIFY(results.at(0).ok());
        QCOMPARE(results.at(0).result[u"item"_s][u"connection"_s][u"id"_s].toInt(), 1);
        QCOMPARE(results.at(1).error.kind(), ApiError::Kind::NotFound);
        QCOMPARE(results.at(1).error.code(), u"SOURCE_NOT_FOUND"_s);
        QCOMPARE(results.at(1).error.method(), u"biconnector.source.get"_s);
        QCOMPARE(results.at(2).error.kind(), ApiError::Kind::Scope);
        QCOMPARE(results.at(2).error.method(), u"biconnector.dataset.list"_s);
        QCOMPARE(results.at(3).error.kind(), ApiError::Kind::Protocol);   // missing from the reply
        QCOMPARE(BatchCodec::countErrors(reply), 2);
    }

    void emptyMapsArriveAsArrays()
    {
        const QList<BatchCodec::Command> commands{{u"biconnector.source.list"_s, {}}};
        const QJsonValue reply = json(R"({"result": {"q0": []}, "result_error": [], "result_time": []})");
        const QList<ApiResult> results = BatchCodec::split(reply, commands);
        QVERIFY(results.first().ok());
        QVERIFY(results.first().result.isArray());
        QCOMPARE(BatchCodec::countErrors(reply), 0);
    }
};

QTEST_GUILESS_MAIN(TestBatchCodec)
#include "tst_batchcodec.moc"
