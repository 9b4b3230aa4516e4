// Unit test of the palette module (ui/widgets/uipalette.h) and of StateColorDelegate: the semantic
// colours of a light and a dark palette differ from each other and stay readable (contrast ≥ 4.5:1
// against Base and Window), message and banner roles follow palette changes, and the item state
// mappings turn the models' state roles into the right colour roles.
#include <QApplication>
#include <QLabel>
#include <QStandardItemModel>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>
#include <QVBoxLayout>

#include "models/catalog/hierarchymodel.h"
#include "models/tables/datasetfieldsmodel.h"
#include "ui/widgets/statecolordelegate.h"
#include "ui/widgets/uipalette.h"

using namespace Qt::StringLiterals;
using UiPalette::Role;

namespace {

const QList<Role> kTextRoles = {Role::Error, Role::Warning, Role::Success, Role::Muted,
                                Role::Info,  Role::Changed, Role::Added,   Role::Removed};
const QList<Role> kTintRoles = {Role::Error, Role::Warning, Role::Success,    Role::Changed,
                                Role::Added, Role::Removed, Role::SearchMatch};

QPalette lightPalette()
{
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"Fusion"_s));
    return fusion->standardPalette();
}

QPalette darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(53, 53, 53));
    dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
    dark.setColor(QPalette::Base, QColor(35, 35, 35));
    dark.setColor(QPalette::AlternateBase, QColor(45, 45, 45));
    dark.setColor(QPalette::Text, QColor(230, 230, 230));
    dark.setColor(QPalette::Button, QColor(53, 53, 53));
    dark.setColor(QPalette::ButtonText, QColor(230, 230, 230));
    dark.setColor(QPalette::Highlight, QColor(42, 130, 218));
    dark.setColor(QPalette::HighlightedText, QColor(255, 255, 255));
    return dark;
}

// A dark palette whose Base is nearly black and Window mid-dark (the hardest case for reds).
QPalette blackPalette()
{
    QPalette black = darkPalette();
    black.setColor(QPalette::Base, QColor(10, 10, 10));
    black.setColor(QPalette::Window, QColor(70, 70, 75));
    return black;
}

} // namespace

class TestUiPalette : public QObject
{
    Q_OBJECT
private slots:
    void init() { QApplication::setPalette(lightPalette()); }

    void darkIsDecidedByLightness()
    {
        QVERIFY(!UiPalette::isDark(lightPalette()));
        QVERIFY(UiPalette::isDark(darkPalette()));
        QVERIFY(UiPalette::isDark(blackPalette()));
    }

    void contrastRatio()
    {
        QCOMPARE(qRound(UiPalette::contrast(Qt::black, Qt::white)), 21);
        QCOMPARE(UiPalette::contrast(Qt::red, Qt::red), 1.0);
    }

