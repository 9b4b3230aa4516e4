#include "api/auth/memorysecretstore.h"

#include <QTimer>

MemorySecretStore::~MemorySecretStore()
{
    for (QString &secret : m_secrets)
        secret.fill(QLatin1Char('\0'));
}

SecretRequest *MemorySecretStore::finishLater(const SecretResult &result)
{
    auto *request = new SecretRequest;
    QTimer::singleShot(0, request, [request, result] {
        emit request->finished(result);
        request->deleteLater();
    });
    return request;
}

SecretRequest *MemorySecretStore::readSecret(const QString &key)
{
    const auto found = m_secrets.constFind(key);
    if (found == m_secrets.constEnd())
        return finishLater({SecretResult::Status::NotFound, {}, {}});
    return finishLater({SecretResult::Status::Ok, *found, {}});
}

SecretRequest *MemorySecretStore::writeSecret(const QString &key, const QString &value)
{
    m_secrets.insert(key, value);
    return finishLater({SecretResult::Status::Ok, {}, {}});
}

SecretRequest *MemorySecretStore::deleteSecret(const QString &key)
{
    m_secrets.remove(key);
    return finishLater({SecretResult::Status::Ok, {}, {}});
}
