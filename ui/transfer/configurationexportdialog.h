#pragma once

#include <QDialog>
#include <QPointer>

class ConfigurationExporter;
class PortalSession;
class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

// "Export configuration": the portal's connectors as a checkable list (all checked), "Include
// source setting values" (off; checking it shows that the file will hold secrets), then Export
// reads the configuration with progress and Cancel and asks where to save the file
// (FileChooser, non-blocking). Open it with open() or show().
class ConfigurationExportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConfigurationExportDialog(PortalSession *session, QWidget *parent = nullptr);

    QListWidget *connectorList() const { return m_connectors; }
    // The file written last (empty until saved).
    QString savedFileName() const { return m_savedFile; }

public slots:
    void reject() override;   // cancels a running export first

signals:
    void saved(const QString &fileName);

private:
    void loadConnectors();
    void startExport();
    void updateButtons();
    void save(const QByteArray &json, int connectors, bool withSecrets, const QString &fileName);
    void setStatus(const QString &text, bool error = false);

    QPointer<PortalSession> m_session;
    QListWidget *m_connectors;
    QCheckBox *m_includeValues;
    QLabel *m_secretsWarning;
    QProgressBar *m_progress;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_export;
    ConfigurationExporter *m_exporter = nullptr;
    QString m_savedFile;
    bool m_loading = false;
};
