"""Light and dark appearance: follow the system, or force one.

Qt 6.8+ can ask the platform for a colour scheme (``QStyleHints.setColorScheme``),
but platform themes without scheme support (plain X11, Xvfb, older desktops)
ignore the request. Then we apply a Fusion palette of the chosen scheme
ourselves, and restore the original palette when the user goes back to "System".
"""

from __future__ import annotations

from .qt import QApplication, QColor, QPalette, Qt

_original: QPalette | None = None


def _is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def _dark_palette() -> QPalette:
    palette = QPalette()
    role = QPalette.ColorRole
    colours = {
        role.Window: "#202124",
        role.WindowText: "#e8eaed",
        role.Base: "#17181a",
        role.AlternateBase: "#26282c",
        role.ToolTipBase: "#2d2f33",
        role.ToolTipText: "#e8eaed",
        role.Text: "#e8eaed",
        role.Button: "#2b2d31",
        role.ButtonText: "#e8eaed",
        role.BrightText: "#ffffff",
        role.Highlight: "#3d7bd9",
        role.HighlightedText: "#ffffff",
        role.Link: "#8ab4f8",
        role.PlaceholderText: "#9aa0a6",
        role.Mid: "#3c4043",
        role.Dark: "#111214",
        role.Light: "#3c4043",
    }
    for colour_role, value in colours.items():
        palette.setColor(colour_role, QColor(value))
    disabled = QPalette.ColorGroup.Disabled
    for colour_role in (role.Text, role.WindowText, role.ButtonText):
        palette.setColor(disabled, colour_role, QColor("#6f7378"))
    return palette


def apply_scheme(scheme: str) -> None:
    """Apply "system", "light" or "dark" to the running application."""
    global _original
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    if _original is None:
        _original = QPalette(app.palette())
    hints = QApplication.styleHints()
    setter = getattr(hints, "setColorScheme", None)
    wanted = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}.get(
        scheme, Qt.ColorScheme.Unknown
    )
    if setter is not None:
        setter(wanted)
    if scheme == "system":
        app.setPalette(_original)
        return
    want_dark = scheme == "dark"
    if _is_dark(app.palette()) != want_dark:
        # The platform ignored the request: paint it ourselves with Fusion.
        app.setStyle("Fusion")
        app.setPalette(_dark_palette() if want_dark else app.style().standardPalette())
