// GUI acceptance test of the sources feature against the demo sandbox (offscreen): create a source
// with wrong credentials (direct check ✗ 401, save refused with the mapped message), fix them
// (✓, saved, node in the tree); edit in the detail pane (title persisted, unsaved-changes guard,
// update connection error, revert); check all sources of a connector (badges); delete a source
// with datasets through the dependency view and cascade, and one without datasets after a plain
// confirm. Every dialog is grabbed to /tmp/biw-sources/*.png.
#include "api/journal/requestjournal.h"
#include "models/catalog/hierarchymodel.h"
#include "sandbox/sampleconnector/sampleconnector.h"
#include "ui/sources/connectioncheckview.h"
#include "ui/shell/detailstack.h"
#include "ui/widgets/messageboxes.h"
#include "ui/sources/settingsform.h"
#include "ui/sources/sourcedeletedialog.h"
#include "ui/sources/sourcedetailpane.h"
#include "ui/sources/sourcedialog.h"
#include "ui/sources/sourceform.h"

#include "tst_sourcefixture.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {
const QString Sample = u"Sample SQL Connector"_s;
const QString Production = u"Sales database (production)"_s;
const QString Staging = u"Sales database (staging)"_s;

void replaceText(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}
} // namespace

class TestSourceEditor : public QObject
{
    Q_OBJECT
private:
    SourceTestPortal m_portal;

