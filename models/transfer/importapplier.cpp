#include "models/transfer/importapplier.h"

#include "api/transport/restclient.h"
#include "models/catalog/portalcatalog.h"
#include "models/modelslogging.h"
#include "models/operations/connectoroperations.h"
#include "models/operations/datasetoperations.h"
#include "models/operations/sourceoperations.h"

#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

using Kind = ImportPlanItem::Kind;
using Action = ImportPlanItem::Action;
using Status = ImportReport::Entry::Status;

// ---- ImportReport ----

int ImportReport::count(Entry::Status status) const
{
    return int(std::count_if(entries.cbegin(), entries.cend(), [&](const Entry &e) { return e.status == status; }));
}

const ImportReport::Entry *ImportReport::find(const QString &key) const
{
    for (const Entry &entry : entries) {
        if (entry.key == key)
            return &entry;
    }
    return nullptr;
}

QString ImportReport::statusText(Entry::Status status)
{
    switch (status) {
    case Status::Done:
        return tr("Done");
    case Status::Unchanged:
        return tr("Unchanged");
    case Status::Failed:
        return tr("Failed");
    case Status::Skipped:
        return tr("Skipped");
    case Status::NotRun:
        return tr("Not run");
    }
    return {};
}

QString ImportReport::text() const
{
    QStringList lines;
    lines.append(canceled ? tr("The import was canceled.") : tr("The import finished."));
    lines.append(tr("%n done", nullptr, count(Status::Done)) + u", "_s + tr("%n failed", nullptr, count(Status::Failed))
                 + u", "_s + tr("%n skipped", nullptr, count(Status::Skipped)) + u", "_s
                 + tr("%n unchanged", nullptr, count(Status::Unchanged)));
    for (const Entry &entry : entries) {
        const QString indent(int(entry.kind) * 2, u' ');
        QString line = indent
            + tr("%1 “%2”: %3").arg(ImportPlanItem::kindText(entry.kind), entry.name, statusText(entry.status));
        if (!entry.message.isEmpty())
            line += u" — "_s + entry.message;
        lines.append(line);
    }
    return lines.join(u'\n');
}

// ---- ImportApplier ----

