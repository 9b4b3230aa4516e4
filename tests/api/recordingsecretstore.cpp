#include "recordingsecretstore.h"

#include <QTimer>

SecretRequest *RecordingSecretStore::finishLater(SecretResult result, std::function<void()> beforeFinish)
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

SecretRequest *RecordingSecretStore::readSecret(const QString &key)
{
    SecretResult result;
    result.status = m_values.contains(key) ? SecretResult::Status::Ok : SecretResult::Status::NotFound;
    result.value = m_values.value(key);
    return finishLater(result);
}

SecretRequest *RecordingSecretStore::writeSecret(const QString &key, const QString &value)
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

SecretRequest *RecordingSecretStore::deleteSecret(const QString &key)
{
    m_values.remove(key);
    SecretResult result;
    result.status = SecretResult::Status::Ok;
    return finishLater(result);
}
