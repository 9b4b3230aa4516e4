// The endpoint contract tester against the sandbox's sample connector (all green) and against each
// deliberately broken endpoint set (every violation reported), plus cancel and the Markdown report
// with secrets redacted.
#include "models/connectors/connectorcontractreport.h"
#include "models/connectors/connectorcontracttest.h"
#include "sandbox/sampleconnector/sampleconnector.h"
#include "tst_connectorfixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Test = ConnectorContractTest;
using Verdict = ConnectorContractTest::Verdict;
using Violation = EndpointProtocol::Violation;

Q_DECLARE_METATYPE(Verdict)

class TestConnectorContractTest : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<ConnectorFixture> m_portal;

    Test::Options optionsFor(const QString &base) const
    {
        Test::Options options;
        options.connectorTitle = u"Sample SQL Connector"_s;
        options.urlCheck = QUrl(base + u"check"_s);
        options.urlTableList = QUrl(base + u"tables"_s);
        options.urlTableDescription = QUrl(base + u"describe"_s);
        options.urlData = QUrl(base + u"data"_s);
        options.connection = {SourceSetting{0, u"login"_s, u"Login"_s, u"STRING"_s, SampleConnector::validLogin()},
                              SourceSetting{0, u"password"_s, u"Password"_s, u"STRING"_s,
                                            SampleConnector::validPassword()}};
        options.settingsOrigin = u"values entered"_s;
        return options;
    }

    QString sampleBase() const { return m_portal->server->connectorUrl().toString(); }
    QString brokenBase(const QString &variant) const { return sampleBase() + u"broken/"_s + variant + u'/'; }

    bool run(Test &test, const Test::Options &options)
    {
        QSignalSpy finished(&test, &Test::finished);
        test.start(options);
        return finished.wait(15000);
    }

    static QList<Verdict> verdicts(const Test &test)
    {
        QList<Verdict> result;
        for (const auto &step : test.results())
            result.append(step.verdict);
        return result;
    }

