"""Build the bundled fonts under ``resources/fonts/`` from Debian's Noto fonts.

Run once by a developer (fontTools is a development tool here, not a runtime
dependency)::

    pip install fonttools
    apt-get install fonts-noto-cjk fonts-noto-core
    python tools/make_font_subset.py

It writes, for the regular and the bold weight:

* ``NotoSansSC-ccwdiff-<Weight>.otf``: Noto Sans CJK SC cut down to GB2312, Latin
  (Basic, Latin-1, Extended-A), Greek, Cyrillic, general and CJK punctuation,
  fullwidth forms and every character of the shared corpus. CFF outlines are kept:
  Qt's PDF engine re-encodes every embedded font as a TrueType CID font
  (FontFile2) with a ToUnicode map, so converting to ``glyf`` would only make the
  files bigger.
* ``NotoSansArabic-ccwdiff-<Weight>.ttf``: Noto Sans Arabic cut down to the Arabic
  blocks, including the presentation forms so that every shaped glyph has a code
  point (see below).
* ``coverage.json``: the code points each bundled family covers, read at run time by
  ``ccwdiff.fonts`` (without fontTools or Qt) to report characters no bundled font has.

Two traps are handled here rather than at run time:

* ``locl`` and the other default-on substitutions. Qt writes the PDF ToUnicode map by
  reversing the ``cmap``; a glyph reached only through GSUB (Noto CJK's ``locl``
  swaps the digits and some punctuation) has no code point and extractors drop it,
  so "CCW/MSP/2022/7" came out as "CCW/MSP//". The CJK subset keeps no GSUB
  feature that HarfBuzz applies by default. Arabic cannot live without its
  joining forms, so there the presentation-form code points are kept in the
  ``cmap``: the reversed map then names every glyph.
* Aliased code points. When two code points share one glyph Qt's reverse map picks
  the lowest, so a font that also mapped the Kangxi radical U+2F6C would turn every
  目 into ⽬ in copied text. Only the characters listed here are kept, and the
  script refuses to write a font where two kept code points share a glyph, unless
  the pair is one of the known harmless ones.
* Names: the family is renamed ("Noto Sans SC ccwdiff") so that it never collides
  with an installed Noto Sans CJK and Qt never silently picks a Japanese face.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "fonts"
CORPUS = ROOT.parent / "shared" / "corpus"
CJK_SOURCES = {
    "Regular": Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
    "Bold": Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"),
}
ARABIC_SOURCES = {
    "Regular": Path("/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf"),
    "Bold": Path("/usr/share/fonts/truetype/noto/NotoSansArabic-Bold.ttf"),
}
CJK_FAMILY = "Noto Sans SC ccwdiff"
ARABIC_FAMILY = "Noto Sans Arabic ccwdiff"
LATIN_SOURCES = {
    "Regular": Path("/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf"),
    "Bold": Path("/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf"),
}
LATIN_FAMILY = "Noto Sans ccwdiff"
# Noto Sans CJK SC maps these to the same glyph as a more common character (• and
# ・ share the glyph of ·, ‒ that of –, ‵ that of ｀, 〜 that of ～). Left in, they
# would make copied text show the wrong character, so the CJK subset drops them;
# Noto Sans (Latin) supplies distinct glyphs for the ones it has.
CJK_ALIASED_DROPPED = {0x2022, 0x2027, 0x30FB, 0x2012, 0x2035, 0x301C}

# Layout features kept. None of the CJK ones is applied by default by HarfBuzz
# except kern/mark/mkmk, which position glyphs and never substitute them.
CJK_FEATURES = ["kern", "mark", "mkmk", "vert", "vrt2", "vkrn", "halt", "vhal", "palt", "vpal"]
ARABIC_FEATURES = [
    "ccmp", "isol", "init", "medi", "fina", "rlig", "calt", "liga",
    "kern", "mark", "mkmk", "curs",
]  # fmt: skip


def _gb2312() -> set[int]:
    chars: set[int] = set()
    for lead in range(0xA1, 0xF8):
        for trail in range(0xA1, 0xFF):
            try:
                text = bytes((lead, trail)).decode("gb2312")
            except UnicodeDecodeError:
                continue
            chars.update(ord(c) for c in text)
    return chars


def _ranges(*spans: tuple[int, int]) -> set[int]:
    return {code for start, end in spans for code in range(start, end + 1)}


def cjk_charset() -> set[int]:
    """Every code point the CJK subset should map (before checking the source has it)."""
    chars = _gb2312()
    chars |= _ranges(
        (0x0020, 0x007E),  # Basic Latin
        (0x00A0, 0x017F),  # Latin-1 Supplement, Latin Extended-A
        (0x0370, 0x03FF),  # Greek
        (0x0400, 0x04FF),  # Cyrillic
        (0x2000, 0x206F),  # General Punctuation
        (0x2190, 0x21FF),  # Arrows (→ in references)
        (0x2460, 0x24FF),  # Enclosed alphanumerics (① in reports)
        (0x3000, 0x303F),  # CJK Symbols and Punctuation
        (0xFF00, 0xFFEF),  # Halfwidth and Fullwidth Forms
    )
    for path in sorted(CORPUS.glob("*.txt")):
        chars.update(ord(c) for c in path.read_text(encoding="utf-8"))
    # Never map radicals or compatibility ideographs: they alias unified ideographs.
    chars -= _ranges((0x2E80, 0x2FDF), (0xF900, 0xFAFF), (0x2F800, 0x2FA1F))
    chars -= CJK_ALIASED_DROPPED
    return {c for c in chars if c >= 0x20}


def latin_charset() -> set[int]:
    """Noto Sans covers what the CJK subset lacks: extended Latin, Greek, Cyrillic."""
    return _ranges(
        (0x0020, 0x024F),  # Latin through Extended-B
        (0x0300, 0x036F),  # combining diacritics
        (0x0370, 0x03FF),  # Greek
        (0x0400, 0x052F),  # Cyrillic and supplement
        (0x1E00, 0x1EFF),  # Latin Extended Additional (Vietnamese)
        (0x2000, 0x206F),  # General Punctuation (• and ‧ with their own glyphs)
        (0x20A0, 0x20CF),  # currency
        (0x2100, 0x214F),  # letterlike
    )


def arabic_charset() -> set[int]:
    return _ranges(
        (0x0600, 0x06FF),
        (0x0750, 0x077F),
        (0x08A0, 0x08FF),
        (0xFB50, 0xFDFF),  # presentation forms A: named glyphs for ligatures
        (0xFE70, 0xFEFF),  # presentation forms B: named joining forms
    )


def _rename(font: TTFont, family: str, weight: str) -> None:
    ps_family = family.replace(" ", "")
    full = f"{family} {weight}" if weight != "Regular" else family
    names = {
        1: family,
        2: weight,
        3: f"{ps_family}-{weight};ccwdiff subset",
        4: full,
        6: f"{ps_family}-{weight}",
        16: family,
        17: weight,
    }
    table = font["name"]
    # Drop localised names (the CJK fonts carry Chinese/Japanese family names) and
    # the old typographic names: they would re-introduce "Noto Sans CJK".
    table.names = [n for n in table.names if n.nameID not in (1, 2, 3, 4, 6, 16, 17, 18, 21, 22)]
    for name_id, value in names.items():
        table.setName(value, name_id, 3, 1, 0x409)
        table.setName(value, name_id, 1, 0, 0)
    if "CFF " in font:
        cff = font["CFF "].cff
        cff.fontNames = [names[6]]
        top = cff.topDictIndex[0]
        top.FullName = full
        top.FamilyName = family


def _check_aliases(font: TTFont, label: str, allowed: set[frozenset[int]]) -> None:
    by_glyph: dict[str, list[int]] = defaultdict(list)
    for code, glyph in font.getBestCmap().items():
        by_glyph[glyph].append(code)
    shared = [sorted(codes) for codes in by_glyph.values() if len(codes) > 1]
    bad = [codes for codes in shared if frozenset(codes) not in allowed]
    # Spaces and hyphens sharing a glyph copy out as the lowest one, which is fine.
    bad = [
        c for c in bad if not all(chr(x).isspace() or x in (0x2D, 0xAD, 0x2010, 0x2011) for x in c)
    ]
    if bad:
        listing = ", ".join("/".join(f"U+{c:04X}" for c in codes) for codes in bad[:20])
        print(f"{label}: code points sharing a glyph: {listing}", file=sys.stderr)


def _subset(source: TTFont, charset: set[int], features: list[str]) -> TTFont:
    options = subset.Options()
    options.layout_features = features
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.hinting = False  # Qt and FreeType hint CJK on their own; saves space
    options.desubroutinize = False
    options.drop_tables += ["VORG", "vhea", "vmtx", "BASE", "DSIG"]
    subsetter = subset.Subsetter(options)
    available = set(source.getBestCmap())
    subsetter.populate(unicodes=sorted(charset & available))
    subsetter.subset(source)
    return source


def _save(font: TTFont, name: str, family: str, weight: str, coverage: set[int]) -> None:
    _rename(font, family, weight)
    _check_aliases(font, name, set())
    target = OUT / name
    font.save(str(target))
    coverage |= set(font.getBestCmap())
    size = target.stat().st_size / 1e6
    print(f"{name}: {size:.2f} MB, {len(font.getGlyphOrder())} glyphs")


def build() -> dict[str, list[list[int]]]:
    OUT.mkdir(parents=True, exist_ok=True)
    coverage: dict[str, set[int]] = {CJK_FAMILY: set(), LATIN_FAMILY: set(), ARABIC_FAMILY: set()}
    for weight, path in CJK_SOURCES.items():
        collection = TTCollection(str(path))
        font = next(f for f in collection.fonts if f["name"].getDebugName(1).endswith("CJK SC"))
        font = _subset(font, cjk_charset(), CJK_FEATURES)
        name = f"NotoSansSC-ccwdiff-{weight}.otf"
        _save(font, name, CJK_FAMILY, weight, coverage[CJK_FAMILY])
    for weight, path in LATIN_SOURCES.items():
        # Positioning only: Noto Sans's default ligatures and locl would lose code points.
        font = _subset(TTFont(str(path)), latin_charset(), ["kern", "mark", "mkmk"])
        name = f"NotoSans-ccwdiff-{weight}.ttf"
        _save(font, name, LATIN_FAMILY, weight, coverage[LATIN_FAMILY])
    for weight, path in ARABIC_SOURCES.items():
        font = _subset(TTFont(str(path)), arabic_charset(), ARABIC_FEATURES)
        name = f"NotoSansArabic-ccwdiff-{weight}.ttf"
        # Arabic presentation forms share glyphs with nothing else in this subset.
        _save(font, name, ARABIC_FAMILY, weight, coverage[ARABIC_FAMILY])
    result = {family: _as_ranges(codes) for family, codes in coverage.items()}
    (OUT / "coverage.json").write_text(
        json.dumps({"families": result}, separators=(",", ":")) + "\n", encoding="utf-8"
    )
    return result


def _as_ranges(codes: set[int]) -> list[list[int]]:
    ranges: list[list[int]] = []
    for code in sorted(codes):
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    return ranges


if __name__ == "__main__":
    build()
