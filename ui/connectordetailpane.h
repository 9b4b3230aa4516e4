#pragma once

#include "ui/entitydetailpane.h"

class QLabel;
class QLineEdit;
class QTableWidget;

// Connector details: every field, the logo, the settings schema and the four endpoint URLs.
class ConnectorDetailPane : public EntityDetailPane
{
    Q_OBJECT
public:
    explicit ConnectorDetailPane(QWidget *parent = nullptr);

protected:
    void present(const QJsonObject &item, bool complete) override;

private:
    QLabel *m_logo;
    QLabel *m_title, *m_id, *m_description, *m_sort, *m_created, *m_mapping;
    QLineEdit *m_urlCheck, *m_urlTableList, *m_urlTableDescription, *m_urlData;
    QTableWidget *m_settings;
};
