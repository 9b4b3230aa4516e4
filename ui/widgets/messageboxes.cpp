#include "ui/widgets/messageboxes.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

#include <optional>

namespace MessageBoxes {

namespace {
std::optional<Answer> g_nextAnswer;
QString g_lastQuestion;
} // namespace

void setNextAnswer(Answer answer)
{
    g_nextAnswer = answer;
}

QString lastQuestion()
{
    return g_lastQuestion;
}

void ask(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
         QMessageBox::StandardButtons buttons, Answer defaultButton, std::function<void(Answer)> done,
         const QString &details)
{
    g_lastQuestion = text;
    if (g_nextAnswer) {
        const Answer answer = *std::exchange(g_nextAnswer, std::nullopt);
        QObject *context = parent ? static_cast<QObject *>(parent) : static_cast<QObject *>(QCoreApplication::instance());
        QTimer::singleShot(0, context, [done = std::move(done), answer] { done(answer); });
        return;
    }
    auto *box = new QMessageBox(icon, title, text, buttons, parent);
    box->setDefaultButton(defaultButton);
    box->setObjectName(QStringLiteral("questionBox"));
    if (!details.isEmpty())
        box->setDetailedText(details);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    QObject::connect(box, &QMessageBox::finished, box, [box, done = std::move(done)](int) {
        QAbstractButton *clicked = box->clickedButton();
        done(clicked ? box->standardButton(clicked) : QMessageBox::Cancel);
    });
    box->open();
}

void askUnsavedChanges(QWidget *parent, const QString &what, std::function<void(Answer)> done)
{
    ask(parent, QMessageBox::Warning, QCoreApplication::translate("MessageBoxes", "Unsaved changes"),
        QCoreApplication::translate("MessageBoxes", "%1 has unsaved changes. Save them before you leave?").arg(what),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save, std::move(done));
}

} // namespace MessageBoxes
