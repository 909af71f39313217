"""One PDF page's text layer as visual lines in reading order (PDFium).

How lines are built: PDFium's text (one call per page) is split at the line
breaks PDFium generates and after the line-end hyphens it marks (U+FFFE, turned
back into "-"); each line gets the box of its first and last glyph, measured
against the crop box in the page's unrotated space. Lines are then ordered top to
bottom (lines sharing a baseline left to right, nearly touching pieces joined), so a
header or footer drawn out of order still lands at its place on the page, with its
``y`` (fraction of the page height from the top) for the cleaner's furniture
detection. Spaces PDFium generated between two CJK characters are removed. Tabs
become spaces; Symbol-font bullets (U+F0B7) become "•"; Kangxi radicals that a
font's ToUnicode map gives for ordinary hanzi (U+2F49 "⽉" for "月") become the
hanzi; unmapped glyphs (U+FFFD, PDFium map errors, ``(cid:N)``) are dropped and
counted in ``RawDocument.warnings``. Trailing spaces are kept as PDFium gives them.
"""

from __future__ import annotations

import ctypes
import re
import unicodedata
from typing import Any, NamedTuple

from ccwdiff.core.loaders.numbering import SYMBOL_FONT_GLYPHS
from ccwdiff.core.loaders.symbolfont import symbol_font_to_ascii

# A line as it crosses the process boundary: text, y, x, font size.
LineTuple = tuple[str, float | None, float | None, float | None]


class _Fragment(NamedTuple):
    """A piece of a line on the page, in PDF points (y grows upwards)."""

    top: float
    bottom: float
    left: float
    right: float
    size: float | None
    text: str


# Pieces of one band closer than this many font sizes are one line; a gap wider
# than the second figure gets a space when they are joined.
_JOIN_GAP_EMS = 1.5
_SPACE_GAP_EMS = 0.15

_CID = re.compile(r"\(cid:\d+\)")
# Where PDFium marks a hyphen it found at a line end.
_PDFIUM_HYPHEN = "\ufffe"
_UNMAPPED = "\ufffd"


def _is_cjk(char: str) -> bool:
    return (
        "\u4e00" <= char <= "\u9fff"
        or "\u3400" <= char <= "\u4dbf"
        or "\u3000" <= char <= "\u303f"
        or "\uff00" <= char <= "\uffef"
        or "\u3040" <= char <= "\u30ff"
        or "\uac00" <= char <= "\ud7af"
    )


