// ConfigurationExporter against the demo sandbox (what goes into the file, what never does, how
// few requests it takes) and ConfigurationDocument's reader (round trip, rejected files).
#include "configurationtesthelpers.h"

#include "api/transport/restclient.h"
#include "sandbox/sampleconnector/sampleconnector.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace ConfigurationTest;

class TestConfigurationExport : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<SandboxFixture> m_portal;

    // Every setting value the demo seed stores.
    QStringList demoSecrets() const
    {
        QStringList values;
        for (const QVariantMap &row : m_portal->server().query(u"SELECT value FROM source_settings"_s))
            values.append(row.value(u"value"_s).toString());
        return values;
    }

    qint64 connectorId(const QString &title) const
    {
        const auto rows = m_portal->server().query(u"SELECT id FROM connectors WHERE title = ?"_s, {title});
        return rows.isEmpty() ? 0 : rows.first().value(u"id"_s).toLongLong();
    }

private slots:
    void initTestCase()
    {
        m_portal = std::make_unique<SandboxFixture>();
        QString error;
        QVERIFY2(m_portal->start(u"demo"_s, &error), qPrintable(error));
    }

    void init() { m_portal->server().resetRequestCounts(); }

    void exportsTheWholeDemoPortalInTwoRequests()
    {
        const auto result = exportConfiguration(m_portal->client());
        QVERIFY2(result.ok, qPrintable(result.error));
        const ConfigurationDocument &document = result.document;
        QCOMPARE(document.connectors.size(), 3);
        QCOMPARE(document.sourceCount(), 5);
        QCOMPARE(document.datasetCount(), 8);
        QCOMPARE(document.sourcePortal, m_portal->server().restUrl().host());
        QVERIFY(!document.settingValuesIncluded);
        // Sorted by title; the sample connector keeps its settings schema and endpoints.
        const auto &sample = document.connectors.at(2);
        QCOMPARE(sample.connector.title, u"Sample SQL Connector"_s);
        QCOMPARE(sample.connector.urlCheck, m_portal->server().connectorUrl().toString() + u"check"_s);
        QCOMPARE(sample.connector.settings.size(), 2);
        QCOMPARE(sample.connector.id, qint64(0));
        const auto &production = sample.sources.at(0);
        QCOMPARE(production.source.title, u"Sales database (production)"_s);
        QCOMPARE(production.source.settings.size(), 2);
        QCOMPARE(production.source.settings.at(0).code, u"login"_s);
        QVERIFY(production.source.settings.at(0).value.isEmpty());
        QCOMPARE(production.datasets.size(), 4);
        const Dataset &contacts = production.datasets.at(0);
        QCOMPARE(contacts.name, u"contacts_directory"_s);
        QVERIFY(!contacts.fields.isEmpty());
        const auto score = std::find_if(contacts.fields.cbegin(), contacts.fields.cend(),
                                        [](const DatasetField &f) { return f.externalCode == u"score"_s; });
        QVERIFY(score != contacts.fields.cend());
        QVERIFY(!score->visible);
        // The three lists ride in one batch; the eight dataset.get calls in another.
        QCOMPARE(m_portal->restRequests(), 2);
    }

    void exportsNoSecretUnlessAskedTo()
    {
        const auto result = exportConfiguration(m_portal->client());
        QVERIFY(result.ok);
        const QByteArray bytes = result.document.toJson();
        const QStringList secrets = demoSecrets();
        QVERIFY(secrets.contains(SampleConnector::validPassword()));
        for (const QString &secret : secrets)   // as JSON strings: "demo" is also a word of a description
            QVERIFY2(!bytes.contains(QByteArray('"' + secret.toUtf8() + '"')), qPrintable(secret));
        QVERIFY(!bytes.contains(m_portal->server().initialAccessToken().toUtf8()));
        QVERIFY(!bytes.contains(m_portal->server().initialRefreshToken().toUtf8()));
        QVERIFY(!bytes.contains(m_portal->server().options().clientSecret.toUtf8()));
        QVERIFY(!bytes.contains("\"id\""));
        QVERIFY(!bytes.contains("\"value\""));
        QVERIFY(!bytes.contains("dateCreate"));
    }

    void includesSettingValuesWhenOptedIn()
    {
        ConfigurationExporter::Options options;
        options.includeSettingValues = true;
        const auto result = exportConfiguration(m_portal->client(), options);
        QVERIFY(result.ok);
        QVERIFY(result.document.settingValuesIncluded);
        const QByteArray bytes = result.document.toJson();
        for (const QString &secret : demoSecrets())
            QVERIFY2(bytes.contains(QByteArray('"' + secret.toUtf8() + '"')), qPrintable(secret));
        // The access tokens are still not in it.
        QVERIFY(!bytes.contains(m_portal->server().initialAccessToken().toUtf8()));
    }

    void exportsOnlyTheChosenConnectors()
    {
        ConfigurationExporter::Options options;
        options.connectorIds = {connectorId(u"Acme Marketing Cloud"_s)};
        const auto result = exportConfiguration(m_portal->client(), options);
        QVERIFY(result.ok);
        QCOMPARE(result.document.connectors.size(), 1);
        QCOMPARE(result.document.connectors.first().connector.title, u"Acme Marketing Cloud"_s);
        QCOMPARE(result.document.sourceCount(), 2);
        QCOMPARE(result.document.datasetCount(), 2);
        QVERIFY(!result.document.toJson().contains("sales_2024"));
    }

    void cancelFinishesOnceAsCanceled()
    {
        ConfigurationExporter exporter(m_portal->client());
        QSignalSpy finished(&exporter, &ConfigurationExporter::finished);
        exporter.start({});
        exporter.cancel();
        QCOMPARE(finished.size(), 1);
        QVERIFY(finished.first().first().value<ConfigurationExporter::Result>().canceled);
        QTest::qWait(200);
        QCOMPARE(finished.size(), 1);
        QVERIFY(!exporter.isRunning());
    }

    void documentSurvivesItsOwnFile()
    {
        for (const bool values : {false, true}) {
            ConfigurationExporter::Options options;
            options.includeSettingValues = values;
            const auto result = exportConfiguration(m_portal->client(), options);
            QVERIFY(result.ok);
            QString error;
            const auto read = ConfigurationDocument::fromJson(result.document.toJson(), u"demo.json"_s, &error);
            QVERIFY2(read.has_value(), qPrintable(error));
            ConfigurationDocument expected = result.document;
            expected.exportedAt = expected.exportedAt.addMSecs(-expected.exportedAt.time().msec());
            QCOMPARE(read->exportedAt, expected.exportedAt);
            QVERIFY(*read == expected);
        }
    }

    void rejectsFilesItCannotRead_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        const QByteArray head = R"({"format":"biworkspace-configuration","version":1,)";
        QTest::newRow("not json") << QByteArray("{oops") << u"not valid JSON"_s;
        QTest::newRow("other format") << QByteArray(R"({"format":"x","version":1,"connectors":[]})")
                                      << u"not a BI Workspace configuration file"_s;
        QTest::newRow("newer version") << QByteArray(R"({"format":"biworkspace-configuration","version":2})")
                                       << u"newer version of BI Workspace (format version 2"_s;
        QTest::newRow("no connectors") << QByteArray(head + "\"x\":1}") << u"connectors: the key is missing"_s;
        QTest::newRow("missing title")
            << QByteArray(head + R"("connectors":[{"logo":"","urlCheck":"","urlTableList":"","urlTableDescription":"",)"
                                 R"("urlData":"","settings":[],"sources":[]}]})")
            << u"connectors[0].title: the key is missing"_s;
        QTest::newRow("field type wrong")
            << QByteArray(head + R"("connectors":[{"title":"T","logo":"","urlCheck":"","urlTableList":"",)"
                                 R"("urlTableDescription":"","urlData":"","settings":[],"sources":[{"title":"S",)"
                                 R"("settings":[],"datasets":[{"name":"d","externalName":"E","externalCode":"e",)"
                                 R"("fields":[{"name":"A","externalCode":"a","type":"int","visible":"no"}]}]}]}]})")
            << u"connectors[0].sources[0].datasets[0].fields[0].visible: true or false is expected"_s;
    }

    void rejectsFilesItCannotRead()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!ConfigurationDocument::fromJson(json, u"/tmp/prod.json"_s, &error).has_value());
        QVERIFY2(error.contains(u"/tmp/prod.json"_s), qPrintable(error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestConfigurationExport)
#include "tst_configurationexport.moc"
