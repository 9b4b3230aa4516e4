// GUI test of the editable connector pane against the demo sandbox (offscreen): editing the title
// persists (re-read with connector.get, tree updated in place), Ctrl+S, Revert, the unsaved-changes
// guard when the selection moves, client-side checks that block Save, and the warning when a new
// settings schema drops codes that existing sources store values for.
#include "models/connectors/connectorsettingsmodel.h"
#include "tst_connectorwindow.h"
#include "ui/connectors/connectordetailpane.h"
#include "ui/connectors/connectorsettingseditor.h"
#include "ui/shell/detailstack.h"
#include "ui/widgets/messageboxes.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

class TestConnectorEdit : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<ConnectorWindow> m_ui;

    ConnectorDetailPane *pane() const { return m_ui->window->details()->connectorPane(); }

    // Selects the connector and waits until its pane has the full connector (editors enabled).
    ConnectorDetailPane *open(const QString &title)
    {
        const QModelIndex index = m_ui->connectorIndex(title);
        if (!index.isValid())
            return nullptr;
        m_ui->select(index);
        if (!QTest::qWaitFor([this, title] { return pane()->original().title == title && !pane()->isLoading()
                                                     && pane()->original().dateCreate.isValid(); },
                             10000))
            return nullptr;
        return pane();
    }

