#include "ui/tables/wizard/datasetnamepage.h"

#include "api/entities/entityvalidation.h"
#include "models/tables/datasetfieldsdraftmodel.h"
#include "ui/tables/wizard/datasetdraft.h"
#include "ui/widgets/uipalette.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>
#include <QWizard>

using namespace Qt::StringLiterals;

DatasetNamePage::DatasetNamePage(DatasetDraft *draft, QWidget *parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_name(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_nameProblem(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_status(new QLabel(this))
{
    setObjectName(u"datasetNamePage"_s);
    setTitle(tr("Name and description"));
    setSubTitle(tr("How the dataset is called in Bitrix24 and BI Builder."));

    m_name->setObjectName(u"datasetNameEdit"_s);
    m_name->setMaxLength(int(EntityValidation::MaxDatasetNameLength) + 20); // room to show the length error
    m_name->setPlaceholderText(tr("lowercase_name"));
    m_description->setObjectName(u"datasetDescriptionEdit"_s);
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(m_description->fontMetrics().lineSpacing() * 4 + 12);
    m_nameProblem->setObjectName(u"datasetNameProblem"_s);
    m_nameProblem->setWordWrap(true);
    UiPalette::setMessageRole(m_nameProblem, UiPalette::Role::Error);

    auto *note = new QLabel(this);
    note->setObjectName(u"datasetImmutableNote"_s);
    note->setWordWrap(true);
    note->setText(tr("<b>The dataset name, column names and column types cannot be changed after the dataset is "
                     "created.</b> Column visibility and the description can be changed at any time."));
    UiPalette::setBannerRole(note, UiPalette::Role::Warning);

    m_summary->setObjectName(u"datasetCreateSummary"_s);
    m_summary->setWordWrap(true);
    m_status->setObjectName(u"datasetCreateStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_nameProblem);
    form->addRow(tr("&Description:"), m_description);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addStretch(1);
    layout->addWidget(note);
    layout->addWidget(m_status);

    connect(m_name, &QLineEdit::textChanged, this, &DatasetNamePage::check);
    connect(draft, &DatasetDraft::existingNamesLoaded, this, [this] {
        // An untouched proposal made before the names were known may clash: propose again.
        if (!m_proposedFor.isEmpty() && m_name->text() == m_proposal) {
            m_proposal = m_draft->proposedName();
            m_name->setText(m_proposal);
        }
        check();
    });
    connect(draft, &DatasetDraft::created, this, &DatasetNamePage::onCreated);
    connect(draft, &DatasetDraft::createFailed, this, &DatasetNamePage::onCreateFailed);
}

void DatasetNamePage::initializePage()
{
    const EndpointTable table = m_draft->table();
    if (m_proposedFor != table.code) {
        m_proposedFor = table.code;
        m_proposal = m_draft->proposedName();
        m_name->setText(m_proposal);
        m_description->setPlainText(table.title);
    }
    const DatasetFieldsDraftModel *fields = m_draft->fields();
    QStringList visible;
    for (const DatasetField &field : fields->visibleFields())
        visible.append(field.name);
    m_summary->setText(tr("From table %1: %n column(s), %2 visible in BI Builder (%3).", nullptr, fields->rowCount())
                           .arg(m_draft->externalCode())
                           .arg(visible.size())
                           .arg(visible.isEmpty() ? tr("none") : visible.join(u", "_s)));
    m_status->clear();
    check();
}

void DatasetNamePage::check()
{
    const QString name = m_name->text();
    const ValidationResult result = m_draft->checkName(name);
    QString text = result.message;
    if (result.isValid() && !m_draft->hasExistingNames())
        text = m_draft->existingNamesError().isEmpty()
            ? tr("Checking the names of existing datasets…")
            : tr("Could not check the names of existing datasets (%1); the portal will refuse a duplicate.")
                  .arg(m_draft->existingNamesError());
    m_nameProblem->setText(text);
    UiPalette::setMessageRole(m_nameProblem, result.isValid() ? UiPalette::Role::Muted : UiPalette::Role::Error);
    m_nameProblem->setVisible(!text.isEmpty());
    emit completeChanged();
}

bool DatasetNamePage::isComplete() const
{
    return !m_draft->isCreating() && m_draft->checkName(m_name->text()).isValid();
}

bool DatasetNamePage::validatePage()
{
    if (m_created)
        return true;
    if (m_draft->isCreating())
        return false;
    m_draft->setName(m_name->text());
    m_draft->setDescription(m_description->toPlainText().trimmed());
    UiPalette::setMessageRole(m_status, UiPalette::Role::Normal);
    m_status->setText(tr("Creating the dataset…"));
    m_name->setReadOnly(true);
    m_draft->create();
    emit completeChanged();
    return false;   // the answer decides (onCreated / onCreateFailed)
}

void DatasetNamePage::onCreated()
{
    m_created = true;
    m_status->setText(tr("Dataset created."));
    if (wizard())
        wizard()->accept();
}

void DatasetNamePage::onCreateFailed(const QString &message)
{
    m_name->setReadOnly(false);
    UiPalette::setMessageRole(m_status, UiPalette::Role::Error);
    m_status->setText(tr("The dataset was not created: %1").arg(message));
    emit completeChanged();
}
