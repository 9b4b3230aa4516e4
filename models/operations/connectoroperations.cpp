#include "models/operations/connectoroperations.h"

#include "api/entities/entityvalidation.h"
#include "models/catalog/portalcatalog.h"
#include "models/connectors/connectorlogging.h"

using namespace Qt::StringLiterals;

// ---- ConnectorAdd ----

ConnectorAdd::ConnectorAdd(const BiconnectorApi &api, PortalCatalog *catalog, const Connector &draft,
                           QObject *parent)
    : PortalOperation(api, catalog, parent)
    , m_draft(draft)
{
    result().verb = Verb::Add;
    result().kind = NodeKind::Connector;
    result().label = draft.title;
    result().connector = draft;
}

void ConnectorAdd::prepare()
{
    if (const ValidationResult check = EntityValidation::connector(m_draft); !check.isValid())
        return fail(ApiError(ApiError::Kind::Validation, check.code, check.message, 0,
                             u"biconnector.connector.add"_s));
    // Which connectors already carry this title, so a lost reply can be settled later.
    const auto list = api().listAllConnectors();
    if (!track(list.handle()))
        return;
    list.onFinished(this, [this](const ::Outcome<QList<Connector>> &outcome) {
        // A failed listing only weakens a later read-back; the add itself can go ahead.
        m_snapshotKnown = outcome.ok();
        for (const Connector &connector : outcome.value) {
            if (connector.title == m_draft.title)
                m_sameTitleBefore.insert(connector.id);
        }
        send();
    });
}

void ConnectorAdd::sendWrite()
{
    qCInfo(lcConnectors) << "connector.add" << m_draft.title << "settings:" << m_draft.settings.size();
    sendAndSettle(api().addConnector(m_draft));
}

bool ConnectorAdd::matchesDraft(const Connector &candidate) const
{
    return candidate.title == m_draft.title && candidate.urlCheck == m_draft.urlCheck
        && candidate.urlTableList == m_draft.urlTableList
        && candidate.urlTableDescription == m_draft.urlTableDescription
        && candidate.urlData == m_draft.urlData && !m_sameTitleBefore.contains(candidate.id);
}

void ConnectorAdd::readBack()
{
    const auto list = api().listAllConnectors();
    if (!track(list.handle()))
        return;
    list.onFinished(this, [this](const ::Outcome<QList<Connector>> &outcome) {
        if (!outcome.ok())
            return readBackFailed(outcome.error);
        QList<qint64> candidates;
        for (const Connector &connector : outcome.value) {
            if (matchesDraft(connector))
                candidates.append(connector.id);
        }
        settleAdd(candidates, m_snapshotKnown);
    });
}

void ConnectorAdd::confirmApplied()
{
    const qint64 id = result().id;
    const auto get = api().getConnector(id);
    if (!track(get.handle()))
        return;
    get.onFinished(this, [this, id](const ::Outcome<Connector> &read) {
        result().connector = read.ok() ? read.value : m_draft;
        result().connector.id = id;
        finishApplied();
    });
}

void ConnectorAdd::updateCatalog(PortalCatalog &catalog) const
{
    catalog.putConnector(result().connector);
}

// ---- ConnectorUpdate ----

ConnectorUpdate::ConnectorUpdate(const BiconnectorApi &api, PortalCatalog *catalog, const Connector &target,
                                 const Connector &original, QObject *parent)
    : PortalOperation(api, catalog, parent)
    , m_original(original)
{
    result().verb = Verb::Update;
    result().kind = NodeKind::Connector;
    result().id = original.id;
    result().label = target.title.isEmpty() ? original.title : target.title;
    result().connector = target;
    result().connector.id = original.id;
}

void ConnectorUpdate::sendWrite()
{
    const QJsonObject fields = result().connector.toUpdateFields(m_original);
    qCInfo(lcConnectors) << "connector.update" << m_original.id << "fields:" << fields.keys();
    sendAndSettle(api().updateConnector(m_original.id, fields));
}

void ConnectorUpdate::readBack()
{
    settleByGet(api().getConnector(m_original.id), [target = result().connector](const Connector &stored) {
        return target.toUpdateFields(stored).isEmpty();
    });
}

void ConnectorUpdate::updateCatalog(PortalCatalog &catalog) const
{
    catalog.putConnector(result().connector);
}

// ---- ConnectorDelete ----

ConnectorDelete::ConnectorDelete(const BiconnectorApi &api, PortalCatalog *catalog, qint64 id,
                                 const QString &title, QObject *parent)
    : PortalOperation(api, catalog, parent)
{
    result().verb = Verb::Delete;
    result().kind = NodeKind::Connector;
    result().id = id;
    result().label = title;
    result().connector.id = id;
    result().connector.title = title;
}

void ConnectorDelete::sendWrite()
{
    sendAndSettle(api().deleteConnector(result().id));
}

void ConnectorDelete::readBack()
{
    settleDeleteByGet(api().getConnector(result().id));
}

void ConnectorDelete::updateCatalog(PortalCatalog &catalog) const
{
    catalog.remove(NodeKind::Connector, result().id);
}
