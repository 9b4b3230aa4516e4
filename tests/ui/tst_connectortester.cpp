// GUI test of "Test endpoints…" against the sandbox (offscreen): from a source node its settings
// are loaded with source.get and every step passes; a broken endpoint set shows each violation in
// words; a connector that accepts any credentials gets the warning; the report is copied and saved
// as Markdown without secrets; Cancel stops a run.
#include "models/connectors/connectorcontracttest.h"
#include "sandbox/sampleconnector/sampleconnector.h"
#include "tst_connectorwindow.h"
#include "ui/sources/settingsform.h"
#include "ui/connectors/contracttesterdialog.h"
#include "ui/connectors/endpointtestview.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using Verdict = ConnectorContractTest::Verdict;

class TestConnectorTester : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<ConnectorWindow> m_ui;

    Connector brokenConnector(const QString &variant) const
    {
        Connector connector = m_ui->portal->sampleConnector();
        const QString base = m_ui->portal->server->connectorUrl().toString() + u"broken/"_s + variant + u'/';
        connector.title = u"Broken (%1)"_s.arg(variant);
        connector.urlCheck = base + u"check"_s;
        connector.urlTableList = base + u"tables"_s;
        connector.urlTableDescription = base + u"describe"_s;
        connector.urlData = base + u"data"_s;
        return connector;
    }

    ContractTesterDialog *openTester(const Connector &connector)
    {
        m_ui->actions()->testConnector(connector);
        ContractTesterDialog *dialog = m_ui->actions()->lastTester();
        if (!dialog || !QTest::qWaitForWindowExposed(dialog))
            return nullptr;
        // The source list arrives first.
        if (!QTest::qWaitFor([dialog] { return !dialog->isLoadingSource(); }, 10000))
            return nullptr;
        return dialog;
    }

    static bool runAndWait(ContractTesterDialog *dialog)
    {
        QSignalSpy finished(dialog->test(), &ConnectorContractTest::finished);
        dialog->findChild<QPushButton *>(u"testerRun"_s)->click();
        return finished.wait(15000);
    }

    static void enterSampleCredentials(ContractTesterDialog *dialog)
    {
        dialog->valuesForm()->editorFor(u"login"_s)->setText(SampleConnector::validLogin());
        dialog->valuesForm()->editorFor(u"password"_s)->setText(SampleConnector::validPassword());
    }

