#pragma once

#include <QLoggingCategory>

// Connector editing, deletion and the endpoint contract tester (models/connector*, ui/connector*).
Q_DECLARE_LOGGING_CATEGORY(lcConnectors)
