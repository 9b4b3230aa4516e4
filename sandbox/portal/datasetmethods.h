#pragma once

#include "sandbox/portal/entitymethods.h"

namespace SandboxPortal {

// biconnector.dataset.* and biconnector.table.* (biconnector/lib/Rest/Dataset.php,
// ExternalSource/DatasetManager.php, RestDatasetManager.php), including fields.update.
class DatasetMethods : public EntityMethods
{
public:
    using EntityMethods::EntityMethods;

    // dataset.* always; table.* too (the dispatcher hides them on portals older than 26.250).
    // dataset.add/delete switch on the per-request "old behaviour" flag.
    void registerAll(MethodRegistry &registry);

protected:
    QList<FieldSpec> schema() const override;
    void addEntity(const CallContext &context, const MethodReply &reply) override;
    void updateEntity(const CallContext &context, const MethodReply &reply) override;
    MethodOutcome deleteEntity(const CallContext &context) override;
    MethodOutcome getEntity(const CallContext &context) override;
    MethodOutcome listEntities(const CallContext &context, const ListRequest &request) override;

private:
    static const QList<EntityColumn> &datasetColumns();
    QList<EntityColumn> fieldColumns() const;
    PhpValue renderDataset(const PhpValue &row, const QStringList &names, bool formatDates) const;
    std::vector<PhpValue> currentFields(qint64 datasetId) const;

    MethodOutcome fieldsUpdate(const CallContext &context);
    // RestDatasetManager::checkFields(): duplicates, then per column format/length/type.
    static std::optional<ApiError> checkColumns(const PhpValue &columns);
    // DatasetManager::checkAndPrepareBeforeAdd() (the parent part): duplicate names, table name, empty.
    std::optional<ApiError> checkBeforeAdd(const QString &name, const PhpValue &columns) const;
    // Inserts columns; the first ORM error, or a 400 for keys the column entity does not have.
    std::variant<std::monostate, ApiError, FrameworkError> insertColumns(qint64 datasetId, const PhpValue &columns,
                                                                         bool onlyNameCodeType);
};

} // namespace SandboxPortal
