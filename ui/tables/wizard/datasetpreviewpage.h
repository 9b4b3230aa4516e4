#pragma once

#include <QWizardPage>

class DatasetDataPreview;
class DatasetDraft;

// Wizard page 3: the first 20 rows of the table with only the visible columns, as BI Builder would
// receive them. Informational: a failed preview does not block creating the dataset.
class DatasetPreviewPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit DatasetPreviewPage(DatasetDraft *draft, QWidget *parent = nullptr);

    void initializePage() override;
    DatasetDataPreview *preview() const { return m_preview; }

private:
    DatasetDraft *m_draft;
    DatasetDataPreview *m_preview;
};
