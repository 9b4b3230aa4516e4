#include "app/keychainsecretstore.h"

#include "app/applogging.h"

#include <QTimer>

#include <qt6keychain/keychain.h>

namespace {

enum class Operation { Read, Write, Delete };

constexpr int kRetryDelayMs = 1500;

SecretResult::Status statusFor(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return SecretResult::Status::Ok;
    case QKeychain::EntryNotFound:
        return SecretResult::Status::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError: // what libsecret reports when no Secret Service is reachable
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return SecretResult::Status::Unavailable;
    case QKeychain::CouldNotDeleteEntry:
        return SecretResult::Status::Failed;
    }
    return SecretResult::Status::Failed;
}

// Drives one QtKeychain job, with a single retry when the backend looks "not ready yet".
class KeychainRequest : public SecretRequest
{
public:
    KeychainRequest(QString service, Operation op, QString key, QString value)
        : m_service(std::move(service)), m_op(op), m_key(std::move(key)), m_value(std::move(value))
    {
    }

    void start() { startJob(); }

private:
    void startJob()
    {
        QKeychain::Job *job = nullptr;
        switch (m_op) {
        case Operation::Read: {
            auto *read = new QKeychain::ReadPasswordJob(m_service, this);
            job = read;
            break;
        }
        case Operation::Write: {
            auto *write = new QKeychain::WritePasswordJob(m_service, this);
            write->setTextData(m_value);
            job = write;
            break;
        }
        case Operation::Delete:
            job = new QKeychain::DeletePasswordJob(m_service, this);
            break;
        }
        job->setKey(m_key);
        job->setAutoDelete(true);
        job->setInsecureFallback(false);
        QObject::connect(job, &QKeychain::Job::finished, this,
                         [this](QKeychain::Job *finishedJob) { onJobFinished(finishedJob); });
        job->start();
    }

    void onJobFinished(QKeychain::Job *job)
    {
        SecretResult result;
        result.status = statusFor(job->error());
        if (m_op == Operation::Delete && result.status == SecretResult::Status::NotFound)
            result.status = SecretResult::Status::Ok; // deleting what is not there is success
        if (result.status == SecretResult::Status::Unavailable && !m_retried) {
            m_retried = true;
            qCInfo(lcAppKeychain) << "keychain not ready, retrying once:" << job->errorString();
            QTimer::singleShot(kRetryDelayMs, this, [this] { startJob(); });
            return;
        }
        if (result.ok() && m_op == Operation::Read)
            result.value = static_cast<QKeychain::ReadPasswordJob *>(job)->textData();
        if (!result.ok() && result.status != SecretResult::Status::NotFound)
            result.errorText = job->errorString();
        m_value.fill(QLatin1Char('\0'));
        m_value.clear();
        emit finished(result);
        deleteLater();
    }

    QString m_service;
    Operation m_op;
    QString m_key;
    QString m_value;
    bool m_retried = false;
};

SecretRequest *startRequest(const QString &service, Operation op, const QString &key,
                            const QString &value = {})
{
    auto *request = new KeychainRequest(service, op, key, value);
    // Start on the next event-loop turn so callers can connect to finished() first.
    QTimer::singleShot(0, request, [request] { request->start(); });
    return request;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(const QString &service)
    : m_service(service)
{
}

SecretRequest *KeychainSecretStore::readSecret(const QString &key)
{
    return startRequest(m_service, Operation::Read, key);
}

SecretRequest *KeychainSecretStore::writeSecret(const QString &key, const QString &value)
{
    return startRequest(m_service, Operation::Write, key, value);
}

SecretRequest *KeychainSecretStore::deleteSecret(const QString &key)
{
    return startRequest(m_service, Operation::Delete, key);
}
