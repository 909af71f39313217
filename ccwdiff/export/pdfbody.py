"""The PDF's full comparison: every cell laid out with ``QTextLayout`` and paged by hand.

The front matter is a few pages of rich text (:mod:`pdfhtml`); the full comparison
can run to thousands of pages, which one ``QTextDocument`` lays out slowly and, past
about 2,500 pages, not at all (Qt crashed in its table layout). Here every cell of
every row is one or two ``QTextLayout`` paragraphs, shaped once at the PDF writer's
resolution, and placed top to bottom:

- a row goes on the page where it fits; a row that does not fit moves to the next
  page when it is short (at most :data:`KEEP_TOGETHER` of a page), and is otherwise
  split between lines, each cell on its own line boundaries, at least two lines on
  the first page;
- the column header row is repeated at the top of every page of a table, as
  ``<thead>`` did;
- a section heading stays with its header row and the start of its first row.

The look is the one the rich-text tables had: Qt's CSS pixels (1/96 inch) for
padding, rules and paragraph margins, the same fonts, colours and column widths.
Anchor positions (rows, sections) come from the placement itself, for the outline.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QPaintDevice,
    QPainter,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)

from .pdfhtml import (
    ACCENT,
    DEL_BG,
    DEL_FG,
    INS_BG,
    INS_FG,
    MANDATE,
    MANDATE_BG,
    MUTED,
    MUTED_BG,
    RULE,
    tag_names,
)
from .qtfonts import bundled_font
from .report import ReportModel, Row, Segment, is_rtl

KEEP_TOGETHER = 0.25  # rows up to this share of a page move whole to the next page
NOTE = "#5b21b6"
EMPTY_BG = "#f4f5f7"
TEXT = "#000000"
_LINE_SEPARATOR = "\u2028"  # a line break inside a paragraph, as <br/> is in rich text
_SPACES = re.compile(r"[ \t\r\f\v]+")
_CSS_PIXELS_PER_INCH = 96.0  # Qt scales the rich-text pixel lengths by dpi / 96


class PageLimitExceeded(Exception):
    """The full comparison needs more pages than it was allowed."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"more than {limit} pages")
        self.limit = limit


@dataclass
class _Cell:
    """One table cell: its box, colours and paragraphs, with every line's bottom."""

    left: float  # the cell box, in body coordinates
    width: float
    background: QColor | None
    pen: QColor
    layouts: list[QTextLayout]
    bottoms: list[float]  # bottom of each line, from the content top (lines touch)
    _lines: list[tuple[QTextLayout, int]] | None = None

    def top(self, line: int) -> float:
        return self.bottoms[line - 1] if line else 0.0

    def span(self, start: int, end: int) -> float:
        """Height of lines ``start`` to ``end`` (exclusive; past the last line: to the end)."""
        end = min(end, len(self.bottoms))
        return self.top(end) - self.top(start) if end > start else 0.0

    def fitting(self, start: int, room: float) -> int:
        """The end of the run of lines from ``start`` that fits in ``room``."""
        end = start
        limit = self.top(start) + room + 0.01
        while end < len(self.bottoms) and self.bottoms[end] <= limit:
            end += 1
        return end

    def draw(self, painter: QPainter, origin: QPointF, start: int, end: int) -> None:
        """Draw lines ``start`` to ``end`` with the first at ``origin`` (content top-left)."""
        painter.setPen(self.pen)
        if start == 0 and end == len(self.bottoms):
            for layout in self.layouts:
                layout.draw(painter, origin)
            return
        if self._lines is None:
            self._lines = [
                (layout, index) for layout in self.layouts for index in range(layout.lineCount())
            ]
        shifted = QPointF(origin.x(), origin.y() - self.top(start))
        for layout, index in self._lines[start:end]:
            layout.lineAt(index).draw(painter, shifted)


@dataclass
class _Row:
    """A table row: its cells and the anchor it carries."""

    cells: list[_Cell]
    anchor: str | None = None

    @property
    def lines(self) -> list[int]:
        return [len(cell.bottoms) for cell in self.cells]

    def content(self) -> float:
        return max(cell.bottoms[-1] for cell in self.cells)


@dataclass
class _Paragraph:
    """A paragraph across the body (title, legend, section heading)."""

    layout: QTextLayout
    pen: QColor
    height: float


Parts = list[tuple[str, QTextCharFormat | None]]  # text and format (None: the cell's own)
_Range = QTextLayout.FormatRange


@dataclass(frozen=True)
class _Metrics:
    """Lengths of the tables, in device pixels."""

    width: float  # of the body
    padding: float  # inside a cell, all around
    rule: float  # thickness of a row's top rule and of the header's bottom rule


