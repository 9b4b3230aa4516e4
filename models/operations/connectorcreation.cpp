#include "models/operations/connectorcreation.h"

#include "api/entities/biconnectorapi.h"
#include "api/entities/entityvalidation.h"
#include "api/transport/restclient.h"
#include "models/connectors/connectorlogging.h"

#include <QTimer>

using namespace Qt::StringLiterals;

QString ConnectorCreation::Result::message() const
{
    switch (outcome) {
    case Outcome::Created:
        return QCoreApplication::translate("ConnectorCreation", "Connector “%1” was created (ID %2).")
            .arg(connector.title)
            .arg(connector.id);
    case Outcome::CreatedReplyLost:
        return QCoreApplication::translate("ConnectorCreation",
                                           "The portal's reply was lost, but the connector list shows that "
                                           "“%1” was created (ID %2). It was not sent again.")
            .arg(connector.title)
            .arg(connector.id);
    case Outcome::NotCreated:
        return QCoreApplication::translate("ConnectorCreation",
                                           "The portal's reply was lost and the connector list has no new "
                                           "connector “%1”, so it was not created. You can try again.")
            .arg(connector.title);
    case Outcome::Undetermined:
        return QCoreApplication::translate("ConnectorCreation",
                                           "The portal's reply was lost and it is unclear whether “%1” was created "
                                           "(%2). Refresh the connector list before trying again.")
            .arg(connector.title, error.userMessage());
    case Outcome::Failed:
        return error.userMessage();
    }
    return {};
}

ConnectorCreation::ConnectorCreation(RestClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

void ConnectorCreation::start(const Connector &draft)
{
    if (m_running)
        return;
    m_running = true;
    m_draft = draft;
    m_sameTitleBefore.clear();
    if (const ValidationResult check = EntityValidation::connector(draft); !check.isValid()) {
        Result result;
        result.connector = draft;
        result.error = ApiError(ApiError::Kind::Validation, check.code, check.message, 0, u"biconnector.connector.add"_s);
        QTimer::singleShot(0, this, [this, result] { finish(result); });
        return;
    }
    // Which connectors already carry this title, so a lost reply can be settled later.
    const auto list = BiconnectorApi(m_client).listAllConnectors();
    m_calls = {list.handle()};
    list.onFinished(this, [this](const ::Outcome<QList<Connector>> &outcome) {
        if (outcome.error.kind() == ApiError::Kind::Canceled) {
            Result result;
            result.connector = m_draft;
            result.error = outcome.error;
            return finish(result);
        }
        // A failed listing only weakens a later reconciliation; the add itself can go ahead.
        for (const Connector &connector : outcome.value) {
            if (connector.title == m_draft.title)
                m_sameTitleBefore.insert(connector.id);
        }
        sendAdd();
    });
}

void ConnectorCreation::cancel()
{
    for (const auto &call : std::as_const(m_calls)) {
        if (auto *handle = qobject_cast<ApiCall *>(call.data()))
            handle->cancel();
    }
}

void ConnectorCreation::sendAdd()
{
    qCInfo(lcConnectors) << "connector.add" << m_draft.title << "settings:" << m_draft.settings.size();
    const auto add = BiconnectorApi(m_client).addConnector(m_draft);
    m_calls = {add.handle()};
    add.onFinished(this, [this](const ::Outcome<qint64> &outcome) { onAdded(outcome.value, outcome.error); });
}

void ConnectorCreation::onAdded(qint64 id, const ApiError &error)
{
    if (error.kind() == ApiError::Kind::Ambiguous)
        return reconcile(error);
    if (error.isError()) {
        Result result;
        result.connector = m_draft;
        result.error = error;
        // Canceled while the add was out: it may still have reached the portal.
        result.outcome = error.kind() == ApiError::Kind::Canceled ? Outcome::Undetermined : Outcome::Failed;
        return finish(result);
    }
    reread(id, Outcome::Created);
}

bool ConnectorCreation::matchesDraft(const Connector &candidate) const
{
    return candidate.title == m_draft.title && candidate.urlCheck == m_draft.urlCheck
           && candidate.urlTableList == m_draft.urlTableList
           && candidate.urlTableDescription == m_draft.urlTableDescription && candidate.urlData == m_draft.urlData
           && !m_sameTitleBefore.contains(candidate.id);
}

void ConnectorCreation::reconcile(const ApiError &lost)
{
    qCWarning(lcConnectors) << "connector.add reply lost; re-listing connectors to settle it";
    const auto list = BiconnectorApi(m_client).listAllConnectors();
    m_calls = {list.handle()};
    list.onFinished(this, [this, lost](const ::Outcome<QList<Connector>> &outcome) {
        Result result;
        result.connector = m_draft;
        if (!outcome.ok()) {
            result.outcome = Outcome::Undetermined;
            result.error = outcome.error;
            return finish(result);
        }
        QList<Connector> candidates;
        for (const Connector &connector : outcome.value) {
            if (matchesDraft(connector))
                candidates.append(connector);
        }
        if (candidates.size() == 1)
            return reread(candidates.first().id, Outcome::CreatedReplyLost);
        result.outcome = candidates.isEmpty() ? Outcome::NotCreated : Outcome::Undetermined;
        result.error = lost;
        finish(result);
    });
}

void ConnectorCreation::reread(qint64 id, Outcome outcome)
{
    const auto get = BiconnectorApi(m_client).getConnector(id);
    m_calls = {get.handle()};
    get.onFinished(this, [this, id, outcome](const ::Outcome<Connector> &read) {
        Result result;
        result.outcome = outcome;
        result.connector = read.ok() ? read.value : m_draft;
        result.connector.id = id;
        finish(result);
    });
}

void ConnectorCreation::finish(Result result)
{
    m_running = false;
    m_calls.clear();
    qCInfo(lcConnectors) << "connector creation finished:" << result.outcome << result.error.code();
    emit finished(result);
}
