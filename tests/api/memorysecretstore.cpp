#include "memorysecretstore.h"

#include <QTimer>

SecretRequest *MemorySecretStore::finishLater(SecretResult result, std::function<void()> beforeFinish)
{
    auto *request = new SecretRequest;
    QTimer::singleShot(m_delayMs, request, [request, result, beforeFinish = std::move(beforeFinish)] {
        if (beforeFinish)
            beforeFinish();
        emit request->finished(result);
        request->deleteLater();
    });
    return request;
}

SecretRequest *MemorySecretStore::readSecret(const QString &key)
{
    SecretResult result;
    result.status = m_values.contains(key) ? SecretResult::Status::Ok : SecretResult::Status::NotFound;
    result.value = m_values.value(key);
    return finishLater(result);
}

SecretRequest *MemorySecretStore::writeSecret(const QString &key, const QString &value)
{
    if (onWriteStarted)
        onWriteStarted();
    SecretResult result;
    result.status = m_failWrites ? SecretResult::Status::Failed : SecretResult::Status::Ok;
    result.errorText = m_failWrites ? QStringLiteral("the test store refuses writes") : QString();
    return finishLater(result, [this, key, value] {
        if (!m_failWrites) {
            m_values.insert(key, value);
            m_writes.append(value);
        }
        if (onWriteFinished)
            onWriteFinished();
    });
}

SecretRequest *MemorySecretStore::deleteSecret(const QString &key)
{
    m_values.remove(key);
    SecretResult result;
    result.status = SecretResult::Status::Ok;
    return finishLater(result);
}
