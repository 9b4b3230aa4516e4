#include "models/operations/datasetcreation.h"

#include "api/entities/biconnectorapi.h"
#include "models/modelslogging.h"

using namespace Qt::StringLiterals;

namespace DatasetCreation {
namespace {

void lookUpLostAdd(const BiconnectorApi &api, const Dataset &dataset, QObject *context,
                   const std::function<void(const Result &)> &done)
{
    qCInfo(lcModels) << "dataset.add reply lost; looking the dataset up by name" << dataset.name;
    ListQuery query;
    query.filter = {{u"name"_s, dataset.name}};
    query.select = {u"id"_s, u"name"_s, u"sourceId"_s};
    api.listAllDatasets(query).onFinished(context, [dataset, done](const Outcome<QList<Dataset>> &listed) {
        Result result;
        if (!listed.ok()) {
            result.outcome = Result::Outcome::LostUnknown;
            result.error = listed.error;
            return done(result);
        }
        result.outcome = Result::Outcome::LostNotCreated;
        for (const Dataset &found : listed.value) {
            if (found.name == dataset.name && (found.sourceId == 0 || found.sourceId == dataset.sourceId)) {
                result.outcome = Result::Outcome::Created;
                result.id = found.id;
                break;
            }
        }
        done(result);
    });
}

} // namespace

void add(const BiconnectorApi &api, const Dataset &dataset, QObject *context,
         std::function<void(const Result &result)> done)
{
    api.addDataset(dataset).onFinished(context, [api, dataset, context, done](const Outcome<qint64> &outcome) {
        if (outcome.error.kind() == ApiError::Kind::Ambiguous)
            return lookUpLostAdd(api, dataset, context, done);
        Result result;
        result.outcome = outcome.ok() ? Result::Outcome::Created : Result::Outcome::Failed;
        result.id = outcome.value;
        result.error = outcome.error;
        done(result);
    });
}

} // namespace DatasetCreation
