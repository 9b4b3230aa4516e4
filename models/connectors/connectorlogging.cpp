#include "models/connectors/connectorlogging.h"

Q_LOGGING_CATEGORY(lcConnectors, "biw.connectors", QtInfoMsg)
