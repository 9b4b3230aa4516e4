#pragma once

#include "api/entities/entities.h"
#include "models/connectors/connectorendpointrules.h"

#include <QStringList>
#include <QWidget>

class ConnectorFindingsLabel;
class ConnectorLogoPicker;
class LogoCache;
class QCheckBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

// Title, description, sort and logo of a connector (plus "supports field mapping" on portals
// that know it). Used by the wizard's first page and by the connector detail pane.
class ConnectorBasicsEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectorBasicsEditor(QWidget *parent = nullptr);

    void setLogoCache(LogoCache *cache);
    // Titles of the portal's other connectors: a clash is worth a warning (the official example
    // connector finds its connector by title).
    void setOtherTitles(const QStringList &titles);

    void setConnector(const Connector &connector);
    void apply(Connector &connector) const;

    QList<ConnectorEndpointRules::Finding> findings() const; // title and logo
    bool hasErrors() const;

    QLineEdit *titleEdit() const { return m_title; }
    ConnectorLogoPicker *logoPicker() const { return m_logo; }

signals:
    void changed();

private:
    void updateFindings();

    QLineEdit *m_title;
    QPlainTextEdit *m_description;
    QSpinBox *m_sort;
    QCheckBox *m_mapping;
    ConnectorLogoPicker *m_logo;
    ConnectorFindingsLabel *m_problems;
    QStringList m_otherTitles;
};
