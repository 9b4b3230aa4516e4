// GUI check of the palette module: the main window against the demo sandbox under the Fusion style
// and a dark QPalette. Every coloured label (UiPalette roles) keeps a contrast of 4.5:1 with its
// background, the tree's and the fields table's state colours come from the dark palette, and
// screenshots of the main panes are saved under <build>/palette-screenshots to be looked at.
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QStyleFactory>
#include <QTableView>
#include <QTest>
#include <QTreeView>

#include "models/catalog/hierarchymodel.h"
#include "models/tables/datasetfieldsmodel.h"
#include "tst_datasetfixture.h"
#include "ui/journal/journaldock.h"
#include "ui/tables/datasetfieldseditor.h"
#include "ui/widgets/statecolordelegate.h"
#include "ui/widgets/uipalette.h"

using namespace Qt::StringLiterals;
using UiPalette::Role;

namespace {

QPalette darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(53, 53, 53));
    dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
    dark.setColor(QPalette::Base, QColor(35, 35, 35));
    dark.setColor(QPalette::AlternateBase, QColor(45, 45, 45));
    dark.setColor(QPalette::ToolTipBase, QColor(53, 53, 53));
    dark.setColor(QPalette::ToolTipText, QColor(230, 230, 230));
    dark.setColor(QPalette::PlaceholderText, QColor(150, 150, 150));
    dark.setColor(QPalette::Text, QColor(230, 230, 230));
    dark.setColor(QPalette::Button, QColor(53, 53, 53));
    dark.setColor(QPalette::ButtonText, QColor(230, 230, 230));
    dark.setColor(QPalette::BrightText, Qt::red);
    dark.setColor(QPalette::Link, QColor(90, 160, 240));
    dark.setColor(QPalette::Highlight, QColor(42, 130, 218));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::Disabled, QPalette::Text, QColor(127, 127, 127));
    dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(127, 127, 127));
    dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(127, 127, 127));
    return dark;
}

} // namespace

class TestDarkPalette : public QObject
{
    Q_OBJECT
private:
    DatasetTestPortal m_portal;
    QString m_dir;

    QString shot(QWidget *widget, const QString &name)
    {
        const QString path = m_dir + u'/' + name + u".png"_s;
        widget->grab().save(path);
        return path;
    }

    // Labels given a role keep 4.5:1 against the background they are drawn on.
    void verifyLabelsReadable(QWidget *root)
    {
        int checked = 0;
        for (QLabel *label : root->findChildren<QLabel *>()) {
            const Role role = UiPalette::roleOf(label);
            if (role == Role::Normal || !label->isVisible() || !label->styleSheet().isEmpty())
                continue;
            const QPalette palette = label->palette();
            const double ratio
                = UiPalette::contrast(palette.color(QPalette::WindowText), palette.color(QPalette::Window));
            QVERIFY2(ratio >= UiPalette::MinimumContrast,
                     qPrintable(u"%1: %2"_s.arg(label->objectName()).arg(ratio)));
            ++checked;
        }
        qInfo("%d coloured label(s) checked", checked);
    }

private slots:
    void initTestCase()
    {
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setPalette(darkPalette());
        m_dir = QStringLiteral(BIW_PALETTE_SCREENSHOTS);
        QVERIFY(QDir().mkpath(m_dir));
        QString error;
        QVERIFY2(m_portal.start(&error), qPrintable(error));
        m_portal.window->setDemoMode(true);
    }

    void cleanupTestCase() { m_portal.stop(); }

    void fieldsEditorInDark()
    {
        QVERIFY(m_portal.openDataset(m_portal.datasetId(u"sales_2024"_s)));
        DatasetFieldsEditor *editor = m_portal.pane()->fieldsEditor();
        DatasetFieldsModel *fields = editor->model();
        QVERIFY(fields->rowCount() >= 3);
        QVERIFY(fields->setVisible({0}, false));
        QVERIFY(fields->deleteFields({1}));
        DatasetField added;
        added.name = u"NEW_COLUMN"_s;
        added.type = u"string"_s;
        added.externalCode = u"new_column"_s;
        QVERIFY(fields->addField(added).isValid());
        QApplication::processEvents();

        // The view's delegate gives the pending rows the dark palette's tints.
        QTableView *view = editor->view();
        QStyleOptionViewItem option;
        option.palette = view->palette();
        StateColorDelegate::apply(&option, ItemStateColors::datasetFields(view->model()->index(0, 1)));
        QCOMPARE(option.backgroundBrush.color(), UiPalette::tint(Role::Changed, darkPalette()));
        QVERIFY(UiPalette::contrast(option.palette.color(QPalette::Text), option.backgroundBrush.color())
                >= UiPalette::MinimumContrast);

        verifyLabelsReadable(m_portal.window.get());
        qInfo() << shot(m_portal.window.get(), u"main-window-dataset"_s);
        qInfo() << shot(m_portal.pane(), u"dataset-pane"_s);
        fields->revert();
    }

