#pragma once

#include "api/endpoints/endpointclient.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <optional>

class QNetworkAccessManager;

// The endpoint contract tester: calls a connector's four endpoints exactly as the portal does
// (portal-behavior.md §6; ConnectorEndpointClient) — urlCheck, urlTableList with a search
// string, urlTableDescription of one table and urlData of that table with limit 5 — then urlCheck
// once more with deliberately wrong setting values, which a connector must refuse. Each step
// records HTTP status, time, size, the (redacted) body excerpt and the protocol violations.
// One run at a time; cancel() stops the running call and skips the rest.
class ConnectorContractTest : public QObject
{
    Q_OBJECT
public:
    enum class Step { Check, TableList, TableDescription, Data, WrongCredentials };
    Q_ENUM(Step)
    enum class Verdict { Pending, Running, Passed, Warning, Failed, Skipped, Canceled };
    Q_ENUM(Verdict)

    struct Options
    {
        QString connectorTitle;
        QUrl urlCheck, urlTableList, urlTableDescription, urlData;
        ConnectorEndpointClient::Connection connection; // code + value per declared setting
        QString settingsOrigin;                         // "source “x”", "values entered", … (for the report)
        std::optional<QString> searchString;            // null: not sent, as the portal does
        QString table;                                  // empty: the first table the list returns
        int dataLimit = 5;

        // Title and the four URLs of `connector`; `connection` values (code order) and origin.
        static Options forConnector(const Connector &connector, const ConnectorEndpointClient::Connection &connection,
                                    const QString &settingsOrigin);
    };

    struct StepResult
    {
        Step step = Step::Check;
        Verdict verdict = Verdict::Pending;
        EndpointResult endpoint;  // valid once the step ran
        bool ran = false;
        QString summary;          // translated one-liner (why skipped, what was found, …)
        QString table;            // TableDescription / Data: the table used
    };

    explicit ConnectorContractTest(QNetworkAccessManager *network, QObject *parent = nullptr);

    void setClientOptions(const EndpointClientOptions &options);
    void start(const Options &options);
    void cancel();
    bool isRunning() const { return m_running; }

    const Options &options() const { return m_options; }
    const QList<StepResult> &results() const { return m_results; }
    QDateTime startedAt() const { return m_startedAt; }
    // True when every step ran and none failed (warnings allowed).
    bool passed() const;
    int count(Verdict verdict) const;

    // The tables the last table list returned (for choosing one).
    QList<EndpointTable> tables() const;

    static QList<Step> steps();
    static QString stepTitle(Step step);     // "Check (urlCheck)"
    static QString endpointField(Step step); // "urlCheck"
    static QString verdictText(Verdict verdict);
    // Every secret the report must not contain: the values sent and the deliberately wrong ones.
    QStringList secrets() const;

signals:
    void stepStarted(int index);
    void stepFinished(int index);
    void finished(bool canceled);

private:
    void runStep(int index);
    void onStepDone(int index, const EndpointResult &result);
    void judge(StepResult &step);
    void skip(int index, const QString &reason);
    QUrl urlFor(Step step) const;

    ConnectorEndpointClient *m_client;
    Options m_options;
    QList<StepResult> m_results;
    QPointer<EndpointCall> m_call;
    QDateTime m_startedAt;
    bool m_running = false;
    bool m_canceled = false;
};
