#pragma once

// Shared set-up of the dataset GUI tests: the demo sandbox, a PortalSession signed in to it and
// the main window showing it offscreen; helpers to find stored rows, select tree nodes (listing
// everything once), await typed API calls and grab widgets to PNG under /tmp/biw-datasets.
#include "api/portalsession.h"
#include "api/tokenmanager.h"
#include "models/hierarchymodel.h"
#include "sandbox/sandboxserver.h"
#include "support/sandboxfixture.h"
#include "ui/datasetactions.h"
#include "ui/datasetdetailpane.h"
#include "ui/detailstack.h"
#include "ui/hierarchybrowser.h"
#include "ui/mainwindow.h"

#include <QDir>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

class DatasetTestPortal
{
public:
    ~DatasetTestPortal() { stop(); }

    bool start(QString *error)
    {
        fixture = std::make_unique<SandboxFixture>();
        if (!fixture->start(QStringLiteral("demo"), error))
            return false;
        server = &fixture->server();
        session = &fixture->session();
        window = std::make_unique<MainWindow>();
        window->resize(1200, 800);
        window->setPortal(session, QStringLiteral("Demo portal"));
        window->show();
        return QTest::qWaitForWindowExposed(window.get());
    }

    void stop()
    {
        window.reset();
        session = nullptr;
        server = nullptr;
        fixture.reset();
    }

    HierarchyModel *model() const { return window->hierarchyModel(); }
    DatasetActions *actions() const { return window->findChild<DatasetActions *>(); }
    DatasetDetailPane *pane() const { return window->details()->datasetPane(); }

    // The id of the row of `table` whose `column` is `value` (0 when none).
    qint64 storedId(const QString &table, const QString &column, const QString &value) const
    {
        const auto rows = server->query(QStringLiteral("SELECT id FROM %1 WHERE %2 = ?").arg(table, column), {value});
        return rows.isEmpty() ? 0 : rows.first().value(QStringLiteral("id")).toLongLong();
    }
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

    // Saves `widget` as /tmp/biw-datasets/<name>.png for review; returns the path.
    static QString grab(QWidget *widget, const QString &name)
    {
        QDir().mkpath(QStringLiteral("/tmp/biw-datasets"));
        const QString path = QStringLiteral("/tmp/biw-datasets/%1.png").arg(name);
        widget->grab().save(path);
        return path;
    }

    std::unique_ptr<SandboxFixture> fixture; // the sandbox and a PortalSession signed in to it
    SandboxServer *server = nullptr;
    PortalSession *session = nullptr;
    std::unique_ptr<MainWindow> window;
};
