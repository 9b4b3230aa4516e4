#pragma once

#include <QWizardPage>

class DatasetDraft;
class QLabel;
class QPushButton;
class QTableView;

// Wizard page 2: the table's columns (urlTableDescription) with a visibility checkbox each (and a
// tri-state one in the header), the proposed NAME and the type — both editable and checked
// against the server's rules as they change — and the connector's code and name. "Suggest valid
// names" lets the name assistant fix every problem at once.
class DatasetFieldsPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit DatasetFieldsPage(DatasetDraft *draft, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    QTableView *view() const { return m_view; }
    QPushButton *fixNamesButton() const { return m_fixNames; }
    QLabel *problemLabel() const { return m_problem; }

private:
    void onColumnsLoaded(bool ok, const QString &error);
    void updateState();

    DatasetDraft *m_draft;
    QTableView *m_view;
    QLabel *m_note;
    QLabel *m_summary;
    QLabel *m_problem;
    QPushButton *m_fixNames;
    QPushButton *m_retry;
};
