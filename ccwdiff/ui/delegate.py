"""Paints one aligned row: old text left, new text right, level with each other.

A row's height is the taller of its two sides, so every old paragraph sits level
with its counterpart and a single scroll bar scrolls both (synchronised scrolling
by construction). A missing side is painted as a grey gap. Laid-out text
documents are cached per row and side; a width change only re-wraps them.

Heights are estimated first (from the text's length and the column width) and
measured only when a row is painted: laying out 2,000 rich-text rows up front
stalled the UI thread for a fifth of a second. Painting lays the row's documents
out anyway, so measuring then is nearly free; the view re-lays the rows out when a
real height differs from its estimate (``ComparisonView.heights_changed``).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Literal

from .model import ROW_ROLE
from .qt import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetrics,
    QListView,
    QModelIndex,
    QPainter,
    QPalette,
    QPersistentModelIndex,
    QRect,
    QSize,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextDocument,
    QWidget,
)
from .render import RenderContext, inline_html, side_html
from .rows import Row
from .selectable import RowText, SideText

Layout = Literal["side", "inline"]
_Index = QModelIndex | QPersistentModelIndex

GUTTER = 10  # space between the two columns, where the status stripe goes
MARGIN = 6  # left margin, room for the mandate bar
PADDING = 2
DOC_MARGIN = 5  # QTextDocument.setDocumentMargin of every row document


class RowDelegate(QStyledItemDelegate):
    """Renders rows of :class:`~ccwdiff.ui.model.ComparisonModel`."""

    def __init__(self, view: QListView, context: RenderContext) -> None:
        super().__init__(view)
        self._view = view
        self.context = context
        self.layout: Layout = "side"
        self._documents: dict[tuple[int, str], QTextDocument] = {}
        # Measured row heights by (row, width, layout): Qt asks for size hints on
        # every relayout, and re-measuring 2,000 rich-text rows each time is what hurts.
        self._heights_cache: dict[tuple[int, int, str], int] = {}
        # Estimates for rows not painted yet, same keys.
        self._estimates: dict[tuple[int, int, str], int] = {}
        self._cache_width = 0
        self._metrics: tuple[QFont, float, float, int, int] | None = None
        # Called (by paint) when a real height differs from the estimate laid out.
        self.heights_changed: Callable[[], None] | None = None
        # Size hints by model row for the current width and layout: a relayout asks
        # for every row's hint, and 2,000 trips through the Python path cost 40 ms.
        # The view calls forget_hints when the model resets (new rows or filters).
        self._hints: dict[int, QSize] = {}
        self._hints_for: tuple[int, str] = (0, "")
        self._advance_cache: dict[int, tuple[float, float, float]] = {}

    def invalidate(self) -> None:
        """Forget every laid-out document (content, colours, font or search changed)."""
        self._documents.clear()
        self._heights_cache.clear()
        self._estimates.clear()
        self._metrics = None
        self._hints.clear()
        self._advance_cache.clear()

    def forget_hints(self) -> None:
        """Model rows now show other rows (reset or filtered): drop the hints."""
        self._hints.clear()

    def is_measured(self, row: Row) -> bool:
        return (row.index, self._width(), self.layout) in self._heights_cache

    # --- geometry --------------------------------------------------------------------
    def column_rects(self, rect: QRect) -> tuple[QRect, QRect]:
        """Left and right text areas of a row in ``rect`` (side-by-side layout)."""
        inner = rect.adjusted(MARGIN, 0, 0, 0)
        half = (inner.width() - GUTTER) // 2
        left = QRect(inner.left(), inner.top(), half, inner.height())
        right = QRect(inner.left() + half + GUTTER, inner.top(), half, inner.height())
        return left, right

    def _width(self) -> int:
        return max(120, self._view.viewport().width())

    def document_for(self, row: Row, side: str) -> QTextDocument:
        """The laid-out document of one side ("old", "new" or "inline") of a row."""
        return self._document(row, side, self._width())

    def _document(self, row: Row, side: str, width: int) -> QTextDocument:
        key = (row.index, side)
        document = self._documents.get(key)
        if document is None:
            document = QTextDocument()
            document.setDefaultFont(self._view.font())
            document.setDocumentMargin(5)
            if side == "inline":
                document.setHtml(inline_html(row, self.context))
            else:
                document.setHtml(side_html(row, side, self.context))
            self._documents[key] = document
        if document.textWidth() != width:
            document.setTextWidth(width)
        return document

    def _heights(self, row: Row, width: int) -> int:
        """The measured height when the row was painted at this width, else an estimate."""
        if width != self._cache_width:
            # Only the current width matters; a live resize must not pile up heights.
            self._heights_cache.clear()
            self._estimates.clear()
            self._cache_width = width
        key = (row.index, width, self.layout)
        cached = self._heights_cache.get(key)
        if cached is None:
            cached = self._estimates.get(key)
            if cached is None:
                cached = self._estimates[key] = self._estimate(row, width)
        return cached

    def measure(self, row: Row) -> bool:
        """Measure ``row`` at the current width; True when that changed its height."""
        width = self._width()
        if width != self._cache_width:
            self._heights(row, width)  # drops the other width's heights
        key = (row.index, width, self.layout)
        if key in self._heights_cache:
            return False
        real = self._heights_cache[key] = self._measure(row, width)
        if real == self._estimates.get(key):
            return False
        position_of = getattr(self._view.model(), "position_of", None)
        position = position_of(row.index) if position_of is not None else None
        if position is None:
            self._hints.clear()
        else:
            self._hints.pop(position, None)
        return True

    # --- estimates --------------------------------------------------------------------
    def _font_metrics(self) -> tuple[float, float, int, int]:
        """Wide (CJK) and narrow glyph widths, body and small line heights."""
        font = self._view.font()
        if self._metrics is None or self._metrics[0] != font:
            self._advance_cache.clear()
            body = QFontMetrics(font)
            small = QFont(font)
            small.setPointSizeF(max(1.0, font.pointSizeF() / 1.2))  # CSS "small"
            self._metrics = (
                QFont(font),
                float(body.horizontalAdvance("中")),
                float(body.averageCharWidth()) * 1.1,
                body.lineSpacing(),
                QFontMetrics(small).lineSpacing(),
            )
        return self._metrics[1:]

    def _advances(self, row: Row) -> tuple[float, float, float]:
        """Unwrapped widths (pixels) of the old text, the new text and the inline text.

        Kept per row: they do not depend on the width, so a resize (or the scroll
        bar appearing) only redoes the division below.
        """
        cached = self._advance_cache.get(row.index)
        if cached is None:
            wide, narrow, _line, _small = self._font_metrics()
            old = _advance(row.old.text, wide, narrow) if row.old is not None else -1.0
            new = _advance(row.new.text, wide, narrow) if row.new is not None else -1.0
            if row.kind == "pair" and row.status == "unchanged":
                inline = new if new >= 0 else old
            else:
                inline = max(0.0, old) + max(0.0, new)
            cached = self._advance_cache[row.index] = (old, new, inline)
        return cached

    def _estimate(self, row: Row, width: int) -> int:
        """A height close to the measured one, from text lengths alone (no layout)."""
        _wide, _narrow, line, small_line = self._font_metrics()
        old, new, inline = self._advances(row)
        if self.layout == "inline":
            text_width = width - MARGIN - 2 * DOC_MARGIN
            return 2 * DOC_MARGIN + small_line + _lines(inline, text_width) * line
        half = (width - MARGIN - GUTTER) // 2 - 2 * DOC_MARGIN
        widest = max(old, new)
        if widest < 0:
            return 20
        return 2 * DOC_MARGIN + small_line + _lines(widest, half) * line

    def _measure(self, row: Row, width: int) -> int:
        if self.layout == "inline":
            return int(self._document(row, "inline", width - MARGIN).size().height())
        half = (width - MARGIN - GUTTER) // 2
        heights = [
            int(self._document(row, side, half).size().height())
            for side, block in (("old", row.old), ("new", row.new))
            if block is not None
        ]
        return max(heights, default=20)

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        width = self._width()
        position = index.row()
        if self._hints_for != (width, self.layout):
            self._hints.clear()
            self._hints_for = (width, self.layout)
        hint = self._hints.get(position)
        if hint is not None:
            return hint
        # Called for every row on each relayout: skip the trip through model.data().
        row_at = getattr(self._view.model(), "row_at", None)
        row = row_at(position) if row_at is not None else index.data(ROW_ROLE)
        if not isinstance(row, Row):
            return QSize(0, 0)
        hint = self._hints[position] = QSize(width, self._heights(row, width) + 2 * PADDING + 1)
        return hint

    def prepare_hints(self, start: int, stop: int) -> None:
        """Compute the size hints of model rows ``start`` to ``stop`` ahead of a
        layout, so a long comparison's first layout can be spread over passes."""
        model = self._view.model()
        for position in range(start, stop):
            if position not in self._hints or self._hints_for != (self._width(), self.layout):
                self.sizeHint(QStyleOptionViewItem(), model.index(position, 0))

    def text_areas(self, row: Row, rect: QRect) -> dict[str, QRect]:
        """Where each side's document is drawn in a row occupying ``rect``."""
        if self.layout == "inline":
            area = rect.adjusted(MARGIN, 0, 0, 0)
            return {"inline": area.adjusted(0, PADDING, 0, 0)}
        left, right = self.column_rects(rect)
        return {
            side: area.adjusted(0, PADDING, 0, 0)
            for side, block, area in (("old", row.old, left), ("new", row.new, right))
            if block is not None
        }

    # --- selectable text (the current row's editor, see selectable.py) -------------------
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        row = index.data(ROW_ROLE)
        editor = RowText(parent)
        if not isinstance(row, Row):
            return editor
        on_double_click = None
        if row.partner is not None:
            target = QPersistentModelIndex(index)
            view = self._view

            def on_double_click() -> None:
                view.doubleClicked.emit(view.model().index(target.row(), 0))

        for side, area in self.text_areas(row, QRect(option.rect)).items():
            document = self._document(row, side, area.width()).clone()
            document.setDefaultFont(self._view.font())
            document.setDocumentMargin(DOC_MARGIN)
            editor.add(
                side,
                SideText(
                    document,
                    self._view.font(),
                    self._view.actions(),
                    on_double_click,
                    editor,
                    scroll_target=self._view.viewport(),
                ),
            )
        return editor

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: _Index
    ) -> None:
        rect = QRect(option.rect)
        editor.setGeometry(rect)
        row = index.data(ROW_ROLE)
        if isinstance(editor, RowText) and isinstance(row, Row):
            origin = QRect(0, 0, rect.width(), rect.height())
            editor.place(self.text_areas(row, origin))

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        """Nothing to load: the editor shows the row's documents, read-only."""

    def setModelData(self, editor: QWidget, model: object, index: _Index) -> None:
        """Nothing to save: the texts are never edited."""

    def eventFilter(self, watched: object, event: object) -> bool:
        # The base filter ends editing on Enter, Escape or focus loss: the selectable
        # text stays for as long as its row is current (the view closes it).
        if isinstance(watched, RowText):
            return False
        return bool(super().eventFilter(watched, event))  # type: ignore[arg-type]

    # --- painting --------------------------------------------------------------------
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        row = index.data(ROW_ROLE)
        if not isinstance(row, Row):
            return
        colours = self.context.colours
        rect = QRect(option.rect)
        palette = option.palette
        painter.save()
        painter.fillRect(rect, palette.color(QPalette.ColorRole.Base))
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            highlight = QColor(palette.color(QPalette.ColorRole.Highlight))
            highlight.setAlpha(45)
            painter.fillRect(rect, highlight)
        width = self._width()
        # The current row's selectable text draws the documents itself (selectable.py).
        editing = self._view.isPersistentEditorOpen(index)
        if self.layout == "inline":
            if not editing:
                self._paint_document(painter, row, "inline", rect.adjusted(MARGIN, 0, 0, 0), width)
        else:
            left, right = self.column_rects(rect)
            half = left.width()
            for side, block, area in (("old", row.old, left), ("new", row.new, right)):
                if block is None:
                    painter.fillRect(area, QColor(colours.gap))
                    continue
                if row.status in ("inserted", "deleted") and row.kind == "pair":
                    tint = QColor(colours.insert_bg if side == "new" else colours.delete_bg)
                    tint.setAlpha(70)
                    painter.fillRect(area, tint)
                if not editing:
                    self._paint_document(painter, row, side, area, half)
            if row.is_change or row.kind != "pair":
                stripe = QColor(colours.moved if row.kind != "pair" else colours.mark(row.status))
                centre = left.right() + GUTTER // 2
                painter.fillRect(QRect(centre - 1, rect.top() + 2, 3, rect.height() - 4), stripe)
        if self._is_mandate(row):
            painter.fillRect(
                QRect(rect.left(), rect.top(), 4, rect.height()), QColor(colours.mandate)
            )
        painter.setPen(QColor(colours.separator))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        if option.state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(palette.color(QPalette.ColorRole.Highlight))
            painter.drawRect(rect.adjusted(0, 0, -1, -1))
        painter.restore()
        # The documents are laid out now: measuring costs next to nothing.
        if self.measure(row) and self.heights_changed is not None:
            self.heights_changed()

    def _is_mandate(self, row: Row) -> bool:
        model = self._view.model()
        checker = getattr(model, "is_mandate", None)
        return bool(checker(row)) if checker is not None else "mandate" in row.tags

    def _paint_document(
        self, painter: QPainter, row: Row, side: str, area: QRect, width: int
    ) -> None:
        text_width = width - (MARGIN if side == "inline" else 0)
        document = self._document(row, side, text_width)
        painter.save()
        painter.translate(area.left(), area.top() + PADDING)
        painter.setClipRect(0, 0, area.width(), area.height())
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(
            QPalette.ColorRole.Text, self._view.palette().color(QPalette.ColorRole.Text)
        )
        document.documentLayout().draw(painter, context)
        painter.restore()


def _advance(text: str, wide: float, narrow: float) -> float:
    """Unwrapped width of ``text``: wide (CJK) and narrow glyphs told apart by
    their UTF-8 length (three bytes against one), without a loop in Python."""
    wide_count = (len(text.encode("utf-8")) - len(text)) / 2
    return wide_count * wide + (len(text) - wide_count) * narrow


def _lines(advance: float, width: float) -> int:
    """Lines ``advance`` pixels of text wrap to; wrapping wastes each line's end."""
    return max(1, math.ceil(advance * 1.04 / max(1.0, width)))
