#include "models/profiles/profilesmodel.h"

#include "models/profiles/profilestore.h"

#include <QPainter>
#include <QPixmap>

using namespace Qt::StringLiterals;

namespace {

bool titleLess(const Profile &a, const Profile &b)
{
    return a.title().compare(b.title(), Qt::CaseInsensitive) < 0;
}

} // namespace

ProfilesModel::ProfilesModel(ProfileStore *store, QObject *parent)
    : QAbstractListModel(parent), m_store(store)
{
    for (const Profile &profile : store->profiles())
        m_rows.append(profile);
    std::sort(m_rows.begin(), m_rows.end(), titleLess);
    connect(store, &ProfileStore::profileAdded, this, &ProfilesModel::insertSorted);
    connect(store, &ProfileStore::profileChanged, this, &ProfilesModel::onProfileChanged);
    connect(store, &ProfileStore::profileRemoved, this, &ProfilesModel::onProfileRemoved);
}

QPixmap ProfilesModel::colorSwatch(const QColor &color)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(color.darker(130));
    painter.setBrush(color);
    painter.drawEllipse(QRectF(1.5, 1.5, 11, 11));
    return pixmap;
}

int ProfilesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ProfilesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Profile &profile = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return profile.title();
    case Qt::DecorationRole:
        return profile.colorTag.isValid() ? QVariant(colorSwatch(profile.colorTag)) : QVariant();
    case Qt::ToolTipRole:
        return tr("%1\n%2").arg(profile.portalUrl.toDisplayString(), statusText(status(profile.id)));
    case IdRole:
        return profile.id;
    case PortalUrlRole:
        return profile.portalUrl;
    case ColorTagRole:
        return profile.colorTag;
    case StatusRole:
        return QVariant::fromValue(status(profile.id));
    case ProfileRole:
        return QVariant::fromValue(profile);
    default:
        return {};
    }
}

QHash<int, QByteArray> ProfilesModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, QByteArrayLiteral("profileId"));
    names.insert(PortalUrlRole, QByteArrayLiteral("portalUrl"));
    names.insert(ColorTagRole, QByteArrayLiteral("colorTag"));
    names.insert(StatusRole, QByteArrayLiteral("status"));
    names.insert(ProfileRole, QByteArrayLiteral("profile"));
    return names;
}

int ProfilesModel::rowOf(const QUuid &id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

QUuid ProfilesModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QUuid();
}

void ProfilesModel::setStatus(const QUuid &id, ProfileStatus status)
{
    if (m_status.value(id, ProfileStatus::SignedOut) == status && m_status.contains(id))
        return;
    m_status.insert(id, status);
    const int row = rowOf(id);
    if (row >= 0)
        emit dataChanged(index(row), index(row), {StatusRole, Qt::ToolTipRole});
}

ProfileStatus ProfilesModel::status(const QUuid &id) const
{
    return m_status.value(id, ProfileStatus::SignedOut);
}

QString ProfilesModel::statusText(ProfileStatus status)
{
    switch (status) {
    case ProfileStatus::SignedOut: return tr("Signed out");
    case ProfileStatus::SigningIn: return tr("Signing in…");
    case ProfileStatus::SignedIn: return tr("Signed in");
    case ProfileStatus::SignInRequired: return tr("Sign-in required");
    case ProfileStatus::Unreachable: return tr("Sign-in could not be checked");
    }
    return QString();
}

void ProfilesModel::insertSorted(const Profile &profile)
{
    const auto position = std::upper_bound(m_rows.cbegin(), m_rows.cend(), profile, titleLess);
    const int row = int(position - m_rows.cbegin());
    beginInsertRows(QModelIndex(), row, row);
    m_rows.insert(row, profile);
    endInsertRows();
}

void ProfilesModel::onProfileChanged(const Profile &profile)
{
    const int row = rowOf(profile.id);
    if (row < 0) {
        insertSorted(profile);
        return;
    }
    const bool titleChanged = m_rows.at(row).title() != profile.title();
    m_rows[row] = profile;
    emit dataChanged(index(row), index(row));
    if (!titleChanged)
        return;
    const Profile moved = m_rows.at(row);
    // Keep the list sorted: move the row to where its new title belongs.
    QList<Profile> others = m_rows;
    others.removeAt(row);
    const int target = int(std::upper_bound(others.cbegin(), others.cend(), moved, titleLess) - others.cbegin());
    if (target == row)
        return;
    beginMoveRows(QModelIndex(), row, row, QModelIndex(), target > row ? target + 1 : target);
    m_rows.move(row, target);
    endMoveRows();
}

void ProfilesModel::onProfileRemoved(const QUuid &id)
{
    const int row = rowOf(id);
    if (row >= 0) {
        beginRemoveRows(QModelIndex(), row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    m_status.remove(id);
}
