#pragma once

#include <QColor>
#include <QMetaType>
#include <QString>
#include <QUrl>
#include <QUuid>

// One portal the user works with: where it is, which local application signs in to it and how
// the sign-in comes back. Holds no secret: the client secret and the refresh token live in the
// secret store under clientSecretKey() / refreshTokenKey().
struct Profile
{
    static constexpr quint16 DefaultRedirectPort = 47613;
    static QString defaultRedirectPath();

    QUuid id;
    QString displayName;
    QUrl portalUrl;            // https://PORTAL (as normalised by PortalUrl)
    QString clientId;          // the local application's client_id (local.xxxx.yyyy)
    QUrl oauthServerUrl;       // https://oauth.bitrix.info/ unless overridden
    quint16 redirectPort = DefaultRedirectPort;
    QString redirectPath;
    QColor colorTag;           // invalid = no tag

    // A new profile with a fresh id and the default OAuth server and redirect.
    static Profile create();

    bool isComplete() const;
    QString title() const;     // displayName, or the portal host when unnamed
    QUrl restEndpoint() const; // https://PORTAL/rest/
    QUrl tokenEndpoint() const;
    QUrl redirectUri() const;  // http://127.0.0.1:PORT/PATH
    QUrl authorizeUrl(const QString &state) const;

    // Keys in the secret store (one pair per profile).
    QString clientSecretKey() const;
    QString refreshTokenKey() const;

    friend bool operator==(const Profile &, const Profile &) = default;
};

Q_DECLARE_METATYPE(Profile)

// What the app knows about a profile's sign-in at run time (never stored).
enum class ProfileStatus {
    SignedOut,        // no refresh token: the user has to sign in
    SigningIn,        // a silent or interactive sign-in is running
    SignedIn,
    SignInRequired,   // the portal rejected the stored sign-in
    Unreachable,      // the sign-in could not be checked (network, keychain)
};
