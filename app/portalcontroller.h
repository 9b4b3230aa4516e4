#pragma once

#include "models/profiles/profile.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUuid>

#include <functional>

class ApiError;
class PortalSession;
class ProfileStore;
class ProfilesModel;
class SecretStore;
class SignInFlow;
struct SecretResult;

// Owns the portal profiles and one PortalSession per profile. Signs in silently from the stored
// refresh token (the last profile at start), reports "sign-in required" when the portal rejects it,
// and runs interactive re-sign-ins on the SAME session (only its tokens change, so models and
// pending edits built on it survive). Secrets go only to the SecretStore, under the profile's keys;
// rotated refresh tokens are written there by the session's TokenManager before they are used.
class PortalController : public QObject
{
    Q_OBJECT
public:
    // `secrets` is not owned and must outlive the controller. Profiles live in the default QSettings.
    explicit PortalController(SecretStore *secrets, QObject *parent = nullptr);
    ~PortalController() override;

    ProfileStore *profiles() const { return m_profiles; }
    ProfilesModel *model() const { return m_model; }
    SecretStore *secrets() const { return m_secrets; }

    // Activates the profile used last time, if there is one.
    void start();
    // Makes `id` the current profile (remembered for the next start) and signs in silently unless
    // it is signed in already.
    void activate(const QUuid &id);
    QUuid currentProfileId() const { return m_current; }
    PortalSession *session(const QUuid &id) const;
    ProfileStatus status(const QUuid &id) const;
    // A translated sentence about the status (why sign-in is needed, what failed).
    QString statusMessage(const QUuid &id) const;
    // True when the client secret is known in this run (read from the keychain or entered).
    bool hasClientSecret(const QUuid &id) const;

    // Adopts a profile the wizard signed in with `session` (reparented to the controller; its
    // refresh token is already in the secret store). Stores the profile and its client secret and
    // makes it current.
    void addSignedInProfile(const Profile &profile, const QString &clientSecret, PortalSession *session);
    // Saves edited profile fields; a non-empty `newClientSecret` replaces the stored secret.
    void updateProfile(const Profile &profile, const QString &newClientSecret = QString());
    // The interactive sign-in of a profile (owned by the controller; created on first use, not
    // started). Connect to it before startSignIn().
    SignInFlow *signInFlow(const QUuid &id);
    // Starts the interactive sign-in on the profile's existing session. `clientSecret` replaces the
    // known one when given (needed after sign-out). False when no client secret is known.
    bool startSignIn(const QUuid &id, const QString &clientSecret = QString());
    // Deletes the profile's secrets from the store and forgets its tokens.
    void signOut(const QUuid &id);
    // Signs out and forgets the profile.
    void removeProfile(const QUuid &id);

signals:
    void currentProfileChanged(const QUuid &id);
    // The profile's session is signed in (after a silent or interactive sign-in).
    void sessionReady(const QUuid &id, PortalSession *session);
    // Stop showing this session now: the profile is signed out or being removed.
    void sessionClosing(const QUuid &id, PortalSession *session);
    void statusChanged(const QUuid &id, ProfileStatus status);
    // After signOut(): both secrets are gone from the store.
    void secretsDeleted(const QUuid &id);
    // Something the user must know about secrets (keychain unavailable, token not saved).
    void warning(const QString &message);

private:
    struct Entry
    {
        QPointer<PortalSession> session;
        QPointer<SignInFlow> flow;
        QString clientSecret;      // memory copy for re-sign-in; never persisted here
        ProfileStatus status = ProfileStatus::SignedOut;
        QString message;
        int attempt = 0;           // invalidates callbacks of an older silent sign-in
    };

    Entry &entry(const QUuid &id);
    PortalSession *ensureSession(const Profile &profile);
    void adoptSession(const QUuid &id, PortalSession *session);
    void configureSession(const Profile &profile, PortalSession *session);
    void silentSignIn(const Profile &profile);
    void readSecret(const QString &key, std::function<void(const SecretResult &)> done);
    void writeSecret(const QString &key, const QString &value);
    void setStatus(const QUuid &id, ProfileStatus status, const QString &message = QString());
    void onSignInRequired(const QUuid &id, const ApiError &error);

    SecretStore *m_secrets;
    ProfileStore *m_profiles;
    ProfilesModel *m_model;
    QHash<QUuid, Entry> m_entries;
    QUuid m_current;
};
