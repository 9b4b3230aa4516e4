#pragma once

#include "api/entities/entities.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

// What importing a ConfigurationDocument into a portal would do, object by object: a tree of
// connectors → sources → datasets. Built by ImportPlanner (reads only), shown by ImportPlanModel,
// carried out by ImportApplier.
struct ImportPlanItem
{
    Q_DECLARE_TR_FUNCTIONS(ImportPlanItem)
public:
    enum class Kind { Connector, Source, Dataset };
    enum class Action {
        Create,    // nothing on the portal matches: add it
        Update,    // a match differs in writable properties: `changes`
        Unchanged, // a match has the same writable properties: nothing is sent
        Conflict,  // cannot be imported (`reason`); its children are not imported either
    };

    // One property a write changes. Secret values (source settings) are never shown: both sides
    // read "••••".
    struct Change
    {
        QString property;
        QString oldValue;
        QString newValue;
        bool fieldChange = false;  // a dataset column (needs dataset.fields.update)
    };

    Kind kind = Kind::Connector;
    Action action = Action::Create;
    QString name;       // title or dataset name
    QString key;        // stable path: "connector/<title>", ".../source/<title>", "dataset/<name>"
    QString reason;     // Conflict: why (translated)
    QList<Change> changes;
    qint64 existingId = 0;   // the matched portal object (Update, Unchanged, some conflicts)

    // What the file wants (ids zero) and what the portal has (Update/Unchanged), per kind.
    Connector connector;
    Connector existingConnector;
    Source source;           // settings: codes, with the file's values when it carries them
    Source existingSource;
    Dataset dataset;
    Dataset existingDataset; // with its columns

    QList<ImportPlanItem> children;

    bool hasFieldChanges() const;
    bool hasPropertyChanges() const;   // a change other than columns
    // "Create", "Update", ... translated.
    static QString actionText(Action action);
    static QString kindText(Kind kind);
};

struct ImportPlan
{
    Q_DECLARE_TR_FUNCTIONS(ImportPlan)
public:
    QList<ImportPlanItem> items;     // connectors
    bool settingValuesIncluded = false;

    // Depth-first, parents before children.
    void forEach(const std::function<void(const ImportPlanItem &item, const ImportPlanItem *parent)> &visit) const;
    const ImportPlanItem *find(const QString &key) const;
    int count(ImportPlanItem::Action action) const;
    int count(ImportPlanItem::Action action, ImportPlanItem::Kind kind) const;
    // True when applying would send no write at all (everything Unchanged or in conflict).
    bool changesNothing() const;
    // Sources to be created: they need setting values from the user.
    QList<const ImportPlanItem *> sourcesNeedingValues() const;
    // "2 to create, 1 to update, 5 unchanged, 1 conflict", translated.
    QString summary() const;
    // The dry-run report: one indented line per object with its action, changes and conflicts.
    QString report() const;
};
