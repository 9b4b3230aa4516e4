// GUI test of configuration export and import (offscreen, driven by objectName): the export
// dialog writes the demo portal's sample connector to a file without secrets, the import wizard
// plans it against an empty sandbox portal, asks for setting values, imports with progress and
// shows the report; a second import has nothing to do; a broken file is refused on the first page.
// Every page is saved to /tmp/config-*.png to be looked at.
#include "api/transport/portalsession.h"
#include "models/catalog/hierarchymodel.h"
#include "models/transfer/importplanmodel.h"
#include "sandbox/sampleconnector/sampleconnector.h"
#include "support/sandboxwindow.h"
#include "ui/transfer/configurationactions.h"
#include "ui/transfer/configurationexportdialog.h"
#include "ui/widgets/filechooser.h"
#include "ui/transfer/importwizard.h"
#include "ui/transfer/importwizardpages.h"
#include "ui/shell/mainwindow.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

void grabTo(QWidget *widget, const QString &name)
{
    QVERIFY(widget->grab().save(u"/tmp/config-"_s + name + u".png"_s));
}

int writeRequests(const SandboxServer &server)
{
    int writes = 0;
    const QHash<QString, int> counts = server.requestCounts();
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) {
        if (it.key().endsWith(u".add"_s) || it.key().endsWith(u".update"_s) || it.key().endsWith(u".delete"_s))
            writes += it.value();
    }
    return writes;
}

} // namespace

class TestConfigurationWizard : public QObject
{
    Q_OBJECT
private:
    SandboxWindow m_demo{{/*demoMode=*/false, QSize()}};
    std::unique_ptr<SandboxFixture> m_target;
    QTemporaryDir m_dir;

    ConfigurationActions *actions() const
    {
        return m_demo.window->findChild<ConfigurationActions *>(u"configurationActions"_s);
    }
    QString exportedFile() const { return m_dir.filePath(u"sample.json"_s); }

