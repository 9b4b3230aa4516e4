#pragma once

#include "api/endpoints/endpointvalidation.h"
#include "api/entities/entities.h"
#include "api/entities/entityvalidation.h"

#include <QObject>
#include <QPointer>
#include <QSet>

class DatasetFieldsDraftModel;
class DatasetSourceEndpoint;
class EndpointCall;
class PortalSession;

// What the "New dataset" wizard is building, and the calls that build it: the table chosen from
// the source's connector, its columns (urlTableDescription) in a DatasetFieldsDraftModel, the name
// (unique among the portal's datasets, which are listed once) and the description; then
// dataset.add. A lost reply to dataset.add (Ambiguous) is never resent: the datasets are listed by
// name and the one found is taken as created.
class DatasetDraft : public QObject
{
    Q_OBJECT
public:
    DatasetDraft(PortalSession *session, qint64 sourceId, QObject *parent = nullptr);
    ~DatasetDraft() override;

    qint64 sourceId() const { return m_sourceId; }
    DatasetSourceEndpoint *endpoint() const { return m_endpoint; }
    DatasetFieldsDraftModel *fields() const { return m_fields; }

    void setTable(const EndpointTable &table);
    EndpointTable table() const { return m_table; }
    // The table code a dataset reads from: urlTableList's id when given, else its code.
    QString externalCode() const;

    // Reads the chosen table's columns (once per table; again after a failure).
    void loadColumns();
    bool hasColumns() const { return m_columnsTable == m_table.code && !m_columnsTable.isEmpty(); }
    bool isLoadingColumns() const { return !m_columnsCall.isNull(); }

    // Lists the portal's dataset names (once).
    void loadExistingNames();
    bool hasExistingNames() const { return m_namesState == NamesState::Loaded; }
    QString existingNamesError() const { return m_namesError; }
    QSet<QString> existingNames() const { return m_existingNames; }
    // A name proposed from the table code: valid and not taken.
    QString proposedName() const;
    // Format, length, then uniqueness among the listed datasets.
    ValidationResult checkName(const QString &name) const;

    void setName(const QString &name) { m_name = name; }
    QString name() const { return m_name; }
    void setDescription(const QString &description) { m_description = description; }
    QString description() const { return m_description; }

    // The dataset.add payload (hidden columns with visible:false).
    Dataset toDataset() const;
    // Sends dataset.add; created() or createFailed() follows.
    void create();
    bool isCreating() const { return m_creating; }

signals:
    void columnsLoaded(bool ok, const QString &error);
    void existingNamesLoaded(bool ok, const QString &error);
    void created(const Dataset &dataset);
    void createFailed(const QString &message);

private:
    void describe();
    void finishCreate(const Dataset &dataset);
    void failCreate(const QString &message);

    enum class NamesState { NotLoaded, Loading, Loaded, Failed };

    QPointer<PortalSession> m_session;
    qint64 m_sourceId;
    DatasetSourceEndpoint *m_endpoint;
    DatasetFieldsDraftModel *m_fields;
    EndpointTable m_table;
    QString m_columnsTable;
    QPointer<EndpointCall> m_columnsCall;
    NamesState m_namesState = NamesState::NotLoaded;
    QString m_namesError;
    QSet<QString> m_existingNames;
    QString m_name;
    QString m_description;
    bool m_creating = false;
};
