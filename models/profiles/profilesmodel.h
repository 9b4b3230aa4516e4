#pragma once

#include "models/profiles/profile.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QPixmap>
#include <QPointer>

class ProfileStore;

// The profiles of a ProfileStore as a flat list for the profile switcher, sorted by title, with
// the colour tag as decoration and the run-time sign-in status the app reports with setStatus().
class ProfilesModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,   // QUuid
        PortalUrlRole,               // QUrl
        ColorTagRole,                // QColor (invalid = none)
        StatusRole,                  // ProfileStatus
        ProfileRole,                 // Profile
    };

    explicit ProfilesModel(ProfileStore *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int rowOf(const QUuid &id) const;
    QUuid idAt(int row) const;

    void setStatus(const QUuid &id, ProfileStatus status);
    ProfileStatus status(const QUuid &id) const;
    static QString statusText(ProfileStatus status);
    // The round colour-tag marker shown next to a profile's name.
    static QPixmap colorSwatch(const QColor &color);

private:
    void insertSorted(const Profile &profile);
    void onProfileChanged(const Profile &profile);
    void onProfileRemoved(const QUuid &id);

    QPointer<ProfileStore> m_store;
    QList<Profile> m_rows;
    QHash<QUuid, ProfileStatus> m_status;
};
