#include "ui/tables/wizard/datasetfieldspage.h"

#include "models/tables/datasetfieldsdraftmodel.h"
#include "ui/tables/wizard/datasetdraft.h"
#include "ui/tables/datasetfieldtypedelegate.h"
#include "ui/tables/fieldscheckheader.h"
#include "ui/widgets/statecolordelegate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

DatasetFieldsPage::DatasetFieldsPage(DatasetDraft *draft, QWidget *parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_view(new QTableView(this))
    , m_note(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_fixNames(new QPushButton(tr("&Suggest valid names"), this))
    , m_retry(new QPushButton(tr("Retry"), this))
{
    setObjectName(u"datasetFieldsPage"_s);
    setTitle(tr("Columns"));
    setSubTitle(tr("Choose which columns BI Builder sees and how they are named in Bitrix24."));

    m_note->setObjectName(u"datasetFieldsNote"_s);
    m_note->setWordWrap(true);
    m_note->setText(tr("<b>Names and types cannot be changed after the dataset is created.</b> Only visibility "
                       "can. Names use A–Z, 0–9 and _, start with a letter and have at most 32 characters."));

    auto *header = new FieldsCheckHeader(m_view);
    m_view->setHorizontalHeader(header);
    m_view->setObjectName(u"datasetDraftFields"_s);
    m_view->setModel(draft->fields());
    StateColorDelegate::install(m_view, ItemStateColors::datasetFieldsDraft);
    m_view->setItemDelegateForColumn(DatasetFieldsDraftModel::TypeColumn, new DatasetFieldTypeDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_view->verticalHeader()->hide();
    m_view->setAlternatingRowColors(true);
    header->setStretchLastSection(true);
    header->setSectionResizeMode(DatasetFieldsDraftModel::VisibleColumn, QHeaderView::Fixed);
    header->resizeSection(DatasetFieldsDraftModel::VisibleColumn, header->checkSectionWidth());
    header->resizeSection(DatasetFieldsDraftModel::NameColumn, 220);
    header->resizeSection(DatasetFieldsDraftModel::TypeColumn, 90);
    header->resizeSection(DatasetFieldsDraftModel::ExternalCodeColumn, 160);

    m_summary->setObjectName(u"datasetFieldsSummary"_s);
    m_problem->setObjectName(u"datasetFieldsProblem"_s);
    m_problem->setWordWrap(true);
    UiPalette::setMessageRole(m_problem, UiPalette::Role::Error);
    m_fixNames->setObjectName(u"datasetFixNames"_s);
    m_fixNames->setToolTip(tr("Replace every invalid or duplicate name with a valid one (transliterated, "
                              "upper-case, unique)."));
    m_retry->setObjectName(u"datasetFieldsRetry"_s);
    m_retry->hide();

    connect(m_fixNames, &QPushButton::clicked, this, [this] { m_draft->fields()->fixNames(); });
    connect(m_retry, &QPushButton::clicked, this, [this] {
        m_retry->hide();
        m_summary->setText(tr("Loading columns…"));
        m_draft->loadColumns();
    });
    connect(draft->fields(), &DatasetFieldsDraftModel::draftChanged, this, &DatasetFieldsPage::updateState);
    connect(draft, &DatasetDraft::columnsLoaded, this, &DatasetFieldsPage::onColumnsLoaded);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_summary, 1);
    bottom->addWidget(m_retry);
    bottom->addWidget(m_fixNames);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_problem);
    layout->addLayout(bottom);
}

void DatasetFieldsPage::initializePage()
{
    setSubTitle(tr("Columns of %1. Choose which ones BI Builder sees and how they are named in Bitrix24.")
                    .arg(m_draft->table().code));
    if (m_draft->hasColumns()) {
        updateState();
        return;
    }
    m_problem->clear();
    m_retry->hide();
    m_summary->setText(tr("Loading columns…"));
    m_draft->loadColumns();
    updateState();
}

void DatasetFieldsPage::onColumnsLoaded(bool ok, const QString &error)
{
    if (!ok) {
        m_summary->setText(error);
        UiPalette::setMessageRole(m_summary, UiPalette::Role::Error);
        m_retry->show();
    } else {
        UiPalette::setMessageRole(m_summary, UiPalette::Role::Normal);
    }
    updateState();
}

void DatasetFieldsPage::updateState()
{
    const DatasetFieldsDraftModel *fields = m_draft->fields();
    const bool loaded = m_draft->hasColumns();
    if (loaded) {
        m_summary->setText(tr("%n column(s), %1 visible in BI Builder.", nullptr, fields->rowCount())
                               .arg(fields->visibleCount()));
        const int problems = fields->problemCount();
        const ValidationResult first = fields->firstProblem();
        m_problem->setText(first.isValid() ? QString()
                           : problems > 1  ? tr("%n problem(s). First: %1", nullptr, problems).arg(first.message)
                                           : first.message);
        m_problem->setVisible(!first.isValid());
        m_fixNames->setEnabled(problems > 0);
    } else {
        m_problem->hide();
        m_fixNames->setEnabled(false);
    }
    emit completeChanged();
}

bool DatasetFieldsPage::isComplete() const
{
    return m_draft->hasColumns() && m_draft->fields()->firstProblem().isValid();
}
