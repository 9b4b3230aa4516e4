#include "ui/transfer/importwizardpages.h"

#include "models/transfer/importplanmodel.h"
#include "ui/widgets/filechooser.h"
#include "ui/transfer/importwizard.h"
#include "ui/widgets/statecolordelegate.h"

#include <QClipboard>
#include <QFile>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

using Action = ImportPlanItem::Action;

namespace {

const char *const SourceKeyProperty = "sourceKey";
const char *const SettingCodeProperty = "settingCode";

QPushButton *copyButton(const QString &text, const QString &objectName, QWidget *parent,
                        std::function<QString()> content)
{
    auto *button = new QPushButton(QIcon::fromTheme(u"edit-copy"_s), text, parent);
    button->setObjectName(objectName);
    QObject::connect(button, &QPushButton::clicked, parent,
                     [content = std::move(content)] { QGuiApplication::clipboard()->setText(content()); });
    return button;
}

} // namespace

// ---- (1) file ----

ImportFilePage::ImportFilePage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_spinner(new QProgressBar(this))
    , m_state(new QLabel(this))
{
    setObjectName(u"importFilePage"_s);
    setTitle(tr("Choose a configuration file"));
    setSubTitle(tr("A file exported from another portal with Export configuration."));
    auto *intro = new QLabel(tr("Nothing is changed yet: Next compares the file with this portal and shows what an "
                                "import would create or update. Connectors are matched by title, sources by title "
                                "under their connector, datasets by name."),
                             this);
    intro->setWordWrap(true);
    m_path->setObjectName(u"importFileEdit"_s);
    m_path->setPlaceholderText(tr("/path/to/bi-configuration.json"));
    m_browse->setObjectName(u"importBrowseButton"_s);
    m_spinner->setObjectName(u"planSpinner"_s);
    m_spinner->setRange(0, 0);
    m_spinner->setVisible(false);
    m_state->setObjectName(u"importFileState"_s);
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    auto *row = new QHBoxLayout;
    row->addWidget(fileLabel);
    row->addWidget(m_path, 1);
    row->addWidget(m_browse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(8);
    layout->addLayout(row);
    layout->addWidget(m_spinner);
    layout->addWidget(m_state);
    layout->addStretch(1);

    connect(m_path, &QLineEdit::textChanged, this, [this] {
        m_state->clear();
        emit completeChanged();
    });
    connect(m_browse, &QPushButton::clicked, this, [this] {
        FileChooser::chooseToOpen(this, tr("Import configuration"), tr("JSON files (*.json);;All files (*)"),
                                  [this](const QString &path) { m_path->setText(path); });
    });
    connect(wizard, &ImportWizard::planned, this, [this] {
        m_plannedPath = m_path->text();
        setBusy(false);
        m_wizard->next();
    });
    connect(wizard, &ImportWizard::planFailed, this, [this](const QString &message) {
        setBusy(false);
        showError(message);
    });
}

bool ImportFilePage::isComplete() const
{
    return !m_busy && !m_path->text().trimmed().isEmpty();
}

bool ImportFilePage::validatePage()
{
    const QString path = m_path->text().trimmed();
    if (!m_plannedPath.isEmpty() && path == m_plannedPath)
        return true;   // the plan for this file is ready
    m_plannedPath.clear();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("“%1” cannot be read: %2").arg(path, file.errorString()));
        return false;
    }
    QString error;
    const auto document = ConfigurationDocument::fromJson(file.readAll(), path, &error);
    if (!document) {
        showError(error);
        return false;
    }
    setBusy(true);
    m_state->setText(tr("Comparing %n connector(s) of the file with the portal…", nullptr,
                        int(document->connectors.size())));
    m_wizard->startPlanning(*document, path);
    return false;
}

void ImportFilePage::setBusy(bool busy)
{
    m_busy = busy;
    m_spinner->setVisible(busy);
    m_path->setEnabled(!busy);
    m_browse->setEnabled(!busy);
    UiPalette::setMessageRole(m_state, UiPalette::Role::Normal);
    emit completeChanged();
}

void ImportFilePage::showError(const QString &message)
{
    m_state->setText(message);
    UiPalette::setMessageRole(m_state, UiPalette::Role::Error);
}

// ---- (2) plan ----

