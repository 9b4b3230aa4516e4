#pragma once

#include "api/transport/apierror.h"
#include "api/entities/entities.h"

#include <functional>

class BiconnectorApi;
class QObject;

// dataset.add without ever sending it twice: when the add's reply is lost (ApiError Ambiguous) the
// dataset is looked up by its name, which is unique on a portal, instead of adding it again.
namespace DatasetCreation {

struct Result
{
    enum class Outcome {
        Created,          // the add answered with an id, or the look-up found the dataset
        Failed,           // the portal refused the add: `error`
        LostNotCreated,   // the reply was lost and the portal has no such dataset
        LostUnknown,      // the reply was lost and the look-up failed: `error`
    };
    Outcome outcome = Outcome::Failed;
    qint64 id = 0;
    ApiError error;

    bool created() const { return outcome == Outcome::Created; }
};

// Calls `done` exactly once, unless `context` is destroyed first.
void add(const BiconnectorApi &api, const Dataset &dataset, QObject *context,
         std::function<void(const Result &result)> done);

} // namespace DatasetCreation
