#include "models/operations/connectorupdate.h"

#include "api/entities/biconnectorapi.h"
#include "models/connectors/connectorlogging.h"

namespace ConnectorUpdate {

void send(const BiconnectorApi &api, const Connector &target, const Connector &original, QObject *context,
          std::function<void(const Result &result)> done)
{
    const QJsonObject fields = target.toUpdateFields(original);
    qCInfo(lcConnectors) << "connector.update" << original.id << "fields:" << fields.keys();
    const qint64 id = original.id;
    api.updateConnector(id, fields).onFinished(context, [api, target, id, context, done](const Outcome<bool> &outcome) {
        Result result;
        result.error = outcome.error;
        if (outcome.error.kind() != ApiError::Kind::Ambiguous) {
            result.outcome = outcome.ok() ? Result::Outcome::Saved : Result::Outcome::Failed;
            return done(result);
        }
        qCInfo(lcConnectors) << "connector.update reply lost; reading connector" << id << "back";
        api.getConnector(id).onFinished(context, [target, result, done](const Outcome<Connector> &read) mutable {
            if (!read.ok())
                result.outcome = Result::Outcome::LostUnknown;
            else if (target.toUpdateFields(read.value).isEmpty())
                result.outcome = Result::Outcome::SavedReplyLost;
            else
                result.outcome = Result::Outcome::LostNotSaved;
            done(result);
        });
    });
}

} // namespace ConnectorUpdate
