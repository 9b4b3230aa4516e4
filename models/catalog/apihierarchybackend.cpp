#include "models/catalog/apihierarchybackend.h"

#include "api/transport/listcall.h"
#include "api/transport/restclient.h"

#include <QJsonObject>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

// Adapts a ListCall to the ChildListing handle the model uses.
class ApiChildListing : public ChildListing
{
public:
    explicit ApiChildListing(ListCall *call)
        : m_call(call)
    {
        call->onPage(this, [this](const QJsonArray &items, int) { emit pageReceived(items); });
        call->onFinished(this, [this](const ApiResult &result) { done(result.error); });
    }

    void cancel() override
    {
        if (m_call)
            m_call->cancel(); // finishes with Canceled, which lands in done()
        else
            done(ApiError::canceled(QString()));
    }

private:
    void done(const ApiError &error)
    {
        if (m_done)
            return;
        m_done = true;
        emit finished(error);
        deleteLater();
    }

    QPointer<ListCall> m_call;
    bool m_done = false;
};

// A listing that fails at once (no client): still asynchronous, still exactly one finished().
class FailedListing : public ChildListing
{
public:
    explicit FailedListing(const ApiError &error)
    {
        QTimer::singleShot(0, this, [this, error] {
            emit finished(error);
            deleteLater();
        });
    }
    void cancel() override {}
};

QJsonObject orderFor(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Connector:
        return {{u"sort"_s, u"ASC"_s}, {u"title"_s, u"ASC"_s}};
    case NodeKind::Source:
        return {{u"title"_s, u"ASC"_s}};
    case NodeKind::Dataset:
        return {{u"name"_s, u"ASC"_s}};
    default:
        return {};
    }
}

} // namespace

ApiHierarchyBackend::ApiHierarchyBackend(RestClient *client)
    : m_client(client)
{
}

QString ApiHierarchyBackend::listMethod(NodeKind childKind)
{
    switch (childKind) {
    case NodeKind::Connector:
        return u"biconnector.connector.list"_s;
    case NodeKind::Source:
        return u"biconnector.source.list"_s;
    case NodeKind::Dataset:
        return u"biconnector.dataset.list"_s;
    default:
        return {};
    }
}

ChildListing *ApiHierarchyBackend::listChildren(NodeKind parentKind, qint64 parentId)
{
    const NodeKind kind = childKindOf(parentKind);
    if (!m_client || kind == NodeKind::Placeholder)
        return new FailedListing(ApiError(ApiError::Kind::Transport, u"NO_SESSION"_s, u"Not signed in"_s));
    QJsonObject params{{u"order"_s, orderFor(kind)}};
    if (kind == NodeKind::Source)
        params.insert(u"filter"_s, QJsonObject{{u"connectorId"_s, parentId}});
    else if (kind == NodeKind::Dataset)
        params.insert(u"filter"_s, QJsonObject{{u"sourceId"_s, parentId}});
    ListOptions options;
    options.keepItems = false;
    return new ApiChildListing(m_client->listAll(listMethod(kind), params, options));
}

ChildListing *ApiHierarchyBackend::listEverything(NodeKind kind)
{
    if (!m_client)
        return new FailedListing(ApiError(ApiError::Kind::Transport, u"NO_SESSION"_s, u"Not signed in"_s));
    ListOptions options;
    options.keepItems = false;
    return new ApiChildListing(
        m_client->listAll(listMethod(kind), QJsonObject{{u"order"_s, QJsonObject{{u"id"_s, u"ASC"_s}}}}, options));
}
