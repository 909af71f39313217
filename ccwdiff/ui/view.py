"""The aligned comparison view: document headers, the row list and its overview strip.

:class:`ComparisonView` is a QListView whose rows are aligned pairs, painted by
:class:`~ccwdiff.ui.delegate.RowDelegate`. :class:`OverviewStrip` sits beside the
scroll bar and shows where the changes are in the whole document; clicking or
dragging on it scrolls there. :class:`ComparisonPane` puts them together.
"""

from __future__ import annotations

import html
from pathlib import Path

from ccwdiff.core.cite import document_year
from ccwdiff.core.model import Document

from .delegate import Layout, RowDelegate
from .model import ROW_ROLE, ComparisonModel
from .qt import (
    QAbstractItemView,
    QApplication,
    QColor,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QModelIndex,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPoint,
    QPointF,
    QRect,
    QSize,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from .render import RenderContext
from .rows import Row
from .selectable import RowText

BATCH_SIZE = 4000  # rows laid out per event-loop pass (estimates: ~15 ms)

SETTLE_ROWS = 500  # heights estimated per pass before a long comparison's first layout
ALWAYS_SCROLL_ROWS = 200  # rows that certainly overflow any screen

Mark = tuple[int, int, str, bool]  # top, bottom (content pixels), colour, mandate


class ComparisonView(QListView):
    """Rows of aligned paragraphs; one scroll bar keeps both sides in step."""

    rowActivated = Signal(int)  # display row index double-clicked or Enter pressed
    currentRowChanged = Signal(int)  # display row index, -1 for none
    layoutUpdated = Signal()

    def __init__(self, context: RenderContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.comparison_model = ComparisonModel(self)
        self.setModel(self.comparison_model)
        self.row_delegate = RowDelegate(self, context)
        self.setItemDelegate(self.row_delegate)
        self.setObjectName("comparisonView")
        # Texts drawn when there is nothing to show (set by the window, translated).
        self.placeholder: tuple[str, ...] = ()
        # Drop areas get a dashed frame; a plain message (nothing matches) does not.
        self.placeholder_framed = True
        self._pending_scroll: int | None = None
        self._dragging_text: QWidget | None = None  # see mousePressEvent
        self._drop_hint: str | None = None
        self._scroll_timer = QTimer(self)
        self._scroll_timer.setInterval(50)
        self._scroll_timer.timeout.connect(self._retry_scroll)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setUniformItemSizes(False)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.verticalScrollBar().setSingleStep(24)
        self.activated.connect(self._on_activated)
        self.doubleClicked.connect(self._on_activated)
        # Lay rows out in batches so a huge comparison never blocks the UI. Estimated
        # heights are cheap (a few microseconds a row), so a batch can be large.
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(BATCH_SIZE)
        self.selectionModel().currentChanged.connect(self._on_current_changed)
        # Painted rows replace estimated heights by real ones; re-lay the rows out
        # once per event-loop pass, keeping the top row where the reader sees it.
        self._measured_timer = QTimer(self)
        self._measured_timer.setSingleShot(True)
        self._measured_timer.setInterval(0)
        self._measured_timer.timeout.connect(self._apply_measured_heights)
        self.row_delegate.heights_changed = self._measured_timer.start
        self.comparison_model.modelReset.connect(self.row_delegate.forget_hints)
        self._anchor: tuple[int, int] | None = None  # (model row, top in the viewport)
        # Just after a long comparison is installed, the first layout and paint
        # would run in the same event-loop pass as the installing: one long stall.
        # Paint the background once and lay the rows out in the next pass.
        self._settling = False
        self._settle_done = 0  # rows whose heights are estimated while settling
        self._settle_timer = QTimer(self)
        self._settle_timer.setSingleShot(True)
        self._settle_timer.setInterval(0)
        self._settle_timer.timeout.connect(self._settled)

    # --- state -------------------------------------------------------------------------
    def set_layout(self, layout: Layout) -> None:
        if self.row_delegate.layout != layout:
            self.row_delegate.layout = layout
            self.relayout()

    def relayout(self) -> None:
        """Re-render every row (colours, font, search or layout changed)."""
        current = self.current_row()
        self.row_delegate.invalidate()
        self.reopen_text()
        self.scheduleDelayedItemsLayout()
        self.viewport().update()
        if current is not None:
            QTimer.singleShot(0, lambda: self.go_to_row(current.index))

    def set_comparison(self, comparison: object, rows: list[Row] | None = None) -> None:
        """Show a new comparison; cached layouts belong to the old rows."""
        self.row_delegate.invalidate()
        self.comparison_model.set_comparison(comparison, rows)  # type: ignore[arg-type]
        # A long comparison always overflows: show the scroll bar from the start, or
        # its appearance after the first layout narrows the rows and lays them all
        # out a second time.
        many = self.comparison_model.rowCount() >= ALWAYS_SCROLL_ROWS
        self.setVerticalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAlwaysOn if many else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        )
        if many:
            self._settling = True
            self._settle_done = 0
            self._settle_timer.start()

    def settle_later(self) -> None:
        """Lay a just-installed long comparison out in a later event-loop pass (the
        window calls this when it has finished installing everything else)."""
        if self._settling:
            self._settle_timer.start()

    def _settled(self) -> None:
        # Estimate the rows' heights a slice per pass; the layout then only reads them.
        start = self._settle_done
        stop = min(self.comparison_model.rowCount(), start + SETTLE_ROWS)
        if start < stop:
            self.row_delegate.prepare_hints(start, stop)
            self._settle_done = stop
            self._settle_timer.start()
            return
        self._settling = False
        self.doItemsLayout()
        self.viewport().update()

    def doItemsLayout(self) -> None:
        if getattr(self, "_settling", False):  # Qt calls this during __init__ too
            return  # _settled lays the rows out, one pass later
        super().doItemsLayout()

    @property
    def drop_hint(self) -> str | None:
        return self._drop_hint

    def set_drop_hint(self, side: str | None) -> None:
        """Highlight where a dragged file would go ("old", "new", "both" or None)."""
        if side != self._drop_hint:
            self._drop_hint = side
            self.viewport().update()

    def _paint_drop_hint(self) -> None:
        if self._drop_hint is None:
            return
        painter = QPainter(self.viewport())
        area = self.viewport().rect()
        if self._drop_hint != "both" and self.row_delegate.layout == "side":
            half = area.width() // 2
            if self._drop_hint == "old":
                area.setWidth(half)
            else:
                area.setLeft(half)
        shade = QColor(self.palette().color(QPalette.ColorRole.Highlight))
        shade.setAlpha(40)
        painter.fillRect(area, shade)
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 3))
        painter.drawRect(area.adjusted(1, 1, -2, -2))
        painter.end()

    def paintEvent(self, event: QPaintEvent) -> None:
        if getattr(self, "_settling", False):
            painter = QPainter(self.viewport())
            painter.fillRect(event.rect(), self.palette().color(QPalette.ColorRole.Base))
            painter.end()
            return
        super().paintEvent(event)
        self._paint_drop_hint()
        if self.comparison_model.rowCount() > 0 or not self.placeholder:
            return
        # Empty state: say what to do, in the half where each file goes.
        painter = QPainter(self.viewport())
        area = self.viewport().rect().adjusted(16, 16, -16, -16)
        colour = self.palette().color(QPalette.ColorRole.PlaceholderText)
        pen = QPen(colour, 2, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        parts = self.placeholder
        if len(parts) == 2:
            half = (area.width() - 16) // 2
            boxes = [
                QRect(area.left(), area.top(), half, area.height()),
                QRect(area.left() + half + 16, area.top(), half, area.height()),
            ]
        else:
            boxes = [area]
        for box, text in zip(boxes, parts, strict=False):
            if self.placeholder_framed:
                painter.drawRoundedRect(box, 12, 12)
            painter.drawText(
                box.adjusted(20, 20, -20, -20),
                int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap),
                text,
            )
        painter.end()

    def current_row(self) -> Row | None:
        index = self.currentIndex()
        row = index.data(ROW_ROLE) if index.isValid() else None
        return row if isinstance(row, Row) else None

    def go_to_row(self, row_index: int) -> bool:
        """Make display row ``row_index`` current and visible; False if filtered out."""
        position = self.comparison_model.position_of(row_index)
        if position is None:
            return False
        index = self.comparison_model.index(position, 0)
        self.setCurrentIndex(index)
        self.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop)
        # Rows are laid out in batches: a row far down may not have a place yet.
        # Scroll again when a later batch has placed it (see updateGeometries).
        self._pending_scroll = None if self.visualRect(index).isValid() else row_index
        if self._pending_scroll is not None:
            self._scroll_timer.start()
        return True

    def _on_activated(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if isinstance(row, Row):
            self.rowActivated.emit(row.index)

    def _on_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        row = current.data(ROW_ROLE) if current.isValid() else None
        self._close_text(previous)
        self._open_text(current)
        self.currentRowChanged.emit(row.index if isinstance(row, Row) else -1)

    # --- the current row's selectable text (selectable.py) ----------------------------
    def _open_text(self, index: QModelIndex) -> None:
        if index.isValid() and isinstance(index.data(ROW_ROLE), Row):
            self.openPersistentEditor(index)

    def _close_text(self, index: QModelIndex) -> None:
        # Qt gives the focus back to the view if the text had it.
        if index.isValid() and self.isPersistentEditorOpen(index):
            self.closePersistentEditor(index)

    def reopen_text(self) -> None:
        """Show the current row's selectable text again (its documents changed)."""
        index = self.currentIndex()
        self._close_text(index)
        self._open_text(index)

    def text_editor(self) -> RowText | None:
        """The current row's selectable text, if it is open."""
        index = self.currentIndex()
        editor = self.indexWidget(index) if index.isValid() else None
        return editor if isinstance(editor, RowText) else None

    # A press on another row makes it current, and its selectable text opens under the
    # mouse: the press and the drag that follows go on to that text, so words are
    # selected from the first drag, as in any text (a press on the current row goes to
    # its text directly).
    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        self._dragging_text = None
        if event.button() != Qt.MouseButton.LeftButton:
            return
        editor = self.text_editor()
        if editor is None:
            return
        for side in editor.sides.values():
            target = side.viewport()
            if side.isVisible() and target.rect().contains(self._local(target, event)):
                self._dragging_text = target
                self._forward(event)
                return

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._dragging_text is not None and event.buttons() & Qt.MouseButton.LeftButton:
            self._forward(event)  # selecting words, not rows
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._dragging_text is not None:
            self._forward(event)
            self._dragging_text = None
        super().mouseReleaseEvent(event)

    def _local(self, target: QWidget, event: QMouseEvent) -> QPoint:
        return target.mapFromGlobal(event.globalPosition().toPoint())

    def _forward(self, event: QMouseEvent) -> None:
        target = self._dragging_text
        editor = self.text_editor()
        if target is None or editor is None or target not in editor.viewports():
            self._dragging_text = None  # the text closed under the drag (a new comparison)
            return
        local = QPointF(self._local(target, event))
        forwarded = QMouseEvent(
            event.type(),
            local,
            event.globalPosition(),
            event.button(),
            event.buttons(),
            event.modifiers(),
        )
        QApplication.sendEvent(target, forwarded)

    # --- geometry for the overview strip ------------------------------------------------
    def updateGeometries(self) -> None:
        super().updateGeometries()
        if getattr(self, "_anchor", None) is not None:  # None during __init__
            self._restore_anchor()
        self.layoutUpdated.emit()

    def _apply_measured_heights(self) -> None:
        """Re-lay the rows out with their real heights; the top row does not move."""
        if self.state() != QAbstractItemView.State.NoState:
            self._measured_timer.start()  # dragging or editing: try again next pass
            return
        anchor = self.indexAt(QPoint(1, 1))
        self._anchor = (anchor.row(), self.visualRect(anchor).top()) if anchor.isValid() else None
        self.doItemsLayout()
        self._restore_anchor()
        self.viewport().update()

    def _restore_anchor(self) -> None:
        """Scroll so the anchor row sits where it was (once layout has placed it)."""
        if self._anchor is None or self._pending_scroll is not None:
            self._anchor = None
            return
        position, top = self._anchor
        if position >= self.comparison_model.rowCount():
            self._anchor = None
            return
        rect = self.visualRect(self.comparison_model.index(position, 0))
        if not rect.isValid():
            return  # a later batch places it; updateGeometries calls again
        self._anchor = None
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + rect.top() - top)

    def _retry_scroll(self) -> None:
        """Finish a jump once batched layout has placed the target row."""
        pending = self._pending_scroll
        position = self.comparison_model.position_of(pending) if pending is not None else None
        if position is None:
            self._pending_scroll = None
            self._scroll_timer.stop()
            return
        index = self.comparison_model.index(position, 0)
        if self.visualRect(index).isValid():
            self._pending_scroll = None
            self._scroll_timer.stop()
            self.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop)

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        # Wrapping width changed: heights must be recomputed for every row.
        self.scheduleDelayedItemsLayout()

    def content_height(self) -> int:
        return self.verticalScrollBar().maximum() + self.viewport().height()

    def marks(self) -> list[Mark]:
        """Where the changes are, in content coordinates."""
        offset = self.verticalScrollBar().value()
        colours = self.row_delegate.context.colours
        result: list[Mark] = []
        model = self.comparison_model
        for position in range(model.rowCount()):
            row = model.row_at(position)
            mandate = model.is_mandate(row)
            if row.pair.status == "unchanged" and not mandate:
                continue
            rect = self.visualRect(model.index(position, 0))
            colour = colours.moved if row.kind != "pair" else colours.mark(row.pair.status)
            result.append((rect.top() + offset, rect.bottom() + offset, colour, mandate))
        return result


