"""A small item delegate that paints an item's text as Qt rich text, wrapped.

Used by the mandate panel, where each entry mixes struck-through and highlighted
phrases; the aligned view has its own delegate (``delegate.py``). Laid-out
documents are kept by text, font and width: Qt asks for an item's size on every
relayout and again to paint it, and laying rich text out is the expensive part.
"""

from __future__ import annotations

from .qt import (
    QAbstractTextDocumentLayout,
    QModelIndex,
    QPainter,
    QPalette,
    QPersistentModelIndex,
    QSize,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    Qt,
    QTextDocument,
    QWidget,
)

HTML_ROLE = int(Qt.ItemDataRole.UserRole) + 10
CACHE_LIMIT = 4000  # documents kept; a comparison has a few hundred entries at most


class HtmlDelegate(QStyledItemDelegate):
    """Paints ``HTML_ROLE`` as rich text wrapped to the view's width."""

    def __init__(self, view: QWidget) -> None:
        super().__init__(view)
        self._view = view
        self._documents: dict[tuple[str, str, int], QTextDocument] = {}

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex) -> QTextDocument:
        text = str(index.data(HTML_ROLE) or "")
        width = self._view.viewport().width() if hasattr(self._view, "viewport") else 400
        key = (text, option.font.key(), max(50, width - 8))
        document = self._documents.get(key)
        if document is None:
            if len(self._documents) >= CACHE_LIMIT:
                self._documents.clear()  # old widths and old comparisons
            document = QTextDocument()
            document.setDefaultFont(option.font)
            document.setDocumentMargin(4)
            document.setHtml(text)
            document.setTextWidth(key[2])
            self._documents[key] = document
        return document

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        self.initStyleOption(option, index)
        document = self._document(option, index)  # type: ignore[arg-type]
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        painter.save()
        painter.translate(option.rect.topLeft())
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        document = self._document(option, index)  # type: ignore[arg-type]
        return QSize(int(document.idealWidth()), int(document.size().height()) + 2)
