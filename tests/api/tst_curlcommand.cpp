#include "support/sandboxfixture.h"

#include "api/transport/apicall.h"
#include "api/journal/curlcommand.h"
#include "api/journal/requestjournal.h"
#include "api/transport/restclient.h"
#include "api/journal/secretredaction.h"
#include "api/auth/tokenmanager.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

// "Copy as cURL": shell quoting, secret placeholders, and a copied command that really works.
class TestCurlCommand : public QObject
{
    Q_OBJECT
private:
    static JournalEntry restEntry(const QString &method, const QJsonObject &params)
    {
        JournalEntry entry;
        entry.method = method;
        entry.url = QUrl(u"https://portal.example/rest/"_s + method);
        entry.requestParams = SecretRedaction::redact(params);
        return entry;
    }

    // Runs `command` through /bin/sh and returns its stdout; empty on failure.
    static QByteArray runShell(const QString &command)
    {
        QProcess process;
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(u"/bin/sh"_s, {u"-c"_s, command});
        if (!finished.wait(10000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
            qWarning() << "shell failed:" << process.readAllStandardError();
            return {};
        }
        return process.readAllStandardOutput();
    }

private slots:
    void shellQuoteSurvivesTheShell_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << u"hello"_s;
        QTest::newRow("quote") << u"it's"_s;
        QTest::newRow("quotes and dollars") << u"'$HOME' `id` \"x\" \\n '"_s;
        QTest::newRow("empty") << QString();
        QTest::newRow("unicode") << u"Отчёт ‘q’"_s;
    }

    void shellQuoteSurvivesTheShell()
    {
        QFETCH(QString, text);
        const QString quoted = CurlCommand::shellQuote(text);
        QVERIFY(quoted.startsWith(u'\'') && quoted.endsWith(u'\''));
        const QByteArray echoed = runShell(u"printf '%s' "_s + quoted);
        QCOMPARE(QString::fromUtf8(echoed), text);
    }

    void placeholdersReplaceRedactedValues()
    {
        const QJsonObject params{
            {u"fields"_s,
             QJsonObject{{u"title"_s, u"O'Hara"_s},
                         {u"settings"_s, QJsonObject{{u"host"_s, u"db.local"_s}, {u"api_key"_s, u"k-123"_s}}}}},
            {u"client_secret"_s, u"cs-xyz"_s},
            {u"refresh_token"_s, u"rt-abc"_s},
            {u"auth"_s, u"at-777"_s},
            {u"empty_secret"_s, QString()},
        };
        const QJsonObject out = CurlCommand::withPlaceholders(SecretRedaction::redact(params)).toObject();
        QCOMPARE(out[u"client_secret"_s].toString(), u"{{CLIENT_SECRET}}"_s);
        QCOMPARE(out[u"refresh_token"_s].toString(), u"{{REFRESH_TOKEN}}"_s);
        QCOMPARE(out[u"auth"_s].toString(), u"{{ACCESS_TOKEN}}"_s);
        QCOMPARE(out[u"empty_secret"_s].toString(), QString());
        const QJsonObject fields = out[u"fields"_s].toObject();
        QCOMPARE(fields[u"title"_s].toString(), u"O'Hara"_s);
        QCOMPARE(fields[u"settings"_s][u"host"_s].toString(), u"{{SETTING_HOST}}"_s);
        QCOMPARE(fields[u"settings"_s][u"api_key"_s].toString(), u"{{SETTING_API_KEY}}"_s);
    }

    void settingListValuesNamedByTheirCode()
    {
        const QJsonObject reply{
            {u"settings"_s, QJsonArray{QJsonObject{{u"code"_s, u"dbPassword"_s}, {u"value"_s, u"p"_s}}}}};
        const QJsonObject out = CurlCommand::withPlaceholders(SecretRedaction::redact(reply)).toObject();
        QCOMPARE(out[u"settings"_s][0][u"value"_s].toString(), u"{{SETTING_DB_PASSWORD}}"_s);
        QCOMPARE(out[u"settings"_s][0][u"code"_s].toString(), u"dbPassword"_s);
    }

    void restCommandShape()
    {
        const JournalEntry entry =
            restEntry(u"biconnector.connector.add"_s,
                      {{u"fields"_s, QJsonObject{{u"title"_s, u"Bob's"_s}, {u"clientSecret"_s, u"zz-secret"_s}}}});
        const QString command = CurlCommand::fromEntry(entry);
        QVERIFY2(command.startsWith(u"curl -sS -X POST 'https://portal.example/rest/biconnector.connector.add'"_s),
                 qPrintable(command));
        QVERIFY(command.contains(u"-H 'Content-Type: application/json'"_s));
        QVERIFY(command.contains(u"-H 'Authorization: Bearer {{ACCESS_TOKEN}}'"_s));
        QVERIFY2(command.contains(u"Bob'\\''s"_s), qPrintable(command));
        QVERIFY(command.contains(u"{{CLIENT_SECRET}}"_s));
        QVERIFY(!command.contains(u"zz-secret"_s));

        // The shell hands curl exactly the JSON body (checked by echoing the --data-raw argument).
        const qsizetype data = command.indexOf(u"--data-raw "_s);
        QVERIFY(data > 0);
        const QByteArray body = runShell(u"printf '%s' "_s + command.mid(data + 11));
        const QJsonObject parsed = QJsonDocument::fromJson(body).object();
        QCOMPARE(parsed[u"fields"_s][u"title"_s].toString(), u"Bob's"_s);
        QCOMPARE(parsed[u"fields"_s][u"clientSecret"_s].toString(), u"{{CLIENT_SECRET}}"_s);
    }

