#pragma once

#include "models/transfer/configurationdocument.h"
#include "models/transfer/importplan.h"

#include <QObject>

class ApiError;
class PortalSnapshotReader;
class RestClient;
struct PortalSnapshot;

// Works out the ImportPlan of a document against the current portal, with reads only
// (PortalSnapshotReader: one batched round of lists, then the columns of the portal datasets whose
// names the document uses). Matching follows the portal's rules (portal-behavior.md §2.3, §3):
// connectors by title, sources by title under the matched connector, datasets by name (unique on a
// portal). Immutable properties that differ (a dataset's external code or name, a column's type or
// name) and names taken elsewhere are conflicts; writable ones are updates. An import never
// deletes anything. start() once; finished() comes exactly once.
class ImportPlanner : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        bool ok = false;
        bool canceled = false;
        ImportPlan plan;
        QString error;   // translated
    };

    explicit ImportPlanner(RestClient *client, QObject *parent = nullptr);

    void start(const ConfigurationDocument &document);
    void cancel();
    bool isRunning() const;

    // The plan itself, without the network.
    static ImportPlan build(const ConfigurationDocument &document, const PortalSnapshot &portal);

signals:
    void finished(const ImportPlanner::Result &result);

private:
    void onRead(const PortalSnapshot &snapshot, const ApiError &error);

    PortalSnapshotReader *m_reader;
    ConfigurationDocument m_document;
};

Q_DECLARE_METATYPE(ImportPlanner::Result)