    void colours_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("light") << lightPalette();
        QTest::newRow("dark") << darkPalette();
        QTest::newRow("black") << blackPalette();
    }

    void colours()
    {
        QFETCH(QPalette, palette);
        const QColor base = palette.color(QPalette::Base);
        const QColor window = palette.color(QPalette::Window);
        QSet<QRgb> texts;
        for (const Role role : kTextRoles) {
            const QColor text = UiPalette::text(role, palette);
            QVERIFY2(UiPalette::contrast(text, base) >= UiPalette::MinimumContrast,
                     qPrintable(u"role %1: %2 on Base %3"_s.arg(int(role)).arg(text.name(), base.name())));
            QVERIFY2(
                UiPalette::contrast(text, window) >= UiPalette::MinimumContrast,
                qPrintable(u"role %1: %2 on Window %3"_s.arg(int(role)).arg(text.name(), window.name())));
            QVERIFY2(text != palette.color(QPalette::Text), qPrintable(u"role %1"_s.arg(int(role))));
            texts.insert(text.rgb());
        }
        QCOMPARE(texts.size(), kTextRoles.size());

        QSet<QRgb> tints;
        for (const Role role : kTintRoles) {
            const QColor tint = UiPalette::tint(role, palette);
            QVERIFY(tint.isValid());
            QVERIFY2(tint != base, qPrintable(u"role %1"_s.arg(int(role))));
            QVERIFY2(UiPalette::contrast(palette.color(QPalette::Text), tint) >= UiPalette::MinimumContrast,
                     qPrintable(u"text on the tint of role %1 (%2)"_s.arg(int(role)).arg(tint.name())));
            tints.insert(tint.rgb());
            for (const Role text : {Role::Normal, Role::Muted, Role::Error}) // text on tinted rows
                QVERIFY(UiPalette::contrast(UiPalette::textOn(text, tint, palette), tint)
                        >= UiPalette::MinimumContrast);
        }
        QCOMPARE(tints.size(), kTintRoles.size());
        QCOMPARE(UiPalette::text(Role::Normal, palette), palette.color(QPalette::Text));
        QVERIFY(!UiPalette::tint(Role::Normal, palette).isValid());
    }

    void lightKeepsTheKindsOfColours()
    {
        const QPalette light = lightPalette();
        const QColor error = UiPalette::text(Role::Error, light);
        QVERIFY(error.red() > 2 * error.green() && error.red() > 2 * error.blue()); // red
        const QColor success = UiPalette::text(Role::Success, light);
        QVERIFY(success.green() > success.red() && success.green() > success.blue()); // green
        const QColor muted = UiPalette::text(Role::Muted, light);
        QVERIFY(qAbs(muted.red() - muted.blue()) < 16); // grey
        const QColor changed = UiPalette::tint(Role::Changed, light);
        QVERIFY(changed.red() > changed.blue() && changed.green() > changed.blue()); // amber
        QVERIFY(UiPalette::tint(Role::Added, light).green() > UiPalette::tint(Role::Added, light).red());
        QVERIFY(UiPalette::tint(Role::Removed, light).red() > UiPalette::tint(Role::Removed, light).green());
    }

    void messageRoleFollowsPaletteChanges()
    {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *label = new QLabel(u"Could not save"_s, &window);
        layout->addWidget(label);
        UiPalette::setMessageRole(label, Role::Error, UiPalette::Emphasis::Bold);
        QCOMPARE(UiPalette::roleOf(label), Role::Error);
        QCOMPARE(label->palette().color(QPalette::WindowText), UiPalette::text(Role::Error, lightPalette()));
        QVERIFY(label->font().bold());

        QApplication::setPalette(darkPalette()); // widgets hear of it on the next event-loop turn
        QTRY_COMPARE(label->palette().color(QPalette::WindowText),
                     UiPalette::text(Role::Error, darkPalette()));
        QCOMPARE(label->palette().color(QPalette::Window), darkPalette().color(QPalette::Window));

        window.setPalette(blackPalette());
        QCOMPARE(label->palette().color(QPalette::WindowText), UiPalette::text(Role::Error, blackPalette()));

        UiPalette::setMessageRole(label, Role::Normal);
        QCOMPARE(UiPalette::roleOf(label), Role::Normal);
        QCOMPARE(label->palette().color(QPalette::WindowText), window.palette().color(QPalette::WindowText));
        QVERIFY(!label->font().bold());
        window.setPalette(lightPalette());
        QCOMPARE(label->palette().color(QPalette::WindowText), lightPalette().color(QPalette::WindowText));
    }

    void bannerFollowsPaletteChanges()
    {
        QWidget window;
        auto *label = new QLabel(u"Keep the file private"_s, &window);
        label->setObjectName(u"note"_s);
        UiPalette::setBannerRole(label, Role::Warning);
        QVERIFY(label->styleSheet().startsWith(u"#note {"_s));
        QVERIFY(label->styleSheet().contains(UiPalette::tint(Role::Warning, lightPalette()).name()));
        QApplication::setPalette(darkPalette());
        QTRY_VERIFY2(label->styleSheet().contains(UiPalette::tint(Role::Warning, darkPalette()).name()),
                     qPrintable(label->styleSheet()));
        UiPalette::setBannerRole(label, Role::Normal);
        QVERIFY(label->styleSheet().isEmpty());
    }

    void hierarchyStatesMapToColours()
    {
        QStandardItemModel model;
        auto *failed = new QStandardItem(u"Could not load"_s);
        failed->setData(QVariant::fromValue(NodeKind::Placeholder), HierarchyModel::KindRole);
        failed->setData(true, HierarchyModel::ErrorRowRole);
        auto *loading = new QStandardItem(u"Loading…"_s);
        loading->setData(QVariant::fromValue(NodeKind::Placeholder), HierarchyModel::KindRole);
        auto *inactive = new QStandardItem(u"Old source"_s);
        inactive->setData(QVariant::fromValue(NodeKind::Source), HierarchyModel::KindRole);
        inactive->setData(false, HierarchyModel::ActiveRole);
        auto *active = new QStandardItem(u"Source"_s);
        active->setData(QVariant::fromValue(NodeKind::Source), HierarchyModel::KindRole);
        active->setData(true, HierarchyModel::ActiveRole);
        model.appendColumn({failed, loading, inactive, active});
        QCOMPARE(ItemStateColors::hierarchy(model.index(0, 0)).text, Role::Error);
        QCOMPARE(ItemStateColors::hierarchy(model.index(1, 0)).text, Role::Muted);
        QCOMPARE(ItemStateColors::hierarchy(model.index(2, 0)).text, Role::Muted);
        QCOMPARE(ItemStateColors::hierarchy(model.index(3, 0)).text, Role::Normal);
    }

    void pendingFieldsAreTinted()
    {
        DatasetFieldsModel model;
        DatasetField a;
        a.id = 1;
        a.name = u"A"_s;
        a.type = u"string"_s;
        DatasetField b = a;
        b.id = 2;
        b.name = u"B"_s;
        model.setFields({a, b});
        QVERIFY(model.setVisible({0}, false));
        const auto hidden = ItemStateColors::datasetFields(model.index(0, 1));
        QCOMPARE(hidden.background, Role::Changed);
        QCOMPARE(hidden.text, Role::Muted);
        QCOMPARE(ItemStateColors::datasetFields(model.index(1, 1)).background, Role::Normal);
        QVERIFY(model.deleteFields({1}));
        QCOMPARE(ItemStateColors::datasetFields(model.index(1, 1)).background, Role::Removed);

        QStyleOptionViewItem option;
        option.palette = darkPalette();
        StateColorDelegate::apply(&option, hidden);
        QCOMPARE(option.backgroundBrush.color(), UiPalette::tint(Role::Changed, darkPalette()));
        QCOMPARE(
            option.palette.color(QPalette::Text),
            UiPalette::textOn(Role::Muted, UiPalette::tint(Role::Changed, darkPalette()), darkPalette()));
        QVERIFY(UiPalette::contrast(option.palette.color(QPalette::Text), option.backgroundBrush.color())
                >= UiPalette::MinimumContrast);
    }
};

QTEST_MAIN(TestUiPalette)
#include "tst_uipalette.moc"
