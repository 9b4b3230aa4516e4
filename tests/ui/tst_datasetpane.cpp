// GUI test of the dataset pane against the demo sandbox (offscreen): the fields editor on a
// 300-field dataset (select all + Space, Apply = exactly one HTTP request; Undo/Redo; Revert;
// header tri-state; hide matching; add and delete as pending changes; a failed Apply keeps the
// edits), the unsaved-changes guard, the description, sync with source after a column was added
// to the demo table, the data preview with copy, and deleting with confirmation.
#include "tst_datasetfixture.h"
#include "models/catalog/portalcatalog.h"

#include "api/entities/biconnectorapi.h"
#include "api/journal/requestjournal.h"
#include "api/transport/restclient.h"
#include "models/tables/datasetfieldsmodel.h"
#include "sandbox/sampleconnector/sampleconnector.h"
#include "ui/tables/datasetaddfielddialog.h"
#include "ui/tables/datasetdatapreview.h"
#include "ui/tables/datasetfieldseditor.h"
#include "ui/tables/datasetmatchdialog.h"
#include "ui/tables/wizard/datasetdraft.h"
#include "ui/tables/datasetsyncdialog.h"
#include "ui/tables/wizard/datasetwizard.h"
#include "ui/tables/fieldscheckheader.h"
#include "ui/widgets/messageboxes.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Qt::StringLiterals;

class TestDatasetPane : public QObject
{
    Q_OBJECT
private:
    DatasetTestPortal m_portal;
    qint64 m_wideId = 0;

    DatasetFieldsEditor *editor() const { return m_portal.pane()->fieldsEditor(); }
    DatasetFieldsModel *fields() const { return editor()->model(); }
    QTableView *view() const { return editor()->view(); }
    QAction *action(const QString &name) const { return m_portal.window->findChild<QAction *>(name); }
    int hiddenOnServer(qint64 datasetId) const
    {
        return int(m_portal.server
                       ->query(u"SELECT id FROM dataset_fields WHERE dataset_id = ? AND visible = 0"_s, {datasetId})
                       .size());
    }
    // Waits until the client has nothing in flight (so that every request is counted).
    static bool idle(RestClient *client)
    {
        return QTest::qWaitFor([client] { return client->requestsInFlight() == 0; }, 10000);
    }

private slots:
    void init()
    {
        QString error;
        QVERIFY2(m_portal.start(&error), qPrintable(error));
        // A wide dataset created through the API.
        Dataset wide;
        wide.sourceId = m_portal.sourceId(u"Sales database (production)"_s);
        wide.name = u"wide_table"_s;
        wide.externalCode = u"wide"_s;
        wide.externalName = u"Wide"_s;
        for (int i = 1; i <= 300; ++i) {
            DatasetField field;
            field.name = u"F%1"_s.arg(i, 3, 10, QChar(u'0'));
            field.externalCode = field.name.toLower();
            field.type = i % 3 == 0 ? u"int"_s : u"string"_s;
            wide.fields.append(field);
        }
        const auto added = DatasetTestPortal::await(m_portal.session->biconnector().addDataset(wide));
        QVERIFY(added && added->ok());
        m_wideId = added->value;
    }

    void cleanup() { m_portal.stop(); }

