#include "models/profiles/signinflow.h"

#include "api/entities/biconnectorapi.h"
#include "api/auth/loopbackredirectlistener.h"
#include "api/auth/oauthauthorization.h"
#include "api/transport/portalsession.h"
#include "api/auth/tokenmanager.h"
#include "models/profiles/profileslogging.h"

using namespace Qt::StringLiterals;

SignInFlow::SignInFlow(QObject *parent)
    : QObject(parent), m_listener(new LoopbackRedirectListener(this))
{
    qRegisterMetaType<OAuthRedirect>();
    connect(m_listener, &LoopbackRedirectListener::redirectReceived, this, &SignInFlow::onRedirect);
    connect(m_listener, &LoopbackRedirectListener::timedOut, this, [this] {
        if (m_stage == Stage::WaitingForBrowser) {
            fail(ApiError(ApiError::Kind::Timeout, u"SIGN_IN_TIMEOUT"_s, u"No answer from the browser."_s),
                 tr("No answer came from the browser. Click Sign in to try again."));
        }
    });
}

SignInFlow::~SignInFlow()
{
    stopWork();
}

bool SignInFlow::isRunning() const
{
    return m_stage == Stage::WaitingForBrowser || m_stage == Stage::ExchangingCode || m_stage == Stage::Verifying;
}

void SignInFlow::start(const Profile &profile, const QString &clientSecret, PortalSession *session,
                       SecretStore *store)
{
    stopWork();
    m_profile = profile;
    m_session = session;
    m_connectors.clear();
    m_error = ApiError();
    m_errorMessage.clear();

    session->setRestEndpoint(profile.restEndpoint());
    TokenManager *tokens = session->tokens();
    tokens->setTokenEndpoint(profile.tokenEndpoint());
    tokens->setClientCredentials(profile.clientId, clientSecret);
    tokens->setRefreshTokenStore(store, store ? profile.refreshTokenKey() : QString());

    m_state = OAuthAuthorization::newState();
    m_authorizeUrl = profile.authorizeUrl(m_state);
    m_listener->setExpectedState(m_state);
    m_listener->setTimeoutMs(m_browserTimeoutMs);
    m_listenerProblem.clear();
    if (!m_listener->listen(profile.redirectPort, profile.redirectPath, &m_listenerProblem))
        qCWarning(lcProfiles) << "sign-in continues with the manual fallback only";
    qCInfo(lcProfiles) << "sign-in started for" << profile.portalUrl.host();
    setStage(Stage::WaitingForBrowser);
    emit openBrowserRequested(m_authorizeUrl);
}

bool SignInFlow::submitRedirectUrl(const QString &pastedUrl, QString *problem)
{
    const auto report = [problem](const QString &text) {
        if (problem)
            *problem = text;
        return false;
    };
    if (m_stage != Stage::WaitingForBrowser)
        return report(tr("Click Sign in first, then paste the address the browser shows after you allow access."));
    const QUrl url = QUrl::fromUserInput(pastedUrl.trimmed());
    const OAuthRedirect redirect = OAuthRedirect::parse(url, m_state);
    switch (redirect.status) {
    case OAuthRedirect::Status::NoCode:
        return report(tr("This address carries no sign-in code. Copy the whole address from the browser's "
                         "address bar after you clicked Allow."));
    case OAuthRedirect::Status::StateMismatch:
        return report(tr("This address belongs to an older sign-in attempt. Use the address from the browser "
                         "tab this attempt opened."));
    case OAuthRedirect::Status::Code:
    case OAuthRedirect::Status::Denied:
        break;
    }
    onRedirect(redirect);
    return true;
}

void SignInFlow::cancel()
{
    if (isRunning())
        qCInfo(lcProfiles) << "sign-in canceled";
    stopWork();
    setStage(Stage::Idle);
}

void SignInFlow::stopWork()
{
    m_listener->close();
    if (m_exchangeCall)
        m_exchangeCall->cancel();
    if (m_verifyCall)
        m_verifyCall->cancel();
}

