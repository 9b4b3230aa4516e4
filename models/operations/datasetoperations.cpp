#include "models/operations/datasetoperations.h"

#include <algorithm>

#include "api/transport/apicall.h"
#include "models/catalog/portalcatalog.h"
#include "models/modelslogging.h"

using namespace Qt::StringLiterals;

namespace {

void describeDataset(PortalOperation::Result &result, PortalOperation::Verb verb, qint64 id,
                     const QString &name)
{
    result.verb = verb;
    result.kind = NodeKind::Dataset;
    result.id = id;
    result.label = name;
    result.dataset.id = id;
    result.dataset.name = name;
}

} // namespace

// ---- DatasetAdd ----

DatasetAdd::DatasetAdd(const BiconnectorApi &api, PortalCatalog *catalog, const Dataset &dataset,
                       QObject *parent)
    : PortalOperation(api, catalog, parent)
{
    describeDataset(result(), Verb::Add, 0, dataset.name);
    result().dataset = dataset;
}

void DatasetAdd::sendWrite()
{
    sendAndSettle(api().addDataset(result().dataset));
}

void DatasetAdd::readBack()
{
    const Dataset &dataset = result().dataset;
    qCInfo(lcModels) << "dataset.add reply lost; looking the dataset up by name" << dataset.name;
    ListQuery query;
    query.filter = {{u"name"_s, dataset.name}};
    query.select = {u"id"_s, u"name"_s, u"sourceId"_s};
    const auto list = api().listAllDatasets(query);
    if (!track(list.handle()))
        return;
    list.onFinished(this, [this](const ::Outcome<QList<Dataset>> &listed) {
        if (!listed.ok())
            return readBackFailed(listed.error);
        const Dataset &sent = result().dataset;
        const auto found
            = std::find_if(listed.value.cbegin(), listed.value.cend(), [&sent](const Dataset &d) {
                  return d.name == sent.name && (d.sourceId == 0 || d.sourceId == sent.sourceId);
              });
        if (found != listed.value.cend())
            result().id = found->id;
        settle(found != listed.value.cend());
    });
}

void DatasetAdd::updateCatalog(PortalCatalog &catalog) const
{
    Dataset stored = result().dataset;
    stored.fields.clear(); // the columns' ids are not known yet
    catalog.putDataset(stored);
}

// ---- DatasetUpdate ----

DatasetUpdate::DatasetUpdate(const BiconnectorApi &api, PortalCatalog *catalog, qint64 id,
                             const QString &name, const QString &description, QObject *parent)
    : PortalOperation(api, catalog, parent)
{
    describeDataset(result(), Verb::Update, id, name);
    result().dataset.description = description;
}

void DatasetUpdate::sendWrite()
{
    sendAndSettle(
        api().updateDataset(result().id, QJsonObject {{u"description"_s, result().dataset.description}}));
}

void DatasetUpdate::readBack()
{
    settleByGet(api().getDataset(result().id),
                [description = result().dataset.description](const Dataset &stored) {
                    return stored.description == description;
                });
}

void DatasetUpdate::updateCatalog(PortalCatalog &catalog) const
{
    if (const Dataset *known = catalog.dataset(result().id)) {
        Dataset changed = *known;
        changed.description = result().dataset.description;
        catalog.putDataset(changed);
    }
}

// ---- DatasetDelete ----

DatasetDelete::DatasetDelete(const BiconnectorApi &api, PortalCatalog *catalog, qint64 id,
                             const QString &name, QObject *parent)
    : PortalOperation(api, catalog, parent)
{
    describeDataset(result(), Verb::Delete, id, name);
}

void DatasetDelete::prepare()
{
    if (m_tableMethods) {
        api().setUseTableMethods(*m_tableMethods);
        return send();
    }
    const auto probe = api().probeTableMethods();
    if (!track(probe.handle()))
        return;
    probe.onFinished(this, [this](const ::Outcome<bool> &outcome) {
        if (!outcome.ok() && !cancelRequested())
            return fail(outcome.error);
        api().setUseTableMethods(outcome.value);
        send();
    });
}

