#include "ui/tables/wizard/datasetpreviewpage.h"

#include "models/tables/datasetfieldsdraftmodel.h"
#include "ui/tables/datasetdatapreview.h"
#include "ui/tables/wizard/datasetdraft.h"

#include <QVBoxLayout>

using namespace Qt::StringLiterals;

DatasetPreviewPage::DatasetPreviewPage(DatasetDraft *draft, QWidget *parent)
    : QWizardPage(parent), m_draft(draft), m_preview(new DatasetDataPreview(this))
{
    setObjectName(u"datasetPreviewPage"_s);
    setTitle(tr("Preview"));
    setSubTitle(tr("This is how the dataset will show in BI Builder: the first %1 rows, visible columns only.")
                    .arg(DatasetDataPreview::DefaultLimit));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_preview);
}

void DatasetPreviewPage::initializePage()
{
    m_preview->load(m_draft->endpoint(), m_draft->table().code, m_draft->fields()->visibleFields());
}
