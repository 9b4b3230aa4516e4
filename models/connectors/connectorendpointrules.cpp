#include "models/connectors/connectorendpointrules.h"

#include "api/entities/entityvalidation.h"

#include <QHostAddress>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

using Finding = ConnectorEndpointRules::Finding;

Finding error(const QString &code, const QString &message)
{
    return {Finding::Severity::Error, code, message};
}

Finding warning(const QString &code, const QString &message)
{
    return {Finding::Severity::Warning, code, message};
}

} // namespace

QStringList ConnectorEndpointRules::endpointFields()
{
    return {u"urlCheck"_s, u"urlTableList"_s, u"urlTableDescription"_s, u"urlData"_s};
}

QList<Finding> ConnectorEndpointRules::checkEndpoint(const QString &url, const QString &field)
{
    if (const ValidationResult server = EntityValidation::connectorUrl(url, field); !server.isValid())
        return {error(server.code, server.message)};
    return checkSyntax(url, field);
}

QList<Finding> ConnectorEndpointRules::checkLogoUrl(const QString &url)
{
    if (url.isEmpty())
        return {error(u"BX_EMPTY_REQUIRED"_s, tr("Field \"%1\" is required.").arg(u"logo"_s))};
    return checkSyntax(url, u"logo"_s);
}

QList<Finding> ConnectorEndpointRules::checkSyntax(const QString &text, const QString &field)
{
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"http"_s && scheme != u"https"_s) || url.host().isEmpty()
        || text.trimmed() != text)
        return {error(u"URL_INVALID"_s,
                      tr("Field \"%1\" is not an absolute http:// or https:// address.").arg(field))};
    QList<Finding> findings;
    if (scheme == u"http"_s)
        findings.append(httpWarning(u'"' + field + u'"'));
    if (isPrivateHost(url.host()))
        findings.append(privateHostWarning(u'"' + field + u'"', url.host()));
    return findings;
}

Finding ConnectorEndpointRules::httpWarning(const QString &fields)
{
    return warning(u"URL_NOT_HTTPS"_s, tr("Plain http:// in %1: the portal would send the source's settings "
                                          "(credentials) unencrypted.")
                                           .arg(fields));
}

Finding ConnectorEndpointRules::privateHostWarning(const QString &fields, const QString &hosts)
{
    return warning(u"URL_PRIVATE_HOST"_s,
                   tr("Private or loopback host (%2) in %1: the portal refuses such addresses unless the option "
                      "biconnector.allow_local_connections is on.")
                       .arg(fields, hosts));
}

QList<Finding> ConnectorEndpointRules::checkEndpoints(const QStringList &urls)
{
    const QStringList fields = endpointFields();
    QList<Finding> errors;
    QStringList plainHttp;
    QStringList privateFields;
    QStringList privateHosts;
    for (int i = 0; i < fields.size(); ++i) {
        for (const Finding &finding : checkEndpoint(urls.value(i), fields.at(i))) {
            if (finding.isError()) {
                errors.append(finding);
            } else if (finding.code == u"URL_NOT_HTTPS"_s) {
                plainHttp.append(u'"' + fields.at(i) + u'"');
            } else {
                privateFields.append(u'"' + fields.at(i) + u'"');
                const QString host = QUrl(urls.value(i)).host();
                if (!privateHosts.contains(host))
                    privateHosts.append(host);
            }
        }
    }
    QList<Finding> result = errors;
    if (!plainHttp.isEmpty())
        result.append(httpWarning(plainHttp.join(u", "_s)));
    if (!privateFields.isEmpty())
        result.append(privateHostWarning(privateFields.join(u", "_s), privateHosts.join(u", "_s)));
    return result;
}

bool ConnectorEndpointRules::isPrivateAddress(const QHostAddress &address)
{
    if (address.isLoopback() || address.isNull() || address == QHostAddress::AnyIPv4
        || address == QHostAddress::AnyIPv6)
        return true;
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4) {
        // RFC 1918, link-local, carrier-grade NAT and "this network".
        const QHostAddress plain(v4);
        for (const auto &[network, prefix] : {std::pair{u"10.0.0.0"_s, 8}, std::pair{u"172.16.0.0"_s, 12},
                                              std::pair{u"192.168.0.0"_s, 16}, std::pair{u"169.254.0.0"_s, 16},
                                              std::pair{u"100.64.0.0"_s, 10}, std::pair{u"0.0.0.0"_s, 8}}) {
            if (plain.isInSubnet(QHostAddress(network), prefix))
                return true;
        }
        return false;
    }
    return address.isUniqueLocalUnicast() || address.isLinkLocal() || address.isSiteLocal();
}

bool ConnectorEndpointRules::isPrivateHost(const QString &host)
{
    const QString name = host.toLower();
    if (name == u"localhost"_s || name.endsWith(u".localhost"_s))
        return true;
    const QHostAddress address(name.startsWith(u'[') ? name.mid(1, name.size() - 2) : name);
    if (address.protocol() == QAbstractSocket::UnknownNetworkLayerProtocol)
        return false;  // a host name: not resolved here
    return isPrivateAddress(address);
}

QStringList ConnectorEndpointRules::fillFromBase(const QString &base, Layout layout)
{
    const QString trimmed = base.trimmed();
    if (layout == Layout::PathPerEndpoint) {
        const QString prefix = trimmed.endsWith(u'/') ? trimmed : trimmed + u'/';
        return {prefix + u"check"_s, prefix + u"tables"_s, prefix + u"describe"_s, prefix + u"data"_s};
    }
    QStringList urls;
    for (const QString &action : {u"check"_s, u"table_list"_s, u"table_description"_s, u"data"_s}) {
        QUrl url(trimmed);
        QUrlQuery query(url);
        query.removeAllQueryItems(u"action"_s);
        query.addQueryItem(u"action"_s, action);
        url.setQuery(query);
        urls.append(url.toString());
    }
    return urls;
}
