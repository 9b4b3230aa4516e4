#pragma once

#include "ui/entitydetailpane.h"

class QLabel;
class QTableWidget;

// Dataset details: metadata and a read-only table of its fields (editing comes with the fields
// editor).
class DatasetDetailPane : public EntityDetailPane
{
    Q_OBJECT
public:
    explicit DatasetDetailPane(QWidget *parent = nullptr);

protected:
    void present(const QJsonObject &item, bool complete) override;

private:
    QLabel *m_name, *m_id, *m_description, *m_external, *m_created, *m_updated, *m_fieldCount;
    QTableWidget *m_fields;
};
