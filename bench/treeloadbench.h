#pragma once

#include <QString>

class SandboxProcess;

// Scenario 1 (hierarchy model side), 3 and 4: the real main window shows the sandbox portal and its
// HierarchyModel loads everything ("load everything", as the search box does), while a heartbeat
// measures the GUI thread. Everything runs in this process's GUI thread, the sandbox in its own
// process.
struct TreeLoadResult
{
    bool ok = false;
    QString error;
    quint64 requests = 0;       // HTTP requests in the session's journal (token requests included)
    int rateLimitedReplies = 0; // 503s the transport saw (and waited out)
    int throttled = 0;          // RateLimited errors that reached a caller (the model, the window)
    qint64 wallMs = 0;          // setPortal() + loadEverything() → everythingLoaded
    qint64 stallMs = 0;         // longest gap of the 5 ms heartbeat, from setPortal() to 1 s after loading
    qint64 stallEndMs = 0;      // when that gap ended, ms after setPortal()
    double stallCpuMs = 0;      // CPU time the GUI thread used in that gap (the rest: other processes ran)
    qint64 rssKb = 0;           // this process's VmRSS with the loaded tree still shown
    int connectors = 0, sources = 0, datasets = 0;
};

class TreeLoadBench
{
public:
    static TreeLoadResult run(const SandboxProcess &sandbox, int timeoutMs);
};
