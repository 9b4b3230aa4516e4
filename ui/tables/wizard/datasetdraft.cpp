#include "ui/tables/wizard/datasetdraft.h"

#include "api/entities/biconnectorapi.h"
#include "api/transport/portalsession.h"
#include "models/operations/datasetoperations.h"
#include "models/tables/datasetfieldsdraftmodel.h"
#include "models/tables/fieldnameassistant.h"
#include "ui/tables/wizard/datasetsourceendpoint.h"

using namespace Qt::StringLiterals;

DatasetDraft::DatasetDraft(PortalSession *session, qint64 sourceId, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_sourceId(sourceId)
    , m_endpoint(new DatasetSourceEndpoint(session, sourceId, this))
    , m_fields(new DatasetFieldsDraftModel(this))
{
}

DatasetDraft::~DatasetDraft()
{
    if (m_columnsCall)
        m_columnsCall->cancel();
}

void DatasetDraft::setTable(const EndpointTable &table)
{
    if (table == m_table)
        return;
    if (m_columnsCall)
        m_columnsCall->cancel();
    m_table = table;
}

QString DatasetDraft::externalCode() const
{
    return m_table.id.isEmpty() ? m_table.code : m_table.id;
}

void DatasetDraft::loadColumns()
{
    if (hasColumns() || isLoadingColumns())
        return;
    if (!m_endpoint->isReady()) {
        connect(m_endpoint, &DatasetSourceEndpoint::resolved, this, [this](bool ok) {
            if (ok)
                describe();
            else
                emit columnsLoaded(false, m_endpoint->errorText());
        }, Qt::SingleShotConnection);
        m_endpoint->resolve();
        return;
    }
    describe();
}

void DatasetDraft::describe()
{
    const QString table = m_table.code;
    m_columnsCall = m_endpoint->tableDescription(table);
    if (!m_columnsCall) {
        emit columnsLoaded(false, m_endpoint->errorText());
        return;
    }
    connect(m_columnsCall, &EndpointCall::finished, this, [this, table](const EndpointResult &result) {
        if (result.canceled || table != m_table.code)
            return;
        m_columnsCall = nullptr;   // finished (it deletes itself later)
        if (!result.isAccepted()) {
            emit columnsLoaded(false, tr("Could not read the columns of %1. %2")
                                          .arg(table, DatasetSourceEndpoint::problemText(result)));
            return;
        }
        m_columnsTable = table;
        m_fields->setColumns(result.columns);
        emit columnsLoaded(true, {});
    });
}

void DatasetDraft::loadExistingNames()
{
    if (m_namesState == NamesState::Loading || m_namesState == NamesState::Loaded)
        return;
    if (!m_session) {
        m_namesState = NamesState::Failed;
        m_namesError = tr("Not connected to a portal.");
        emit existingNamesLoaded(false, m_namesError);
        return;
    }
    m_namesState = NamesState::Loading;
    ListQuery query;
    query.select = {u"id"_s, u"name"_s};
    m_session->biconnector().listAllDatasets(query).onFinished(this, [this](const Outcome<QList<Dataset>> &outcome) {
        if (!outcome.ok()) {
            m_namesState = NamesState::Failed;
            m_namesError = outcome.error.userMessage();
            emit existingNamesLoaded(false, m_namesError);
            return;
        }
        m_existingNames.clear();
        for (const Dataset &dataset : outcome.value)
            m_existingNames.insert(dataset.name);
        m_namesState = NamesState::Loaded;
        emit existingNamesLoaded(true, {});
    });
}

QString DatasetDraft::proposedName() const
{
    return FieldNameAssistant::datasetName(m_table.code, m_existingNames);
}

ValidationResult DatasetDraft::checkName(const QString &name) const
{
    if (ValidationResult result = EntityValidation::datasetName(name); !result.isValid())
        return result;
    if (m_existingNames.contains(name))
        return {u"DATASET_ALREADY_EXIST"_s, tr("A dataset named \"%1\" already exists in this Bitrix24.").arg(name)};
    return {};
}

Dataset DatasetDraft::toDataset() const
{
    Dataset dataset;
    dataset.sourceId = m_sourceId;
    dataset.name = m_name;
    dataset.description = m_description;
    dataset.externalCode = externalCode();
    dataset.externalName = m_table.title.isEmpty() ? m_table.code : m_table.title;
    dataset.fields = m_fields->fields();
    return dataset;
}

void DatasetDraft::create()
{
    if (m_creating)
        return;
    if (!m_session) {
        failCreate(tr("Not connected to a portal."));
        return;
    }
    const Dataset dataset = toDataset();
    if (ValidationResult problem = EntityValidation::dataset(dataset); !problem.isValid()) {
        failCreate(problem.message);
        return;
    }
    m_creating = true;
    auto *creation = new DatasetAdd(m_session->biconnector(), nullptr, dataset, this);
    connect(creation, &PortalOperation::finished, this, [this, creation, dataset](const PortalOperation::Result &result) {
        creation->deleteLater();
        switch (result.outcome) {
        case PortalOperation::Outcome::Applied: {
            Dataset created = dataset;
            created.id = result.id;
            return finishCreate(created);
        }
        case PortalOperation::Outcome::NotApplied:
            if (result.settledByReadBack)
                return failCreate(tr("The portal's answer was lost and the dataset was not created. You can try "
                                     "again."));
            return failCreate(result.error.userMessage());
        case PortalOperation::Outcome::Unknown:
        case PortalOperation::Outcome::Canceled:
            return failCreate(tr("The portal's answer was lost and checking whether the dataset was created failed "
                                 "(%1). Refresh the source before trying again.")
                                  .arg(result.error.userMessage()));
        }
    });
    creation->start();
}

void DatasetDraft::finishCreate(const Dataset &dataset)
{
    m_creating = false;
    m_existingNames.insert(dataset.name);
    emit created(dataset);
}

void DatasetDraft::failCreate(const QString &message)
{
    m_creating = false;
    emit createFailed(message);
}
