"""Settings survive a restart; the interface language switches at run time."""

from __future__ import annotations

from ccwdiff.core.model import Block
from ccwdiff.ui.i18n import Translations
from ccwdiff.ui.main_window import MainWindow
from ccwdiff.ui.rows import cite_label


def test_settings_round_trip(window, settings, qtbot) -> None:
    window.actions_.layout_inline.trigger()
    window.actions_.colour_blind.setChecked(True)
    window.actions_.hide_routine.setChecked(True)
    window.actions_.show_navigator.setChecked(False)
    window.settings.set_last_folder("/reports/ccw")
    window.settings.add_recent("/reports/a-2022.pdf", "/reports/a-2023.pdf")
    window.settings.add_recent("/reports/b-2022.pdf", "/reports/b-2023.pdf")
    window.resize(640, 480)
    window.close()

    again = MainWindow(settings, Translations())
    qtbot.addWidget(again)
    options = again.options
    assert options.layout == "inline"
    assert options.colour_blind and options.hide_routine and not options.show_navigator
    assert again.actions_.layout_inline.isChecked()
    assert again.actions_.hide_routine.isChecked()
    assert again.view.row_delegate.layout == "inline"
    assert again.settings.last_folder() == "/reports/ccw"
    assert again.settings.recent() == [
        ("/reports/b-2022.pdf", "/reports/b-2023.pdf"),
        ("/reports/a-2022.pdf", "/reports/a-2023.pdf"),
    ]
    assert (again.width(), again.height()) == (640, 480)
    recent = [action.text() for action in again.actions_.recent_menu.actions()]
    assert "b-2022.pdf  →  b-2023.pdf" in recent


def test_language_switch_retranslates_the_open_window(shown) -> None:
    assert shown.actions_.open_old.text() == "Open &Old…"
    shown.set_language("zh_CN")
    assert shown.actions_.open_old.text() == "打开旧报告(&O)…"
    assert shown.actions_.menus["file"].title() == "文件(&F)"
    assert "授权变化（1）" in shown.mandate_panel.title.text()
    assert "修改" in shown.navigator.tree.topLevelItem(0).child(0).text(1)
    assert shown.options.language == "zh_CN"
    shown.set_language("en")
    assert shown.actions_.open_old.text() == "Open &Old…"
    assert "Mandate changes (1)" in shown.mandate_panel.title.text()


def test_language_menu_actions(shown) -> None:
    shown.actions_.language_zh.trigger()
    assert shown.translations.language == "zh_CN"
    assert shown.filter_bar.search.placeholderText().startswith("在两份文件中搜索")
    shown.actions_.language_en.trigger()
    assert shown.translations.language == "en"


def test_system_language_resolution(monkeypatch) -> None:
    from ccwdiff.ui import i18n
    from ccwdiff.ui.qt import QLocale

    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("zh_CN")))
    assert i18n.resolve_language("system") == "zh_CN"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("en_GB")))
    assert i18n.resolve_language("system") == "en"
    assert i18n.resolve_language("zh_CN") == "zh_CN"


def test_dark_and_light_appearance(shown, qtbot) -> None:
    from ccwdiff.ui.colours import diff_colours

    try:
        shown.actions_.scheme_dark.trigger()
        qtbot.waitUntil(lambda: shown.context.colours == diff_colours(True, False))
        assert shown.options.scheme == "dark"
        shown.actions_.scheme_light.trigger()
        qtbot.waitUntil(lambda: shown.context.colours == diff_colours(False, False))
    finally:
        shown.set_scheme("system")


def _ink_lightness(icon) -> float:
    """Mean lightness of the opaque pixels of a 24-pixel rendering of ``icon``."""
    image = icon.pixmap(24, 24).toImage()
    values = [
        image.pixelColor(x, y).lightness()
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() > 200
    ]
    assert values, "the icon draws nothing"
    return sum(values) / len(values)


def test_change_arrows_follow_the_palette(shown, qtbot) -> None:
    from ccwdiff.ui.qt import QPalette

    actions = (shown.actions_.next_change, shown.actions_.previous_change)
    try:
        shown.set_scheme("dark")
        qtbot.waitUntil(lambda: shown.palette().color(QPalette.ColorRole.Window).lightness() < 128)
        toolbar = shown.palette().color(QPalette.ColorRole.Window).lightness()
        for action in actions:
            assert _ink_lightness(action.icon()) - toolbar > 100  # light on dark
        shown.set_scheme("light")
        qtbot.waitUntil(lambda: shown.palette().color(QPalette.ColorRole.Window).lightness() > 128)
        toolbar = shown.palette().color(QPalette.ColorRole.Window).lightness()
        for action in actions:
            assert toolbar - _ink_lightness(action.icon()) > 100  # dark on light
    finally:
        shown.set_scheme("system")


def test_footnotes_are_named_in_the_interface_language(qapp) -> None:
    footnote = Block("b9", "footnote", "4", None, "CCW/MSP/2022/7, paragraph 32.")
    translations = Translations()
    try:
        assert translations.apply("zh_CN")
        assert cite_label(footnote) == "脚注 4"
    finally:
        translations.apply("en")
    assert cite_label(footnote) == "fn. 4"