ImportPlanPage::ImportPlanPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_model(new ImportPlanModel(this))
    , m_summary(new QLabel(this))
    , m_tree(new QTreeView(this))
    , m_details(new QLabel(this))
{
    setObjectName(u"importPlanPage"_s);
    setTitle(tr("What the import will do"));
    setSubTitle(tr("Nothing is deleted. Objects in conflict are not imported, nor is anything below them."));
    m_summary->setObjectName(u"planSummary"_s);
    m_summary->setWordWrap(true);
    m_tree->setObjectName(u"planTree"_s);
    m_tree->setModel(m_model);
    StateColorDelegate::install(m_tree, ItemStateColors::importPlan);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(true);
    m_details->setObjectName(u"planItemDetails"_s);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setMinimumHeight(m_details->fontMetrics().lineSpacing() * 3);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_copy = copyButton(tr("&Copy dry-run report"), u"copyPlanReportButton"_s, this,
                        [this] { return m_wizard->plan().report(); });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_details, 1);
    buttons->addWidget(m_copy, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &ImportPlanPage::showDetails);
}

void ImportPlanPage::showDetails(const QModelIndex &index)
{
    const ImportPlanItem *item = m_model->itemAt(index);
    if (!item) {
        m_details->clear();
        return;
    }
    const QString details = ImportPlanModel::details(*item);
    m_details->setText(tr("%1 “%2”: %3").arg(ImportPlanItem::kindText(item->kind), item->name,
                                            ImportPlanItem::actionText(item->action))
                       + (details.isEmpty() ? QString() : u"\n"_s + details));
}

void ImportPlanPage::initializePage()
{
    const ImportPlan &plan = m_wizard->plan();
    m_model->setPlan(plan);
    m_tree->expandAll();
    m_tree->resizeColumnToContents(ImportPlanModel::NameColumn);
    m_tree->resizeColumnToContents(ImportPlanModel::ActionColumn);
    // The first object that needs attention (a conflict, else an update) is selected and explained.
    QModelIndex first;
    for (const Action wanted : {Action::Conflict, Action::Update, Action::Create}) {
        const QModelIndexList hits = m_model->match(m_model->index(0, 0), ImportPlanModel::ActionRole, int(wanted), 1,
                                                    Qt::MatchExactly | Qt::MatchRecursive);
        if (!hits.isEmpty()) {
            first = hits.first();
            break;
        }
    }
    m_tree->setCurrentIndex(first.isValid() ? first : m_model->index(0, 0));
    showDetails(m_tree->currentIndex());
    QString summary = plan.summary();
    if (plan.changesNothing())
        summary += u"\n"_s + tr("Nothing to import: the portal already has everything the file describes.");
    m_summary->setText(summary);
    // The page before the import commits: no way back once it runs.
    setCommitPage(!plan.changesNothing() && plan.sourcesNeedingValues().isEmpty());
    setFinalPage(plan.changesNothing());
}

void ImportPlanPage::cleanupPage()
{
    m_wizard->filePage()->forgetPlan();   // Back to the file: Next compares again
    QWizardPage::cleanupPage();
}

int ImportPlanPage::nextId() const
{
    const ImportPlan &plan = m_wizard->plan();
    if (plan.changesNothing())
        return -1;
    return plan.sourcesNeedingValues().isEmpty() ? ImportWizard::ApplyPageId : ImportWizard::ValuesPageId;
}

// ---- (3) setting values ----

ImportValuesPage::ImportValuesPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_form(new QWidget(this))
    , m_formLayout(new QVBoxLayout(m_form))
{
    setObjectName(u"importValuesPage"_s);
    setTitle(tr("Setting values of the new sources"));
    setSubTitle(tr("The portal checks each new source with its connector, so it needs the values a user would type. "
                   "They are sent to the portal only."));
    setCommitPage(true);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"settingValuesArea"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_form);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