private slots:
    void init()
    {
        m_portal = std::make_unique<ConnectorFixture>();
        QVERIFY(m_portal->start());
    }

    void cleanup() { m_portal.reset(); }

    void sampleConnectorIsAllGreen()
    {
        Test test(m_portal->session->network());
        QSignalSpy started(&test, &Test::stepStarted);
        QSignalSpy stepFinished(&test, &Test::stepFinished);
        Test::Options options = optionsFor(sampleBase());
        options.searchString = u"sal"_s;
        QVERIFY(run(test, options));
        QCOMPARE(verdicts(test), QList<Verdict>(5, Verdict::Passed));
        QVERIFY(test.passed());
        QCOMPARE(started.size(), 5);
        QCOMPARE(stepFinished.size(), 5);

        // Sent exactly as the portal would.
        SampleConnector *sample = m_portal->server->sampleConnector();
        QCOMPARE(sample->lastParameters(u"tables"_s).value(u"searchString"_s).toString(), u"sal"_s);
        QCOMPARE(test.results().at(2).table, u"sales"_s); // the first listed table
        QCOMPARE(sample->lastParameters(u"describe"_s).value(u"table"_s).toString(), u"sales"_s);
        QCOMPARE(sample->lastParameters(u"data"_s).value(u"limit"_s).toVariant().toInt(), 5);
        const auto &data = test.results().at(3).endpoint;
        QVERIFY(data.data.rows.size() <= 5);
        QVERIFY(!data.data.header.isEmpty());
        for (const auto &step : test.results()) {
            QVERIFY(step.ran);
            QCOMPARE(step.endpoint.diagnostics.httpStatus, step.step == Test::Step::WrongCredentials ? 401 : 200);
            QVERIFY(step.endpoint.diagnostics.bytes > 0);
            QVERIFY(!step.summary.isEmpty());
        }
        QVERIFY(test.results().at(4).summary.contains(u"401"_s));
        QCOMPARE(sample->requestCount(u"check"_s), 2);
    }

    void chosenTableAndNoSettings()
    {
        Test test(m_portal->session->network());
        Test::Options options = optionsFor(sampleBase());
        options.table = u"deals"_s;
        options.connection.clear(); // the sample connector refuses a missing login
        QVERIFY(run(test, options));
        QCOMPARE(test.results().at(0).verdict, Verdict::Failed);
        QVERIFY(test.results().at(0).endpoint.has(Violation::HttpStatusNot200));
        QCOMPARE(test.results().at(2).table, u"deals"_s);
        QCOMPARE(test.results().at(4).verdict, Verdict::Skipped);
        QVERIFY(!test.passed());
    }

    void brokenVariantsAreReported_data()
    {
        QTest::addColumn<QString>("variant");
        QTest::addColumn<QList<Verdict>>("expected");
        QTest::addColumn<QList<Violation>>("violations"); // each must be reported by some step
        const Verdict P = Verdict::Passed, W = Verdict::Warning, F = Verdict::Failed;
        QTest::newRow("status500") << u"status500"_s << QList<Verdict>{F, F, F, F, P}
                                   << QList<Violation>{Violation::HttpStatusNot200};
        QTest::newRow("empty") << u"empty"_s << QList<Verdict>{F, F, F, F, P} << QList<Violation>{Violation::EmptyBody};
        // urlCheck's body is never parsed: an HTML page passes the check, for any credentials.
        QTest::newRow("notjson") << u"notjson"_s << QList<Verdict>{P, F, F, F, W}
                                 << QList<Violation>{Violation::NotJson};
        QTest::newRow("missingkeys") << u"missingkeys"_s << QList<Verdict>{P, F, F, P, P}
                                     << QList<Violation>{Violation::TableItemIncomplete,
                                                         Violation::DescriptionItemIncomplete};
        QTest::newRow("ragged") << u"ragged"_s << QList<Verdict>{P, P, P, F, P}
                                << QList<Violation>{Violation::HeaderRowMissing, Violation::RaggedRows};
        QTest::newRow("noheader") << u"noheader"_s << QList<Verdict>{P, P, P, F, P}
                                  << QList<Violation>{Violation::HeaderRowMissing};
        QTest::newRow("emptydescription") << u"emptydescription"_s << QList<Verdict>{P, P, F, P, P}
                                          << QList<Violation>{Violation::DescriptionEmpty};
        QTest::newRow("unknowntype") << u"unknowntype"_s << QList<Verdict>{P, P, W, P, P}
                                     << QList<Violation>{Violation::UnknownFieldType};
        QTest::newRow("acceptsanything") << u"acceptsanything"_s << QList<Verdict>{P, P, P, P, W}
                                         << QList<Violation>{};
    }

    void brokenVariantsAreReported()
    {
        QFETCH(QString, variant);
        QFETCH(QList<Verdict>, expected);
        QFETCH(QList<Violation>, violations);
        Test test(m_portal->session->network());
        Test::Options options = optionsFor(brokenBase(variant));
        options.table = u"sales"_s; // so every step runs even when the list is broken
        QVERIFY(run(test, options));
        QCOMPARE(verdicts(test), expected);
        for (const Violation violation : violations) {
            const bool reported = std::any_of(test.results().cbegin(), test.results().cend(),
                                              [violation](const Test::StepResult &r) { return r.endpoint.has(violation); });
            QVERIFY2(reported, qPrintable(QVariant::fromValue(violation).toString()));
        }
        // Every violation comes with words, and the report names it.
        const QString report = ConnectorContractReport::markdown(test);
        for (const auto &step : test.results()) {
            if (step.step == Test::Step::WrongCredentials)
                continue;
            for (const EndpointViolation &violation : step.endpoint.violations) {
                QVERIFY(!violation.message.isEmpty());
                QVERIFY2(report.contains(u"**"_s + violation.name() + u"**"_s), qPrintable(violation.name()));
            }
        }
        if (expected.last() == Verdict::Warning)
            QVERIFY(test.results().last().summary.contains(u"wrong"_s));
    }

    void reportIsMarkdownWithoutSecrets()
    {
        Test test(m_portal->session->network());
        QVERIFY(run(test, optionsFor(brokenBase(u"acceptsanything"_s))));
        const QString report = ConnectorContractReport::markdown(test);
        QVERIFY(report.startsWith(u"# "_s));
        QVERIFY(report.contains(u"| # |"_s));
        for (const Test::Step step : Test::steps())
            QVERIFY(report.contains(Test::stepTitle(step)));
        QVERIFY(report.contains(u"connection[password]=***"_s));
        QVERIFY(report.contains(u"HTTP status: 200"_s));
        const QString password = SampleConnector::validPassword();
        QString reversed = password;
        std::reverse(reversed.begin(), reversed.end());
        QVERIFY(!report.contains(password));
        QVERIFY(!report.contains(reversed));
        QVERIFY(!report.contains(u"-wrong"_s));
        QCOMPARE(ConnectorContractReport::redact(u"a demo-secret b"_s, {u"demo-secret"_s, u"ab"_s}), u"a *** b"_s);
    }

    void cancelStopsTheRun()
    {
        Test test(m_portal->session->network());
        connect(&test, &Test::stepStarted, &test, [&test](int index) {
            if (index == 1)
                test.cancel();
        });
        QSignalSpy finished(&test, &Test::finished);
        test.start(optionsFor(sampleBase()));
        QVERIFY(finished.wait(15000));
        QCOMPARE(finished.first().first().toBool(), true);
        QCOMPARE(verdicts(test), (QList<Verdict>{Verdict::Passed, Verdict::Canceled, Verdict::Canceled,
                                                 Verdict::Canceled, Verdict::Canceled}));
        QVERIFY(!test.isRunning());
        QVERIFY(!test.passed());
    }
};

QTEST_GUILESS_MAIN(TestConnectorContractTest)
#include "tst_connectorcontracttest.moc"
