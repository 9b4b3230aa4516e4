#pragma once

// Reads, writes or deletes a keychain entry from a SECOND process (tests/app/keychain_probe.cpp),
// so a test proves the secret really is in the OS keychain and not only in this process. The test
// target defines BIW_KEYCHAIN_PROBE as the probe's path.
#include <QProcess>
#include <QStringList>

struct ProbeResult
{
    int exitCode = -1; // 0 = ok, 3 = not found, 1 = keychain error
    QString value;     // for a successful read
};

inline ProbeResult runKeychainProbe(const QStringList &arguments)
{
    QProcess probe;
    probe.start(QStringLiteral(BIW_KEYCHAIN_PROBE), arguments);
    ProbeResult result;
    if (!probe.waitForFinished(40000))
        return result;
    result.exitCode = probe.exitCode();
    const QString out = QString::fromUtf8(probe.readAllStandardOutput()).trimmed();
    if (result.exitCode == 0 && out.startsWith(QStringLiteral("ok ")))
        result.value = out.mid(3);
    return result;
}