@dataclass(frozen=True)
class _PlacedText:
    paragraph: _Paragraph
    y: float

    def paint(self, painter: QPainter, metrics: _Metrics) -> None:
        painter.setPen(self.paragraph.pen)
        self.paragraph.layout.draw(painter, QPointF(0.0, self.y))


@dataclass(frozen=True)
class _PlacedHeader:
    """The column header row, with the accent rule below it."""

    row: _Row
    y: float

    def paint(self, painter: QPainter, metrics: _Metrics) -> None:
        pad = metrics.padding
        for cell in self.row.cells:
            cell.draw(painter, QPointF(cell.left + pad, self.y + pad), 0, len(cell.bottoms))
        bottom = self.y + 2 * pad + self.row.content()
        painter.fillRect(QRectF(0.0, bottom, metrics.width, metrics.rule), QColor(ACCENT))


@dataclass(frozen=True)
class _PlacedRow:
    """A row, or the part of it that is on one page: lines ``starts[i]:ends[i]`` of cell i."""

    row: _Row
    y: float
    height: float  # backgrounds fill it
    rule: bool  # the part begins with the row's top rule
    starts: list[int]
    ends: list[int]

    def paint(self, painter: QPainter, metrics: _Metrics) -> None:
        for cell in self.row.cells:
            if cell.background is not None:
                painter.fillRect(
                    QRectF(cell.left, self.y, cell.width, self.height), cell.background
                )
        top = self.y
        if self.rule:
            painter.fillRect(QRectF(0.0, top, metrics.width, metrics.rule), QColor(RULE))
            top += metrics.rule
        for cell, start, end in zip(self.row.cells, self.starts, self.ends, strict=True):
            if end > start:
                origin = QPointF(cell.left + metrics.padding, top + metrics.padding)
                cell.draw(painter, origin, start, end)


_Placed = _PlacedText | _PlacedHeader | _PlacedRow


@dataclass
class Body:
    """The placed full comparison: what each page holds and where the anchors are."""

    metrics: _Metrics
    pages: list[list[_Placed]] = field(default_factory=lambda: [[]])
    anchors: dict[str, tuple[int, float]] = field(default_factory=dict)  # page, y (pixels)

    def paint(self, painter: QPainter, page: int, origin: QPointF) -> None:
        """Paint body page ``page`` with the body's top-left corner at ``origin``."""
        painter.save()
        painter.translate(origin)
        for placed in self.pages[page]:
            placed.paint(painter, self.metrics)
        painter.restore()


