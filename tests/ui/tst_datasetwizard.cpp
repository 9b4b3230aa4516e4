// GUI test of the "New dataset" wizard against the demo sandbox (offscreen): search the sample
// connector's tables (debounced, one request), hide two columns of `sales`, let the name
// assistant fix a name typed in Cyrillic, preview the visible columns, refuse a taken dataset
// name, create, and check with dataset.get that the portal holds exactly that; the new dataset is
// selected in the tree. Also: a lost dataset.add reply is reconciled without resending, and the
// error states of a connector that answers garbage.
#include "tst_datasetfixture.h"

#include "api/entities/biconnectorapi.h"
#include "models/tables/datasetfieldsdraftmodel.h"
#include "sandbox/sampleconnector/sampleconnector.h"
#include "ui/tables/datasetdatapreview.h"
#include "ui/tables/wizard/datasetdraft.h"
#include "ui/tables/wizard/datasetfieldspage.h"
#include "ui/tables/wizard/datasetnamepage.h"
#include "ui/tables/wizard/datasetpreviewpage.h"
#include "ui/tables/wizard/datasettablepage.h"
#include "ui/tables/wizard/datasetwizard.h"
#include "ui/widgets/messageboxes.h"

#include <QAbstractButton>
#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

class TestDatasetWizard : public QObject
{
    Q_OBJECT
private:
    DatasetTestPortal m_portal;

    qint64 productionSourceId() const { return m_portal.sourceId(u"Sales database (production)"_s); }

    static int rowOfCode(const DatasetFieldsDraftModel *model, const QString &code)
    {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, DatasetFieldsDraftModel::ExternalCodeColumn).data().toString() == code)
                return row;
        }
        return -1;
    }

    // A connector + source whose endpoints all answer 200 with an HTML page.
    qint64 addGarbageSource()
    {
        const QString base = m_portal.server->connectorUrl().toString() + u"broken/notjson/"_s;
        Connector connector;
        connector.title = u"Garbage connector"_s;
        connector.logo = u"data:image/svg+xml;base64,PHN2Zy8+"_s;
        connector.urlCheck = base + u"check"_s;
        connector.urlTableList = base + u"tables"_s;
        connector.urlTableDescription = base + u"describe"_s;
        connector.urlData = base + u"data"_s;
        connector.settings = {{u"Login"_s, u"login"_s, u"STRING"_s}, {u"Password"_s, u"password"_s, u"STRING"_s}};
        const auto connectorId = DatasetTestPortal::await(m_portal.session->biconnector().addConnector(connector));
        if (!connectorId || !connectorId->ok())
            return 0;
        Source source;
        source.connectorId = connectorId->value;
        source.title = u"Garbage source"_s;
        source.settings = {{0, u"login"_s, u"Login"_s, u"STRING"_s, SampleConnector::validLogin()},
                           {0, u"password"_s, u"Password"_s, u"STRING"_s, SampleConnector::validPassword()}};
        const auto sourceId = DatasetTestPortal::await(m_portal.session->biconnector().addSource(source));
        return sourceId && sourceId->ok() ? sourceId->value : 0;
    }

