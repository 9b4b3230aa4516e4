// Round trip against the real Secret Service (scripts/test provides gnome-keyring in a private
// D-Bus session). A missing or locked keychain is a failure, never a skip.
#include "app/keychainsecretstore.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

SecretResult await(SecretRequest *request)
{
    QSignalSpy spy(request, &SecretRequest::finished);
    if (!spy.wait(30000))
        return SecretResult{SecretResult::Status::Failed, {}, u"timed out waiting for the keychain"_s};
    return spy.takeFirst().at(0).value<SecretResult>();
}

QString runProbe(const QStringList &arguments, int *exitCode)
{
    QProcess probe;
    probe.start(QStringLiteral(BIW_KEYCHAIN_PROBE), arguments);
    if (!probe.waitForFinished(40000)) {
        *exitCode = -1;
        return {};
    }
    *exitCode = probe.exitCode();
    return QString::fromUtf8(probe.readAllStandardOutput()).trimmed();
}

} // namespace

class TestKeychainSecretStore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { qRegisterMetaType<SecretResult>(); }

    void roundTripAcrossProcesses()
    {
        const QString service = u"BI Workspace tests"_s;
        const QString key = u"roundtrip-"_s + QUuid::createUuid().toString(QUuid::Id128);
        const QString secret = u"s3cr3t-"_s + QUuid::createUuid().toString(QUuid::Id128);
        KeychainSecretStore store(service);

        const SecretResult written = await(store.writeSecret(key, secret));
        QVERIFY2(written.ok(), qPrintable(u"keychain unavailable: "_s + written.errorText));

        int exitCode = 0;
        const QString readBack = runProbe({service, u"read"_s, key}, &exitCode);
        QCOMPARE(exitCode, 0);
        QCOMPARE(readBack, u"ok "_s + secret);

        const SecretResult deleted = await(store.deleteSecret(key));
        QVERIFY2(deleted.ok(), qPrintable(deleted.errorText));

        runProbe({service, u"read"_s, key}, &exitCode);
        QCOMPARE(exitCode, 3); // not found any more

        const SecretResult missing = await(store.readSecret(key));
        QCOMPARE(missing.status, SecretResult::Status::NotFound);
        QVERIFY(missing.value.isEmpty());
    }

    void writtenBySecondProcessReadHere()
    {
        const QString service = u"BI Workspace tests"_s;
        const QString key = u"reverse-"_s + QUuid::createUuid().toString(QUuid::Id128);
        int exitCode = 0;
        runProbe({service, u"write"_s, key, u"from-process-B"_s}, &exitCode);
        QCOMPARE(exitCode, 0);
        KeychainSecretStore store(service);
        const SecretResult read = await(store.readSecret(key));
        QVERIFY2(read.ok(), qPrintable(read.errorText));
        QCOMPARE(read.value, u"from-process-B"_s);
        QVERIFY(await(store.deleteSecret(key)).ok());
    }
};

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_keychainsecretstore.moc"
