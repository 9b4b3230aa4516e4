#pragma once

#include <optional>

#include "models/operations/portaloperation.h"

// dataset.add; a lost reply is settled by looking the dataset up by its name, which is unique on a
// portal: found under this source → Applied (with its id), absent → NotApplied.
class DatasetAdd final : public PortalOperation
{
    Q_OBJECT
public:
    DatasetAdd(const BiconnectorApi &api, PortalCatalog *catalog, const Dataset &dataset,
               QObject *parent = nullptr);

protected:
    void sendWrite() override;
    void readBack() override;
    void updateCatalog(PortalCatalog &catalog) const override;
};

// dataset.update of the description (the only writable property); a lost reply is settled by
// dataset.get and comparing.
class DatasetUpdate final : public PortalOperation
{
    Q_OBJECT
public:
    DatasetUpdate(const BiconnectorApi &api, PortalCatalog *catalog, qint64 id, const QString &name,
                  const QString &description, QObject *parent = nullptr);

protected:
    void sendWrite() override;
    void readBack() override;
    void updateCatalog(PortalCatalog &catalog) const override;
};

// Deletes a table. Uses biconnector.table.delete when the portal has it (dataset.delete fails on
// portals with BI Builder, and deletes the BI Builder dataset elsewhere): probed first unless
// setTableMethods() said. A lost reply is settled by the table's get (NotFound = deleted).
class DatasetDelete final : public PortalOperation
{
    Q_OBJECT
public:
    DatasetDelete(const BiconnectorApi &api, PortalCatalog *catalog, qint64 id, const QString &name,
                  QObject *parent = nullptr);

    // Known already (a cascade probes once): no probe.
    void setTableMethods(bool useTable) { m_tableMethods = useTable; }

protected:
    void prepare() override;
    void sendWrite() override;
    void readBack() override;
    void updateCatalog(PortalCatalog &catalog) const override;

private:
    std::optional<bool> m_tableMethods;
};

// dataset.fields.update: column visibility, added and removed columns in one call. Any error but a
// cancel is settled by dataset.get (the portal may report an error after it committed, §3.8):
// every visibility as sent, every added column present, every removed one gone → Applied.
class DatasetColumnsUpdate final : public PortalOperation
{
    Q_OBJECT
public:
    DatasetColumnsUpdate(const BiconnectorApi &api, PortalCatalog *catalog, qint64 id, const QString &name,
                         const DatasetFieldsChange &change, QObject *parent = nullptr);

    const DatasetFieldsChange &change() const { return m_change; }
    // Whether `columns` (as the portal has them now) show `change`.
    static bool isReflectedBy(const DatasetFieldsChange &change, const QList<DatasetField> &columns);

protected:
    bool needsReadBack(const ApiError &error) const override;
    void sendWrite() override;
    void readBack() override;
    void confirmApplied() override;
    void updateCatalog(PortalCatalog &catalog) const override;

private:
    DatasetFieldsChange m_change;
    bool m_columnsKnown = false; // result().dataset.fields are the portal's columns after the change
};