void SignInFlow::setStage(Stage stage)
{
    if (m_stage == stage)
        return;
    m_stage = stage;
    emit stageChanged(stage);
}

void SignInFlow::onRedirect(const OAuthRedirect &redirect)
{
    if (m_stage != Stage::WaitingForBrowser)
        return;
    m_listener->close();
    if (redirect.status == OAuthRedirect::Status::Denied) {
        const ApiError error = ApiError::fromErrorObject(
            {{u"error"_s, redirect.error}, {u"error_description"_s, redirect.errorDescription}}, 0,
            u"oauth/authorize"_s);
        fail(error, explain(error, m_profile));
        return;
    }
    exchange(redirect.code);
}

void SignInFlow::exchange(const QString &code)
{
    if (!m_session) {
        fail(ApiError::canceled(u"oauth/token"_s), tr("The sign-in was interrupted."));
        return;
    }
    setStage(Stage::ExchangingCode);
    m_exchangeCall = m_session->tokens()->exchangeAuthorizationCode(code, m_profile.redirectUri());
    m_exchangeCall->onFinished(this, [this](const ApiResult &result) {
        if (!result.ok()) {
            if (result.error.kind() != ApiError::Kind::Canceled)
                fail(result.error, explain(result.error, m_profile));
            return;
        }
        verify();
    });
}

void SignInFlow::verify()
{
    if (!m_session) {
        fail(ApiError::canceled(u"biconnector.connector.list"_s), tr("The sign-in was interrupted."));
        return;
    }
    setStage(Stage::Verifying);
    const TypedCall<QList<Connector>> call = m_session->biconnector().listConnectors();
    m_verifyCall = call.handle();
    call.onFinished(this, [this](const Outcome<QList<Connector>> &outcome) {
        if (!outcome.ok()) {
            if (outcome.error.kind() != ApiError::Kind::Canceled)
                fail(outcome.error, explain(outcome.error, m_profile));
            return;
        }
        m_connectors = outcome.value;
        qCInfo(lcProfiles) << "signed in; the application sees" << m_connectors.size() << "connector(s)";
        setStage(Stage::Succeeded);
        emit succeeded();
    });
}

void SignInFlow::fail(const ApiError &error, const QString &message)
{
    stopWork();
    m_error = error;
    m_errorMessage = message;
    qCWarning(lcProfiles) << "sign-in failed:" << error.code();
    setStage(Stage::Failed);
    emit failed(message);
}

QString SignInFlow::explain(const ApiError &error, const Profile &profile)
{
    const QString code = error.code().toLower();
    if (code == u"invalid_client"_s) {
        return tr("The OAuth server rejected the client ID or the client secret. Copy both again from the local "
                  "application's page in Bitrix24 (Developer resources → Other → Local application).");
    }
    if (code == u"invalid_grant"_s) {
        return tr("The sign-in code was refused: it is valid for 30 seconds and only once. Click Sign in to "
                  "try again.");
    }
    if (code == u"insufficient_scope"_s || code == u"invalid_scope"_s) {
        return tr("The application has no access to BI Builder. In Bitrix24, open the local application's "
                  "settings, add the \"biconnector\" scope, save, and sign in again.");
    }
    if (code == u"access_denied"_s && error.method() == u"oauth/authorize"_s)
        return tr("Access was not granted on the portal's sign-in page. Click Sign in and choose Allow.");
    if (code == u"access_denied"_s) {
        return tr("The portal refused access to BI Builder. Your account needs the \"Access to BI Builder\" and "
                  "\"Access to Analytics Hub\" permissions, and the portal must be called through a local "
                  "application, never through a webhook address.");
    }
    switch (error.kind()) {
    case ApiError::Kind::Transport:
    case ApiError::Kind::Timeout:
        return tr("Could not reach %1 or the OAuth server %2. Check the addresses and the network connection.")
            .arg(profile.portalUrl.host(), profile.oauthServerUrl.host());
    case ApiError::Kind::NotFound:
        return tr("The portal does not know the application %1. Check the client ID and that the application "
                  "is installed on this portal.")
            .arg(profile.clientId);
    default:
        return error.userMessage();
    }
}
