// GUI test of the "New connector" wizard against the demo sandbox (offscreen): a logo file and
// three settings, checks that block each page, the optional endpoint test, the summary, Finish
// with a busy state, and the new connector selected in the tree with its logo. A lost add reply
// is reconciled (not resent) and a refused add keeps the wizard open.
#include "models/connectors/connectorcontracttest.h"
#include "models/connectors/connectorsettingsmodel.h"
#include "models/connectors/logocache.h"
#include "sandbox/sampleconnector/sampleconnector.h"
#include "tst_connectorwindow.h"
#include "ui/connectors/connectorbasicseditor.h"
#include "ui/connectors/connectorendpointseditor.h"
#include "ui/connectors/connectorlogopicker.h"
#include "ui/connectors/connectorsettingseditor.h"
#include "ui/sources/settingsform.h"
#include "ui/connectors/connectorwizard.h"
#include "ui/connectors/connectorwizardpages.h"
#include "ui/connectors/endpointtestview.h"
#include "ui/widgets/messageboxes.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestConnectorWizard : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<ConnectorWindow> m_ui;
    QTemporaryDir m_dir;

    QString writeLogo() const
    {
        QImage image(64, 64, QImage::Format_ARGB32);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setBrush(QColor(0xe8, 0x4e, 0x1b));
        painter.setPen(Qt::NoPen);
        painter.drawEllipse(4, 4, 56, 56);
        painter.end();
        const QString path = m_dir.filePath(u"logo.png"_s);
        image.save(path, "PNG");
        return path;
    }

    ConnectorWizard *openWizard()
    {
        m_ui->window->findChild<QAction *>(u"newConnectorAction"_s)->trigger();
        ConnectorWizard *wizard = m_ui->actions()->lastWizard();
        if (wizard && !QTest::qWaitForWindowExposed(wizard))
            return nullptr;
        return wizard;
    }

    static void next(ConnectorWizard *wizard, int expectedPage)
    {
        QAbstractButton *button = wizard->button(QWizard::NextButton);
        QVERIFY(button->isEnabled());
        button->click();
        QCOMPARE(wizard->currentId(), expectedPage);
    }

    // Fills the wizard through its editors (the detailed typing is covered by createsConnector).
    void fillQuickly(ConnectorWizard *wizard, const QString &title)
    {
        auto *basics = wizard->findChild<ConnectorBasicsPage *>()->editor();
        basics->titleEdit()->setText(title);
        QVERIFY(basics->logoPicker()->loadFile(writeLogo()));
        next(wizard, ConnectorWizard::EndpointsPage);
        auto *endpoints = wizard->findChild<ConnectorEndpointsPage *>()->editor();
        endpoints->baseUrlEdit()->setText(m_ui->portal->server->connectorUrl().toString());
        wizard->findChild<QPushButton *>(u"endpointFill"_s)->click();
        next(wizard, ConnectorWizard::SettingsPage);
        next(wizard, ConnectorWizard::TestPage);
        next(wizard, ConnectorWizard::SummaryPage);
    }

