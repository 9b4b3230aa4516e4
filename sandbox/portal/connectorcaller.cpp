#include "sandbox/portal/connectorcaller.h"

#include "sandbox/php/phpquery.h"
#include "sandbox/portal/portalsettings.h"
#include "sandbox/sandboxlogging.h"

#include <QHostAddress>
#include <QHostInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace SandboxPortal {

namespace {

bool isPrivateAddress(const QHostAddress &address)
{
    if (address.isLoopback() || address.isLinkLocal() || address.isUniqueLocalUnicast() || address.isNull())
        return true;
    static const QList<QPair<QHostAddress, int>> privateRanges{
        QHostAddress::parseSubnet(u"10.0.0.0/8"_s),     QHostAddress::parseSubnet(u"172.16.0.0/12"_s),
        QHostAddress::parseSubnet(u"192.168.0.0/16"_s), QHostAddress::parseSubnet(u"100.64.0.0/10"_s),
        QHostAddress::parseSubnet(u"0.0.0.0/8"_s),      QHostAddress::parseSubnet(u"169.254.0.0/16"_s),
    };
    QHostAddress v4 = address;
    bool mapped = false;
    const quint32 ipv4 = address.toIPv4Address(&mapped);
    if (mapped)
        v4 = QHostAddress(ipv4);
    for (const auto &range : privateRanges) {
        if (v4.isInSubnet(range))
            return true;
    }
    return false;
}

// RFC 2606/6761 names never resolve; failing at once spares a DNS timeout on offline machines
// (the demo seed's third-party connectors live under .example).
bool isReservedName(const QString &host)
{
    for (const QString &suffix : {u".example"_s, u".invalid"_s, u".test"_s}) {
        if (host.endsWith(suffix, Qt::CaseInsensitive) || host.compare(suffix.mid(1), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

ConnectorCaller::ConnectorCaller(const PortalSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_network(new QNetworkAccessManager(this))
{
}

void ConnectorCaller::post(const QString &url, const PhpValue &params, const Callback &done)
{
    const QUrl target(url);
    const QByteArray body = PhpQuery::build(params);
    const bool httpUrl = target.isValid() && (target.scheme() == u"http"_s || target.scheme() == u"https"_s)
        && !target.host().isEmpty();
    if (!httpUrl || isReservedName(target.host())) {
        QTimer::singleShot(0, this, [done] { done(Response{}); });
        return;
    }
    if (!m_settings.privateIpRefusal) {
        send(target, body, done);
        return;
    }
    QHostInfo::lookupHost(target.host(), this, [this, target, body, done](const QHostInfo &info) {
        for (const QHostAddress &address : info.addresses()) {
            if (isPrivateAddress(address)) {
                qCInfo(lcSandbox) << "connector call refused: private address" << address.toString();
                done(Response{});
                return;
            }
        }
        if (info.addresses().isEmpty()) {
            done(Response{});
            return;
        }
        send(target, body, done);
    });
}

void ConnectorCaller::send(const QUrl &url, const QByteArray &body, const Callback &done)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(5);
    request.setTransferTimeout(m_settings.urlCheckTimeoutMs);
    request.setRawHeader(QByteArrayLiteral("User-Agent"), QByteArrayLiteral("Bitrix24 BI Connector (sandbox)"));
    QNetworkReply *reply = m_network->post(request, body);
    connect(reply, &QNetworkReply::finished, this, [reply, done] {
        reply->deleteLater();
        Response response;
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        response.body = reply->readAll();
        response.success = response.status == 200 && !response.body.isEmpty() && response.body != "0";
        done(response);
    });
}

} // namespace SandboxPortal