void ImportValuesPage::initializePage()
{
    while (QLayoutItem *item = m_formLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const ImportPlan &plan = m_wizard->plan();
    plan.forEach([&](const ImportPlanItem &connector, const ImportPlanItem *) {
        if (connector.kind != ImportPlanItem::Kind::Connector)
            return;
        for (const ImportPlanItem &source : connector.children) {
            if (source.action != ImportPlanItem::Action::Create)
                continue;
            auto *box = new QGroupBox(tr("%1 — %2").arg(connector.name, source.name), m_form);
            auto *form = new QFormLayout(box);
            QStringList codes;
            for (const SourceSetting &setting : source.source.settings)
                codes.append(setting.code);
            for (const ConnectorSetting &declared : connector.connector.settings) {
                if (!codes.contains(declared.code))
                    codes.append(declared.code);
            }
            for (const QString &code : std::as_const(codes)) {
                QString label = code;
                for (const ConnectorSetting &declared : connector.connector.settings) {
                    if (declared.code == code && !declared.name.isEmpty())
                        label = tr("%1 (%2)").arg(declared.name, code);
                }
                auto *edit = new QLineEdit(box);
                edit->setObjectName(u"settingValueEdit"_s);
                edit->setEchoMode(QLineEdit::Password);
                edit->setProperty(SourceKeyProperty, source.key);
                edit->setProperty(SettingCodeProperty, code);
                if (plan.settingValuesIncluded)
                    edit->setText(source.source.settingValue(code));
                form->addRow(label + u':', edit);
            }
            if (codes.isEmpty())
                form->addRow(new QLabel(tr("The connector declares no settings."), box));
            m_formLayout->addWidget(box);
        }
    });
    m_formLayout->addStretch(1);
}

QList<QLineEdit *> ImportValuesPage::valueEdits() const
{
    return m_form->findChildren<QLineEdit *>(u"settingValueEdit"_s);
}

ImportApplier::SettingValues ImportValuesPage::values() const
{
    ImportApplier::SettingValues values;
    for (const QLineEdit *edit : valueEdits())
        values[edit->property(SourceKeyProperty).toString()].insert(edit->property(SettingCodeProperty).toString(),
                                                                    edit->text());
    return values;
}

// ---- (4) apply ----

ImportApplyPage::ImportApplyPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_progress(new QProgressBar(this))
    , m_current(new QLabel(this))
    , m_cancel(new QPushButton(tr("&Stop the import"), this))
{
    setObjectName(u"importApplyPage"_s);
    setTitle(tr("Importing"));
    setSubTitle(tr("One change at a time, connectors first. Stopping waits for the change being sent."));
    m_progress->setObjectName(u"applyProgress"_s);
    m_current->setObjectName(u"applyCurrent"_s);
    m_current->setWordWrap(true);
    m_cancel->setObjectName(u"cancelImportButton"_s);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_current);
    layout->addWidget(m_progress);
    layout->addLayout(row);
    layout->addStretch(1);

    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        m_current->setText(tr("Stopping after the current change…"));
        m_wizard->cancelApplying();
    });
    connect(wizard, &ImportWizard::applyProgress, this, [this](int done, int total, const QString &current) {
        m_progress->setRange(0, std::max(total, 1));
        m_progress->setValue(done);
        if (m_cancel->isEnabled())
            m_current->setText(tr("%1 of %2: %3").arg(done + 1).arg(total).arg(current));
    });
    connect(wizard, &ImportWizard::applied, this, [this] {
        m_done = true;
        m_cancel->setEnabled(false);
        emit completeChanged();
        m_wizard->next();
    });
}

void ImportApplyPage::initializePage()
{
    m_done = false;
    m_cancel->setEnabled(true);
    m_progress->setRange(0, std::max(ImportApplier::writeCount(m_wizard->plan()), 1));
    m_progress->setValue(0);
    m_current->setText(tr("Starting…"));
    m_wizard->startApplying();
}

bool ImportApplyPage::isComplete() const
{
    return m_done;
}

// ---- (5) report ----

ImportReportPage::ImportReportPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_summary(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
{
    setObjectName(u"importReportPage"_s);
    setTitle(tr("Import report"));
    setSubTitle(tr("What happened to each object of the file. Run the import again to retry what failed."));
    setFinalPage(true);
    m_summary->setObjectName(u"reportSummary"_s);
    m_summary->setWordWrap(true);
    m_text->setObjectName(u"reportText"_s);
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto *copy = copyButton(tr("&Copy report"), u"copyImportReportButton"_s, this,
                            [this] { return m_wizard->report().text(); });
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(copy);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_text, 1);
    layout->addLayout(row);
}

void ImportReportPage::initializePage()
{
    using Status = ImportReport::Entry::Status;
    const ImportReport &report = m_wizard->report();
    QString summary = report.canceled ? tr("The import was stopped.") : tr("The import finished.");
    summary += u' '
        + tr("%n object(s) created or updated", nullptr, report.count(Status::Done)) + u", "_s
        + tr("%n failed", nullptr, report.count(Status::Failed)) + u", "_s
        + tr("%n skipped", nullptr, report.count(Status::Skipped)) + u'.';
    m_summary->setText(summary);
    UiPalette::setMessageRole(m_summary,
                              report.count(Status::Failed) > 0 ? UiPalette::Role::Error : UiPalette::Role::Normal);
    m_text->setPlainText(report.text());
}
