"""The change navigator: every visible change, grouped by section, with its tags.

Selecting an entry jumps to the row; the view's current row is mirrored back
here, so the navigator always shows where the reader is.
"""

from __future__ import annotations

from .colours import DiffColours
from .i18n import status_name, tag_name
from .qt import (
    QAbstractItemView,
    QBrush,
    QColor,
    QFont,
    Qt,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
)
from .render import RenderContext, citation, short_citation
from .rows import Row, section_name

ROW_INDEX_ROLE = int(Qt.ItemDataRole.UserRole) + 20


class Navigator(QWidget):
    """A tree of sections and changes; emits ``rowSelected(display row index)``."""

    rowSelected = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigator")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("navigatorTree")
        self.tree.setColumnCount(2)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setRootIsDecorated(True)
        self.tree.currentItemChanged.connect(self._on_current)
        self.tree.itemActivated.connect(self._on_activated)
        layout.addWidget(self.tree)
        self._items: dict[int, QTreeWidgetItem] = {}
        self._markers: set[int] = set()  # entries that are move markers, not changes
        self._syncing = False
        self.retranslate()

    def retranslate(self) -> None:
        self.tree.setHeaderLabels([self.tr("Paragraph"), self.tr("Change")])

    def populate(
        self,
        rows: list[Row],
        titles: dict[tuple[str, ...], str],
        context: RenderContext,
        mandate: set[int],
    ) -> None:
        """Fill with the change rows among ``rows`` (already filtered)."""
        self._syncing = True
        self.tree.clear()
        self._items.clear()
        self._markers.clear()
        colours: DiffColours = context.colours
        sections: dict[tuple[str, ...], QTreeWidgetItem] = {}
        bold = QFont(self.font())
        bold.setBold(True)
        for row in rows:
            if not row.is_change and not self._lists_move_marker(row, context):
                continue
            parent = sections.get(row.section)
            if parent is None:
                name = section_name(row.section, titles) or self.tr("(before the first heading)")
                parent = QTreeWidgetItem(self.tree, [name, ""])
                parent.setFirstColumnSpanned(True)
                parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
                parent.setFont(0, bold)
                sections[row.section] = parent
            if row.is_change:
                words = [status_name(row.status)]
                words += [tag_name(tag) for tag in row.tags if tag != row.status]
                described = row
            else:
                # A move marker: name the move by its pair and say where it went.
                described = context.rows[row.partner] if row.partner is not None else row
                place = section_name(described.section, titles)
                words = [self.tr("moved to %1").replace("%1", place)]
            # Years are in the headers; the entry keeps just the paragraph labels.
            item = QTreeWidgetItem(parent, [short_citation(described, context), " · ".join(words)])
            item.setToolTip(1, citation(described, context))
            item.setData(0, ROW_INDEX_ROLE, row.index)
            item.setForeground(1, QBrush(QColor(colours.mark(row.status))))
            if row.index in mandate:
                item.setFont(0, bold)
                item.setForeground(0, QBrush(QColor(colours.mandate)))
            item.setToolTip(0, (row.new or row.old).text[:300] if (row.new or row.old) else "")
            self._items[row.index] = item
            if not row.is_change:
                self._markers.add(row.index)
        self.tree.expandAll()
        # Size the citation column to the entries, not to the (spanned) section names.
        metrics = self.tree.fontMetrics()
        widest = max(
            (metrics.horizontalAdvance(item.text(0)) for item in self._items.values()), default=80
        )
        wanted = widest + 2 * self.tree.indentation() + 12
        # Never push the change column out of sight; long citations elide instead.
        self.tree.setColumnWidth(0, min(wanted, max(120, int(self.tree.viewport().width() * 0.5))))
        self._syncing = False

    @staticmethod
    def _lists_move_marker(row: Row, context: RenderContext) -> bool:
        """A move marker gets an entry when the paragraph left its section, so the
        section it left lists the move too (a move within a section is listed once)."""
        if row.kind == "pair" or row.partner is None or row.partner >= len(context.rows):
            return False
        return context.rows[row.partner].section != row.section

    def change_count(self) -> int:
        return len(self._items) - len(self._markers)

    def entries(self) -> list[int]:
        """Display row indexes of the entries, top to bottom."""
        result: list[int] = []
        for top in range(self.tree.topLevelItemCount()):
            section = self.tree.topLevelItem(top)
            for child in range(section.childCount()):
                result.append(int(section.child(child).data(0, ROW_INDEX_ROLE)))
        return result

    def select_row(self, row_index: int) -> None:
        """Mirror the view's current row without re-emitting a jump."""
        item = self._items.get(row_index)
        self._syncing = True
        if item is not None:
            self.tree.setCurrentItem(item)
            self.tree.scrollToItem(item)
        else:
            self.tree.clearSelection()
        self._syncing = False

    def _on_current(self, item: QTreeWidgetItem | None, _previous: object) -> None:
        if self._syncing or item is None:
            return
        value = item.data(0, ROW_INDEX_ROLE)
        if value is not None:
            self.rowSelected.emit(int(value))

    def _on_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        value = item.data(0, ROW_INDEX_ROLE)
        if value is not None:
            self.rowSelected.emit(int(value))
