#pragma once

#include "sandbox/php/phpvalue.h"

#include <QObject>

#include <functional>

class QNetworkAccessManager;
struct PortalSettings;

namespace SandboxPortal {

// The portal's HTTP client towards connector endpoints (Source/Rest.php query()): always POST,
// form-encoded with http_build_query, redirects followed, optional private-IP refusal. Success is
// status exactly 200 and a truthy body. Asynchronous, because the connector is usually served by
// the same sandbox on the same thread.
class ConnectorCaller : public QObject
{
    Q_OBJECT
public:
    struct Response
    {
        bool success = false; // status 200 and a non-empty body other than "0"
        int status = 0;       // 0 on transport errors or refusal
        QByteArray body;
    };
    using Callback = std::function<void(const Response &response)>;

    ConnectorCaller(const PortalSettings &settings, QObject *parent = nullptr);

    // Calls `done` on this object's thread; never synchronously.
    void post(const QString &url, const PhpValue &params, const Callback &done);

private:
    void send(const QUrl &url, const QByteArray &body, const Callback &done);

    const PortalSettings &m_settings;
    QNetworkAccessManager *m_network;
};

} // namespace SandboxPortal
