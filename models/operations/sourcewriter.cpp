#include "models/operations/sourcewriter.h"

#include "api/transport/apicall.h"
#include "models/modelslogging.h"

using namespace Qt::StringLiterals;

SourceWriter::SourceWriter(const BiconnectorApi &api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
}

bool SourceWriter::storedMatches(const Source &stored, const Source &written, bool checkDescription)
{
    if (stored.title != written.title || (checkDescription && stored.description != written.description))
        return false;
    for (const SourceSetting &setting : stored.settings) {
        const auto sent = std::find_if(written.settings.cbegin(), written.settings.cend(),
                                       [&](const SourceSetting &s) { return s.code == setting.code; });
        if (sent != written.settings.cend() && sent->value.trimmed() != setting.value)
            return false;
    }
    return true;
}

void SourceWriter::add(const Source &source)
{
    const auto call = m_api.addSource(source);
    m_call = call.handle();
    call.onFinished(this, [this, source](const Outcome<qint64> &outcome) {
        settle(outcome.error, outcome.value, [&] { reconcileAdd(source, outcome.error); });
    });
}

void SourceWriter::update(const Source &edited, const Source &original)
{
    Source target = edited;
    target.id = original.id;
    const auto call = m_api.updateSource(target, original);
    m_call = call.handle();
    call.onFinished(this, [this, target](const Outcome<bool> &outcome) {
        settle(outcome.error, target.id, [&] { reconcileUpdate(target, outcome.error); });
    });
}

void SourceWriter::settle(const ApiError &error, qint64 id, const std::function<void()> &reconcile)
{
    if (error.kind() == ApiError::Kind::Ambiguous)
        return reconcile();
    Result result;
    result.ok = !error.isError();
    result.id = id;
    result.error = error;
    report(result);
}

void SourceWriter::reconcileAdd(const Source &source, const ApiError &lost)
{
    qCInfo(lcModels) << "source.add reply lost; looking for the title among the sources of connector"
                     << source.connectorId;
    ListQuery query;
    query.filter = {{u"connectorId"_s, source.connectorId}};
    const auto call = m_api.listAllSources(query);
    m_call = call.handle();
    call.onFinished(this, [this, source, lost](const Outcome<QList<Source>> &outcome) {
        Result result;
        result.reconciled = true;
        result.error = lost;
        if (!outcome.ok()) {
            result.note = tr("The reply to the save was lost and the sources could not be listed to find out whether "
                             "it was created (%1). Refresh the connector before saving again.")
                              .arg(outcome.error.userMessage());
            return report(result);
        }
        qint64 found = 0;
        for (const Source &candidate : outcome.value) {
            if (storedMatches(candidate, source))
                found = std::max(found, candidate.id);
        }
        if (found > 0) {
            result.ok = true;
            result.id = found;
            result.error = ApiError();
            result.note = tr("The reply to the save was lost, but the portal lists the source \"%1\" (ID %2): it "
                             "was created.")
                              .arg(source.title)
                              .arg(found);
        } else {
            result.note = tr("The reply to the save was lost and the portal does not list a source \"%1\" with "
                             "these values: it was not created. You can save again.")
                              .arg(source.title);
        }
        report(result);
    });
}

void SourceWriter::reconcileUpdate(const Source &edited, const ApiError &lost)
{
    qCInfo(lcModels) << "source.update reply lost; reading source" << edited.id << "back";
    const auto call = m_api.getSource(edited.id);
    m_call = call.handle();
    call.onFinished(this, [this, edited, lost](const Outcome<Source> &outcome) {
        Result result;
        result.reconciled = true;
        result.id = edited.id;
        result.error = lost;
        if (!outcome.ok()) {
            result.note = tr("The reply to the save was lost and the source could not be read back (%1). Reload it "
                             "before saving again.")
                              .arg(outcome.error.userMessage());
        } else if (storedMatches(outcome.value, edited)) {
            result.ok = true;
            result.error = ApiError();
            result.note = tr("The reply to the save was lost, but the portal shows the changes: they were saved.");
        } else {
            result.note = tr("The reply to the save was lost and the portal does not show the changes: they were not "
                             "saved. You can save again.");
        }
        report(result);
    });
}

void SourceWriter::report(Result result)
{
    m_call.clear();
    emit finished(result);
}
