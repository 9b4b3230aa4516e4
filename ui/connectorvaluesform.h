#pragma once

#include "api/endpointclient.h"

#include <QWidget>

class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;

// One masked input per declared connector setting, for the values the contract tester sends as
// connection[code]. Values are secrets: masked unless "Show values" is ticked, never logged.
class ConnectorValuesForm : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectorValuesForm(QWidget *parent = nullptr);

    void setSettings(const QList<ConnectorSetting> &settings);
    // Fills the inputs whose code matches (a source's stored values).
    void setValues(const QList<SourceSetting> &values);
    void clearValues();
    // Every declared setting with its value (possibly empty), in declaration order.
    ConnectorEndpointClient::Connection connection() const;
    QLineEdit *valueEdit(const QString &code) const;

signals:
    void edited();

private:
    void setRevealed(bool revealed);

    QList<ConnectorSetting> m_settings;
    QList<QLineEdit *> m_edits;
    QFormLayout *m_form;
    QLabel *m_empty;
    QCheckBox *m_reveal;
};
