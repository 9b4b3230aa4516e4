#include "ui/shell/mainwindow.h"

#include <QAction>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"BIWorkspaceTests"_s);
        QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
        QSettings().clear();
    }

    void opensAndCloses()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.findChild<QAction *>(u"aboutAction"_s));
        QVERIFY(window.findChild<QAction *>(u"quitAction"_s));
        QVERIFY(window.close());
        QVERIFY(!window.isVisible());
        // Geometry was saved on close and is restored by the next window.
        QVERIFY(QSettings().contains(u"mainWindow/geometry"_s));
    }

    void demoBadge()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *badge = window.findChild<QLabel *>(u"demoBadge"_s);
        QVERIFY(badge);
        QVERIFY(!badge->isVisible());
        window.setDemoMode(true);
        QVERIFY(badge->isVisible());
        QVERIFY(window.windowTitle().contains(u"Demo"_s));
        window.setDemoMode(false);
        QVERIFY(!badge->isVisible());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
