#include "ui/tables/datasetmatchdialog.h"

#include "api/entities/entityvalidation.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

DatasetMatchDialog::DatasetMatchDialog(const DatasetFieldsModel *model, bool show, QWidget *parent)
    : QDialog(parent)
    , m_model(model)
    , m_show(show)
    , m_pattern(new QLineEdit(this))
    , m_type(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"datasetMatchDialog"_s);
    setWindowTitle(show ? tr("Show matching fields") : tr("Hide matching fields"));
    setMinimumWidth(380);
    m_pattern->setObjectName(u"matchPattern"_s);
    m_pattern->setPlaceholderText(tr("e.g. *_ID or CREATED*"));
    m_pattern->setToolTip(tr("* matches any characters, ? one character. Compared with the name and the external "
                             "code, ignoring case. Empty matches every field."));
    m_type->setObjectName(u"matchType"_s);
    m_type->addItem(tr("Any type"), QString());
    for (const QString &type : EntityValidation::fieldTypes())
        m_type->addItem(type, type);
    m_count->setObjectName(u"matchCount"_s);
    m_buttons->button(QDialogButtonBox::Ok)->setText(show ? tr("&Show") : tr("&Hide"));

    auto *form = new QFormLayout;
    form->addRow(tr("Name &pattern:"), m_pattern);
    form->addRow(tr("&Type:"), m_type);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_count);
    layout->addWidget(m_buttons);

    connect(m_pattern, &QLineEdit::textChanged, this, &DatasetMatchDialog::updateCount);
    connect(m_type, &QComboBox::currentIndexChanged, this, &DatasetMatchDialog::updateCount);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateCount();
}

DatasetFieldsModel::Match DatasetMatchDialog::match() const
{
    return {m_pattern->text().trimmed(), m_type->currentData().toString()};
}

void DatasetMatchDialog::setMatch(const DatasetFieldsModel::Match &match)
{
    m_pattern->setText(match.pattern);
    m_type->setCurrentIndex(qMax(0, m_type->findData(match.type)));
}

int DatasetMatchDialog::matchCount() const
{
    return int(m_model->rowsMatching(match()).size());
}

void DatasetMatchDialog::updateCount()
{
    const int count = matchCount();
    m_count->setText(m_show ? tr("%n field(s) will be shown.", nullptr, count)
                            : tr("%n field(s) will be hidden.", nullptr, count));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(count > 0);
}
