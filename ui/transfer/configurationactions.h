#pragma once

#include <QObject>
#include <QPointer>

class ConfigurationExportDialog;
class HierarchyModel;
class ImportWizard;
class MainWindow;
class PortalSession;
class QAction;

// File → "Export configuration…" and "Import configuration…": run the export dialog and the
// import wizard for the portal shown in the main window (enabled while one is shown), and refresh
// the tree after an import wrote something.
class ConfigurationActions : public QObject
{
    Q_OBJECT
public:
    explicit ConfigurationActions(MainWindow *window);

    QAction *exportAction() const { return m_export; }
    QAction *importAction() const { return m_import; }

    ConfigurationExportDialog *openExportDialog();
    ImportWizard *openImportWizard();
    // Test hooks: the last dialog / wizard opened (null once closed).
    ConfigurationExportDialog *lastExportDialog() const;
    ImportWizard *lastImportWizard() const;

private:
    void onPortalChanged(PortalSession *session, HierarchyModel *model);

    MainWindow *m_window;
    QAction *m_export;
    QAction *m_import;
    QPointer<PortalSession> m_session;
    QPointer<HierarchyModel> m_model;
    QPointer<ConfigurationExportDialog> m_exportDialog;
    QPointer<ImportWizard> m_importWizard;
};
