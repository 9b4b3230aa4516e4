#include "ui/widgets/filechooser.h"

#include <QFileDialog>
#include <QTimer>

#include <optional>
#include <utility>

using namespace Qt::StringLiterals;

namespace FileChooser {
namespace {

std::optional<QString> &nextAnswer()
{
    static std::optional<QString> answer;
    return answer;
}

void choose(QWidget *parent, const QString &title, const QString &filter, const QString &suggestedName,
            QFileDialog::AcceptMode mode, std::function<void(const QString &)> done)
{
    if (std::optional<QString> answer = std::exchange(nextAnswer(), std::nullopt)) {
        QTimer::singleShot(0, parent, [done, path = *answer] { done(path); });
        return;
    }
    auto *dialog = new QFileDialog(parent, title, QString(), filter);
    dialog->setAcceptMode(mode);
    if (mode == QFileDialog::AcceptSave) {
        dialog->setDefaultSuffix(u"json"_s);
        dialog->selectFile(suggestedName);
    } else {
        dialog->setFileMode(QFileDialog::ExistingFile);
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QFileDialog::fileSelected, parent, [done](const QString &path) { done(path); });
    dialog->open();
}

} // namespace

void chooseToOpen(QWidget *parent, const QString &title, const QString &filter, std::function<void(const QString &)> done)
{
    choose(parent, title, filter, QString(), QFileDialog::AcceptOpen, std::move(done));
}

void chooseToSave(QWidget *parent, const QString &title, const QString &filter, const QString &suggestedName,
                  std::function<void(const QString &)> done)
{
    choose(parent, title, filter, suggestedName, QFileDialog::AcceptSave, std::move(done));
}

void setNextAnswer(const QString &path)
{
    nextAnswer() = path;
}

} // namespace FileChooser
