"""Reading the comparison: filters, next/previous change, jumps, moves, copying.

A mixin of :class:`~ccwdiff.ui.main_window.MainWindow`. Strings use the
"MainWindow" translation context explicitly (``self.tr`` would use the subclass).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .qt import QApplication, QCoreApplication
from .rows import Filters, Row

if TYPE_CHECKING:
    from .actions import WindowActions
    from .qt import QMainWindow
    from .render import RenderContext
    from .settings import ViewOptions
    from .view import ComparisonView
    from .window_parts import FilterBar, StatusArea

    _Base = QMainWindow
else:
    _Base = object

translate = QCoreApplication.translate  # lupdate recognises calls to "translate"


class ReadingMixin(_Base):
    """Where the reader is and what they see."""

    if TYPE_CHECKING:  # what the mixin uses of MainWindow (checked there by mypy)
        actions_: WindowActions
        context: RenderContext
        filter_bar: FilterBar
        options: ViewOptions
        status: StatusArea
        view: ComparisonView

        def update_placeholder(self) -> None: ...
        def _populate_navigator(self) -> None: ...
        def _update_status(self) -> None: ...

    # --- filters and navigation --------------------------------------------------------------
    def current_filters(self) -> Filters:
        a = self.actions_
        return Filters(
            mandate_only=a.mandate_only.isChecked(),
            hide_routine=a.hide_routine.isChecked(),
            hide_unchanged=a.hide_unchanged.isChecked(),
            hide_footnotes=a.hide_footnotes.isChecked(),
            search=self.filter_bar.search_text(),
        )

    def apply_filters(self) -> None:
        filters = self.current_filters()
        self.options.mandate_only = filters.mandate_only
        self.options.hide_routine = filters.hide_routine
        self.options.hide_unchanged = filters.hide_unchanged
        self.options.hide_footnotes = filters.hide_footnotes
        current = self.view.current_row()
        search_changed = self.context.search != self.filter_bar.search_text()
        self.context.search = self.filter_bar.search_text()
        if search_changed:
            self.view.row_delegate.invalidate()  # highlights are part of each row's text
        self.view.comparison_model.set_filters(filters)
        self._populate_navigator()
        self._update_status()
        visible = self.view.comparison_model.rowCount()
        self.filter_bar.show_matches(visible, bool(filters.search))
        self.update_placeholder()  # names the search when nothing matches
        if current is not None:
            self.view.go_to_row(current.index)

    def go_change(self, step: int, mandate: bool = False, search: bool = False) -> bool:
        """Move to the next (step 1) or previous (-1) change; False at the end."""
        model = self.view.comparison_model
        if search:
            stops = list(range(model.rowCount()))
        else:
            stops = model.change_positions()
        if mandate:
            stops = [pos for pos in stops if model.is_mandate(model.row_at(pos))]
        current = self.view.currentIndex().row() if self.view.currentIndex().isValid() else -1
        candidates = (
            [p for p in stops if p > current] if step > 0 else [p for p in stops if p < current]
        )
        if not candidates:
            self.status.showMessage(
                translate("MainWindow", "No more changes below.")
                if step > 0
                else translate("MainWindow", "No more changes above."),
                4000,
            )
            return False
        target = candidates[0] if step > 0 else candidates[-1]
        return self.view.go_to_row(model.row_at(target).index)

    def jump_to_pair(self, old: str | None, new: str | None) -> bool:
        """Show the pair (old id, new id), clearing filters that hide it."""
        row = self.view.comparison_model.row_for_pair(old, new)
        if row is None:
            return False
        if self.view.go_to_row(row.index):
            self.view.setFocus()
            return True
        self.filter_bar.clear_search()
        for action in (
            self.actions_.hide_routine,
            self.actions_.hide_unchanged,
            self.actions_.hide_footnotes,
        ):
            action.setChecked(False)
        self.apply_filters()
        self.status.showMessage(
            translate("MainWindow", "Filters were cleared to show this paragraph."), 5000
        )
        self.view.setFocus()
        return self.view.go_to_row(row.index)

    def follow_move(self) -> bool:
        row = self.view.current_row()
        return self._follow_row(row.index) if row is not None else False

    def _follow_row(self, row_index: int) -> bool:
        model = self.view.comparison_model
        row = model.rows[row_index] if 0 <= row_index < len(model.rows) else None
        if row is None or row.partner is None:
            return False
        return self.view.go_to_row(row.partner)

    def _describe_row(self, row: object) -> str:
        from .i18n import status_name, tag_name
        from .render import citation

        assert isinstance(row, Row)
        words = [status_name(row.status), *(tag_name(tag) for tag in row.tags)]
        tip = f"{citation(row, self.context)}\n{' · '.join(dict.fromkeys(words))}"
        if row.partner is not None:
            tip += "\n" + translate(
                "MainWindow", "Double-click to go to the other end of the move."
            )
        return tip

    def select_text(self) -> bool:
        """A caret in the current paragraph's text, for selecting with the keyboard."""
        editor = self.view.text_editor()
        if editor is None:
            return False
        for side in ("new", "inline", "old"):
            text = editor.sides.get(side)
            if text is not None and text.isVisible():
                text.start_keyboard()
                return True
        return False

    def copy_current(self) -> None:
        """The citation and both texts as text, and the paragraph's redline as formatted
        text (pasted into a message or a document, it keeps the struck and marked words)."""
        from .qt import QMimeData
        from .render import citation, redline_html

        row = self.view.current_row()
        if row is None:
            return
        lines = [citation(row, self.context)]
        if row.old is not None:
            lines.append(f"{self.context.old_year}: {row.old.text}")
        if row.new is not None:
            lines.append(f"{self.context.new_year}: {row.new.text}")
        data = QMimeData()
        data.setText("\n".join(lines))
        data.setHtml(redline_html(row, self.context))
        QApplication.clipboard().setMimeData(data)
        self.status.showMessage(translate("MainWindow", "Copied %1.").replace("%1", lines[0]), 3000)