class _Styles:
    """Fonts, character formats and text options of the body, built once per export."""

    def __init__(self, device: QPaintDevice, resolution: float, base: float, latin: bool) -> None:
        self.device = device
        pixel = resolution / _CSS_PIXELS_PER_INCH
        self.padding = 4 * pixel  # cellpadding="4"
        self.rule = 1 * pixel  # border-top:1px
        self.margin = 12 * pixel  # a <p>'s default top and bottom margin

        def font(size: float, bold: bool = False) -> QFont:
            return bundled_font(size, bold=bold, latin_first=latin)

        self.text = font(base)
        self.text_bold = font(base, True)
        self.footnote = font(base * 0.85)  # as on the page: smaller than the paragraphs
        self.label = font(8)
        self.label_bold = font(8, True)
        self.title = font(14, True)
        self.section = font(11, True)
        self.colors = {name: QColor(name) for name in (TEXT, MUTED, ACCENT, NOTE)}
        self.mandate_bg = QColor(MANDATE_BG)
        self.empty_bg = QColor(EMPTY_BG)

        def char(
            background: str | None = None,
            foreground: str | None = None,
            strike: bool = False,
            size: float | None = None,
        ) -> QTextCharFormat:
            fmt = QTextCharFormat()
            if background:
                fmt.setBackground(QBrush(QColor(background)))
            if foreground:
                fmt.setForeground(QBrush(QColor(foreground)))
            if strike:
                fmt.setFontStrikeOut(True)
            if size:
                fmt.setFontPointSize(size)
            return fmt

        self.ops: dict[tuple[str, bool], QTextCharFormat] = {
            ("-", False): char(DEL_BG, DEL_FG, strike=True),
            ("+", False): char(INS_BG, INS_FG),
            ("-", True): char(MUTED_BG, MUTED, strike=True),
            ("+", True): char(MUTED_BG, MUTED),
        }
        self.tag = char(foreground=MUTED, size=7)
        self.tag_mandate = char(foreground=MANDATE, size=7)
        self.note = char(foreground=NOTE, size=7.5)
        self.mandate_chip = char(background=MANDATE_BG)

        self.ltr = QTextOption()
        self.ltr.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.ltr.setTextDirection(Qt.LayoutDirection.LeftToRight)
        self.rtl = QTextOption(self.ltr)
        self.rtl.setTextDirection(Qt.LayoutDirection.RightToLeft)
        self.rtl.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)

    def layout(
        self,
        parts: Iterable[tuple[str, QTextCharFormat | None]],
        font: QFont,
        width: float,
        top: float = 0.0,
        *,
        rtl: bool = False,
    ) -> tuple[QTextLayout, list[float]]:
        """Lay out rich text in ``width``; returns the layout and its lines' bottoms."""
        text, ranges = _rich(parts)
        layout = QTextLayout(text, font, self.device)
        if ranges:
            layout.setFormats(ranges)
        layout.setTextOption(self.rtl if rtl else self.ltr)
        layout.setCacheEnabled(True)  # keep the shaped glyphs for painting
        bottoms: list[float] = []
        y = top
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            line.setPosition(QPointF(0.0, y))
            y += line.height()
            bottoms.append(y)
        layout.endLayout()
        return layout, bottoms

    def cell(
        self,
        left: float,
        width: float,
        paragraphs: Sequence[tuple[Sequence[tuple[str, QTextCharFormat | None]], bool]],
        font: QFont,
        pen: QColor,
        background: QColor | None,
    ) -> _Cell:
        """A cell of stacked paragraphs, each ``(parts, right_to_left)``."""
        inner = max(1.0, width - 2 * self.padding)
        layouts: list[QTextLayout] = []
        bottoms: list[float] = []
        for parts, rtl in paragraphs:
            top = bottoms[-1] if bottoms else 0.0
            layout, lines = self.layout(parts, font, inner, top, rtl=rtl)
            layouts.append(layout)
            bottoms.extend(lines)
        return _Cell(left, width, background, pen, layouts, bottoms)

    def paragraph(self, parts: Parts, font: QFont, pen: str, width: float) -> _Paragraph:
        layout, bottoms = self.layout(parts, font, width)
        return _Paragraph(layout, self.colors[pen], bottoms[-1] if bottoms else 0.0)


def _rich(parts: Iterable[tuple[str, QTextCharFormat | None]]) -> tuple[str, list[_Range]]:
    """Plain text and format ranges, white space collapsed as rich text collapses it.

    Qt counts positions in UTF-16 code units: a character beyond U+FFFF counts twice.
    """
    out: list[str] = []
    ranges: list[QTextLayout.FormatRange] = []
    length = 0  # in UTF-16 code units
    last = _LINE_SEPARATOR  # the start of a paragraph swallows spaces like a line break
    for text, fmt in parts:
        text = _SPACES.sub(" ", text.replace("\n", _LINE_SEPARATOR))
        if text[:1] == " " and last in (" ", _LINE_SEPARATOR):
            text = text[1:]
        if not text:
            continue
        units = len(text) if text.isascii() else len(text.encode("utf-16-le")) // 2
        if fmt is not None:
            span = _Range()
            span.start, span.length, span.format = length, units, fmt
            ranges.append(span)
        out.append(text)
        length += units
        last = text[-1]
    return "".join(out), ranges


