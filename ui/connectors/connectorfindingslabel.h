#pragma once

#include "models/connectors/connectorendpointrules.h"

#include <QLabel>

// A label under a connector form that lists what is wrong (red) and what deserves attention
// (amber); hidden while there is nothing to say.
class ConnectorFindingsLabel : public QLabel
{
    Q_OBJECT
public:
    using Finding = ConnectorEndpointRules::Finding;

    explicit ConnectorFindingsLabel(QWidget *parent = nullptr);

    void setFindings(const QList<Finding> &findings);
    const QList<Finding> &findings() const { return m_findings; }
    bool hasErrors() const;

    static Finding error(const QString &code, const QString &message);
    static bool hasErrorIn(const QList<Finding> &findings);

private:
    QList<Finding> m_findings;
};
