#pragma once

#include <QString>

// A byte count for people: "37 bytes" (translated plural) below 1 KB, QLocale's "1.2 KB" above.
// QLocale alone says "37 байты" in Russian, which is wrong.
QString formatDataSize(qint64 bytes);
