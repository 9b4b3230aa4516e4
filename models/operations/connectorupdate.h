#pragma once

#include "api/transport/apierror.h"
#include "api/entities/entities.h"

#include <functional>

class BiconnectorApi;
class QObject;

// connector.update without ever sending it twice: when its reply is lost (ApiError Ambiguous) the
// connector is read back and compared with what was sent.
namespace ConnectorUpdate {

struct Result
{
    enum class Outcome {
        Saved,            // the portal answered
        SavedReplyLost,   // the reply was lost, the connector reads back with the new values
        LostNotSaved,     // the reply was lost, the connector still has other values
        LostUnknown,      // the reply was lost and reading it back failed
        Failed,           // the portal refused: `error`
    };
    Outcome outcome = Outcome::Failed;
    ApiError error;   // Failed: the refusal; Lost*: the lost reply's error

    bool saved() const { return outcome == Outcome::Saved || outcome == Outcome::SavedReplyLost; }
};

// Sends the fields of `target` that differ from `original` (the connector as the portal had it).
// Calls `done` exactly once, unless `context` is destroyed first.
void send(const BiconnectorApi &api, const Connector &target, const Connector &original, QObject *context,
          std::function<void(const Result &result)> done);

} // namespace ConnectorUpdate