    ImportWizard *openWizardOn(const QString &path)
    {
        m_demo.window->findChild<QAction *>(u"importConfigurationAction"_s)->trigger();
        ImportWizard *wizard = actions()->lastImportWizard();
        if (!wizard)
            return nullptr;
        FileChooser::setNextAnswer(path);
        wizard->findChild<QPushButton *>(u"importBrowseButton"_s)->click();
        [&] { QTRY_COMPARE(wizard->filePage()->pathEdit()->text(), path); }();
        return wizard;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"BIWorkspaceTests"_s);
        QCoreApplication::setApplicationName(u"tst_configurationwizard"_s);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_demo.start(&error), qPrintable(error));
        m_target = std::make_unique<SandboxFixture>();
        QVERIFY2(m_target->start(QString(), &error), qPrintable(error));
    }

    void cleanupTestCase()
    {
        m_demo.stop();
        m_target.reset();
    }

    void exportTheSampleConnector()
    {
        QAction *action = m_demo.window->findChild<QAction *>(u"exportConfigurationAction"_s);
        QVERIFY(action && action->isEnabled());
        action->trigger();
        ConfigurationExportDialog *dialog = actions()->lastExportDialog();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QListWidget *list = dialog->findChild<QListWidget *>(u"exportConnectorList"_s);
        QTRY_COMPARE(list->count(), 3);
        for (int row = 0; row < list->count(); ++row)
            QCOMPARE(list->item(row)->checkState(), Qt::Checked);
        grabTo(dialog, u"export"_s);

        auto *values = dialog->findChild<QCheckBox *>(u"includeSettingValuesCheck"_s);
        QLabel *warning = dialog->findChild<QLabel *>(u"secretsWarning"_s);
        QVERIFY(!values->isChecked());
        QVERIFY(!warning->isVisible());
        values->click();
        QVERIFY(warning->isVisible());
        grabTo(dialog, u"export-secrets"_s);
        // With setting values the file is the owner's only.
        FileChooser::setNextAnswer(m_dir.filePath(u"with-secrets.json"_s));
        dialog->findChild<QPushButton *>(u"exportButton"_s)->click();
        QTRY_COMPARE(dialog->savedFileName(), m_dir.filePath(u"with-secrets.json"_s));
        QFile secrets(dialog->savedFileName());
        QCOMPARE(secrets.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        QVERIFY(secrets.open(QIODevice::ReadOnly));
        QVERIFY(secrets.readAll().contains(SampleConnector::validPassword().toUtf8()));
        values->click();
        QVERIFY(!warning->isVisible());

        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->text() != u"Sample SQL Connector"_s)
                list->item(row)->setCheckState(Qt::Unchecked);
        }
        FileChooser::setNextAnswer(exportedFile());
        auto *exportButton = dialog->findChild<QPushButton *>(u"exportButton"_s);
        QVERIFY(exportButton->isEnabled());
        exportButton->click();
        QTRY_COMPARE(dialog->savedFileName(), exportedFile());
        grabTo(dialog, u"export-saved"_s);
        QFile file(exportedFile());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray json = file.readAll();
        QVERIFY(json.contains("Sample SQL Connector"));
        QVERIFY(file.permissions() & QFileDevice::ReadOther);   // no secrets: an ordinary file
        QVERIFY(!json.contains("Acme Marketing Cloud"));
        QVERIFY(!json.contains(SampleConnector::validPassword().toUtf8()));
        dialog->findChild<QPushButton *>(u"exportCancelButton"_s)->click();
        QTRY_VERIFY(!actions()->lastExportDialog());
    }

    void importIntoAnEmptyPortal()
    {
        QVERIFY(QFile::exists(exportedFile()));
        m_demo.window->setPortal(&m_target->session(), u"Empty portal"_s);
        ImportWizard *wizard = openWizardOn(exportedFile());
        QVERIFY(wizard);
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        grabTo(wizard, u"import-file"_s);

        m_target->server().resetRequestCounts();
        m_target->server().setLatency(200);   // long enough to see the spinner
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ImportWizard::FilePageId));
        QVERIFY(wizard->findChild<QProgressBar *>(u"planSpinner"_s)->isVisible());
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        grabTo(wizard, u"import-planning"_s);
        QTRY_COMPARE(wizard->currentId(), int(ImportWizard::PlanPageId));
        m_target->server().setLatency(0);
        QCOMPARE(writeRequests(m_target->server()), 0);
        QTreeView *tree = wizard->findChild<QTreeView *>(u"planTree"_s);
        QCOMPARE(tree->model()->rowCount(), 1);
        const QModelIndex connector = tree->model()->index(0, ImportPlanModel::ActionColumn);
        QCOMPARE(connector.data().toString(), u"Create"_s);
        QVERIFY(wizard->findChild<QLabel *>(u"planSummary"_s)->text().contains(u"9 to create"_s));
        wizard->findChild<QPushButton *>(u"copyPlanReportButton"_s)->click();
        QVERIFY(QGuiApplication::clipboard()->text().contains(u"sales_staging"_s));
        grabTo(wizard, u"import-plan"_s);
        // Back to the file and Next again: the portal is compared again.
        wizard->back();
        QCOMPARE(wizard->currentId(), int(ImportWizard::FilePageId));
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ImportWizard::FilePageId));
        QVERIFY(wizard->isPlanning());
        QTRY_COMPARE(wizard->currentId(), int(ImportWizard::PlanPageId));

        wizard->next();
        QCOMPARE(wizard->currentId(), int(ImportWizard::ValuesPageId));
        const QList<QLineEdit *> edits = wizard->valuesPage()->valueEdits();
        QCOMPARE(edits.size(), 4);   // two sources, login and password each
        for (QLineEdit *edit : edits) {
            QCOMPARE(edit->echoMode(), QLineEdit::Password);
            QVERIFY(edit->text().isEmpty());
            const bool login = edit->property("settingCode").toString() == u"login"_s;
            QTest::keyClicks(edit, login ? SampleConnector::validLogin() : SampleConnector::validPassword());
        }
        grabTo(wizard, u"import-values"_s);

        m_target->server().setLatency(150);   // long enough to see the progress page
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ImportWizard::ApplyPageId));
        QTRY_VERIFY(wizard->findChild<QProgressBar *>(u"applyProgress"_s)->value() > 0);
        grabTo(wizard, u"import-apply"_s);
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ImportWizard::ReportPageId), 20000);
        m_target->server().setLatency(0);
        grabTo(wizard, u"import-report"_s);
        const QString report = wizard->findChild<QPlainTextEdit *>(u"reportText"_s)->toPlainText();
        QVERIFY2(wizard->report().count(ImportReport::Entry::Status::Done) == 9, qPrintable(report));
        QVERIFY(report.contains(u"sales_2024"_s));
        QCOMPARE(m_target->server().datasetCount(), 6);

        // The tree shows the imported connector.
        HierarchyModel *model = m_demo.window->hierarchyModel();
        QTRY_COMPARE(model->rowCount(model->portalIndex()), 1);
        wizard->button(QWizard::FinishButton)->click();
        QTRY_VERIFY(!actions()->lastImportWizard());
    }

    void importingAgainHasNothingToDo()
    {
        ImportWizard *wizard = openWizardOn(exportedFile());
        QVERIFY(wizard);
        m_target->server().resetRequestCounts();
        wizard->next();
        QTRY_COMPARE(wizard->currentId(), int(ImportWizard::PlanPageId));
        QVERIFY(wizard->findChild<QLabel *>(u"planSummary"_s)->text().contains(u"Nothing to import"_s));
        QVERIFY(wizard->button(QWizard::FinishButton)->isVisible());
        grabTo(wizard, u"import-nothing"_s);
        wizard->button(QWizard::FinishButton)->click();
        QTRY_VERIFY(!actions()->lastImportWizard());
        QCOMPARE(writeRequests(m_target->server()), 0);
    }

    void aChangedFileShowsUpdatesAndConflicts()
    {
        QFile exported(exportedFile());
        QVERIFY(exported.open(QIODevice::ReadOnly));
        QByteArray json = exported.readAll();
        QVERIFY(json.contains("Sales per region and product."));
        json.replace("Sales per region and product.", "Sales per region, revised.");
        json.replace("\"externalName\": \"Deals\"", "\"externalName\": \"Deals v2\"");
        const QString path = m_dir.filePath(u"changed.json"_s);
        QFile changed(path);
        QVERIFY(changed.open(QIODevice::WriteOnly));
        changed.write(json);
        changed.close();

        ImportWizard *wizard = openWizardOn(path);
        QVERIFY(wizard);
        wizard->next();
        QTRY_COMPARE(wizard->currentId(), int(ImportWizard::PlanPageId));
        QCOMPARE(wizard->plan().count(ImportPlanItem::Action::Update), 1);
        QCOMPARE(wizard->plan().count(ImportPlanItem::Action::Conflict), 2);
        QVERIFY(wizard->plan().report().contains(u"Sales per region, revised."_s));
        grabTo(wizard, u"import-changes"_s);
        // Straight to the import (no source to create), then the report.
        m_target->server().resetRequestCounts();
        wizard->next();
        QTRY_COMPARE(wizard->currentId(), int(ImportWizard::ReportPageId));
        QCOMPARE(wizard->report().count(ImportReport::Entry::Status::Done), 1);
        QCOMPARE(wizard->report().count(ImportReport::Entry::Status::Skipped), 2);
        QCOMPARE(writeRequests(m_target->server()), 1);
        grabTo(wizard, u"import-changes-report"_s);
        wizard->button(QWizard::FinishButton)->click();
        QTRY_VERIFY(!actions()->lastImportWizard());
    }

    void aBrokenFileIsRefusedOnTheFirstPage()
    {
        const QString path = m_dir.filePath(u"broken.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format":"biworkspace-configuration","version":1,"connectors":[{"title":"T"}]})");
        file.close();
        ImportWizard *wizard = openWizardOn(path);
        QVERIFY(wizard);
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ImportWizard::FilePageId));
        const QString state = wizard->findChild<QLabel *>(u"importFileState"_s)->text();
        QVERIFY2(state.contains(u"connectors[0].logo"_s), qPrintable(state));
        grabTo(wizard, u"import-error"_s);
        wizard->reject();
        QTRY_VERIFY(!actions()->lastImportWizard());
    }
};

QTEST_MAIN(TestConfigurationWizard)
#include "tst_configurationwizard.moc"
