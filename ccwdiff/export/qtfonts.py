"""Qt side of the bundled fonts: a GUI application for off-screen rendering, font registration.

The window (``ccwdiff.ui``) and the PDF export both call :func:`register_qt_fonts`
once a ``QGuiApplication`` exists, then build fonts with :func:`bundled_font`, which
names every bundled family explicitly (CJK first) so Qt never falls back to a
Japanese face or to nothing, and switches off ``locl`` (whose substituted digits
lose their text mapping in PDFs; the subsets carry no ``locl`` either).
"""

from __future__ import annotations

import os
import sys

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from .. import pyside_fix  # noqa: F401  (guards against PySide6 6.12.0's refcount leak)
from ..fonts import FAMILIES, LATIN_FAMILY, bundled_fonts

_registered: list[str] | None = None


def ensure_gui_application() -> QGuiApplication:
    """Return the running ``QGuiApplication``, creating an off-screen one if there is none.

    The CLI exports PDFs without a window, possibly with no display at all, so the
    ``offscreen`` platform is chosen when no display is configured.
    """
    app = QGuiApplication.instance()
    if app is not None:
        return app  # type: ignore[return-value]
    if (
        "QT_QPA_PLATFORM" not in os.environ
        and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
        and sys.platform.startswith("linux")
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    return QGuiApplication(sys.argv[:1] or ["ccwdiff"])


def register_qt_fonts() -> list[str]:
    """Register every bundled font with Qt (once) and return the families Qt knows.

    Needs a ``QGuiApplication``. A font file that is missing or unreadable is
    skipped (the caller can compare the result with :data:`ccwdiff.fonts.FAMILIES`).
    """
    global _registered
    if _registered is not None:
        return list(_registered)
    known = set(QFontDatabase.families())
    if all(family in known for family in FAMILIES):
        # Already registered (the window does it at start-up): adding the files again
        # would only duplicate faces, and exports may run on a worker thread.
        _registered = list(FAMILIES)
        return list(_registered)
    families: list[str] = []
    for font in bundled_fonts():
        font_id = QFontDatabase.addApplicationFont(str(font.path))
        if font_id < 0:
            continue
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in families:
                families.append(family)
    _registered = families
    return list(families)


def bundled_font(
    point_size: float = 10.0, *, bold: bool = False, latin_first: bool = False
) -> QFont:
    """A ``QFont`` over the bundled families, with ``locl`` off.

    CJK first by default, so Chinese punctuation and quotes get their full-width
    forms; ``latin_first`` for documents in other languages, whose quotes and
    apostrophes would otherwise be full-width too.
    """
    font = QFont()
    families = list(FAMILIES)
    if latin_first:
        families.remove(LATIN_FAMILY)
        families.insert(0, LATIN_FAMILY)
    font.setFamilies(families)
    font.setPointSizeF(point_size)
    font.setBold(bold)
    # Keep Qt from looking for a "better" face than the one named.
    font.setStyleHint(QFont.StyleHint.SansSerif, QFont.StyleStrategy.PreferMatch)
    if hasattr(font, "setFeature"):
        font.setFeature(QFont.Tag("locl"), 0)
    return font
