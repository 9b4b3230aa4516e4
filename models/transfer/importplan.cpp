#include "models/transfer/importplan.h"

#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

bool ImportPlanItem::hasFieldChanges() const
{
    return std::any_of(changes.cbegin(), changes.cend(), [](const Change &c) { return c.fieldChange; });
}

bool ImportPlanItem::hasPropertyChanges() const
{
    return std::any_of(changes.cbegin(), changes.cend(), [](const Change &c) { return !c.fieldChange; });
}

QString ImportPlanItem::actionText(Action action)
{
    switch (action) {
    case Action::Create:
        return tr("Create");
    case Action::Update:
        return tr("Update");
    case Action::Unchanged:
        return tr("Unchanged");
    case Action::Conflict:
        return tr("Conflict");
    }
    return {};
}

QString ImportPlanItem::kindText(Kind kind)
{
    switch (kind) {
    case Kind::Connector:
        return tr("Connector");
    case Kind::Source:
        return tr("Source");
    case Kind::Dataset:
        return tr("Dataset");
    }
    return {};
}

namespace {

void visitItems(const QList<ImportPlanItem> &items, const ImportPlanItem *parent,
                const std::function<void(const ImportPlanItem &, const ImportPlanItem *)> &visit)
{
    for (const ImportPlanItem &item : items) {
        visit(item, parent);
        visitItems(item.children, &item, visit);
    }
}

} // namespace

void ImportPlan::forEach(const std::function<void(const ImportPlanItem &, const ImportPlanItem *)> &visit) const
{
    visitItems(items, nullptr, visit);
}

const ImportPlanItem *ImportPlan::find(const QString &key) const
{
    const ImportPlanItem *found = nullptr;
    forEach([&](const ImportPlanItem &item, const ImportPlanItem *) {
        if (!found && item.key == key)
            found = &item;
    });
    return found;
}

int ImportPlan::count(ImportPlanItem::Action action) const
{
    int n = 0;
    forEach([&](const ImportPlanItem &item, const ImportPlanItem *) { n += item.action == action ? 1 : 0; });
    return n;
}

int ImportPlan::count(ImportPlanItem::Action action, ImportPlanItem::Kind kind) const
{
    int n = 0;
    forEach([&](const ImportPlanItem &item, const ImportPlanItem *) {
        n += item.action == action && item.kind == kind ? 1 : 0;
    });
    return n;
}

bool ImportPlan::changesNothing() const
{
    return count(ImportPlanItem::Action::Create) == 0 && count(ImportPlanItem::Action::Update) == 0;
}

QList<const ImportPlanItem *> ImportPlan::sourcesNeedingValues() const
{
    QList<const ImportPlanItem *> sources;
    forEach([&](const ImportPlanItem &item, const ImportPlanItem *) {
        if (item.kind == ImportPlanItem::Kind::Source && item.action == ImportPlanItem::Action::Create)
            sources.append(&item);
    });
    return sources;
}

QString ImportPlan::summary() const
{
    using Action = ImportPlanItem::Action;
    return tr("%n to create", nullptr, count(Action::Create)) + u", "_s
        + tr("%n to update", nullptr, count(Action::Update)) + u", "_s
        + tr("%n unchanged", nullptr, count(Action::Unchanged)) + u", "_s
        + tr("%n conflict(s)", nullptr, count(Action::Conflict));
}

QString ImportPlan::report() const
{
    QStringList lines{summary()};
    forEach([&](const ImportPlanItem &item, const ImportPlanItem *parent) {
        Q_UNUSED(parent)
        const int depth = int(item.kind);  // connectors, sources, datasets
        const QString indent(depth * 2, u' ');
        lines.append(indent
                     + tr("%1 “%2”: %3").arg(ImportPlanItem::kindText(item.kind), item.name,
                                            ImportPlanItem::actionText(item.action)));
        if (item.action == ImportPlanItem::Action::Conflict)
            lines.append(indent + u"    "_s + item.reason);
        for (const ImportPlanItem::Change &change : item.changes) {
            lines.append(indent + u"    "_s
                         + tr("%1: %2 → %3").arg(change.property, change.oldValue, change.newValue));
        }
    });
    return lines.join(u'\n');
}
