"""The bundled fonts: where they are, what they are called, which characters they cover.

Qt-free, so that the HTML export, the CLI and tests can ask "would this text render?"
without a display. Qt registration lives in :mod:`ccwdiff.export.qtfonts`. The files
and ``coverage.json`` are made by ``tools/make_font_subset.py`` (see
``resources/fonts/README.md``).
"""

from __future__ import annotations

import bisect
import json
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .resources import resource_path

CJK_FAMILY = "Noto Sans SC ccwdiff"
LATIN_FAMILY = "Noto Sans ccwdiff"
ARABIC_FAMILY = "Noto Sans Arabic ccwdiff"
# Order matters: the CJK face first so that Chinese punctuation and the Latin inside
# Chinese sentences share one design; Noto Sans for what the CJK subset lacks.
FAMILIES: tuple[str, ...] = (CJK_FAMILY, LATIN_FAMILY, ARABIC_FAMILY)


@dataclass(frozen=True)
class BundledFont:
    """One font file shipped under ``resources/fonts``."""

    family: str
    weight: str  # "Regular" or "Bold"
    path: Path


_FILES: tuple[tuple[str, str, str], ...] = (
    (CJK_FAMILY, "Regular", "NotoSansSC-ccwdiff-Regular.otf"),
    (CJK_FAMILY, "Bold", "NotoSansSC-ccwdiff-Bold.otf"),
    (LATIN_FAMILY, "Regular", "NotoSans-ccwdiff-Regular.ttf"),
    (LATIN_FAMILY, "Bold", "NotoSans-ccwdiff-Bold.ttf"),
    (ARABIC_FAMILY, "Regular", "NotoSansArabic-ccwdiff-Regular.ttf"),
    (ARABIC_FAMILY, "Bold", "NotoSansArabic-ccwdiff-Bold.ttf"),
)


def font_dir() -> Path:
    """The folder holding the bundled fonts, their licence and coverage data."""
    return resource_path("fonts")


def bundled_fonts() -> tuple[BundledFont, ...]:
    """Every bundled font file, CJK first."""
    folder = font_dir()
    return tuple(BundledFont(family, weight, folder / name) for family, weight, name in _FILES)


def licence_path() -> Path:
    """The OFL text that must ship with the fonts."""
    return font_dir() / "OFL.txt"


@lru_cache(maxsize=1)
def _coverage() -> tuple[list[int], list[int]]:
    """Sorted starts and ends of the code point ranges any bundled family covers."""
    data = json.loads((font_dir() / "coverage.json").read_text(encoding="utf-8"))
    spans = sorted((start, end) for ranges in data["families"].values() for start, end in ranges)
    merged: list[list[int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1] + 1:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [s for s, _ in merged], [e for _, e in merged]


def _needs_no_glyph(char: str) -> bool:
    # Line breaks, tabs, format controls (bidi marks, zero-width joiners) and
    # variation selectors are not drawn, so their absence from a font is no loss.
    category = unicodedata.category(char)
    return category in ("Cc", "Cf", "Zl", "Zp") or 0xFE00 <= ord(char) <= 0xFE0F


def is_covered(char: str) -> bool:
    """True when some bundled font has a glyph for ``char`` (or it needs none)."""
    if _needs_no_glyph(char):
        return True
    starts, ends = _coverage()
    code = ord(char)
    index = bisect.bisect_right(starts, code) - 1
    return index >= 0 and code <= ends[index]


def missing_glyphs(texts: Iterable[str]) -> list[str]:
    """The distinct characters of ``texts`` that no bundled font covers, in first-seen order."""
    seen: set[str] = set()
    missing: list[str] = []
    for text in texts:
        for char in text:
            if char in seen:
                continue
            seen.add(char)
            if not is_covered(char):
                missing.append(char)
    return missing