void DatasetDelete::sendWrite()
{
    sendAndSettle(api().deleteDataset(result().id));
}

void DatasetDelete::readBack()
{
    settleDeleteByGet(api().getDataset(result().id));
}

void DatasetDelete::updateCatalog(PortalCatalog &catalog) const
{
    catalog.remove(NodeKind::Dataset, result().id);
}

// ---- DatasetColumnsUpdate ----

DatasetColumnsUpdate::DatasetColumnsUpdate(const BiconnectorApi &api, PortalCatalog *catalog, qint64 id,
                                           const QString &name, const DatasetFieldsChange &change,
                                           QObject *parent)
    : PortalOperation(api, catalog, parent)
    , m_change(change)
{
    describeDataset(result(), Verb::UpdateColumns, id, name);
}

bool DatasetColumnsUpdate::isReflectedBy(const DatasetFieldsChange &change,
                                         const QList<DatasetField> &columns)
{
    const auto byId = [&columns](qint64 id) {
        return std::find_if(columns.cbegin(), columns.cend(),
                            [id](const DatasetField &f) { return f.id == id; });
    };
    const bool removed = std::all_of(change.remove.cbegin(), change.remove.cend(),
                                     [&](qint64 id) { return byId(id) == columns.cend(); });
    const bool added = std::all_of(change.add.cbegin(), change.add.cend(), [&columns](const DatasetField &a) {
        return std::any_of(columns.cbegin(), columns.cend(), [&a](const DatasetField &f) {
            return f.name == a.name && f.externalCode == a.externalCode && f.type == a.type;
        });
    });
    const bool visibility = std::all_of(change.update.cbegin(), change.update.cend(), [&](const auto &v) {
        const auto it = byId(v.id);
        return change.remove.contains(v.id) || (it != columns.cend() && it->visible == v.visible);
    });
    return removed && added && visibility;
}

bool DatasetColumnsUpdate::needsReadBack(const ApiError &error) const
{
    return error.kind() != ApiError::Kind::Canceled;
}

void DatasetColumnsUpdate::sendWrite()
{
    sendAndSettle(api().updateDatasetFields(result().id, m_change));
}

void DatasetColumnsUpdate::readBack()
{
    const auto get = api().getDataset(result().id);
    if (!track(get.handle()))
        return;
    get.onFinished(this, [this](const ::Outcome<Dataset> &read) {
        if (!read.ok()) {
            // The portal answered the write with an error: without a read-back it stays refused.
            if (result().error.kind() != ApiError::Kind::Ambiguous)
                return settle(false);
            return readBackFailed(read.error);
        }
        result().dataset = read.value;
        result().dataset.name = result().label;
        m_columnsKnown = true;
        settle(isReflectedBy(m_change, read.value.fields));
    });
}

void DatasetColumnsUpdate::confirmApplied()
{
    // Added columns get their ids from the portal: read them, when there is a catalog to teach.
    if (m_columnsKnown || m_change.add.isEmpty() || !catalog())
        return finishApplied();
    const auto get = api().getDataset(result().id);
    if (!track(get.handle()))
        return;
    get.onFinished(this, [this](const ::Outcome<Dataset> &read) {
        if (read.ok()) {
            result().dataset.fields = read.value.fields;
            m_columnsKnown = true;
        }
        finishApplied();
    });
}

void DatasetColumnsUpdate::updateCatalog(PortalCatalog &catalog) const
{
    const qint64 id = result().id;
    if (m_columnsKnown)
        return catalog.putColumns(id, result().dataset.fields);
    if (!catalog.hasColumns(id) || !catalog.dataset(id))
        return;
    QList<DatasetField> columns;
    for (DatasetField column : catalog.dataset(id)->fields) {
        if (m_change.remove.contains(column.id))
            continue;
        for (const auto &visibility : m_change.update) {
            if (visibility.id == column.id)
                column.visible = visibility.visible;
        }
        columns.append(column);
    }
    catalog.putColumns(id, columns);
}
