#pragma once

#include "api/transport/apierror.h"
#include "api/entities/biconnectorapi.h"
#include "models/transfer/importplan.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

class PortalCatalog;
class PortalOperation;
class RestClient;

// What happened to each object of an applied ImportPlan.
struct ImportReport
{
    Q_DECLARE_TR_FUNCTIONS(ImportReport)
public:
    struct Entry
    {
        enum class Status {
            Done,       // created or updated
            Unchanged,  // nothing to send
            Failed,     // the portal refused or the outcome stayed unknown: `message`
            Skipped,    // a conflict, or its parent failed / was skipped: `message`
            NotRun,     // the import was canceled before it got there
        };
        ImportPlanItem::Kind kind = ImportPlanItem::Kind::Connector;
        QString key;
        QString name;
        Status status = Status::NotRun;
        QString message;   // translated
        qint64 id = 0;     // the portal object (Done, Unchanged)
    };

    QList<Entry> entries;  // in plan order (parents before children)
    bool canceled = false;

    int count(Entry::Status status) const;
    const Entry *find(const QString &key) const;
    static QString statusText(Entry::Status status);
    // One line per object, for the wizard's final page and the clipboard.
    QString text() const;
};

// Carries out an ImportPlan in dependency order: connectors, then sources, then datasets, then
// column changes, one write at a time. Creates and updates only; conflicts are skipped, and so is
// everything below an object that failed or was skipped. Setting values for created sources come
// from the caller (per source key), falling back to the file's values when it carries them.
// Every write is a PortalOperation (models/operations): never sent again after a lost reply, which
// is settled by reading back; the outcomes go into the catalog when one is set.
// cancel() stops before the next write. start() once; finished() comes exactly once.
class ImportApplier : public QObject
{
    Q_OBJECT
public:
    using SettingValues = QHash<QString, QHash<QString, QString>>; // source key → code → value

    explicit ImportApplier(RestClient *client, QObject *parent = nullptr);

    // The catalog every write's outcome is put into (may stay null).
    void setCatalog(PortalCatalog *catalog);
    void start(const ImportPlan &plan, const SettingValues &values = {});
    void cancel();
    bool isRunning() const { return m_running; }
    // Writes the plan needs (progress total).
    static int writeCount(const ImportPlan &plan);

signals:
    void progress(int done, int total, const QString &current);
    void finished(const ImportReport &report);

private:
    enum class Phase { Connectors, Sources, Datasets, Fields };
    struct Step
    {
        Phase phase;
        const ImportPlanItem *item;
        const ImportPlanItem *parent;
    };
    using Done = std::function<void(qint64 id, const QString &failure)>; // failure empty = success

    void runNext();
    void run(const Step &step, Done done);
    void createConnector(const ImportPlanItem &item, Done done);
    void updateConnector(const ImportPlanItem &item, Done done);
    void writeSource(const ImportPlanItem &item, qint64 connectorId, Done done);
    void createDataset(const ImportPlanItem &item, qint64 sourceId, Done done);
    void updateDataset(const ImportPlanItem &item, Done done);
    void changeColumns(const ImportPlanItem &item, Done done);
    void fixVisibility(const ImportPlanItem &item, Done done);
    // Runs one write operation (models/operations) and reports its outcome to `done`.
    void runOperation(PortalOperation *operation, Done done);
    Source sourceToWrite(const ImportPlanItem &item) const;
    ImportReport::Entry &entryFor(const ImportPlanItem &item);
    void finish();

    QPointer<RestClient> m_client;
    BiconnectorApi m_api;
    QPointer<PortalCatalog> m_catalog;
    ImportPlan m_plan;
    SettingValues m_values;
    QList<Step> m_steps;
    QHash<QString, qint64> m_ids;        // plan key → portal id (matched or created)
    QHash<QString, int> m_entryIndex;    // plan key → report entry
    ImportReport m_report;
    int m_next = 0;
    int m_writesDone = 0;
    int m_writesTotal = 0;
    bool m_running = false;
    bool m_cancelRequested = false;
};

Q_DECLARE_METATYPE(ImportReport)