    void searchMatchesInDark()
    {
        QLineEdit *search = m_portal.window->browser()->searchBox();
        search->setText(u"sales"_s);
        QTest::keyClick(search, Qt::Key_Return);
        auto *tree = m_portal.window->findChild<QTreeView *>(u"hierarchyView"_s);
        QTRY_VERIFY_WITH_TIMEOUT(tree->model()->rowCount() > 0, 10000);
        tree->expandAll();
        QApplication::processEvents();
        qInfo() << shot(m_portal.window->browser(), u"tree-search"_s);
        search->clear();
        QApplication::processEvents();
    }

    void panesInDark()
    {
        const QModelIndex portal = m_portal.model()->portalIndex();
        QVERIFY(m_portal.model()->rowCount(portal) > 0);
        const QModelIndex connector = m_portal.model()->index(0, 0, portal);
        m_portal.window->browser()->selectSourceIndex(connector);
        QTest::qWait(300);
        qInfo() << shot(m_portal.window->details(), u"connector-pane"_s);
        QVERIFY(m_portal.model()->rowCount(connector) > 0);
        m_portal.window->browser()->selectSourceIndex(m_portal.model()->index(0, 0, connector));
        QTest::qWait(300);
        qInfo() << shot(m_portal.window->details(), u"source-pane"_s);
        verifyLabelsReadable(m_portal.window.get());
        qInfo() << shot(m_portal.window.get(), u"main-window-source"_s);

        // A failed listing: an error row in the tree, a failed request in the journal.
        m_portal.server->injectFault(SandboxFault::ServerError, 20, u"biconnector.source.list"_s);
        m_portal.model()->refresh(connector);
        QTRY_COMPARE_WITH_TIMEOUT(connector.data(HierarchyModel::LoadStateRole).value<LoadState>(),
                                  LoadState::Failed, 15000);
        auto *tree = m_portal.window->findChild<QTreeView *>(u"hierarchyView"_s);
        tree->expandAll();
        m_portal.window->journalDock()->show();
        QApplication::processEvents();
        verifyLabelsReadable(m_portal.window.get());
        qInfo() << shot(m_portal.window.get(), u"main-window-failure"_s);
        qInfo() << shot(m_portal.window->journalDock(), u"journal"_s);
    }

    // Back to a light palette: everything follows (for comparing with the screenshots above).
    void lightPaletteAfterwards()
    {
        std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"Fusion"_s));
        const QPalette light = fusion->standardPalette();
        QApplication::setPalette(light);
        auto *status = m_portal.window->findChild<QLabel *>(u"lastErrorLabel"_s);
        QTRY_COMPARE(status->palette().color(QPalette::WindowText), UiPalette::text(Role::Error, light));
        verifyLabelsReadable(m_portal.window.get());
        // Style sheets stop palette propagation: only UiPalette's banners (rebuilt on changes) have one.
        for (QWidget *widget : m_portal.window->findChildren<QWidget *>()) {
            QVERIFY2(widget->styleSheet().isEmpty() || UiPalette::roleOf(widget) != Role::Normal,
                     qPrintable(widget->objectName() + u": "_s + widget->styleSheet()));
        }
        auto *portal = m_portal.window->findChild<QLabel *>(u"portalLabel"_s);
        QCOMPARE(portal->palette().color(QPalette::WindowText), light.color(QPalette::WindowText));
        qInfo() << shot(m_portal.window.get(), u"light-main-window-failure"_s);
        QVERIFY(m_portal.openDataset(m_portal.datasetId(u"sales_2024"_s)));
        DatasetFieldsModel *fields = m_portal.pane()->fieldsEditor()->model();
        QVERIFY(fields->setVisible({0}, false));
        QVERIFY(fields->deleteFields({1}));
        QApplication::processEvents();
        qInfo() << shot(m_portal.pane(), u"light-dataset-pane"_s);
        fields->revert();
    }
};

QTEST_MAIN(TestDarkPalette)
#include "tst_darkpalette.moc"
