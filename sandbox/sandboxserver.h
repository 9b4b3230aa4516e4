#pragma once

#include "sandbox/sandboxoptions.h"

#include <QObject>
#include <QUrl>

#include <memory>

class QHttpServer;

// The local Bitrix24 portal emulator. Listens on loopback, answers /rest/, /oauth/ and the sample
// connector under /connector/.
class SandboxServer : public QObject
{
    Q_OBJECT
public:
    explicit SandboxServer(QObject *parent = nullptr);
    ~SandboxServer() override;

    // Starts listening with `options`. Returns false and sets *error when it cannot.
    bool start(const SandboxOptions &options, QString *error = nullptr);

    quint16 port() const { return m_port; }
    QUrl baseUrl() const;
    QUrl restUrl() const;
    QUrl oauthUrl() const;
    QUrl connectorUrl() const;
    const SandboxOptions &options() const { return m_options; }

    // A ready token pair for scripts and the demo (valid for options().tokenTtlSeconds).
    QString initialAccessToken() const { return m_accessToken; }
    QString initialRefreshToken() const { return m_refreshToken; }

    // The one line of JSON printed by biworkspace-sandbox when it is listening.
    QByteArray readyLine() const;

private:
    SandboxOptions m_options;
    std::unique_ptr<QHttpServer> m_http;
    quint16 m_port = 0;
    QString m_accessToken;
    QString m_refreshToken;
};
