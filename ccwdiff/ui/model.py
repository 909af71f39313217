"""Qt list model over the rows of a comparison, with the user's filters applied.

One model row is one display :class:`~ccwdiff.ui.rows.Row` (an aligned pair or a
move marker). Filtering happens here rather than in a proxy so that the view,
the navigator and next/previous navigation all see the same visible rows.
"""

from __future__ import annotations

from collections.abc import Callable

from ccwdiff.core.model import Comparison

from .qt import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from .rows import Filters, Row, build_rows, mandate_pairs, row_visible

ROW_ROLE = int(Qt.ItemDataRole.UserRole) + 1

_Index = QModelIndex | QPersistentModelIndex


class ComparisonModel(QAbstractListModel):
    """Visible rows of the current comparison."""

    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.comparison: Comparison | None = None
        self.rows: list[Row] = []
        self.filters = Filters()
        self._mandate_ids: set[tuple[str | None, str | None]] = set()
        self._visible: list[int] = []
        self._position: dict[int, int] = {}
        # Set by the window: the tooltip of a row (its citation and status).
        self.describe: Callable[[Row], str] | None = None

    # --- content -----------------------------------------------------------------
    def set_comparison(self, comparison: Comparison | None, rows: list[Row] | None = None) -> None:
        """Show ``comparison``; ``rows`` are its display rows if already built
        (the comparison job builds them off the UI thread)."""
        self.beginResetModel()
        self.comparison = comparison
        if comparison is None:
            self.rows = []
        else:
            self.rows = rows if rows is not None else build_rows(comparison)
        self._mandate_ids = mandate_pairs(comparison) if comparison is not None else set()
        self._refilter()
        self.endResetModel()

    def set_filters(self, filters: Filters) -> None:
        if filters == self.filters:
            return
        self.beginResetModel()
        self.filters = filters
        self._refilter()
        self.endResetModel()

    def _refilter(self) -> None:
        self._visible = [
            row.index for row in self.rows if row_visible(row, self.filters, self._mandate_ids)
        ]
        self._position = {row_index: pos for pos, row_index in enumerate(self._visible)}

    # --- queries -------------------------------------------------------------------
    def visible_rows(self) -> list[Row]:
        return [self.rows[index] for index in self._visible]

    def row_at(self, position: int) -> Row:
        return self.rows[self._visible[position]]

    def position_of(self, row_index: int) -> int | None:
        """Model row of display row ``row_index``, or None when filtered out."""
        return self._position.get(row_index)

    def row_for_pair(self, old: str | None, new: str | None) -> Row | None:
        """The real row showing the pair (old id, new id)."""
        for row in self.rows:
            if row.kind == "pair" and row.pair.old == old and row.pair.new == new:
                return row
        for row in self.rows:  # partial match: split/merge groups, one side only
            if row.kind == "pair" and (
                (old is not None and row.pair.old == old)
                or (new is not None and row.pair.new == new)
            ):
                return row
        return None

    def is_mandate(self, row: Row) -> bool:
        return "mandate" in row.tags or (row.pair.old, row.pair.new) in self._mandate_ids

    def change_positions(self) -> list[int]:
        """Model rows that are changes, in order (navigation stops)."""
        return [pos for pos, index in enumerate(self._visible) if self.rows[index].is_change]

    # --- QAbstractItemModel --------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt default
        return 0 if parent.isValid() else len(self._visible)

    def data(self, index: _Index, role: int = int(Qt.ItemDataRole.DisplayRole)) -> object:
        if not index.isValid() or index.row() >= len(self._visible):
            return None
        row = self.row_at(index.row())
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.describe(row) if self.describe is not None else ""
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            # Plain text for accessibility and copying: label and both texts.
            old = row.old.text if row.old is not None else ""
            new = row.new.text if row.new is not None else ""
            return f"{row.pair.status}\n{old}\n{new}"
        return None