    void batchKeepsItsCmdMap()
    {
        const QJsonObject params{
            {u"halt"_s, 0},
            {u"cmd"_s, QJsonObject{{u"cmd0"_s, u"biconnector.connector.list?select%5B0%5D=id"_s},
                                   {u"cmd1"_s, u"biconnector.source.update?id=5&fields%5Bsettings%5D%5Bpwd%5D=hunter2"_s}}}};
        JournalEntry entry = restEntry(u"batch"_s, params);
        entry.commandMethods = {u"biconnector.connector.list"_s, u"biconnector.source.update"_s};
        const QString command = CurlCommand::fromEntry(entry);
        QVERIFY(!command.contains(u"hunter2"_s));
        QVERIFY2(command.contains(u"'https://portal.example/rest/batch'"_s), qPrintable(command));
        const qsizetype data = command.indexOf(u"--data-raw "_s);
        const QJsonObject parsed = QJsonDocument::fromJson(runShell(u"printf '%s' "_s + command.mid(data + 11))).object();
        QCOMPARE(parsed[u"halt"_s].toInt(), 0);
        QCOMPARE(parsed[u"cmd"_s][u"cmd0"_s].toString(), u"biconnector.connector.list?select%5B0%5D=id"_s);
        QCOMPARE(parsed[u"cmd"_s][u"cmd1"_s].toString(),
                 u"biconnector.source.update?id=5&fields%5Bsettings%5D%5Bpwd%5D={{SETTING_PWD}}"_s);
    }

    void oauthTokenIsTheGetForm()
    {
        JournalEntry entry;
        entry.method = u"oauth/token"_s;
        const QJsonObject params{{u"grant_type"_s, u"refresh_token"_s},
                                 {u"client_id"_s, u"app.1"_s},
                                 {u"client_secret"_s, u"cs-secret"_s},
                                 {u"refresh_token"_s, u"rt-secret"_s}};
        entry.url = SecretRedaction::redactUrl(
            QUrl(u"https://oauth.bitrix.info/oauth/token/?grant_type=refresh_token&client_secret=cs-secret"_s));
        entry.requestParams = SecretRedaction::redact(params);
        const QString command = CurlCommand::fromEntry(entry);
        QCOMPARE(command, u"curl -sS -g 'https://oauth.bitrix.info/oauth/token/?client_id=app.1"
                          "&client_secret={{CLIENT_SECRET}}&grant_type=refresh_token&refresh_token={{REFRESH_TOKEN}}'"_s);
    }

    // Acceptance (issue 13): the command copied for biconnector.connector.list, with the placeholder
    // replaced by the token, works against the sandbox.
    void copiedCommandWorksAgainstTheSandbox()
    {
        const QString curl = QStandardPaths::findExecutable(u"curl"_s);
        QVERIFY2(!curl.isEmpty(), "curl is required (scripts/debian-packages.txt)");
        SandboxFixture f;
        QString error;
        QVERIFY2(f.start(u"demo"_s, &error), qPrintable(error));
        const ApiResult listed = waitForResult(f.client()->call(u"biconnector.connector.list"_s));
        QVERIFY2(listed.ok(), qPrintable(listed.error.details()));
        QVERIFY(!listed.result.toArray().isEmpty());

        const QList<JournalEntry> entries = f.session().journal()->entries();
        auto it = std::find_if(entries.cbegin(), entries.cend(),
                               [](const JournalEntry &e) { return e.method == u"biconnector.connector.list"_s; });
        QVERIFY(it != entries.cend());
        const QString command = CurlCommand::fromEntry(*it);
        const QString accessToken = f.tokens()->accessToken();
        QVERIFY(!accessToken.isEmpty());
        QVERIFY(command.contains(CurlCommand::accessTokenPlaceholder()));
        QVERIFY(!command.contains(accessToken));
        QVERIFY(!command.contains(f.server().initialRefreshToken()));
        QVERIFY(!command.contains(f.server().options().clientSecret));

        QString runnable = command;
        runnable.replace(CurlCommand::accessTokenPlaceholder(), accessToken);
        const QByteArray output = runShell(runnable);
        QJsonParseError parseError{};
        const QJsonObject reply = QJsonDocument::fromJson(output, &parseError).object();
        QVERIFY2(parseError.error == QJsonParseError::NoError, output.constData());
        QVERIFY2(!reply.contains(u"error"_s), output.constData());
        QCOMPARE(reply[u"result"_s].toArray(), listed.result.toArray());
        QCOMPARE(f.server().requestCount(u"biconnector.connector.list"_s), 2);
    }
};

QTEST_GUILESS_MAIN(TestCurlCommand)
#include "tst_curlcommand.moc"
