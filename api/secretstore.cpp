#include "api/secretstore.h"

SecretStore::~SecretStore() = default;
