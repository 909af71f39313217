"""Toolbar icons drawn in the palette's own text colour.

The style's standard arrows (and many icon themes) are black pixmaps, which all
but vanish on a dark toolbar. Drawing the arrows ourselves with the palette's
button-text colour keeps them as legible as the toolbar's labels in light and
dark appearance; the window redraws them when the palette changes.
"""

from __future__ import annotations

from .qt import QColor, QIcon, QPainter, QPalette, QPixmap, QPointF, QPolygonF, Qt

_SIZES = (16, 20, 22, 24, 32, 48, 64)


def _arrow_pixmap(size: int, colour: QColor, down: bool, ratio: float) -> QPixmap:
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    s = float(size)
    # An arrow pointing up, in a unit square; flipped for "down".
    points = [
        (0.50, 0.12),
        (0.86, 0.50),
        (0.62, 0.50),
        (0.62, 0.88),
        (0.38, 0.88),
        (0.38, 0.50),
        (0.14, 0.50),
    ]
    polygon = QPolygonF([QPointF(x * s, (1.0 - y if down else y) * s) for x, y in points])
    painter.drawPolygon(polygon)
    painter.end()
    return pixmap


_drawn: dict[tuple[bool, int, int, float], QIcon] = {}  # by direction, colours, ratio


def arrow_icon(direction: str, palette: QPalette, ratio: float = 1.0) -> QIcon:
    """An "up" or "down" arrow in ``palette``'s button text colour (dimmed when disabled)."""
    group = QPalette.ColorGroup
    normal = palette.color(group.Active, QPalette.ColorRole.ButtonText)
    disabled = palette.color(group.Disabled, QPalette.ColorRole.ButtonText)
    if disabled == normal:
        disabled = QColor(normal)
        disabled.setAlphaF(0.4)
    key = (direction == "down", normal.rgba(), disabled.rgba(), ratio)
    icon = _drawn.get(key)
    if icon is None:  # drawn once per colour pair (the window asks again when it starts)
        icon = _drawn[key] = _draw(key[0], normal, disabled, ratio)
    return icon


def _draw(down: bool, normal: QColor, disabled: QColor, ratio: float) -> QIcon:
    icon = QIcon()
    for size in _SIZES:
        for scale in {1.0, ratio}:
            shown = _arrow_pixmap(size, normal, down, scale)  # the same when hovered
            icon.addPixmap(shown, QIcon.Mode.Normal)
            icon.addPixmap(shown, QIcon.Mode.Active)
            icon.addPixmap(_arrow_pixmap(size, disabled, down, scale), QIcon.Mode.Disabled)
    return icon
