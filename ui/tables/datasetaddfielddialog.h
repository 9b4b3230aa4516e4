#pragma once

#include "api/entities/entities.h"

#include <QDialog>

class DatasetFieldsModel;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

// Adds a column to a dataset as a pending change: NAME, type and the connector's external code,
// checked as typed with the server's rules (DatasetFieldsModel::checkNewField).
class DatasetAddFieldDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DatasetAddFieldDialog(const DatasetFieldsModel *model, QWidget *parent = nullptr);

    DatasetField field() const;
    void setField(const DatasetField &field);
    bool isValid() const;
    QString problem() const;

private:
    void check();

    const DatasetFieldsModel *m_model;
    QLineEdit *m_name;
    QComboBox *m_type;
    QLineEdit *m_code;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};