    void toggling300FieldsAppliesInOneRequest()
    {
        QVERIFY(m_portal.openDataset(m_wideId));
        QCOMPARE(fields()->rowCount(), 300);
        QCOMPARE(m_portal.window->findChild<QLabel *>(u"datasetName"_s)->text(), u"wide_table"_s);
        DatasetTestPortal::grab(m_portal.pane(), u"pane-fields"_s);

        view()->setFocus();
        view()->selectAll();
        QTest::keyClick(view(), Qt::Key_Space);
        QCOMPARE(fields()->visibleCount(), 0);
        QCOMPARE(fields()->pendingChangeCount(), 300);
        auto *pending = m_portal.window->findChild<QLabel *>(u"datasetPendingLabel"_s);
        QVERIFY(pending->isVisible());
        QVERIFY2(pending->text().startsWith(u"300 pending change"_s), qPrintable(pending->text()));
        QVERIFY(m_portal.pane()->hasUnsavedChanges());
        DatasetTestPortal::grab(m_portal.pane(), u"pane-fields-pending"_s);

        QVERIFY(idle(m_portal.session->client()));
        const quint64 journalBefore = m_portal.session->journal()->totalRecorded();
        const int serverBefore = m_portal.server->requestCount();
        QTest::keyClick(view(), Qt::Key_S, Qt::ControlModifier);   // Apply
        QTRY_VERIFY(!editor()->isApplying() && !fields()->hasPendingChanges());
        QVERIFY(idle(m_portal.session->client()));
        QCOMPARE(m_portal.server->requestCount() - serverBefore, 1);
        QCOMPARE(m_portal.server->requestCount(u"biconnector.dataset.fields.update"_s), 1);
        QCOMPARE(m_portal.session->journal()->totalRecorded() - journalBefore, quint64(1));
        QCOMPARE(hiddenOnServer(m_wideId), 300);
        QVERIFY(!pending->isVisible());
        QVERIFY(!m_portal.pane()->hasUnsavedChanges());
        QCOMPARE(fields()->visibilityState(), Qt::Unchecked);
    }

