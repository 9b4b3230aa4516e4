#include "api/journal/secretredaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

QByteArray compact(const QJsonValue &value)
{
    return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

} // namespace

class TestSecretRedaction : public QObject
{
    Q_OBJECT
private slots:
    void tokensAndClientSecret()
    {
        const QJsonObject redacted = SecretRedaction::redact(json(
            R"({"access_token":"AT","refresh_token":"RT","client_secret":"CS","client_id":"app.1","auth":"AT2",
                "member_id":"m1","expires_in":3600,"nested":{"accessToken":"x","userPassword":"p","apiKey":"k"}})"));
        const QByteArray text = compact(redacted);
        for (const char *secret : {"\"AT\"", "\"RT\"", "\"CS\"", "\"AT2\"", "\"x\"", "\"p\"", "\"k\""})
            QVERIFY2(!text.contains(secret), secret);
        QCOMPARE(redacted.value(u"client_id"_s).toString(), u"app.1"_s);
        QCOMPARE(redacted.value(u"member_id"_s).toString(), u"m1"_s);
        QCOMPARE(redacted.value(u"expires_in"_s).toInt(), 3600);
        QCOMPARE(redacted.value(u"access_token"_s).toString(), SecretRedaction::mask());
    }

    void sourceSettingsInRequests()
    {
        // source.add / source.update: settings is a map of code -> value.
        const QJsonObject redacted = SecretRedaction::redact(json(
            R"({"id":4,"fields":{"title":"CRM","settings":{"login":"admin","password":"qwerty","port":5432,"empty":""}}})"));
        const QJsonObject settings = redacted[u"fields"_s][u"settings"_s].toObject();
        QCOMPARE(settings.value(u"login"_s).toString(), SecretRedaction::mask());
        QCOMPARE(settings.value(u"password"_s).toString(), SecretRedaction::mask());
        QCOMPARE(settings.value(u"port"_s).toString(), SecretRedaction::mask());
        QCOMPARE(settings.value(u"empty"_s).toString(), QString());   // emptiness is not a secret
        QCOMPARE(redacted[u"fields"_s][u"title"_s].toString(), u"CRM"_s);
    }

    void settingValuesInReplies()
    {
        // source.get: item.connection metadata stays, settings[i].value goes.
        const QJsonObject redacted = SecretRedaction::redact(json(
            R"({"result":{"item":{"connection":{"id":3,"title":"Shop DB","type":"rest","code":"rest_1"},"connectorId":1,
                "settings":[{"id":9,"code":"host","name":"Host","type":"STRING","value":"db.internal"}]}}})"));
        const QJsonObject item = redacted[u"result"_s][u"item"_s].toObject();
        QCOMPARE(item[u"connection"_s][u"title"_s].toString(), u"Shop DB"_s);
        QCOMPARE(item[u"connection"_s][u"id"_s].toInt(), 3);
        const QJsonObject setting = item[u"settings"_s].toArray().first().toObject();
        QCOMPARE(setting.value(u"value"_s).toString(), SecretRedaction::mask());
        QCOMPARE(setting.value(u"code"_s).toString(), u"host"_s);
        QCOMPARE(setting.value(u"name"_s).toString(), u"Host"_s);

        // connector settings declare fields and carry no values: nothing to hide.
        const QJsonObject connector = json(R"({"fields":{"settings":[{"name":"Token","code":"token","type":"STRING"}]}})");
        QCOMPARE(SecretRedaction::redact(connector), connector);
    }

    void connectionValuesOfEndpointCalls()
    {
        const QJsonObject redacted = SecretRedaction::redact(
            json(R"({"connection":{"host":"db","title":"secret-ish"},"table":"deals"})"));
        QCOMPARE(redacted[u"connection"_s][u"host"_s].toString(), SecretRedaction::mask());
        QCOMPARE(redacted[u"connection"_s][u"title"_s].toString(), SecretRedaction::mask());
        QCOMPARE(redacted.value(u"table"_s).toString(), u"deals"_s);
        QCOMPARE(SecretRedaction::redactQuery("connection%5Bhost%5D=db&table=deals&select%5B0%5D=ID"),
                 QByteArrayLiteral("connection%5Bhost%5D=%5Bredacted%5D&table=deals&select%5B0%5D=ID"));
    }

    void batchCommands()
    {
        const QJsonObject batch{
            {u"halt"_s, 0},
            {u"cmd"_s, QJsonObject{{u"q0"_s, u"biconnector.source.update?id=1&fields%5Bsettings%5D%5Bpassword%5D=hunter2"_s},
                                   {u"q1"_s, u"biconnector.source.list?page=2"_s},
                                   {u"q2"_s, u"biconnector.connector.list"_s}}}};
        const QJsonObject cmd = SecretRedaction::redact(batch).value(u"cmd"_s).toObject();
        QVERIFY(!cmd.value(u"q0"_s).toString().contains(u"hunter2"_s));
        QVERIFY(cmd.value(u"q0"_s).toString().startsWith(u"biconnector.source.update?id=1&"_s));
        QCOMPARE(cmd.value(u"q1"_s).toString(), u"biconnector.source.list?page=2"_s);
        QCOMPARE(cmd.value(u"q2"_s).toString(), u"biconnector.connector.list"_s);
    }

    void urls()
    {
        const QUrl url(u"https://oauth.example/oauth/token/?grant_type=refresh_token&client_id=app&client_secret=S3&refresh_token=R7"_s);
        const QString redacted = SecretRedaction::redactUrl(url).toString();
        QVERIFY(!redacted.contains(u"S3"_s));
        QVERIFY(!redacted.contains(u"R7"_s));
        QVERIFY(redacted.contains(u"client_id=app"_s));
        QVERIFY(redacted.contains(u"grant_type=refresh_token"_s));
        QCOMPARE(SecretRedaction::redactUrl(QUrl(u"http://u:pw@h/rest/"_s)).toString(), u"http://h/rest/"_s);
    }
};

QTEST_GUILESS_MAIN(TestSecretRedaction)
#include "tst_secretredaction.moc"
