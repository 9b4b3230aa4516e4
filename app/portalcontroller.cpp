#include "app/portalcontroller.h"

#include "api/transport/portalsession.h"
#include "api/auth/secretstore.h"
#include "api/auth/tokenmanager.h"
#include "app/applogging.h"
#include "models/profiles/profilesmodel.h"
#include "models/profiles/profilestore.h"
#include "models/profiles/signinflow.h"

using namespace Qt::StringLiterals;

PortalController::PortalController(SecretStore *secrets, QObject *parent)
    : QObject(parent), m_secrets(secrets), m_profiles(new ProfileStore(this)), m_model(new ProfilesModel(m_profiles, this))
{
    qRegisterMetaType<SecretResult>();
}

PortalController::~PortalController()
{
    for (Entry &e : m_entries) {
        if (e.flow)
            e.flow->cancel();
        e.clientSecret.fill(QLatin1Char('\0'));
    }
}

PortalController::Entry &PortalController::entry(const QUuid &id)
{
    return m_entries[id];
}

PortalSession *PortalController::session(const QUuid &id) const
{
    const auto found = m_entries.constFind(id);
    return found == m_entries.constEnd() ? nullptr : found->session.data();
}

ProfileStatus PortalController::status(const QUuid &id) const
{
    return m_entries.value(id).status;
}

QString PortalController::statusMessage(const QUuid &id) const
{
    return m_entries.value(id).message;
}

bool PortalController::hasClientSecret(const QUuid &id) const
{
    return !m_entries.value(id).clientSecret.isEmpty();
}

void PortalController::start()
{
    const QUuid last = m_profiles->lastProfileId();
    if (m_profiles->contains(last))
        activate(last);
}

void PortalController::activate(const QUuid &id)
{
    const std::optional<Profile> profile = m_profiles->profile(id);
    if (!profile)
        return;
    if (m_current != id) {
        m_current = id;
        m_profiles->setLastProfileId(id);
        emit currentProfileChanged(id);
    }
    Entry &e = entry(id);
    if (e.status == ProfileStatus::SignedIn && e.session)
        emit sessionReady(id, e.session);
    else if (e.status != ProfileStatus::SigningIn)
        silentSignIn(*profile);
}

PortalSession *PortalController::ensureSession(const Profile &profile)
{
    Entry &e = entry(profile.id);
    if (!e.session)
        adoptSession(profile.id, new PortalSession(this));
    return entry(profile.id).session;
}

void PortalController::adoptSession(const QUuid &id, PortalSession *session)
{
    Entry &e = entry(id);
    if (e.session && e.session != session) {
        emit sessionClosing(id, e.session);
        e.session->deleteLater();
    }
    session->setParent(this);
    e.session = session;
    connect(session->tokens(), &TokenManager::signInRequired, this,
            [this, id](const ApiError &error) { onSignInRequired(id, error); });
    connect(session->tokens(), &TokenManager::refreshTokenStoreFailed, this, [this](const QString &errorText) {
        emit warning(tr("The renewed sign-in could not be saved in the keychain (%1). You may have to sign in "
                        "again next time.")
                         .arg(errorText));
    });
}

void PortalController::configureSession(const Profile &profile, PortalSession *session)
{
    session->setRestEndpoint(profile.restEndpoint());
    TokenManager *tokens = session->tokens();
    tokens->setTokenEndpoint(profile.tokenEndpoint());
    tokens->setClientCredentials(profile.clientId, entry(profile.id).clientSecret);
    tokens->setRefreshTokenStore(m_secrets, profile.refreshTokenKey());
}

void PortalController::readSecret(const QString &key, std::function<void(const SecretResult &)> done)
{
    SecretRequest *request = m_secrets->readSecret(key);
    connect(request, &SecretRequest::finished, this, std::move(done));
}

void PortalController::writeSecret(const QString &key, const QString &value)
{
    SecretRequest *request = m_secrets->writeSecret(key, value);
    connect(request, &SecretRequest::finished, this, [this](const SecretResult &result) {
        if (!result.ok())
            emit warning(tr("A secret could not be saved in the keychain: %1").arg(result.errorText));
    });
}

void PortalController::silentSignIn(const Profile &profile)
{
    const QUuid id = profile.id;
    const int attempt = ++entry(id).attempt;
    const auto stale = [this, id, attempt] { return !m_entries.contains(id) || m_entries.value(id).attempt != attempt; };
    const auto unreadable = [this, id](const SecretResult &result) {
        if (result.status == SecretResult::Status::NotFound)
            setStatus(id, ProfileStatus::SignedOut, tr("Sign in to use this portal."));
        else
            setStatus(id, ProfileStatus::Unreachable,
                      tr("The saved sign-in could not be read from the keychain: %1").arg(result.errorText));
    };
    setStatus(id, ProfileStatus::SigningIn, tr("Signing in…"));
    qCInfo(lcApp) << "silent sign-in to" << profile.portalUrl.host();

    readSecret(profile.clientSecretKey(), [=, this](const SecretResult &secret) {
        if (stale())
            return;
        if (!secret.ok()) {
            unreadable(secret);
            return;
        }
        entry(id).clientSecret = secret.value;
        readSecret(profile.refreshTokenKey(), [=, this](const SecretResult &refresh) {
            if (stale())
                return;
            if (!refresh.ok()) {
                unreadable(refresh);
                return;
            }
            PortalSession *session = ensureSession(profile);
            configureSession(profile, session);
            session->tokens()->setTokens(QString(), refresh.value);
            session->tokens()->refreshAccessToken(QString(), this, [=, this](const ApiError &error) {
                if (stale())
                    return;
                if (!error.isError()) {
                    setStatus(id, ProfileStatus::SignedIn);
                    emit sessionReady(id, session);
                } else if (error.kind() != ApiError::Kind::SignInRequired) {
                    // SignInRequired was reported through TokenManager::signInRequired already.
                    setStatus(id, ProfileStatus::Unreachable,
                              tr("Could not sign in: %1").arg(SignInFlow::explain(error, profile)));
                }
            });
        });
    });
}

