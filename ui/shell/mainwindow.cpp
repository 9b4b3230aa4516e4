#include "ui/shell/mainwindow.h"

#include "api/transport/portalsession.h"
#include "api/transport/restclient.h"
#include "models/catalog/catalogloader.h"
#include "models/catalog/hierarchyfilterproxy.h"
#include "models/catalog/hierarchymodel.h"
#include "models/catalog/portalcatalog.h"
#include "models/connectors/logocache.h"
#include "ui/transfer/configurationactions.h"
#include "ui/connectors/connectoractions.h"
#include "ui/tables/datasetactions.h"
#include "ui/shell/detailstack.h"
#include "ui/shell/entitydetailpane.h"
#include "ui/shell/hierarchybrowser.h"
#include "ui/journal/journaldock.h"
#include "ui/shell/languagemenu.h"
#include "ui/widgets/messageboxes.h"
#include "ui/sources/sourceactions.h"
#include "ui/widgets/uipalette.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_central(new QStackedWidget(this))
    , m_welcome(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_browser(new HierarchyBrowser(this))
    , m_details(new DetailStack(this))
    , m_journal(new JournalDock(this))
    , m_demoBadge(new QLabel(tr("Demo portal"), this))
    , m_portalLabel(new QLabel(this))
    , m_requestsLabel(new QLabel(this))
    , m_throttleLabel(new QLabel(tr("Throttled: waiting for the portal's rate limit"), this))
    , m_errorLabel(new QLabel(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("BI Workspace"));
    setWindowIcon(QIcon(u":/icons/biworkspace.svg"_s));

    m_welcome->setObjectName(u"welcomeLabel"_s);
    m_welcome->setText(tr("Connect a Bitrix24 portal to browse its connectors, sources and datasets."));
    m_welcome->setAlignment(Qt::AlignCenter);
    m_welcome->setWordWrap(true);

    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->addWidget(m_browser);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);
    m_central->addWidget(m_welcome);
    m_central->addWidget(m_splitter);
    setCentralWidget(m_central);

    addDockWidget(Qt::BottomDockWidgetArea, m_journal);

    m_demoBadge->setObjectName(u"demoBadge"_s);
    m_demoBadge->setToolTip(tr("You are connected to the built-in demo portal, not a real Bitrix24."));
    UiPalette::setBannerRole(m_demoBadge, UiPalette::Role::Warning, UiPalette::Banner::Badge);
    m_demoBadge->setVisible(false);
    m_requestsLabel->setObjectName(u"requestsInFlight"_s);
    m_throttleLabel->setObjectName(u"throttledIndicator"_s);
    UiPalette::setMessageRole(m_throttleLabel, UiPalette::Role::Warning);
    m_throttleLabel->hide();
    m_errorLabel->setObjectName(u"lastErrorLabel"_s);
    UiPalette::setMessageRole(m_errorLabel, UiPalette::Role::Error);
    m_portalLabel->setObjectName(u"portalLabel"_s);
    statusBar()->addWidget(m_errorLabel, 1);
    statusBar()->addPermanentWidget(m_throttleLabel);
    statusBar()->addPermanentWidget(m_requestsLabel);
    statusBar()->addPermanentWidget(m_demoBadge);

    connect(m_browser, &HierarchyBrowser::currentChanged, this, &MainWindow::onTreeCurrentChanged);

    createActions();
    // Feature controllers (connectors, sources, datasets, …) attach to the seams here, one line each.
    new ConnectorActions(this);
    new SourceActions(this);
    new DatasetActions(this);
    new ConfigurationActions(this);
    restoreWindowState();
}

