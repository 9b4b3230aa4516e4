#pragma once

#include <QString>
#include <QUrl>

// Normalises what a user types as a portal address and decides whether the app may talk to it.
// HTTPS is required for every host that is not loopback (PRODUCT.md, "Quality bars").
class PortalUrl
{
public:
    enum class Verdict { Ok, Empty, Malformed, UnsupportedScheme, InsecureRemote };

    static PortalUrl parse(const QString &userInput);

    Verdict verdict() const { return m_verdict; }
    bool isAcceptable() const { return m_verdict == Verdict::Ok; }
    QUrl url() const { return m_url; }       // scheme://host[:port] without path
    QUrl restEndpoint() const;               // scheme://host[:port]/rest/
    static bool isLoopbackHost(const QString &host);
    // True when tokens and the client secret may travel to `url`: HTTPS, or HTTP to a loopback host.
    static bool carriesSecretsSafely(const QUrl &url);

private:
    Verdict m_verdict = Verdict::Empty;
    QUrl m_url;
};
