#pragma once

#include "api/auth/secretstore.h"

#include <QHash>
#include <QStringList>

#include <functional>

// A SecretStore for tests that records every write: keeps values in memory and finishes every
// request asynchronously, after `delayMs`, like a slow keychain; can refuse writes. `onWriteStarted`
// runs when a write is requested and `onWriteFinished` just before its finished() is emitted.
class RecordingSecretStore : public SecretStore
{
public:
    SecretRequest *readSecret(const QString &key) override;
    SecretRequest *writeSecret(const QString &key, const QString &value) override;
    SecretRequest *deleteSecret(const QString &key) override;

    QString value(const QString &key) const { return m_values.value(key); }
    QStringList writes() const { return m_writes; }   // values in the order they were written
    void setDelayMs(int delayMs) { m_delayMs = delayMs; }
    void setFailWrites(bool fail) { m_failWrites = fail; }

    std::function<void()> onWriteStarted;
    std::function<void()> onWriteFinished;

private:
    SecretRequest *finishLater(SecretResult result, std::function<void()> beforeFinish = {});

    QHash<QString, QString> m_values;
    QStringList m_writes;
    int m_delayMs = 0;
    bool m_failWrites = false;
};
