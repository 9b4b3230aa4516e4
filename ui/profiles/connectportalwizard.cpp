#include "ui/profiles/connectportalwizard.h"

#include "api/transport/portalsession.h"
#include "api/auth/secretstore.h"
#include "models/profiles/signinflow.h"
#include "ui/profiles/connectportalpages.h"

using namespace Qt::StringLiterals;

ConnectPortalWizard::ConnectPortalWizard(SecretStore *secrets, QWidget *parent)
    : QWizard(parent), m_secrets(secrets), m_flow(new SignInFlow(this))
{
    setObjectName(u"connectPortalWizard"_s);
    setWindowTitle(tr("Connect a portal"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(SetupPageId, new AppSetupPage(this));
    setPage(PortalPageId, new PortalDetailsPage(this));
    setPage(SignInPageId, new PortalSignInPage(this));
    setPage(ResultPageId, new SignInResultPage(this));
    setStartId(SetupPageId);
    resize(720, 600);
}

ConnectPortalWizard::~ConnectPortalWizard()
{
    m_flow->cancel();
}

PortalSession *ConnectPortalWizard::session() const
{
    return m_session;
}

PortalSession *ConnectPortalWizard::takeSession()
{
    PortalSession *session = m_session;
    if (session)
        session->setParent(nullptr);
    m_session = nullptr;
    return session;
}

void ConnectPortalWizard::startSignIn()
{
    if (!m_session)
        m_session = new PortalSession(this);
    m_flow->start(m_draft.profile, m_draft.clientSecret, m_session, m_secrets);
}

void ConnectPortalWizard::done(int result)
{
    if (result != QDialog::Accepted) {
        const bool signedIn = m_flow->stage() == SignInFlow::Stage::Succeeded;
        m_flow->cancel();
        // Nothing of a canceled connection may stay behind in the keychain.
        if (signedIn || m_session)
            m_secrets->deleteSecret(m_draft.profile.refreshTokenKey());
    }
    QWizard::done(result);
}
