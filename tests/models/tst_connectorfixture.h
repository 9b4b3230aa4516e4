#pragma once
// Shared by the connector tests (models and ui): an in-process sandbox portal seeded with the demo
// data, a PortalSession signed in to it, and small synchronous helpers built on QSignalSpy::wait.

#include "api/transport/apicall.h"
#include "api/entities/biconnectorapi.h"
#include "api/transport/portalsession.h"
#include "api/journal/requestjournal.h"
#include "api/transport/restclient.h"
#include "api/auth/tokenmanager.h"
#include "sandbox/sandboxserver.h"
#include "support/sandboxfixture.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

class ConnectorFixture
{
public:
    ~ConnectorFixture()
    {
        session = nullptr;
        server = nullptr;
        fixture.reset(); // the session's calls finish (Canceled) while the sandbox still exists
    }

    bool start(const SandboxOptions &options = demoOptions())
    {
        fixture = std::make_unique<SandboxFixture>();
        QString error;
        if (!fixture->start(options, &error)) {
            qWarning("sandbox: %s", qPrintable(error));
            return false;
        }
        server = &fixture->server();
        session = &fixture->session();
        return true;
    }

    static SandboxOptions demoOptions()
    {
        SandboxOptions options;
        options.seed = QStringLiteral("demo");
        return options;
    }

    RestClient *client() const { return session->client(); }
    BiconnectorApi api() const { return session->biconnector(); }

    // Waits for a typed call; a failed outcome with code TEST_TIMEOUT when it does not finish.
    template <typename T>
    static Outcome<T> wait(const TypedCall<T> &call, int timeoutMs = 10000)
    {
        Outcome<T> result;
        result.error = ApiError(ApiError::Kind::Other, QStringLiteral("TEST_TIMEOUT"), QString());
        QObject context;
        bool done = false;
        call.onFinished(&context, [&](const Outcome<T> &outcome) {
            result = outcome;
            done = true;
        });
        (void)QTest::qWaitFor([&] { return done; }, timeoutMs); // on timeout the result says TEST_TIMEOUT
        return result;
    }
    template <typename T>
    static Outcome<QList<T>> wait(const TypedListCall<T> &call, int timeoutMs = 10000)
    {
        Outcome<QList<T>> result;
        result.error = ApiError(ApiError::Kind::Other, QStringLiteral("TEST_TIMEOUT"), QString());
        QObject context;
        bool done = false;
        call.onFinished(&context, [&](const Outcome<QList<T>> &outcome) {
            result = outcome;
            done = true;
        });
        (void)QTest::qWaitFor([&] { return done; }, timeoutMs); // on timeout the result says TEST_TIMEOUT
        return result;
    }

    // The demo connector whose endpoints are the sandbox's sample connector.
    Connector sampleConnector() const
    {
        const auto connectors = wait(api().listAllConnectors());
        for (const Connector &connector : connectors.value) {
            if (connector.title == QLatin1StringView("Sample SQL Connector"))
                return connector;
        }
        return {};
    }

    QList<Source> sourcesOf(qint64 connectorId) const
    {
        ListQuery query;
        query.filter = {{QStringLiteral("connectorId"), connectorId}};
        return wait(api().listAllSources(query)).value;
    }

    QList<Dataset> datasetsOf(qint64 sourceId) const
    {
        ListQuery query;
        query.filter = {{QStringLiteral("sourceId"), sourceId}};
        return wait(api().listAllDatasets(query)).value;
    }

    // The REST methods of the journal's entries since `fromSequence`, batches expanded.
    QStringList journalMethods(quint64 afterSequence = 0) const
    {
        QStringList methods;
        for (const JournalEntry &entry : session->journal()->entries()) {
            if (entry.sequence <= afterSequence)
                continue;
            if (entry.isBatch())
                methods += entry.commandMethods;
            else
                methods.append(entry.method);
        }
        return methods;
    }

    quint64 lastJournalSequence() const
    {
        const auto entries = session->journal()->entries();
        return entries.isEmpty() ? 0 : entries.constLast().sequence;
    }

    std::unique_ptr<SandboxFixture> fixture; // the sandbox and a PortalSession signed in to it
    SandboxServer *server = nullptr;
    PortalSession *session = nullptr;
};
