#pragma once

#include "api/transport/apierror.h"
#include "api/entities/entities.h"
#include "models/profiles/profile.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

class ApiCall;
class LoopbackRedirectListener;
class PortalSession;
class SecretStore;
struct OAuthRedirect;

// One interactive sign-in of a Bitrix24 local application (authorization-code flow), run outside
// any page or dialog: asks for the browser at the portal's authorize page, takes the code from the
// loopback listener (or from an address the user pastes), exchanges it for tokens on the profile's
// OAuth server and verifies access by listing connectors. The tokens land in the given
// PortalSession (its TokenManager writes the refresh token to the secret store), so a re-sign-in
// keeps the session and everything built on it.
class SignInFlow : public QObject
{
    Q_OBJECT
public:
    enum class Stage { Idle, WaitingForBrowser, ExchangingCode, Verifying, Succeeded, Failed };
    Q_ENUM(Stage)

    explicit SignInFlow(QObject *parent = nullptr);
    ~SignInFlow() override;

    // Points `session` at the profile's portal and OAuth server with the client credentials, sends
    // the rotated refresh token to `store` under profile.refreshTokenKey() (null: memory only),
    // starts the loopback listener and emits openBrowserRequested(). Restarts a running flow.
    void start(const Profile &profile, const QString &clientSecret, PortalSession *session, SecretStore *store);
    // The manual fallback: the address the browser ended on after "Allow". Returns false with a
    // translated *problem when it carries no code for this attempt.
    bool submitRedirectUrl(const QString &pastedUrl, QString *problem = nullptr);
    // Stops whatever runs and goes back to Idle; the session keeps the tokens it has.
    void cancel();

    // How long the listener waits for the browser (default 10 minutes).
    void setBrowserTimeoutMs(int timeoutMs) { m_browserTimeoutMs = timeoutMs; }

    Stage stage() const { return m_stage; }
    bool isRunning() const;
    Profile profile() const { return m_profile; }
    QUrl authorizeUrl() const { return m_authorizeUrl; }
    // Why the loopback listener could not start (the manual fallback still works); empty if it runs.
    QString listenerProblem() const { return m_listenerProblem; }
    // What the verification found (first page of biconnector.connector.list).
    QList<Connector> connectors() const { return m_connectors; }
    ApiError error() const { return m_error; }
    QString errorMessage() const { return m_errorMessage; }

    // The sentence shown for a failed sign-in step, naming the fix.
    static QString explain(const ApiError &error, const Profile &profile);

signals:
    void stageChanged(SignInFlow::Stage stage);
    void openBrowserRequested(const QUrl &authorizeUrl);
    void succeeded();
    void failed(const QString &message);

private:
    void setStage(Stage stage);
    void onRedirect(const OAuthRedirect &redirect);
    void exchange(const QString &code);
    void verify();
    void fail(const ApiError &error, const QString &message);
    void stopWork();

    LoopbackRedirectListener *m_listener;
    QPointer<PortalSession> m_session;
    QPointer<ApiCall> m_exchangeCall;
    QPointer<ApiCall> m_verifyCall;
    Profile m_profile;
    QString m_state;
    QUrl m_authorizeUrl;
    QString m_listenerProblem;
    QList<Connector> m_connectors;
    ApiError m_error;
    QString m_errorMessage;
    Stage m_stage = Stage::Idle;
    int m_browserTimeoutMs = 10 * 60 * 1000;
};