class OverviewStrip(QWidget):
    """A thin map of the whole comparison beside the scroll bar."""

    def __init__(self, view: ComparisonView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._view = view
        self._marks: list[Mark] = []
        self._total = 1
        self.setObjectName("overviewStrip")
        self.setFixedWidth(16)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(60)
        self._timer.timeout.connect(self.refresh)
        view.layoutUpdated.connect(self._timer.start)
        view.verticalScrollBar().valueChanged.connect(self.update)

    def refresh(self) -> None:
        self._marks = self._view.marks()
        self._total = max(1, self._view.content_height())
        self.update()

    def marks(self) -> list[Mark]:
        return list(self._marks)

    def sizeHint(self) -> QSize:
        return QSize(16, 100)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.AlternateBase))
        height = max(1, self.height())
        scale = height / self._total
        for top, bottom, colour, mandate in self._marks:
            y = int(top * scale)
            h = max(2, int((bottom - top) * scale))
            area = QRect(0, y, self.width(), h) if mandate else QRect(3, y, self.width() - 6, h)
            painter.fillRect(area, QColor(colour))
            if mandate:
                colours = self._view.row_delegate.context.colours
                painter.fillRect(QRect(0, y, 3, h), QColor(colours.mandate))
        bar = self._view.verticalScrollBar()
        frame = QRect(
            0,
            int(bar.value() * scale),
            self.width() - 1,
            int(self._view.viewport().height() * scale),
        )
        shade = QColor(palette.color(QPalette.ColorRole.Highlight))
        shade.setAlpha(50)
        painter.fillRect(frame, shade)
        painter.setPen(palette.color(QPalette.ColorRole.Highlight))
        painter.drawRect(frame)
        painter.end()

    def _scroll_to(self, y: float) -> None:
        fraction = min(1.0, max(0.0, y / max(1, self.height())))
        target = int(fraction * self._total - self._view.viewport().height() / 2)
        self._view.verticalScrollBar().setValue(target)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._scroll_to(event.position().y())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._scroll_to(event.position().y())


