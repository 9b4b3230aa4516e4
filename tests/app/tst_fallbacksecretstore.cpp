// When the keychain is unavailable, secrets go to memory for this run and the user is told once;
// other keychain failures pass through unchanged; a working keychain is used as is.
#include "app/fallbacksecretstore.h"
#include "support/brokenkeychain.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

SecretResult await(SecretRequest *request)
{
    QSignalSpy done(request, &SecretRequest::finished);
    if (!done.wait(5000))
        return {SecretResult::Status::Failed, {}, u"timeout"_s};
    return done.at(0).at(0).value<SecretResult>();
}

} // namespace

class TestFallbackSecretStore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { qRegisterMetaType<SecretResult>(); }

    void unavailableKeychainFallsBackToMemoryAndSaysSo()
    {
        int calls = 0;
        FallbackSecretStore store(std::make_unique<BrokenKeychain>(SecretResult::Status::Unavailable, &calls));
        QSignalSpy unavailable(&store, &FallbackSecretStore::primaryUnavailable);

        QVERIFY(await(store.writeSecret(u"k"_s, u"v"_s)).ok());
        QCOMPARE(unavailable.size(), 1);
        QVERIFY(unavailable.at(0).at(0).toString().contains(u"org.freedesktop.secrets"_s));
        QVERIFY(store.isUsingMemory());

        const SecretResult read = await(store.readSecret(u"k"_s));
        QVERIFY(read.ok());
        QCOMPARE(read.value, u"v"_s);
        QVERIFY(await(store.deleteSecret(u"k"_s)).ok());
        QCOMPARE(await(store.readSecret(u"k"_s)).status, SecretResult::Status::NotFound);
        QCOMPARE(calls, 1);              // the keychain is not asked again this run
        QCOMPARE(unavailable.size(), 1); // and the user is told once
    }

    void otherFailuresPassThrough()
    {
        int calls = 0;
        FallbackSecretStore store(std::make_unique<BrokenKeychain>(SecretResult::Status::Failed, &calls));
        QSignalSpy unavailable(&store, &FallbackSecretStore::primaryUnavailable);
        const SecretResult result = await(store.writeSecret(u"k"_s, u"v"_s));
        QCOMPARE(result.status, SecretResult::Status::Failed);
        QVERIFY(!store.isUsingMemory());
        QCOMPARE(unavailable.size(), 0);
    }

    void workingKeychainIsUsed()
    {
        auto primary = std::make_unique<MemorySecretStore>();
        MemorySecretStore *keychain = primary.get();
        FallbackSecretStore store(std::move(primary));
        QVERIFY(await(store.writeSecret(u"k"_s, u"v"_s)).ok());
        QVERIFY(keychain->contains(u"k"_s));
        QCOMPARE(await(store.readSecret(u"k"_s)).value, u"v"_s);
        QVERIFY(!store.isUsingMemory());
    }
};

QTEST_GUILESS_MAIN(TestFallbackSecretStore)
#include "tst_fallbacksecretstore.moc"