    void undoRedoAndRevert()
    {
        QVERIFY(m_portal.openDataset(m_wideId));
        // Rows 1..3 selected, Space hides them.
        view()->setFocus();
        view()->selectionModel()->select(QItemSelection(view()->model()->index(1, 0), view()->model()->index(3, 0)),
                                         QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QTest::keyClick(view(), Qt::Key_Space);
        QCOMPARE(fields()->pendingChangeCount(), 3);
        QVERIFY(!fields()->isVisibleAt(2));
        QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(fields()->pendingChangeCount(), 0);
        QVERIFY(fields()->isVisibleAt(2));
        QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(fields()->pendingChangeCount(), 3);

        // Header checkbox: everything hidden, then shown again.
        auto *header = qobject_cast<FieldsCheckHeader *>(view()->horizontalHeader());
        QVERIFY(header);
        QCOMPARE(header->checkState(), Qt::PartiallyChecked);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                          QPoint(header->sectionViewportPosition(0) + header->sectionSize(0) / 2, header->height() / 2));
        QCOMPARE(header->checkState(), Qt::Checked);
        QCOMPARE(fields()->pendingChangeCount(), 0);
        header->toggle();
        QCOMPARE(fields()->visibleCount(), 0);

        // Delete (Del key) and add (dialog) are pending too.
        view()->selectionModel()->select(view()->model()->index(0, 0),
                                         QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QTest::keyClick(view(), Qt::Key_Delete);
        QCOMPARE(fields()->changeAt(0), DatasetFieldsModel::Change::Deleted);
        action(u"datasetAddField"_s)->trigger();
        QPointer<DatasetAddFieldDialog> dialog = editor()->addFieldDialog();
        QVERIFY(dialog);
        auto *code = dialog->findChild<QLineEdit *>(u"addFieldCode"_s);
        QTest::keyClicks(code, u"f001"_s);
        // The name proposed from the code clashes with the field being deleted: refused.
        QCOMPARE(dialog->findChild<QLineEdit *>(u"addFieldName"_s)->text(), u"F001"_s);
        QVERIFY(!dialog->isValid());
        QVERIFY(dialog->problem().contains(u"deleted"_s));
        DatasetTestPortal::grab(dialog, u"pane-add-field-refused"_s);
        code->setText(u"bonus"_s);
        dialog->findChild<QLineEdit *>(u"addFieldName"_s)->setText(u"BONUS"_s);
        QVERIFY(dialog->isValid());
        DatasetTestPortal::grab(dialog, u"pane-add-field"_s);
        dialog->accept();
        QCOMPARE(fields()->rowCount(), 301);
        QCOMPARE(fields()->changeAt(300), DatasetFieldsModel::Change::Added);
        DatasetTestPortal::grab(m_portal.pane(), u"pane-fields-mixed-pending"_s);

        // Revert forgets it all, without a request.
        const int serverBefore = m_portal.server->requestCount();
        action(u"datasetRevertFields"_s)->trigger();
        QCOMPARE(fields()->rowCount(), 300);
        QVERIFY(!fields()->hasPendingChanges());
        QCOMPARE(fields()->visibleCount(), 300);
        QCOMPARE(fields()->undoStack()->count(), 0);
        QCOMPARE(m_portal.server->requestCount(), serverBefore);
        QCOMPARE(hiddenOnServer(m_wideId), 0);
    }

    void hideMatchingThenApplyAddAndDelete()
    {
        QVERIFY(m_portal.openDataset(m_wideId));
        action(u"datasetHideMatching"_s)->trigger();
        QPointer<DatasetMatchDialog> match = editor()->matchDialog();
        QVERIFY(match);
        match->findChild<QLineEdit *>(u"matchPattern"_s)->setText(u"f00*"_s);
        QCOMPARE(match->matchCount(), 9);
        auto *type = match->findChild<QComboBox *>(u"matchType"_s);
        type->setCurrentIndex(type->findData(u"int"_s));
        QCOMPARE(match->matchCount(), 3);   // F003, F006, F009
        DatasetTestPortal::grab(match, u"pane-hide-matching"_s);
        match->accept();
        QCOMPARE(fields()->pendingChangeCount(), 3);
        QVERIFY(!fields()->isVisibleAt(2));

        QVERIFY(fields()->deleteFields({299}));
        DatasetField bonus;
        bonus.name = u"BONUS"_s;
        bonus.externalCode = u"bonus"_s;
        bonus.type = u"double"_s;
        QVERIFY(fields()->addField(bonus).isValid());
        const int before = m_portal.server->requestCount(u"biconnector.dataset.fields.update"_s);
        action(u"datasetApplyFields"_s)->trigger();
        // New columns need their ids: the pane reads the dataset again.
        QTRY_VERIFY(!editor()->isApplying() && !fields()->hasPendingChanges() && view()->isEnabled());
        QCOMPARE(m_portal.server->requestCount(u"biconnector.dataset.fields.update"_s), before + 1);
        QTRY_COMPARE(fields()->rowCount(), 300);
        QCOMPARE(m_portal.server->datasetFieldCount(m_wideId), 300);
        QCOMPARE(hiddenOnServer(m_wideId), 3);
        QCOMPARE(fields()->fieldAt(299).name, u"BONUS"_s);
        QVERIFY(fields()->fieldAt(299).id > 0);
    }

    void failedApplyKeepsEditsPending()
    {
        QVERIFY(m_portal.openDataset(m_wideId));
        QVERIFY(fields()->setVisible({0, 1}, false));
        m_portal.server->injectFault(SandboxFault::ServerError, 1, u"biconnector.dataset.fields.update"_s);
        action(u"datasetApplyFields"_s)->trigger();
        auto *error = m_portal.window->findChild<QLabel *>(u"datasetApplyError"_s);
        QTRY_VERIFY(!editor()->isApplying() && error->isVisible());
        QVERIFY(error->text().contains(u"still pending"_s));
        QCOMPARE(fields()->pendingChangeCount(), 2);
        QCOMPARE(hiddenOnServer(m_wideId), 0);
        DatasetTestPortal::grab(m_portal.pane(), u"pane-apply-failed"_s);
        // Retry works.
        action(u"datasetApplyFields"_s)->trigger();
        QTRY_VERIFY(!editor()->isApplying() && !fields()->hasPendingChanges());
        QVERIFY(!error->isVisible());
        QCOMPARE(hiddenOnServer(m_wideId), 2);
    }

    void lostApplyReplyIsReconciled()
    {
        QVERIFY(m_portal.openDataset(m_wideId));
        QVERIFY(fields()->setVisible({5}, false));
        m_portal.server->dropReplyAfterCommit(u"biconnector.dataset.fields.update"_s);
        action(u"datasetApplyFields"_s)->trigger();
        QTRY_VERIFY(!editor()->isApplying());
        // The dataset was read back and shows the change: nothing pending, no error, not resent.
        QVERIFY(!fields()->hasPendingChanges());
        QVERIFY(!m_portal.window->findChild<QLabel *>(u"datasetApplyError"_s)->isVisible());
        QCOMPARE(m_portal.server->requestCount(u"biconnector.dataset.fields.update"_s), 1);
        QCOMPARE(hiddenOnServer(m_wideId), 1);
    }

    void unsavedChangesGuard()
    {
        QVERIFY(m_portal.openDataset(m_wideId));
        QVERIFY(fields()->setVisible({0}, false));
        const qint64 other = m_portal.datasetId(u"sales_2024"_s);
        const QModelIndex otherIndex = m_portal.model()->indexFor(NodeKind::Dataset, other);
        QVERIFY(otherIndex.isValid());
        MessageBoxes::setNextAnswer(QMessageBox::Cancel);
        m_portal.window->browser()->selectSourceIndex(otherIndex);
        QTRY_VERIFY(MessageBoxes::lastQuestion().contains(u"wide_table"_s));
        QCOMPARE(m_portal.pane()->dataset().id, m_wideId);
        QVERIFY(fields()->hasPendingChanges());
        MessageBoxes::setNextAnswer(QMessageBox::Discard);
        m_portal.window->browser()->selectSourceIndex(otherIndex);
        QTRY_COMPARE(m_portal.pane()->dataset().id, other);
        QTRY_VERIFY(m_portal.pane()->isComplete());
        QCOMPARE(hiddenOnServer(m_wideId), 0);
    }

    void descriptionIsSaved()
    {
        QVERIFY(m_portal.openDataset(m_wideId));
        auto *description = m_portal.window->findChild<QLineEdit *>(u"datasetDescriptionEdit"_s);
        auto *save = m_portal.window->findChild<QPushButton *>(u"datasetSaveDescription"_s);
        QVERIFY(!save->isEnabled());
        description->setText(u"Three hundred columns"_s);
        QVERIFY(save->isEnabled());
        QVERIFY(m_portal.pane()->hasUnsavedChanges());
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY(!save->isEnabled() && !m_portal.pane()->hasUnsavedChanges());
        const auto rows = m_portal.server->query(u"SELECT description FROM datasets WHERE id = ?"_s, {m_wideId});
        QCOMPARE(rows.first().value(u"description"_s).toString(), u"Three hundred columns"_s);
        const QModelIndex node = m_portal.model()->indexFor(NodeKind::Dataset, m_wideId);
        QCOMPARE(m_portal.model()->catalog()->dataset(m_wideId)->description, u"Three hundred columns"_s);
        QVERIFY(node.data(Qt::ToolTipRole).toString().contains(u"Three hundred columns"_s));
    }

    void syncFindsColumnAddedToTheDemoTable()
    {
        const qint64 id = m_portal.datasetId(u"sales_2024"_s);
        QVERIFY(m_portal.server->sampleConnector()->addColumn(u"sales"_s, u"discount"_s, u"double"_s));
        QVERIFY(m_portal.openDataset(id));
        const int before = fields()->rowCount();
        QTest::mouseClick(m_portal.window->findChild<QPushButton *>(u"datasetSync"_s), Qt::LeftButton);
        QPointer<DatasetSyncDialog> dialog = m_portal.pane()->syncDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(!dialog->isBusy() && dialog->itemList()->topLevelItemCount() > 0);
        QCOMPARE(dialog->itemList()->topLevelItemCount(), 1);
        const FieldSyncItem item = dialog->items().first();
        QCOMPARE(item.kind, FieldSyncItem::Kind::NewColumn);
        QCOMPARE(item.externalCode, u"discount"_s);
        QCOMPARE(item.newType, u"double"_s);
        QCOMPARE(item.newName, u"DISCOUNT"_s);
        QVERIFY(dialog->applyButton()->isEnabled());
        DatasetTestPortal::grab(dialog, u"pane-sync"_s);
        QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
        QTRY_VERIFY(dialog.isNull());
        QTRY_COMPARE(fields()->rowCount(), before + 1);
        QCOMPARE(fields()->fieldAt(before).name, u"DISCOUNT"_s);
        QVERIFY(fields()->fieldAt(before).id > 0);
        QCOMPARE(m_portal.server->datasetFieldCount(id), before + 1);

        // In sync now.
        QTest::mouseClick(m_portal.window->findChild<QPushButton *>(u"datasetSync"_s), Qt::LeftButton);
        dialog = m_portal.pane()->syncDialog();
        QTRY_VERIFY(dialog->statusText().contains(u"nothing to sync"_s));
        QVERIFY(!dialog->applyButton()->isEnabled());
        dialog->reject();
    }

    void dataPreviewAndCopy()
    {
        QVERIFY(m_portal.openDataset(m_portal.datasetId(u"sales_2024"_s)));
        QVERIFY(fields()->setVisible({1}, false));   // PRODUCT_ID: the preview follows pending changes
        m_portal.pane()->tabs()->setCurrentWidget(m_portal.pane()->dataPreview());
        DatasetDataPreview *preview = m_portal.pane()->dataPreview();
        QTRY_COMPARE(preview->rowCount(), 20);
        QCOMPARE(preview->view()->model()->columnCount(), fields()->rowCount() - 1);
        DatasetTestPortal::grab(m_portal.pane(), u"pane-preview"_s);
        auto *limit = preview->findChild<QSpinBox *>(u"previewLimit"_s);
        limit->setValue(5);
        QTest::mouseClick(preview->findChild<QPushButton *>(u"previewLoad"_s), Qt::LeftButton);
        QTRY_COMPARE(preview->rowCount(), 5);
        QCOMPARE(m_portal.server->sampleConnector()->lastParameters(u"data"_s).value(u"limit"_s).toVariant().toInt(), 5);
        QTableView *table = preview->view();
        table->selectionModel()->select(QItemSelection(table->model()->index(0, 0), table->model()->index(1, 1)),
                                        QItemSelectionModel::ClearAndSelect);
        table->setFocus();
        QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
        const QStringList lines = QApplication::clipboard()->text().split(u'\n');
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.first(), u"SALE_ID\tREGION"_s);
        QCOMPARE(lines.at(1).split(u'\t').first(), table->model()->index(0, 0).data().toString());
    }

