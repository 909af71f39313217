"""Plain-text and Markdown reports: encoding detection and visual lines.

Accepted encodings, tried in this order:

1. a byte-order mark: UTF-8 (``utf-8-sig``), UTF-16 LE/BE, UTF-32 LE/BE;
2. strict UTF-8 without a mark (pure ASCII is reported as ``utf-8``);
3. strict GB18030, accepted only when the result reads as Chinese.

GB18030 gives a character for nearly every byte pair, so a Big5 or Windows-1252
file "decodes" into plausible-looking but wrong Chinese. The plausibility test
counts how many non-ASCII characters are ordinary Simplified Chinese (hanzi of
GB2312 levels 1 and 2, or its punctuation rows); real text is well above 90 %, a
Big5 file read as GB18030 falls near 50 % because half of Big5's second bytes
land in GBK's rare extension area. Anything else is refused with code
``encoding`` and a message saying how to fix it: never mojibake.

Lines are kept as the file has them (the cleaner re-joins them); only line
endings are normalised. A form feed starts a new page, as in ``pdftotext``
output; a file without form feeds is page 1 throughout.
"""

from __future__ import annotations

import codecs

from ccwdiff.core.errors import LimitExceeded, LoaderError
from ccwdiff.core.loaders.limits import Limits
from ccwdiff.core.loaders.symbolfont import symbol_font_to_ascii
from ccwdiff.core.model import RawDocument, SourceLine

# Longest marks first: the UTF-32 LE mark starts with the UTF-16 LE one.
_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
)

# Share of non-ASCII characters that must be common Simplified Chinese for a
# GB18030 decoding to be believed (see the module docstring for the reasoning).
_GB_PLAUSIBLE_SHARE = 0.9
# Share of ideographs and CJK punctuation needed to believe Traditional Chinese.
_GB_TRADITIONAL_SHARE = 0.97
_GB_TRADITIONAL_COMMON = 0.5
# Control characters tolerated in text: tab, line feed, vertical tab, form feed,
# carriage return, and the DOS end-of-file mark some old editors leave.
_ALLOWED_CONTROLS = frozenset("\t\n\v\f\r\x1a")
# More than this share of other control characters means binary data, not text.
_MAX_CONTROL_SHARE = 0.001


def _control_share(text: str) -> float:
    if not text:
        return 0.0
    controls = sum(
        1
        for char in text
        if (char < " " or "\x7f" <= char < "\xa0") and char not in _ALLOWED_CONTROLS
    )
    return controls / len(text)


def _is_common_chinese(char: str) -> bool:
    """True for GB2312 hanzi (levels 1 and 2) and its punctuation rows."""
    try:
        encoded = char.encode("gb2312")
    except UnicodeEncodeError:
        return False
    lead = encoded[0]
    return 0xA1 <= lead <= 0xA3 or 0xB0 <= lead <= 0xF7


def _is_han_or_punctuation(char: str) -> bool:
    return (
        "\u4e00" <= char <= "\u9fff"  # CJK unified ideographs
        or "\u3000" <= char <= "\u303f"  # CJK punctuation
        or "\uff00" <= char <= "\uffef"  # full-width forms
        or "\u2010" <= char <= "\u2027"  # dashes, quotes, bullet, ellipsis
        or char == "\u00b7"
    )


def _plausible_chinese(text: str, data: bytes) -> bool:
    """Does a GB18030 decoding of ``data`` read as Chinese rather than mojibake?"""
    non_ascii = [char for char in text if char > "\x7f"]
    if not non_ascii:
        return True
    common = sum(1 for char in non_ascii if _is_common_chinese(char))
    if common / len(non_ascii) >= _GB_PLAUSIBLE_SHARE:
        return True
    # Traditional Chinese written in GB18030 uses GBK's extension area too (about
    # 70 % of its characters are still common GB2312 ones), decodes to ideographs
    # only, and its bytes are not valid Big5 (GBK lead and trail bytes 0x81-0xA0
    # do not exist in Big5). Shift-JIS read as GB18030 has almost no common hanzi.
    han = sum(1 for char in non_ascii if _is_han_or_punctuation(char))
    if common / len(non_ascii) < _GB_TRADITIONAL_COMMON:
        return False
    if han / len(non_ascii) < _GB_TRADITIONAL_SHARE:
        return False
    try:
        data.decode("big5")
    except UnicodeDecodeError:
        return True
    return False