class _Builder:
    """Turns rows into laid-out cells for one layout (columns or inline)."""

    def __init__(
        self,
        styles: _Styles,
        model: ReportModel,
        layout: Literal["columns", "inline"],
        width: float,
    ) -> None:
        self.styles = styles
        self.layout = layout
        shares: tuple[float, ...] = (
            (0.08, 0.42, 0.08, 0.42) if layout == "columns" else (0.13, 0.87)
        )
        self.columns: list[tuple[float, float]] = []
        left = 0.0
        for share in shares:
            self.columns.append((left, share * width))
            left += share * width
        self.header: _Row | None = None
        if layout == "columns":
            muted = styles.colors[MUTED]
            head = styles.label_bold
            titles = (
                "",
                f"{model.old.name}: {model.old.symbol or model.old.file_name}",
                "",
                f"{model.new.name}: {model.new.symbol or model.new.file_name}",
            )
            self.header = _Row(
                [
                    styles.cell(x, w, [([(title, None)], False)], head, muted, None)
                    for (x, w), title in zip(self.columns, titles, strict=True)
                ]
            )

    def segments(self, segments: Iterable[Segment], muted: bool) -> Parts:
        ops = self.styles.ops
        return [(s.text, ops[(s.op, muted)] if s.op != "=" else None) for s in segments]

    def trailer(self, row: Row) -> Parts:
        """The tags and the note that follow a row's text."""
        styles = self.styles
        parts: Parts = []
        for tag in tag_names(row):
            fmt = styles.tag_mandate if tag == "mandate" else styles.tag
            parts += [(" ", None), (f"[{tag}]", fmt)]
        if row.note:
            parts.append((_LINE_SEPARATOR + row.note, styles.note))
        return parts

    def text_paragraphs(
        self, segments: tuple[Segment, ...], row: Row, muted: bool, trailer: bool
    ) -> list[tuple[Parts, bool]]:
        parts = self.segments(segments, muted)
        after = self.trailer(row) if trailer else []
        if not is_rtl(segments):
            return [(parts + after, False)]
        # Right-to-left text is its own paragraph; the tags and note follow left to right.
        paragraphs: list[tuple[Parts, bool]] = [(parts, True)]
        if after:
            paragraphs.append((after, False))
        return paragraphs

    def row(self, row: Row) -> _Row:
        styles = self.styles
        muted = row.routine
        pen = styles.colors[MUTED if muted else TEXT]
        label_pen = styles.colors[MUTED]
        font = styles.text_bold if row.is_heading else styles.text
        if row.is_footnote:
            font = styles.footnote
        label_font = styles.label_bold if row.is_heading else styles.label
        bg = styles.mandate_bg if row.mandate_index is not None else None
        if self.layout == "inline":
            refs = _LINE_SEPARATOR.join(dict.fromkeys(r for r in (row.old_ref, row.new_ref) if r))
            (lx, lw), (tx, tw) = self.columns
            cells = [
                styles.cell(lx, lw, [([(refs, None)], False)], label_font, label_pen, bg),
                styles.cell(
                    tx, tw, self.text_paragraphs(row.inline, row, muted, True), font, pen, bg
                ),
            ]
            return _Row(cells, row.anchor)
        (olx, olw), (otx, otw), (nlx, nlw), (ntx, ntw) = self.columns
        empty = styles.empty_bg
        old_text = self.text_paragraphs(row.old if row.old_ref else (), row, muted, False)
        new_text = self.text_paragraphs(row.new if row.new_ref else (), row, muted, True)
        old_label = [([(row.old_label or "", None)], False)]
        new_label = [([(row.new_label or "", None)], False)]
        cells = [
            styles.cell(olx, olw, old_label, label_font, label_pen, bg),
            styles.cell(otx, otw, old_text, font, pen, bg if row.old_ref else empty),
            styles.cell(nlx, nlw, new_label, label_font, label_pen, bg),
            styles.cell(ntx, ntw, new_text, font, pen, bg if row.new_ref else empty),
        ]
        return _Row(cells, row.anchor)


