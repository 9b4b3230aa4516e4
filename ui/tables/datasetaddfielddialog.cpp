#include "ui/tables/datasetaddfielddialog.h"

#include "api/entities/entityvalidation.h"
#include "models/tables/datasetfieldsmodel.h"
#include "models/tables/fieldnameassistant.h"
#include "ui/widgets/uipalette.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

DatasetAddFieldDialog::DatasetAddFieldDialog(const DatasetFieldsModel *model, QWidget *parent)
    : QDialog(parent)
    , m_model(model)
    , m_name(new QLineEdit(this))
    , m_type(new QComboBox(this))
    , m_code(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"datasetAddFieldDialog"_s);
    setWindowTitle(tr("Add field"));
    setMinimumWidth(460);
    m_code->setObjectName(u"addFieldCode"_s);
    m_code->setPlaceholderText(tr("the connector's column code"));
    m_name->setObjectName(u"addFieldName"_s);
    m_name->setPlaceholderText(tr("NAME_IN_BITRIX24"));
    m_type->setObjectName(u"addFieldType"_s);
    m_type->addItems(EntityValidation::fieldTypes());
    m_type->setCurrentText(u"string"_s);
    m_problem->setObjectName(u"addFieldProblem"_s);
    m_problem->setWordWrap(true);
    UiPalette::setMessageRole(m_problem, UiPalette::Role::Error);
    // Room for a two-line message, so the dialog does not jump while typing.
    m_problem->setMinimumHeight(m_problem->fontMetrics().lineSpacing() * 3);
    m_problem->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add"));

    auto *note = new QLabel(tr("The field is added when you apply the pending changes. Its name and type cannot "
                               "be changed afterwards; new fields are always visible."),
                            this);
    note->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("External &code:"), m_code);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Type:"), m_type);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(note);
    layout->addWidget(m_buttons);

    // Typing the code proposes a name until the user edits the name.
    connect(m_code, &QLineEdit::textEdited, this, [this](const QString &code) {
        if (!m_name->isModified())
            m_name->setText(FieldNameAssistant::fieldName(code));
    });
    connect(m_code, &QLineEdit::textChanged, this, &DatasetAddFieldDialog::check);
    connect(m_name, &QLineEdit::textChanged, this, &DatasetAddFieldDialog::check);
    connect(m_type, &QComboBox::currentIndexChanged, this, &DatasetAddFieldDialog::check);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    check();
}

DatasetField DatasetAddFieldDialog::field() const
{
    DatasetField field;
    field.name = m_name->text().trimmed();
    field.type = m_type->currentText();
    field.externalCode = m_code->text().trimmed();
    return field;
}

void DatasetAddFieldDialog::setField(const DatasetField &field)
{
    m_code->setText(field.externalCode);
    m_name->setText(field.name);
    m_type->setCurrentText(field.type);
}

QString DatasetAddFieldDialog::problem() const
{
    return m_model->checkNewField(field()).message;
}

bool DatasetAddFieldDialog::isValid() const
{
    return m_model->checkNewField(field()).isValid();
}

void DatasetAddFieldDialog::check()
{
    const bool empty = m_code->text().trimmed().isEmpty() && m_name->text().trimmed().isEmpty();
    m_problem->setText(empty ? QString() : problem());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(isValid());
}