private slots:
    void initTestCase() { ConnectorWindow::initTestCase("tst_connectorwizard"); }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_ui = std::make_unique<ConnectorWindow>();
        QVERIFY(m_ui->start());
    }

    void cleanup() { m_ui.reset(); }

    void createsConnector()
    {
        const int connectorsBefore = m_ui->portal->server->connectorCount();
        QVERIFY(m_ui->window->findChild<QAction *>(u"newConnectorAction"_s)->isEnabled());
        ConnectorWizard *wizard = openWizard();
        QVERIFY(wizard);
        QCOMPARE(wizard->currentId(), int(ConnectorWizard::BasicsPage));
        QAbstractButton *nextButton = wizard->button(QWizard::NextButton);

        // 1. Basics: title and logo are required.
        auto *title = wizard->findChild<QLineEdit *>(u"connectorTitleEdit"_s);
        auto *problems = wizard->findChild<QLabel *>(u"basicsProblems"_s);
        QVERIFY(!nextButton->isEnabled());
        QVERIFY(!problems->isHidden());
        QVERIFY(problems->text().contains(u"required"_s));
        QTest::keyClicks(title, u"Acme Web Analytics"_s);
        QVERIFY(problems->isHidden());
        QVERIFY(!nextButton->isEnabled()); // still no logo
        QVERIFY(wizard->findChild<QLabel *>(u"logoProblems"_s)->text().contains(u"logo"_s));
        // A file that is not an image is refused with the reason.
        const QString notImage = m_dir.filePath(u"notes.txt"_s);
        QFile text(notImage);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("hello");
        text.close();
        auto *picker = wizard->findChild<ConnectorLogoPicker *>();
        QVERIFY(!picker->loadFile(notImage));
        QVERIFY(wizard->findChild<QLabel *>(u"logoProblems"_s)->text().contains(u"notes.txt"_s));
        QVERIFY(picker->loadFile(writeLogo()));
        QVERIFY(wizard->findChild<QLabel *>(u"logoProblems"_s)->isHidden());
        QVERIFY(wizard->findChild<QLabel *>(u"logoFileInfo"_s)->text().startsWith(u"PNG image"_s));
        QTest::keyClicks(wizard->findChild<QWidget *>(u"connectorDescriptionEdit"_s), u"Visits and conversions"_s);
        // A title another connector already has is a warning, not an error.
        title->setText(u"Sample SQL Connector"_s);
        QVERIFY(problems->text().contains(u"already"_s));
        QVERIFY(nextButton->isEnabled());
        title->setText(u"Acme Web Analytics"_s);
        ConnectorWindow::grab(wizard, u"wizard-1-basics"_s);
        next(wizard, ConnectorWizard::EndpointsPage);
        QCOMPARE(wizard->draft().title, u"Acme Web Analytics"_s);
        QVERIFY(wizard->draft().logo.startsWith(u"data:image/png;base64,"_s));

        // 2. Endpoints: the base URL helper, syntax errors block, http + loopback only warn.
        QVERIFY(!nextButton->isEnabled());
        auto *base = wizard->findChild<QLineEdit *>(u"endpointBaseUrl"_s);
        QTest::keyClicks(base, m_ui->portal->server->connectorUrl().toString());
        QTest::keyClick(base, Qt::Key_Return);
        const QString connectorUrl = m_ui->portal->server->connectorUrl().toString();
        QCOMPARE(wizard->findChild<QLineEdit *>(u"urlCheckEdit"_s)->text(), connectorUrl + u"check"_s);
        QCOMPARE(wizard->findChild<QLineEdit *>(u"urlTableListEdit"_s)->text(), connectorUrl + u"tables"_s);
        QCOMPARE(wizard->findChild<QLineEdit *>(u"urlTableDescriptionEdit"_s)->text(), connectorUrl + u"describe"_s);
        QCOMPARE(wizard->findChild<QLineEdit *>(u"urlDataEdit"_s)->text(), connectorUrl + u"data"_s);
        auto *endpointProblems = wizard->findChild<QLabel *>(u"endpointProblems"_s);
        QVERIFY(endpointProblems->text().contains(u"http://"_s));
        QVERIFY(endpointProblems->text().contains(u"loopback"_s));
        QVERIFY(nextButton->isEnabled());
        auto *data = wizard->findChild<QLineEdit *>(u"urlDataEdit"_s);
        data->setText(u"data endpoint"_s);
        QVERIFY(!nextButton->isEnabled());
        QVERIFY(endpointProblems->text().contains(u"urlData"_s));
        data->setText(u"https://example.com/"_s + QString(2049, u'x'));
        QVERIFY(!nextButton->isEnabled());
        data->setText(connectorUrl + u"data"_s);
        ConnectorWindow::grab(wizard, u"wizard-2-endpoints"_s);
        next(wizard, ConnectorWizard::SettingsPage);

        // 3. Settings: three rows, a duplicate code blocks, reorder.
        auto *settings = wizard->findChild<ConnectorSettingsPage *>()->editor();
        ConnectorSettingsModel *model = settings->model();
        QVERIFY(nextButton->isEnabled()); // no settings is allowed
        auto *add = wizard->findChild<QPushButton *>(u"settingAdd"_s);
        for (int i = 0; i < 3; ++i)
            add->click();
        QCOMPARE(model->rowCount(), 3);
        QVERIFY(!nextButton->isEnabled()); // empty names and codes
        // Type into the editor the view opened on the new row's name.
        const QList<std::tuple<QString, QString, QString>> rows{
            {u"Password"_s, u"password"_s, u"STRING"_s},
            {u"Login"_s, u"login"_s, u"STRING"_s},
            {u"Site ID"_s, u"login"_s, u"INT"_s}};
        for (int row = 0; row < 3; ++row) {
            const auto &[name, code, type] = rows.at(row);
            model->setData(model->index(row, ConnectorSettingsModel::NameColumn), name);
            model->setData(model->index(row, ConnectorSettingsModel::CodeColumn), code);
            model->setData(model->index(row, ConnectorSettingsModel::TypeColumn), type);
        }
        auto *settingsProblem = wizard->findChild<QLabel *>(u"settingsProblem"_s);
        QVERIFY(!nextButton->isEnabled());
        QVERIFY(settingsProblem->text().contains(u"login"_s));
        ConnectorWindow::grab(wizard, u"wizard-3-settings-duplicate"_s);
        model->setData(model->index(2, ConnectorSettingsModel::CodeColumn), u"site"_s);
        QVERIFY(nextButton->isEnabled());
        // Move "Login" to the top with the button.
        settings->view()->setCurrentIndex(model->index(1, 0));
        wizard->findChild<QPushButton *>(u"settingUp"_s)->click();
        QCOMPARE(model->codes(), (QStringList{u"login"_s, u"password"_s, u"site"_s}));
        ConnectorWindow::grab(wizard, u"wizard-3-settings"_s);
        next(wizard, ConnectorWizard::TestPage);
        QCOMPARE(wizard->draft().settings.size(), 3);

        // 4. Test with sample values: all green against the sample connector.
        auto *testPage = wizard->findChild<ConnectorTestPage *>();
        testPage->values()->editorFor(u"login"_s)->setText(SampleConnector::validLogin());
        testPage->values()->editorFor(u"password"_s)->setText(SampleConnector::validPassword());
        testPage->values()->editorFor(u"site"_s)->setText(u"7"_s);
        QCOMPARE(testPage->values()->editorFor(u"password"_s)->echoMode(), QLineEdit::Password);
        QSignalSpy testFinished(wizard->contractTest(), &ConnectorContractTest::finished);
        wizard->findChild<QPushButton *>(u"wizardRunTest"_s)->click();
        QVERIFY(testFinished.wait(10000));
        QVERIFY(wizard->contractTest()->passed());
        QVERIFY(wizard->findChild<QLabel *>(u"endpointTestSummary"_s)->text().contains(u"All steps passed"_s));
        ConnectorWindow::grab(wizard, u"wizard-4-test"_s);
        next(wizard, ConnectorWizard::SummaryPage);

        // 5. Summary, then Finish: connector.add, the wizard closes, the tree selects the new node.
        const QString summary = wizard->findChild<ConnectorSummaryPage *>()->summaryText();
        QVERIFY(summary.contains(u"Acme Web Analytics"_s));
        QVERIFY(summary.contains(u"biconnector.connector.add"_s));
        QVERIFY(summary.contains(u"\"code\": \"site\""_s));
        QVERIFY(summary.contains(u"passed"_s));
        QVERIFY(!summary.contains(SampleConnector::validPassword()));
        ConnectorWindow::grab(wizard, u"wizard-5-summary"_s);
        QSignalSpy finished(wizard, &QDialog::finished);
        QSignalSpy created(wizard, &ConnectorWizard::connectorCreated);
        wizard->button(QWizard::FinishButton)->click();
        QVERIFY(wizard->isCreating());
        QVERIFY(!wizard->button(QWizard::FinishButton)->isEnabled());
        QVERIFY(!wizard->findChild<QWidget *>(u"connectorSummaryBusy"_s)->isHidden());
        ConnectorWindow::grab(wizard, u"wizard-6-creating"_s);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().toInt(), int(QDialog::Accepted));
        QCOMPARE(created.size(), 1);
        const qint64 id = created.first().first().value<PortalOperation::Result>().connector.id;

        QCOMPARE(m_ui->portal->server->connectorCount(), connectorsBefore + 1);
        const auto stored = ConnectorFixture::wait(m_ui->portal->api().getConnector(id));
        QVERIFY(stored.ok());
        QCOMPARE(stored.value.title, u"Acme Web Analytics"_s);
        QCOMPARE(stored.value.description, u"Visits and conversions"_s);
        QCOMPARE(stored.value.settings.size(), 3);
        QCOMPARE(stored.value.settings.at(2), (ConnectorSetting{u"Site ID"_s, u"site"_s, u"INT"_s}));
        QVERIFY(!LogoCache::decodeDataUri(stored.value.logo).isNull());

        // The tree shows it, selected, with its logo (not the generic icon).
        const QModelIndex node = m_ui->model()->indexFor(NodeKind::Connector, id);
        QVERIFY(node.isValid());
        QCOMPARE(m_ui->window->browser()->currentSourceIndex(), node);
        const QIcon logo = node.data(HierarchyModel::LogoRole).value<QIcon>();
        QVERIFY(!logo.isNull());
        QVERIFY(logo.pixmap(16, 16).toImage() != LogoCache::fallbackIcon().pixmap(16, 16).toImage());
        QTRY_COMPARE(m_ui->find<QLabel>(u"connectorTitle"_s)->text(), u"Acme Web Analytics"_s);
        ConnectorWindow::grab(m_ui->window.get(), u"wizard-7-created-in-tree"_s);
    }

    void lostReplyIsReconciled()
    {
        ConnectorWizard *wizard = openWizard();
        QVERIFY(wizard);
        fillQuickly(wizard, u"Lost reply"_s);
        m_ui->portal->server->resetRequestCounts();
        m_ui->portal->server->dropReplyAfterCommit(u"biconnector.connector.add"_s);
        QSignalSpy finished(wizard, &QDialog::finished);
        MessageBoxes::setNextAnswer(QMessageBox::Ok);
        wizard->button(QWizard::FinishButton)->click();
        QVERIFY(finished.wait(10000));
        QCOMPARE(m_ui->portal->server->requestCount(u"biconnector.connector.add"_s), 1);
        QTRY_VERIFY(MessageBoxes::lastQuestion().contains(u"reply was lost"_s));
        QVERIFY(m_ui->connectorIndex(u"Lost reply"_s).isValid());
    }

    void refusedAddKeepsTheWizardOpen()
    {
        ConnectorWizard *wizard = openWizard();
        QVERIFY(wizard);
        fillQuickly(wizard, u"Dropped connection"_s);
        const int before = m_ui->portal->server->connectorCount();
        m_ui->portal->server->injectFault(SandboxFault::DropConnection, 1, u"biconnector.connector.add"_s);
        QSignalSpy state(wizard, &ConnectorWizard::creationStateChanged);
        wizard->button(QWizard::FinishButton)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!wizard->isCreating() && state.size() >= 2, 10000);
        auto *status = wizard->findChild<QLabel *>(u"connectorSummaryStatus"_s);
        QVERIFY2(status->text().contains(u"not created"_s), qPrintable(status->text()));
        QVERIFY(wizard->isVisible());
        QCOMPARE(wizard->currentId(), int(ConnectorWizard::SummaryPage));
        QVERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
        QCOMPARE(m_ui->portal->server->connectorCount(), before);
        ConnectorWindow::grab(wizard, u"wizard-8-not-created"_s);
        // Known not to exist: trying again is safe.
        QSignalSpy finished(wizard, &QDialog::finished);
        wizard->button(QWizard::FinishButton)->click();
        QVERIFY(finished.wait(10000));
        QCOMPARE(m_ui->portal->server->connectorCount(), before + 1);
    }
};

QTEST_MAIN(TestConnectorWizard)
#include "tst_connectorwizard.moc"
