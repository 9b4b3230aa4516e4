// Switching the portal never carries an edit across: two sandboxes seeded alike (so objects have
// the same ids on both), one main window. A connector title is edited on portal A and left unsaved;
// switching to portal B first asks about the edit (Cancel stays on A with the edit intact; Discard
// drops it; Save writes it to A), then the panes are rebuilt for B: B's connector shows B's title,
// nothing is pending, and B receives no write at all.
#include "models/catalog/hierarchymodel.h"
#include "support/sandboxfixture.h"
#include "ui/connectors/connectordetailpane.h"
#include "ui/shell/detailstack.h"
#include "ui/shell/hierarchybrowser.h"
#include "ui/shell/mainwindow.h"
#include "ui/widgets/messageboxes.h"

#include <QLineEdit>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
const QString Title = u"Acme Marketing Cloud"_s;
}

class TestPortalSwitch : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<SandboxFixture> m_a, m_b;
    std::unique_ptr<MainWindow> m_window;

    ConnectorDetailPane *pane() const { return m_window->details()->connectorPane(); }

    // Selects the connector titled `title` on the portal on show; waits for its complete pane.
    ConnectorDetailPane *open(const QString &title)
    {
        HierarchyModel *model = m_window->hierarchyModel();
        if (!model)
            return nullptr;
        const QModelIndex portal = model->portalIndex();
        if (!QTest::qWaitFor([&] { return model->rowCount(portal) > 0; }, 10000))
            return nullptr;
        QModelIndex found;
        for (int row = 0; row < model->rowCount(portal); ++row) {
            if (model->index(row, 0, portal).data().toString() == title)
                found = model->index(row, 0, portal);
        }
        if (!found.isValid())
            return nullptr;
        m_window->browser()->selectSourceIndex(found);
        if (!QTest::qWaitFor([this, title] { return pane()->original().title == title && !pane()->isLoading()
                                                     && pane()->original().dateCreate.isValid(); },
                             10000))
            return nullptr;
        return pane();
    }

    QLineEdit *titleEdit() const { return m_window->findChild<QLineEdit *>(u"connectorTitleEdit"_s); }

    int writes(SandboxFixture &portal) const
    {
        int count = 0;
        const QHash<QString, int> counts = portal.server().requestCounts();
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            if (it.key().contains(u".update"_s) || it.key().contains(u".add"_s) || it.key().contains(u".delete"_s))
                count += it.value();
        }
        return count;
    }

    // Edits the title on A without saving; returns the connector's id.
    qint64 editOnA()
    {
        ConnectorDetailPane *detail = open(Title);
        if (!detail)
            return 0;
        titleEdit()->selectAll();
        QTest::keyClicks(titleEdit(), u"Edited on portal A"_s);
        return detail->hasUnsavedChanges() ? detail->original().id : 0;
    }

    // What ProfilesUi does when another profile is chosen: the guard, then the other portal.
    // `stayed` (optional) is set when the user keeps portal A.
    void switchToB(bool *stayed = nullptr)
    {
        m_window->leavePortalThen([this] { m_window->setPortal(&m_b->session(), u"Portal B"_s); },
                                  [stayed] {
                                      if (stayed)
                                          *stayed = true;
                                  });
    }

private slots:
    void init()
    {
        QString error;
        m_a = std::make_unique<SandboxFixture>();
        QVERIFY2(m_a->start(u"demo"_s, &error), qPrintable(error));
        m_b = std::make_unique<SandboxFixture>();
        QVERIFY2(m_b->start(u"demo"_s, &error), qPrintable(error));
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1100, 700);
        m_window->setPortal(&m_a->session(), u"Portal A"_s);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_b.reset();
        m_a.reset();
    }

    void cancelKeepsTheEditOnA()
    {
        const qint64 id = editOnA();
        QVERIFY(id > 0);
        MessageBoxes::setNextAnswer(QMessageBox::Cancel);
        bool stayed = false;
        switchToB(&stayed);
        QTRY_VERIFY(stayed);
        QVERIFY(MessageBoxes::lastQuestion().contains(Title));
        QCOMPARE(m_window->session(), &m_a->session());
        QVERIFY(pane()->hasUnsavedChanges());
        QCOMPARE(titleEdit()->text(), u"Edited on portal A"_s);
        QCOMPARE(writes(*m_a), 0);
        QCOMPARE(writes(*m_b), 0);
    }

    void discardLeavesNothingOnB()
    {
        const qint64 id = editOnA();
        QVERIFY(id > 0);
        QPointer<ConnectorDetailPane> paneOfA = pane();
        MessageBoxes::setNextAnswer(QMessageBox::Discard);
        switchToB();
        QTRY_COMPARE(m_window->session(), &m_b->session());
        QVERIFY(paneOfA.isNull());   // the pane that held A's edit went with A

        // The same id on B shows B's connector, untouched.
        ConnectorDetailPane *detail = open(Title);
        QVERIFY(detail);
        QCOMPARE(detail->original().id, id);
        QCOMPARE(titleEdit()->text(), Title);
        QVERIFY(!detail->hasUnsavedChanges());
        QCOMPARE(writes(*m_a), 0);
        QCOMPARE(writes(*m_b), 0);
    }

    void saveWritesToAOnly()
    {
        const qint64 id = editOnA();
        QVERIFY(id > 0);
        MessageBoxes::setNextAnswer(QMessageBox::Save);
        switchToB();
        QTRY_COMPARE_WITH_TIMEOUT(m_window->session(), &m_b->session(), 10000);
        QCOMPARE(writes(*m_a), 1);
        const auto stored = m_a->server().query(u"SELECT title FROM connectors WHERE id = ?"_s, {id});
        QCOMPARE(stored.value(0).value(u"title"_s).toString(), u"Edited on portal A"_s);

        ConnectorDetailPane *detail = open(Title);
        QVERIFY(detail);
        QVERIFY(!detail->hasUnsavedChanges());
        QCOMPARE(writes(*m_b), 0);
    }
};

QTEST_MAIN(TestPortalSwitch)
#include "tst_portalswitch.moc"
