#include "sandbox/sampleconnector/connectorschema.h"

using namespace Qt::StringLiterals;

const ConnectorColumn *ConnectorTable::column(const QString &columnCode) const
{
    for (const ConnectorColumn &candidate : columns) {
        if (candidate.code == columnCode)
            return &candidate;
    }
    return nullptr;
}

QStringList ConnectorTypes::all()
{
    return {u"int"_s, u"string"_s, u"double"_s, u"date"_s, u"datetime"_s};
}

bool ConnectorTypes::isKnown(const QString &type)
{
    return all().contains(type);
}
