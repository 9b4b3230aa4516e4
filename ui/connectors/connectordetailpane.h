#pragma once

#include "api/transport/apierror.h"
#include "api/entities/entities.h"
#include "api/transport/portalsession.h"
#include "ui/shell/entitydetailpane.h"

#include <QPointer>

class ConnectorBasicsEditor;
class ConnectorEndpointsEditor;
class ConnectorSettingsEditor;
class LogoCache;

class QLabel;
class QPushButton;

// Connector details, editable: title, description, sort, logo, field mapping, the four endpoint
// URLs and the settings schema, with Save (Ctrl+S) and Revert. The main window asks before
// unsaved edits are left behind (hasUnsavedChanges()/save()/discardChanges()). Saving checks the
// input like the server does, warns when the new schema drops codes that existing sources store
// values for (the portal discards them), sends only what changed (connector.update) and re-reads
// the connector.
class ConnectorDetailPane : public EntityDetailPane
{
    Q_OBJECT
public:
    explicit ConnectorDetailPane(QWidget *parent = nullptr);

    // The portal to save to (and whose network previews logo URLs); null disables editing.
    void setPortal(PortalSession *session);

    bool hasUnsavedChanges() const override;
    QString unsavedChangesSubject() const override;
    void save(std::function<void(bool ok)> done) override;
    void discardChanges() override;

    // The connector as stored (after the last get) and as edited.
    Connector original() const { return m_original; }
    Connector edited() const;
    bool isSaving() const { return m_saving; }

    ConnectorBasicsEditor *basicsEditor() const { return m_basics; }
    ConnectorEndpointsEditor *endpointsEditor() const { return m_endpoints; }
    ConnectorSettingsEditor *settingsEditor() const { return m_settings; }

signals:
    // A save went through and the connector was re-read: `item` is the portal's get item.
    void saved(const QJsonObject &item);
    // "Test endpoints…" with the URLs and settings as currently edited.
    void testEndpointsRequested(const Connector &connector);

protected:
    void present(const QJsonObject &item, bool complete) override;

private:
    void fillEditors(const Connector &connector);
    void updateState();
    bool hasErrors() const;
    void confirmDroppedCodes(const Connector &edited, std::function<void(bool)> proceed);
    void sendUpdate(const Connector &edited, std::function<void(bool)> done);
    void showSaveStatus(const QString &text, bool error);

    QPointer<PortalSession> m_session;
    LogoCache *m_logos = nullptr;
    Connector m_original;
    bool m_complete = false;
    bool m_saving = false;
    bool m_announceNextLoad = false;
    QLabel *m_logo;
    QLabel *m_title;
    QLabel *m_id;
    QLabel *m_created;
    QWidget *m_editors;
    ConnectorBasicsEditor *m_basics;
    ConnectorEndpointsEditor *m_endpoints;
    ConnectorSettingsEditor *m_settings;
    QPushButton *m_test;
    QLabel *m_saveStatus;
    QPushButton *m_revert;
    QPushButton *m_save;
};
