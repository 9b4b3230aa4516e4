#pragma once

#include <optional>

// Per-call transport choices. The defaults follow the method name (portal-behavior.md §1.2, §4):
// reads (*.get, *.list, *.fields) are idempotent and may ride in a `batch`; everything else is a
// write, sent on its own and never resent after a lost reply. A call whose params carry a boolean
// is never batched whatever the options say, because batch commands are query strings.
struct CallOptions
{
    std::optional<bool> batchable;
    std::optional<bool> idempotent;
    int timeoutMs = 0;   // 0 = the client's default

    static CallOptions unbatched()
    {
        CallOptions options;
        options.batchable = false;
        return options;
    }
};

// How listAll() pages through a list (50 items a page, no total: a short page ends it).
struct ListOptions
{
    int firstRound = 1;      // pages asked for at first (most lists fit in one page)
    int roundSize = 50;      // pages asked for speculatively per following round: one full batch
    bool keepItems = true;   // finished() carries every item; off for consumers of pageReceived() only
};
