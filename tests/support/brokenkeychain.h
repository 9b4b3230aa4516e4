#pragma once

// A keychain whose every job ends with one status, e.g. Unavailable (what QtKeychain reports when
// no Secret Service answers). Counts the jobs it was given.
#include "api/auth/memorysecretstore.h"

class BrokenKeychain : public SecretStore
{
public:
    explicit BrokenKeychain(SecretResult::Status status, int *calls = nullptr) : m_status(status), m_calls(calls) { }
    SecretRequest *readSecret(const QString &) override { return fail(); }
    SecretRequest *writeSecret(const QString &, const QString &) override { return fail(); }
    SecretRequest *deleteSecret(const QString &) override { return fail(); }

private:
    SecretRequest *fail()
    {
        if (m_calls)
            ++*m_calls;
        return MemorySecretStore::finishLater(
            {m_status, {}, QStringLiteral("No such interface org.freedesktop.secrets")});
    }
    SecretResult::Status m_status;
    int *m_calls;
};
