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


_families: list[str] = []


def families_for(language: str) -> list[str]:
    """Registered families in the order for text in ``language``.

    Chinese text takes every glyph it can from the Simplified Chinese face, so
    punctuation and quotes have Chinese shapes and widths. Other text takes Latin
    glyphs (including "…" and quotes) from the Latin face, and only what that lacks
    from the Chinese one.
    """
    if language.startswith("zh") or len(_families) < 2:
        return list(_families)
    cjk, rest = _families[0], _families[1:]
    return [*rest, cjk]


def font_for(language: str, base: QFont) -> QFont:
    """``base`` (size, weight) with the families ordered for ``language``."""
    font = QFont(base)
    if _families:
        font.setFamilies(families_for(language))
    # Variable fonts default to their lightest instance unless a weight is set.
    font.setWeight(QFont.Weight.Normal)
    return font


def apply_application_font(app: QApplication, language: str = "en") -> str | None:
    """Make the application font name the bundled families explicitly.

    Characters are then drawn from the named Simplified Chinese face instead of
    whatever fallback the system picks (often Japanese shapes, or boxes).
    """
    global _families
    if not _families:
        families = _shared_registration()
        if not families:
            families = [family for family in [chinese_family(register_bundled_fonts())] if family]
        _families = list(families or [])
    if not _families:
        log.warning("no Chinese font found; Chinese text may not render")
        return None
    app.setFont(font_for(language, app.font()))
    return _families[0]
