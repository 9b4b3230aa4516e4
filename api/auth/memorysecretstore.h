#pragma once

#include "api/auth/secretstore.h"

#include <QHash>
#include <QString>

// Secrets kept in this process's memory only, for this run: the fallback when the OS keychain is
// unavailable. Never written anywhere. Requests finish asynchronously, like the keychain's.
class MemorySecretStore : public SecretStore
{
public:
    MemorySecretStore() = default;
    ~MemorySecretStore() override;

    SecretRequest *readSecret(const QString &key) override;
    SecretRequest *writeSecret(const QString &key, const QString &value) override;
    SecretRequest *deleteSecret(const QString &key) override;

    bool contains(const QString &key) const { return m_secrets.contains(key); }

    // A request that reports `result` on the next event-loop turn (for stores that answer at once).
    static SecretRequest *finishLater(const SecretResult &result);

private:
    QHash<QString, QString> m_secrets;
};
