#pragma once

#include "api/auth/memorysecretstore.h"
#include "api/auth/secretstore.h"

#include <QObject>
#include <QString>

#include <memory>

// The app's secret store: the OS keychain while it works; once the keychain reports itself
// unavailable, every secret of this run is kept in memory only (never on disk) and
// primaryUnavailable() tells the user why. Failures other than "unavailable" pass through.
class FallbackSecretStore : public QObject, public SecretStore
{
    Q_OBJECT
public:
    explicit FallbackSecretStore(std::unique_ptr<SecretStore> primary, QObject *parent = nullptr);
    ~FallbackSecretStore() override;

    SecretRequest *readSecret(const QString &key) override;
    SecretRequest *writeSecret(const QString &key, const QString &value) override;
    SecretRequest *deleteSecret(const QString &key) override;

    bool isUsingMemory() const { return m_memoryOnly; }
    QString unavailableReason() const { return m_reason; }

signals:
    void primaryUnavailable(const QString &errorText);

private:
    enum class Operation { Read, Write, Delete };
    SecretRequest *run(Operation op, const QString &key, const QString &value);
    SecretRequest *runInMemory(Operation op, const QString &key, const QString &value);
    void switchToMemory(const QString &reason);

    std::unique_ptr<SecretStore> m_primary;
    MemorySecretStore m_memory;
    bool m_memoryOnly = false;
    QString m_reason;
};
