#pragma once

#include "api/endpoints/endpointclient.h"
#include "ui/shell/entitydetailpane.h"

#include <QPointer>

class ApiCall;
class PortalSession;
class QLabel;
class QPushButton;
class SourceForm;
class SourceUpdate;

// Source details as an editor: title, description and the connection settings (loaded with
// source.get, every value masked until revealed; the reveal resets whenever another source is
// shown), "Check connection" with the values on screen, Save → source.update (title always, plus
// what changed) and Revert. `active` is shown read-only: the API does not change it. The main
// window's unsaved-changes guard works through the EntityDetailPane overrides.
class SourceDetailPane : public EntityDetailPane
{
    Q_OBJECT
public:
    explicit SourceDetailPane(QWidget *parent = nullptr);
    ~SourceDetailPane() override;

    // The portal to save to and the client for direct checks (both may be null: read-only).
    void setSession(PortalSession *session, ConnectorEndpointClient *endpoints);
    bool valuesRevealed() const;
    SourceForm *form() const { return m_form; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *revertButton() const { return m_revert; }
    bool isSaving() const;
    // Shows a check made elsewhere (the tree) when it is about the source on screen, unedited.
    void showCheckResult(qint64 sourceId, const EndpointResult &result);

    bool hasUnsavedChanges() const override;
    QString unsavedChangesSubject() const override;
    void save(std::function<void(bool ok)> done) override;
    void discardChanges() override;

signals:
    // After a successful source.update: the fields the tree shows (id, connectorId, title, description).
    void sourceSaved(const QJsonObject &listItem);

protected:
    void present(const QJsonObject &item, bool complete) override;

private:
    void loadConnector(qint64 connectorId);
    void updateButtons();

    SourceForm *m_form;
    QLabel *m_id, *m_connector, *m_code, *m_active, *m_created, *m_updated, *m_saveStatus;
    QPushButton *m_save;
    QPushButton *m_revert;
    QPointer<PortalSession> m_session;
    QPointer<ConnectorEndpointClient> m_endpoints;
    QPointer<ApiCall> m_connectorRead;
    QPointer<SourceUpdate> m_writer;
    qint64 m_shownId = 0;
    qint64 m_connectorId = 0;
    bool m_complete = false;
};
