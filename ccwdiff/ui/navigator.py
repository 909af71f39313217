"""The change navigator: every visible change, grouped by section, with its tags.

Selecting an entry jumps to the row; the view's current row is mirrored back
here, so the navigator always shows where the reader is.

A large comparison has about a thousand entries (50 microseconds each to build),
so the tree is filled in chunks from a zero-timer: the first chunk at once, the
rest between events. Anything that reads the entries (``tree``, ``entries``,
``select_row``...) first finishes the filling, so callers never see half a tree.
"""

from __future__ import annotations

from collections.abc import Iterator

from .colours import DiffColours
from .i18n import status_name, tag_name
from .qt import (
    QAbstractItemView,
    QBrush,
    QColor,
    QFont,
    Qt,
    QTimer,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
)
from .render import RenderContext, citation, paired_by_hand, short_citation
from .rows import Row, section_name

ROW_INDEX_ROLE = int(Qt.ItemDataRole.UserRole) + 20
CHUNK = 200  # rows examined per event-loop pass (about 10 ms)


class Navigator(QWidget):
    """A tree of sections and changes; emits ``rowSelected(display row index)``."""

    rowSelected = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigator")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        tree = self._tree = QTreeWidget(self)
        tree.setObjectName("navigatorTree")
        tree.setColumnCount(2)
        tree.setUniformRowHeights(True)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        tree.setRootIsDecorated(True)
        tree.currentItemChanged.connect(self._on_current)
        tree.itemActivated.connect(self._on_activated)
        layout.addWidget(tree)
        self._items: dict[int, QTreeWidgetItem] = {}
        self._markers: set[int] = set()  # entries that are move markers, not changes
        self._syncing = False
        # The filling in progress: rows still to examine and what they need.
        self._pending: Iterator[Row] | None = None
        self._fill_state: tuple[dict[tuple[str, ...], str], RenderContext, set[int]] | None = None
        self._sections: dict[tuple[str, ...], QTreeWidgetItem] = {}
        self._widest = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._fill_chunk)
        self.retranslate()

    @property
    def tree(self) -> QTreeWidget:
        """The tree widget, completely filled."""
        self.finish()
        return self._tree

    def retranslate(self) -> None:
        self._tree.setHeaderLabels([self.tr("Paragraph"), self.tr("Change")])

    def populate(
        self,
        rows: list[Row],
        titles: dict[tuple[str, ...], str],
        context: RenderContext,
        mandate: set[int],
    ) -> None:
        """Fill with the change rows among ``rows`` (already filtered)."""
        self._timer.stop()
        self._syncing = True
        self._tree.clear()
        self._syncing = False
        self._items.clear()
        self._markers.clear()
        self._sections = {}
        self._widest = 0
        self._pending = iter(rows)
        self._fill_state = (titles, context, mandate)
        self._fill_chunk()

    def finish(self) -> None:
        """Complete a filling still in progress (at once)."""
        while self._pending is not None:
            self._fill_chunk()

    def _fill_chunk(self) -> None:
        """Add the entries of the next CHUNK rows; schedule the rest."""
        if self._pending is None or self._fill_state is None:
            return
        titles, context, mandate = self._fill_state
        colours: DiffColours = context.colours
        bold = QFont(self.font())
        bold.setBold(True)
        metrics = self._tree.fontMetrics()
        sections = self._sections
        # Items are built detached and inserted per section in bulk: one model
        # signal per section instead of one per entry.
        new_sections: list[QTreeWidgetItem] = []
        children: dict[tuple[str, ...], list[QTreeWidgetItem]] = {}
        done = True
        for count, row in enumerate(self._pending):
            if not row.is_change and not self._lists_move_marker(row, context):
                if count >= CHUNK:
                    done = False
                    break
                continue
            parent = sections.get(row.section)
            if parent is None:
                name = section_name(row.section, titles) or self.tr("(before the first heading)")
                parent = QTreeWidgetItem([name, ""])
                parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
                parent.setFont(0, bold)
                sections[row.section] = parent
                new_sections.append(parent)
            if row.is_change:
                words = [status_name(row.status)]
                words += [tag_name(tag) for tag in row.tags if tag != row.status]
                if paired_by_hand(row, context):
                    words.append(tag_name("paired-by-hand"))
                described = row
            else:
                # A move marker: name the move by its pair and say where it went.
                described = context.rows[row.partner] if row.partner is not None else row
                place = section_name(described.section, titles)
                words = [self.tr("moved to %1").replace("%1", place)]
            # Years are in the headers; the entry keeps just the paragraph labels.
            item = QTreeWidgetItem([short_citation(described, context), " · ".join(words)])
            item.setToolTip(1, citation(described, context))
            item.setData(0, ROW_INDEX_ROLE, row.index)
            item.setForeground(1, QBrush(QColor(colours.mark(row.status))))
            if row.index in mandate:
                item.setFont(0, bold)
                item.setForeground(0, QBrush(QColor(colours.mandate)))
            block = row.new or row.old
            item.setToolTip(0, block.text[:300] if block is not None else "")
            children.setdefault(row.section, []).append(item)
            self._items[row.index] = item
            self._widest = max(self._widest, metrics.horizontalAdvance(item.text(0)))
            if not row.is_change:
                self._markers.add(row.index)
            if count >= CHUNK:
                done = False
                break
        self._syncing = True
        for section, items in children.items():
            sections[section].addChildren(items)
        if new_sections:
            self._tree.addTopLevelItems(new_sections)
            for parent in new_sections:
                parent.setFirstColumnSpanned(True)  # only once the item is in the tree
                parent.setExpanded(True)
        # Size the citation column to the entries, not to the (spanned) section names.
        wanted = (self._widest or 80) + 2 * self._tree.indentation() + 12
        # Never push the change column out of sight; long citations elide instead.
        self._tree.setColumnWidth(
            0, min(wanted, max(120, int(self._tree.viewport().width() * 0.5)))
        )
        self._syncing = False
        if done:
            self._pending = None
            self._fill_state = None
        else:
            self._timer.start()

    @staticmethod
    def _lists_move_marker(row: Row, context: RenderContext) -> bool:
        """A move marker gets an entry when the paragraph left its section, so the
        section it left lists the move too (a move within a section is listed once)."""
        if row.kind == "pair" or row.partner is None or row.partner >= len(context.rows):
            return False
        return context.rows[row.partner].section != row.section

    def change_count(self) -> int:
        self.finish()
        return len(self._items) - len(self._markers)

    def entries(self) -> list[int]:
        """Display row indexes of the entries, top to bottom."""
        self.finish()
        result: list[int] = []
        for top in range(self._tree.topLevelItemCount()):
            section = self._tree.topLevelItem(top)
            assert section is not None  # an index below the count
            for child in range(section.childCount()):
                entry = section.child(child)
                assert entry is not None
                result.append(int(entry.data(0, ROW_INDEX_ROLE)))
        return result

    def select_row(self, row_index: int) -> None:
        """Mirror the view's current row without re-emitting a jump."""
        self.finish()
        item = self._items.get(row_index)
        self._syncing = True
        if item is not None:
            self._tree.setCurrentItem(item)
            self._tree.scrollToItem(item)
        else:
            self._tree.clearSelection()
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
