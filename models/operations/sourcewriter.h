#pragma once

#include "api/transport/apierror.h"
#include "api/entities/biconnectorapi.h"

#include <QObject>
#include <QPointer>

#include <functional>

class ApiCall;

// source.add and source.update, plus the follow-up a lost reply needs. Writes are never resent
// (the reply may have been lost after the portal committed): an Ambiguous add is reconciled by
// listing the connector's sources and looking for the title with the same description and
// setting values; an Ambiguous update by reading the source back and comparing. One write per
// object.
class SourceWriter : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        bool ok = false;
        qint64 id = 0;           // the new source's id after an add, the edited one after an update
        ApiError error;          // set when !ok
        bool reconciled = false; // the reply was lost; the outcome was established by reading back
        QString note;            // translated explanation of a reconciliation
    };

    explicit SourceWriter(const BiconnectorApi &api, QObject *parent = nullptr);

    void add(const Source &source);
    void update(const Source &edited, const Source &original);
    bool isRunning() const { return !m_call.isNull(); }

    // True when a stored source shows what `written` sent: same title, same description (when
    // `checkDescription`) and, for every setting the store has, the trimmed value that was sent.
    static bool storedMatches(const Source &stored, const Source &written, bool checkDescription = true);

signals:
    void finished(const SourceWriter::Result &result);

private:
    // Reports a plain outcome, or runs `reconcile` when the reply was lost.
    void settle(const ApiError &error, qint64 id, const std::function<void()> &reconcile);
    void reconcileAdd(const Source &source, const ApiError &lost);
    void reconcileUpdate(const Source &edited, const ApiError &lost);
    void report(Result result);

    BiconnectorApi m_api;
    QPointer<ApiCall> m_call;
};
