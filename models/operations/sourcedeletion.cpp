#include "models/operations/sourcedeletion.h"

#include "api/transport/apicall.h"
#include "models/modelslogging.h"

SourceDeletion::SourceDeletion(const BiconnectorApi &api, qint64 sourceId, const QList<qint64> &datasetIds,
                               QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_sourceId(sourceId)
    , m_datasetIds(datasetIds)
{
}

void SourceDeletion::start()
{
    emit progress(0, total());
    if (m_datasetIds.isEmpty())
        return deleteSource();
    const auto probe = m_api.probeTableMethods();
    m_call = probe.handle();
    probe.onFinished(this, [this](const Outcome<bool> &outcome) {
        if (!outcome.ok())
            return emit finished(false, outcome.error);
        m_api.setUseTableMethods(outcome.value);
        deleteNextDataset();
    });
}

void SourceDeletion::deleteNextDataset()
{
    if (m_done == m_datasetIds.size())
        return deleteSource();
    const qint64 id = m_datasetIds.at(m_done);
    removeSettled([this, id] { return m_api.deleteDataset(id); }, [this, id] { return m_api.getDataset(id).handle(); },
                  [this, id](const ApiError &error) {
                      if (error.isError())
                          return emit finished(false, error);
                      ++m_done;
                      emit datasetDeleted(id);
                      emit progress(m_done, total());
                      deleteNextDataset();
                  });
}

void SourceDeletion::deleteSource()
{
    removeSettled([this] { return m_api.deleteSource(m_sourceId); },
                  [this] { return m_api.getSource(m_sourceId).handle(); },
                  [this](const ApiError &error) {
                      if (!error.isError()) {
                          ++m_done;
                          emit progress(m_done, total());
                      }
                      emit finished(!error.isError(), error);
                  });
}

void SourceDeletion::removeSettled(const std::function<TypedCall<bool>()> &remove,
                                   const std::function<ApiCall *()> &get, std::function<void(const ApiError &)> done)
{
    const TypedCall<bool> call = remove();
    m_call = call.handle();
    call.onFinished(this, [this, get, done = std::move(done)](const Outcome<bool> &outcome) {
        if (outcome.error.kind() != ApiError::Kind::Ambiguous)
            return done(outcome.error);
        qCInfo(lcModels) << "delete reply lost; reading back" << outcome.error.method();
        const ApiError lost = outcome.error;
        m_call = get();
        m_call->onFinished(this, [done, lost](const ApiResult &result) {
            // Gone: the delete went through. Still there (or unknown): report the lost reply.
            done(result.error.kind() == ApiError::Kind::NotFound ? ApiError() : lost);
        });
    });
}
