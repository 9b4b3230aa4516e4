// Profiles in QSettings: a round trip through a second store instance (a restart), removal, the
// last profile, and that nothing but the declared non-secret fields is written. The switcher's
// ProfilesModel under QAbstractItemModelTester: sorted inserts, renames that move rows, removals,
// run-time status.
#include "models/profiles/profilesmodel.h"
#include "models/profiles/profilestore.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

Profile makeProfile(const QString &name, const QString &host)
{
    Profile profile = Profile::create();
    profile.displayName = name;
    profile.portalUrl = QUrl(u"https://"_s + host);
    profile.clientId = u"local.%1.app"_s.arg(host.section(u'.', 0, 0));
    return profile;
}

QStringList modelTitles(const QAbstractItemModel &model)
{
    QStringList titles;
    for (int row = 0; row < model.rowCount(); ++row)
        titles << model.index(row, 0).data().toString();
    return titles;
}

} // namespace

class TestProfileStore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"BIWorkspaceTests"_s);
        QCoreApplication::setApplicationName(u"tst_profilestore"_s);
    }

    void init() { QSettings().clear(); }

    void profilesSurviveARestart()
    {
        Profile production = makeProfile(u"Production"_s, u"acme.bitrix24.com"_s);
        production.colorTag = QColor(0xd9, 0x3f, 0x3f);
        production.redirectPort = 50123;
        production.oauthServerUrl = QUrl(u"http://127.0.0.1:9000/"_s);
        const Profile test = makeProfile(QString(), u"test.bitrix24.com"_s);
        {
            ProfileStore store;
            QSignalSpy added(&store, &ProfileStore::profileAdded);
            store.save(production);
            store.save(test);
            store.setLastProfileId(test.id);
            QCOMPARE(added.size(), 2);
        }
        ProfileStore restarted;
        QCOMPARE(restarted.profiles().size(), 2);
        QCOMPARE(restarted.profile(production.id).value(), production);
        QCOMPARE(restarted.profile(test.id).value(), test);
        QCOMPARE(restarted.profile(test.id)->title(), u"test.bitrix24.com"_s);
        QCOMPARE(restarted.lastProfileId(), test.id);
        QVERIFY(!restarted.profile(QUuid::createUuid()));
    }

    void derivedAddressesAndSecretKeys()
    {
        Profile profile = makeProfile(u"P"_s, u"acme.bitrix24.com"_s);
        QCOMPARE(profile.restEndpoint().toString(), u"https://acme.bitrix24.com/rest/"_s);
        QCOMPARE(profile.tokenEndpoint().toString(), u"https://oauth.bitrix.info/oauth/token/"_s);
        QCOMPARE(profile.redirectUri().toString(), u"http://127.0.0.1:47613/biworkspace/oauth"_s);
        QVERIFY(profile.authorizeUrl(u"S"_s).toString().startsWith(u"https://acme.bitrix24.com/oauth/authorize/?"_s));
        QVERIFY(profile.clientSecretKey().contains(profile.id.toString(QUuid::WithoutBraces)));
        QVERIFY(profile.clientSecretKey() != profile.refreshTokenKey());
        QVERIFY(profile.isComplete());
        profile.clientId.clear();
        QVERIFY(!profile.isComplete());
    }

    void onlyDeclaredFieldsAreWritten()
    {
        ProfileStore store;
        const Profile profile = makeProfile(u"P"_s, u"acme.bitrix24.com"_s);
        store.save(profile);
        QSettings settings;
        settings.beginGroup(u"profiles/"_s + profile.id.toString(QUuid::WithoutBraces));
        QStringList keys = settings.childKeys();
        keys.sort();
        QCOMPARE(keys, (QStringList{u"clientId"_s, u"displayName"_s, u"oauthServer"_s, u"portalUrl"_s,
                                    u"redirectPath"_s, u"redirectPort"_s}));
    }

    void removeForgetsTheProfileAndTheLastChoice()
    {
        const Profile profile = makeProfile(u"P"_s, u"acme.bitrix24.com"_s);
        {
            ProfileStore store;
            store.save(profile);
            store.setLastProfileId(profile.id);
            QSignalSpy removed(&store, &ProfileStore::profileRemoved);
            store.remove(profile.id);
            QCOMPARE(removed.size(), 1);
            QVERIFY(store.profiles().isEmpty());
        }
        ProfileStore restarted;
        QVERIFY(restarted.profiles().isEmpty());
        QVERIFY(restarted.lastProfileId().isNull());
        QVERIFY(!QSettings().contains(u"profiles/"_s + profile.id.toString(QUuid::WithoutBraces) + u"/clientId"_s));
    }

    void modelKeepsProfilesSortedAndReportsStatus()
    {
        ProfileStore store;
        ProfilesModel model(&store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Profile beta = makeProfile(u"Beta"_s, u"beta.bitrix24.com"_s);
        beta.colorTag = QColor(Qt::red);
        const Profile alpha = makeProfile(u"alpha"_s, u"alpha.bitrix24.com"_s);
        const Profile gamma = makeProfile(u"Gamma"_s, u"gamma.bitrix24.com"_s);
        store.save(beta);
        store.save(gamma);
        store.save(alpha);
        QCOMPARE(modelTitles(model), (QStringList{u"alpha"_s, u"Beta"_s, u"Gamma"_s}));
        QCOMPARE(model.index(1, 0).data(ProfilesModel::IdRole).toUuid(), beta.id);
        QVERIFY(!model.index(1, 0).data(Qt::DecorationRole).isNull());
        QVERIFY(model.index(0, 0).data(Qt::DecorationRole).isNull());
        QCOMPARE(model.index(2, 0).data(ProfilesModel::PortalUrlRole).toUrl(), gamma.portalUrl);

        beta.displayName = u"Zeta"_s;
        store.save(beta);
        QCOMPARE(modelTitles(model), (QStringList{u"alpha"_s, u"Gamma"_s, u"Zeta"_s}));
        QCOMPARE(model.rowOf(beta.id), 2);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setStatus(gamma.id, ProfileStatus::SignInRequired);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(1, 0).data(ProfilesModel::StatusRole).value<ProfileStatus>(),
                 ProfileStatus::SignInRequired);
        QVERIFY(model.index(1, 0).data(Qt::ToolTipRole).toString().contains(u"Sign-in required"_s));

        store.remove(alpha.id);
        QCOMPARE(modelTitles(model), (QStringList{u"Gamma"_s, u"Zeta"_s}));
        QCOMPARE(model.idAt(5), QUuid());
    }

    void settingsFileHoldsOnlyWhatWasSaved()
    {
        ProfileStore store;
        const Profile profile = makeProfile(u"P"_s, u"acme.bitrix24.com"_s);
        store.save(profile);
        QFile file(QSettings().fileName());
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains(profile.clientId.toUtf8()));
        QVERIFY(!bytes.contains("secret"));
        QVERIFY(!bytes.contains("token"));
    }
};

QTEST_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
