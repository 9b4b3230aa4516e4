// GUI test of the main window against the demo sandbox (offscreen): expand a connector and a
// source, select a dataset, see its fields; the search finds a dataset in an unexpanded branch.
#include "api/transport/portalsession.h"
#include "api/auth/tokenmanager.h"
#include "models/catalog/hierarchyfilterproxy.h"
#include "models/catalog/hierarchymodel.h"
#include "sandbox/sandboxserver.h"
#include "support/sandboxwindow.h"
#include "ui/tables/datasetdetailpane.h"
#include "ui/shell/detailstack.h"
#include "ui/shell/entitydetailpane.h"
#include "ui/shell/hierarchybrowser.h"
#include "ui/shell/mainwindow.h"
#include "ui/sources/sourcedetailpane.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace Qt::StringLiterals;

class TestBrowserWindow : public QObject
{
    Q_OBJECT
private:
    SandboxWindow m_portal{{/*demoMode=*/true, QSize()}};

    QTreeView *tree() const { return m_portal.window->findChild<QTreeView *>(u"hierarchyView"_s); }
    QAbstractItemModel *viewModel() const { return tree()->model(); }

    // The first row under `parent` (a view index) whose kind is `kind`, waiting for it to load.
    QModelIndex firstChildOfKind(const QModelIndex &parent, NodeKind kind)
    {
        QModelIndex found;
        auto look = [&] {
            for (int row = 0; row < viewModel()->rowCount(parent); ++row) {
                const QModelIndex index = viewModel()->index(row, 0, parent);
                if (index.data(HierarchyModel::KindRole).value<NodeKind>() == kind
                    && viewModel()->hasChildren(index) == (kind != NodeKind::Dataset)) {
                    found = index;
                    return true;
                }
            }
            return false;
        };
        [&] { QTRY_VERIFY_WITH_TIMEOUT(look(), 10000); }();
        return found;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"BIWorkspaceTests"_s);
        QCoreApplication::setApplicationName(u"tst_browserwindow"_s);
        QSettings().clear();
    }

    void init()
    {
        QString error;
        QVERIFY2(m_portal.start(&error), qPrintable(error));
    }

    void cleanup()
    {
        m_portal.stop();
    }

    void browseToDatasetFields()
    {
        QTreeView *view = tree();
        QVERIFY(view);
        const QModelIndex portal = viewModel()->index(0, 0);
        QVERIFY(view->isExpanded(portal));
        const QModelIndex connector = firstChildOfKind(portal, NodeKind::Connector);
        // The detail panes are built when first needed, not with the window.
        QVERIFY(m_portal.window->details()->findChildren<EntityDetailPane *>().isEmpty());

        // Keyboard: select the connector and expand it with the Right key.
        view->setCurrentIndex(connector);
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Right);
        QVERIFY(view->isExpanded(connector));
        auto *details = m_portal.window->findChild<QStackedWidget *>(u"detailStack"_s);
        QCOMPARE(details->currentWidget()->objectName(), u"connectorDetailPane"_s);
        auto *title = m_portal.window->findChild<QLabel *>(u"connectorTitle"_s);
        QCOMPARE(title->text(), connector.data().toString());
        QVERIFY(!m_portal.window->details()->builtPane<SourceDetailPane>());
        QVERIFY(!m_portal.window->details()->builtPane<DatasetDetailPane>());
        // Built late, the pane was still handed the portal by its controller (testing needs it).
        QTRY_VERIFY(m_portal.window->findChild<QPushButton *>(u"connectorTestEndpoints"_s)->isEnabled());
        // The connector pane is an editor now: its settings schema is a table view over a model.
        auto *settings = m_portal.window->findChild<QTableView *>(u"connectorSettingsTable"_s);
        QVERIFY(settings);
        QTRY_VERIFY(settings->model()->rowCount() > 0);

        const QModelIndex source = firstChildOfKind(connector, NodeKind::Source);
        view->setCurrentIndex(source);
        QCOMPARE(details->currentWidget()->objectName(), u"sourceDetailPane"_s);
        // Setting values are masked until revealed.
        auto *values = m_portal.window->findChild<QWidget *>(u"sourceSettings"_s);
        QVERIFY(values);
        const auto firstValue = [values] {
            return values->findChildren<QLineEdit *>(QRegularExpression(u"^setting_"_s)).value(0);
        };
        QTRY_VERIFY(firstValue() && !firstValue()->text().isEmpty());
        QCOMPARE(firstValue()->echoMode(), QLineEdit::Password);
        auto *reveal = values->findChild<QCheckBox *>(u"revealValues"_s);
        reveal->setChecked(true);
        QCOMPARE(firstValue()->echoMode(), QLineEdit::Normal);

        view->expand(source);
        const QModelIndex dataset = firstChildOfKind(source, NodeKind::Dataset);
        view->setCurrentIndex(dataset);
        QCOMPARE(details->currentWidget()->objectName(), u"datasetDetailPane"_s);
        auto *fields = m_portal.window->findChild<QTableView *>(u"datasetFields"_s);
        QTRY_VERIFY(fields->model()->rowCount() > 0);
        QCOMPARE(m_portal.window->findChild<QLabel *>(u"datasetName"_s)->text(), dataset.data().toString());
        // Going back to the source hides the values again.
        view->setCurrentIndex(m_portal.window->browser()->proxy()->index(0, 0, connector));
        QTRY_VERIFY(!reveal->isChecked() && firstValue() && !firstValue()->text().isEmpty());
        QCOMPARE(firstValue()->echoMode(), QLineEdit::Password);

        // The journal dock recorded the traffic.
        auto *journal = m_portal.window->findChild<QTableView *>(u"journalView"_s);
        QTRY_VERIFY(journal->model()->rowCount() >= 3);
    }

    void searchFindsUnexpandedDataset()
    {
        // A dataset name that sits under a branch nobody expanded.
        HierarchyModel *model = m_portal.window->hierarchyModel();
        QTRY_VERIFY(model->rowCount(model->portalIndex()) > 0);
        QSignalSpy loaded(model, &HierarchyModel::everythingLoaded);
        auto *search = m_portal.window->findChild<QLineEdit *>(u"hierarchySearch"_s);
        QVERIFY(search);
        // Ctrl+F focuses the search box.
        QTest::keyClick(m_portal.window.get(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClicks(search, u"acme_us_campaigns"_s);
        QVERIFY(loaded.wait(10000));
        QTRY_VERIFY(m_portal.window->browser()->proxy()->searchText() == u"acme_us_campaigns"_s);
        QTest::keyClick(search, Qt::Key_Return);
        const QModelIndex current = tree()->currentIndex();
        QVERIFY(current.isValid());
        QVERIFY(current.data(HierarchyFilterProxy::MatchRole).toBool());
        QCOMPARE(current.data().toString(), u"acme_us_campaigns"_s);
        QCOMPARE(current.data(HierarchyModel::KindRole).value<NodeKind>(), NodeKind::Dataset);
        // Its ancestors are shown expanded; the other connectors' datasets are filtered out.
        QVERIFY(tree()->isExpanded(current.parent()));
        QCOMPARE(tree()->model()->rowCount(current.parent()), 1);
    }
};

QTEST_MAIN(TestBrowserWindow)
#include "tst_browserwindow.moc"
