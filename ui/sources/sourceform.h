#pragma once

#include "api/endpoints/endpointclient.h"
#include "api/entities/entities.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>
#include <vector>

class ConnectionCheckView;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class SettingsForm;

// Title, description, connection settings and "Check connection" of one source: the editor the
// "New source" dialog and the source detail pane share. It knows the connector (settings schema,
// urlCheck) and runs direct checks with ConnectorEndpointClient. Any edit clears a shown check
// result and the error line, so a shown result always belongs to the values on screen.
class SourceForm : public QWidget
{
    Q_OBJECT
public:
    explicit SourceForm(QWidget *parent = nullptr);
    ~SourceForm() override;

    void setEndpointClient(ConnectorEndpointClient *client);
    // The title/description form; hosts add their own rows (connector choice, read-only facts).
    QFormLayout *generalLayout() const { return m_general; }

    // The connector's schema and urlCheck. Typed values are kept by code.
    void setConnector(const Connector &connector);
    const Connector &connector() const { return m_connector; }
    bool hasConnector() const { return m_hasConnector; }
    // No connector until the next setConnector() (e.g. while another one loads); keeps the input.
    void forgetConnector();

    // Shows `source` and makes it the baseline of isModified().
    void load(const Source &source);
    void clear();
    // The source as edited: the baseline's id and connector, the fields and values on screen.
    Source source() const;
    const Source &original() const { return m_original; }
    bool isModified() const;
    void setEditable(bool editable);

    // A translated sentence under the form; cleared by the next edit.
    void showError(const QString &message);
    void clearError();
    QString errorText() const;
    // The client-side title check; shows the problem and returns false when there is one.
    bool validateTitle();

    void checkConnection();
    void cancelCheck();
    // Shows a check result obtained elsewhere for the values on screen (e.g. a check from the tree).
    void showCheckResult(const EndpointResult &result);
    const std::optional<EndpointResult> &lastCheck() const { return m_lastCheck; }
    // Calls `done` with the shown result, running a check first when none is shown; nullptr when
    // no check is possible (no connector or endpoint client).
    void withCheckResult(std::function<void(const EndpointResult *result)> done);

    QLineEdit *titleEdit() const { return m_title; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    SettingsForm *settingsForm() const { return m_settings; }
    ConnectionCheckView *checkView() const { return m_check; }

signals:
    // The user changed the title, the description or a value.
    void edited();
    void checkFinished(const EndpointResult &result);

private:
    void onEdited();
    void onCheckFinished(const EndpointResult &result);
    void flushWaiting(const EndpointResult *result);

    QFormLayout *m_general;
    QLineEdit *m_title;
    QPlainTextEdit *m_description;
    QGroupBox *m_settingsBox;
    SettingsForm *m_settings;
    ConnectionCheckView *m_check;
    QLabel *m_error;
    QPointer<ConnectorEndpointClient> m_endpoints;
    QPointer<EndpointCall> m_running;
    QUrl m_checkedUrl;
    std::optional<EndpointResult> m_lastCheck;
    std::vector<std::function<void(const EndpointResult *)>> m_waiting;
    Connector m_connector;
    bool m_hasConnector = false;
    Source m_original;
    bool m_loading = false;
};