private slots:
    void initTestCase() { ConnectorWindow::initTestCase("tst_connectoredit"); }

    void init()
    {
        m_ui = std::make_unique<ConnectorWindow>();
        QVERIFY(m_ui->start());
    }

    void cleanup() { m_ui.reset(); }

    void editingTheTitlePersists()
    {
        ConnectorDetailPane *detail = open(u"Acme Marketing Cloud"_s);
        QVERIFY(detail);
        const qint64 id = detail->original().id;
        auto *title = m_ui->find<QLineEdit>(u"connectorTitleEdit"_s);
        auto *save = m_ui->find<QPushButton>(u"connectorSave"_s);
        auto *revert = m_ui->find<QPushButton>(u"connectorRevert"_s);
        QVERIFY(title->isEnabled());
        QVERIFY(!save->isEnabled());
        QVERIFY(!detail->hasUnsavedChanges());

        // Revert undoes an edit.
        title->selectAll();
        QTest::keyClicks(title, u"Scratch"_s);
        QVERIFY(detail->hasUnsavedChanges());
        QVERIFY(revert->isEnabled());
        revert->click();
        QCOMPARE(title->text(), u"Acme Marketing Cloud"_s);
        QVERIFY(!detail->hasUnsavedChanges());

        // An empty title cannot be saved (the server's rule, shown before any request).
        title->clear();
        QVERIFY(!save->isEnabled());
        QVERIFY(m_ui->find<QLabel>(u"basicsProblems"_s)->text().contains(u"required"_s));

        QTest::keyClicks(title, u"Acme Marketing Cloud EU"_s);
        QVERIFY(save->isEnabled());
        QVERIFY(m_ui->find<QLabel>(u"connectorSaveStatus"_s)->text().contains(u"Unsaved"_s));
        ConnectorWindow::grab(detail, u"edit-1-pane-unsaved"_s);
        QSignalSpy saved(detail, &ConnectorDetailPane::saved);
        const quint64 mark = m_ui->portal->lastJournalSequence();
        title->setFocus();
        QTest::keyClick(title, Qt::Key_S, Qt::ControlModifier);
        QVERIFY(saved.wait(10000));
        QVERIFY(!detail->hasUnsavedChanges());
        QCOMPARE(m_ui->find<QLabel>(u"connectorTitle"_s)->text(), u"Acme Marketing Cloud EU"_s);
        // Only what changed was sent, then re-read.
        const QStringList methods = m_ui->portal->journalMethods(mark);
        QCOMPARE(methods.first(), u"biconnector.connector.update"_s);
        QVERIFY(methods.contains(u"biconnector.connector.get"_s));
        bool sentOnlyTitle = false;
        for (const JournalEntry &entry : m_ui->portal->session->journal()->entries()) {
            if (entry.sequence > mark && entry.method == u"biconnector.connector.update"_s)
                sentOnlyTitle = entry.requestParams.value(u"fields"_s).toObject().keys() == QStringList{u"title"_s};
        }
        QVERIFY(sentOnlyTitle);

        const auto stored = ConnectorFixture::wait(m_ui->portal->api().getConnector(id));
        QCOMPARE(stored.value.title, u"Acme Marketing Cloud EU"_s);
        // The tree was updated in place.
        QCOMPARE(m_ui->model()->indexFor(NodeKind::Connector, id).data().toString(), u"Acme Marketing Cloud EU"_s);
        ConnectorWindow::grab(m_ui->window.get(), u"edit-2-saved"_s);
    }

    void guardsUnsavedChangesWhenTheSelectionMoves()
    {
        ConnectorDetailPane *detail = open(u"Northwind Warehouse ERP"_s);
        QVERIFY(detail);
        auto *description = m_ui->find<QPlainTextEdit>(u"connectorDescriptionEdit"_s);
        description->setPlainText(u"Edited but not saved"_s);
        QVERIFY(detail->hasUnsavedChanges());
        const QModelIndex other = m_ui->connectorIndex(u"Sample SQL Connector"_s);

        // Cancel: the selection stays, the edit stays.
        MessageBoxes::setNextAnswer(QMessageBox::Cancel);
        m_ui->select(other);
        QTRY_VERIFY(MessageBoxes::lastQuestion().contains(u"Northwind Warehouse ERP"_s));
        QCOMPARE(m_ui->window->browser()->currentSourceIndex(), m_ui->connectorIndex(u"Northwind Warehouse ERP"_s));
        QVERIFY(detail->hasUnsavedChanges());

        // Discard: the selection moves, the edit is gone.
        MessageBoxes::setNextAnswer(QMessageBox::Discard);
        m_ui->select(other);
        QTRY_COMPARE(m_ui->window->browser()->currentSourceIndex(), other);
        QTRY_COMPARE(detail->original().title, u"Sample SQL Connector"_s);
        const auto stored = ConnectorFixture::wait(
            m_ui->portal->api().getConnector(m_ui->connectorIndex(u"Northwind Warehouse ERP"_s)
                                                 .data(HierarchyModel::IdRole).toLongLong()));
        QVERIFY(stored.value.description != u"Edited but not saved"_s);
    }

    void warnsWhenDroppedCodesAreInUse()
    {
        ConnectorDetailPane *detail = open(u"Sample SQL Connector"_s);
        QVERIFY(detail);
        const qint64 id = detail->original().id;
        ConnectorSettingsEditor *settings = detail->settingsEditor();
        QCOMPARE(settings->model()->codes(), (QStringList{u"login"_s, u"password"_s}));
        settings->view()->setCurrentIndex(settings->model()->index(1, 0));
        m_ui->find<QPushButton>(u"settingRemove"_s)->click();
        settings->addSetting();
        settings->model()->setData(settings->model()->index(1, ConnectorSettingsModel::NameColumn), u"Token"_s);
        settings->model()->setData(settings->model()->index(1, ConnectorSettingsModel::CodeColumn), u"token"_s);
        QVERIFY(detail->hasUnsavedChanges());
        ConnectorWindow::grab(detail, u"edit-3-schema-changed"_s);

        // Cancel at the warning: nothing is sent.
        MessageBoxes::setNextAnswer(QMessageBox::Cancel);
        bool result = true;
        bool answered = false;
        detail->save([&](bool ok) {
            result = ok;
            answered = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 10000);
        QVERIFY(!result);
        const QString question = MessageBoxes::lastQuestion();
        QVERIFY2(question.contains(u"password"_s), qPrintable(question));
        QVERIFY(question.contains(u"Sales database (production)"_s));
        QVERIFY(question.contains(u"Sales database (staging)"_s));
        QVERIFY(!question.contains(u"demo-secret"_s)); // values are never shown
        QCOMPARE(ConnectorFixture::wait(m_ui->portal->api().getConnector(id)).value.settings.size(), 2);
        QVERIFY(detail->hasUnsavedChanges());

        // Save anyway.
        MessageBoxes::setNextAnswer(QMessageBox::Save);
        QSignalSpy saved(detail, &ConnectorDetailPane::saved);
        m_ui->find<QPushButton>(u"connectorSave"_s)->click();
        QVERIFY(saved.wait(10000));
        const Connector stored = ConnectorFixture::wait(m_ui->portal->api().getConnector(id)).value;
        QCOMPARE(stored.settings, (QList<ConnectorSetting>{{u"Login"_s, u"login"_s, u"STRING"_s},
                                                           {u"Token"_s, u"token"_s, u"STRING"_s}}));
    }

    void noWarningWhenNoSourceUsesTheDroppedCode()
    {
        ConnectorDetailPane *detail = open(u"Northwind Warehouse ERP"_s);
        QVERIFY(detail);
        // Adding a setting drops nothing: saved without a question.
        const QString before = MessageBoxes::lastQuestion();
        detail->settingsEditor()->addSetting();
        auto *model = detail->settingsEditor()->model();
        const int row = model->rowCount() - 1;
        model->setData(model->index(row, ConnectorSettingsModel::NameColumn), u"Schema"_s);
        model->setData(model->index(row, ConnectorSettingsModel::CodeColumn), u"schema"_s);
        QSignalSpy saved(detail, &ConnectorDetailPane::saved);
        m_ui->find<QPushButton>(u"connectorSave"_s)->click();
        QVERIFY(saved.wait(10000));
        QCOMPARE(MessageBoxes::lastQuestion(), before);
    }
};

QTEST_MAIN(TestConnectorEdit)
#include "tst_connectoredit.moc"
