#pragma once

#include <QObject>
#include <QPointer>

#include "api/entities/biconnectorapi.h"
#include "api/transport/apierror.h"
#include "models/catalog/hierarchytypes.h"
#include "models/catalog/portalcatalog.h"

class ApiCall;

// The one shape of every write to the portal (issue 17). A subclass per entity × verb says what to
// send and how to read it back; this class runs it:
//   start() → prepare() (optional reads, e.g. what existed before an add) → the write, sent exactly
//   once and never resent → a lost (Ambiguous) reply is settled by the subclass's read-back:
//   Applied, NotApplied, or Unknown when the read-back failed too → on Applied the portal's
//   catalog (may be null) learns the new state → finished() exactly once.
// cancel() before the write was sent finishes with Canceled and sends nothing; after it only
// stops waiting for further steps (read-back, re-read): the write's own reply is still awaited.
// finished() is always emitted from the event loop, never inside start() or cancel().
class PortalOperation : public QObject
{
    Q_OBJECT
public:
    enum class Outcome {
        Applied, // the portal made the change (answered, or the read-back shows it)
        NotApplied, // the portal refused, or the read-back shows nothing changed: `error`
        Unknown, // the reply was lost and the read-back failed too: it may or may not be done
        Canceled, // canceled before anything was sent
    };
    Q_ENUM(Outcome)
    enum class Verb { Add, Update, Delete, UpdateColumns };
    Q_ENUM(Verb)

    struct Result
    {
        Outcome outcome = Outcome::NotApplied;
        ApiError error; // the refusal, the lost reply, or the failed read-back
        bool settledByReadBack = false; // the write's reply was lost; reading back decided
        Verb verb = Verb::Update;
        NodeKind kind = NodeKind::Connector;
        qint64 id = 0; // the object written (the new id after an add)
        QString label; // its title or name, for messages
        Connector connector; // the typed entity, for the kind written
        Source source;
        Dataset dataset;

        bool applied() const { return outcome == Outcome::Applied; }
        // "connector “Sales”", "source “Main”", "dataset “orders”".
        QString subject() const;
        // A translated sentence saying what happened (secrets never appear in it).
        QString message() const;
    };

    PortalOperation(const BiconnectorApi &api, PortalCatalog *catalog, QObject *parent = nullptr);
    ~PortalOperation() override;

    void start();
    void cancel();
    bool isRunning() const { return m_started && !m_finished; }
    bool isFinished() const { return m_finished; }
    bool hasSent() const { return m_sent; }
    const Result &result() const { return m_result; }

    static QString describe(NodeKind kind, const QString &label);

signals:
    // For multi-step operations (cascades): `done` of `total` steps, `text` the step running now.
    void progress(int done, int total, const QString &text);
    void finished(const PortalOperation::Result &result);

protected:
    // Reads needed before the write; must end in send() or fail(). The default sends at once.
    virtual void prepare();
    // Issues the write and routes its error to written(); called at most once.
    virtual void sendWrite() = 0;
    // After a lost reply: must end in settle() or readBackFailed().
    virtual void readBack() = 0;
    // Whether `error` leaves the outcome open (default: a lost reply).
    virtual bool needsReadBack(const ApiError &error) const;
    // After Applied (unless canceled): a further read such as re-reading what was created; must
    // end in finishApplied(). The default finishes at once.
    virtual void confirmApplied();
    // Teaches the catalog the outcome of an applied write.
    virtual void updateCatalog(PortalCatalog &catalog) const = 0;
    // Canceled after the write was sent (cascades forward it to the running step).
    virtual void cancelAfterSend() { }

    void send();
    void written(const ApiError &error);
    void settle(bool applied);
    void readBackFailed(const ApiError &error);
    void finishApplied();
    void fail(const ApiError &error);
    void finishWith(Outcome outcome, const ApiError &error = {});
    // Sends `call` as the write and settles by its error (an add's id becomes result().id).
    void sendAndSettle(const TypedCall<bool> &call)
    {
        if (track(call.handle()))
            call.onFinished(this, [this](const ::Outcome<bool> &outcome) { written(outcome.error); });
    }
    void sendAndSettle(const TypedCall<qint64> &call)
    {
        if (!track(call.handle()))
            return;
        call.onFinished(this, [this](const ::Outcome<qint64> &outcome) {
            if (outcome.ok())
                m_result.id = outcome.value;
            written(outcome.error);
        });
    }
    // The read-back of an update: `get`'s value shows the change when `shows` says so; a failed
    // get leaves it Unknown.
    template<typename T, typename Shows> void settleByGet(const TypedCall<T> &get, Shows shows)
    {
        if (!track(get.handle()))
            return;
        get.onFinished(this, [this, shows](const ::Outcome<T> &read) {
            if (!read.ok())
                return readBackFailed(read.error);
            settle(shows(read.value));
        });
    }
    // The read-back of an add by listing: `candidates` are the listed objects that look like the
    // one sent and did not exist before. One → Applied with its id; none → NotApplied; several, or
    // one while what existed before is not known → Unknown (which one, if any, is ours?).
    void settleAdd(const QList<qint64> &candidates, bool knewWhatExisted);
    // The shared read-back of every delete: the object's get answers NotFound → it was deleted;
    // it answers → it was not; another error → Unknown.
    template<typename T> void settleDeleteByGet(const TypedCall<T> &get)
    {
        if (track(get.handle()))
            get.onFinished(this, [this](const ::Outcome<T> &read) { settleDelete(read.error); });
    }
    // Keeps the running call for cancel(); false (and the operation fails) when there is none
    // because the client is gone.
    bool track(ApiCall *call);
    void markSent() { m_sent = true; }
    bool cancelRequested() const { return m_cancelRequested; }

    BiconnectorApi &api() { return m_api; }
    const BiconnectorApi &api() const { return m_api; }
    PortalCatalog *catalog() const { return m_catalog; }
    Result &result() { return m_result; }

private:
    void settleDelete(const ApiError &getError);

    BiconnectorApi m_api;
    QPointer<PortalCatalog> m_catalog;
    QPointer<ApiCall> m_call;
    Result m_result;
    bool m_started = false;
    bool m_sent = false;
    bool m_finished = false;
    bool m_cancelRequested = false;
};

Q_DECLARE_METATYPE(PortalOperation::Result)