    void contextMenuOffersDatasetActions()
    {
        const qint64 id = m_portal.datasetId(u"sales_2024"_s);
        QVERIFY(m_portal.select(NodeKind::Dataset, id));
        const QModelIndex index = m_portal.model()->indexFor(NodeKind::Dataset, id);
        QMenu menu;
        emit m_portal.window->browser()->contextMenuAboutToShow(&menu, index);
        auto *create = menu.findChild<QAction *>(u"contextNewDataset"_s);
        auto *sync = menu.findChild<QAction *>(u"contextSyncDataset"_s);
        QVERIFY(create && sync && menu.findChild<QAction *>(u"contextDeleteDataset"_s));
        sync->trigger();
        QTRY_VERIFY(m_portal.pane()->syncDialog());
        QTRY_VERIFY(m_portal.pane()->syncDialog()->statusText().contains(u"nothing to sync"_s));
        m_portal.pane()->syncDialog()->reject();
        // "New dataset…" on a dataset starts from its source.
        create->trigger();
        QPointer<DatasetWizard> wizard = m_portal.actions()->lastWizard();
        QVERIFY(wizard);
        QCOMPARE(wizard->draft()->sourceId(), m_portal.sourceId(u"Sales database (production)"_s));
        wizard->reject();
        QTRY_VERIFY(wizard.isNull());
        // A source's menu offers only "New dataset…".
        QMenu sourceMenu;
        emit m_portal.window->browser()->contextMenuAboutToShow(
            &sourceMenu, m_portal.model()->indexFor(NodeKind::Source, m_portal.sourceId(u"Sales database (staging)"_s)));
        QVERIFY(sourceMenu.findChild<QAction *>(u"contextNewDataset"_s));
        QVERIFY(!sourceMenu.findChild<QAction *>(u"contextDeleteDataset"_s));
    }

    void deleteAsksFirst()
    {
        QVERIFY(m_portal.openDataset(m_wideId));
        auto *remove = m_portal.window->findChild<QPushButton *>(u"datasetDelete"_s);
        MessageBoxes::setNextAnswer(QMessageBox::Cancel);
        QTest::mouseClick(remove, Qt::LeftButton);
        QTRY_VERIFY(MessageBoxes::lastQuestion().contains(u"wide_table"_s));
        QVERIFY(m_portal.datasetId(u"wide_table"_s) > 0);
        MessageBoxes::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(remove, Qt::LeftButton);
        QTRY_VERIFY(!m_portal.model()->indexFor(NodeKind::Dataset, m_wideId).isValid());
        QCOMPARE(m_portal.datasetId(u"wide_table"_s), 0);
    }
};

QTEST_MAIN(TestDatasetPane)
#include "tst_datasetpane.moc"
