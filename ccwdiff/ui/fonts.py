"""CJK fonts for the window: bundled fonts registered, the family named explicitly.

Relying on font fallback for Chinese picks Japanese glyph shapes or nothing at
all on machines without a Chinese font, so the bundled font (under
``resources/fonts/``) is registered at start-up and named in the application font.
"""

from __future__ import annotations

import logging

from ccwdiff.resources import resource_path

from .qt import QApplication, QFont, QFontDatabase

log = logging.getLogger(__name__)

_FONT_SUFFIXES = (".otf", ".ttf", ".ttc", ".otc")
# Installed families that render Simplified Chinese, best first.
_SYSTEM_CJK = (
    "Noto Sans SC",
    "Source Han Sans SC",
    "Noto Sans CJK SC",
    "Microsoft YaHei",
    "PingFang SC",
    "WenQuanYi Micro Hei",
)


def register_bundled_fonts() -> list[str]:
    """Register every font file under resources/fonts; returns the new families."""
    families: list[str] = []
    folder = resource_path("fonts")
    if not folder.is_dir():
        return families
    for path in sorted(folder.rglob("*")):
        if path.suffix.lower() not in _FONT_SUFFIXES:
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("could not register font %s", path)
            continue
        families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return families


def chinese_family(registered: list[str]) -> str | None:
    """The family to name for Chinese text: bundled SC font first, then installed ones."""
    for family in registered:
        if any(marker in family for marker in ("SC", "CJK", "Han", "Hei")):
            return family
    if registered:
        return registered[0]
    available = set(QFontDatabase.families())
    for family in _SYSTEM_CJK:
        if family in available:
            return family
    return None


def _shared_registration() -> list[str] | None:
    """Use the export helper's registration (same families as the PDFs) when present."""
    try:
        from ccwdiff.export.qtfonts import register_qt_fonts
        from ccwdiff.fonts import FAMILIES
    except ImportError:
        return None
    known = set(register_qt_fonts())
    return [family for family in FAMILIES if family in known]


def apply_application_font(app: QApplication) -> str | None:
    """Make the application font name the bundled families explicitly, CJK first.

    Characters are then drawn from the named Simplified Chinese face instead of
    whatever fallback the system picks (often Japanese shapes, or boxes).
    """
    families = _shared_registration()
    if not families:
        families = [family for family in [chinese_family(register_bundled_fonts())] if family]
    if not families:
        log.warning("no Chinese font found; Chinese text may not render")
        return None
    font = QFont(app.font())
    font.setFamilies(families)
    # Variable fonts default to their lightest instance unless a weight is set.
    font.setWeight(QFont.Weight.Normal)
    app.setFont(font)
    return families[0]
