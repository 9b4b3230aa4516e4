#include "models/transfer/importplanner.h"

#include "api/entities/entityvalidation.h"
#include "models/modelslogging.h"
#include "models/transfer/portalsnapshot.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

using Action = ImportPlanItem::Action;
using Kind = ImportPlanItem::Kind;
using Change = ImportPlanItem::Change;

constexpr qsizetype MaxShownLength = 60;

class PlanBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ImportPlanner)
public:
    PlanBuilder(const ConfigurationDocument &document, const PortalSnapshot &portal)
        : m_document(document)
        , m_portal(portal)
    {
        for (const auto &connector : document.connectors) {
            ++m_connectorTitles[connector.connector.title];
            for (const auto &source : connector.sources) {
                for (const Dataset &dataset : source.datasets)
                    ++m_datasetNames[dataset.name];
            }
        }
    }

    ImportPlan build() const
    {
        ImportPlan plan;
        plan.settingValuesIncluded = m_document.settingValuesIncluded;
        for (const auto &entry : m_document.connectors) {
            ImportPlanItem connector = connectorItem(entry.connector);
            for (const auto &sourceEntry : entry.sources) {
                ImportPlanItem source = sourceItem(sourceEntry.source, connector, entry.connector);
                for (const Dataset &dataset : sourceEntry.datasets)
                    source.children.append(datasetItem(dataset, source));
                connector.children.append(source);
            }
            plan.items.append(connector);
        }
        return plan;
    }