void PortalController::onSignInRequired(const QUuid &id, const ApiError &error)
{
    const std::optional<Profile> profile = m_profiles->profile(id);
    if (!profile)
        return;
    qCWarning(lcApp) << "sign-in required for" << profile->portalUrl.host() << error.code();
    const QString reason = error.code().compare(u"invalid_grant"_s, Qt::CaseInsensitive) == 0
        ? tr("The portal no longer accepts the saved sign-in.")
        : SignInFlow::explain(error, *profile);
    setStatus(id, ProfileStatus::SignInRequired,
              tr("%1 Sign in again to continue; open windows and unsaved edits stay as they are.").arg(reason));
}

void PortalController::setStatus(const QUuid &id, ProfileStatus status, const QString &message)
{
    Entry &e = entry(id);
    e.status = status;
    e.message = message;
    m_model->setStatus(id, status);
    emit statusChanged(id, status);
}

void PortalController::addSignedInProfile(const Profile &profile, const QString &clientSecret, PortalSession *session)
{
    const QUuid id = profile.id;
    entry(id).clientSecret = clientSecret;
    m_profiles->save(profile);
    writeSecret(profile.clientSecretKey(), clientSecret);
    adoptSession(id, session);
    configureSession(profile, session);
    setStatus(id, ProfileStatus::SignedIn);
    if (m_current != id) {
        m_current = id;
        m_profiles->setLastProfileId(id);
        emit currentProfileChanged(id);
    }
    emit sessionReady(id, session);
}

void PortalController::updateProfile(const Profile &profile, const QString &newClientSecret)
{
    if (!m_profiles->contains(profile.id))
        return;
    m_profiles->save(profile);
    Entry &e = entry(profile.id);
    if (!newClientSecret.isEmpty()) {
        e.clientSecret = newClientSecret;
        writeSecret(profile.clientSecretKey(), newClientSecret);
    }
    if (e.session)
        configureSession(profile, e.session);
}

SignInFlow *PortalController::signInFlow(const QUuid &id)
{
    if (!m_profiles->contains(id))
        return nullptr;
    Entry &e = entry(id);
    if (!e.flow) {
        auto *flow = new SignInFlow(this);
        e.flow = flow;
        connect(flow, &SignInFlow::succeeded, this, [this, id] {
            const std::optional<Profile> signedIn = m_profiles->profile(id);
            Entry &done = entry(id);
            if (!signedIn || !done.session)
                return;
            writeSecret(signedIn->clientSecretKey(), done.clientSecret);
            setStatus(id, ProfileStatus::SignedIn);
            emit sessionReady(id, done.session);
        });
    }
    return e.flow;
}

bool PortalController::startSignIn(const QUuid &id, const QString &clientSecret)
{
    const std::optional<Profile> profile = m_profiles->profile(id);
    SignInFlow *flow = signInFlow(id);
    if (!profile || !flow)
        return false;
    Entry &e = entry(id);
    if (!clientSecret.isEmpty())
        e.clientSecret = clientSecret;
    if (e.clientSecret.isEmpty())
        return false;
    ++e.attempt;   // a silent sign-in still running is superseded
    flow->start(*profile, e.clientSecret, ensureSession(*profile), m_secrets);
    return true;
}

void PortalController::signOut(const QUuid &id)
{
    const std::optional<Profile> profile = m_profiles->profile(id);
    if (!profile)
        return;
    Entry &e = entry(id);
    ++e.attempt;
    if (e.flow)
        e.flow->cancel();
    e.clientSecret.fill(QLatin1Char('\0'));
    e.clientSecret.clear();
    if (e.session) {
        emit sessionClosing(id, e.session);
        e.session->tokens()->clearTokens();
        e.session->tokens()->setClientCredentials(profile->clientId, QString());
    }
    setStatus(id, ProfileStatus::SignedOut,
              tr("The application key and the sign-in were deleted from the keychain."));
    qCInfo(lcApp) << "signing out of" << profile->portalUrl.host();

    auto remaining = std::make_shared<int>(2);
    auto failures = std::make_shared<QStringList>();
    for (const QString &key : {profile->clientSecretKey(), profile->refreshTokenKey()}) {
        SecretRequest *request = m_secrets->deleteSecret(key);
        connect(request, &SecretRequest::finished, this, [this, id, remaining, failures](const SecretResult &result) {
            if (!result.ok())
                failures->append(result.errorText);
            if (--*remaining > 0)
                return;
            if (failures->isEmpty())
                emit secretsDeleted(id);
            else
                emit warning(tr("The secrets could not be deleted from the keychain: %1")
                                 .arg(failures->join(u"; "_s)));
        });
    }
}

void PortalController::removeProfile(const QUuid &id)
{
    if (!m_profiles->contains(id))
        return;
    signOut(id);
    Entry e = m_entries.take(id);
    if (e.flow)
        e.flow->deleteLater();
    if (e.session)
        e.session->deleteLater();
    m_profiles->remove(id);
    if (m_current == id) {
        m_current = QUuid();
        emit currentProfileChanged(QUuid());
    }
}