def describe(document: Document | None, path: str | None, caption: str) -> str:
    """Header HTML for one document: caption, year, symbol and file name."""
    if document is None and not path:
        return f"<b>{html.escape(caption)}</b>"
    parts = [f"<b>{html.escape(caption)}</b>"]
    if document is not None:
        year = document_year(document)
        if year:
            parts.append(f"<b>{year}</b>")
        if document.symbol:
            parts.append(html.escape(document.symbol))
    name = Path(path or (document.path if document else "")).name
    if name:
        parts.append(f'<span style="color:gray">{html.escape(name)}</span>')
    return "&nbsp;&nbsp;".join(parts)


class DocumentHeader(QWidget):
    """Names the two documents above their columns."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 24, 4)
        layout.setSpacing(10)
        self.old_label = QLabel(self)
        self.new_label = QLabel(self)
        for label in (self.old_label, self.new_label):
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setMinimumWidth(50)
            layout.addWidget(label, 1)
        self.old_label.setObjectName("oldHeader")
        self.new_label.setObjectName("newHeader")

    def set_texts(self, old: str, new: str, inline: bool) -> None:
        if inline:
            self.old_label.setText(f"{old}&nbsp;&nbsp;→&nbsp;&nbsp;{new}")
            self.new_label.hide()
        else:
            self.old_label.setText(old)
            self.new_label.setText(new)
            self.new_label.show()


class ComparisonPane(QWidget):
    """Header, aligned rows and overview strip."""

    def __init__(self, context: RenderContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.header = DocumentHeader(self)
        self.view = ComparisonView(context, self)
        self.strip = OverviewStrip(self.view, self)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self.view, 1)
        body.addWidget(self.strip)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        # Warnings about the comparison as a whole (same file, different languages...).
        self.banner = QLabel(self)
        self.banner.setObjectName("warningBanner")
        self.banner.setWordWrap(True)
        self.banner.setContentsMargins(10, 6, 10, 6)
        self.banner.setStyleSheet(
            "#warningBanner { background-color: #fff4ce; color: #4d3800; border-radius: 3px; }"
        )
        self.banner.hide()
        layout.addWidget(self.banner)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(line)
        layout.addLayout(body, 1)

    def show_warnings(self, messages: list[str]) -> None:
        """Show (or hide, when empty) the warning banner."""
        self.banner.setText("\n".join(f"⚠ {message}" for message in messages))
        self.banner.setVisible(bool(messages))

    def side_at(self, x_in_pane: int) -> str:
        """Which document a drop at this x position targets ("old" or "new")."""
        return "old" if x_in_pane < self.view.width() / 2 else "new"
