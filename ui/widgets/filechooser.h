#pragma once

#include <QString>

#include <functional>

class QWidget;

// Window-modal file choosers without nested event loops (QFileDialog::open); the chosen path
// arrives in a callback, nothing when the user cancels. Tests pre-answer the next choice with
// setNextAnswer(), which calls back asynchronously without showing anything.
namespace FileChooser {

void chooseToOpen(QWidget *parent, const QString &title, const QString &filter, std::function<void(const QString &)> done);
void chooseToSave(QWidget *parent, const QString &title, const QString &filter, const QString &suggestedName,
                  std::function<void(const QString &)> done);

// Test hook: the next chooser answers `path` without showing a dialog (one-shot).
void setNextAnswer(const QString &path);

} // namespace FileChooser
