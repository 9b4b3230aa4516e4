// End-to-end secret hygiene of the sources feature. A distinctive value is typed into the settings
// form and goes through everything a user does with a source: direct checks (✗ and ✓), a refused
// save, a save, the detail pane (source.get returns values in clear), edits, checks from the tree,
// check all, delete. Afterwards the value must appear in no file under the test's HOME/XDG
// folders, in no log message (all biw.* categories at debug level, captured with
// qInstallMessageHandler; the sandbox's own server-side categories excluded), in no request
// journal entry, in no window title, tooltip, label or details text, and not on the clipboard
// unless the user revealed the value and copied it.
#include "api/journal/requestjournal.h"
#include "models/catalog/portalcatalog.h"
#include "api/transport/restclient.h"
#include "sandbox/sampleconnector/sampleconnector.h"
#include "ui/sources/connectioncheckview.h"
#include "ui/shell/detailstack.h"
#include "ui/widgets/messageboxes.h"
#include "ui/sources/settingsform.h"
#include "ui/sources/sourcedetailpane.h"
#include "ui/sources/sourcedialog.h"
#include "ui/sources/sourceform.h"

#include "ui/tst_sourcefixture.h"

#include "support/secretscan.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <optional>

using namespace Qt::StringLiterals;

namespace {

const QString Secret = u"Zq9sEcReTvalue5f1c2e7a"_s;        // typed into the form
const QString ChangedSecret = u"Wx4cHaNgEdvalue8d0b3f19"_s; // typed when editing

bool containsSecret(const QString &text)
{
    return text.contains(Secret) || text.contains(ChangedSecret);
}

QString g_home; // the isolated HOME the test runs in (set up in main before QApplication)

} // namespace

class TestSourceSecrets : public QObject
{
    Q_OBJECT
private:
    SourceTestPortal m_portal;
    std::unique_ptr<SecretScan::LogCapture> m_log;
    qint64 m_connectorId = 0;