private slots:
    void init()
    {
        QString error;
        QVERIFY2(m_portal.start(&error), qPrintable(error));
    }

    void cleanup() { m_portal.stop(); }

    void createSalesDatasetWithHiddenAndRenamedColumns()
    {
        const qint64 sourceId = productionSourceId();
        QVERIFY(sourceId > 0);
        // "New ▾ → Dataset…" follows the tree's selection.
        QAction *newDataset = m_portal.window->findChild<QAction *>(u"newDatasetAction"_s);
        QVERIFY(newDataset);
        QVERIFY(!newDataset->isEnabled());
        QVERIFY(m_portal.select(NodeKind::Source, sourceId));
        QVERIFY(newDataset->isEnabled());
        newDataset->trigger();
        QPointer<DatasetWizard> wizard = m_portal.actions()->lastWizard();
        QVERIFY(wizard);
        QVERIFY(wizard->isVisible());

        // (1) Tables: the first listing, then a search typed quickly runs once.
        DatasetTablePage *tables = wizard->tablePage();
        QTRY_COMPARE(tables->tableList()->topLevelItemCount(), 4);
        QVERIFY(!tables->isComplete());
        DatasetTestPortal::grab(wizard, u"wizard-1-tables"_s);
        SampleConnector *connector = m_portal.server->sampleConnector();
        const int listingsBefore = connector->requestCount(u"tables"_s);
        QTest::keyClicks(tables->searchBox(), u"sal"_s);
        QTRY_VERIFY(!tables->isSearching() && tables->tableList()->topLevelItemCount() == 1);
        QCOMPARE(connector->requestCount(u"tables"_s), listingsBefore + 1);
        QCOMPARE(connector->lastParameters(u"tables"_s).value(u"searchString"_s).toString(), u"sal"_s);
        QCOMPARE(tables->tableList()->topLevelItem(0)->text(0), u"sales"_s);
        QVERIFY(tables->isComplete());   // a single match is chosen
        DatasetTestPortal::grab(wizard, u"wizard-1-tables-search"_s);
        wizard->next();

        // (2) Columns: names proposed from the codes; hide two; rename one in Cyrillic.
        DatasetFieldsPage *fieldsPage = wizard->fieldsPage();
        QCOMPARE(wizard->currentPage(), fieldsPage);
        DatasetFieldsDraftModel *fields = wizard->draft()->fields();
        QTRY_COMPARE(fields->rowCount(), 7);
        QVERIFY(fieldsPage->isComplete());
        QCOMPARE(fields->index(rowOfCode(fields, u"sale_id"_s), DatasetFieldsDraftModel::NameColumn).data().toString(),
                 u"SALE_ID"_s);
        QTableView *view = fieldsPage->view();
        // Keyboard: Space on the checkbox cell of product_id hides it.
        view->setFocus();
        view->setCurrentIndex(view->model()->index(rowOfCode(fields, u"product_id"_s), 0));
        QTest::keyClick(view, Qt::Key_Space);
        QCOMPARE(fields->index(rowOfCode(fields, u"product_id"_s), 0).data(Qt::CheckStateRole).value<Qt::CheckState>(),
                 Qt::Unchecked);
        QVERIFY(fields->setData(fields->index(rowOfCode(fields, u"created_at"_s), 0), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(fields->visibilityState(), Qt::PartiallyChecked);
        const QModelIndex amountName = fields->index(rowOfCode(fields, u"amount"_s), DatasetFieldsDraftModel::NameColumn);
        QVERIFY(fields->setData(amountName, u"Сумма продаж"_s));
        QVERIFY(!fieldsPage->isComplete());
        QVERIFY(fieldsPage->problemLabel()->isVisible());
        QVERIFY(fieldsPage->problemLabel()->text().contains(u"uppercase"_s));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        DatasetTestPortal::grab(wizard, u"wizard-2-fields-problem"_s);
        QVERIFY(fieldsPage->fixNamesButton()->isEnabled());
        QTest::mouseClick(fieldsPage->fixNamesButton(), Qt::LeftButton);
        QCOMPARE(amountName.data().toString(), u"SUMMA_PRODAZH"_s);
        QVERIFY(fieldsPage->isComplete());
        QVERIFY(!fieldsPage->problemLabel()->isVisible());
        DatasetTestPortal::grab(wizard, u"wizard-2-fields"_s);
        wizard->next();

        // (3) Preview: 20 rows, only the five visible columns, asked for by NAME with mapFields.
        DatasetPreviewPage *previewPage = wizard->previewPage();
        QCOMPARE(wizard->currentPage(), previewPage);
        QTRY_COMPARE(previewPage->preview()->rowCount(), 20);
        const QAbstractItemModel *rows = previewPage->preview()->view()->model();
        QCOMPARE(rows->columnCount(), 5);
        QStringList headers;
        for (int column = 0; column < rows->columnCount(); ++column)
            headers.append(rows->headerData(column, Qt::Horizontal).toString());
        QVERIFY(headers.contains(u"SUMMA_PRODAZH"_s));
        QVERIFY(!headers.contains(u"PRODUCT_ID"_s));
        const QJsonObject sent = connector->lastParameters(u"data"_s);
        QCOMPARE(sent.value(u"limit"_s).toVariant().toInt(), 20);
        QCOMPARE(sent.value(u"mapFields"_s).toObject().value(u"amount"_s).toString(), u"SUMMA_PRODAZH"_s);
        DatasetTestPortal::grab(wizard, u"wizard-3-preview"_s);
        wizard->next();

        // (4) Name: proposed from the table code; a taken name is refused inline.
        DatasetNamePage *namePage = wizard->namePage();
        QCOMPARE(wizard->currentPage(), namePage);
        QTRY_VERIFY(wizard->draft()->hasExistingNames());
        QCOMPARE(namePage->nameEdit()->text(), u"sales"_s);
        namePage->nameEdit()->setText(u"sales_2024"_s);
        QVERIFY(!namePage->isComplete());
        QVERIFY(!wizard->button(QWizard::FinishButton)->isEnabled());
        auto *problem = wizard->findChild<QLabel *>(u"datasetNameProblem"_s);
        QVERIFY(problem->text().contains(u"already exists"_s));
        DatasetTestPortal::grab(wizard, u"wizard-4-name-taken"_s);
        namePage->nameEdit()->setText(u"sales_eu"_s);
        QVERIFY(namePage->isComplete());
        DatasetTestPortal::grab(wizard, u"wizard-4-name"_s);
        const int addsBefore = m_portal.server->requestCount(u"biconnector.dataset.add"_s);
        QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
        QTRY_VERIFY(wizard.isNull());
        QCOMPARE(m_portal.server->requestCount(u"biconnector.dataset.add"_s), addsBefore + 1);

        // The portal holds exactly that (dataset.get).
        const qint64 id = m_portal.datasetId(u"sales_eu"_s);
        QVERIFY(id > 0);
        const auto got = DatasetTestPortal::await(m_portal.session->biconnector().getDataset(id));
        QVERIFY(got && got->ok());
        const Dataset dataset = got->value;
        QCOMPARE(dataset.externalCode, u"sales"_s);
        QCOMPARE(dataset.description, u"Sales"_s);
        QCOMPARE(dataset.fields.size(), 7);
        QStringList hidden;
        QHash<QString, QString> nameOfCode;
        for (const DatasetField &field : dataset.fields) {
            nameOfCode.insert(field.externalCode, field.name);
            if (!field.visible)
                hidden.append(field.externalCode);
        }
        hidden.sort();
        QCOMPARE(hidden, (QStringList{u"created_at"_s, u"product_id"_s}));
        QCOMPARE(nameOfCode.value(u"amount"_s), u"SUMMA_PRODAZH"_s);
        QCOMPARE(nameOfCode.value(u"sold_on"_s), u"SOLD_ON"_s);
        QCOMPARE(nameOfCode.value(u"region"_s), u"REGION"_s);

        // The new dataset is selected in the tree, its pane open.
        const QModelIndex current = m_portal.window->browser()->currentSourceIndex();
        QCOMPARE(current.data(HierarchyModel::KindRole).value<NodeKind>(), NodeKind::Dataset);
        QCOMPARE(current.data(HierarchyModel::IdRole).toLongLong(), id);
        QCOMPARE(m_portal.window->details()->currentPane(), m_portal.pane());
        QTRY_VERIFY(m_portal.pane()->isComplete());
        DatasetTestPortal::grab(m_portal.window.get(), u"wizard-5-created-in-tree"_s);
    }

    void newDatasetOfAnUnlistedSourceIsRevealed()
    {
        // Only the connector is expanded: the staging source's datasets were never listed.
        HierarchyModel *model = m_portal.model();
        const qint64 connectorId = m_portal.storedId(u"connectors"_s, u"title"_s, u"Sample SQL Connector"_s);
        QTRY_VERIFY(model->indexFor(NodeKind::Connector, connectorId).isValid());
        model->fetchMore(model->indexFor(NodeKind::Connector, connectorId));
        const qint64 sourceId = m_portal.sourceId(u"Sales database (staging)"_s);
        QTRY_VERIFY(model->indexFor(NodeKind::Source, sourceId).isValid());
        QVERIFY(!model->indexFor(NodeKind::Dataset, m_portal.datasetId(u"sales_staging"_s)).isValid());

        Dataset dataset;
        dataset.sourceId = sourceId;
        dataset.name = u"staging_extra"_s;
        dataset.externalCode = u"sales"_s;
        dataset.externalName = u"Sales"_s;
        dataset.fields = {DatasetField{0, 0, u"SALE_ID"_s, u"int"_s, u"sale_id"_s, true}};
        const auto id = DatasetTestPortal::await(m_portal.session->biconnector().addDataset(dataset));
        QVERIFY(id && id->ok());
        dataset.id = id->value;
        m_portal.actions()->revealDataset(dataset);
        QTRY_COMPARE(m_portal.window->browser()->currentSourceIndex().data(HierarchyModel::IdRole).toLongLong(),
                     dataset.id);
        QCOMPARE(m_portal.window->browser()->currentSourceIndex().data(HierarchyModel::KindRole).value<NodeKind>(),
                 NodeKind::Dataset);
        // Listed once, not twice.
        const QModelIndex source = model->indexFor(NodeKind::Source, sourceId);
        int copies = 0;
        for (int row = 0; row < model->rowCount(source); ++row)
            copies += model->index(row, 0, source).data(HierarchyModel::IdRole).toLongLong() == dataset.id ? 1 : 0;
        QCOMPARE(copies, 1);
    }

    void cancelAsksOnceChoicesWereMade()
    {
        QPointer<DatasetWizard> wizard = m_portal.actions()->openWizard(productionSourceId());
        QVERIFY(wizard);
        QTRY_COMPARE(wizard->tablePage()->tableList()->topLevelItemCount(), 4);
        wizard->tablePage()->tableList()->setCurrentItem(wizard->tablePage()->tableList()->topLevelItem(1));
        wizard->next();
        QTRY_COMPARE(wizard->draft()->fields()->rowCount(), 8);   // deals
        MessageBoxes::setNextAnswer(QMessageBox::No);
        QTest::mouseClick(wizard->button(QWizard::CancelButton), Qt::LeftButton);
        QVERIFY(MessageBoxes::lastQuestion().contains(u"will be lost"_s));
        QTRY_VERIFY(!wizard->isConfirmingCancel());
        QVERIFY(wizard && wizard->isVisible());
        MessageBoxes::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(wizard->button(QWizard::CancelButton), Qt::LeftButton);
        QTRY_VERIFY(wizard.isNull());
    }

    void lostAddReplyIsReconciledNotResent()
    {
        const qint64 sourceId = productionSourceId();
        DatasetDraft draft(m_portal.session, sourceId);
        draft.setTable({{}, u"deals"_s, u"Deals"_s});
        QSignalSpy columns(&draft, &DatasetDraft::columnsLoaded);
        draft.loadColumns();
        QVERIFY(columns.wait(10000));
        QVERIFY(columns.first().first().toBool());
        draft.setName(u"deals_copy"_s);
        m_portal.server->dropReplyAfterCommit(u"biconnector.dataset.add"_s);
        QSignalSpy created(&draft, &DatasetDraft::created);
        QSignalSpy failed(&draft, &DatasetDraft::createFailed);
        draft.create();
        QTRY_VERIFY_WITH_TIMEOUT(created.count() + failed.count() == 1, 10000);
        QCOMPARE(failed.count(), 0);
        const Dataset dataset = created.first().first().value<Dataset>();
        QCOMPARE(dataset.id, m_portal.datasetId(u"deals_copy"_s));
        QCOMPARE(m_portal.server->requestCount(u"biconnector.dataset.add"_s), 1);
        QCOMPARE(m_portal.server->query(u"SELECT id FROM datasets WHERE name = 'deals_copy'"_s).size(), 1);
    }

    void lostAddReplyWithoutDatasetCanBeRetried()
    {
        // The request is dropped before anything is stored: the draft reports it and can try again.
        DatasetDraft draft(m_portal.session, productionSourceId());
        draft.setTable({{}, u"products"_s, u"Products"_s});
        QSignalSpy columns(&draft, &DatasetDraft::columnsLoaded);
        draft.loadColumns();
        QVERIFY(columns.wait(10000));
        draft.setName(u"products_copy"_s);
        m_portal.server->injectFault(SandboxFault::DropConnection, 1, u"biconnector.dataset.add"_s);
        QSignalSpy failed(&draft, &DatasetDraft::createFailed);
        QSignalSpy created(&draft, &DatasetDraft::created);
        draft.create();
        QVERIFY(failed.wait(10000));
        QCOMPARE(m_portal.datasetId(u"products_copy"_s), 0);
        QVERIFY(!draft.isCreating());
        draft.create();
        QVERIFY(created.wait(10000));
        QVERIFY(m_portal.datasetId(u"products_copy"_s) > 0);
    }

    void errorStatesOfABrokenConnector()
    {
        const qint64 sourceId = addGarbageSource();
        QVERIFY(sourceId > 0);
        QPointer<DatasetWizard> wizard = m_portal.actions()->openWizard(sourceId);
        QVERIFY(wizard);
        auto *status = wizard->findChild<QLabel *>(u"datasetTableStatus"_s);
        auto *retry = wizard->findChild<QPushButton *>(u"datasetTableRetry"_s);
        QTRY_VERIFY(retry->isVisible());
        QVERIFY(status->text().contains(u"Could not list the tables"_s));
        QCOMPARE(wizard->tablePage()->tableList()->topLevelItemCount(), 0);
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        DatasetTestPortal::grab(wizard, u"wizard-1-tables-error"_s);
        const int before = m_portal.server->sampleConnector()->requestCount(u"broken/notjson/tables"_s);
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_COMPARE(m_portal.server->sampleConnector()->requestCount(u"broken/notjson/tables"_s), before + 1);
        QTRY_VERIFY(retry->isVisible());

        // The description fails the same way on the columns page.
        wizard->draft()->setTable({{}, u"sales"_s, u"Sales"_s});
        QSignalSpy columns(wizard->draft(), &DatasetDraft::columnsLoaded);
        wizard->draft()->loadColumns();
        QVERIFY(columns.wait(10000));
        QVERIFY(!columns.first().first().toBool());
        QVERIFY(!wizard->draft()->hasColumns());
        wizard->reject();
        QTRY_VERIFY(wizard.isNull());
    }
};

QTEST_MAIN(TestDatasetWizard)
#include "tst_datasetwizard.moc"
