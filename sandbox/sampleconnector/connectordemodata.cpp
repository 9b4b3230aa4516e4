#include "sandbox/sampleconnector/connectordemodata.h"

#include <QDate>
#include <QDateTime>
#include <QTime>

#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

constexpr int SalesRows = 120; // more than the default urlData limit (100)
constexpr int DealsRows = 36;
constexpr int ContactsRows = 40;
constexpr int ProductsRows = 24;

const std::array Regions{u"North"_s, u"South"_s, u"East"_s, u"West"_s, u"Central"_s};
const std::array Stages{u"NEW"_s, u"PREPARATION"_s, u"PROPOSAL"_s, u"WON"_s, u"LOSE"_s};
const std::array Companies{u"Acme"_s, u"Globex"_s, u"Initech"_s, u"Umbrella"_s,
                           u"Stark"_s, u"Wayne"_s, u"Hooli"_s};
const std::array Owners{u"Anna Smith"_s, u"Ben Carter"_s, u"Chloe Diaz"_s,
                        u"David Evans"_s, u"Emma Fox"_s, u"Frank Green"_s};
const std::array FirstNames{u"Alice"_s, u"Bob"_s, u"Carol"_s, u"Dan"_s, u"Eve"_s,
                            u"Frank"_s, u"Grace"_s, u"Heidi"_s, u"Ivan"_s, u"Judy"_s};
const std::array LastNames{u"Adams"_s, u"Brown"_s, u"Clark"_s, u"Davis"_s, u"Evans"_s,
                           u"Ford"_s, u"Gray"_s, u"Hill"_s, u"Irwin"_s, u"Jones"_s};
const std::array Cities{u"Berlin"_s, u"London"_s, u"Madrid"_s, u"Paris"_s,
                        u"Rome"_s, u"Vienna"_s, u"Warsaw"_s};
const std::array Adjectives{u"Basic"_s, u"Smart"_s, u"Compact"_s, u"Premium"_s, u"Rugged"_s, u"Quiet"_s};
const std::array Nouns{u"Lamp"_s, u"Kettle"_s, u"Router"_s, u"Chair"_s};
const std::array Categories{u"Home"_s, u"Kitchen"_s, u"Network"_s, u"Office"_s};

template<typename Array>
const QString &pick(const Array &values, int index)
{
    return values[static_cast<size_t>(index) % values.size()];
}

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QString isoDateTime(const QDate &date, int hour, int minute)
{
    return QDateTime(date, QTime(hour, minute)).toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

double roundCents(double value)
{
    return std::round(value * 100.0) / 100.0;
}

double productPrice(int productId)
{
    return 9.5 + productId * 3.25;
}

QVariantList salesRow(int i)
{
    const int productId = 1 + (i * 7) % ProductsRows;
    const int quantity = 1 + (i * 5) % 9;
    const QDate soldOn = QDate(2024, 1, 3).addDays(i * 6);
    return {1001 + i, productId, pick(Regions, i), quantity, roundCents(quantity * productPrice(productId)),
            isoDate(soldOn), isoDateTime(soldOn, 8 + i % 10, (i * 13) % 60)};
}

QVariantList dealsRow(int i)
{
    const QString &stage = pick(Stages, i);
    const QDate openedOn = QDate(2024, 1, 1).addDays(i * 9);
    const bool closed = stage == u"WON"_s || stage == u"LOSE"_s;
    const QVariant closedAt = closed ? QVariant(isoDateTime(openedOn.addDays(3 + i % 20), 17, 30)) : QVariant();
    return {1 + i,
            u"%1 order #%2"_s.arg(pick(Companies, i)).arg(100 + i),
            stage,
            roundCents(1500 + (i * 7919) % 50000 + 0.5 * (i % 2)),
            i % 3 == 0 ? u"EUR"_s : u"USD"_s,
            isoDate(openedOn),
            closedAt,
            pick(Owners, i)};
}

QVariantList contactsRow(int i)
{
    const QString &first = pick(FirstNames, i);
    const QString &last = pick(LastNames, i * 3);
    const QDate createdOn = QDate(2023, 6, 1).addDays(i * 5);
    return {1 + i,
            QString(first + u' ' + last),
            QString(QString(first + u'.' + last).toLower() + u"@example.com"_s),
            pick(Cities, i),
            isoDate(QDate(1970, 1, 1).addDays(i * 397)),
            isoDateTime(createdOn, 9, i % 60),
            ((i * 17) % 100) / 10.0};
}

QVariantList productsRow(int i)
{
    return {1 + i,
            QString(pick(Adjectives, i) + u' ' + pick(Nouns, i / 6)),
            pick(Categories, i / 6),
            productPrice(1 + i),
            (i * 11) % 40,
            isoDate(QDate(2022, 2, 1).addDays(i * 30)),
            isoDateTime(QDate(2024, 5, 1).addDays(i), 12, 0)};
}

ConnectorTable makeTable(const QString &code, const QString &title,
                         std::initializer_list<ConnectorColumn> columns)
{
    return ConnectorTable{code, title, QList<ConnectorColumn>(columns)};
}

} // namespace

