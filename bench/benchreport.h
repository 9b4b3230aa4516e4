#pragma once

#include "bench/pagebypagelister.h"
#include "bench/startupbench.h"
#include "bench/togglebench.h"
#include "bench/treeloadbench.h"

#include <QString>
#include <QStringList>

// Everything one benchmark run measured, and how it is printed: a Markdown table, then the one
// RESULT line scripts and the README quote. A measurement that failed prints as "n/a".
struct BenchReport
{
    QString seed;
    int latencyMs = 0;
    QString bucket;
    int startupRuns = 0;
    QString platform;     // the Qt platform plugin every measured window used
    bool smoke = false;   // a small-scale run: it proves the bench runs, its verdicts mean nothing

    TreeLoadResult model;
    PageByPageLister::Result baseline;
    StartupBench::Samples app;
    StartupBench::Samples bare;
    ToggleResult toggle;
    QStringList errors;   // one line per scenario that could not be measured

    QString markdownTable() const;
    QString resultLine() const;
};
