#include "ui/connectors/connectorlogopicker.h"

#include "models/connectors/connectorlogo.h"
#include "models/connectors/logocache.h"
#include "ui/connectors/connectorfindingslabel.h"

#include <QButtonGroup>
#include <QFileDialog>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>

using namespace Qt::StringLiterals;

namespace {
constexpr int kPreviewSize = 48;
}

ConnectorLogoPicker::ConnectorLogoPicker(QWidget *parent)
    : QWidget(parent)
    , m_preview(new QLabel(this))
    , m_fromFile(new QRadioButton(tr("Image file"), this))
    , m_fromUrl(new QRadioButton(tr("URL"), this))
    , m_fileInfo(new QLabel(this))
    , m_choose(new QPushButton(tr("Choose &file…"), this))
    , m_url(new QLineEdit(this))
    , m_problems(new ConnectorFindingsLabel(this))
{
    setObjectName(u"connectorLogoPicker"_s);
    m_preview->setObjectName(u"logoPreview"_s);
    m_preview->setFixedSize(kPreviewSize, kPreviewSize);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_fromFile->setObjectName(u"logoFromFile"_s);
    m_fromUrl->setObjectName(u"logoFromUrl"_s);
    m_fileInfo->setObjectName(u"logoFileInfo"_s);
    m_fileInfo->setWordWrap(true);
    m_choose->setObjectName(u"logoChooseFile"_s);
    m_url->setObjectName(u"logoUrl"_s);
    m_url->setPlaceholderText(u"https://example.com/logo.svg"_s);
    m_problems->setObjectName(u"logoProblems"_s);
    auto *group = new QButtonGroup(this);
    group->addButton(m_fromFile);
    group->addButton(m_fromUrl);
    m_fromFile->setChecked(true);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_preview, 0, 0, 2, 1, Qt::AlignTop);
    layout->addWidget(m_fromFile, 0, 1);
    layout->addWidget(m_fileInfo, 0, 2);
    layout->addWidget(m_choose, 0, 3);
    layout->addWidget(m_fromUrl, 1, 1);
    layout->addWidget(m_url, 1, 2, 1, 2);
    layout->addWidget(m_problems, 2, 1, 1, 3);
    layout->setColumnStretch(2, 1);

    connect(m_choose, &QPushButton::clicked, this, &ConnectorLogoPicker::chooseFile);
    connect(m_fromFile, &QRadioButton::toggled, this, [this] {
        updateState();
        emit changed();
    });
    connect(m_url, &QLineEdit::textEdited, this, [this] {
        m_fromUrl->setChecked(true);
        updateState();
        emit changed();
    });
    updateState();
}

void ConnectorLogoPicker::setLogoCache(LogoCache *cache)
{
    if (m_cache)
        m_cache->disconnect(this);
    m_cache = cache;
    if (cache)
        connect(cache, &LogoCache::logoReady, this, [this](const QString &logo) {
            if (logo == this->logo())
                showPreview();
        });
    showPreview();
}

QString ConnectorLogoPicker::logo() const
{
    return m_fromFile->isChecked() ? m_dataUri : m_url->text();
}

void ConnectorLogoPicker::setLogo(const QString &logo)
{
    m_fileError.clear();
    if (ConnectorLogo::isDataUri(logo) || logo.isEmpty()) {
        m_dataUri = logo;
        m_url->clear();
        m_fromFile->setChecked(true);
    } else {
        m_dataUri.clear();
        m_url->setText(logo);
        m_fromUrl->setChecked(true);
    }
    updateState();
}

bool ConnectorLogoPicker::loadFile(const QString &path)
{
    const ConnectorLogo::Loaded loaded = ConnectorLogo::fromFile(path);
    m_fromFile->setChecked(true);
    if (loaded.ok()) {
        m_dataUri = loaded.dataUri;
        m_fileError.clear();
    } else {
        m_fileError = loaded.error;
    }
    updateState();
    emit changed();
    return loaded.ok();
}

void ConnectorLogoPicker::chooseFile()
{
    auto *dialog = new QFileDialog(this, tr("Choose a logo"), QString(),
                                   tr("Images (*.svg *.png *.jpg *.jpeg)"));
    dialog->setObjectName(u"logoFileDialog"_s);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) { loadFile(path); });
    dialog->open();
}

QList<ConnectorEndpointRules::Finding> ConnectorLogoPicker::findings() const
{
    if (m_fromUrl->isChecked())
        return ConnectorEndpointRules::checkLogoUrl(m_url->text());
    QList<ConnectorEndpointRules::Finding> result;
    if (!m_fileError.isEmpty())
        result.append(ConnectorFindingsLabel::error(u"LOGO_FILE"_s, m_fileError));
    else if (m_dataUri.isEmpty())
        result.append(ConnectorFindingsLabel::error(u"BX_EMPTY_REQUIRED"_s,
                                                    tr("The portal requires a logo: choose an image file or "
                                                       "enter its URL.")));
    return result;
}

void ConnectorLogoPicker::updateState()
{
    m_choose->setEnabled(m_fromFile->isChecked());
    m_fileInfo->setEnabled(m_fromFile->isChecked());
    m_fileInfo->setText(m_dataUri.isEmpty() ? tr("No image chosen (SVG, PNG or JPEG, at most 512 KB)")
                                            : ConnectorLogo::describe(m_dataUri));
    m_problems->setFindings(findings());
    showPreview();
}

void ConnectorLogoPicker::showPreview()
{
    const QString current = logo();
    QIcon icon;
    if (ConnectorLogo::isDataUri(current)) {
        const QImage image = LogoCache::decodeDataUri(current);
        if (!image.isNull())
            icon = QIcon(QPixmap::fromImage(image));
    } else if (m_cache && !current.isEmpty()) {
        icon = m_cache->iconFor(current);
    }
    if (icon.isNull())
        icon = LogoCache::fallbackIcon();
    m_preview->setPixmap(icon.pixmap(kPreviewSize - 8, kPreviewSize - 8));
}