QList<ConnectorTable> ConnectorDemoData::tables()
{
    return {
        makeTable(u"sales"_s, u"Sales"_s,
                  {{u"sale_id"_s, u"Sale ID"_s, u"int"_s},
                   {u"product_id"_s, u"Product ID"_s, u"int"_s},
                   {u"region"_s, u"Region"_s, u"string"_s},
                   {u"quantity"_s, u"Quantity"_s, u"int"_s},
                   {u"amount"_s, u"Amount"_s, u"double"_s},
                   {u"sold_on"_s, u"Sold on"_s, u"date"_s},
                   {u"created_at"_s, u"Created at"_s, u"datetime"_s}}),
        makeTable(u"deals"_s, u"Deals"_s,
                  {{u"deal_id"_s, u"Deal ID"_s, u"int"_s},
                   {u"title"_s, u"Title"_s, u"string"_s},
                   {u"stage"_s, u"Stage"_s, u"string"_s},
                   {u"amount"_s, u"Amount"_s, u"double"_s},
                   {u"currency"_s, u"Currency"_s, u"string"_s},
                   {u"opened_on"_s, u"Opened on"_s, u"date"_s},
                   {u"closed_at"_s, u"Closed at"_s, u"datetime"_s},
                   {u"owner"_s, u"Owner"_s, u"string"_s}}),
        makeTable(u"contacts"_s, u"Contacts"_s,
                  {{u"contact_id"_s, u"Contact ID"_s, u"int"_s},
                   {u"full_name"_s, u"Full name"_s, u"string"_s},
                   {u"email"_s, u"E-mail"_s, u"string"_s},
                   {u"city"_s, u"City"_s, u"string"_s},
                   {u"birthday"_s, u"Birthday"_s, u"date"_s},
                   {u"created_at"_s, u"Created at"_s, u"datetime"_s},
                   {u"score"_s, u"Score"_s, u"double"_s}}),
        makeTable(u"products"_s, u"Products"_s,
                  {{u"product_id"_s, u"Product ID"_s, u"int"_s},
                   {u"name"_s, u"Name"_s, u"string"_s},
                   {u"category"_s, u"Category"_s, u"string"_s},
                   {u"price"_s, u"Price"_s, u"double"_s},
                   {u"in_stock"_s, u"In stock"_s, u"int"_s},
                   {u"launched_on"_s, u"Launched on"_s, u"date"_s},
                   {u"updated_at"_s, u"Updated at"_s, u"datetime"_s}}),
    };
}

int ConnectorDemoData::rowCount(const QString &tableCode)
{
    if (tableCode == u"sales"_s)
        return SalesRows;
    if (tableCode == u"deals"_s)
        return DealsRows;
    if (tableCode == u"contacts"_s)
        return ContactsRows;
    if (tableCode == u"products"_s)
        return ProductsRows;
    return 0;
}

QVariantList ConnectorDemoData::row(const QString &tableCode, int index)
{
    if (tableCode == u"sales"_s)
        return salesRow(index);
    if (tableCode == u"deals"_s)
        return dealsRow(index);
    if (tableCode == u"contacts"_s)
        return contactsRow(index);
    if (tableCode == u"products"_s)
        return productsRow(index);
    return {};
}
