#pragma once

#include "api/transport/apierror.h"
#include "api/entities/entities.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QSet>

class RestClient;

// Creates a connector with connector.add, without ever sending it twice. Before the add it notes
// which connectors already carry the same title; when the add's reply is lost (Ambiguous) it
// re-lists the connectors and looks for a new one with the draft's title and endpoints:
// exactly one → it was created; none → it was not; several → cannot tell. The created connector is
// re-read with connector.get so the caller gets what the portal stored (id, dateCreate, …).
class ConnectorCreation : public QObject
{
    Q_OBJECT
public:
    enum class Outcome {
        Created,              // the add answered with an id
        CreatedReplyLost,     // the reply was lost, the re-list found the new connector
        NotCreated,           // the reply was lost, the re-list found no new connector
        Undetermined,         // the reply was lost and the re-list could not settle it
        Failed,               // the portal (or the client-side check) refused
    };
    Q_ENUM(Outcome)

    struct Result
    {
        Outcome outcome = Outcome::Failed;
        Connector connector;  // the stored connector (Created*); as sent if the re-read failed
        ApiError error;       // Failed / Undetermined / NotCreated: why

        bool created() const { return outcome == Outcome::Created || outcome == Outcome::CreatedReplyLost; }
        // A translated sentence saying what happened.
        QString message() const;
    };

    explicit ConnectorCreation(RestClient *client, QObject *parent = nullptr);

    // Checks `draft` like the server (EntityValidation::connector) and adds it. One at a time.
    void start(const Connector &draft);
    bool isRunning() const { return m_running; }
    // Stops waiting. An add already sent may still take effect (the result says Undetermined).
    void cancel();

signals:
    void finished(const ConnectorCreation::Result &result);

private:
    void sendAdd();
    void onAdded(qint64 id, const ApiError &error);
    void reconcile(const ApiError &lost);
    void reread(qint64 id, Outcome outcome);
    void finish(Result result);
    bool matchesDraft(const Connector &candidate) const;

    QPointer<RestClient> m_client;
    Connector m_draft;
    QSet<qint64> m_sameTitleBefore;
    QList<QPointer<QObject>> m_calls;
    bool m_running = false;
};
