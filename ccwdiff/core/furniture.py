"""Find page furniture in extracted lines: running headers, footers, page numbers, notes.

Furniture is found by what it looks like *and* where it sits or how often it
repeats, never by a list of strings copied from one file: a lone document symbol
that repeats (the running header), job-number footers ("GE.23-23130 5"), lone page
numbers next to them, lines repeated at the top or bottom of several pages, the
standard UN printing notes when they sit at a page foot, lone URLs that repeat a
URL of the body (footnote links), and the right column of a ``pdftotext -layout``
title block (date, "Original: English", "Distr.: General").

Text dumps of PDFs have no page breaks, so pages are inferred from the clusters of
header/footer lines; the page boundaries are returned so that the re-joiner can
carry a paragraph across a page, and footnotes at the foot of a page are returned
separately so that they are never glued into the body.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from .labels import SYMBOL_PATTERN, SYMBOL_RE, parse_label

_JOB_RE = re.compile(
    r"^(?:\d{1,4}\s+)?(?:[A-Z]{1,3}\.)?\d{2}-\d{4,6}\s*(?:\([A-Z]\))?(?:\s+\d{1,4})?"
    r"(?:\s+\*\d{5,}\*)?$"
)
_PAGE_RE = re.compile(r"^[-–—]?\s?\d{1,3}\s?[-–—]?$")
_URL_LINE_RE = re.compile(r"^[(（]?(?P<url>(?:https?://|www\.)\S+?)[)）]?[.,;]?$")
# Standard printing notes of UN documents, in the six official languages. They are
# furniture only where they sit as furniture (page foot, next to a footer) or repeat.
_NOTE_RE = re.compile(
    r"(?i)please recycle|issued without formal editing|reissued for technical reasons"
    r"|prière de recycler|sans avoir été revu|se ruega reciclar|sin revisión editorial"
    r"|вторичную переработку|без официального редактирования|يرجى إعادة"
    r"|请回收|未经正式编辑|因技术原因重发"
)
_FOOTNOTE_RE = re.compile(r"^(?P<n>\d{1,2}|\*{1,3})\s+(?!\()\S")
# Right column of a -layout title block: a wide gap, then text starting far right.
_RIGHT_COLUMN_RE = re.compile(r"^(?P<left>.*?\S)?(?P<gap>\s{6,})(?P<right>\S.*)$")
_RIGHT_COLUMN_START = 40
# A title table flattened into one paragraph (DOCX): "...session only)  Distr.: General ...".
_FLAT_RIGHT_RE = re.compile(
    rf"^(?P<left>.*?\S)\s{{2,}}(?P<right>(?P<symbol>{SYMBOL_PATTERN}\s+)?Distr\..*)$"
)


@dataclass
class Line:
    """One extracted line with the features the cleaner needs."""

    index: int
    raw: str
    text: str
    page: int
    y: float | None
    x: float | None
    size: float | None
    indent: float
    trailing_ws: bool

    @property
    def blank(self) -> bool:
        return not self.text


@dataclass
class FurnitureResult:
    """What :func:`detect` found, per line index."""

    furniture: dict[int, str] = field(default_factory=dict)  # whole line removed
    right_column: dict[int, str] = field(default_factory=dict)  # right part removed
    footnote_start: set[int] = field(default_factory=set)
    footnote: set[int] = field(default_factory=set)
    page_break_before: set[int] = field(default_factory=set)
    page: dict[int, int] = field(default_factory=dict)
    symbol: str | None = None
    right_texts: list[str] = field(default_factory=list)


def _kind(line: Line) -> str:
    text = line.text
    if not text:
        return "blank"
    if SYMBOL_RE.match(text):
        return "symbol"
    if _JOB_RE.match(text) or all("\ue000" <= c <= "\uf8ff" or c.isspace() for c in text):
        return "job"  # job number, or its barcode drawn in a private-use font
    if _PAGE_RE.match(text):
        return "page"
    if _URL_LINE_RE.match(text):
        return "url"
    if _NOTE_RE.search(text) and len(text) < 120:
        return "note"
    return "text"


def _document_symbol(lines: list[Line], kinds: list[str]) -> str | None:
    lone = Counter(line.text for line, kind in zip(lines, kinds, strict=True) if kind == "symbol")
    if not lone:
        return None
    symbol, count = lone.most_common(1)[0]
    if count >= 2:
        return symbol
    content = [i for i, kind in enumerate(kinds) if kind != "blank"]
    for position, index in enumerate(content):
        if kinds[index] != "symbol":
            continue
        near = content[max(0, position - 2) : position + 3]
        if position < 3 or any(kinds[i] == "job" for i in near):
            return lines[index].text
    return None


def _neighbours(content: list[int], position: int, reach: int) -> list[int]:
    return (
        content[max(0, position - reach) : position] + content[position + 1 : position + 1 + reach]
    )


def detect(lines: list[Line], paragraph_lines: bool) -> FurnitureResult:
    """Mark furniture, infer pages and find footnotes."""
    result = FurnitureResult()
    kinds = [_kind(line) for line in lines]
    content = [i for i, kind in enumerate(kinds) if kind != "blank"]
    symbol = _document_symbol(lines, kinds)
    result.symbol = symbol
    lone_symbols = Counter(lines[i].text for i in content if kinds[i] == "symbol")
    marker: set[int] = set()
    for position, index in enumerate(content):
        kind = kinds[index]
        if kind == "job":
            marker.add(index)
        elif kind == "symbol":
            text = lines[index].text
            repeated = lone_symbols[text] >= 2
            # "...as contained in document / CCW/GGE.1/2025/2.": a symbol wrapped onto a
            # line of its own ends a sentence, or sits inside the page; a running header
            # does neither.
            y = lines[index].y
            header_like = text[-1] not in ".,;:)" and (y is None or not 0.12 <= y <= 0.88)
            if (text == symbol and position < 3) or (
                header_like and repeated and (text == symbol or not paragraph_lines)
            ):
                marker.add(index)
            elif text == symbol and any(
                kinds[i] == "job" for i in _neighbours(content, position, 2)
            ):
                marker.add(index)
    if not paragraph_lines:
        for position, index in enumerate(content):
            if kinds[index] != "page":
                continue
            line = lines[index]
            near = _neighbours(content, position, 1)
            at_edge = position in (0, len(content) - 1)
            if line.y is not None:
                at_edge = at_edge or line.y > 0.88 or line.y < 0.1
            if at_edge or any(i in marker for i in near):
                marker.add(index)
    _infer_pages(lines, kinds, marker, result)
    furniture = set(marker)
    if not paragraph_lines:
        furniture |= _repeated_at_page_edges(lines, content, result.page, furniture)
    furniture |= _notes(lines, kinds, content, furniture, result.page)
    furniture |= _duplicate_urls(lines, kinds)
    for index in sorted(furniture):
        result.furniture[index] = lines[index].text
    if not paragraph_lines:
        _right_column(lines, furniture, result)
        _footnotes(lines, content, furniture, result)
    else:
        _flattened_title_table(lines, content[:6], result)
    return result


def _flattened_title_table(lines: list[Line], first: list[int], out: FurnitureResult) -> None:
    """The distribution column of a title table that a DOCX gives as one paragraph."""
    for index in first:
        match = _FLAT_RIGHT_RE.match(lines[index].raw.rstrip())
        if match is None:
            continue
        right = match.group("right").strip()
        out.right_column[index] = right
        out.right_texts.append(right)
        if out.symbol is None and match.group("symbol"):
            out.symbol = match.group("symbol").strip()
        return


def _infer_pages(
    lines: list[Line], kinds: list[str], marker: set[int], out: FurnitureResult
) -> None:
    """Page per line: from the source when it has pages, else from marker clusters."""
    has_pages = len({line.page for line in lines}) > 1
    page = lines[0].page if lines else 0
    page = page if has_pages else 1
    previous_page = page
    in_cluster = False
    seen_content = False
    for index, line in enumerate(lines):
        if has_pages:
            page = line.page
        if index in marker:
            in_cluster = seen_content
        elif kinds[index] != "blank":
            if in_cluster and not has_pages:
                page += 1
            if page != previous_page or (in_cluster and not has_pages):
                out.page_break_before.add(index)
            in_cluster = False
            seen_content = True
            previous_page = page
        out.page[index] = page


def _repeated_at_page_edges(
    lines: list[Line], content: list[int], pages: dict[int, int], furniture: set[int]
) -> set[int]:
    """Lines repeated (digits ignored) at the top or bottom of several pages."""
    by_page: dict[int, list[int]] = {}
    for index in content:
        if index not in furniture:
            by_page.setdefault(pages[index], []).append(index)
    if len(by_page) < 2:
        return set()
    edges: dict[str, set[int]] = {}
    for indices in by_page.values():
        for index in indices[:2] + indices[-2:]:
            key = re.sub(r"\d+", "#", " ".join(lines[index].text.split()))
            if len(key) <= 80 and parse_label(lines[index].text) is None:
                edges.setdefault(key, set()).add(index)
    needed = max(3, len(by_page) // 2)
    found: set[int] = set()
    for repeated in edges.values():
        if len({pages[i] for i in repeated}) >= needed:
            found |= repeated
    return found


def _notes(
    lines: list[Line],
    kinds: list[str],
    content: list[int],
    furniture: set[int],
    pages: dict[int, int],
) -> set[int]:
    """Printing notes next to a footer/header or at the very end of a page."""
    found: set[int] = set()
    notes = Counter(lines[i].text for i in content if kinds[i] == "note")
    for position, index in enumerate(content):
        if kinds[index] != "note":
            continue
        near = _neighbours(content, position, 2)
        page_end = position + 1 == len(content) or pages[content[position + 1]] != pages[index]
        if notes[lines[index].text] >= 2 or page_end or any(i in furniture for i in near):
            found.add(index)
    return found


def _duplicate_urls(lines: list[Line], kinds: list[str]) -> set[int]:
    """Lone URL lines whose URL is also in the body text (footnote link lists)."""
    squeezed = "".join("".join(line.text.split()) for line in lines)
    found: set[int] = set()
    for index, kind in enumerate(kinds):
        if kind != "url":
            continue
        match = _URL_LINE_RE.match(lines[index].text)
        assert match is not None
        text = lines[index].text
        if text.endswith(("-", "‐")) or (text[0] in "(（" and text[-1] not in ")）"):
            continue  # a URL broken across lines inside a sentence, not a footnote link
        url = match.group("url").rstrip("/.")
        if squeezed.count(url) >= 2:
            found.add(index)
    return found


def _right_column(lines: list[Line], furniture: set[int], out: FurnitureResult) -> None:
    """Strip the right column (date, original language, distribution) of a title block."""
    first_page = min(out.page.values(), default=1)
    for line in lines:
        if out.page[line.index] > first_page:
            break
        if line.index in furniture or line.blank:
            continue
        label = parse_label(line.text)
        if label is not None and label.style in ("roman-heading", "cjk-heading", "number"):
            break  # the body has started
        if (
            line.x is not None
            and line.x >= 0.45
            and len(line.text) <= 40
            and label is None
            and any(
                other.page == line.page
                and other.x is not None
                and other.x < 0.35
                and other.y is not None
                and line.y is not None
                and abs(other.y - line.y) < 0.012
                for other in lines[max(0, line.index - 3) : line.index + 4]
            )
        ):
            out.right_texts.append(line.text)
            out.furniture[line.index] = line.text
            furniture.add(line.index)
            continue
        match = _RIGHT_COLUMN_RE.match(line.raw.rstrip())
        if match is None:
            continue
        right = match.group("right").strip()
        if match.end("gap") < _RIGHT_COLUMN_START or len(right) > 40:
            continue
        out.right_texts.append(right)
        if match.group("left") is None:
            out.furniture[line.index] = right
            furniture.add(line.index)
        else:
            out.right_column[line.index] = right


def _footnotes(
    lines: list[Line], content: list[int], furniture: set[int], out: FurnitureResult
) -> None:
    """Footnotes: numbered groups after a blank line at the foot of each page."""
    body = [i for i in content if i not in furniture]
    by_page: dict[int, list[int]] = {}
    for index in body:
        by_page.setdefault(out.page[index], []).append(index)
    last_number = 0
    for page in sorted(by_page):
        indices = by_page[page]
        groups: list[list[int]] = []
        for index in indices:
            if (
                groups
                and not _blank_between(lines, groups[-1][-1], index)
                and _same_size(lines[groups[-1][-1]], lines[index])
            ):
                groups[-1].append(index)
            else:
                groups.append([index])
        start = None
        number_at_start = last_number
        last = len(groups) - 1
        for position in range(last, max(0, last - 4), -1):
            first = lines[groups[position][0]].text
            match = _FOOTNOTE_RE.match(first)
            if match and _plausible(match.group("n"), last_number):
                start = position
            elif not (position == last and _continuation(first)):
                break
        if start is None:
            continue
        for group in groups[start:]:
            for index in group:
                out.footnote.add(index)
                match = _FOOTNOTE_RE.match(lines[index].text)
                if match and _plausible(match.group("n"), number_at_start):
                    out.footnote_start.add(index)
                    if match.group("n").isdigit():
                        number_at_start = int(match.group("n"))
        last_number = number_at_start


def _plausible(number: str, last: int) -> bool:
    if not number.isdigit():
        return True
    value = int(number)
    return value == last + 1 or value == 1 or last < value <= last + 3


def _continuation(text: str) -> bool:
    return parse_label(text) is None and len(text) < 80


def _same_size(first: Line, second: Line) -> bool:
    """PDF lines have no blank lines: a smaller font separates footnotes from the body."""
    if first.size is None or second.size is None:
        return True
    return abs(first.size - second.size) < 0.5


def _blank_between(lines: list[Line], first: int, second: int) -> bool:
    """Any line between two body lines (blank, furniture) separates their groups."""
    return second - first > 1