ImportApplier::ImportApplier(RestClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_api(client)
{
}

namespace {

bool needsStep(const ImportPlanItem &item, int phase)
{
    // Phases: 0 connectors, 1 sources, 2 datasets, 3 dataset columns.
    const bool writes = item.action == Action::Create || item.action == Action::Update;
    switch (phase) {
    case 0:
        return writes && item.kind == Kind::Connector;
    case 1:
        return writes && item.kind == Kind::Source;
    case 2:
        return item.kind == Kind::Dataset
            && (item.action == Action::Create || (item.action == Action::Update && item.hasPropertyChanges()));
    case 3:
        return item.kind == Kind::Dataset && item.action == Action::Update && item.hasFieldChanges();
    }
    return false;
}

} // namespace

int ImportApplier::writeCount(const ImportPlan &plan)
{
    int count = 0;
    for (int phase = 0; phase < 4; ++phase)
        plan.forEach([&](const ImportPlanItem &item, const ImportPlanItem *) { count += needsStep(item, phase) ? 1 : 0; });
    return count;
}

void ImportApplier::start(const ImportPlan &plan, const SettingValues &values)
{
    if (m_running)
        return;
    m_running = true;
    m_cancelRequested = false;
    m_plan = plan;
    m_values = values;
    m_steps.clear();
    m_ids.clear();
    m_entryIndex.clear();
    m_report = {};
    m_next = 0;
    m_writesDone = 0;
    m_plan.forEach([this](const ImportPlanItem &item, const ImportPlanItem *) {
        ImportReport::Entry entry;
        entry.kind = item.kind;
        entry.key = item.key;
        entry.name = item.name;
        if (item.action == Action::Unchanged) {
            entry.status = Status::Unchanged;
            entry.id = item.existingId;
        } else if (item.action == Action::Conflict) {
            entry.status = Status::Skipped;
            entry.message = item.reason;
        }
        if (item.existingId > 0 && item.action != Action::Conflict)
            m_ids.insert(item.key, item.existingId);
        m_entryIndex.insert(item.key, int(m_report.entries.size()));
        m_report.entries.append(entry);
    });
    for (int phase = 0; phase < 4; ++phase) {
        m_plan.forEach([&](const ImportPlanItem &item, const ImportPlanItem *parent) {
            if (needsStep(item, phase))
                m_steps.append(Step{Phase(phase), &item, parent});
        });
    }
    m_writesTotal = int(m_steps.size());
    qCInfo(lcModels) << "import: applying" << m_writesTotal << "writes";
    runNext();
}

void ImportApplier::cancel()
{
    if (m_running)
        m_cancelRequested = true;   // the running write finishes first, so its outcome is known
}

ImportReport::Entry &ImportApplier::entryFor(const ImportPlanItem &item)
{
    return m_report.entries[m_entryIndex.value(item.key)];
}

void ImportApplier::runNext()
{
    while (m_running) {
        if (m_cancelRequested || m_next >= m_steps.size())
            return finish();
        const Step step = m_steps.at(m_next++);
        ImportReport::Entry &entry = entryFor(*step.item);
        if (entry.status == Status::Failed || entry.status == Status::Skipped) {
            ++m_writesDone;   // the dataset step of this item failed: no column changes
            continue;
        }
        if (step.parent) {
            const ImportReport::Entry &parentEntry = entryFor(*step.parent);
            if (parentEntry.status == Status::Failed || parentEntry.status == Status::Skipped
                || !m_ids.contains(step.parent->key)) {
                entry.status = Status::Skipped;
                entry.message = step.parent->kind == Kind::Connector
                    ? tr("Not imported because its connector “%1” was not imported.").arg(step.parent->name)
                    : tr("Not imported because its source “%1” was not imported.").arg(step.parent->name);
                ++m_writesDone;
                continue;
            }
        }
        emit progress(m_writesDone, m_writesTotal,
                      tr("%1 “%2”").arg(ImportPlanItem::kindText(step.item->kind), step.item->name));
        const QString key = step.item->key;
        run(step, [this, key](qint64 id, const QString &failure) {
            ImportReport::Entry &outcome = m_report.entries[m_entryIndex.value(key)];
            if (failure.isEmpty()) {
                outcome.status = Status::Done;
                outcome.id = id;
                m_ids.insert(key, id);
            } else {
                outcome.status = Status::Failed;
                outcome.message = failure;
            }
            emit progress(++m_writesDone, m_writesTotal, outcome.name);
            runNext();
        });
        return;
    }
}

void ImportApplier::run(const Step &step, Done done)
{
    const ImportPlanItem &item = *step.item;
    const qint64 parentId = step.parent ? m_ids.value(step.parent->key) : 0;
    switch (step.phase) {
    case Phase::Connectors:
        return item.action == Action::Create ? createConnector(item, std::move(done)) : updateConnector(item, std::move(done));
    case Phase::Sources:
        return writeSource(item, parentId, std::move(done));
    case Phase::Datasets:
        return item.action == Action::Create ? createDataset(item, parentId, std::move(done))
                                             : updateDataset(item, std::move(done));
    case Phase::Fields:
        return changeColumns(item, std::move(done));
    }
}

void ImportApplier::setCatalog(PortalCatalog *catalog)
{
    m_catalog = catalog;
}

void ImportApplier::runOperation(PortalOperation *operation, Done done)
{
    connect(operation, &PortalOperation::finished, this,
            [operation, done = std::move(done)](const PortalOperation::Result &result) {
                operation->deleteLater();
                done(result.applied() ? result.id : 0, result.applied() ? QString() : result.message());
            });
    operation->start();
}

void ImportApplier::createConnector(const ImportPlanItem &item, Done done)
{
    runOperation(new ConnectorAdd(m_api, m_catalog, item.connector, this), std::move(done));
}

void ImportApplier::updateConnector(const ImportPlanItem &item, Done done)
{
    Connector edited = item.connector;
    edited.id = item.existingId;
    runOperation(new ConnectorUpdate(m_api, m_catalog, edited, item.existingConnector, this), std::move(done));
}

Source ImportApplier::sourceToWrite(const ImportPlanItem &item) const
{
    Source source = item.source;
    const QHash<QString, QString> given = m_values.value(item.key);
    QList<SourceSetting> settings;
    QStringList codes;
    for (const SourceSetting &setting : item.source.settings)
        codes.append(setting.code);
    for (auto it = given.constBegin(); it != given.constEnd(); ++it) {
        if (!codes.contains(it.key()))
            codes.append(it.key());
    }
    for (const QString &code : std::as_const(codes)) {
        SourceSetting setting;
        setting.code = code;
        if (given.contains(code))
            setting.value = given.value(code);
        else if (m_plan.settingValuesIncluded)
            setting.value = item.source.settingValue(code);
        else if (item.action == Action::Update)
            continue;  // no value for it: the portal keeps the stored one
        settings.append(setting);
    }
    source.settings = settings;
    return source;
}

void ImportApplier::writeSource(const ImportPlanItem &item, qint64 connectorId, Done done)
{
    Source source = sourceToWrite(item);
    source.connectorId = connectorId;
    if (item.action == Action::Create)
        runOperation(new SourceAdd(m_api, m_catalog, source, this), std::move(done));
    else
        runOperation(new SourceUpdate(m_api, m_catalog, source, item.existingSource, this), std::move(done));
}

void ImportApplier::createDataset(const ImportPlanItem &item, qint64 sourceId, Done done)
{
    Dataset dataset = item.dataset;
    dataset.sourceId = sourceId;
    runOperation(new DatasetAdd(m_api, m_catalog, dataset, this), std::move(done));
}

void ImportApplier::updateDataset(const ImportPlanItem &item, Done done)
{
    runOperation(new DatasetUpdate(m_api, m_catalog, item.existingId, item.name, item.dataset.description, this),
                 std::move(done));
}

void ImportApplier::changeColumns(const ImportPlanItem &item, Done done)
{
    DatasetFieldsChange change;
    for (const DatasetField &field : item.dataset.fields) {
        const auto existing = std::find_if(item.existingDataset.fields.cbegin(), item.existingDataset.fields.cend(),
                                           [&](const DatasetField &f) { return f.externalCode == field.externalCode; });
        if (existing == item.existingDataset.fields.cend())
            change.add.append(field);   // added visible (the server ignores `visible` here)
        else if (existing->visible != field.visible)
            change.update.append({existing->id, field.visible});
    }
    runOperation(new DatasetColumnsUpdate(m_api, m_catalog, item.existingId, item.name, change, this),
                 [this, &item, done](qint64, const QString &failure) {
                     if (!failure.isEmpty())
                         return done(0, failure);
                     fixVisibility(item, done);
                 });
}

// Reads the columns back: every column of the file must exist now; columns the file wants hidden
// that were just added (visible) are hidden with one more write.
void ImportApplier::fixVisibility(const ImportPlanItem &item, Done done)
{
    const qint64 id = item.existingId;
    const auto get = m_api.getDataset(id);
    get.onFinished(this, [this, &item, id, done](const Outcome<Dataset> &read) {
        if (!read.ok())
            return done(0, read.error.userMessage());
        DatasetFieldsChange hide;
        QStringList missing;
        for (const DatasetField &field : item.dataset.fields) {
            const auto stored = std::find_if(read.value.fields.cbegin(), read.value.fields.cend(),
                                             [&](const DatasetField &f) { return f.externalCode == field.externalCode; });
            if (stored == read.value.fields.cend())
                missing.append(field.name);
            else if (stored->visible != field.visible)
                hide.update.append({stored->id, field.visible});
        }
        if (!missing.isEmpty())
            return done(0, tr("The columns %1 were not added.").arg(missing.join(u", "_s)));
        if (hide.isEmpty())
            return done(id, QString());
        runOperation(new DatasetColumnsUpdate(m_api, m_catalog, id, item.name, hide, this), done);
    });
}

void ImportApplier::finish()
{
    if (!m_running)
        return;
    m_running = false;
    m_report.canceled = m_cancelRequested && m_next < m_steps.size();
    qCInfo(lcModels) << "import finished:" << m_report.count(Status::Done) << "done," << m_report.count(Status::Failed)
                     << "failed," << m_report.count(Status::Skipped) << "skipped, canceled:" << m_report.canceled;
    emit finished(m_report);
}