    // Widgets' texts a user or a screen reader sees, minus the editors that hold the value.
    QStringList visibleTexts() const
    {
        QStringList texts;
        for (QWidget *widget : QApplication::allWidgets()) {
            texts << widget->windowTitle() << widget->toolTip() << widget->statusTip() << widget->whatsThis()
                  << widget->accessibleName() << widget->accessibleDescription();
            if (auto *label = qobject_cast<QLabel *>(widget))
                texts << label->text();
            if (auto *text = qobject_cast<QPlainTextEdit *>(widget))
                texts << text->toPlainText();
            if (auto *button = qobject_cast<QAbstractButton *>(widget))
                texts << button->text();
        }
        return texts;
    }
    void verifyNothingVisibleLeaks(const char *where)
    {
        for (const QString &text : visibleTexts())
            QVERIFY2(!containsSecret(text), qPrintable(QString::fromLatin1(where) + u": "_s + text));
        HierarchyModel *model = m_portal.model();
        std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
            for (int row = 0; row < model->rowCount(parent); ++row) {
                const QModelIndex index = model->index(row, 0, parent);
                for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(HierarchyModel::SearchTextRole)})
                    QVERIFY2(!containsSecret(index.data(role).toString()), where);
                walk(index);
            }
        };
        walk({});
    }
    SourceDialog *openNewSource(qint64 connectorId)
    {
        SourceDialog *dialog = m_portal.actions()->newSource(connectorId);
        [&] { QTRY_VERIFY_WITH_TIMEOUT(dialog && dialog->form()->hasConnector(), 10000); }();
        return dialog;
    }
    void runCheck(SourceForm *form)
    {
        QTest::mouseClick(form->checkView()->button(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(form->checkView()->hasResult(), 10000);
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"BIWorkspaceTests"_s);
        QCoreApplication::setApplicationName(u"tst_sourcesecrets"_s);
        m_log = std::make_unique<SecretScan::LogCapture>();
        QString error;
        QVERIFY2(m_portal.start(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(m_portal.model()->rowCount(m_portal.model()->portalIndex()) >= 3, 10000);

        // A connector whose check accepts any credentials, so the distinctive value gets saved.
        const Connector connector =
            SecretScan::acceptAnythingConnector(m_portal.server->connectorUrl(), u"Anything goes"_s);
        std::optional<Outcome<qint64>> added;
        m_portal.session->biconnector().addConnector(connector).onFinished(this, [&](const Outcome<qint64> &o) { added = o; });
        QTRY_VERIFY_WITH_TIMEOUT(added.has_value(), 10000);
        QVERIFY2(added->ok(), qPrintable(added->error.details()));
        m_connectorId = added->value;
        Connector created = connector;
        created.id = m_connectorId;
        m_portal.model()->catalog()->putConnector(created);
        QVERIFY(m_portal.model()->indexFor(NodeKind::Connector, m_connectorId).isValid());
    }

    void secretGoesNowhere()
    {
        QClipboard *clipboard = QApplication::clipboard();
        clipboard->setText(u"nothing yet"_s);

        // 1. The sample connector refuses the value: direct check ✗, the portal refuses the save.
        QPointer<SourceDialog> refused = openNewSource(m_portal.storedId(u"connectors"_s, u"Sample SQL Connector"_s));
        QVERIFY(refused);
        QTest::keyClicks(refused->form()->titleEdit(), u"Refused source"_s);
        QTest::keyClicks(refused->form()->settingsForm()->editorFor(u"login"_s), SampleConnector::validLogin());
        QLineEdit *samplePassword = refused->form()->settingsForm()->editorFor(u"password"_s);
        QTest::keyClicks(samplePassword, Secret);
        runCheck(refused->form());
        QVERIFY(refused->form()->checkView()->resultText().contains(u"HTTP 401"_s));
        QTest::mouseClick(refused->saveButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!refused->form()->errorText().isEmpty(), 10000);
        // Copy from the masked field does nothing.
        samplePassword->setFocus();
        samplePassword->selectAll();
        QTest::keyClick(samplePassword, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(clipboard->text(), u"nothing yet"_s);
        verifyNothingVisibleLeaks("refused dialog");
        refused->reject();
        QTRY_VERIFY(refused.isNull());

        // 2. The accepting connector: check ✓ and save.
        QPointer<SourceDialog> dialog = openNewSource(m_connectorId);
        SourceForm *form = dialog->form();
        QTest::keyClicks(form->titleEdit(), u"Secret keeper"_s);
        QTest::keyClicks(form->settingsForm()->editorFor(u"login"_s), u"keeper"_s);
        QLineEdit *apiKey = form->settingsForm()->editorFor(u"apikey"_s);
        QTest::keyClicks(apiKey, Secret);
        QTest::keyClicks(form->settingsForm()->editorFor(u"pin"_s), u"4711"_s);
        runCheck(form);
        QVERIFY2(form->checkView()->resultText().contains(u"HTTP 200"_s), qPrintable(form->checkView()->resultText()));
        QVERIFY(form->checkView()->detailsText().contains(u"connection[apikey]=***"_s));
        // Revealed, the user may copy it: that is asking for it (and proves the clipboard check works).
        form->settingsForm()->findChild<QAbstractButton *>(u"reveal_apikey"_s)->click();
        QCOMPARE(apiKey->echoMode(), QLineEdit::Normal);
        verifyNothingVisibleLeaks("revealed value");
        apiKey->selectAll();
        QTest::keyClick(apiKey, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(clipboard->text(), Secret);
        clipboard->setText(u"nothing yet"_s);
        form->settingsForm()->findChild<QAbstractButton *>(u"reveal_apikey"_s)->click();
        QCOMPARE(apiKey->echoMode(), QLineEdit::Password);
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), 10000);
        const qint64 sourceId = m_portal.storedId(u"sources"_s, u"Secret keeper"_s);
        QVERIFY(sourceId > 0);
        const auto stored = m_portal.server->query(
            u"SELECT value FROM source_settings WHERE source_id = ? AND code = 'apikey'"_s, {sourceId});
        QCOMPARE(stored.value(0).value(u"value"_s).toString(), Secret); // the portal has it: it was saved

        // 3. The detail pane: source.get returns the value in clear; it stays masked and unlogged.
        // The connector was never expanded: the new node appears once its sources are listed.
        QTRY_VERIFY_WITH_TIMEOUT(m_portal.model()->indexFor(NodeKind::Source, sourceId).isValid(), 10000);
        const QModelIndex node = m_portal.model()->indexFor(NodeKind::Source, sourceId);
        m_portal.window->browser()->selectSourceIndex(node);
        SourceDetailPane *pane = m_portal.window->details()->sourcePane();
        QTRY_VERIFY_WITH_TIMEOUT(pane->form()->hasConnector() && pane->form()->settingsForm()->editorFor(u"apikey"_s)
                                     && pane->form()->settingsForm()->editorFor(u"apikey"_s)->text() == Secret,
                                 10000);
        QCOMPARE(pane->form()->settingsForm()->editorFor(u"apikey"_s)->echoMode(), QLineEdit::Password);
        verifyNothingVisibleLeaks("detail pane");
        // Edit the title, then the value.
        QLineEdit *title = pane->form()->titleEdit();
        title->selectAll();
        QTest::keyClicks(title, u"Secret keeper (renamed)"_s);
        QTest::mouseClick(pane->saveButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!pane->isSaving() && !pane->hasUnsavedChanges(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(pane->form()->settingsForm()->editorFor(u"apikey"_s), 10000);
        QLineEdit *paneKey = pane->form()->settingsForm()->editorFor(u"apikey"_s);
        paneKey->selectAll();
        QTest::keyClicks(paneKey, ChangedSecret);
        runCheck(pane->form());
        QTest::mouseClick(pane->saveButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!pane->isSaving() && !pane->hasUnsavedChanges(), 10000);
        QVERIFY2(pane->form()->errorText().isEmpty(), qPrintable(pane->form()->errorText()));
        QCOMPARE(m_portal.server
                     ->query(u"SELECT value FROM source_settings WHERE source_id = ? AND code = 'apikey'"_s, {sourceId})
                     .value(0)
                     .value(u"value"_s)
                     .toString(),
                 ChangedSecret);

        // 4. Checks from the tree (F9) and check all.
        QSignalSpy runs(m_portal.actions(), &SourceActions::checkRunFinished);
        m_portal.actions()->checkSource(sourceId);
        QVERIFY(runs.wait(10000));
        m_portal.actions()->checkConnector(m_connectorId);
        QVERIFY(runs.wait(10000));
        verifyNothingVisibleLeaks("after checks");

        // 5. Delete it (plain confirm: no datasets).
        QSignalSpy deleted(m_portal.actions(), &SourceActions::deletionFinished);
        MessageBoxes::setNextAnswer(QMessageBox::Yes);
        m_portal.actions()->deleteSource(sourceId);
        QVERIFY(deleted.wait(10000));
        QVERIFY(deleted.last().at(0).toBool());

        // The journal recorded the writes and reads, every value redacted.
        const QList<JournalEntry> entries = m_portal.session->journal()->entries();
        QStringList methods;
        for (const JournalEntry &entry : entries) {
            methods << entry.method << entry.commandMethods;
            const QString request = QString::fromUtf8(QJsonDocument(entry.requestParams).toJson(QJsonDocument::Compact));
            const QString response =
                QString::fromUtf8(QJsonDocument(QJsonArray{entry.response}).toJson(QJsonDocument::Compact));
            const QString all = request + response + entry.url.toString() + entry.errorCode;
            QVERIFY2(!containsSecret(all), qPrintable(entry.method + u": "_s + all.left(400)));
        }
        for (const QString &method : {u"biconnector.source.add"_s, u"biconnector.source.get"_s,
                                      u"biconnector.source.update"_s, u"biconnector.source.delete"_s})
            QVERIFY2(methods.contains(method), qPrintable(method));
        QVERIFY(clipboard->text() != Secret);
        verifyNothingVisibleLeaks("end");
    }

    void cleanupTestCase()
    {
        // Close like a user (the window saves its state), then flush everything to disk.
        m_portal.window->close();
        QSettings().sync();
        m_portal.stop();
        m_log->stop();

        // Log output of the client (the sandbox's categories are the portal's own server logs).
        const QList<SecretScan::CapturedMessage> messages = SecretScan::LogCapture::clientMessages();
        for (const SecretScan::CapturedMessage &message : messages)
            QVERIFY2(!containsSecret(message.text), qPrintable(message.category + u": "_s + message.text));
        const int clientMessages = int(messages.size());
        QVERIFY2(clientMessages > 0, "no client log output was captured: the capture itself is broken");
        const bool endpointLogged = std::any_of(messages.cbegin(), messages.cend(), [](const SecretScan::CapturedMessage &m) {
            return m.category == u"biw.api.endpoint"_s;
        });
        QVERIFY(endpointLogged);

        // Every file under the test's HOME (config, cache, data, state, anything else).
        int files = 0;
        const QStringList offenders = SecretScan::filesWithSecrets(g_home, {Secret, ChangedSecret}, &files);
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(u"\n"_s)));
        QVERIFY2(files > 0, "nothing was written under HOME: the scan proves nothing");
        qInfo("scanned %d file(s) under %s and %d client log message(s)", files, qPrintable(g_home), clientMessages);
    }
};

int main(int argc, char **argv)
{
    return SecretScan::runIsolated<TestSourceSecrets>(u"tst_sourcesecrets"_s, &g_home, argc, argv);
}

#include "tst_sourcesecrets.moc"
