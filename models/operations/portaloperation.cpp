#include "models/operations/portaloperation.h"

#include <QTimer>

#include "api/transport/apicall.h"
#include "models/catalog/portalcatalog.h"
#include "models/modelslogging.h"

using namespace Qt::StringLiterals;

QString PortalOperation::describe(NodeKind kind, const QString &label)
{
    switch (kind) {
    case NodeKind::Dataset:
        return tr("dataset “%1”").arg(label);
    case NodeKind::Source:
        return tr("source “%1”").arg(label);
    default:
        return tr("connector “%1”").arg(label);
    }
}

QString PortalOperation::Result::subject() const
{
    return describe(kind, label.isEmpty() ? u"#"_s + QString::number(id) : label);
}

QString PortalOperation::Result::message() const
{
    const bool lost = error.kind() == ApiError::Kind::Ambiguous;
    switch (outcome) {
    case Outcome::Canceled:
        return PortalOperation::tr("Canceled: nothing was sent to the portal.");
    case Outcome::Unknown:
        return PortalOperation::
            tr("The portal's reply was lost and %1 could not be read back (%2): the change may or may not "
               "have been made. Refresh before trying again.")
                .arg(subject(), error.userMessage());
    case Outcome::NotApplied:
        if (settledByReadBack && lost && verb == Verb::Add)
            return PortalOperation::tr(
                       "The portal's reply was lost and reading back shows that %1 was not created. "
                       "It was not sent again; you can try again.")
                .arg(subject());
        if (settledByReadBack && lost)
            return PortalOperation::tr(
                       "The portal's reply was lost and reading back shows that the change to %1 was "
                       "not made. It was not sent again; you can try again.")
                .arg(subject());
        return error.userMessage();
    case Outcome::Applied:
        break;
    }
    QString done;
    switch (verb) {
    case Verb::Add:
        done = PortalOperation::tr("The portal created %1 (ID %2).").arg(subject()).arg(id);
        break;
    case Verb::Update:
        done = PortalOperation::tr("The portal saved %1.").arg(subject());
        break;
    case Verb::Delete:
        done = PortalOperation::tr("The portal deleted %1.").arg(subject());
        break;
    case Verb::UpdateColumns:
        done = PortalOperation::tr("The portal saved the columns of %1.").arg(subject());
        break;
    }
    if (!settledByReadBack)
        return done;
    return PortalOperation::tr(
               "The portal's reply was lost or unclear, but reading back shows that the change was "
               "made; it was not sent again. %1")
        .arg(done);
}

PortalOperation::PortalOperation(const BiconnectorApi &api, PortalCatalog *catalog, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_catalog(catalog)
{ }

PortalOperation::~PortalOperation() = default;

void PortalOperation::start()
{
    if (m_started)
        return;
    m_started = true;
    // Asynchronous like every outcome, so a cancel() right after start() sends nothing.
    QTimer::singleShot(0, this, [this] {
        if (m_cancelRequested)
            return finishWith(Outcome::Canceled, ApiError::canceled(QString()));
        prepare();
    });
}

void PortalOperation::cancel()
{
    if (m_finished || m_cancelRequested)
        return;
    m_cancelRequested = true;
    if (m_sent)
        return cancelAfterSend();
    // Before the write: Canceled, from the event loop (start() checks the flag when not started).
    if (m_started)
        QTimer::singleShot(0, this, [this] { finishWith(Outcome::Canceled, ApiError::canceled(QString())); });
    if (m_call)
        m_call->cancel(); // a preparing read: its callback ends in send(), which sends nothing now
}

void PortalOperation::prepare()
{
    send();
}

bool PortalOperation::needsReadBack(const ApiError &error) const
{
    return error.kind() == ApiError::Kind::Ambiguous;
}

void PortalOperation::confirmApplied()
{
    finishApplied();
}

bool PortalOperation::track(ApiCall *call)
{
    m_call = call;
    if (call)
        return true;
    // The client is gone.
    if (m_sent)
        readBackFailed(ApiError::canceled(QString()));
    else
        fail(ApiError::canceled(QString()));
    return false;
}

void PortalOperation::send()
{
    // Canceled: cancel() has scheduled finished(Canceled).
    if (m_finished || m_cancelRequested || m_sent)
        return; // and never twice
    m_sent = true;
    sendWrite();
}

void PortalOperation::written(const ApiError &error)
{
    if (m_finished)
        return;
    m_result.error = error;
    if (!error.isError()) {
        m_result.outcome = Outcome::Applied;
        if (m_cancelRequested)
            return finishApplied();
        return confirmApplied();
    }
    if (!needsReadBack(error))
        return finishWith(Outcome::NotApplied, error);
    if (m_cancelRequested)
        return finishWith(Outcome::Unknown, error);
    qCInfo(lcModels) << "write reply lost or unclear; reading back" << error.method() << error.code();
    m_result.settledByReadBack = true;
    readBack();
}

void PortalOperation::settle(bool applied)
{
    if (m_finished)
        return;
    if (!applied)
        return finishWith(Outcome::NotApplied, m_result.error);
    m_result.outcome = Outcome::Applied;
    if (m_cancelRequested)
        return finishApplied();
    confirmApplied();
}

void PortalOperation::readBackFailed(const ApiError &error)
{
    finishWith(Outcome::Unknown, error);
}

void PortalOperation::settleAdd(const QList<qint64> &candidates, bool knewWhatExisted)
{
    if (candidates.isEmpty())
        return settle(false);
    if (candidates.size() > 1 || !knewWhatExisted)
        return readBackFailed(m_result.error);
    m_result.id = candidates.first();
    settle(true);
}

void PortalOperation::settleDelete(const ApiError &getError)
{
    if (getError.kind() == ApiError::Kind::NotFound)
        return settle(true);
    if (!getError.isError())
        return settle(false);
    readBackFailed(getError);
}

void PortalOperation::finishApplied()
{
    if (m_finished)
        return;
    // The typed entity carries the id that was written (an add's new id).
    if (m_result.kind == NodeKind::Connector)
        m_result.connector.id = m_result.id;
    else if (m_result.kind == NodeKind::Source)
        m_result.source.id = m_result.id;
    else if (m_result.kind == NodeKind::Dataset)
        m_result.dataset.id = m_result.id;
    if (m_catalog)
        updateCatalog(*m_catalog);
    finishWith(Outcome::Applied, {});
}

void PortalOperation::fail(const ApiError &error)
{
    finishWith(Outcome::NotApplied, error);
}

void PortalOperation::finishWith(Outcome outcome, const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_call.clear();
    m_result.outcome = outcome;
    m_result.error = error;
    qCInfo(lcModels) << "write finished:" << m_result.verb << int(m_result.kind) << m_result.id << outcome
                     << error.code() << "read back:" << m_result.settledByReadBack;
    emit finished(m_result);
}
