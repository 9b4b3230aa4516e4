#pragma once

#include <QList>
#include <QPointer>

#include "models/operations/portaloperation.h"

struct ConnectorUsage;

// Deletes an object together with everything below it, in the only order the portal allows
// (portal-behavior.md §3.10): a source's tables, then the source; for a connector each source that
// way, then the connector. Composed of the single delete operations (each settles its own lost
// reply and teaches the catalog), one at a time; stops at the first step that is not Applied and
// finishes with that step's outcome and error (result() then names the failed step). Whether
// tables go through biconnector.table.delete is probed once for all of them. cancel() stops before
// the next step (the running one finishes): Canceled, with completedSteps() done.
class CascadeDelete final : public PortalOperation
{
    Q_OBJECT
public:
    struct Step
    {
        NodeKind kind = NodeKind::Dataset;
        qint64 id = 0;
        qint64 parentId = 0; // source of a table, connector of a source
        QString label; // title or name
    };

    // A source with its tables.
    CascadeDelete(const BiconnectorApi &api, PortalCatalog *catalog, const Source &source,
                  const QList<Dataset> &datasets, QObject *parent = nullptr);
    // A source with the tables of these ids (when only their ids are known).
    CascadeDelete(const BiconnectorApi &api, PortalCatalog *catalog, const Source &source,
                  const QList<qint64> &tableIds, QObject *parent = nullptr);
    // A connector with its sources and their tables (`usage` loaded with tables).
    CascadeDelete(const BiconnectorApi &api, PortalCatalog *catalog, const ConnectorUsage &usage,
                  const QString &connectorTitle, QObject *parent = nullptr);

    const QList<Step> &steps() const { return m_steps; }
    int completedSteps() const { return m_next; }
    // The step that did not succeed (0 when the probe for biconnector.table.* failed); -1 unless
    // the cascade failed.
    int failedStep() const { return m_failed; }

    static QString describe(const Step &step) { return PortalOperation::describe(step.kind, step.label); }

signals:
    void stepStarted(int index, const CascadeDelete::Step &step);
    void stepDone(int index, const CascadeDelete::Step &step);

protected:
    void prepare() override;
    void sendWrite() override;
    void readBack() override;
    void updateCatalog(PortalCatalog &catalog) const override;
    void cancelAfterSend() override;

private:
    void appendSource(const Source &source, const QList<Dataset> &datasets, qint64 connectorId);
    PortalOperation *operationFor(const Step &step);
    void runNext();
    void onStepFinished(const PortalOperation::Result &stepResult);

    QList<Step> m_steps;
    int m_next = 0;
    int m_failed = -1;
    bool m_tableMethods = false;
    QPointer<PortalOperation> m_running;
};

Q_DECLARE_METATYPE(CascadeDelete::Step)
