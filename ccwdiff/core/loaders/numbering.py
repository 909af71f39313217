"""Word's list number formats (``w:numFmt``) rendered as Word displays them.

Only the formats that occur in reports are spelled out: Arabic, Roman, Latin
letters, Chinese counting (一, 十一, 二十, 一百零五), the celestial stems (甲乙丙),
circled and full-width digits. Anything else falls back to Arabic digits so a
label is never lost.
"""

from __future__ import annotations

_ROMAN = (
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
)
_CHINESE_DIGITS = "零一二三四五六七八九"
_CHINESE_LEGAL_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_STEMS = "甲乙丙丁戊己庚辛壬癸"
_BRANCHES = "子丑寅卯辰巳午未申酉戌亥"
# Bullets drawn with Symbol/Wingdings code points in the private use area (Word's
# list bullets, and the same glyphs as PDF text layers report them).
SYMBOL_FONT_GLYPHS = {
    "\uf0b7": "•",
    "\uf0a7": "▪",
    "\uf0d8": "➢",
    "\uf076": "❖",
    "\uf0fc": "✓",
    "\uf0a8": "◆",
    "\uf06e": "■",
    "\uf0be": "—",
    "\uf02d": "-",
}


def roman(value: int) -> str:
    """Upper-case Roman numeral; values outside 1..3999 stay Arabic."""
    if not 0 < value < 4000:
        return str(value)
    parts = []
    for amount, numeral in _ROMAN:
        count, value = divmod(value, amount)
        parts.append(numeral * count)
    return "".join(parts)


def letters(value: int) -> str:
    """Word's letter numbering: a..z, then aa, bb..zz, then aaa (the letter repeated)."""
    if value < 1:
        return str(value)
    repeat, index = divmod(value - 1, 26)
    return chr(ord("a") + index) * (repeat + 1)


def chinese(value: int, digits: str = _CHINESE_DIGITS, legal: bool = False) -> str:
    """Chinese counting as Word writes it: 十, 十一, 二十, 一百零五, 一千零一十."""
    if not 0 < value < 100000:
        return str(value)
    units = ("拾", "佰", "仟", "万") if legal else ("十", "百", "千", "万")
    if value < 10:
        return digits[value]
    if value < 20 and not legal:  # 十一, not 一十一
        return units[0] + (digits[value - 10] if value > 10 else "")
    text = ""
    pending_zero = False
    for power in range(4, -1, -1):
        digit, value = divmod(value, 10**power)
        if digit:
            if pending_zero and text:
                text += digits[0]
            text += digits[digit] + (units[power - 1] if power else "")
            pending_zero = False
        else:
            pending_zero = True
    return text


def format_number(value: int, fmt: str) -> str:
    """Render ``value`` in the Word number format ``fmt`` (``w:numFmt/@w:val``)."""
    if fmt in ("decimal", "ordinal", "cardinalText", "ordinalText"):
        return str(value)
    if fmt == "decimalZero":
        return f"{value:02d}"
    if fmt == "upperRoman":
        return roman(value)
    if fmt == "lowerRoman":
        return roman(value).lower()
    if fmt == "lowerLetter":
        return letters(value)
    if fmt == "upperLetter":
        return letters(value).upper()
    if fmt in (
        "chineseCounting",
        "chineseCountingThousand",
        "japaneseCounting",
        "taiwaneseCounting",
        "taiwaneseCountingThousand",
        "ideographDigital",
    ):
        if fmt == "ideographDigital":
            return "".join(_CHINESE_DIGITS[int(digit)] for digit in str(value))
        return chinese(value)
    if fmt == "chineseLegalSimplified":
        return chinese(value, _CHINESE_LEGAL_DIGITS, legal=True)
    if fmt in ("ideographTraditional", "ideographZodiac"):
        cycle = _STEMS if fmt == "ideographTraditional" else _BRANCHES
        return cycle[(value - 1) % len(cycle)] if value > 0 else str(value)
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese"):
        return chr(0x2460 + value - 1) if 1 <= value <= 20 else str(value)
    if fmt == "decimalFullWidth":
        return "".join(chr(0xFF10 + int(digit)) for digit in str(value))
    if fmt == "none":
        return ""
    return str(value)
