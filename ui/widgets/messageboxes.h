#pragma once

#include <QMessageBox>

#include <functional>

// Window-modal questions without nested event loops: the dialog is opened with open() and the
// answer arrives in a callback. Tests pre-answer the next question with setNextAnswer(), which
// makes ask() answer asynchronously without showing anything.
namespace MessageBoxes {

using Answer = QMessageBox::StandardButton;

void ask(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
         QMessageBox::StandardButtons buttons, Answer defaultButton, std::function<void(Answer)> done,
         const QString &details = QString());

// Asks whether to discard unsaved changes: Save, Discard or Cancel.
void askUnsavedChanges(QWidget *parent, const QString &what, std::function<void(Answer)> done);

// Test hook: the next ask() answers `answer` without showing a dialog (one-shot).
void setNextAnswer(Answer answer);
// Test hook: the text of the last question asked (shown or pre-answered).
QString lastQuestion();

} // namespace MessageBoxes
