// GUI test of deleting connectors against the demo sandbox (offscreen): a plain confirmation for
// a connector without sources; the portal's refusal (CONNECTOR_DELETE_RESTRICTED) shown in words
// when a source appears after the check, leading to the cascade dialog; the cascade deleting
// datasets → sources → connector in order (verified through the API and the tree); stop at the
// first error; Stop after the running step.
#include "sandbox/sampleconnector/sampleconnector.h"
#include "models/catalog/portalcatalog.h"
#include "tst_connectorwindow.h"
#include "ui/connectors/connectordeletedialog.h"
#include "ui/widgets/messageboxes.h"

#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

class TestConnectorDelete : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<ConnectorWindow> m_ui;

    // A connector without sources, created through the API and shown in the tree.
    qint64 addBareConnector(const QString &title)
    {
        Connector connector;
        connector.title = title;
        connector.logo = u"https://cdn.example.com/logo.svg"_s;
        const QString base = m_ui->portal->server->connectorUrl().toString();
        connector.urlCheck = base + u"check"_s;
        connector.urlTableList = base + u"tables"_s;
        connector.urlTableDescription = base + u"describe"_s;
        connector.urlData = base + u"data"_s;
        connector.settings = {{u"Login"_s, u"login"_s, u"STRING"_s}, {u"Password"_s, u"password"_s, u"STRING"_s}};
        const auto added = ConnectorFixture::wait(m_ui->portal->api().addConnector(connector));
        if (!added.ok())
            return 0;
        connector.id = added.value;
        m_ui->model()->catalog()->putConnector(connector);
        return connector.id;
    }

    QList<Source> sourcesOf(qint64 connectorId) const { return m_ui->portal->sourcesOf(connectorId); }

    void pressDelete() const { QTest::keyClick(m_ui->tree(), Qt::Key_Delete); }

    // Selects the sample connector, triggers Delete and waits for the cascade dialog.
    ConnectorDeleteDialog *openSampleCascade(qint64 *connectorId) const
    {
        const QModelIndex sample = m_ui->connectorIndex(u"Sample SQL Connector"_s);
        *connectorId = sample.data(HierarchyModel::IdRole).toLongLong();
        m_ui->select(sample);
        m_ui->window->findChild<QAction *>(u"deleteConnectorAction"_s)->trigger();
        return waitForCascadeDialog();
    }

    ConnectorDeleteDialog *waitForCascadeDialog() const
    {
        if (!QTest::qWaitFor([this] { return m_ui->actions()->lastDeleteDialog() != nullptr; }, 10000))
            return nullptr;
        ConnectorDeleteDialog *dialog = m_ui->actions()->lastDeleteDialog();
        return QTest::qWaitForWindowExposed(dialog) ? dialog : nullptr;
    }

