#pragma once

#include "api/transport/apierror.h"
#include "api/entities/biconnectorapi.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class ApiCall;

// Deletes a source; with a cascade, its datasets first, one at a time, because the portal refuses
// to delete a source that still has datasets (BX_ERROR "Cannot delete source. Delete all related
// datasets first."). Datasets go through biconnector.table.delete when the portal has it (the
// dataset.delete of newer portals also deletes the BI Builder dataset). A delete whose reply was
// lost is settled by reading the object back: "not found" means it is gone. Stops at the first
// failure; the signals say what was deleted up to then.
class SourceDeletion : public QObject
{
    Q_OBJECT
public:
    SourceDeletion(const BiconnectorApi &api, qint64 sourceId, const QList<qint64> &datasetIds,
                   QObject *parent = nullptr);

    void start();
    qint64 sourceId() const { return m_sourceId; }
    int total() const { return int(m_datasetIds.size()) + 1; }

signals:
    void datasetDeleted(qint64 datasetId);
    void progress(int done, int total);
    // ok: the source is gone. Otherwise `error` is the failure that stopped the cascade.
    void finished(bool ok, const ApiError &error);

private:
    void deleteNextDataset();
    void deleteSource();
    // Runs `remove`; an Ambiguous outcome is settled with `get` (NotFound = deleted).
    void removeSettled(const std::function<TypedCall<bool>()> &remove,
                       const std::function<ApiCall *()> &get, std::function<void(const ApiError &)> done);

    BiconnectorApi m_api;
    qint64 m_sourceId;
    QList<qint64> m_datasetIds;
    int m_done = 0;
    QPointer<ApiCall> m_call;
};
