// The URL side of the authorization-code flow: authorize URL encoding, redirect parsing (code,
// refusal, other attempt's state, no answer), token endpoint, webhook recognition.
#include "api/auth/oauthauthorization.h"

#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

class TestOAuthAuthorization : public QObject
{
    Q_OBJECT
private slots:
    void authorizeUrlCarriesEveryParameterEncoded()
    {
        const QUrl redirect = OAuthAuthorization::loopbackRedirectUri(47613, u"/biworkspace/oauth"_s);
        QCOMPARE(redirect.toString(), u"http://127.0.0.1:47613/biworkspace/oauth"_s);
        const QUrl url = OAuthAuthorization::authorizeUrl(QUrl(u"https://acme.bitrix24.com"_s), u"local.a b&c"_s,
                                                          u"st=ate"_s, redirect);
        QCOMPARE(url.scheme(), u"https"_s);
        QCOMPARE(url.host(), u"acme.bitrix24.com"_s);
        QCOMPARE(url.path(), u"/oauth/authorize/"_s);
        const QUrlQuery query(url);
        QCOMPARE(query.queryItemValue(u"client_id"_s, QUrl::FullyDecoded), u"local.a b&c"_s);
        QCOMPARE(query.queryItemValue(u"response_type"_s), u"code"_s);
        QCOMPARE(query.queryItemValue(u"state"_s, QUrl::FullyDecoded), u"st=ate"_s);
        QCOMPARE(query.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded), redirect.toString());
        QVERIFY(!url.toString(QUrl::FullyEncoded).contains(u"redirect_uri=http://"_s));
    }

    void tokenEndpointSitsUnderTheServer()
    {
        QCOMPARE(OAuthAuthorization::tokenEndpoint(OAuthAuthorization::defaultServer()).toString(),
                 u"https://oauth.bitrix.info/oauth/token/"_s);
        QCOMPARE(OAuthAuthorization::tokenEndpoint(QUrl(u"http://127.0.0.1:8080"_s)).toString(),
                 u"http://127.0.0.1:8080/oauth/token/"_s);
    }

    void statesAreUnguessable()
    {
        const QString a = OAuthAuthorization::newState();
        QCOMPARE(a.size(), 32);
        QVERIFY(a != OAuthAuthorization::newState());
    }

    void parseRedirect_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("error");
        using S = OAuthRedirect::Status;
        QTest::newRow("code") << u"http://127.0.0.1:1/cb?code=abc%2B1&state=S1&domain=x"_s << int(S::Code)
                              << u"abc+1"_s << QString();
        QTest::newRow("denied") << u"http://127.0.0.1:1/cb?error=access_denied&state=S1"_s << int(S::Denied)
                                << QString() << u"access_denied"_s;
        QTest::newRow("other attempt") << u"http://127.0.0.1:1/cb?code=abc&state=OLD"_s << int(S::StateMismatch)
                                       << QString() << QString();
        QTest::newRow("no state") << u"http://127.0.0.1:1/cb?code=abc"_s << int(S::StateMismatch) << QString()
                                  << QString();
        QTest::newRow("nothing") << u"http://127.0.0.1:1/cb?state=S1"_s << int(S::NoCode) << QString() << QString();
    }

    void parseRedirect()
    {
        QFETCH(QString, url);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, error);
        const OAuthRedirect redirect = OAuthRedirect::parse(QUrl(url), u"S1"_s);
        QCOMPARE(int(redirect.status), status);
        QCOMPARE(redirect.code, code);
        QCOMPARE(redirect.error, error);
    }

    void webhookAddressesAreRecognised_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("webhook");
        QTest::newRow("webhook") << u"https://x.bitrix24.com/rest/1/abc123def/"_s << true;
        QTest::newRow("webhook without slash") << u"x.bitrix24.com/rest/17/q1w2e3"_s << true;
        QTest::newRow("webhook with method") << u"https://x.bitrix24.com/rest/1/abc/profile.json"_s << true;
        QTest::newRow("portal") << u"https://x.bitrix24.com"_s << false;
        QTest::newRow("rest endpoint") << u"https://x.bitrix24.com/rest/"_s << false;
        QTest::newRow("oauth method") << u"https://x.bitrix24.com/rest/biconnector.connector.list"_s << false;
    }

    void webhookAddressesAreRecognised()
    {
        QFETCH(QString, input);
        QFETCH(bool, webhook);
        QCOMPARE(OAuthAuthorization::looksLikeWebhook(input), webhook);
    }
};

QTEST_GUILESS_MAIN(TestOAuthAuthorization)
#include "tst_oauthauthorization.moc"
