#include "ui/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("BI Workspace"));
    setWindowIcon(QIcon(u":/icons/biworkspace.svg"_s));

    auto *placeholder = new QLabel(tr("Connect a Bitrix24 portal to browse its connectors, "
                                      "sources and datasets."),
                                   this);
    placeholder->setObjectName(u"welcomeLabel"_s);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    setCentralWidget(placeholder);

    m_demoBadge = new QLabel(tr("Demo portal"), this);
    m_demoBadge->setObjectName(u"demoBadge"_s);
    m_demoBadge->setToolTip(tr("You are connected to the built-in demo portal, not a real Bitrix24."));
    m_demoBadge->setStyleSheet(
        u"QLabel { background: #f5a623; color: #1b1b1b; border-radius: 4px; padding: 1px 8px; "
        "font-weight: bold; }"_s);
    m_demoBadge->setVisible(false);
    statusBar()->addPermanentWidget(m_demoBadge);
    statusBar()->showMessage(tr("Ready"));

    createActions();
    restoreWindowState();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quitAction = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setObjectName(u"quitAction"_s);
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *aboutAction = helpMenu->addAction(tr("&About BI Workspace"), this, &MainWindow::showAbout);
    aboutAction->setObjectName(u"aboutAction"_s);
    aboutAction->setMenuRole(QAction::AboutRole);
    QAction *aboutQtAction = helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQtAction->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::setDemoMode(bool demo)
{
    m_demoBadge->setVisible(demo);
    setWindowTitle(demo ? tr("BI Workspace — Demo portal") : tr("BI Workspace"));
}

bool MainWindow::isDemoMode() const
{
    return !m_demoBadge->isHidden();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About BI Workspace"),
                       tr("<h3>BI Workspace %1</h3>"
                          "<p>An analyst's workspace for the Bitrix24 BI connector API: browse "
                          "connectors, sources and datasets, check connections and manage fields.</p>"
                          "<p>Secrets are kept in the system keychain only.</p>")
                           .arg(QStringLiteral(BIW_VERSION_STRING)));
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(u"mainWindow/geometry"_s).toByteArray()))
        resize(1100, 700);
    restoreState(settings.value(u"mainWindow/state"_s).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(u"mainWindow/geometry"_s, saveGeometry());
    settings.setValue(u"mainWindow/state"_s, saveState());
    event->accept();
}