private:
    static QString shown(const QString &text)
    {
        if (text.isEmpty())
            return tr("(empty)");
        return text.size() > MaxShownLength ? text.left(MaxShownLength - 1) + u'…' : text;
    }

    static QString shown(const QJsonValue &value)
    {
        if (value.isBool())
            return value.toBool() ? tr("yes") : tr("no");
        if (value.isDouble())
            return QString::number(value.toInteger());
        if (value.isArray()) {
            QStringList codes;
            for (const QJsonValue &item : value.toArray())
                codes.append(item.toObject().value("code"_L1).toString());
            return codes.isEmpty() ? tr("(none)") : codes.join(u", "_s);
        }
        return shown(value.toString());
    }

    static void conflict(ImportPlanItem &item, const QString &reason)
    {
        item.action = Action::Conflict;
        item.reason = reason;
        item.changes.clear();
    }

    static void settle(ImportPlanItem &item)
    {
        if (item.action != Action::Conflict)
            item.action = item.changes.isEmpty() ? Action::Unchanged : Action::Update;
    }

    ImportPlanItem connectorItem(const Connector &wanted) const
    {
        ImportPlanItem item;
        item.kind = Kind::Connector;
        item.name = wanted.title;
        item.key = u"connector/"_s + wanted.title;
        item.connector = wanted;
        QList<Connector> matches;
        for (const Connector &connector : m_portal.connectors) {
            if (connector.title == wanted.title)
                matches.append(connector);
        }
        if (const ValidationResult check = EntityValidation::connector(wanted); !check.isValid()) {
            conflict(item, tr("The file's connector is not valid: %1").arg(check.message));
        } else if (m_connectorTitles.value(wanted.title) > 1) {
            conflict(item, tr("The file has several connectors titled “%1”; connectors are matched by title.")
                               .arg(wanted.title));
        } else if (matches.size() > 1) {
            conflict(item, tr("The portal has %1 connectors titled “%2”; rename all but one so the import can tell "
                              "which one to use.")
                               .arg(matches.size())
                               .arg(wanted.title));
        } else if (matches.size() == 1) {
            item.existingConnector = matches.first();
            item.existingId = item.existingConnector.id;
            const QJsonObject original = item.existingConnector.toAddFields();
            const QJsonObject changed = wanted.toUpdateFields(item.existingConnector);
            for (auto it = changed.constBegin(); it != changed.constEnd(); ++it)
                item.changes.append({it.key(), shown(original.value(it.key())), shown(it.value()), false});
            settle(item);
        }
        return item;
    }

    ImportPlanItem sourceItem(const Source &wanted, const ImportPlanItem &connector,
                              const Connector &connectorWanted) const
    {
        ImportPlanItem item;
        item.kind = Kind::Source;
        item.name = wanted.title;
        item.key = connector.key + u"/source/"_s + wanted.title;
        item.source = wanted;
        QList<Source> matches;
        for (const Source &source : m_portal.sources) {
            if (connector.existingId > 0 && source.connectorId == connector.existingId && source.title == wanted.title)
                matches.append(source);
        }
        if (connector.action == Action::Conflict) {
            conflict(item, tr("Not imported: its connector “%1” is in conflict.").arg(connector.name));
        } else if (!wanted.type.isEmpty() && wanted.type != u"rest"_s) {
            conflict(item, tr("Only sources of the type “rest” can be created through the REST API; the file says "
                              "“%1”.")
                               .arg(wanted.type));
        } else if (const ValidationResult check = EntityValidation::title(wanted.title); !check.isValid()) {
            conflict(item, check.message);
        } else if (matches.size() > 1) {
            conflict(item, tr("The connector has %1 sources titled “%2” on the portal; rename all but one so the "
                              "import can tell which one to use.")
                               .arg(matches.size())
                               .arg(wanted.title));
        } else if (matches.size() == 1) {
            item.existingSource = matches.first();
            item.existingId = item.existingSource.id;
            diffSource(item, connectorWanted);
            settle(item);
        }
        return item;
    }

    void diffSource(ImportPlanItem &item, const Connector &connector) const
    {
        const Source &existing = item.existingSource;
        if (item.source.description != existing.description)
            item.changes.append({tr("description"), shown(existing.description), shown(item.source.description), false});
        if (!m_document.settingValuesIncluded)
            return;
        // Only codes the connector declares are stored (the portal drops the rest), values trimmed.
        for (const SourceSetting &setting : item.source.settings) {
            const bool declared = std::any_of(connector.settings.cbegin(), connector.settings.cend(),
                                              [&](const ConnectorSetting &s) { return s.code == setting.code; });
            if (declared && existing.settingValue(setting.code) != setting.value.trimmed())
                item.changes.append({tr("setting “%1”").arg(setting.code), u"••••"_s, u"••••"_s, false});
        }
    }

    ImportPlanItem datasetItem(const Dataset &wanted, const ImportPlanItem &source) const
    {
        ImportPlanItem item;
        item.kind = Kind::Dataset;
        item.name = wanted.name;
        item.key = u"dataset/"_s + wanted.name;
        item.dataset = wanted;
        const Dataset *existing = nullptr;
        for (const Dataset &dataset : m_portal.datasets) {
            if (dataset.name == wanted.name)
                existing = &dataset;
        }
        if (source.action == Action::Conflict) {
            conflict(item, tr("Not imported: its source “%1” is in conflict.").arg(source.name));
        } else if (const ValidationResult check = EntityValidation::dataset(wanted); !check.isValid()) {
            conflict(item, tr("The file's dataset is not valid: %1").arg(check.message));
        } else if (m_datasetNames.value(wanted.name) > 1) {
            conflict(item, tr("The file has several datasets named “%1”; dataset names are unique on a portal.")
                               .arg(wanted.name));
        } else if (existing && (source.existingId == 0 || existing->sourceId != source.existingId)) {
            const auto [ownerSource, ownerConnector] = ownerOf(existing->sourceId);
            conflict(item, tr("The name “%1” is taken by a dataset of the source “%2” (connector “%3”); dataset "
                              "names are unique on a portal.")
                               .arg(wanted.name, ownerSource, ownerConnector));
            item.existingId = existing->id;
        } else if (existing) {
            item.existingDataset = *existing;
            item.existingId = existing->id;
            diffDataset(item);
            settle(item);
        }
        return item;
    }

    // The source title and its connector's title of a portal source.
    std::pair<QString, QString> ownerOf(qint64 sourceId) const
    {
        for (const Source &source : m_portal.sources) {
            if (source.id != sourceId)
                continue;
            for (const Connector &connector : m_portal.connectors) {
                if (connector.id == source.connectorId)
                    return {source.title, connector.title};
            }
            return {source.title, QString()};
        }
        return {QString::number(sourceId), QString()};
    }

    static void diffDataset(ImportPlanItem &item)
    {
        const Dataset &wanted = item.dataset;
        const Dataset &existing = item.existingDataset;
        if (wanted.externalCode != existing.externalCode || wanted.externalName != existing.externalName) {
            return conflict(item, tr("On the portal this dataset reads the external table “%1” (%2), the file says "
                                     "“%3” (%4); a dataset's external table cannot be changed.")
                                      .arg(existing.externalCode, existing.externalName, wanted.externalCode,
                                           wanted.externalName));
        }
        if (wanted.description != existing.description)
            item.changes.append({tr("description"), shown(existing.description), shown(wanted.description), false});
        for (const DatasetField &field : wanted.fields) {
            const auto byCode = std::find_if(existing.fields.cbegin(), existing.fields.cend(),
                                             [&](const DatasetField &f) { return f.externalCode == field.externalCode; });
            const auto byName = std::find_if(existing.fields.cbegin(), existing.fields.cend(),
                                             [&](const DatasetField &f) { return f.name == field.name; });
            if (byCode == existing.fields.cend() && byName != existing.fields.cend()) {
                return conflict(item, tr("The column %1 reads “%2” on the portal and “%3” in the file; columns cannot "
                                         "be changed, only added or hidden.")
                                          .arg(field.name, byName->externalCode, field.externalCode));
            }
            if (byCode == existing.fields.cend()) {
                item.changes.append({tr("column %1").arg(field.name), tr("(none)"),
                                     field.visible ? tr("added (%1)").arg(field.type)
                                                   : tr("added (%1), hidden").arg(field.type),
                                     true});
                continue;
            }
            if (byCode->name != field.name || byCode->type != field.type) {
                return conflict(item, tr("The column for “%1” is %2 (%3) on the portal and %4 (%5) in the file; "
                                         "column names and types cannot be changed.")
                                          .arg(field.externalCode, byCode->name, byCode->type, field.name, field.type));
            }
            if (byCode->visible != field.visible) {
                item.changes.append({tr("column %1").arg(field.name), byCode->visible ? tr("visible") : tr("hidden"),
                                     field.visible ? tr("visible") : tr("hidden"), true});
            }
        }
    }

    const ConfigurationDocument &m_document;
    const PortalSnapshot &m_portal;
    QHash<QString, int> m_connectorTitles;
    QHash<QString, int> m_datasetNames;
};

} // namespace

