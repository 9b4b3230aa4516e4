#pragma once

#include <QObject>
#include <QString>

// Outcome of one secret-store operation. Values never appear in logs or debug output.
struct SecretResult
{
    enum class Status { Ok, NotFound, Unavailable, Failed };
    Status status = Status::Failed;
    QString value;        // the secret on a successful read; empty otherwise
    QString errorText;    // backend's explanation when status is Unavailable or Failed

    bool ok() const { return status == Status::Ok; }
};

// A running secret-store operation. Emits finished() exactly once and then deletes itself.
class SecretRequest : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

signals:
    void finished(const SecretResult &result);
};

// Where secrets (client secret, refresh token) live. The api layer only sees this interface;
// the application injects the OS keychain implementation. There is deliberately no plaintext
// implementation besides the in-memory one used when the keychain is unavailable.
class SecretStore
{
public:
    virtual ~SecretStore();
    virtual SecretRequest *readSecret(const QString &key) = 0;
    virtual SecretRequest *writeSecret(const QString &key, const QString &value) = 0;
    virtual SecretRequest *deleteSecret(const QString &key) = 0;
};