    Source readBack(qint64 id)
    {
        std::optional<Outcome<Source>> outcome;
        m_portal.session->biconnector().getSource(id).onFinished(this, [&](const Outcome<Source> &o) { outcome = o; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 10000); }();
        return outcome ? outcome->value : Source();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"BIWorkspaceTests"_s);
        QCoreApplication::setApplicationName(u"tst_sourceeditor"_s);
        QSettings().clear();
    }

    void init()
    {
        QString error;
        QVERIFY2(m_portal.start(&error), qPrintable(error));
    }

    void cleanup() { m_portal.stop(); }

    void createSourceWrongThenRightCredentials()
    {
        const QModelIndex connector = m_portal.connector(Sample);
        QVERIFY(connector.isValid());
        QVERIFY(m_portal.child(connector, Production).isValid()); // its sources are listed
        m_portal.window->browser()->selectSourceIndex(connector);
        const qint64 connectorId = m_portal.model()->idOf(connector);
        const int sourcesBefore = m_portal.server->sourceCount();

        // Toolbar: New ▾ → New source…; the selected connector is preselected.
        QAction *newSource = m_portal.window->findChild<QAction *>(u"newSourceAction"_s);
        QVERIFY(newSource && m_portal.window->newMenu()->actions().contains(newSource));
        newSource->trigger();
        QPointer<SourceDialog> dialog = m_portal.actions()->lastSourceDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible() && dialog->form()->hasConnector());
        QCOMPARE(dialog->selectedConnectorId(), connectorId);
        SourceForm *form = dialog->form();
        QLineEdit *login = form->settingsForm()->editorFor(u"login"_s);
        QLineEdit *password = form->settingsForm()->editorFor(u"password"_s);
        QVERIFY(login && password);
        QCOMPARE(login->echoMode(), QLineEdit::Password);
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        QVERIFY(!dialog->windowTitle().contains(u"wrong"_s));

        QTest::keyClicks(form->titleEdit(), u"Warehouse replica"_s);
        QTest::keyClicks(login, SampleConnector::validLogin());
        QTest::keyClicks(password, u"wrong-password"_s);
        SourceTestPortal::grab(dialog, u"new-source-filled"_s);

        // Direct check: ✗ with the connector's HTTP status and the time.
        QTest::mouseClick(form->checkView()->button(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(form->checkView()->hasResult(), 10000);
        const QString failed = form->checkView()->resultText();
        QVERIFY2(failed.startsWith(u"✗"_s) && failed.contains(u"HTTP 401"_s) && failed.contains(u" ms"_s),
                 qPrintable(failed));
        const QString details = form->checkView()->detailsText();
        QVERIFY2(details.contains(m_portal.server->connectorUrl().resolved(QUrl(u"check"_s)).toString()),
                 qPrintable(details));
        QVERIFY(details.contains(u"connection[password]=***"_s));
        QVERIFY(details.contains(u"HTTP status: 401"_s));
        QVERIFY(!details.contains(u"wrong-password"_s));
        form->checkView()->findChild<QToolButton *>(u"checkDetailsToggle"_s)->click();
        QVERIFY(form->checkView()->findChild<QPlainTextEdit *>(u"checkDetails"_s)->isVisible());
        SourceTestPortal::grab(dialog, u"new-source-check-failed"_s);

        // Save: the portal's own check refuses; the message carries the direct check's result.
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!form->errorText().isEmpty(), 10000);
        QVERIFY2(form->errorText().contains(u"could not connect"_s), qPrintable(form->errorText()));
        QVERIFY2(form->errorText().contains(u"HTTP 401"_s), qPrintable(form->errorText()));
        QVERIFY(dialog->isVisible());
        QCOMPARE(m_portal.server->sourceCount(), sourcesBefore);
        SourceTestPortal::grab(dialog, u"new-source-save-refused"_s);

        // Fix the password: the edit clears the shown result and the error.
        replaceText(password, SampleConnector::validPassword());
        QVERIFY(!form->checkView()->hasResult());
        QVERIFY(form->errorText().isEmpty());
        QTest::mouseClick(form->checkView()->button(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(form->checkView()->hasResult(), 10000);
        QVERIFY2(form->checkView()->resultText().startsWith(u"✓ Connection OK: HTTP 200"_s),
                 qPrintable(form->checkView()->resultText()));
        SourceTestPortal::grab(dialog, u"new-source-check-passed"_s);

        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), 10000);
        QCOMPARE(m_portal.server->sourceCount(), sourcesBefore + 1);
        const qint64 id = m_portal.storedId(u"sources"_s, u"Warehouse replica"_s);
        QVERIFY(id > 0);
        const auto stored = m_portal.server->query(
            u"SELECT code, value FROM source_settings WHERE source_id = ? ORDER BY code"_s, {id});
        QCOMPARE(stored.size(), 2);
        QCOMPARE(stored.at(1).value(u"value"_s).toString(), SampleConnector::validPassword());

        // The node is in the tree, selected, with the check badge of the direct check.
        const QModelIndex node = m_portal.model()->indexFor(NodeKind::Source, id);
        QVERIFY(node.isValid());
        QCOMPARE(node.data().toString(), u"Warehouse replica"_s);
        QCOMPARE(node.parent(), connector);
        QCOMPARE(m_portal.window->browser()->currentSourceIndex(), node);
        const auto badge = node.data(HierarchyModel::CheckStatusRole).value<CheckStatus>();
        QCOMPARE(badge.state, CheckStatus::State::Passed);
        QCOMPARE(badge.httpStatus, 200);
    }

    void newSourceFromTheContextMenuPreselectsThatConnector()
    {
        const QModelIndex acme = m_portal.connector(u"Acme Marketing Cloud"_s);
        QVERIFY(acme.isValid());
        QMenu menu;
        emit m_portal.window->browser()->contextMenuAboutToShow(&menu, acme);
        QAction *entry = menu.findChild<QAction *>(u"newSourceActionContext"_s);
        QVERIFY(entry);
        QVERIFY(menu.findChild<QAction *>(u"checkAllSourcesActionContext"_s));
        QVERIFY(!menu.findChild<QAction *>(u"deleteSourceActionContext"_s)); // not on a connector
        entry->trigger();
        QPointer<SourceDialog> dialog = m_portal.actions()->lastSourceDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->form()->hasConnector());
        QCOMPARE(dialog->selectedConnectorId(), m_portal.model()->idOf(acme));
        // The INT setting accepts digits only.
        QLineEdit *account = dialog->form()->settingsForm()->editorFor(u"account"_s);
        QVERIFY(account);
        QTest::keyClicks(account, u"12a3"_s);
        QCOMPARE(account->text(), u"123"_s);
        QCOMPARE(account->echoMode(), QLineEdit::Password);
        dialog->form()->settingsForm()->findChild<QCheckBox *>(u"revealValues"_s)->setChecked(true);
        QCOMPARE(account->echoMode(), QLineEdit::Normal);
        SourceTestPortal::grab(dialog, u"new-source-acme-revealed"_s);
        dialog->reject();
        QTRY_VERIFY(dialog.isNull());
    }

    void editInTheDetailPane()
    {
        const QModelIndex staging = m_portal.source(Sample, Staging);
        QVERIFY(staging.isValid());
        const qint64 id = m_portal.model()->idOf(staging);
        m_portal.window->browser()->selectSourceIndex(staging);
        SourceDetailPane *pane = m_portal.window->details()->sourcePane();
        QCOMPARE(m_portal.window->details()->currentWidget(), pane);
        SourceForm *form = pane->form();
        QTRY_VERIFY_WITH_TIMEOUT(form->hasConnector() && form->settingsForm()->editorFor(u"password"_s), 10000);
        QLineEdit *password = form->settingsForm()->editorFor(u"password"_s);
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        QCOMPARE(password->text(), SampleConnector::validPassword());
        QCOMPARE(form->titleEdit()->text(), Staging);
        auto *active = pane->findChild<QLabel *>(u"sourceActive"_s);
        QVERIFY(active && active->text().startsWith(u"yes"_s) && active->text().contains(u"REST API does not change"_s));
        QVERIFY(!pane->hasUnsavedChanges());
        QVERIFY(!pane->saveButton()->isEnabled());

        replaceText(form->titleEdit(), u"Staging snapshot (nightly)"_s);
        QVERIFY(pane->hasUnsavedChanges());
        QVERIFY(pane->saveButton()->isEnabled());
        SourceTestPortal::grab(m_portal.window.get(), u"source-pane-editing"_s);

        // The guard keeps the selection on the edited source when the user cancels.
        const QModelIndex production = m_portal.source(Sample, Production);
        MessageBoxes::setNextAnswer(QMessageBox::Cancel);
        m_portal.window->browser()->selectSourceIndex(production);
        QTRY_VERIFY(MessageBoxes::lastQuestion().contains(u"unsaved changes"_s));
        QCOMPARE(m_portal.window->browser()->currentSourceIndex(), staging);
        QVERIFY(pane->hasUnsavedChanges());

        // Save: the title is persisted (read back with source.get), the tree follows.
        QTest::mouseClick(pane->saveButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!pane->isSaving() && !pane->hasUnsavedChanges(), 10000);
        QVERIFY2(form->errorText().isEmpty(), qPrintable(form->errorText()));
        QCOMPARE(readBack(id).title, u"Staging snapshot (nightly)"_s);
        QCOMPARE(readBack(id).settingValue(u"password"_s), SampleConnector::validPassword());
        QCOMPARE(m_portal.model()->indexFor(NodeKind::Source, id).data().toString(), u"Staging snapshot (nightly)"_s);
        // source.update carried the title and no unchanged settings.
        const QList<JournalEntry> entries = m_portal.session->journal()->entries();
        const auto update = std::find_if(entries.crbegin(), entries.crend(), [](const JournalEntry &e) {
            return e.method == u"biconnector.source.update"_s;
        });
        QVERIFY(update != entries.crend());
        const QJsonObject fields = update->requestParams.value(u"fields"_s).toObject();
        QCOMPARE(fields.value(u"title"_s).toString(), u"Staging snapshot (nightly)"_s);
        QVERIFY(!fields.contains(u"settings"_s));

        // A wrong password: the portal's check refuses the update; the message says what the direct
        // check saw. Revert restores the stored values.
        QTRY_VERIFY(form->settingsForm()->editorFor(u"password"_s));
        password = form->settingsForm()->editorFor(u"password"_s);
        replaceText(password, u"expired"_s);
        QTest::mouseClick(pane->saveButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(form->errorText().contains(u"HTTP 401"_s), 10000);
        QVERIFY(form->errorText().contains(u"not changed"_s));
        QVERIFY(pane->hasUnsavedChanges());
        SourceTestPortal::grab(m_portal.window.get(), u"source-pane-update-refused"_s);
        QCOMPARE(readBack(id).settingValue(u"password"_s), SampleConnector::validPassword());
        QTest::mouseClick(pane->revertButton(), Qt::LeftButton);
        QVERIFY(!pane->hasUnsavedChanges());
        QCOMPARE(form->settingsForm()->editorFor(u"password"_s)->text(), SampleConnector::validPassword());
    }

    void checkFromTheTreeAndCheckAll()
    {
        const QModelIndex connector = m_portal.connector(Sample);
        const QModelIndex production = m_portal.child(connector, Production);
        const QModelIndex staging = m_portal.child(connector, Staging);
        QVERIFY(production.isValid() && staging.isValid());
        const qint64 stagingId = m_portal.model()->idOf(staging);
        m_portal.server->query(u"UPDATE source_settings SET value = 'stale' WHERE source_id = ? AND code = 'password'"_s,
                               {stagingId});
        SourceActions *actions = m_portal.actions();
        QSignalSpy runs(actions, &SourceActions::checkRunFinished);

        // F9 on a selected source.
        m_portal.window->browser()->selectSourceIndex(production);
        m_portal.view()->setFocus();
        QTest::keyClick(m_portal.view(), Qt::Key_F9);
        QVERIFY(runs.wait(10000));
        auto badge = production.data(HierarchyModel::CheckStatusRole).value<CheckStatus>();
        QCOMPARE(badge.state, CheckStatus::State::Passed);
        QCOMPARE(badge.httpStatus, 200);
        QVERIFY(badge.checkedAt.isValid());
        QVERIFY2(production.data(Qt::ToolTipRole).toString().contains(u" ms (checked at "_s),
                 qPrintable(production.data(Qt::ToolTipRole).toString()));
        // The pane shows the same result for the unedited source.
        QTRY_VERIFY(m_portal.window->details()->sourcePane()->form()->checkView()->resultText().contains(u"HTTP 200"_s));

        // Check all sources of the connector: progress, then a badge per source.
        m_portal.window->browser()->selectSourceIndex(connector);
        QVERIFY(actions->checkAllAction()->isEnabled());
        QVERIFY(!actions->checkAction()->isEnabled()); // a connector is selected
        actions->checkAllAction()->trigger();
        QProgressDialog *progress = actions->checkProgressDialog();
        QVERIFY(progress && progress->isVisible());
        SourceTestPortal::grab(progress, u"check-all-progress"_s);
        QVERIFY(runs.wait(10000));
        QTRY_VERIFY(!actions->checkProgressDialog());
        QVERIFY2(runs.last().first().toString().contains(u"1 passed, 1 failed"_s), qPrintable(runs.last().first().toString()));
        QCOMPARE(production.data(HierarchyModel::CheckStatusRole).value<CheckStatus>().state, CheckStatus::State::Passed);
        badge = staging.data(HierarchyModel::CheckStatusRole).value<CheckStatus>();
        QCOMPARE(badge.state, CheckStatus::State::Failed);
        QCOMPARE(badge.httpStatus, 401);
        QVERIFY(staging.data(Qt::ToolTipRole).toString().contains(u"HTTP 401"_s));
        SourceTestPortal::grab(m_portal.window.get(), u"tree-check-badges"_s);

        // Cancel: the run ends at once and no badge stays "checking".
        actions->checkAllAction()->trigger();
        QVERIFY(actions->checkProgressDialog());
        actions->checkProgressDialog()->cancel();
        QVERIFY(runs.wait(10000));
        QVERIFY(runs.last().first().toString().contains(u"canceled"_s) || runs.last().first().toString().contains(u"passed"_s));
        QVERIFY(!actions->isChecking());
        QVERIFY(production.data(HierarchyModel::CheckStatusRole).value<CheckStatus>().state != CheckStatus::State::Running);
        QVERIFY(staging.data(HierarchyModel::CheckStatusRole).value<CheckStatus>().state != CheckStatus::State::Running);
    }

    void deleteWithDatasetsThroughTheCascade()
    {
        const QModelIndex staging = m_portal.source(Sample, Staging);
        QVERIFY(staging.isValid());
        const qint64 id = m_portal.model()->idOf(staging);
        QVERIFY(m_portal.child(staging, u"sales_staging"_s).isValid()); // datasets listed in the tree
        const int sources = m_portal.server->sourceCount();
        const int datasets = m_portal.server->datasetCount();
        SourceActions *actions = m_portal.actions();
        QSignalSpy finished(actions, &SourceActions::deletionFinished);

        // Delete in the tree opens the dependency view.
        m_portal.window->browser()->selectSourceIndex(staging);
        m_portal.view()->setFocus();
        QTest::keyClick(m_portal.view(), Qt::Key_Delete);
        QTRY_VERIFY_WITH_TIMEOUT(actions->lastDeleteDialog() && actions->lastDeleteDialog()->isVisible(), 10000);
        QPointer<SourceDeleteDialog> dialog = actions->lastDeleteDialog();
        QCOMPARE(dialog->datasetTable()->rowCount(), 2);
        QVERIFY(dialog->findChild<QLabel *>(u"sourceDeleteExplanation"_s)->text().contains(u"Delete all related datasets"_s));
        QVERIFY(!dialog->deleteButton()->isEnabled());
        SourceTestPortal::grab(dialog, u"delete-source-dependencies"_s);
        dialog->cascadeBox()->setChecked(true);
        QVERIFY(dialog->deleteButton()->isEnabled());
        QTest::mouseClick(dialog->deleteButton(), Qt::LeftButton);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.last().at(0).toBool(), true);
        QTRY_VERIFY(dialog.isNull());
        QCOMPARE(m_portal.server->sourceCount(), sources - 1);
        QCOMPARE(m_portal.server->datasetCount(), datasets - 2);
        QVERIFY(!m_portal.model()->indexFor(NodeKind::Source, id).isValid());

        // A source without datasets: a plain confirm.
        const QModelIndex production = m_portal.source(Sample, Production);
        const qint64 productionId = m_portal.model()->idOf(production);
        m_portal.server->query(u"DELETE FROM dataset_fields WHERE dataset_id IN (SELECT id FROM datasets WHERE source_id = ?)"_s,
                               {productionId});
        m_portal.server->query(u"DELETE FROM datasets WHERE source_id = ?"_s, {productionId});
        m_portal.window->browser()->selectSourceIndex(production);
        MessageBoxes::setNextAnswer(QMessageBox::Yes);
        actions->deleteAction()->trigger();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.last().at(0).toBool(), true);
        QVERIFY(MessageBoxes::lastQuestion().contains(u"Delete the source \"Sales database (production)\""_s));
        QCOMPARE(m_portal.server->sourceCount(), sources - 2);
        QVERIFY(!m_portal.model()->indexFor(NodeKind::Source, productionId).isValid());
    }
};

QTEST_MAIN(TestSourceEditor)
#include "tst_sourceeditor.moc"
