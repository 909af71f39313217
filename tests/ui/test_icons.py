"""The toolbar's arrows: drawn in the palette's text colour, once per colour."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from ccwdiff.ui.icons import arrow_icon
from ccwdiff.ui.qt import QColor, QIcon, QPalette, QSize


def _palette(text: str) -> QPalette:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.ButtonText, QColor(text))
    return palette


def test_arrows_take_the_palette_colour_and_are_drawn_once(qtbot: QtBot) -> None:
    dark = _palette("#101010")
    down = arrow_icon("down", dark)
    image = down.pixmap(QSize(32, 32), QIcon.Mode.Normal).toImage()
    assert image.pixelColor(16, 16).name() == "#101010"  # the shaft
    assert image.pixelColor(1, 1).alpha() == 0  # around it: transparent
    # Pointing down: the head (wide) is at the bottom, the shaft (narrow) at the top.
    assert image.pixelColor(8, 18).alpha() > 0 and image.pixelColor(8, 13).alpha() == 0
    up = arrow_icon("up", dark).pixmap(QSize(32, 32)).toImage()
    assert up.pixelColor(8, 13).alpha() > 0 and up.pixelColor(8, 18).alpha() == 0
    disabled = down.pixmap(QSize(32, 32), QIcon.Mode.Disabled).toImage()
    assert disabled.pixelColor(16, 16) != image.pixelColor(16, 16)
    # The same colours again (the window asks when it starts and when colours change).
    assert arrow_icon("down", _palette("#101010")).cacheKey() == down.cacheKey()
    light = arrow_icon("down", _palette("#f0f0f0"))
    assert light.cacheKey() != down.cacheKey()
    assert light.pixmap(QSize(32, 32)).toImage().pixelColor(16, 16).name() == "#f0f0f0"
