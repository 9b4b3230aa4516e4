#pragma once

#include <QString>

class SandboxProcess;

// Scenario 5: a dataset with 1 000 columns; the fields editor's model (DatasetFieldsModel) toggles
// the visibility of all of them, and Apply sends its pending change. Counts the HTTP requests of
// the Apply alone and checks on the server that every column changed.
struct ToggleResult
{
    bool ok = false;
    QString error;
    int fields = 0;           // columns toggled
    quint64 applyRequests = 0;
};

class ToggleBench
{
public:
    static constexpr int FieldCount = 1000;
    static ToggleResult run(const SandboxProcess &sandbox, int timeoutMs);
};
