"""Where does a paragraph end, and how are two broken lines put back together?

Extraction breaks every visual line, and the Chinese text layer even puts a blank
line between every line, so neither a line break nor a blank line can be trusted
as a paragraph break. A new paragraph starts where the evidence of the document
itself says so: a label ("12.", "(a)", "•", "一."), a trailing space the extractor
leaves only at paragraph ends (or only at continuation lines: the document shows
which), a previous line that stopped short although the next word would have
fitted, a first-line indent, a blank line (when blank lines are rare enough to
mean something) or a vertical gap. Lines are joined without a space between CJK
characters, with a space between Latin words, and, between CJK and Latin/digits,
as the document itself does inside its lines. A line-end hyphen is removed only
when the text gives no reason to keep it (a URL, a capital after it, the compound
or its prefix attested elsewhere).
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass

from .furniture import FurnitureResult, Line
from .labels import (
    AGENDA_SUB,
    ANNEX,
    BULLET,
    CJK_HEADING,
    NUMBER,
    PAREN_LETTER,
    PAREN_ROMAN,
    ROMAN_HEADING,
    SYMBOL,
    Label,
    parse_label,
)

_TERMINAL_RE = re.compile(r"[.。;；:：!！?？][”\"’』」)）]*$")
_CJK_CHARS = r"\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef\u3000-\u303f《》“”"
_CJK_RE = re.compile(f"[{_CJK_CHARS}]")
_AGENDA_LINE_RE = re.compile(
    r"(?i)^(?:(?:provisional\s+)?agenda\s+item|item|point|tema|пункт|البند)\s+[\d٠-٩]+\b"
    r"|^议程项目\s*\d+"
)
_PLACE_RE = re.compile(
    r"^(?:Geneva|Genève|Ginebra|Женева|New York|Nueva York|Vienna|Vienne|Viena|Nairobi|جنيف)\b"
    r"|^\d{4}\s*年\s*\d{1,2}\s*月"
)
_URL_TOKEN_RE = re.compile(r"(?:https?://|www\.)\S*$")
# A character and the run of non-CJK, non-space characters glued to it ("站(https://...)").
_GLUED_RE = re.compile(f".[^\\s{_CJK_CHARS}]+")
_DASHES = ("–", "—", "-")
# "...; and" / "...; or" at a line end: a list entry ends there, and a dash opens the next.
_LIST_LINK_RE = re.compile(r"[;；]\s*\S+$")
_STRONG_STYLES = {ANNEX, CJK_HEADING, ROMAN_HEADING, BULLET, PAREN_LETTER, PAREN_ROMAN}
# A line ending with one of these words cannot end a paragraph.
_FUNCTION_WORDS = frozenset(
    "a an and as at by for from in into of on or the to with de des du et la le les en y el "
    "los las del и в на с по для و في من".split()
)


def display_width(text: str) -> int:
    """Width in columns: wide (CJK) characters count two."""
    if text.isascii():
        return len(text)
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def is_cjk(char: str) -> bool:
    return bool(_CJK_RE.match(char))


def _is_han(char: str) -> bool:
    """A Chinese character (the unified ideographs and extension A)."""
    return "\u3400" <= char <= "\u9fff"


def finished(text: str) -> bool:
    """Does the text end like a sentence, list entry or lead-in (. ; : 。 ； ：)?"""
    return bool(_TERMINAL_RE.search(text))


@dataclass
class Numbering:
    """The report's paragraph numbers seen so far: the main run and a quoted sub-run."""

    number: int = 0
    sub: int = 0


@dataclass
class Flow:
    """A paragraph being built from lines."""

    role: str
    first: Line
    last: Line
    text: str
    page: int
    label: Label | None
    hang: float | None  # text column after the label, for hanging indents