MainWindow::~MainWindow()
{
    clearPortal();
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quitAction = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setObjectName(u"quitAction"_s);
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);

    auto *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(u"mainToolbar"_s);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar = toolbar;
    m_newMenu = new QMenu(tr("&New"), this);
    m_newMenu->setObjectName(u"newMenu"_s);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *refresh = viewMenu->addAction(tr("&Refresh"), m_browser, &HierarchyBrowser::refreshCurrent);
    refresh->setObjectName(u"refreshAction"_s);
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setIcon(QIcon::fromTheme(u"view-refresh"_s));
    refresh->setToolTip(tr("Reload the selected node's children (F5)"));
    QAction *refreshAll = viewMenu->addAction(tr("Refresh &everything"), this, &MainWindow::refreshAll);
    refreshAll->setObjectName(u"refreshAllAction"_s);
    refreshAll->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    QAction *find = viewMenu->addAction(tr("&Find…"), m_browser, &HierarchyBrowser::focusSearch);
    find->setObjectName(u"findAction"_s);
    find->setShortcut(QKeySequence::Find);
    viewMenu->addSeparator();
    QAction *journal = m_journal->toggleViewAction();
    journal->setText(tr("Request &journal"));
    journal->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    viewMenu->addAction(journal);
    viewMenu->addSeparator();
    viewMenu->addMenu(new LanguageMenu(this));

    m_portalCaptionAction = toolbar->addWidget(new QLabel(tr("Portal:"), toolbar));
    m_portalLabel->setParent(toolbar);
    QFont portalFont = m_portalLabel->font(); // no style sheet: it would stop palette changes here
    portalFont.setBold(true);
    m_portalLabel->setFont(portalFont);
    m_portalLabel->setContentsMargins(8, 0, 8, 0);
    m_portalLabel->setText(tr("not connected"));
    m_portalLabelAction = toolbar->addWidget(m_portalLabel);
    toolbar->addSeparator();
    QAction *newAction = m_newMenu->menuAction();
    newAction->setObjectName(u"newMenuAction"_s);
    newAction->setIcon(QIcon::fromTheme(u"document-new"_s));
    toolbar->addAction(newAction);
    fileMenu->insertMenu(quitAction, m_newMenu);
    fileMenu->insertSeparator(quitAction);
    // Hidden until a feature adds an entry (addNewAction).
    newAction->setVisible(false);
    toolbar->addAction(refresh);
    toolbar->addAction(refreshAll);
    toolbar->addAction(find);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *aboutAction = helpMenu->addAction(tr("&About BI Workspace"), this, &MainWindow::showAbout);
    aboutAction->setObjectName(u"aboutAction"_s);
    aboutAction->setMenuRole(QAction::AboutRole);
    QAction *aboutQtAction = helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQtAction->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::setPortal(PortalSession *session, const QString &title)
{
    clearPortal();
    m_session = session;
    if (!session)
        return;
    m_catalog = std::make_unique<PortalCatalog>();
    m_loader = std::make_unique<CatalogLoader>(m_catalog.get(), session->client());
    m_model = std::make_unique<HierarchyModel>(m_catalog.get(), m_loader.get());
    m_model->setPortalTitle(title);
    const QString cacheDir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    m_logos = new LogoCache(session->network(), cacheDir, m_model.get());
    m_model->setLogoCache(m_logos);
    m_browser->setModel(m_model.get());
    m_details->setClient(session->client());
    m_journal->setJournal(session->journal());
    m_portalLabel->setText(title);
    setWindowTitle(isDemoMode() ? tr("BI Workspace — Demo portal") : tr("BI Workspace — %1").arg(title));

    RestClient *client = session->client();
    connect(client, &RestClient::requestsInFlightChanged, this, &MainWindow::updateRequestStatus);
    connect(client, &RestClient::throttledChanged, this, &MainWindow::updateRequestStatus);
    connect(client, &RestClient::lastErrorChanged, this, &MainWindow::showLastError);
    connect(m_model.get(), &HierarchyModel::loadFailed, this,
            [this](const QModelIndex &, const QString &message) { m_errorLabel->setText(message); });
    updateRequestStatus();
    m_central->setCurrentWidget(m_splitter);
    m_browser->view()->setCurrentIndex(m_browser->proxy()->mapFromSource(m_model->portalIndex()));
    m_browser->view()->setFocus();
    emit portalChanged(session, m_model.get());
}

void MainWindow::setPortalSwitcher(QWidget *switcher)
{
    m_toolBar->insertWidget(m_portalCaptionAction, switcher);
    m_portalCaptionAction->setVisible(false);
    m_portalLabelAction->setVisible(false);
}

void MainWindow::addTopBanner(QWidget *banner)
{
    if (!m_bannerArea) {
        auto *container = new QWidget(this);
        container->setObjectName(u"centralContainer"_s);
        m_bannerArea = new QVBoxLayout(container);
        m_bannerArea->setContentsMargins(0, 0, 0, 0);
        m_bannerArea->setSpacing(0);
        takeCentralWidget();
        m_bannerArea->addWidget(m_central, 1);
        setCentralWidget(container);
    }
    m_bannerArea->insertWidget(m_bannerArea->count() - 1, banner);
}

PortalSession *MainWindow::session() const
{
    return m_session;
}

void MainWindow::addNewAction(QAction *action)
{
    m_newMenu->addAction(action);
    m_newMenu->menuAction()->setVisible(true);
    if (auto *button = qobject_cast<QToolButton *>(m_toolBar->widgetForAction(m_newMenu->menuAction())))
        button->setPopupMode(QToolButton::InstantPopup);
}

