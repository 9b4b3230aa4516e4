// batch: the 50-command limit, halt semantics (biconnector errors never halt), result maps,
// $result references, string-only parameters, nested batch refusal and one HTTP request per batch.

#include "sandbox/rest/batchexecutor.h"
#include "sandboxclient.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace SandboxPortal;
using namespace SandboxFixtures;

class TestSandboxBatch : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxClient> m_client;

    SandboxReply batch(const QJsonValue &commands, const QJsonValue &halt = 0)
    {
        return m_client->call(u"batch"_s, {{u"halt"_s, halt}, {u"cmd"_s, commands}});
    }

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

    void sixtyCommandsGetFiftyAnswersAndTenErrors()
    {
        QJsonObject commands;
        for (int i = 0; i < 60; ++i)
            commands.insert(u"c%1"_s.arg(i, 2, 10, QChar(u'0')), u"biconnector.source.get?id=%1"_s.arg(i % 5 + 1));
        m_server->resetRequestCounts();
        const SandboxReply reply = batch(commands);
        QCOMPARE(reply.status, 200);
        QCOMPARE(m_server->requestCount(), 1); // one HTTP request
        QCOMPARE(m_server->requestCount(u"batch"_s), 1);
        const QJsonObject result = reply.result().toObject();
        const QJsonObject answers = result.value(u"result"_s).toObject();
        const QJsonObject errors = result.value(u"result_error"_s).toObject();
        QCOMPARE(answers.size(), 50);
        QCOMPARE(errors.size(), 10);
        for (int i = 50; i < 60; ++i) {
            const QJsonObject error = errors.value(u"c%1"_s.arg(i)).toObject();
            QCOMPARE(error.value(u"error"_s).toString(), u"ERROR_BATCH_LENGTH_EXCEEDED"_s);
            QCOMPARE(error.value(u"error_description"_s).toString(), u"Max batch length exceeded"_s);
        }
        QVERIFY(answers.value(u"c00"_s).toObject().value(u"item"_s).toObject().contains(u"connection"_s));
        QCOMPARE(result.value(u"result_time"_s).toObject().size(), 50);
        QVERIFY(result.value(u"result_time"_s).toObject().value(u"c07"_s).toObject().contains(u"duration"_s));
        // Lists never report totals: the maps stay empty, and empty maps are JSON arrays.
        QVERIFY(reply.body.contains("\"result_total\":[]"));
        QVERIFY(reply.body.contains("\"result_next\":[]"));
    }

    void biconnectorErrorsDoNotHalt()
    {
        const SandboxReply reply = batch(QJsonObject{{u"a"_s, u"biconnector.source.get?id=999"_s},
                                                     {u"b"_s, u"biconnector.connector.get?id=1"_s}},
                                         true);
        const QJsonObject result = reply.result().toObject();
        QCOMPARE(result.value(u"result"_s)[u"a"_s][u"error"_s][u"error"_s].toString(), u"SOURCE_NOT_FOUND"_s);
        QCOMPARE(result.value(u"result"_s)[u"b"_s][u"item"_s][u"id"_s].toInt(), 1);
        QVERIFY(reply.body.contains("\"result_error\":[]"));
    }

    void frameworkErrorsHaltWhenAsked()
    {
        const QJsonObject commands{{u"a"_s, u"no.such.method"_s},
                                   {u"b"_s, u"biconnector.connector.get?id=1"_s}};
        const QJsonObject halted = batch(commands, true).result().toObject();
        QCOMPARE(halted.value(u"result_error"_s)[u"a"_s][u"error"_s].toString(), u"ERROR_METHOD_NOT_FOUND"_s);
        QVERIFY(halted.value(u"result"_s).toArray().isEmpty()); // "b" never ran
        const QJsonObject continued = batch(commands, false).result().toObject();
        QCOMPARE(continued.value(u"result"_s)[u"b"_s][u"item"_s][u"id"_s].toInt(), 1);
    }

    void parametersAreQueryStrings()
    {
        const QString connector = u"biconnector.connector.add?fields[title]=T&fields[logo]=L&fields[urlCheck]=c"
                                  "&fields[urlData]=d&fields[urlTableList]=l&fields[urlTableDescription]=t"
                                  "&fields[settings][0][name]=Login&fields[settings][0][code]=login"
                                  "&fields[settings][0][type]=STRING"_s;
        const QJsonObject result = batch(QJsonObject{{u"flag"_s, QString(connector + u"&fields[supportMapping]=true"_s)},
                                                     {u"plain"_s, connector},
                                                     {u"read"_s, u"biconnector.connector.get?id=$result[plain][id]"_s}})
                                       .result().toObject();
        // A boolean cannot be sent through batch: every scalar is a string.
        QCOMPARE(result.value(u"result"_s)[u"flag"_s][u"error"_s][u"error"_s].toString(), u"VALIDATION_INVALID_FIELD_TYPE"_s);
        const qint64 id = result.value(u"result"_s)[u"plain"_s][u"id"_s].toInteger();
        QVERIFY(id > 0);
        // $result[key][path] refers to an earlier answer.
        QCOMPARE(result.value(u"result"_s)[u"read"_s][u"item"_s][u"id"_s].toInteger(), id);
        QCOMPARE(result.value(u"result"_s)[u"read"_s][u"item"_s][u"settings"_s][0][u"code"_s].toString(), u"login"_s);
    }

    void listCommandsGiveJsonArraysAndKeysAreCaseInsensitive()
    {
        const SandboxReply reply = m_client->callForm(
            u"batch"_s, "HALT=0&CMD[]=" + QUrl::toPercentEncoding(u"biconnector.connector.list?select[]=title"_s)
                            + "&CMD[]=" + QUrl::toPercentEncoding(u"batch?cmd[x]=methods"_s) + "&CMD[2][]=not-a-string");
        const QJsonObject result = reply.result().toObject();
        QVERIFY(result.value(u"result"_s).isArray());
        QCOMPARE(result.value(u"result"_s)[0].toArray().size(), 3);
        QCOMPARE(result.value(u"result_error"_s)[u"1"_s][u"error"_s].toString(), u"ERROR_BATCH_METHOD_NOT_ALLOWED"_s);
        QCOMPARE(result.value(u"result_error"_s).toObject().size(), 1); // the non-string command is skipped
    }

    void webhookBatchesAreRefusedInside()
    {
        const SandboxReply reply = m_client->postJson(
            m_server->restUrl().resolved(QUrl(u"1/hook/batch.json"_s)),
            QJsonDocument(QJsonObject{{u"cmd"_s, QJsonObject{{u"a"_s, u"biconnector.connector.list"_s},
                                                              {u"b"_s, u"biconnector.connector.fields"_s}}}})
                .toJson());
        const QJsonObject result = reply.result().toObject();
        QCOMPARE(result.value(u"result"_s)[u"a"_s][u"error"_s][u"error"_s].toString(), u"ACCESS_DENIED"_s);
        QVERIFY(result.value(u"result"_s)[u"b"_s][u"fields"_s].isArray());
    }

    void operatingLimitHitsSingleCommands()
    {
        m_server->setOperatingTimeLimit(1.0);
        m_server->chargeOperatingTime(m_server->options().clientId, u"biconnector.source.list"_s, 5.0);
        const QJsonObject result = batch(QJsonObject{{u"a"_s, u"biconnector.source.list"_s},
                                                     {u"b"_s, u"biconnector.connector.list"_s}})
                                       .result().toObject();
        QCOMPARE(result.value(u"result_error"_s)[u"a"_s][u"error"_s].toString(), u"OPERATION_TIME_LIMIT"_s);
        QCOMPARE(result.value(u"result"_s)[u"b"_s].toArray().size(), 3);
    }

    void aCrashInsideKillsTheWholeBatch()
    {
        const SandboxReply reply = batch(QJsonObject{{u"a"_s, u"biconnector.connector.list"_s},
                                                     {u"b"_s, u"biconnector.source.list?select[]=connectorId"_s}});
        QCOMPARE(reply.status, 500);
    }

    void parseCommandQuerySubstitutesReferences()
    {
        PhpValue answers = PhpValue::map({{u"result"_s, PhpValue::map({{u"a"_s, PhpValue::map({{u"id"_s, PhpValue::fromInt(7)},
                                                                                                {u"ids"_s, PhpValue::list({PhpValue::fromInt(1), PhpValue::fromInt(2)})}})}})}});
        const PhpValue params = BatchExecutor::parseCommandQuery("id=$result[a][id]&filter[@id]=$result[a][ids]&x=%24result%5Bb%5D", answers);
        QCOMPARE(params.value(u"id"_s).toString(), u"7"_s);
        QCOMPARE(params.value(u"filter"_s).value(u"@id"_s).value(u"1"_s).toString(), u"2"_s);
        QCOMPARE(params.value(u"x"_s).toString(), u"$result[b]"_s); // unknown references stay as they are
    }
};

QTEST_GUILESS_MAIN(TestSandboxBatch)
#include "tst_sandboxbatch.moc"
