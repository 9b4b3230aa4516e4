#include "ui/connectors/connectordeletedialog.h"

#include "ui/widgets/uipalette.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int KindRole = Qt::UserRole + 1;
constexpr int IdRole = Qt::UserRole + 2;
} // namespace

ConnectorDeleteDialog::ConnectorDeleteDialog(RestClient *client, const ConnectorUsage &usage,
                                             const QString &connectorTitle, QWidget *parent)
    : QDialog(parent)
    , m_deletion(new CascadeDelete(BiconnectorApi(client), nullptr, usage, connectorTitle, this))
    , m_tree(new QTreeWidget(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(this))
    , m_title(connectorTitle)
{
    setObjectName(u"connectorDeleteDialog"_s);
    setWindowTitle(tr("Delete connector “%1”").arg(connectorTitle));
    setAttribute(Qt::WA_DeleteOnClose);

    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(32, 32));
    auto *intro = new QLabel(tr("The portal refuses to delete a connector that still has sources, and a source "
                                "that still has datasets. “%1” has %n source(s) with %2 dataset(s):",
                                nullptr, int(usage.sources.size()))
                                 .arg(connectorTitle)
                                 .arg(usage.datasetCount()),
                             this);
    intro->setWordWrap(true);
    auto *introRow = new QHBoxLayout;
    introRow->addWidget(icon, 0, Qt::AlignTop);
    introRow->addWidget(intro, 1);

    m_tree->setObjectName(u"connectorDependents"_s);
    m_tree->setHeaderLabels({tr("Object"), tr("ID")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    for (const Source &source : usage.sources) {
        auto *sourceItem = new QTreeWidgetItem(m_tree, {tr("Source “%1”").arg(source.title), QString::number(source.id)});
        sourceItem->setData(0, KindRole, int(NodeKind::Source));
        sourceItem->setData(0, IdRole, source.id);
        for (const Dataset &dataset : usage.datasetsOf(source.id)) {
            auto *datasetItem =
                new QTreeWidgetItem(sourceItem, {tr("Dataset “%1”").arg(dataset.name), QString::number(dataset.id)});
            datasetItem->setData(0, KindRole, int(NodeKind::Dataset));
            datasetItem->setData(0, IdRole, dataset.id);
        }
    }
    m_tree->expandAll();

    auto *explanation = new QLabel(tr("“Delete everything” deletes each source's datasets, then the source, and "
                                      "finally the connector, one at a time, and stops at the first error. "
                                      "This cannot be undone."),
                                   this);
    explanation->setWordWrap(true);
    m_status->setObjectName(u"connectorDeleteStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setObjectName(u"connectorDeleteProgress"_s);
    m_progress->setRange(0, int(m_deletion->steps().size()));
    m_progress->setFormat(tr("%v of %m deleted"));
    m_progress->hide();

    m_delete = m_buttons->addButton(tr("&Delete everything"), QDialogButtonBox::DestructiveRole);
    m_delete->setObjectName(u"connectorDeleteAll"_s);
    m_stop = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_stop->setObjectName(u"connectorDeleteCancel"_s);
    m_stop->setDefault(true);
    connect(m_delete, &QPushButton::clicked, this, &ConnectorDeleteDialog::startDeletion);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectorDeleteDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(introRow);
    layout->addWidget(m_tree, 1);
    layout->addWidget(explanation);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(m_deletion, &CascadeDelete::stepStarted, this, &ConnectorDeleteDialog::onStepStarted);
    connect(m_deletion, &CascadeDelete::stepDone, this, &ConnectorDeleteDialog::onStepDone);
    connect(m_deletion, &PortalOperation::finished, this, &ConnectorDeleteDialog::onFinished);
    resize(560, 480);
}

QString ConnectorDeleteDialog::statusText() const
{
    return m_status->text();
}

void ConnectorDeleteDialog::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    UiPalette::setMessageRole(m_status, error ? UiPalette::Role::Error : UiPalette::Role::Normal);
}

void ConnectorDeleteDialog::startDeletion()
{
    if (m_deletion->isRunning() || m_deletion->isFinished())
        return;
    m_delete->setEnabled(false);
    m_stop->setText(tr("&Stop"));
    m_progress->show();
    m_deletion->start();
}

void ConnectorDeleteDialog::reject()
{
    if (m_deletion->isRunning()) {
        m_deletion->cancel();
        m_stop->setEnabled(false);
        setStatus(tr("Stopping after the running step…"), false);
        return;
    }
    QDialog::reject();
}

QTreeWidgetItem *ConnectorDeleteDialog::itemFor(const CascadeDelete::Step &step) const
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, KindRole).toInt() == int(step.kind) && (*it)->data(0, IdRole).toLongLong() == step.id)
            return *it;
    }
    return nullptr;
}

void ConnectorDeleteDialog::onStepStarted(int index, const CascadeDelete::Step &step)
{
    setStatus(tr("Deleting %1 (%2 of %3)…").arg(CascadeDelete::describe(step)).arg(index + 1)
                  .arg(m_deletion->steps().size()),
              false);
    if (QTreeWidgetItem *item = itemFor(step))
        m_tree->scrollToItem(item);
}

void ConnectorDeleteDialog::onStepDone(int index, const CascadeDelete::Step &step)
{
    m_progress->setValue(index + 1);
    if (QTreeWidgetItem *item = itemFor(step)) {
        QFont font = item->font(0);
        font.setStrikeOut(true);
        item->setFont(0, font);
        item->setForeground(0, UiPalette::text(UiPalette::Role::Muted, item->treeWidget()->palette()));
        item->setText(1, tr("deleted"));
    }
    emit objectDeleted(step.kind, step.id);
}

void ConnectorDeleteDialog::onFinished(const PortalOperation::Result &result)
{
    const PortalOperation::Outcome outcome = result.outcome;
    const ApiError &error = result.error;
    m_stop->setEnabled(true);
    m_stop->setText(tr("&Close"));
    emit deletionFinished(outcome);
    const int done = m_deletion->completedSteps();
    switch (outcome) {
    case PortalOperation::Outcome::Applied:
        setStatus(tr("Connector “%1” and everything under it were deleted.").arg(m_title), false);
        accept();
        return;
    case PortalOperation::Outcome::Canceled:
        setStatus(tr("Stopped after %n deletion(s). Nothing else was deleted.", nullptr, done), false);
        return;
    case PortalOperation::Outcome::NotApplied:
    case PortalOperation::Outcome::Unknown: {
        const CascadeDelete::Step &step = m_deletion->steps().at(m_deletion->failedStep());
        setStatus(tr("Could not delete %1: %2 Stopped there; %n object(s) had been deleted before.", nullptr, done)
                      .arg(CascadeDelete::describe(step), result.message()),
                  true);
        m_status->setToolTip(error.details());
        if (QTreeWidgetItem *item = itemFor(step))
            item->setForeground(0, UiPalette::text(UiPalette::Role::Error, item->treeWidget()->palette()));
        return;
    }
    }
}