def page_lines(page: Any, counts: dict[str, int]) -> list[LineTuple]:
    """Visual lines of one page, in reading order."""
    import pypdfium2.raw as pdfium_c

    textpage = page.get_textpage()
    # Glyph boxes are in the page's own (unrotated) user space, so positions are taken
    # against the crop box in that space: a page turned with /Rotate keeps its text's
    # top at the top, and a box not starting at (0, 0) is allowed for.
    box_left, box_bottom, box_right, box_top = page.get_cropbox()
    width, height = box_right - box_left, box_top - box_bottom
    total = textpage.count_chars()
    text = textpage.get_text_range(0, total) if total else ""
    if len(text) != total:
        # Rare: PDFium's text view dropped or added characters, so indices of the
        # text and of the glyph boxes differ. Read glyph by glyph instead.
        text = "".join(chr(pdfium_c.FPDFText_GetUnicode(textpage, i)) for i in range(total))
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))

    def box(index: int) -> tuple[float, float, float, float]:
        pdfium_c.FPDFText_GetCharBox(textpage, index, left, right, bottom, top)
        return left.value, right.value, bottom.value, top.value

    # Line ends: the breaks PDFium generates, and the hyphens it marks as U+FFFE at
    # a line end, where it joins the next visual line without a break.
    # (end of the line, characters to skip before the next one)
    breaks = [(m.start(), 1) for m in re.finditer(r"[\r\n]", text)]
    for match in re.finditer(_PDFIUM_HYPHEN, text):
        after = match.end()
        if after < len(text) and text[after] not in "\r\n":
            _, _, hyphen_bottom, _ = box(match.start())
            _, _, _, next_top = box(after)
            if next_top < hyphen_bottom:
                breaks.append((after, 0))
    raw_lines: list[_Fragment] = []
    start = 0
    for end, skip in [*sorted(breaks), (len(text), 0)]:
        if end > start:
            chars: list[str] = []
            for index in range(start, end):
                char = text[index]
                if char == " " and 0 < len(chars) and index + 1 < end:
                    # PDFium "generates" a space for a wide glyph gap; in justified
                    # Chinese lines those gaps are just stretched spacing.
                    if (
                        _is_cjk(chars[-1])
                        and _is_cjk(text[index + 1])
                        and pdfium_c.FPDFText_IsGenerated(textpage, index) == 1
                    ):
                        counts["cjk_spaces"] += 1
                        continue
                if char == _PDFIUM_HYPHEN:
                    char = "-"
                elif char == _UNMAPPED or (
                    char > " " and pdfium_c.FPDFText_HasUnicodeMapError(textpage, index) == 1
                ):
                    counts["unmapped"] += 1
                    continue
                elif char == "\t":
                    char = " "
                elif char >= "\uf080" and char in SYMBOL_FONT_GLYPHS:
                    # Symbol-font bullets ("\uf0b7" is •). The rest of U+F020-F0FF is
                    # ASCII shifted into the private area: mapped per line below, except
                    # on a line of nothing else (a UN barcode, left for the furniture).
                    char = SYMBOL_FONT_GLYPHS[char]
                elif "\u2f00" <= char <= "\u2fdf":
                    # Some fonts map hanzi to look-alike Kangxi radicals (U+2F49 for
                    # 月): the page shows 月, so the text must say 月 too.
                    char = unicodedata.normalize("NFKC", char)
                    counts["radicals"] += 1
                elif char < " " or char == "\x7f":
                    continue
                chars.append(char)
            line = symbol_font_to_ascii("".join(chars))
            cid_count = len(_CID.findall(line))
            if cid_count:
                counts["unmapped"] += cid_count
                line = _CID.sub("", line)
            if line.strip():
                glyphs = [i for i in range(start, end) if not text[i].isspace()]
                first_left, _, first_bottom, first_top = box(glyphs[0])
                _, last_right, last_bottom, last_top = box(glyphs[-1])
                size = pdfium_c.FPDFText_GetFontSize(textpage, glyphs[0])
                raw_lines.append(
                    _Fragment(
                        top=max(first_top, last_top),
                        bottom=min(first_bottom, last_bottom),
                        left=first_left,
                        right=last_right,
                        size=round(size, 2) if size > 0 else None,
                        text=line,
                    )
                )
        start = end + skip
    textpage.close()
    return [
        (
            line,
            min(max((box_top - line_top) / height, 0.0), 1.0) if height > 0 else None,
            min(max((line_left - box_left) / width, 0.0), 1.0) if width > 0 else None,
            size,
        )
        for line_top, _, line_left, _, size, line in _reading_order(raw_lines)
    ]


def _reading_order(lines: list[_Fragment]) -> list[_Fragment]:
    """Top to bottom; lines whose middles fall within the previous line, left to right.

    PDF coordinates grow upwards, so "top to bottom" is descending ``top``. Pieces of
    one band that nearly touch are one visual line that PDFium cut in two (it does on
    rotated pages, after a bullet, at a font change): they are joined, with a space
    only where the gap is wider than a thin space. Pieces further apart (the two
    columns of a title block) stay separate lines.
    """
    ordered = sorted(lines, key=lambda line: -line.top)
    result: list[_Fragment] = []
    band: list[_Fragment] = []

    def flush() -> None:
        pieces = sorted(band, key=lambda item: item.left)
        merged = pieces[0]
        for piece in pieces[1:]:
            em = merged.size or piece.size or 10.0
            gap = piece.left - merged.right
            if gap > _JOIN_GAP_EMS * em or gap < -0.5 * em:
                result.append(merged)
                merged = piece
                continue
            spaced = merged.text.endswith(" ") or piece.text.startswith(" ")
            joiner = "" if spaced or gap < _SPACE_GAP_EMS * em else " "
            merged = merged._replace(
                top=max(merged.top, piece.top),
                bottom=min(merged.bottom, piece.bottom),
                right=piece.right,
                text=merged.text + joiner + piece.text,
            )
        result.append(merged)

    for line in ordered:
        middle = (line.top + line.bottom) / 2
        if band and not (band[0].bottom <= middle <= band[0].top):
            flush()
            band = []
        band.append(line)
    if band:
        flush()
    return result
