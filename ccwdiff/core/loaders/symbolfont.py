"""Symbol-font code points in extracted text, as the characters they stand for.

Word and PDF text layers report glyphs of the Symbol font as U+F020-U+F0FF: ASCII
shifted into the private use area ("Submitted by the Chairperson\\uf02a" is the
footnote asterisk of CCW/GGE.1/2025/WP.1; pdftotext dumps keep the same character).
Left as they are, they show up as changes or as glyphs no font covers.
"""

from __future__ import annotations

from ccwdiff.core.loaders.numbering import SYMBOL_FONT_GLYPHS

__all__ = ["symbol_font_to_ascii"]


def _private(char: str) -> bool:
    return "\ue000" <= char <= "\uf8ff"


def symbol_font_to_ascii(text: str) -> str:
    """U+F020+n as chr(0x20 + n); known Symbol-font bullets ("\\uf0b7") as their glyph ("•").

    A line made only of private-use characters is a UN barcode: it stays as it is, so
    that the furniture detection still recognises it.
    """
    if not any("\uf020" <= char <= "\uf0ff" for char in text):
        return text
    if all(_private(char) or char.isspace() for char in text):
        return text
    return "".join(
        SYMBOL_FONT_GLYPHS.get(char)
        or (chr(ord(char) - 0xF000) if "\uf020" <= char <= "\uf0ff" else char)
        for char in text
    )
