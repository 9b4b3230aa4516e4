#pragma once

#include <QUuid>
#include <QWidget>

class ProfilesModel;
class QAction;
class QComboBox;
class QLabel;
class QToolButton;

// The toolbar's portal profile switcher: a combo box of the profiles (with their colour tags) and a
// menu with "Connect a portal…", "Edit profile…", "Sign out" and "Remove profile". Emits what the
// user asked for; the app's controller does it.
class ProfileSwitcher : public QWidget
{
    Q_OBJECT
public:
    explicit ProfileSwitcher(ProfilesModel *model, QWidget *parent = nullptr);

    QUuid currentProfileId() const;
    // Selects `id` without emitting profileActivated (null = no selection).
    void setCurrentProfile(const QUuid &id);

    QComboBox *comboBox() const { return m_combo; }
    QAction *connectAction() const { return m_connect; }
    QAction *editAction() const { return m_edit; }
    QAction *signOutAction() const { return m_signOut; }
    QAction *removeAction() const { return m_remove; }

signals:
    void profileActivated(const QUuid &id);
    void connectRequested();
    void editRequested(const QUuid &id);
    void signOutRequested(const QUuid &id);
    void removeRequested(const QUuid &id);

private:
    void updateActions();

    ProfilesModel *m_model;
    QLabel *m_label;
    QComboBox *m_combo;
    QToolButton *m_menuButton;
    QAction *m_connect;
    QAction *m_edit;
    QAction *m_signOut;
    QAction *m_remove;
    bool m_settingCurrent = false;
};
