#pragma once

#include <QSet>

#include "models/operations/portaloperation.h"

// connector.add. Before the add it notes which connectors already carry the draft's title; a lost
// reply is settled by re-listing and looking for a new connector with the draft's title and
// endpoints: exactly one → Applied; none → NotApplied; several, or the earlier listing failed
// while one matches → Unknown. The created connector is re-read so the caller and the catalog get
// what the portal stored. The draft is checked like the server does before anything is sent.
class ConnectorAdd final : public PortalOperation
{
    Q_OBJECT
public:
    ConnectorAdd(const BiconnectorApi &api, PortalCatalog *catalog, const Connector &draft,
                 QObject *parent = nullptr);

protected:
    void prepare() override;
    void sendWrite() override;
    void readBack() override;
    void confirmApplied() override;
    void updateCatalog(PortalCatalog &catalog) const override;

private:
    bool matchesDraft(const Connector &candidate) const;

    Connector m_draft;
    QSet<qint64> m_sameTitleBefore;
    bool m_snapshotKnown = false;
};

// connector.update with the fields of `target` that differ from `original`; a lost reply is
// settled by reading the connector back and comparing.
class ConnectorUpdate final : public PortalOperation
{
    Q_OBJECT
public:
    ConnectorUpdate(const BiconnectorApi &api, PortalCatalog *catalog, const Connector &target,
                    const Connector &original, QObject *parent = nullptr);

protected:
    void sendWrite() override;
    void readBack() override;
    void updateCatalog(PortalCatalog &catalog) const override;

private:
    Connector m_original;
};

// connector.delete; a lost reply is settled by connector.get (NotFound = deleted).
class ConnectorDelete final : public PortalOperation
{
    Q_OBJECT
public:
    ConnectorDelete(const BiconnectorApi &api, PortalCatalog *catalog, qint64 id, const QString &title,
                    QObject *parent = nullptr);

protected:
    void sendWrite() override;
    void readBack() override;
    void updateCatalog(PortalCatalog &catalog) const override;
};