void MainWindow::onTreeCurrentChanged(const QModelIndex &sourceIndex)
{
    if (m_revertingSelection)
        return;
    if (!m_details->hasUnsavedChanges() || sourceIndex == m_shownIndex) {
        m_shownIndex = sourceIndex;
        m_details->showNode(sourceIndex);
        return;
    }
    // Unsaved edits: keep the selection on the edited node until the user decides.
    const QPersistentModelIndex wanted(sourceIndex);
    m_revertingSelection = true;
    m_browser->selectSourceIndex(m_shownIndex);
    m_revertingSelection = false;
    resolveUnsavedChanges(
        [this, wanted] {
            m_shownIndex = wanted;
            m_revertingSelection = true;
            m_browser->selectSourceIndex(wanted);
            m_revertingSelection = false;
            m_details->showNode(wanted);
        },
        {});
}

void MainWindow::resolveUnsavedChanges(std::function<void()> proceed, std::function<void()> stay)
{
    EntityDetailPane *pane = m_details->currentPane();
    if (!pane || !pane->hasUnsavedChanges()) {
        proceed();
        return;
    }
    const QPointer<EntityDetailPane> guarded(pane);
    MessageBoxes::askUnsavedChanges(this, pane->unsavedChangesSubject(),
                                    [guarded, proceed = std::move(proceed), stay = std::move(stay)](MessageBoxes::Answer answer) {
        auto stayPut = [stay] {
            if (stay)
                stay();
        };
        if (!guarded) {   // the pane went away while the question was open
            stayPut();
            return;
        }
        if (answer == QMessageBox::Discard) {
            guarded->discardChanges();
            proceed();
        } else if (answer == QMessageBox::Save) {
            guarded->save([proceed, stayPut](bool ok) {
                if (ok)
                    proceed();
                else
                    stayPut();
            });
        } else {
            stayPut();
        }
    });
}

void MainWindow::leavePortalThen(std::function<void()> proceed, std::function<void()> stay)
{
    resolveUnsavedChanges(std::move(proceed), std::move(stay));
}

void MainWindow::clearPortal()
{
    if (m_model)
        emit portalChanged(nullptr, nullptr);
    m_shownIndex = QPersistentModelIndex();
    if (m_session && m_session->client())
        m_session->client()->disconnect(this);
    m_browser->setModel(nullptr);
    m_details->setClient(nullptr);
    m_details->clearPanes();   // nothing edited on this portal survives into the next one
    m_journal->setJournal(nullptr);
    m_model.reset();
    m_loader.reset();
    m_catalog.reset();
    m_logos = nullptr;
    m_session = nullptr;
    m_portalLabel->setText(tr("not connected"));
    m_central->setCurrentWidget(m_welcome);
}

void MainWindow::showStartupError(const QString &message)
{
    m_welcome->setText(message);
    m_central->setCurrentWidget(m_welcome);
    m_errorLabel->setText(message);
}

void MainWindow::updateRequestStatus()
{
    RestClient *client = m_session ? m_session->client() : nullptr;
    const int inFlight = client ? client->requestsInFlight() : 0;
    m_requestsLabel->setText(inFlight > 0 ? tr("%n request(s) in flight", nullptr, inFlight) : tr("Idle"));
    m_throttleLabel->setVisible(client && client->isThrottled());
}

void MainWindow::showLastError(const ApiError &error)
{
    m_errorLabel->setText(error.userMessage());
    m_errorLabel->setToolTip(error.details());
}

void MainWindow::refreshAll()
{
    if (m_model)
        m_model->refreshAll();
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
    auto *box = new QMessageBox(QMessageBox::Information, tr("About BI Workspace"),
                                tr("<h3>BI Workspace %1</h3>"
                                   "<p>An analyst's workspace for the Bitrix24 BI connector API: browse "
                                   "connectors, sources and datasets, check connections and manage fields.</p>"
                                   "<p>Secrets are kept in the system keychain only.</p>")
                                    .arg(QStringLiteral(BIW_VERSION_STRING)),
                                QMessageBox::Ok, this);
    box->setObjectName(u"aboutBox"_s);
    box->setIconPixmap(windowIcon().pixmap(64, 64));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(u"mainWindow/geometry"_s).toByteArray()))
        resize(1280, 820);
    if (!restoreState(settings.value(u"mainWindow/state"_s).toByteArray()))
        resizeDocks({m_journal}, {170}, Qt::Vertical); // the detail pane gets the room at first
    if (!m_splitter->restoreState(settings.value(u"mainWindow/splitter"_s).toByteArray()))
        m_splitter->setSizes({340, 940});
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_closeConfirmed && m_details->hasUnsavedChanges()) {
        event->ignore();
        resolveUnsavedChanges(
            [this] {
                m_closeConfirmed = true;
                close();
            },
            {});
        return;
    }
    QSettings settings;
    settings.setValue(u"mainWindow/geometry"_s, saveGeometry());
    settings.setValue(u"mainWindow/state"_s, saveState());
    settings.setValue(u"mainWindow/splitter"_s, m_splitter->saveState());
    event->accept();
}
