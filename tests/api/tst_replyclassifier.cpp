#include "api/transport/replyclassifier.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Action = ReplyVerdict::Action;
using Kind = ApiError::Kind;

HttpOutcome http(int status, const char *body)
{
    HttpOutcome outcome;
    outcome.httpStatus = status;
    outcome.body = QByteArray(body);
    if (status >= 500)
        outcome.networkError = QNetworkReply::InternalServerError;
    else if (status >= 400)
        outcome.networkError = QNetworkReply::ContentAccessDenied;
    return outcome;
}

HttpOutcome network(QNetworkReply::NetworkError error, int status = 0)
{
    HttpOutcome outcome;
    outcome.httpStatus = status;
    outcome.networkError = error;
    outcome.networkErrorText = u"text"_s;
    return outcome;
}

// The outcome described by the current row of the lost-reply data table.
HttpOutcome outcomeFromRow()
{
    QFETCH(int, status);
    QFETCH(int, networkError);
    QFETCH(QByteArray, body);
    HttpOutcome outcome;
    outcome.httpStatus = status;
    outcome.networkError = QNetworkReply::NetworkError(networkError);
    outcome.timedOut = networkError == QNetworkReply::OperationCanceledError;
    outcome.body = body;
    return outcome;
}

} // namespace

class TestReplyClassifier : public QObject
{
    Q_OBJECT
private slots:
    void success()
    {
        const ReplyVerdict verdict = classifyReply(http(200, R"({"result":[{"id":1}],"time":{}})"), true, u"m"_s);
        QCOMPARE(verdict.action, Action::Deliver);
        QVERIFY(verdict.envelope.value(u"result"_s).isArray());
        // An inner biconnector error is still a delivered reply; the caller unpacks it.
        QCOMPARE(classifyReply(http(200, R"({"result":{"error":{"error":0,"error_description":"x"}}})"), false, u"m"_s)
                     .action,
                 Action::Deliver);
    }

    void tokenProblemsAskForRefresh()
    {
        for (const char *body : {R"({"error":"expired_token","error_description":"expired"})",
                                 R"({"error":"invalid_token","error_description":"bad"})"}) {
            const ReplyVerdict verdict = classifyReply(http(401, body), false, u"biconnector.connector.add"_s);
            QCOMPARE(verdict.action, Action::RefreshToken);
            QCOMPARE(verdict.error.kind(), Kind::Auth);
        }
        const ReplyVerdict noAuth = classifyReply(http(401, R"({"error":"NO_AUTH_FOUND","error_description":"x"})"),
                                                  true, u"m"_s);
        QCOMPARE(noAuth.action, Action::Fail);
        QCOMPARE(noAuth.error.kind(), Kind::Auth);
    }

    void limits()
    {
        const ReplyVerdict bucket =
            classifyReply(http(503, R"({"error":"QUERY_LIMIT_EXCEEDED","error_description":"Too many requests"})"),
                          false, u"biconnector.connector.add"_s);
        QCOMPARE(bucket.action, Action::BackOff);   // not executed: even a write may be resent
        const ReplyVerdict operating = classifyReply(
            http(429, R"({"error":"OPERATION_TIME_LIMIT","error_description":"x","time":{"operating_reset_at":1800000000}})"),
            false, u"m"_s);
        QCOMPARE(operating.action, Action::WaitOperating);
        QCOMPARE(operating.error.retryAt(), QDateTime::fromSecsSinceEpoch(1800000000));
    }

