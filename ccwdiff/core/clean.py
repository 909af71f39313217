"""Turn extracted visual lines into clean paragraphs: furniture out, broken lines re-joined.

:mod:`furniture` finds what is not body text (running headers, footers, page
numbers, printing notes, footnotes, the right column of a title block) and
:mod:`linebreaks` decides where paragraphs end and how lines are joined. This
module runs them over a :class:`RawDocument` and keeps two flows apart, body and
footnotes, so that a paragraph carried across a page is not glued to the
footnotes at the foot of that page. Lines before the first section heading (or
paragraph 1) form the title block.
"""

from __future__ import annotations

from dataclasses import dataclass

from .furniture import FurnitureResult, Line, detect
from .labels import ANNEX, CJK_HEADING, NUMBER, ROMAN_HEADING, Label, parse_label
from .linebreaks import Flow, LineBreaker, Numbering, display_width, finished
from .model import RawDocument

__all__ = ["CleanResult", "Paragraph", "clean", "display_width", "finished"]


@dataclass(frozen=True)
class Paragraph:
    """A re-joined paragraph: ``role`` is "title", "body" or "footnote"."""

    text: str
    role: str
    page: int
    indent: float
    start: int
    size: float | None = None


@dataclass(frozen=True)
class CleanResult:
    """Paragraphs in reading order plus everything removed as furniture."""

    paragraphs: tuple[Paragraph, ...]
    furniture: tuple[str, ...]
    symbol: str | None
    right_column: tuple[str, ...]
    dropped_hyphens: int


def _make_lines(raw: RawDocument) -> list[Line]:
    lines = []
    for index, source in enumerate(raw.lines):
        text = source.text.rstrip("\n")
        expanded = text.expandtabs(4)
        if source.x is not None:
            indent = source.x * 120.0
        else:
            indent = float(len(expanded) - len(expanded.lstrip()))
        stripped = text.strip()
        lines.append(
            Line(
                index=index,
                raw=text,
                text=stripped,
                page=source.page,
                y=source.y,
                x=source.x,
                size=source.size,
                indent=indent,
                trailing_ws=bool(stripped) and text != text.rstrip(),
            )
        )
    return lines


def _title_end(lines: list[Line], found: FurnitureResult) -> int:
    """Index of the first line of the body: first section heading or paragraph 1."""
    seen = 0
    for line in lines:
        if not line.text or line.index in found.furniture or line.index in found.footnote:
            continue
        seen += 1
        label = parse_label(line.text)
        if label is not None and (
            label.style in (ROMAN_HEADING, CJK_HEADING, ANNEX)
            or (label.style == NUMBER and label.value == 1)
        ):
            return line.index
        if seen > 60:
            break
    return 0


def _count(label: Label, numbering: Numbering, strong: bool) -> None:
    """Follow the paragraph numbers: the main run, or a quoted run that restarts at 1."""
    assert label.value is not None
    if strong and label.value == numbering.number + 1:
        numbering.number, numbering.sub = label.value, 0
    else:
        numbering.sub = label.value


def clean(raw: RawDocument) -> CleanResult:
    """Remove furniture and re-join lines into paragraphs."""
    lines = _make_lines(raw)
    found = detect(lines, raw.paragraph_lines)
    for index, source in enumerate(raw.lines):
        if source.footnote:  # the loader read it from the footnotes (DOCX)
            found.footnote.add(index)
            found.footnote_start.add(index)
            found.furniture.pop(index, None)
    for index, right in found.right_column.items():
        line = lines[index]
        left = line.raw.rstrip()
        left = left[: len(left) - len(right)].rstrip()
        lines[index] = Line(
            line.index,
            left,
            left.strip(),
            line.page,
            line.y,
            line.x,
            line.size,
            line.indent,
            False,
        )
    breaker = LineBreaker(lines, found)
    title_end = _title_end(lines, found)
    paragraphs: list[Paragraph] = []
    numbering = Numbering()
    flows: dict[str, Flow] = {}  # the open paragraph of the body and of the footnotes
    blank_since = {"body": False, "footnote": False}

    def flush(role: str) -> None:
        flow = flows.pop(role, None)
        if flow is not None:
            paragraphs.append(
                Paragraph(
                    flow.text,
                    flow.role,
                    flow.page,
                    flow.first.indent,
                    flow.first.index,
                    flow.first.size,
                )
            )

    for line in lines:
        if line.index in found.furniture:
            continue
        role = "footnote" if line.index in found.footnote else "body"
        if not line.text:
            blank_since["body"] = blank_since["footnote"] = True
            continue
        zone_role = "title" if role == "body" and line.index < title_end else role
        flow = flows.get(role)
        if flow is not None and flow.role != zone_role:
            flush(role)
            flow = None
        if flow is not None:
            if raw.paragraph_lines:
                start_new = True
            elif role == "footnote":
                start_new = line.index in found.footnote_start
            elif zone_role == "title":
                start_new = breaker.new_title_paragraph(flow.last, line, blank_since[role])
            else:
                start_new = breaker.new_paragraph(
                    flow.last, line, flow, blank_since[role], numbering
                )
            if start_new:
                flush(role)
                flow = None
        if flow is None:
            label = parse_label(line.text, numbering.number + 1)
            hang = None
            if label is not None and label.rest:
                hang = line.indent + display_width(line.text) - display_width(label.rest)
            if label is not None and label.style == NUMBER and zone_role == "body":
                _count(label, numbering, breaker.strong(label, numbering, line))
            # DOCX has no pages (0); text dumps of PDFs get the pages inferred from furniture.
            page = line.page if raw.paragraph_lines else found.page.get(line.index, line.page)
            flows[role] = Flow(zone_role, line, line, line.text, page, label, hang)
        else:
            flow.text = breaker.join(flow.text, line.text)
            flow.last = line
        blank_since[role] = False
        if role == "body":
            blank_since["footnote"] = False
    flush("body")
    flush("footnote")
    paragraphs.sort(key=lambda p: p.start)
    furniture = [found.furniture[i] for i in sorted(found.furniture)]
    furniture += list(found.right_column.values())
    return CleanResult(
        paragraphs=tuple(paragraphs),
        furniture=tuple(furniture),
        symbol=found.symbol,
        right_column=tuple(found.right_texts),
        dropped_hyphens=breaker.dropped_hyphens,
    )
