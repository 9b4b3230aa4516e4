#include "ui/sources/sourcedeletedialog.h"

#include "ui/shell/detailwidgets.h"
#include "ui/widgets/uipalette.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

SourceDeleteDialog::SourceDeleteDialog(const QString &sourceTitle, const QList<Dataset> &datasets, QWidget *parent)
    : QDialog(parent)
    , m_explanation(new QLabel(this))
    , m_table(DetailWidgets::makeReadOnlyTable({tr("Dataset"), tr("ID"), tr("Description")}, u"dependentDatasets"_s,
                                               this))
    , m_cascade(new QCheckBox(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(u"sourceDeleteDialog"_s);
    setWindowTitle(tr("Delete source"));
    m_explanation->setObjectName(u"sourceDeleteExplanation"_s);
    m_explanation->setWordWrap(true);
    m_explanation->setText(
        tr("<p>The source <b>%1</b> still has %n dataset(s). The portal does not delete a source that has datasets "
           "(it answers \"Cannot delete source. Delete all related datasets first.\").</p>"
           "<p>Deleting the datasets removes their column settings on the portal; BI Builder reports built on them "
           "stop working. This cannot be undone.</p>",
           nullptr, int(datasets.size()))
            .arg(sourceTitle.toHtmlEscaped()));
    m_table->setRowCount(int(datasets.size()));
    for (int row = 0; row < datasets.size(); ++row) {
        const Dataset &dataset = datasets.at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(dataset.name));
        m_table->setItem(row, 1, new QTableWidgetItem(QString::number(dataset.id)));
        m_table->setItem(row, 2, new QTableWidgetItem(dataset.description));
    }
    m_cascade->setObjectName(u"cascadeDelete"_s);
    m_cascade->setText(tr("&Also delete these %n dataset(s), then the source", nullptr, int(datasets.size())));
    m_progress->setObjectName(u"deleteProgress"_s);
    m_progress->hide();
    m_status->setObjectName(u"sourceDeleteStatus"_s);
    m_status->setWordWrap(true);
    m_status->hide();
    QPushButton *remove = m_buttons->addButton(tr("&Delete"), QDialogButtonBox::DestructiveRole);
    remove->setObjectName(u"confirmDeleteButton"_s);
    remove->setEnabled(false);
    m_buttons->addButton(QDialogButtonBox::Cancel)->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_explanation);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_cascade);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    resize(560, 360);

    connect(m_cascade, &QCheckBox::toggled, remove, &QPushButton::setEnabled);
    connect(remove, &QPushButton::clicked, this, &SourceDeleteDialog::deleteRequested);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SourceDeleteDialog::reject);
}

bool SourceDeleteDialog::cascade() const
{
    return m_cascade->isChecked();
}

QPushButton *SourceDeleteDialog::deleteButton() const
{
    return findChild<QPushButton *>(u"confirmDeleteButton"_s);
}

void SourceDeleteDialog::setProgress(int done, int total, const QString &text)
{
    m_deleting = true;
    m_cascade->setEnabled(false);
    for (QAbstractButton *button : m_buttons->buttons())
        button->setEnabled(false);
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    m_progress->show();
    UiPalette::setMessageRole(m_status, UiPalette::Role::Normal);
    m_status->setText(text);
    m_status->show();
}

void SourceDeleteDialog::showFailure(const QString &message)
{
    m_deleting = false;
    UiPalette::setMessageRole(m_status, UiPalette::Role::Error);
    m_status->setText(message);
    m_status->show();
    m_buttons->clear();
    m_buttons->addButton(QDialogButtonBox::Close);
}

void SourceDeleteDialog::reject()
{
    if (m_deleting)
        return; // the portal is deleting: wait for the outcome
    QDialog::reject();
}
