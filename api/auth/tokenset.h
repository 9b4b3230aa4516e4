#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUrl>

// What the OAuth server answers for grant_type=authorization_code or refresh_token
// (portal-behavior.md §5). Holds secrets: never log or persist it as a whole.
struct TokenSet
{
    QString accessToken;
    QString refreshToken;
    qint64 expiresIn = 0;          // seconds
    QDateTime expiresAt;           // from `expires` (unix time) or now + expires_in
    QUrl clientEndpoint;           // https://PORTAL/rest/
    QUrl serverEndpoint;
    QString domain;
    QString memberId;
    QString scope;
    QString userId;

    bool isValid() const { return !accessToken.isEmpty() && !refreshToken.isEmpty(); }
    static TokenSet fromJson(const QJsonObject &reply);
};