class _Pager:
    """Places paragraphs and rows top to bottom, page after page."""

    def __init__(self, body: Body, height: float, max_pages: int) -> None:
        self.body = body
        self.height = height
        self.max_pages = max_pages
        self.padding = body.metrics.padding
        self.rule = body.metrics.rule
        self.y = 0.0
        self.header: _Row | None = None  # repeated at the top of each page of a table
        self.after_header = False  # the header's rule is the next row's top rule

    @property
    def page(self) -> int:
        return len(self.body.pages) - 1

    @property
    def room(self) -> float:
        return self.height - self.y

    def header_height(self) -> float:
        return 0.0 if self.header is None else self.whole(self.header) + self.rule

    def new_page(self) -> None:
        if len(self.body.pages) >= self.max_pages:
            raise PageLimitExceeded(self.max_pages)
        self.body.pages.append([])
        self.y = 0.0
        self.after_header = False
        if self.header is not None:
            self.place_header(self.header)

    def place_header(self, header: _Row) -> None:
        self.body.pages[-1].append(_PlacedHeader(header, self.y))
        self.y += self.header_height()
        self.after_header = True

    def place_paragraph(self, paragraph: _Paragraph, anchor: str | None = None) -> None:
        if anchor:
            self.body.anchors[anchor] = (self.page, self.y)
        self.body.pages[-1].append(_PlacedText(paragraph, self.y))
        self.y += paragraph.height
        self.after_header = False

    def space(self, margin: float) -> None:
        """Vertical space, dropped at the top of a page."""
        if self.y > 0:
            self.y = min(self.height, self.y + margin)

    def rule_of(self, first: bool) -> float:
        return self.rule if first and not self.after_header else 0.0

    def whole(self, row: _Row) -> float:
        return self.padding * 2 + row.content()

    def keeps_together(self, row: _Row) -> bool:
        return self.rule + self.whole(row) <= KEEP_TOGETHER * self.height

    def opening(self, row: _Row) -> float:
        """The least room a row needs to start on the current page."""
        if self.keeps_together(row):
            return self.rule + self.whole(row)
        return self.rule + self.padding * 2 + max(cell.span(0, 2) for cell in row.cells)

    def fresh(self) -> bool:
        """Nothing but the repeated header on this page yet."""
        return self.y <= self.header_height() + 0.01

    def place_row(self, row: _Row) -> None:
        rule = self.rule_of(True)
        if rule + self.whole(row) > self.room and not self.fresh() and self.keeps_together(row):
            self.new_page()
            rule = self.rule_of(True)
        totals = row.lines
        starts = [0] * len(totals)
        first = True
        while True:
            room = self.room - rule - 2 * self.padding
            ends = [c.fitting(s, room) for c, s in zip(row.cells, starts, strict=True)]
            done = ends == totals
            shown = max(e - s for s, e in zip(starts, ends, strict=True))
            left = max(t - s for s, t in zip(starts, totals, strict=True))
            if not done and shown < min(2, left) and not self.fresh():
                self.new_page()  # too little room for a start: begin on the next page
                rule = self.rule_of(first)
                continue
            if not done and shown == 0:
                # A line taller than a page (never with these fonts): show it clipped.
                ends = [min(s + 1, t) for s, t in zip(starts, totals, strict=True)]
                done = ends == totals
            content = max(c.span(s, e) for c, s, e in zip(row.cells, starts, ends, strict=True))
            height = rule + 2 * self.padding + content if done else self.room
            if first and row.anchor:
                self.body.anchors[row.anchor] = (self.page, self.y + rule + self.padding)
            self.body.pages[-1].append(
                _PlacedRow(row, self.y, height, rule > 0, list(starts), list(ends))
            )
            self.y += height
            self.after_header = False
            if done:
                return
            self.new_page()
            first = False
            rule = 0.0
            starts = ends


def lay_out_body(
    model: ReportModel,
    *,
    device: QPaintDevice,
    resolution: float,
    layout: Literal["columns", "inline"],
    show_routine: bool,
    width: float,
    height: float,
    font_size: float,
    latin_first: bool,
    max_pages: int,
) -> Body:
    """Lay out and place the full comparison on pages of ``width`` × ``height`` pixels,
    its text in ``font_size`` points (the front matter's).

    Raises :class:`PageLimitExceeded` as soon as it would need more than ``max_pages``.
    """
    styles = _Styles(device, resolution, font_size, latin_first)
    body = Body(_Metrics(width, styles.padding, styles.rule))
    if max_pages < 1:
        raise PageLimitExceeded(max_pages)
    pager = _Pager(body, height, max_pages)
    builder = _Builder(styles, model, layout, width)

    sections: list[tuple[str, str, list[Row]]] = []
    hidden = 0
    for section in model.sections:
        if not show_routine:
            hidden += sum(row.routine for row in section.rows)
        sections.append((section.anchor, section.title, list(section.shown_rows(show_routine))))

    pager.place_paragraph(
        styles.paragraph([("Full comparison", None)], styles.title, ACCENT, width), "text"
    )
    legend: Parts = [
        ("Legend: ", None),
        ("deleted", styles.ops[("-", False)]),
        (" ", None),
        ("inserted", styles.ops[("+", False)]),
        (" ", None),
        ("routine roll-over", styles.ops[("-", True)]),
        (" ", None),
        ("mandate paragraph", styles.mandate_chip),
    ]
    pager.space(styles.margin)
    pager.place_paragraph(styles.paragraph(legend, styles.label, MUTED, width))
    if hidden:
        note = f"{hidden} routine roll-over paragraph(s) hidden."
        pager.space(styles.margin)
        pager.place_paragraph(styles.paragraph([(note, None)], styles.label, MUTED, width))
    pager.space(styles.margin)

    for anchor, title, rows in sections:
        heading = styles.paragraph([(title, None)], styles.section, ACCENT, width)
        first = builder.row(rows[0]) if rows else None
        need = heading.height
        if first is not None:
            if builder.header is not None:
                need += pager.whole(builder.header) + styles.rule
            need += pager.opening(first)  # a heading stays with the start of its first row
        if need > pager.room and pager.y > 0:
            pager.new_page()
        pager.place_paragraph(heading, anchor)
        if first is None:
            continue
        if builder.header is not None:
            pager.header = builder.header
            pager.place_header(builder.header)
        pager.place_row(first)
        for row in rows[1:]:
            pager.place_row(builder.row(row))
        pager.header = None
    return body
