"""Paints one aligned row: old text left, new text right, level with each other.

A row's height is the taller of its two sides, so every old paragraph sits level
with its counterpart and a single scroll bar scrolls both (synchronised scrolling
by construction). A missing side is painted as a grey gap. Laid-out text
documents are cached per row and side; a width change only re-wraps them, which
keeps 2,000-pair comparisons responsive.
"""

from __future__ import annotations

from typing import Literal

from .model import ROW_ROLE
from .qt import (
    QAbstractTextDocumentLayout,
    QColor,
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
)
from .render import RenderContext, inline_html, side_html
from .rows import Row

Layout = Literal["side", "inline"]
_Index = QModelIndex | QPersistentModelIndex

GUTTER = 10  # space between the two columns, where the status stripe goes
MARGIN = 6  # left margin, room for the mandate bar
PADDING = 2


class RowDelegate(QStyledItemDelegate):
    """Renders rows of :class:`~ccwdiff.ui.model.ComparisonModel`."""

    def __init__(self, view: QListView, context: RenderContext) -> None:
        super().__init__(view)
        self._view = view
        self.context = context
        self.layout: Layout = "side"
        self._documents: dict[tuple[int, str], QTextDocument] = {}
        # Row heights by (row, width, layout): Qt asks for size hints on every
        # relayout, and re-measuring 2,000 rich-text rows each time is what hurts.
        self._heights_cache: dict[tuple[int, int, str], int] = {}
        self._cache_width = 0

    def invalidate(self) -> None:
        """Forget every laid-out document (content, colours, font or search changed)."""
        self._documents.clear()
        self._heights_cache.clear()

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
        if width != self._cache_width:
            # Only the current width matters; a live resize must not pile up heights.
            self._heights_cache.clear()
            self._cache_width = width
        key = (row.index, width, self.layout)
        cached = self._heights_cache.get(key)
        if cached is None:
            cached = self._heights_cache[key] = self._measure(row, width)
        return cached

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
        row = index.data(ROW_ROLE)
        if not isinstance(row, Row):
            return QSize(0, 0)
        width = self._width()
        return QSize(width, self._heights(row, width) + 2 * PADDING + 1)

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
        if self.layout == "inline":
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
