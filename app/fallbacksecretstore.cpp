#include "app/fallbacksecretstore.h"

#include "app/applogging.h"

FallbackSecretStore::FallbackSecretStore(std::unique_ptr<SecretStore> primary, QObject *parent)
    : QObject(parent), m_primary(std::move(primary))
{
}

FallbackSecretStore::~FallbackSecretStore() = default;

SecretRequest *FallbackSecretStore::readSecret(const QString &key)
{
    return run(Operation::Read, key, QString());
}

SecretRequest *FallbackSecretStore::writeSecret(const QString &key, const QString &value)
{
    return run(Operation::Write, key, value);
}

SecretRequest *FallbackSecretStore::deleteSecret(const QString &key)
{
    return run(Operation::Delete, key, QString());
}

SecretRequest *FallbackSecretStore::runInMemory(Operation op, const QString &key, const QString &value)
{
    switch (op) {
    case Operation::Read: return m_memory.readSecret(key);
    case Operation::Write: return m_memory.writeSecret(key, value);
    case Operation::Delete: return m_memory.deleteSecret(key);
    }
    return nullptr;
}

SecretRequest *FallbackSecretStore::run(Operation op, const QString &key, const QString &value)
{
    if (m_memoryOnly)
        return runInMemory(op, key, value);

    SecretRequest *primary = nullptr;
    switch (op) {
    case Operation::Read: primary = m_primary->readSecret(key); break;
    case Operation::Write: primary = m_primary->writeSecret(key, value); break;
    case Operation::Delete: primary = m_primary->deleteSecret(key); break;
    }
    // The caller's request outlives the primary one when the memory store has to answer instead.
    auto *relay = new SecretRequest(this);
    connect(primary, &SecretRequest::finished, relay, [this, relay, op, key, value](const SecretResult &result) {
        if (result.status != SecretResult::Status::Unavailable) {
            emit relay->finished(result);
            relay->deleteLater();
            return;
        }
        switchToMemory(result.errorText);
        SecretRequest *fallback = runInMemory(op, key, value);
        connect(fallback, &SecretRequest::finished, relay, [relay](const SecretResult &memoryResult) {
            emit relay->finished(memoryResult);
            relay->deleteLater();
        });
    });
    return relay;
}

void FallbackSecretStore::switchToMemory(const QString &reason)
{
    if (m_memoryOnly)
        return;
    m_memoryOnly = true;
    m_reason = reason;
    qCWarning(lcAppKeychain) << "keychain unavailable, keeping secrets in memory for this run:" << reason;
    emit primaryUnavailable(reason);
}
