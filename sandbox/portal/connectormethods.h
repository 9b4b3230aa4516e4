#pragma once

#include "sandbox/portal/entitymethods.h"

namespace SandboxPortal {

// biconnector.connector.* (biconnector/lib/Rest/Connector.php).
class ConnectorMethods : public EntityMethods
{
public:
    using EntityMethods::EntityMethods;

protected:
    QList<FieldSpec> schema() const override;
    void addEntity(const CallContext &context, const MethodReply &reply) override;
    void updateEntity(const CallContext &context, const MethodReply &reply) override;
    MethodOutcome deleteEntity(const CallContext &context) override;
    MethodOutcome getEntity(const CallContext &context) override;
    MethodOutcome listEntities(const CallContext &context, const ListRequest &request) override;

private:
    // The ORM columns present on this portal version, in map order.
    QList<EntityColumn> columns() const;
    // checkAndPrepareSettings(): the JSON to store, or the first error.
    static std::variant<QString, ApiError> prepareSettings(const PhpValue &settings);
    PhpValue renderRow(const PhpValue &row, const QStringList &names, bool formatDates, bool decodeSettings) const;
};

} // namespace SandboxPortal
