#pragma once

// Shared set-up of the dataset GUI tests: the demo sandbox, a PortalSession signed in to it and
// the main window showing it offscreen; helpers to find stored rows, select tree nodes (listing
// everything once), await typed API calls and grab widgets to PNG under /tmp/biw-datasets.
#include "sandbox/sandboxserver.h"
#include "support/sandboxwindow.h"
#include "ui/tables/datasetactions.h"
#include "ui/tables/datasetdetailpane.h"
#include "ui/shell/detailstack.h"
#include "ui/shell/hierarchybrowser.h"

#include <QSignalSpy>
#include <QTest>

#include <optional>

class DatasetTestPortal : public SandboxWindow
{
public:
    DatasetTestPortal() : SandboxWindow({/*demoMode=*/false, QSize(1200, 800)}) {}

    DatasetActions *actions() const { return window->findChild<DatasetActions *>(); }
    DatasetDetailPane *pane() const { return window->details()->datasetPane(); }

    qint64 sourceId(const QString &title) const { return storedId(QStringLiteral("sources"), QStringLiteral("title"), title); }
    qint64 datasetId(const QString &name) const { return storedId(QStringLiteral("datasets"), QStringLiteral("name"), name); }

    // Selects a node of the tree, listing the whole tree first so that it exists.
    bool select(NodeKind kind, qint64 id) const
    {
        if (!model()->indexFor(kind, id).isValid()) {
            QSignalSpy loaded(model(), &HierarchyModel::everythingLoaded);
            model()->loadEverything();
            if (!loaded.wait(10000))
                return false;
        }
        const QModelIndex index = model()->indexFor(kind, id);
        if (!index.isValid())
            return false;
        window->browser()->selectSourceIndex(index);
        return window->browser()->currentSourceIndex() == index;
    }

    // Selects a dataset and waits until its pane shows the full dataset.
    bool openDataset(qint64 id) const
    {
        if (!select(NodeKind::Dataset, id))
            return false;
        return QTest::qWaitFor([this, id] { return pane()->isComplete() && pane()->dataset().id == id; }, 10000);
    }

    // Waits for a typed call and returns its outcome (nothing on timeout).
    template <typename T>
    static std::optional<Outcome<T>> await(const TypedCall<T> &call, int timeoutMs = 10000)
    {
        auto outcome = std::make_shared<std::optional<Outcome<T>>>();
        QObject context;
        call.onFinished(&context, [outcome](const Outcome<T> &result) { *outcome = result; });
        if (!QTest::qWaitFor([outcome] { return outcome->has_value(); }, timeoutMs))
            return std::nullopt;
        return *outcome;
    }

    static QString grab(QWidget *widget, const QString &name)
    {
        return saveGrab(widget, QStringLiteral("biw-datasets"), name);
    }
};