    void definiteErrorsFail()
    {
        const ReplyVerdict notFound =
            classifyReply(http(404, R"({"error":"ERROR_METHOD_NOT_FOUND","error_description":"Method not found!"})"),
                          true, u"biconnector.table.fields"_s);
        QCOMPARE(notFound.action, Action::Fail);
        QCOMPARE(notFound.error.kind(), Kind::NotFound);
        QCOMPARE(notFound.error.httpStatus(), 404);
        const ReplyVerdict argument = classifyReply(
            http(400, "{\"error\":\"ERROR_ARGUMENT\",\"error_description\":\"Invalid order\",\"argument\":\"\"}"), true, u"m"_s);
        QCOMPARE(argument.action, Action::Fail);
        QCOMPARE(argument.error.kind(), Kind::Validation);
        // A 4xx page we cannot read was still refused before execution.
        const ReplyVerdict html = classifyReply(http(403, "<html>forbidden</html>"), false, u"m"_s);
        QCOMPARE(html.action, Action::Fail);
        QCOMPARE(html.error.kind(), Kind::AccessDenied);
    }

    void lostRepliesOfReadsAreRetried_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("networkError");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::newRow("dropped") << 0 << int(QNetworkReply::RemoteHostClosedError) << QByteArray() << int(Kind::Transport);
        QTest::newRow("timeout") << 0 << int(QNetworkReply::OperationCanceledError) << QByteArray() << int(Kind::Timeout);
        QTest::newRow("garbage") << 200 << int(QNetworkReply::NoError) << QByteArray("{\"result\":[") << int(Kind::Protocol);
        QTest::newRow("no result") << 200 << int(QNetworkReply::NoError) << QByteArray("{\"time\":{}}") << int(Kind::Protocol);
        QTest::newRow("plain 500") << 500 << int(QNetworkReply::InternalServerError) << QByteArray("Fatal error")
                                   << int(Kind::Server);
        QTest::newRow("core 500") << 500 << int(QNetworkReply::InternalServerError)
                                  << QByteArray(R"({"error":"ERROR_CORE","error_description":"SQL query error!"})")
                                  << int(Kind::Server);
        QTest::newRow("bad gateway") << 502 << int(QNetworkReply::UnknownServerError) << QByteArray("<html/>")
                                     << int(Kind::Server);
    }

    void lostRepliesOfReadsAreRetried()
    {
        QFETCH(int, kind);
        const ReplyVerdict verdict = classifyReply(outcomeFromRow(), true, u"biconnector.source.list"_s);
        QCOMPARE(verdict.action, Action::RetryTransient);
        QCOMPARE(ApiError::kindName(verdict.error.kind()), ApiError::kindName(Kind(kind)));
    }

    void lostRepliesOfWritesAreAmbiguous_data()
    {
        lostRepliesOfReadsAreRetried_data();
    }

    void lostRepliesOfWritesAreAmbiguous()
    {
        const HttpOutcome outcome = outcomeFromRow();
        const ReplyVerdict verdict = classifyReply(outcome, false, u"biconnector.connector.add"_s);
        if (outcome.body.startsWith("{\"error\"")) {
            // The portal said what failed: a definite error, not an unknown outcome.
            QCOMPARE(verdict.action, Action::Fail);
            QCOMPARE(verdict.error.kind(), Kind::Server);
            return;
        }
        QCOMPARE(verdict.action, Action::Fail);
        QCOMPARE(verdict.error.kind(), Kind::Ambiguous);
        QCOMPARE(verdict.error.method(), u"biconnector.connector.add"_s);
    }

    void requestsThatNeverLeftMayBeResent()
    {
        for (const auto error : {QNetworkReply::ConnectionRefusedError, QNetworkReply::HostNotFoundError}) {
            const ReplyVerdict verdict = classifyReply(network(error), false, u"biconnector.connector.add"_s);
            QCOMPARE(verdict.action, Action::RetryTransient);
            QCOMPARE(verdict.error.kind(), Kind::Transport);
        }
    }

    void tlsFailuresAreNeverRetried()
    {
        const ReplyVerdict verdict = classifyReply(network(QNetworkReply::SslHandshakeFailedError), true, u"m"_s);
        QCOMPARE(verdict.action, Action::Fail);
        QCOMPARE(verdict.error.kind(), Kind::Transport);
    }
};

QTEST_GUILESS_MAIN(TestReplyClassifier)
#include "tst_replyclassifier.moc"
