#include "ui/transfer/configurationactions.h"

#include "api/transport/portalsession.h"
#include "models/catalog/hierarchymodel.h"
#include "ui/transfer/configurationexportdialog.h"
#include "ui/transfer/importwizard.h"
#include "ui/shell/mainwindow.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>

using namespace Qt::StringLiterals;

ConfigurationActions::ConfigurationActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_export(new QAction(QIcon::fromTheme(u"document-export"_s), tr("&Export configuration…"), this))
    , m_import(new QAction(QIcon::fromTheme(u"document-import"_s), tr("&Import configuration…"), this))
{
    setObjectName(u"configurationActions"_s);
    m_export->setObjectName(u"exportConfigurationAction"_s);
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_export->setToolTip(tr("Save connectors, sources and datasets to a file, without secrets"));
    m_import->setObjectName(u"importConfigurationAction"_s);
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_import->setToolTip(tr("Recreate connectors, sources and datasets from an exported file on this portal"));

    // The File menu is the menu bar's first; the actions go above Quit.
    const QList<QAction *> menus = window->menuBar()->actions();
    if (QMenu *file = menus.isEmpty() ? nullptr : menus.first()->menu()) {
        QAction *first = file->actions().isEmpty() ? nullptr : file->actions().first();
        file->insertAction(first, m_export);
        file->insertAction(first, m_import);
        file->insertSeparator(first);
    }
    window->addAction(m_export);   // shortcuts work while the menu is closed
    window->addAction(m_import);

    connect(m_export, &QAction::triggered, this, &ConfigurationActions::openExportDialog);
    connect(m_import, &QAction::triggered, this, &ConfigurationActions::openImportWizard);
    connect(window, &MainWindow::portalChanged, this, &ConfigurationActions::onPortalChanged);
    onPortalChanged(window->session(), window->hierarchyModel());
}

ConfigurationExportDialog *ConfigurationActions::lastExportDialog() const
{
    return m_exportDialog;
}

ImportWizard *ConfigurationActions::lastImportWizard() const
{
    return m_importWizard;
}

void ConfigurationActions::onPortalChanged(PortalSession *session, HierarchyModel *model)
{
    m_session = session;
    m_model = model;
    m_export->setEnabled(session != nullptr);
    m_import->setEnabled(session != nullptr);
}

ConfigurationExportDialog *ConfigurationActions::openExportDialog()
{
    if (!m_session)
        return nullptr;
    auto *dialog = new ConfigurationExportDialog(m_session, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConfigurationExportDialog::saved, this, [this](const QString &fileName) {
        m_window->statusBar()->showMessage(tr("Configuration saved to %1.").arg(fileName), 5000);
    });
    m_exportDialog = dialog;
    dialog->open();
    return dialog;
}

ImportWizard *ConfigurationActions::openImportWizard()
{
    if (!m_session)
        return nullptr;
    auto *wizard = new ImportWizard(m_session, m_window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setWindowModality(Qt::WindowModal);
    connect(wizard, &ImportWizard::portalChanged, this, [this] {
        if (m_model)
            m_model->refreshAll();
    });
    m_importWizard = wizard;
    wizard->open();
    return wizard;
}
