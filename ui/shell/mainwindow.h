#pragma once

#include <QMainWindow>
#include <QPersistentModelIndex>
#include <QPointer>

#include <functional>
#include <memory>

class ApiError;
class DetailStack;
class CatalogLoader;
class HierarchyBrowser;
class HierarchyModel;
class JournalDock;
class LogoCache;
class PortalCatalog;
class PortalSession;
class QAction;
class QLabel;
class QMenu;
class QToolBar;
class QVBoxLayout;
class QSplitter;
class QStackedWidget;

// The application's main window: the connector → source → dataset tree on the left, the detail
// pane of the selected node on the right, the request journal as a dock, and a status bar with
// requests in flight, throttling and the last error.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows `session`'s portal (not owned; must outlive the window or be cleared first).
    void setPortal(PortalSession *session, const QString &title);
    void clearPortal();
    // Before the portal goes away (another profile, sign-out, removal): when the pane on show has
    // unsaved changes, asks to save or discard them. Runs `proceed` once the changes are saved or
    // discarded (at once when there are none), `stay` when the user cancels or the save fails.
    void leavePortalThen(std::function<void()> proceed, std::function<void()> stay = {});
    // Shows a problem that prevents browsing (e.g. the demo portal failed to start).
    void showStartupError(const QString &message);

    // Marks the window as connected to the built-in demo portal (a visible badge).
    void setDemoMode(bool demo);
    bool isDemoMode() const;

    PortalSession *session() const;
    HierarchyModel *hierarchyModel() const { return m_model.get(); }
    // Seams for the feature controllers (connectors, sources, datasets): the toolbar's "New" menu,
    // the toolbar itself, and the tree's context menu (HierarchyBrowser::contextMenuAboutToShow).
    QMenu *newMenu() const { return m_newMenu; }
    void addNewAction(QAction *action); // adds to "New ▾" and shows the menu button
    QToolBar *mainToolBar() const { return m_toolBar; }
    // Seams for the portal profiles: the switcher takes the place of the "Portal:" label in the
    // toolbar; banners (e.g. "sign-in required") sit above the content, in the order added.
    void setPortalSwitcher(QWidget *switcher);
    void addTopBanner(QWidget *banner);
    HierarchyBrowser *browser() const { return m_browser; }
    DetailStack *details() const { return m_details; }
    JournalDock *journalDock() const { return m_journal; }

signals:
    // A portal was shown (session and model non-null) or cleared (both null).
    void portalChanged(PortalSession *session, HierarchyModel *model);

public slots:
    void showAbout();
    void refreshAll();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void restoreWindowState();
    void updateRequestStatus();
    void showLastError(const ApiError &error);
    void onTreeCurrentChanged(const QModelIndex &sourceIndex);
    // The unsaved-changes question for the pane on show: `proceed` after Save (when it succeeds)
    // or Discard; `stay` after Cancel or a failed save. No question when nothing is unsaved.
    void resolveUnsavedChanges(std::function<void()> proceed, std::function<void()> stay);

    QStackedWidget *m_central;
    QLabel *m_welcome;
    QSplitter *m_splitter;
    HierarchyBrowser *m_browser;
    DetailStack *m_details;
    JournalDock *m_journal;
    QLabel *m_demoBadge;
    QLabel *m_portalLabel;
    QLabel *m_requestsLabel;
    QLabel *m_throttleLabel;
    QLabel *m_errorLabel;
    QMenu *m_newMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    QAction *m_portalCaptionAction = nullptr;
    QAction *m_portalLabelAction = nullptr;
    QVBoxLayout *m_bannerArea = nullptr;
    QPersistentModelIndex m_shownIndex;
    bool m_closeConfirmed = false;
    bool m_revertingSelection = false;

    QPointer<PortalSession> m_session;
    // One catalog per signed-in portal, the loader that fills it and the tree over it.
    std::unique_ptr<PortalCatalog> m_catalog;
    std::unique_ptr<CatalogLoader> m_loader;
    std::unique_ptr<HierarchyModel> m_model;
    LogoCache *m_logos = nullptr;
};
