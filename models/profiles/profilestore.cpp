#include "models/profiles/profilestore.h"

#include "api/auth/oauthauthorization.h"
#include "models/profiles/profileslogging.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace {

const QString ProfilesGroup = u"profiles"_s;
const QString LastProfileKey = u"session/lastProfile"_s;

QString groupName(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

Profile readProfile(const QSettings &settings, const QUuid &id)
{
    Profile profile;
    profile.id = id;
    profile.displayName = settings.value(u"displayName"_s).toString();
    profile.portalUrl = QUrl(settings.value(u"portalUrl"_s).toString());
    profile.clientId = settings.value(u"clientId"_s).toString();
    profile.oauthServerUrl = QUrl(settings.value(u"oauthServer"_s, OAuthAuthorization::defaultServer().toString())
                                      .toString());
    profile.redirectPort = quint16(settings.value(u"redirectPort"_s, Profile::DefaultRedirectPort).toUInt());
    profile.redirectPath = settings.value(u"redirectPath"_s, Profile::defaultRedirectPath()).toString();
    const QString color = settings.value(u"colorTag"_s).toString();
    if (!color.isEmpty())
        profile.colorTag = QColor::fromString(color);
    return profile;
}

void writeProfile(QSettings &settings, const Profile &profile)
{
    settings.setValue(u"displayName"_s, profile.displayName);
    settings.setValue(u"portalUrl"_s, profile.portalUrl.toString());
    settings.setValue(u"clientId"_s, profile.clientId);
    settings.setValue(u"oauthServer"_s, profile.oauthServerUrl.toString());
    settings.setValue(u"redirectPort"_s, profile.redirectPort);
    settings.setValue(u"redirectPath"_s, profile.redirectPath);
    if (profile.colorTag.isValid())
        settings.setValue(u"colorTag"_s, profile.colorTag.name());
    else
        settings.remove(u"colorTag"_s);
}

} // namespace

ProfileStore::ProfileStore(QObject *parent)
    : QObject(parent)
{
    load();
}

void ProfileStore::load()
{
    QSettings settings;
    settings.beginGroup(ProfilesGroup);
    for (const QString &group : settings.childGroups()) {
        const QUuid id = QUuid::fromString(group);
        if (id.isNull())
            continue;
        settings.beginGroup(group);
        const Profile profile = readProfile(settings, id);
        settings.endGroup();
        if (profile.isComplete())
            m_profiles.append(profile);
        else
            qCWarning(lcProfiles) << "skipping incomplete profile" << group;
    }
}

qsizetype ProfileStore::indexOf(const QUuid &id) const
{
    for (qsizetype i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).id == id)
            return i;
    }
    return -1;
}

std::optional<Profile> ProfileStore::profile(const QUuid &id) const
{
    const qsizetype index = indexOf(id);
    if (index < 0)
        return std::nullopt;
    return m_profiles.at(index);
}

void ProfileStore::save(const Profile &profile)
{
    Q_ASSERT(!profile.id.isNull());
    QSettings settings;
    settings.beginGroup(ProfilesGroup);
    settings.beginGroup(groupName(profile.id));
    writeProfile(settings, profile);
    settings.endGroup();
    settings.endGroup();
    settings.sync();

    const qsizetype index = indexOf(profile.id);
    if (index < 0) {
        m_profiles.append(profile);
        emit profileAdded(profile);
    } else if (m_profiles.at(index) != profile) {
        m_profiles[index] = profile;
        emit profileChanged(profile);
    }
}

void ProfileStore::remove(const QUuid &id)
{
    QSettings settings;
    settings.beginGroup(ProfilesGroup);
    settings.remove(groupName(id));
    settings.endGroup();
    if (lastProfileId() == id)
        settings.remove(LastProfileKey);
    settings.sync();

    const qsizetype index = indexOf(id);
    if (index >= 0) {
        m_profiles.removeAt(index);
        emit profileRemoved(id);
    }
}

QUuid ProfileStore::lastProfileId() const
{
    return QUuid::fromString(QSettings().value(LastProfileKey).toString());
}

void ProfileStore::setLastProfileId(const QUuid &id)
{
    QSettings settings;
    settings.setValue(LastProfileKey, groupName(id));
}
