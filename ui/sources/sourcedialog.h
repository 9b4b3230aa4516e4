#pragma once

#include "api/entities/biconnectorapi.h"
#include "api/endpoints/endpointclient.h"
#include "api/entities/entities.h"
#include "models/operations/sourceoperations.h"

#include <QDialog>
#include <QPointer>

#include <optional>

class ApiCall;
class ConnectorEndpointClient;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class SourceForm;

// "New source": the connector (preselected from the tree, changeable here), title, description,
// the settings form generated from the connector's schema (every value masked), "Check
// connection" (direct urlCheck call with inline ✓/✗ and details) and Save → source.add. The
// portal runs its own check on add; its refusal is explained together with the direct check's
// result. A lost reply is never resent: SourceAdd looks the new source up instead.
// Open with open()/show(); it reports through created() and closes itself on success.
class SourceDialog : public QDialog
{
    Q_OBJECT
public:
    struct ConnectorChoice
    {
        qint64 id = 0;
        QString title;
    };

    SourceDialog(const BiconnectorApi &api, ConnectorEndpointClient *endpoints, QWidget *parent = nullptr);
    ~SourceDialog() override;

    // The connectors to choose from; `selectedId` is preselected (0: the first).
    void setConnectors(const QList<ConnectorChoice> &connectors, qint64 selectedId);
    qint64 selectedConnectorId() const;
    SourceForm *form() const { return m_form; }
    QPushButton *saveButton() const;
    bool isSaving() const { return m_saving; }
    // A translated note about the last save (e.g. the reconciliation of a lost reply).
    QString statusText() const;

    void save();
    void reject() override;

signals:
    // The source was created (`source.id` set). `check` is the direct check of exactly these
    // values, when one was shown.
    void created(const Source &source, const std::optional<EndpointResult> &check, const QString &note);

private:
    void loadConnector(qint64 connectorId);
    void onSaved(const PortalOperation::Result &result, const Source &source);
    void setSaving(bool saving);
    void updateSaveButton();
    void updateTitle();

    BiconnectorApi m_api;
    QPointer<ConnectorEndpointClient> m_endpoints;
    QComboBox *m_connector;
    SourceForm *m_form;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPointer<ApiCall> m_connectorRead;
    QPointer<SourceAdd> m_writer;
    bool m_saving = false;
};
