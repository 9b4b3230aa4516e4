#pragma once

#include "sandbox/portal/entitymethods.h"

namespace SandboxPortal {

// biconnector.source.* (biconnector/lib/Rest/Source.php + ExternalSource/SourceManager.php).
// add and update call the connector's urlCheck before anything is stored.
class SourceMethods : public EntityMethods
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
    struct PreparedSetting
    {
        QString code;
        PhpValue name;
        PhpValue type;
        QString value;
    };

    static const QList<EntityColumn> &sourceColumns();
    PhpValue renderSource(const PhpValue &row, const QStringList &names, bool formatDates) const;
    // SourceManager::prepareConnectionSettings(): the connector's declared settings whose code is
    // set in `settings` (or, when that is empty, in the whole fields array), values trimmed.
    // nullopt when a value cannot be trimmed (an array: a PHP TypeError).
    std::optional<QList<PreparedSetting>> prepareSettings(const PhpValue &connector, const PhpValue &fields) const;
    // The checks SourceManager runs after urlCheck (title), then the settings to store.
    std::variant<QList<PreparedSetting>, MethodOutcome> prepareSave(const PhpValue &connector, const PhpValue &fields) const;
    void storeSettings(qint64 sourceId, const PhpValue &connector, const QList<PreparedSetting> &prepared);

    MethodOutcome finishAdd(const CallContext &context, const PhpValue &fields, const PhpValue &connector);
    MethodOutcome finishUpdate(const CallContext &context, qint64 sourceId, const PhpValue &fields,
                               const PhpValue &connector);
};

} // namespace SandboxPortal
