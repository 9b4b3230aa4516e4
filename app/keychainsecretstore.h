#pragma once

#include "api/auth/secretstore.h"

#include <QString>

// SecretStore backed by the OS keychain through QtKeychain (Secret Service on Linux,
// Keychain on macOS, Credential Manager on Windows). Jobs are asynchronous; on Linux a job
// that fails because the keychain daemon is not ready yet is retried once after a short delay.
// There is no plaintext fallback.
class KeychainSecretStore : public SecretStore
{
public:
    explicit KeychainSecretStore(const QString &service = QStringLiteral("BI Workspace"));

    SecretRequest *readSecret(const QString &key) override;
    SecretRequest *writeSecret(const QString &key, const QString &value) override;
    SecretRequest *deleteSecret(const QString &key) override;

    QString service() const { return m_service; }

private:
    QString m_service;
};
