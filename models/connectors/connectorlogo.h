#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QString>

// A connector's `logo` field: either an http(s) URL or a data: URI with an SVG, PNG or JPEG
// image. Turns an image file into such a data URI (checking its size and that it decodes) and
// describes a logo value in words for summaries.
class ConnectorLogo
{
    Q_DECLARE_TR_FUNCTIONS(ConnectorLogo)
public:
    struct Loaded
    {
        QString dataUri;   // empty on failure
        QImage image;      // the decoded preview
        QString error;     // translated, set on failure

        bool ok() const { return !dataUri.isEmpty(); }
    };

    // Reads `path`, detects the format from the content, checks the size
    // (LogoCache::kMaxLogoBytes) and that the image decodes.
    static Loaded fromFile(const QString &path);
    // The same for bytes already in memory; `fileName` only appears in messages.
    static Loaded fromBytes(const QByteArray &bytes, const QString &fileName);

    static bool isDataUri(const QString &logo);
    // "PNG image, 2.1 KB, embedded" / "https://…" / "none".
    static QString describe(const QString &logo);
    // The MIME type of an SVG, PNG or JPEG payload (empty for anything else).
    static QString mimeTypeOf(const QByteArray &bytes);

private:
    static QString tooLarge(const QString &fileName, qint64 size);
};
