#include "models/operations/sourceoperations.h"

#include <algorithm>

#include "models/catalog/portalcatalog.h"
#include "models/modelslogging.h"

using namespace Qt::StringLiterals;

bool SourceOperations::storedMatches(const Source &stored, const Source &written, bool checkDescription)
{
    if (stored.title != written.title || (checkDescription && stored.description != written.description))
        return false;
    return std::all_of(
        stored.settings.cbegin(), stored.settings.cend(), [&written](const SourceSetting &setting) {
            const auto sent
                = std::find_if(written.settings.cbegin(), written.settings.cend(),
                               [&setting](const SourceSetting &s) { return s.code == setting.code; });
            return sent == written.settings.cend() || sent->value.trimmed() == setting.value;
        });
}

// ---- SourceAdd ----

SourceAdd::SourceAdd(const BiconnectorApi &api, PortalCatalog *catalog, const Source &source, QObject *parent)
    : PortalOperation(api, catalog, parent)
{
    result().verb = Verb::Add;
    result().kind = NodeKind::Source;
    result().label = source.title;
    result().source = source;
}

TypedListCall<Source> SourceAdd::listSources() const
{
    ListQuery query;
    query.filter = {{u"connectorId"_s, result().source.connectorId}};
    return api().listAllSources(query);
}

void SourceAdd::prepare()
{
    // The connector's sources before the add: none of them can be the one a lost reply created.
    const auto list = listSources();
    if (!track(list.handle()))
        return;
    list.onFinished(this, [this](const ::Outcome<QList<Source>> &outcome) {
        m_snapshotKnown = outcome.ok();
        for (const Source &existing : outcome.value)
            m_idsBefore.insert(existing.id);
        send();
    });
}

void SourceAdd::sendWrite()
{
    sendAndSettle(api().addSource(result().source));
}

void SourceAdd::readBack()
{
    qCInfo(lcModels) << "source.add reply lost; looking for a new source of connector"
                     << result().source.connectorId;
    const auto list = listSources();
    if (!track(list.handle()))
        return;
    list.onFinished(this, [this](const ::Outcome<QList<Source>> &outcome) {
        if (!outcome.ok())
            return readBackFailed(outcome.error);
        QList<qint64> candidates;
        for (const Source &candidate : outcome.value) {
            if (!m_idsBefore.contains(candidate.id)
                && SourceOperations::storedMatches(candidate, result().source))
                candidates.append(candidate.id);
        }
        settleAdd(candidates, m_snapshotKnown);
    });
}

void SourceAdd::updateCatalog(PortalCatalog &catalog) const
{
    Source stored = result().source;
    for (SourceSetting &setting : stored.settings)
        setting.value = setting.value.trimmed();
    catalog.putSource(stored);
}

// ---- SourceUpdate ----

SourceUpdate::SourceUpdate(const BiconnectorApi &api, PortalCatalog *catalog, const Source &edited,
                           const Source &original, QObject *parent)
    : PortalOperation(api, catalog, parent)
    , m_original(original)
{
    result().verb = Verb::Update;
    result().kind = NodeKind::Source;
    result().id = original.id;
    result().label = edited.title;
    result().source = edited;
    result().source.id = original.id;
    if (result().source.connectorId == 0)
        result().source.connectorId = original.connectorId;
}

void SourceUpdate::sendWrite()
{
    sendAndSettle(api().updateSource(result().source, m_original));
}

void SourceUpdate::readBack()
{
    settleByGet(api().getSource(m_original.id), [edited = result().source](const Source &stored) {
        return SourceOperations::storedMatches(stored, edited);
    });
}

void SourceUpdate::updateCatalog(PortalCatalog &catalog) const
{
    catalog.putSource(result().source);
}

// ---- SourceDelete ----

SourceDelete::SourceDelete(const BiconnectorApi &api, PortalCatalog *catalog, qint64 id, const QString &title,
                           QObject *parent)
    : PortalOperation(api, catalog, parent)
{
    result().verb = Verb::Delete;
    result().kind = NodeKind::Source;
    result().id = id;
    result().label = title;
    result().source.id = id;
    result().source.title = title;
}

void SourceDelete::sendWrite()
{
    sendAndSettle(api().deleteSource(result().id));
}

void SourceDelete::readBack()
{
    settleDeleteByGet(api().getSource(result().id));
}

void SourceDelete::updateCatalog(PortalCatalog &catalog) const
{
    catalog.remove(NodeKind::Source, result().id);
}
