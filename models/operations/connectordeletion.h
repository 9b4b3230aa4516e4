#pragma once

#include "api/transport/apierror.h"
#include "models/connectors/connectorusage.h"
#include "models/catalog/hierarchytypes.h"

#include <QObject>
#include <QPointer>

class ApiCall;
class RestClient;

// Deletes a connector together with everything that depends on it, in the only order the portal
// allows (portal-behavior.md §3.10): each source's datasets, then the source, then the connector.
// One write at a time; stops at the first error. cancel() stops before the next step — a delete
// already sent is allowed to finish, so the outcome of every step is known. A delete whose reply
// was lost (Ambiguous) is settled with a *.get: NOT_FOUND means it was deleted.
class ConnectorDeletion : public QObject
{
    Q_OBJECT
public:
    struct Step
    {
        NodeKind kind = NodeKind::Dataset;
        qint64 id = 0;
        qint64 parentId = 0;  // source of a dataset, connector of a source
        QString label;        // title or name, for progress text
    };
    enum class Outcome { Completed, Canceled, Failed };
    Q_ENUM(Outcome)

    // The plan for `usage` (datasets must have been loaded) plus the connector itself.
    ConnectorDeletion(RestClient *client, const ConnectorUsage &usage, const QString &connectorTitle,
                      QObject *parent = nullptr);

    const QList<Step> &steps() const { return m_steps; }
    int completedSteps() const { return m_next; }
    bool isRunning() const { return m_running; }

    void start();
    // Stops before the next step (idempotent). finished(Canceled) follows once the running step ends.
    void cancel();

    // "dataset “sales”" etc., for progress and error texts.
    static QString describe(const Step &step);

signals:
    void stepStarted(int index, const ConnectorDeletion::Step &step);
    void stepDone(int index, const ConnectorDeletion::Step &step);
    // `failedStep` is the index of the step that failed (-1 unless Failed).
    void finished(ConnectorDeletion::Outcome outcome, const ApiError &error, int failedStep);

private:
    void runNext();
    void onDeleted(const ApiError &error);
    void settleAmbiguous(const ApiError &lost);
    void fail(const ApiError &error);

    QPointer<RestClient> m_client;
    QList<Step> m_steps;
    int m_next = 0;
    bool m_running = false;
    bool m_cancelRequested = false;
};
