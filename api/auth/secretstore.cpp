#include "api/auth/secretstore.h"

SecretStore::~SecretStore() = default;
