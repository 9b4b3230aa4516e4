#pragma once

#include "models/tables/datasetfieldsmodel.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

// "Show matching…" / "Hide matching…": a wildcard pattern on the field name or external code
// (e.g. *_ID) and/or a type, with a live count of the fields it matches.
class DatasetMatchDialog : public QDialog
{
    Q_OBJECT
public:
    DatasetMatchDialog(const DatasetFieldsModel *model, bool show, QWidget *parent = nullptr);

    DatasetFieldsModel::Match match() const;
    bool showsFields() const { return m_show; }
    void setMatch(const DatasetFieldsModel::Match &match);
    int matchCount() const;

private:
    void updateCount();

    const DatasetFieldsModel *m_model;
    bool m_show;
    QLineEdit *m_pattern;
    QComboBox *m_type;
    QLabel *m_count;
    QDialogButtonBox *m_buttons;
};