def _guess_legacy(data: bytes) -> str | None:
    """Name a likely legacy encoding for the error message (only a hint)."""
    # EBCDIC first: its letters are valid Windows-1251 bytes and would read as
    # Cyrillic. As cp500 it gives plain ASCII words, which no other code page does.
    ebcdic = data.decode("cp500")
    plain = sum(1 for char in ebcdic if char.isascii() and (char.isalnum() or char in " \n.,"))
    if ebcdic and plain >= 0.9 * len(ebcdic):
        return "EBCDIC (an IBM mainframe code page)"
    candidates: tuple[tuple[str, str, tuple[str, str]], ...] = (
        ("big5", "Big5 (Traditional Chinese)", ("\u4e00", "\u9fff")),
        ("shift_jis", "Shift-JIS (Japanese)", ("\u3040", "\u30ff")),
        ("cp1251", "Windows-1251 (Cyrillic)", ("\u0400", "\u04ff")),
    )
    for codec, name, (low, high) in candidates:
        try:
            decoded = data.decode(codec)
        except UnicodeDecodeError:
            continue
        ascii_letters = sum(1 for char in decoded if char.isascii() and char.isalpha())
        script = sum(1 for char in decoded if low <= char <= high)
        # The script must carry the text: Western text decodes as Big5 or
        # Windows-1251 too, with a sprinkling of hanzi or Cyrillic among ASCII words.
        needed = ascii_letters if codec == "cp1251" else ascii_letters / 4
        if script and script > needed:
            return name
    try:
        data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    return "a Western European code page such as Windows-1252 or Latin-1"


def _binary_error(path: str) -> LoaderError:
    return LoaderError(
        "unsupported",
        "This file does not look like a report: it contains binary data, not text, "
        "and is not a PDF or Word file either. Choose the PDF, DOCX, TXT or MD file of "
        "the report. A UTF-16 text file without a byte-order mark also looks like "
        "this: save it as UTF-8.",
        path,
    )


def decode_text(data: bytes, path: str = "") -> tuple[str, str]:
    """Return ``(text, encoding)`` or raise ``LoaderError`` (``encoding``/``unsupported``).

    ``encoding`` is a Python codec name describing what was found: ``utf-8``,
    ``utf-8-sig`` (with a mark), ``utf-16-le``, ``utf-16-be``, ``utf-32-le``,
    ``utf-32-be`` or ``gb18030``.
    """
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(codec)
            except UnicodeDecodeError:
                break  # a mark followed by something else: report below
            if _control_share(text) > _MAX_CONTROL_SHARE:
                raise _binary_error(path)
            return text, name
    else:
        if b"\x00" in data:
            raise _binary_error(path)
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            if _control_share(text) > _MAX_CONTROL_SHARE:
                raise _binary_error(path)
            return text, "utf-8"
        try:
            text = data.decode("gb18030")
        except UnicodeDecodeError:
            pass
        else:
            if _control_share(text) <= _MAX_CONTROL_SHARE and _plausible_chinese(text, data):
                return text, "gb18030"
        # Only C0 controls count here: legacy encodings use every byte above 0x7F.
        if _control_share(data.decode("ascii", errors="ignore")) > _MAX_CONTROL_SHARE:
            raise _binary_error(path)
    guess = _guess_legacy(data)
    looks = f" It looks like {guess}." if guess else ""
    raise LoaderError(
        "encoding",
        "This text file is not in UTF-8, UTF-16 (with a byte-order mark) or GB18030, "
        f"so ccwdiff cannot read it without garbling the text.{looks} Open it in a text "
        "editor, save it as UTF-8 and try again.",
        path,
    )


def looks_like_text(data: bytes) -> bool:
    """True when ``data`` decodes as an accepted text encoding (used for sniffing)."""
    try:
        decode_text(data)
    except LoaderError:
        return False
    return True


def split_pages(text: str) -> list[list[str]]:
    """Split text into pages (form feeds) of visual lines, line endings normalised."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    pages = text.split("\f")
    # pdftotext ends every page with a form feed: the empty tail is not a page.
    if len(pages) > 1 and not pages[-1].strip("\n"):
        pages.pop()
    result: list[list[str]] = []
    for page in pages:
        lines = page.split("\n")
        if lines and lines[-1] == "" and len(lines) > 1:
            lines.pop()  # the newline ends the last line; it does not start another
        result.append(lines)
    return result


def load_text(
    path: str, data: bytes, limits: Limits, warnings: tuple[str, ...] = ()
) -> RawDocument:
    """Build a :class:`RawDocument` of visual lines from the bytes of a text file."""
    text, encoding = decode_text(data, path)
    if len(text) > limits.max_chars:
        raise LimitExceeded(
            "too-many-chars",
            f"This file has {len(text):,} characters, more than the limit of "
            f"{limits.max_chars:,}. Compare a shorter document or split it.",
            path,
        )
    pages = split_pages(text)
    if len(pages) > limits.max_pages:
        raise LimitExceeded(
            "too-many-pages",
            f"This file has {len(pages):,} pages (form feeds), more than the limit of "
            f"{limits.max_pages:,}. Compare a shorter document or split it.",
            path,
        )
    lines = tuple(
        # Symbol-font characters (U+F02A) are in pdftotext dumps too: see symbolfont.
        SourceLine(text=symbol_font_to_ascii(line), page=number)
        for number, page in enumerate(pages, start=1)
        for line in page
    )
    if not any(line.text.strip() for line in lines):
        raise LoaderError(
            "empty",
            "This file contains no text (only spaces or blank lines). Choose the file "
            "that holds the report.",
            path,
        )
    return RawDocument(
        path=path,
        format="txt",
        lines=lines,
        page_count=len(pages),
        encoding=encoding,
        paragraph_lines=False,
        warnings=warnings,
    )
