#include "models/tables/datasize.h"

#include <QCoreApplication>
#include <QLocale>

QString formatDataSize(qint64 bytes)
{
    if (bytes < 1024)
        return QCoreApplication::translate("DataSize", "%n byte(s)", nullptr, int(bytes));
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}
