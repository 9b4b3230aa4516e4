#pragma once

#include <QSet>

#include "models/operations/portaloperation.h"

namespace SourceOperations {
// True when a stored source shows what `written` sent: same title, same description (when
// `checkDescription`) and, for every setting the store has, the trimmed value that was sent.
bool storedMatches(const Source &stored, const Source &written, bool checkDescription = true);
} // namespace SourceOperations

// source.add (the portal calls the connector's urlCheck first). Before the add it notes the ids of
// the connector's sources; a lost reply is settled by listing them again and looking for a new
// source (not one of those ids) with the title, description and setting values that were sent:
// one → Applied; none → NotApplied; several, or the earlier listing failed while one matches →
// Unknown. Setting values are secrets: never logged, never in a message.
class SourceAdd final : public PortalOperation
{
    Q_OBJECT
public:
    SourceAdd(const BiconnectorApi &api, PortalCatalog *catalog, const Source &source,
              QObject *parent = nullptr);

protected:
    void prepare() override;
    void sendWrite() override;
    void readBack() override;
    void updateCatalog(PortalCatalog &catalog) const override;

private:
    TypedListCall<Source> listSources() const;

    QSet<qint64> m_idsBefore;
    bool m_snapshotKnown = false;
};

// source.update: the title always, changed description and setting values; a lost reply is settled
// by source.get and comparing.
class SourceUpdate final : public PortalOperation
{
    Q_OBJECT
public:
    SourceUpdate(const BiconnectorApi &api, PortalCatalog *catalog, const Source &edited,
                 const Source &original, QObject *parent = nullptr);

protected:
    void sendWrite() override;
    void readBack() override;
    void updateCatalog(PortalCatalog &catalog) const override;

private:
    Source m_original;
};

// source.delete (the portal refuses it while tables belong to the source); a lost reply is settled
// by source.get (NotFound = deleted).
class SourceDelete final : public PortalOperation
{
    Q_OBJECT
public:
    SourceDelete(const BiconnectorApi &api, PortalCatalog *catalog, qint64 id, const QString &title,
                 QObject *parent = nullptr);

protected:
    void sendWrite() override;
    void readBack() override;
    void updateCatalog(PortalCatalog &catalog) const override;
};
