#pragma once

#include "models/profiles/profile.h"

#include <QList>
#include <QObject>
#include <QUuid>

#include <optional>

// The user's portal profiles in QSettings (group "profiles/<uuid>/"), plus the last one used.
// Only non-secret fields are written: secrets belong in the SecretStore, under the profile's keys.
class ProfileStore : public QObject
{
    Q_OBJECT
public:
    // Reads and writes the application's default QSettings.
    explicit ProfileStore(QObject *parent = nullptr);

    QList<Profile> profiles() const { return m_profiles; }
    std::optional<Profile> profile(const QUuid &id) const;
    bool contains(const QUuid &id) const { return indexOf(id) >= 0; }

    // Adds or replaces the profile with the same id.
    void save(const Profile &profile);
    void remove(const QUuid &id);

    QUuid lastProfileId() const;
    void setLastProfileId(const QUuid &id);

signals:
    void profileAdded(const Profile &profile);
    void profileChanged(const Profile &profile);
    void profileRemoved(const QUuid &id);

private:
    qsizetype indexOf(const QUuid &id) const;
    void load();

    QList<Profile> m_profiles;
};
