#pragma once

#include "api/entities/entities.h"
#include "models/connectors/connectorendpointrules.h"

#include <QWidget>

class ConnectorFindingsLabel;
class QComboBox;
class QLineEdit;
class QPushButton;

// The four endpoint URLs of a connector with a "base URL" helper that fills them in a
// conventional layout, and live checks: required, ≤ 2048 characters, absolute http(s) (errors);
// plain http and private/loopback hosts (warnings). Used by the wizard and the detail pane.
class ConnectorEndpointsEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectorEndpointsEditor(QWidget *parent = nullptr);

    void setConnector(const Connector &connector);
    void apply(Connector &connector) const;

    QList<ConnectorEndpointRules::Finding> findings() const;
    bool hasErrors() const;

    QLineEdit *baseUrlEdit() const { return m_base; }
    QLineEdit *urlEdit(int index) const { return m_urls.at(index); } // endpointFields() order

signals:
    void changed();

protected:
    // Return in the base URL field fills the URLs instead of pressing the dialog's default button.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fillFromBase();
    void updateFindings();

    QLineEdit *m_base;
    QComboBox *m_layout;
    QPushButton *m_fill;
    QList<QLineEdit *> m_urls;
    ConnectorFindingsLabel *m_problems;
};
