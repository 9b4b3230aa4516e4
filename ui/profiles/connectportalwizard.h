#pragma once

#include "models/profiles/profile.h"

#include <QPointer>
#include <QWizard>

class PortalSession;
class SecretStore;
class SignInFlow;

// What the "Connect a portal" wizard builds; the pages write into it in validatePage().
struct ConnectPortalDraft
{
    Profile profile = Profile::create();
    QString clientSecret;
};

// "Connect a portal": explains how to create the local application in Bitrix24, takes the portal
// address and the application's credentials, signs in through the browser and shows what the
// application can see. The wizard owns the draft, the sign-in flow (the slow part, run outside the
// pages) and the session it signs in; on acceptance the caller takes the session with
// takeSession(). The refresh token is written to `secrets` under the draft profile's key during
// sign-in and deleted again if the wizard is canceled afterwards.
class ConnectPortalWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { SetupPageId, PortalPageId, SignInPageId, ResultPageId };

    // `secrets` is not owned and must outlive the wizard.
    explicit ConnectPortalWizard(SecretStore *secrets, QWidget *parent = nullptr);
    ~ConnectPortalWizard() override;

    ConnectPortalDraft &draft() { return m_draft; }
    const ConnectPortalDraft &draft() const { return m_draft; }
    SignInFlow *flow() const { return m_flow; }
    // The session signed in for the draft profile; the caller owns it after takeSession().
    PortalSession *session() const;
    PortalSession *takeSession();

    // Starts (or restarts) the sign-in for the current draft. Called by the sign-in page.
    void startSignIn();

    void done(int result) override;

private:
    SecretStore *m_secrets;
    ConnectPortalDraft m_draft;
    SignInFlow *m_flow;
    QPointer<PortalSession> m_session;
};