private slots:
    void initTestCase() { ConnectorWindow::initTestCase("tst_connectordelete"); }

    void init()
    {
        m_ui = std::make_unique<ConnectorWindow>();
        QVERIFY(m_ui->start());
    }

    void cleanup() { m_ui.reset(); }

    void plainConfirmForAConnectorWithoutSources()
    {
        const qint64 id = addBareConnector(u"Unused connector"_s);
        QVERIFY(id > 0);
        m_ui->select(m_ui->model()->indexFor(NodeKind::Connector, id));
        QAction *action = m_ui->window->findChild<QAction *>(u"deleteConnectorAction"_s);
        QVERIFY(action->isEnabled());
        QSignalSpy finished(m_ui->actions(), &ConnectorActions::deleteFinished);

        // No: nothing happens.
        MessageBoxes::setNextAnswer(QMessageBox::No);
        pressDelete();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.takeFirst().at(1).toBool(), false);
        QVERIFY(MessageBoxes::lastQuestion().contains(u"Unused connector"_s));
        QVERIFY(m_ui->model()->indexFor(NodeKind::Connector, id).isValid());

        // Yes: deleted on the portal and gone from the tree.
        MessageBoxes::setNextAnswer(QMessageBox::Yes);
        pressDelete();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.takeFirst().at(1).toBool(), true);
        QVERIFY(!m_ui->model()->indexFor(NodeKind::Connector, id).isValid());
        QCOMPARE(ConnectorFixture::wait(m_ui->portal->api().getConnector(id)).error.kind(), ApiError::Kind::NotFound);
    }

    void portalRefusalLeadsToTheCascade()
    {
        const qint64 id = addBareConnector(u"Connector that gains a source"_s);
        QVERIFY(id > 0);
        m_ui->select(m_ui->model()->indexFor(NodeKind::Connector, id));
        pressDelete();
        // The real confirmation box (no source yet)...
        QMessageBox *box = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((box = m_ui->window->findChild<QMessageBox *>(u"questionBox"_s)) != nullptr, 10000);
        QVERIFY(QTest::qWaitForWindowExposed(box));
        QVERIFY(box->text().contains(u"no sources"_s));
        ConnectorWindow::grab(box, u"delete-1-plain-confirm"_s);
        // ...while someone adds a source behind our back.
        Source source;
        source.connectorId = id;
        source.title = u"Added meanwhile"_s;
        source.settings = {SourceSetting{0, u"login"_s, {}, {}, SampleConnector::validLogin()},
                           SourceSetting{0, u"password"_s, {}, {}, SampleConnector::validPassword()}};
        const auto added = ConnectorFixture::wait(m_ui->portal->api().addSource(source));
        QVERIFY2(added.ok(), qPrintable(added.error.details()));

        // Yes → the portal refuses; the refusal is explained and the cascade offered (answered Yes).
        MessageBoxes::setNextAnswer(QMessageBox::Yes);
        box->button(QMessageBox::Yes)->click();
        ConnectorDeleteDialog *dialog = waitForCascadeDialog();
        QVERIFY(dialog);
        const QString refusal = MessageBoxes::lastQuestion();
        QVERIFY2(refusal.contains(u"refused"_s), qPrintable(refusal));
        ApiError restricted(ApiError::Kind::Conflict, u"CONNECTOR_DELETE_RESTRICTED"_s, QString());
        QVERIFY2(refusal.contains(restricted.userMessage()), qPrintable(refusal));

        auto *tree = dialog->findChild<QTreeWidget *>(u"connectorDependents"_s);
        QCOMPARE(tree->topLevelItemCount(), 1);
        QVERIFY(tree->topLevelItem(0)->text(0).contains(u"Added meanwhile"_s));
        QSignalSpy finished(m_ui->actions(), &ConnectorActions::deleteFinished);
        dialog->deleteButton()->click();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(1).toBool(), true);
        QCOMPARE(ConnectorFixture::wait(m_ui->portal->api().getConnector(id)).error.kind(), ApiError::Kind::NotFound);
        QCOMPARE(ConnectorFixture::wait(m_ui->portal->api().getSource(added.value)).error.kind(),
                 ApiError::Kind::NotFound);
    }

    void cascadeDeletesEverythingInOrder()
    {
        const QModelIndex sample = m_ui->connectorIndex(u"Sample SQL Connector"_s);
        const qint64 id = sample.data(HierarchyModel::IdRole).toLongLong();
        const QList<Source> sources = sourcesOf(id);
        QCOMPARE(sources.size(), 2);
        // Expand the connector so its sources are in the tree too.
        m_ui->tree()->expand(m_ui->window->browser()->proxy()->mapFromSource(sample));
        QTRY_VERIFY(m_ui->model()->indexFor(NodeKind::Source, sources.first().id).isValid());
        m_ui->select(sample);
        m_ui->window->findChild<QAction *>(u"deleteConnectorAction"_s)->trigger();
        ConnectorDeleteDialog *dialog = waitForCascadeDialog();
        QVERIFY(dialog);
        auto *tree = dialog->findChild<QTreeWidget *>(u"connectorDependents"_s);
        QCOMPARE(tree->topLevelItemCount(), 2);
        QCOMPARE(tree->topLevelItem(0)->childCount() + tree->topLevelItem(1)->childCount(), 6);
        ConnectorWindow::grab(dialog, u"delete-2-cascade-dialog"_s);

        QSignalSpy finished(m_ui->actions(), &ConnectorActions::deleteFinished);
        QSignalSpy done(dialog->deletion(), &CascadeDelete::stepDone);
        const quint64 mark = m_ui->portal->lastJournalSequence();
        dialog->deleteButton()->click();
        QVERIFY(!dialog->deleteButton()->isEnabled());
        QVERIFY(finished.wait(15000));
        QCOMPARE(finished.first().at(1).toBool(), true);
        QCOMPARE(done.size(), 9);

        // The writes, in order: each source's datasets (table.delete: the portal has it), then the source; the
        // connector last.
        QStringList writes;
        for (const QString &method : m_ui->portal->journalMethods(mark)) {
            if (method.endsWith(u".delete"_s))
                writes.append(method);
        }
        QCOMPARE(writes, (QStringList{u"biconnector.table.delete"_s, u"biconnector.table.delete"_s,
                                      u"biconnector.table.delete"_s, u"biconnector.table.delete"_s,
                                      u"biconnector.source.delete"_s, u"biconnector.table.delete"_s,
                                      u"biconnector.table.delete"_s, u"biconnector.source.delete"_s,
                                      u"biconnector.connector.delete"_s}));
        // Gone through the API...
        QCOMPARE(ConnectorFixture::wait(m_ui->portal->api().getConnector(id)).error.kind(), ApiError::Kind::NotFound);
        QVERIFY(sourcesOf(id).isEmpty());
        for (const Source &source : sources) {
            QCOMPARE(ConnectorFixture::wait(m_ui->portal->api().getSource(source.id)).error.kind(),
                     ApiError::Kind::NotFound);
            QVERIFY(m_ui->portal->datasetsOf(source.id).isEmpty());
        }
        // ...and from the tree.
        QVERIFY(!m_ui->model()->indexFor(NodeKind::Connector, id).isValid());
        QVERIFY(!m_ui->model()->indexFor(NodeKind::Source, sources.first().id).isValid());
    }

    void cascadeStopsAtTheFirstError()
    {
        qint64 id = 0;
        ConnectorDeleteDialog *dialog = openSampleCascade(&id);
        QVERIFY(dialog);
        // A dataset appears after the dialog listed everything: its source cannot be deleted.
        const Source first = sourcesOf(id).first();
        Dataset late;
        late.sourceId = first.id;
        late.name = u"late_arrival"_s;
        late.externalCode = u"sales"_s;
        late.externalName = u"Sales"_s;
        late.fields = {DatasetField{0, 0, u"ID"_s, u"int"_s, u"id"_s, true}};
        QVERIFY(ConnectorFixture::wait(m_ui->portal->api().addDataset(late)).ok());

        QSignalSpy finished(m_ui->actions(), &ConnectorActions::deleteFinished);
        dialog->deleteButton()->click();
        QVERIFY(finished.wait(15000));
        QCOMPARE(finished.first().at(1).toBool(), false);
        QVERIFY(dialog->isVisible());
        const QString status = dialog->statusText();
        QVERIFY2(status.contains(first.title), qPrintable(status));
        QVERIFY(status.contains(u"datasets"_s)); // "The source still has datasets…"
        QCOMPARE(dialog->deletion()->completedSteps(), 4);
        QCOMPARE(sourcesOf(id).size(), 2);
        QCOMPARE(dialog->stopButton()->text().remove(u'&'), u"Close"_s);
        ConnectorWindow::grab(dialog, u"delete-3-stopped-at-error"_s);
        dialog->stopButton()->click();
        QTRY_VERIFY(!m_ui->actions()->lastDeleteDialog());
    }

    void stopAfterTheRunningStep()
    {
        qint64 id = 0;
        ConnectorDeleteDialog *dialog = openSampleCascade(&id);
        QVERIFY(dialog);
        connect(dialog->deletion(), &CascadeDelete::stepStarted, dialog, [dialog](int index) {
            if (index == 1)
                dialog->stopButton()->click(); // while the second delete is out
        });
        QSignalSpy finished(m_ui->actions(), &ConnectorActions::deleteFinished);
        dialog->deleteButton()->click();
        QVERIFY(finished.wait(15000));
        QCOMPARE(finished.first().at(1).toBool(), false);
        QCOMPARE(dialog->deletion()->completedSteps(), 2); // the running one finished, nothing after it
        QVERIFY(dialog->statusText().contains(u"Stopped after 2"_s));
        QCOMPARE(m_ui->portal->datasetsOf(sourcesOf(id).first().id).size(), 2);
        ConnectorWindow::grab(dialog, u"delete-4-stopped"_s);
    }
};

QTEST_MAIN(TestConnectorDelete)
#include "tst_connectordelete.moc"
