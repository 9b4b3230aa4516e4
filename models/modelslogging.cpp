#include "models/modelslogging.h"

Q_LOGGING_CATEGORY(lcModels, "biw.models", QtInfoMsg)
