"""Selectable text on the current row: the reader picks out words and copies them.

Rows are painted (delegate.py), and painted text cannot be selected. The current
row therefore gets a persistent editor, :class:`RowText`: read-only text browsers
laid exactly over the painted columns, showing copies of the same laid-out
documents, on a transparent background (the row's tints and stripes show
through). Dragging selects words; Ctrl+C copies the selection, and with nothing
selected the window's Copy Paragraph (the citation and both texts) runs as
before. The context menu adds the view's own actions to Copy and Select All.

Keys the browsers have no use for (arrows, Page Up/Down, Enter) and the mouse
wheel go on to the view, so reading the comparison with the keyboard or the
wheel works as before; a double-click on a moved paragraph still goes to its
other end. For the keyboard alone, Edit > Select Text (F2) puts a caret in the
paragraph: the arrows and Shift+arrows move and select in it, Tab goes to the
other side, Escape gives the arrows back to the view.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .qt import (
    QAction,
    QApplication,
    QContextMenuEvent,
    QEvent,
    QFocusEvent,
    QFont,
    QFrame,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPointF,
    QRect,
    Qt,
    QTextBrowser,
    QTextDocument,
    QWheelEvent,
    QWidget,
)


class SideText(QTextBrowser):
    """One side of a row ("old", "new" or "inline"), selectable, never editable."""

    def __init__(
        self,
        document: QTextDocument,
        font: QFont,
        actions: Sequence[QAction],
        on_double_click: Callable[[], None] | None,
        parent: QWidget,
        scroll_target: QWidget,
    ) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setReadOnly(True)
        self.setOpenLinks(False)
        # Mouse selection only: no blinking caret in a text nobody types into.
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Tab keeps moving between panes
        self.setAutoFillBackground(False)
        self.viewport().setAutoFillBackground(False)
        self.setStyleSheet("QTextBrowser { background: transparent; border: none; }")
        self.setFont(font)
        document.setParent(self)
        self.setDocument(document)
        self._actions = list(actions)
        self._on_double_click = on_double_click
        self._scroll_target = scroll_target
        self.keyboard = False  # a caret for keyboard selection (start_keyboard)

    def start_keyboard(self) -> None:
        """A caret at the start of the text; the keys move and select in it."""
        self.keyboard = True
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        cursor = self.textCursor()
        if not cursor.hasSelection():
            # At the paragraph's first word: after the label line, when there is one
            # (the label line is the document's first block, the text follows).
            document = self.document()
            first = document.firstBlock()
            body = first.next() if document.blockCount() > 1 else first
            cursor.setPosition(body.position())
            self.setTextCursor(cursor)
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def stop_keyboard(self) -> None:
        """The keys go to the view again; the selection stays."""
        self._mouse_only()
        view = self._scroll_target.parentWidget()  # the view, whose viewport scrolls
        (view or self._scroll_target).setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        if self.keyboard and event.reason() != Qt.FocusReason.PopupFocusReason:
            self._mouse_only()  # clicked elsewhere: no caret left behind
        super().focusOutEvent(event)

    def _mouse_only(self) -> None:
        self.keyboard = False
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def focusNextPrevChild(self, next: bool) -> bool:
        row = self.parentWidget()
        if self.keyboard and row is not None:  # Tab: the other side, with its caret
            others = [
                side for side in row.findChildren(SideText) if side is not self and side.isVisible()
            ]
            if others:
                others[0].start_keyboard()
                return True
        return super().focusNextPrevChild(next)

    def event(self, event: QEvent) -> bool:
        # Ctrl+C is also the window's Copy Paragraph: with words selected, the
        # selection is what the reader means, so the key stays here.
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if (
                (event.matches(QKeySequence.StandardKey.Copy) and self.textCursor().hasSelection())
                or event.matches(QKeySequence.StandardKey.SelectAll)
                or (self.keyboard and event.key() == Qt.Key.Key_Escape)  # not Cancel Comparison
            ):
                event.accept()
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy()
        elif event.matches(QKeySequence.StandardKey.SelectAll):
            self.selectAll()
        elif self.keyboard and event.key() == Qt.Key.Key_Escape:
            self.stop_keyboard()
        elif self.keyboard:
            super().keyPressEvent(event)  # arrows, Shift+arrows, Home, End move the caret
        else:
            event.ignore()  # on to the view: arrows, pages, Enter

    def wheelEvent(self, event: QWheelEvent) -> None:
        # The view scrolls, not this one paragraph. Handed on explicitly: Qt passes
        # an ignored wheel event to the parents only when it came from the system.
        target = self._scroll_target
        position = QPointF(target.mapFromGlobal(event.globalPosition().toPoint()))
        QApplication.sendEvent(
            target,
            QWheelEvent(
                position,
                event.globalPosition(),
                event.pixelDelta(),
                event.angleDelta(),
                event.buttons(),
                event.modifiers(),
                event.phase(),
                event.inverted(),
            ),
        )
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if self._on_double_click is not None:
            self._on_double_click()  # a moved paragraph: go to its other end
            event.accept()
            return
        super().mouseDoubleClickEvent(event)  # selects the word

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        if self._actions:
            menu.addSeparator()
            menu.addActions(self._actions)
        menu.exec(event.globalPos())
        menu.deleteLater()


class RowText(QWidget):
    """The selectable texts of one row, placed over the columns the delegate paints."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAutoFillBackground(False)
        self.sides: dict[str, SideText] = {}

    def add(self, side: str, text: SideText) -> None:
        self.sides[side] = text

    def viewports(self) -> list[QWidget]:
        """The widgets the sides' mouse events go to."""
        return [text.viewport() for text in self.sides.values()]

    def place(self, areas: dict[str, QRect]) -> None:
        """Put each side's browser on its area (coordinates inside this widget)."""
        for side, text in self.sides.items():
            area = areas.get(side)
            if area is None:
                text.hide()
            else:
                text.setGeometry(area)
                text.show()