class LineBreaker:
    """Decides paragraph breaks and joins line texts, with document-wide statistics."""

    def __init__(self, lines: list[Line], found: FurnitureResult) -> None:
        self.lines = lines
        self.found = found
        content = [line for line in lines if line.text and line.index not in found.furniture]
        self.content = content
        followed_by_blank = sum(
            1 for line in content if line.index + 1 < len(lines) and lines[line.index + 1].blank
        )
        self.blanks_separate = not (len(content) >= 6 and followed_by_blank > 0.7 * len(content))
        self.trailing_mode, self.trailing_ends = self._trailing_convention(content)
        self.margins = self._margins()
        self.body_indent = self._body_indents()
        text = "\n".join(line.text for line in content)
        self.text_lower = text.lower()
        spaced = len(re.findall(r"[\u3400-\u9fff] [A-Za-z0-9]|[A-Za-z0-9] [\u3400-\u9fff]", text))
        tight = len(re.findall(r"[\u3400-\u9fff][A-Za-z0-9]|[A-Za-z0-9][\u3400-\u9fff]", text))
        self.cjk_latin_space = " " if spaced >= tight else ""
        self.dropped_hyphens = 0
        self._words: set[str] | None = None
        self._compounds: set[str] | None = None
        self._prefixes: set[str] | None = None
        self.line_gap = self._line_gap()

    # -- statistics ------------------------------------------------------------------
    @staticmethod
    def _trailing_convention(content: list[Line]) -> tuple[bool, bool]:
        """Does a trailing space mark paragraph ends (a PDF text layer dumped to TXT) or
        continuation lines (the space between two words, kept by some PDF extractors)?

        Decided by how often lines with and without it end like a sentence; when the
        two groups do not differ clearly, trailing spaces mean nothing.
        """
        with_ws = [line for line in content if line.trailing_ws]
        without = [line for line in content if not line.trailing_ws]
        if (
            len(content) < 6
            or len(with_ws) < 0.1 * len(content)
            or len(without) < 0.05 * len(content)
        ):
            return False, False
        share_with = sum(finished(line.text) for line in with_ws) / len(with_ws)
        share_without = sum(finished(line.text) for line in without) / len(without)
        if abs(share_with - share_without) < 0.3:
            return False, False
        return True, share_with > share_without

    def _margins(self) -> dict[tuple[int, float | None], float]:
        """Right margin per page, and per page and indent (pages mix column widths)."""
        ends: dict[tuple[int, float | None], list[float]] = {}
        for line in self.content:
            page = self.found.page[line.index]
            end = line.indent + display_width(line.text)
            ends.setdefault((page, None), []).append(end)
            ends.setdefault((page, round(line.indent)), []).append(end)
        everything = sorted(e for (_, i), values in ends.items() if i is None for e in values)
        overall = everything[int(0.9 * (len(everything) - 1))] if everything else 80.0
        margins: dict[tuple[int, float | None], float] = {}
        for key, values in ends.items():
            values.sort()
            if len(values) >= (8 if key[1] is None else 4):
                margins[key] = values[int(0.9 * (len(values) - 1))]
        for key in list(ends):
            if key[1] is None:
                margins.setdefault(key, overall)
        return margins

    def margin(self, line: Line) -> float:
        page = self.found.page[line.index]
        return self.margins.get((page, round(line.indent)), self.margins[(page, None)])

    def _body_indents(self) -> dict[int, float]:
        indents: dict[int, dict[float, int]] = {}
        for line in self.content:
            counts = indents.setdefault(self.found.page[line.index], {})
            counts[line.indent] = counts.get(line.indent, 0) + 1
        return {page: min(c, key=lambda k: (-c[k], k)) for page, c in indents.items()}

    def _line_gap(self) -> float | None:
        gaps = []
        for first, second in zip(self.content, self.content[1:], strict=False):
            if first.y is not None and second.y is not None and first.page == second.page:
                gap = second.y - first.y
                if gap > 0:
                    gaps.append(gap)
        if len(gaps) < 5:
            return None
        gaps.sort()
        return gaps[len(gaps) // 2]

    # -- decisions -------------------------------------------------------------------
    def short(self, previous: Line, line: Line) -> bool:
        """Would the first word of ``line`` have fitted, with room to spare, after ``previous``?"""
        first = line.text[0]
        if is_cjk(first):
            # A character glued to an unbreakable Latin run moves down with it: "...网 /
            # 站(https://meetings.unoda.org/...)上查阅" could not have been broken earlier.
            glued = _GLUED_RE.match(line.text)
            token = glued.group() if glued else first
        else:
            token = line.text.split()[0]
        end = previous.indent + display_width(previous.text) + 1 + display_width(token)
        margin = self.margin(previous)
        return end <= margin - max(3.0, 0.1 * margin)

    def continues(self, previous: Line, line: Line) -> bool:
        """Does ``previous`` visibly run on into ``line`` (comma, hyphen, "and", lowercase)?"""
        last_word = previous.text.split()[-1].lower()
        return (
            previous.text[-1] in ",-‐"
            or last_word in _FUNCTION_WORDS
            or line.text[0].islower()
            or previous.text.count("(") > previous.text.count(")")
            # Chinese paragraphs end on punctuation: a long line ending on a character
            # runs on, even when digits and spaces made it look short; so does a long
            # Chinese line ending on a number or a Latin word ("...延续至 2026 / 年(CCW/...").
            or (
                (
                    _is_han(previous.text[-1])
                    or (
                        previous.text[-1].isalnum()
                        and _is_han(line.text[0])
                        and any(map(_is_han, previous.text))
                    )
                )
                and display_width(previous.text) >= 0.6 * self.margin(previous) - previous.indent
            )
        )

    def strong(self, label: Label | None, numbering: Numbering, line: Line) -> bool:
        """Does ``label`` start a paragraph even without any other evidence?

        A label glued to what follows ("(a)4 - and of...", a footnote marker after
        "Guiding Principle (a)") is a reference inside a sentence, not a label.
        """
        if label is None:
            return False
        if label.style == NUMBER and label.value is not None:
            value = label.value
            return value in (numbering.number + 1, 1) or value == numbering.sub + 1
        if label.style not in _STRONG_STYLES:
            return False
        after = line.text[len(label.text) : len(label.text) + 1]
        return label.style in (BULLET, ANNEX, CJK_HEADING) or not after or after.isspace()

    def dash_runs_on(self, previous: Line, line: Line, label: Label | None, flow: Flow) -> bool:
        """Is a dash opening ``line`` the punctuation of a wrapped sentence, not a bullet?

        "...and that some of its paragraphs / – given their significance – might be
        better placed..." (CCW/GGE.1/2025/WP.9): the dash stands in the previous line's
        column and a lowercase word follows. A dash list ("...; and / – to ...", or
        inside a dash bullet's own text) still opens a bullet; so does a dash after a
        lead-in ("decided: / – to ...") or a line that stopped short, which
        ``new_paragraph`` sees as ended, as it does for other labels.
        """
        if label is None or label.style != BULLET or label.text not in _DASHES:
            return False
        rest = line.text[len(label.text) :].lstrip()
        return (
            bool(rest)
            and rest[0].islower()
            and not _LIST_LINK_RE.search(previous.text)
            and not (flow.label is not None and flow.label.text in _DASHES)
            and line.indent <= previous.indent + 1
        )

    def new_title_paragraph(self, previous: Line, line: Line, blank: bool) -> bool:
        """Title block lines: meeting, agenda item, titles each stand alone."""
        if self.trailing_mode:
            return previous.trailing_ws == self.trailing_ends
        if blank:
            return True
        if _AGENDA_LINE_RE.match(previous.text) or _AGENDA_LINE_RE.match(line.text):
            return True
        if _PLACE_RE.match(line.text) or parse_label(line.text) is not None:
            return True
        if line.text[0].islower():
            return False
        if any(previous.text.count(a) > previous.text.count(b) for a, b in ("《》", "()", "（）")):
            return False  # inside a bracketed name broken over two lines
        if _is_han(previous.text[-1]) and self.short(previous, line):
            return True  # a short Chinese title line ("审议并通过最后报告")
        return finished(previous.text) or abs(line.indent - previous.indent) > 2

    def new_paragraph(
        self,
        previous: Line,
        line: Line,
        flow: Flow,
        blank: bool,
        numbering: Numbering,
    ) -> bool:
        """Does ``line`` open a new paragraph after ``previous`` (the last line of ``flow``)?"""
        label = parse_label(line.text, numbering.number + 1)
        done = finished(previous.text)
        strong = self.strong(label, numbering, line)
        if strong and self.dash_runs_on(previous, line, label, flow):
            strong = False  # a blank line or a gap before it may still open a paragraph
        if strong and label is not None and label.style == ANNEX:
            # "...listed in Annex I of this report, as well as in / Annex II of ...": an
            # annex named by a sentence that runs on from the line before.
            strong = done or not self.continues(previous, line)
        if self.trailing_mode:
            if self.trailing_ends:
                return previous.trailing_ws or (strong and done)
            # The space between two words kept at the end of a wrapped line says "more
            # follows"; its absence says nothing (full justified lines lose it too).
            # After such a space, a reference that wrapped to the start of a line ("...
            # on the agenda item 5 / (a) ...", "...from box III to / IV. The ...") is
            # still the same sentence.
            if (
                strong
                and previous.trailing_ws
                and not done
                and label is not None
                and label.style in (ROMAN_HEADING, PAREN_LETTER, PAREN_ROMAN)
            ):
                return False
            if strong or (previous.trailing_ws and not done):
                return strong
        if self.found.page[line.index] != self.found.page[previous.index]:
            if strong:
                return True
            if not done:
                return self.short(previous, line) and not self.continues(previous, line)
            page = self.found.page[line.index]
            if label is not None:
                return True
            indent = line.indent - self.body_indent[page]
            if indent <= 2:
                return False
            # An indented line: a first-line indent opens a paragraph, but a bullet's
            # text carried over in its own column (the sentence ended at the page's
            # foot) goes on, unless the line before stopped short.
            return abs(line.indent - previous.indent) > 1 or self.short(previous, line)
        if blank and self.blanks_separate:
            return True
        if self.line_gap is not None and previous.y is not None and line.y is not None:
            if line.page == previous.page and line.y - previous.y > 1.7 * self.line_gap:
                return True
        if strong:
            return True
        first_label = flow.label
        first_indent = flow.first.indent
        if label is not None and label.style in (NUMBER, AGENDA_SUB, SYMBOL, BULLET):
            if first_label is not None and first_label.style == label.style == SYMBOL:
                if abs(line.indent - first_indent) <= 1:
                    return True  # next row of a table or list laid out in columns
            return done or (self.short(previous, line) and not self.continues(previous, line))
        hang = flow.hang
        if (
            label is None
            and hang is not None
            and hang > first_indent + 2
            and abs(line.indent - hang) <= 1
        ):
            return False  # hanging indent: text column of a labelled row
        if self.short(previous, line):
            return done or not self.continues(previous, line)
        # A first-line indent opens a paragraph; the text column after a label does not.
        first_line = flow.last is flow.first
        return done and line.indent > previous.indent + 2 and not (first_line and first_label)

    # -- joining ---------------------------------------------------------------------
    def join(self, left: str, right: str) -> str:
        """``left`` and ``right`` (the next line) as one text, with the right separator."""
        if not left:
            return right
        last, first = left[-1], right[0]
        token = left.split()[-1] if left.split() else ""
        url = bool(_URL_TOKEN_RE.search(token))
        if last == "\xad":  # a soft hyphen is a line-end hyphenation by definition
            self.dropped_hyphens += 1
            return left[:-1] + right
        if last in "-‐" and len(left) > 1 and left[-2].isalpha() and first.isalpha():
            return self._hyphen(left, right, url)
        if url and last in "/-_.=?&#":
            return left + right
        if is_cjk(last):
            if is_cjk(first) or not first.isalnum():
                return left + right
            return left + self.cjk_latin_space + right
        if is_cjk(first):
            if last.isalnum():
                return left + self.cjk_latin_space + right
            return left + (" " if last in ",;:" else "") + right
        return left + " " + right

    def _hyphen(self, left: str, right: str, url: bool) -> str:
        if url or not right[0].islower():
            return left + right
        left_word = re.findall(r"[^\W\d_]+$", left[:-1])
        right_word = re.findall(r"^[^\W\d_]+", right)
        if not left_word or not right_word:
            return left + right
        lw, rw = left_word[0].lower(), right_word[0].lower()
        words, compounds, prefixes = self._vocabulary()
        if f"{lw}-{rw}" in compounds:
            return left + right
        if lw + rw in words:
            self.dropped_hyphens += 1
            return left[:-1] + right
        if lw in prefixes:
            return left + right
        self.dropped_hyphens += 1
        return left[:-1] + right

    def _vocabulary(self) -> tuple[set[str], set[str], set[str]]:
        """Words, hyphenated compounds and hyphenated prefixes used inside lines."""
        if self._words is None:
            self._words = set(re.findall(r"[^\W\d_]+", self.text_lower))
            compounds = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)+", self.text_lower)
            self._compounds = set()
            self._prefixes = set()
            for compound in compounds:
                parts = compound.split("-")
                self._prefixes.update(parts[:-1])
                self._compounds.update(f"{a}-{b}" for a, b in itertools.pairwise(parts))
        assert self._compounds is not None and self._prefixes is not None
        return self._words, self._compounds, self._prefixes
