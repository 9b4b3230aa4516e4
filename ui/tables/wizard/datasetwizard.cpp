#include "ui/tables/wizard/datasetwizard.h"

#include "ui/tables/wizard/datasetdraft.h"
#include "ui/tables/wizard/datasetfieldspage.h"
#include "ui/tables/wizard/datasetnamepage.h"
#include "ui/tables/wizard/datasetpreviewpage.h"
#include "ui/tables/wizard/datasettablepage.h"
#include "ui/widgets/messageboxes.h"

using namespace Qt::StringLiterals;

DatasetWizard::DatasetWizard(PortalSession *session, qint64 sourceId, const QString &sourceTitle, QWidget *parent)
    : QWizard(parent)
    , m_draft(new DatasetDraft(session, sourceId, this))
    , m_tablePage(new DatasetTablePage(m_draft, sourceTitle, this))
    , m_fieldsPage(new DatasetFieldsPage(m_draft, this))
    , m_previewPage(new DatasetPreviewPage(m_draft, this))
    , m_namePage(new DatasetNamePage(m_draft, this))
{
    setObjectName(u"datasetWizard"_s);
    setWindowTitle(tr("New dataset"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    setPage(TablePageId, m_tablePage);
    setPage(FieldsPageId, m_fieldsPage);
    setPage(PreviewPageId, m_previewPage);
    setPage(NamePageId, m_namePage);
    setButtonText(QWizard::FinishButton, tr("&Create dataset"));
    resize(820, 620);
    connect(m_draft, &DatasetDraft::created, this, &DatasetWizard::created);
}

void DatasetWizard::reject()
{
    if (m_draft->isCreating() || m_confirmingCancel)
        return;
    // Past the table page the user has made choices: ask before throwing them away.
    if (currentId() == TablePageId) {
        QWizard::reject();
        return;
    }
    m_confirmingCancel = true;
    MessageBoxes::ask(this, QMessageBox::Question, tr("Cancel the new dataset"),
                      tr("The columns, names and settings you chose will be lost. Cancel creating the dataset?"),
                      QMessageBox::Yes | QMessageBox::No, QMessageBox::No, [this](MessageBoxes::Answer answer) {
                          m_confirmingCancel = false;
                          if (answer == QMessageBox::Yes)
                              QWizard::reject();
                      });
}
