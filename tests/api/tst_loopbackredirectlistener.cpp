// The loopback redirect listener over real sockets: the browser's GET with code+state is answered
// with the "return to BI Workspace" page and reported; another attempt's state, other paths and
// methods are refused without a report; an occupied port is explained; the wait times out.
#include "api/auth/loopbackredirectlistener.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Answer
{
    int status = 0;
    QByteArray body;
};

Answer get(QNetworkAccessManager &network, const QUrl &url, const QByteArray &verb = QByteArrayLiteral("GET"))
{
    QNetworkReply *reply = network.sendCustomRequest(QNetworkRequest(url), verb);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!done.wait(5000))
        return {};
    reply->deleteLater();
    return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
}

QUrl withQuery(QUrl url, const QString &query)
{
    url.setQuery(query);
    return url;
}

} // namespace

class TestLoopbackRedirectListener : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { qRegisterMetaType<OAuthRedirect>(); }

    void reportsTheCodeOfTheExpectedState()
    {
        LoopbackRedirectListener listener;
        listener.setExpectedState(u"S1"_s);
        QVERIFY(listener.listen(0, u"/biworkspace/oauth"_s));
        QVERIFY(listener.redirectUri().port() > 0);
        QCOMPARE(listener.redirectUri().host(), u"127.0.0.1"_s);
        QSignalSpy received(&listener, &LoopbackRedirectListener::redirectReceived);
        QNetworkAccessManager network;

        const Answer answer = get(network, withQuery(listener.redirectUri(), u"code=c0de&state=S1&domain=x"_s));
        QCOMPARE(answer.status, 200);
        QVERIFY(answer.body.contains("You can return to BI Workspace"));
        QCOMPARE(received.size(), 1);
        const auto redirect = received.at(0).at(0).value<OAuthRedirect>();
        QVERIFY(redirect.hasCode());
        QCOMPARE(redirect.code, u"c0de"_s);
    }

    void refusesWhatIsNotTheAnswer()
    {
        LoopbackRedirectListener listener;
        listener.setExpectedState(u"S1"_s);
        QVERIFY(listener.listen(0, u"cb"_s));
        QCOMPARE(listener.redirectUri().path(), u"/cb"_s);
        QSignalSpy received(&listener, &LoopbackRedirectListener::redirectReceived);
        QNetworkAccessManager network;
        QUrl other = listener.redirectUri();
        other.setPath(u"/favicon.ico"_s);

        QCOMPARE(get(network, withQuery(listener.redirectUri(), u"code=c&state=OLD"_s)).status, 400);
        QCOMPARE(get(network, withQuery(listener.redirectUri(), u"state=S1"_s)).status, 400);
        QCOMPARE(get(network, other).status, 404);
        QCOMPARE(get(network, withQuery(listener.redirectUri(), u"code=c&state=S1"_s), "POST").status, 405);
        QCOMPARE(received.size(), 0);
        QVERIFY(listener.isListening());
    }

    void reportsARefusal()
    {
        LoopbackRedirectListener listener;
        listener.setExpectedState(u"S1"_s);
        QVERIFY(listener.listen(0, u"/cb"_s));
        QSignalSpy received(&listener, &LoopbackRedirectListener::redirectReceived);
        QNetworkAccessManager network;
        QCOMPARE(get(network, withQuery(listener.redirectUri(), u"error=access_denied&state=S1"_s)).status, 200);
        QCOMPARE(received.size(), 1);
        QCOMPARE(received.at(0).at(0).value<OAuthRedirect>().status, OAuthRedirect::Status::Denied);
    }

    void explainsAnOccupiedPort()
    {
        QTcpServer occupier;
        QVERIFY(occupier.listen(QHostAddress::LocalHost, 0));
        LoopbackRedirectListener listener;
        QString problem;
        QVERIFY(!listener.listen(occupier.serverPort(), u"/cb"_s, &problem));
        QVERIFY2(problem.contains(QString::number(occupier.serverPort())), qPrintable(problem));
        QVERIFY(!listener.isListening());
    }

    void timesOut()
    {
        LoopbackRedirectListener listener;
        listener.setTimeoutMs(50);
        QVERIFY(listener.listen(0, u"/cb"_s));
        QSignalSpy timedOut(&listener, &LoopbackRedirectListener::timedOut);
        QVERIFY(timedOut.wait(3000));
        QVERIFY(!listener.isListening());
    }
};

QTEST_GUILESS_MAIN(TestLoopbackRedirectListener)
#include "tst_loopbackredirectlistener.moc"