ImportPlanner::ImportPlanner(RestClient *client, QObject *parent)
    : QObject(parent)
    , m_reader(new PortalSnapshotReader(client, this))
{
    connect(m_reader, &PortalSnapshotReader::finished, this, &ImportPlanner::onRead);
}

bool ImportPlanner::isRunning() const
{
    return m_reader->isRunning();
}

void ImportPlanner::start(const ConfigurationDocument &document)
{
    if (isRunning())
        return;
    m_document = document;
    QSet<QString> names;
    for (const auto &connector : document.connectors) {
        for (const auto &source : connector.sources) {
            for (const Dataset &dataset : source.datasets)
                names.insert(dataset.name);
        }
    }
    // Columns only of the portal datasets the file names.
    m_reader->start([names](const PortalSnapshot &snapshot) {
        QSet<qint64> ids;
        for (const Dataset &dataset : snapshot.datasets) {
            if (names.contains(dataset.name))
                ids.insert(dataset.id);
        }
        return ids;
    });
}

void ImportPlanner::cancel()
{
    m_reader->cancel();
}

ImportPlan ImportPlanner::build(const ConfigurationDocument &document, const PortalSnapshot &portal)
{
    return PlanBuilder(document, portal).build();
}

void ImportPlanner::onRead(const PortalSnapshot &snapshot, const ApiError &error)
{
    Result result;
    if (error.kind() == ApiError::Kind::Canceled) {
        result.canceled = true;
    } else if (error.isError()) {
        result.error = tr("The portal's configuration could not be read: %1").arg(error.userMessage());
    } else {
        result.plan = build(m_document, snapshot);
        result.ok = true;
        qCInfo(lcModels) << "import planned:" << result.plan.count(Action::Create) << "to create,"
                         << result.plan.count(Action::Update) << "to update," << result.plan.count(Action::Unchanged)
                         << "unchanged," << result.plan.count(Action::Conflict) << "conflicts";
    }
    emit finished(result);
}
