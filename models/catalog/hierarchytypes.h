#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

// Shared vocabulary of the connector → source → dataset tree.
enum class NodeKind { Portal, Connector, Source, Dataset, Placeholder };
enum class LoadState { NotLoaded, Loading, Loaded, Failed };

// The kind of a node's children: Portal → Connector → Source → Dataset (leaves: Placeholder).
constexpr NodeKind childKindOf(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Portal:
        return NodeKind::Connector;
    case NodeKind::Connector:
        return NodeKind::Source;
    case NodeKind::Source:
        return NodeKind::Dataset;
    default:
        return NodeKind::Placeholder;
    }
}

// The kind of a node's parent: Connector → Portal, Source → Connector, Dataset → Source.
constexpr NodeKind parentKindOf(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Connector:
        return NodeKind::Portal;
    case NodeKind::Source:
        return NodeKind::Connector;
    case NodeKind::Dataset:
        return NodeKind::Source;
    default:
        return NodeKind::Placeholder;
    }
}

// One key for an object or a parent of the tree: (kind, id); the portal is (Portal, 0).
constexpr quint64 nodeKey(NodeKind kind, qint64 id)
{
    return (quint64(kind) << 56) ^ quint64(id);
}

// The last connection check of a source, shown as a badge in the tree.
struct CheckStatus
{
    enum class State { Unknown, Running, Passed, Failed };
    State state = State::Unknown;
    int httpStatus = 0;
    qint64 elapsedMs = 0;
    QDateTime checkedAt;
    QString message;   // a translated one-line summary

    friend bool operator==(const CheckStatus &, const CheckStatus &) = default;
};

Q_DECLARE_METATYPE(NodeKind)
Q_DECLARE_METATYPE(LoadState)
Q_DECLARE_METATYPE(CheckStatus)
