"""Recognise the visible label at the start of a report paragraph.

A label is the number or marker a reader sees: "20.", "(a)", "•", "一.", "附件一",
"Annex I", "5 (a)", or a document symbol opening a row of a list of documents.
Both the line re-joiner (is this line the start of a new paragraph?) and the
structure parser (what kind of block is it?) need the same answer, so the
patterns live here, once, for every language the parser must survive: Chinese,
English, French, Spanish, Russian and Arabic (Arabic-Indic digits included).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Styles, roughly from outermost to innermost. The parser keeps a stack of styles.
ANNEX = "annex"
CJK_HEADING = "cjk-heading"  # 一. 二. 三、
ROMAN_HEADING = "roman-heading"  # I. II.
LETTER = "letter"  # A. B. (heading when short, item otherwise)
NUMBER = "number"  # 1. 2. 1.bis
AGENDA_SUB = "agenda-sub"  # 5 (a)
PAREN_LETTER = "paren-letter"  # (a) a)
PAREN_ROMAN = "paren-roman"  # (i) (ii) i. ii.
CJK_PAREN = "cjk-paren"  # （一）
BULLET = "bullet"  # • · - ▪
SYMBOL = "symbol"  # CCW/MSP/2023/1 <title>

_CJK_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
_ARABIC_INDIC = str.maketrans(
    "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹０１２３４５６７８９", "012345678901234567890123456789"
)
# Direction marks an RTL (Arabic) text may carry before its label.
_BIDI_MARKS = "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"

# A UN document symbol: series letters then slash-separated parts ("CCW/GGE.1/2019/3",
# "CCW/MSP/2023/WP.15", "A/78/10", "CCW/GGE.1/2019/WP.2/Rev.1").
SYMBOL_PATTERN = r"[A-Z]{1,8}(?:/[A-Za-z0-9][A-Za-z0-9.\-]*)+"
SYMBOL_RE = re.compile(rf"^{SYMBOL_PATTERN}$")

_ANNEX_RE = re.compile(
    r"^(?P<label>(?:Annex|ANNEX|Annexe|ANNEXE|Anexo|ANEXO|Appendix|APPENDIX|Appendice"
    r"|Apéndice|Приложение|ПРИЛОЖЕНИЕ)\s+(?:[IVXLC]+|\d{1,2}|[A-Z])\b\.?"
    r"|(?:附件|附录)\s*[一二三四五六七八九十\d]+"
    r"|المرفق(?:\s+\S+)?)"
)
_CJK_HEADING_RE = re.compile(r"^(?P<label>(?P<v>[一二三四五六七八九十]{1,3})\s?[.．、])")
_ROMAN_HEADING_RE = re.compile(r"^(?P<label>(?P<v>[IVXL]{1,6})\.)(?=\s)")
_LETTER_RE = re.compile(r"^(?P<label>(?P<v>[A-Z])\.)(?=\s)")
_NUMBER_RE = re.compile(
    r"^(?P<label>(?P<v>[0-9٠-٩۰-۹０-９]{1,3})(?:\.(?:bis|ter|quater)|[.．]|\s?[-–](?=\s)|\)))"
    r"(?=\s|$|[^\d\s.,)])"
)
_LONG_NUMBER_RE = re.compile(r"^(?P<label>(?P<v>[1-9][0-9]{3,4})[.．])(?=\s)")
_AGENDA_SUB_RE = re.compile(r"^(?P<label>(?P<v>\d{1,2})\s?\([a-z]\))(?=\s)")
_PAREN_RE = re.compile(r"^(?P<label>[(（](?P<v>[a-z]{1,4})[)）]|(?P<v2>[a-z])\))(?=\s|$|\S)")
_ROMAN_DOT_RE = re.compile(r"^(?P<label>(?P<v>[ivx]{1,5})\.)(?=\s)")
_CJK_PAREN_RE = re.compile(r"^(?P<label>[(（](?P<v>[一二三四五六七八九十]{1,3})[)）])")
_BULLET_RE = re.compile(r"^(?P<label>[•●▪■◦‣○□►➢✓](?=.)|[·\-–—*](?=\s))")
_SYMBOL_ROW_RE = re.compile(rf"^(?P<label>{SYMBOL_PATTERN})(?=\s+\S|[\u3400-\u9fff《“(（])")


@dataclass(frozen=True)
class Label:
    """A label found at the start of a paragraph's text.

    ``rest`` is the text after the label with the separating whitespace removed.
    ``value`` is the ordinal (20 for "20.", 1 for "(a)", 3 for "三.") when it has one.
    """

    text: str
    style: str
    value: int | None
    rest: str


def roman_value(text: str) -> int | None:
    """Value of a lowercase or uppercase roman numeral, None if it is not one."""
    total, previous = 0, 0
    for char in reversed(text.lower()):
        value = _ROMAN.get(char)
        if value is None:
            return None
        total = total - value if value < previous else total + value
        previous = max(previous, value)
    return total or None


def cjk_value(text: str) -> int | None:
    """Value of a small Chinese numeral (一 .. 九十九)."""
    if not text:
        return None
    if text == "十":
        return 10
    if "十" in text:
        tens, _, units = text.partition("十")
        return (_CJK_DIGITS.get(tens, 1) if tens else 1) * 10 + _CJK_DIGITS.get(units, 0)
    if len(text) == 1:
        return _CJK_DIGITS.get(text)
    return None


def _make(match: re.Match[str], text: str, style: str, value: int | None) -> Label:
    label = match.group("label")
    return Label(label, style, value, text[len(label) :].strip())


def parse_label(text: str, next_number: int | None = None) -> Label | None:
    """The label at the start of ``text`` (already stripped), or None.

    Direction marks before the label (Arabic) are kept as part of the label text.
    Paragraph numbers have one to three digits: "2023. The Group..." at the start of
    a wrapped line is a year. A longer number is a label only as ``next_number``, the
    paragraph the caller expects next (compilations numbered past 999).
    """
    if next_number is not None and next_number >= 1000:
        match = _LONG_NUMBER_RE.match(text)
        if match and int(match.group("v")) == next_number:
            return _make(match, text, NUMBER, next_number)
    marks = len(text) - len(text.lstrip(_BIDI_MARKS))
    if marks:
        label = _parse_label(text[marks:])
        if label is None:
            return None
        return Label(text[:marks] + label.text, label.style, label.value, label.rest)
    return _parse_label(text)


def _parse_label(text: str) -> Label | None:
    if not text:
        return None
    match = _ANNEX_RE.match(text)
    if match:
        label = _make(match, text, ANNEX, None)
        # "Annex II of the report ...", "Annex I, confirmed the ...": a sentence naming
        # an annex, not its heading.
        first = label.rest[:1]
        return None if first.islower() or (first and first in ",;，；") else label
    match = _CJK_HEADING_RE.match(text)
    if match:
        return _make(match, text, CJK_HEADING, cjk_value(match.group("v")))
    match = _CJK_PAREN_RE.match(text)
    if match:
        return _make(match, text, CJK_PAREN, cjk_value(match.group("v")))
    match = _AGENDA_SUB_RE.match(text)
    if match:
        return _make(match, text, AGENDA_SUB, int(match.group("v")))
    match = _NUMBER_RE.match(text)
    if match:
        return _make(match, text, NUMBER, int(match.group("v").translate(_ARABIC_INDIC)))
    match = _ROMAN_HEADING_RE.match(text)
    if match:
        return _make(match, text, ROMAN_HEADING, roman_value(match.group("v")))
    match = _LETTER_RE.match(text)
    if match:
        return _make(match, text, LETTER, ord(match.group("v")) - ord("A") + 1)
    match = _PAREN_RE.match(text)
    if match:
        letters = match.group("v") or match.group("v2")
        if len(letters) == 1 and letters not in "ivx":
            return _make(match, text, PAREN_LETTER, ord(letters) - ord("a") + 1)
        roman = roman_value(letters)
        if roman is not None:
            return _make(match, text, PAREN_ROMAN, roman)
        if len(letters) == 2 and letters[0] == letters[1]:  # (aa) after (z)
            return _make(match, text, PAREN_LETTER, 26 + ord(letters[0]) - ord("a") + 1)
        return None
    match = _ROMAN_DOT_RE.match(text)
    if match:
        return _make(match, text, PAREN_ROMAN, roman_value(match.group("v")))
    match = _BULLET_RE.match(text)
    if match:
        return _make(match, text, BULLET, None)
    match = _SYMBOL_ROW_RE.match(text)
    if match:
        return _make(match, text, SYMBOL, None)
    return None


def letter_value(char: str) -> int:
    """Ordinal of a lowercase letter label ("i" -> 9), used to resolve (i) ambiguity."""
    return ord(char) - ord("a") + 1
