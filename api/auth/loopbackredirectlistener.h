#pragma once

#include "api/auth/oauthauthorization.h"

#include <QObject>
#include <QString>
#include <QTimer>
#include <QUrl>

class QTcpServer;
class QTcpSocket;

// The redirect URI of the sign-in flow: a tiny HTTP listener on 127.0.0.1:PORT that takes the
// browser's `GET /PATH?code=..&state=..`, answers with a page telling the user to return to the
// app, and reports what it got. Only redirects for the expected state are reported; anything else
// gets an error page. Listens until close(), destruction or the timeout.
class LoopbackRedirectListener : public QObject
{
    Q_OBJECT
public:
    explicit LoopbackRedirectListener(QObject *parent = nullptr);
    ~LoopbackRedirectListener() override;

    // Port 0 picks a free port (tests). Returns false with a translated *errorText when the port
    // cannot be opened (typically: in use by another program).
    bool listen(quint16 port, const QString &path, QString *errorText = nullptr);
    void close();
    bool isListening() const;
    QUrl redirectUri() const;

    void setExpectedState(const QString &state) { m_state = state; }
    // How long to wait for the browser after listen(); 0 waits forever. Default 10 minutes.
    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }

signals:
    // A code or a refusal for the expected state (Status::Code or Status::Denied).
    void redirectReceived(const OAuthRedirect &redirect);
    void timedOut();

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket, int status, const QString &title, const QString &message);

    QTcpServer *m_server;
    QTimer m_timeout;
    QString m_path;
    QString m_state;
    int m_timeoutMs = 10 * 60 * 1000;
};
