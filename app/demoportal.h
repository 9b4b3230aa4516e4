#pragma once

#include "api/transport/portalsession.h"

#include <QObject>
#include <QPointer>
#include <QThread>

class PortalSession;
class SandboxServer;

// The built-in demo portal behind `--demo`: starts the sandbox with the demo seed on a loopback
// port in its own thread (so the GUI thread never serves HTTP), then signs in through the sandbox's
// OAuth token endpoint without a browser and hands out a ready PortalSession.
class DemoPortal : public QObject
{
    Q_OBJECT
public:
    explicit DemoPortal(QObject *parent = nullptr);
    ~DemoPortal() override;

    // Asynchronous: emits ready() or failed() once.
    void start(const QString &seed = QStringLiteral("demo"));
    PortalSession *session() const { return m_session; }

signals:
    void ready();
    void failed(const QString &message);

private:
    struct Endpoints
    {
        QString rest, oauth, clientId, clientSecret, refreshToken, error;
    };
    void signIn(const Endpoints &endpoints);

    QThread m_thread;
    SandboxServer *m_server = nullptr; // lives in m_thread
    QPointer<PortalSession> m_session;
};
