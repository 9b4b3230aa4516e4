#include "ui/connectors/connectorsettingseditor.h"

#include "models/connectors/connectorsettingsmodel.h"
#include "ui/widgets/uipalette.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// Tints cells with a problem and edits the type with a STRING / INT combo box.
class SettingsDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        if (index.column() != ConnectorSettingsModel::TypeColumn)
            return QStyledItemDelegate::createEditor(parent, option, index);
        auto *combo = new QComboBox(parent);
        combo->setObjectName(u"settingTypeEditor"_s);
        combo->addItems(ConnectorSettingsModel::types());
        return combo;
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor))
            combo->setCurrentText(index.data(Qt::EditRole).toString());
        else
            QStyledItemDelegate::setEditorData(editor, index);
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor))
            model->setData(index, combo->currentText());
        else
            QStyledItemDelegate::setModelData(editor, model, index);
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (!index.data(ConnectorSettingsModel::ProblemRole).toString().isEmpty())
            option->backgroundBrush = UiPalette::tint(UiPalette::Role::Error, option->palette);
    }
};

} // namespace

ConnectorSettingsEditor::ConnectorSettingsEditor(QWidget *parent)
    : QWidget(parent)
    , m_model(new ConnectorSettingsModel(this))
    , m_view(new QTableView(this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_up(new QPushButton(tr("Move &up"), this))
    , m_down(new QPushButton(tr("Move do&wn"), this))
    , m_problem(new QLabel(this))
{
    setObjectName(u"connectorSettingsEditor"_s);
    m_view->setObjectName(u"connectorSettingsTable"_s);
    m_view->setModel(m_model);
    m_view->setItemDelegate(new SettingsDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_view->horizontalHeader()->setSectionResizeMode(ConnectorSettingsModel::NameColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(ConnectorSettingsModel::CodeColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(ConnectorSettingsModel::TypeColumn,
                                                     QHeaderView::ResizeToContents);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 12);
    m_add->setObjectName(u"settingAdd"_s);
    m_remove->setObjectName(u"settingRemove"_s);
    m_up->setObjectName(u"settingUp"_s);
    m_down->setObjectName(u"settingDown"_s);
    m_problem->setObjectName(u"settingsProblem"_s);
    m_problem->setWordWrap(true);
    UiPalette::setMessageRole(m_problem, UiPalette::Role::Error);

    auto *buttons = new QVBoxLayout;
    for (QPushButton *button : {m_add, m_remove, m_up, m_down})
        buttons->addWidget(button);
    buttons->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_view, 1);
    row->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row, 1);
    layout->addWidget(m_problem);

    connect(m_add, &QPushButton::clicked, this, &ConnectorSettingsEditor::addSetting);
    connect(m_remove, &QPushButton::clicked, this, &ConnectorSettingsEditor::removeSelected);
    connect(m_up, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveSelected(+1); });
    connect(m_model, &ConnectorSettingsModel::settingsChanged, this, [this] {
        updateState();
        emit changed();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ConnectorSettingsEditor::updateState);
    updateState();
}

void ConnectorSettingsEditor::setSettings(const QList<ConnectorSetting> &settings)
{
    const QSignalBlocker blocker(this);
    m_model->setSettings(settings);
    updateState();
}

QList<ConnectorSetting> ConnectorSettingsEditor::settings() const
{
    return m_model->settings();
}

bool ConnectorSettingsEditor::hasErrors() const
{
    return !m_model->firstProblem().isValid();
}

int ConnectorSettingsEditor::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void ConnectorSettingsEditor::addSetting()
{
    const int row = m_model->addSetting(currentRow() < 0 ? -1 : currentRow() + 1);
    const QModelIndex name = m_model->index(row, ConnectorSettingsModel::NameColumn);
    m_view->setCurrentIndex(name);
    m_view->setFocus();
    m_view->edit(name);
}

void ConnectorSettingsEditor::removeSelected()
{
    const int row = currentRow();
    if (row < 0)
        return;
    m_model->removeRows(row, 1);
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(qMin(row, m_model->rowCount() - 1), 0));
}

void ConnectorSettingsEditor::moveSelected(int delta)
{
    const int row = currentRow();
    const int column = qMax(0, m_view->currentIndex().column());
    if (row < 0 || !m_model->moveSetting(row, row + delta))
        return;
    m_view->setCurrentIndex(m_model->index(row + delta, column));
}

void ConnectorSettingsEditor::updateState()
{
    const int row = currentRow();
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row < m_model->rowCount() - 1);
    const ConnectorSettingsModel::Problem problem = m_model->firstProblem();
    if (problem.isValid()) {
        m_problem->setText(m_model->rowCount() == 0
                               ? tr("No settings: sources of this connector will send no connection[…] values.")
                               : QString());
        UiPalette::setMessageRole(m_problem, UiPalette::Role::Normal);
    } else {
        const QString column = m_model->headerData(problem.column, Qt::Horizontal).toString();
        m_problem->setText(tr("Setting %1, %2: %3").arg(problem.row + 1).arg(column, problem.result.message));
        UiPalette::setMessageRole(m_problem, UiPalette::Role::Error);
    }
    m_problem->setVisible(!m_problem->text().isEmpty());
}