private slots:
    void initTestCase() { ConnectorWindow::initTestCase("tst_connectortester"); }

    void init()
    {
        m_ui = std::make_unique<ConnectorWindow>();
        QVERIFY(m_ui->start());
    }

    void cleanup() { m_ui.reset(); }

    void sourceSettingsAllGreen()
    {
        // Select a source of the sample connector and use the context action.
        const QModelIndex sample = m_ui->connectorIndex(u"Sample SQL Connector"_s);
        m_ui->tree()->expand(m_ui->window->browser()->proxy()->mapFromSource(sample));
        QTRY_VERIFY(m_ui->model()->rowCount(sample) >= 2);
        const QModelIndex source = m_ui->model()->index(0, 0, sample);
        QCOMPARE(source.data(HierarchyModel::KindRole).value<NodeKind>(), NodeKind::Source);
        m_ui->select(source);
        QAction *test = m_ui->window->findChild<QAction *>(u"testConnectorAction"_s);
        QVERIFY(test->isEnabled());
        test->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(m_ui->actions()->lastTester() != nullptr, 10000);
        ContractTesterDialog *dialog = m_ui->actions()->lastTester();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        // The source's stored values arrive via source.get, masked.
        QLineEdit *password = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((password = dialog->valuesForm()->editorFor(u"password"_s))
                                     && password->text() == SampleConnector::validPassword(),
                                 10000);
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        QVERIFY(dialog->sourceCombo()->currentText().contains(source.data().toString()));
        QVERIFY(m_ui->portal->journalMethods().contains(u"biconnector.source.get"_s));

        dialog->findChild<QLineEdit *>(u"testerSearch"_s)->setText(u"de"_s);
        QVERIFY(runAndWait(dialog));
        QCOMPARE(dialog->test()->count(Verdict::Passed), 5);
        QVERIFY(dialog->findChild<QLabel *>(u"endpointTestSummary"_s)->text().contains(u"All steps passed"_s));
        // Per step: status, time and size columns are filled.
        auto *steps = dialog->findChild<QTreeWidget *>(u"endpointTestSteps"_s);
        QCOMPARE(steps->topLevelItemCount(), 5);
        QCOMPARE(steps->topLevelItem(0)->text(3), u"200"_s);
        QVERIFY(steps->topLevelItem(0)->text(4).endsWith(u"ms"_s));
        QCOMPARE(steps->topLevelItem(4)->text(3), u"401"_s);
        // The table list filtered by the search string; the chosen table is offered afterwards.
        QCOMPARE(m_ui->portal->server->sampleConnector()->lastParameters(u"tables"_s).value(u"searchString"_s).toString(),
                 u"de"_s);
        QVERIFY(dialog->findChild<QComboBox *>(u"testerTable"_s)->count() >= 1);
        steps->setCurrentItem(steps->topLevelItem(3));
        const QString details = dialog->findChild<QTextBrowser *>(u"endpointTestDetails"_s)->toPlainText();
        QVERIFY(details.contains(u"connection[password]=***"_s));
        QVERIFY(details.contains(u"limit=5"_s));
        QVERIFY(!details.contains(SampleConnector::validPassword()));
        ConnectorWindow::grab(dialog, u"tester-1-all-green"_s);

        // Copy and save the report.
        dialog->findChild<QPushButton *>(u"endpointTestCopy"_s)->click();
        const QString copied = QApplication::clipboard()->text();
        QVERIFY(copied.startsWith(u"# "_s));
        QVERIFY(copied.contains(u"Sample SQL Connector"_s));
        QVERIFY(!copied.contains(SampleConnector::validPassword()));
        QTemporaryDir dir;
        const QString path = dir.filePath(u"report.md"_s);
        QVERIFY(dialog->view()->saveReport(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()), copied);
    }

    void brokenEndpointsAreReportedInWords()
    {
        ContractTesterDialog *dialog = openTester(brokenConnector(u"ragged"_s));
        QVERIFY(dialog);
        enterSampleCredentials(dialog);
        QVERIFY(runAndWait(dialog));
        const auto &results = dialog->test()->results();
        QCOMPARE(results.at(3).verdict, Verdict::Failed);
        QVERIFY(results.at(3).endpoint.has(EndpointProtocol::Violation::RaggedRows));
        // The view points at the failed step and explains it.
        auto *steps = dialog->findChild<QTreeWidget *>(u"endpointTestSteps"_s);
        QCOMPARE(steps->indexOfTopLevelItem(steps->currentItem()), 3);
        const QString details = dialog->findChild<QTextBrowser *>(u"endpointTestDetails"_s)->toPlainText();
        QVERIFY(details.contains(u"RaggedRows"_s));
        for (const EndpointViolation &violation : results.at(3).endpoint.violations)
            QVERIFY(details.contains(violation.message));
        QVERIFY(dialog->findChild<QLabel *>(u"endpointTestSummary"_s)->text().contains(u"failed"_s));
        ConnectorWindow::grab(dialog, u"tester-2-ragged"_s);
        dialog->close();

        dialog = openTester(brokenConnector(u"missingkeys"_s));
        QVERIFY(dialog);
        enterSampleCredentials(dialog);
        QVERIFY(runAndWait(dialog));
        QCOMPARE(dialog->test()->results().at(1).verdict, Verdict::Failed);
        QVERIFY(dialog->findChild<QTextBrowser *>(u"endpointTestDetails"_s)->toPlainText().contains(
            u"TableItemIncomplete"_s));
        ConnectorWindow::grab(dialog, u"tester-3-missingkeys"_s);
    }

    void warnsWhenWrongCredentialsPass()
    {
        ContractTesterDialog *dialog = openTester(brokenConnector(u"acceptsanything"_s));
        QVERIFY(dialog);
        enterSampleCredentials(dialog);
        QVERIFY(runAndWait(dialog));
        QCOMPARE(dialog->test()->results().constLast().verdict, Verdict::Warning);
        QVERIFY(dialog->findChild<QLabel *>(u"endpointTestSummary"_s)->text().contains(u"accepts wrong credentials"_s));
        const QString report = dialog->view()->reportMarkdown();
        QVERIFY(report.contains(u"accepted deliberately wrong"_s));
        QString reversed = SampleConnector::validPassword();
        std::reverse(reversed.begin(), reversed.end());
        QVERIFY(!report.contains(reversed));
        ConnectorWindow::grab(dialog, u"tester-4-accepts-anything"_s);
    }

    void cancelStopsTheRun()
    {
        ContractTesterDialog *dialog = openTester(m_ui->portal->sampleConnector());
        QVERIFY(dialog);
        enterSampleCredentials(dialog);
        QSignalSpy finished(dialog->test(), &ConnectorContractTest::finished);
        dialog->findChild<QPushButton *>(u"testerRun"_s)->click();
        auto *cancel = dialog->findChild<QPushButton *>(u"endpointTestCancel"_s);
        QTRY_VERIFY(cancel->isVisible());
        cancel->click();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(dialog->test()->count(Verdict::Canceled) >= 1);
        QVERIFY(dialog->findChild<QLabel *>(u"endpointTestSummary"_s)->text().contains(u"canceled"_s));
        QVERIFY(dialog->findChild<QPushButton *>(u"testerRun"_s)->isEnabled());
    }
};

QTEST_MAIN(TestConnectorTester)
#include "tst_connectortester.moc"
