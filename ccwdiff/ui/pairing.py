"""Correcting the alignment by hand: Pair With…, Unpair, Restore Automatic Pairing.

The engine takes the reader's corrections as (old id, new id) pairs: pairs that must
be made whatever their wording, and pairs that must not (``compare_documents``'s
anchors and separations); the comparison records them, and every export names them.
The window keeps them with the comparison on screen and compares the same two parsed
documents again, off the UI thread. They are remembered for the two files (by their
contents, in that order: ``worker.fingerprint``) and applied again when the same files
are compared later; other files, the same files swapped or a file changed since start
from the aligner's own pairing.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, NamedTuple

from ccwdiff.core.cite import Labeller, document_year
from ccwdiff.core.model import Comparison

from .qt import (
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QShowEvent,
    Qt,
    QVBoxLayout,
    QWidget,
)
from .rows import Row, cite_label

if TYPE_CHECKING:
    from .actions import WindowActions
    from .view import ComparisonView
    from .window_parts import StatusArea
    from .worker import Job

    _Base = QWidget
else:
    _Base = object

log = logging.getLogger(__name__)
translate = QCoreApplication.translate  # lupdate recognises calls to "translate"

OPENING = 90  # characters of a paragraph shown in the list


# The corrections before a change, and the row to show when they come back.
UndoStep = tuple[
    tuple[tuple[str, str], ...],
    tuple[tuple[str, str], ...],
    tuple[str | None, str | None] | None,
]


class Choice(NamedTuple):
    """A paragraph of the other report the reader may pair with."""

    block: str  # its id
    text: str  # reference and opening words, as listed
    loose: bool  # not paired with anything now


def partner_choices(comparison: Comparison, side: str) -> list[Choice]:
    """Every block of ``side``'s report ("old" or "new"), in reading order."""
    document = comparison.old if side == "old" else comparison.new
    other = "new" if side == "old" else "old"
    paired = {getattr(pair, side) for pair in comparison.pairs if getattr(pair, other) is not None}
    year = document_year(document) or ""
    labels = Labeller(document)
    choices = []
    for block in document.blocks:
        words = " ".join(block.text.split())
        opening = words if len(words) <= OPENING else words[: OPENING - 1] + "…"
        reference = f"{year} {cite_label(block, None, labels)}".strip()
        if block.path and block.kind not in ("heading", "annex", "title"):
            reference += f" · {block.path[-1]}"  # ¶16 of the report or of its annex
        choices.append(Choice(block.id, f"{reference}   {opening}", block.id not in paired))
    return choices


def preferred_choice(comparison: Comparison, row: Row, side: str) -> str | None:
    """The unpaired block of ``side`` nearest to ``row`` in reading order, if any."""
    other = "new" if side == "old" else "old"
    pairs = comparison.pairs
    start = row.pair_index
    for distance in range(1, len(pairs)):
        for position in (start - distance, start + distance):
            if 0 <= position < len(pairs):
                pair = pairs[position]
                if getattr(pair, side) is not None and getattr(pair, other) is None:
                    return str(getattr(pair, side))
    return None


class PairDialog(QDialog):
    """Choose the paragraph of the other report to pair with: a filter and a list."""

    def __init__(
        self,
        prompt: str,
        choices: list[Choice],
        preferred: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pairDialog")
        self.setWindowTitle(translate("Pairing", "Pair With"))
        self.resize(720, 480)
        layout = QVBoxLayout(self)
        self.prompt = QLabel(prompt, self)
        self.prompt.setWordWrap(True)
        layout.addWidget(self.prompt)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("pairFilter")
        self.filter.setPlaceholderText(
            translate("Pairing", "Filter by number or words (unpaired paragraphs are in bold)")
        )
        self.filter.setClearButtonEnabled(True)
        layout.addWidget(self.filter)
        self.list = QListWidget(self)
        self.list.setObjectName("pairChoices")
        self.list.setUniformItemSizes(True)
        self._folded = [choice.text.casefold() for choice in choices]  # what the filter reads
        for choice in choices:
            item = QListWidgetItem(choice.text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, choice.block)
            if choice.loose:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            if choice.block == preferred:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("Pairing", "Pair"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.filter.textChanged.connect(self._filter)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.filter.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        current = self.list.currentItem()
        if current is not None:  # laid out only now: the offer in the middle, in context
            self.list.scrollToItem(current, QListWidget.ScrollHint.PositionAtCenter)

    def _filter(self, text: str) -> None:
        words = text.casefold().split()
        first_shown = None
        for number, folded in enumerate(self._folded):
            item = self.list.item(number)
            shown = all(word in folded for word in words)
            item.setHidden(not shown)
            if shown and first_shown is None:
                first_shown = item
        current = self.list.currentItem()
        if (current is None or current.isHidden()) and first_shown is not None:
            self.list.setCurrentItem(first_shown)

    def chosen(self) -> str | None:
        item = self.list.currentItem()
        if item is None or item.isHidden():
            return None
        value = item.data(Qt.ItemDataRole.UserRole)
        return str(value) if value else None


class PairingMixin(_Base):
    """The window's side of the corrections (see the module docstring)."""

    if TYPE_CHECKING:  # what the mixin uses of MainWindow (checked there by mypy)
        comparison: Comparison | None
        job: Job | None
        view: ComparisonView
        actions_: WindowActions
        status: StatusArea
        _focus_after: tuple[str | None, str | None] | None
        _pairing_undo: list[UndoStep]

        def cancel_job(self, quiet: bool = False) -> None: ...
        def _run_job(self, job: Job, message: str) -> None: ...

    def update_pairing_actions(self) -> None:
        """Enable what applies to the current row and the comparison on screen."""
        a = self.actions_
        row = self.view.current_row()
        comparison = self.comparison
        sides = 0 if row is None else (row.pair.old is not None) + (row.pair.new is not None)
        a.pair_with.setEnabled(comparison is not None and sides == 1)
        a.unpair.setEnabled(comparison is not None and sides == 2)
        a.restore_pairing.setEnabled(
            comparison is not None
            and bool(comparison.paired_by_hand or comparison.unpaired_by_hand)
        )
        a.undo_pairing.setEnabled(comparison is not None and bool(self._pairing_undo))

    def pair_current(self) -> bool:
        """Ask which paragraph of the other report the current one pairs with."""
        row = self.view.current_row()
        comparison = self.comparison
        if comparison is None or row is None or (row.pair.old is None) == (row.pair.new is None):
            return False
        side = "new" if row.pair.old is not None else "old"
        own = row.pair.old if row.pair.old is not None else row.pair.new
        assert own is not None
        document = comparison.old if side == "new" else comparison.new
        cited = cite_label(document.block(own), None, Labeller(document))
        reference = f"{document_year(document) or ''} {cited}".strip()
        prompt = (
            translate("Pairing", "Pair %1 with which paragraph of the newer report?")
            if side == "new"
            else translate("Pairing", "Pair %1 with which paragraph of the older report?")
        ).replace("%1", reference)
        dialog = PairDialog(
            prompt,
            partner_choices(comparison, side),
            preferred_choice(comparison, row, side),
            self,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        partner = dialog.chosen()
        if partner is None:
            return False
        pair = (own, partner) if side == "new" else (partner, own)
        anchors = [*comparison.paired_by_hand, pair]
        separations = [sep for sep in comparison.unpaired_by_hand if sep != pair]
        return self.realign(anchors, separations, pair)

    def unpair_current(self) -> bool:
        """Say the current row's two paragraphs are not the same paragraph."""
        row = self.view.current_row()
        comparison = self.comparison
        if comparison is None or row is None or row.pair.old is None or row.pair.new is None:
            return False
        pair = (row.pair.old, row.pair.new)
        anchors = [anchor for anchor in comparison.paired_by_hand if anchor != pair]
        separations = [*comparison.unpaired_by_hand, pair]
        return self.realign(anchors, separations, (None, row.pair.new))

    def restore_pairing(self) -> bool:
        """Forget every correction: the aligner's own pairing again."""
        comparison = self.comparison
        if comparison is None or not (comparison.paired_by_hand or comparison.unpaired_by_hand):
            return False
        row = self.view.current_row()
        focus = (row.pair.old, row.pair.new) if row is not None else None
        return self.realign([], [], focus)

    def undo_pairing(self) -> bool:
        """Back to the corrections before the last one (Pair With…, Unpair, Restore)."""
        if self.comparison is None or not self._pairing_undo:
            return False
        anchors, separations, focus = self._pairing_undo.pop()
        return self.realign(list(anchors), list(separations), focus, undoable=False)

    def realign(
        self,
        anchors: list[tuple[str, str]],
        separations: list[tuple[str, str]],
        focus: tuple[str | None, str | None] | None,
        *,
        undoable: bool = True,
    ) -> bool:
        """Compare the documents on screen again with these corrections, then show ``focus``."""
        from .worker import Job, realign_task

        comparison = self.comparison
        if comparison is None:
            return False
        if undoable:
            row = self.view.current_row()
            here = (row.pair.old, row.pair.new) if row is not None else focus
            self._pairing_undo.append(
                (comparison.paired_by_hand, comparison.unpaired_by_hand, here)
            )
        log.info("realigning: %d pairs by hand, %d kept apart", len(anchors), len(separations))
        self._focus_after = focus
        self._run_job(
            Job(realign_task(comparison, anchors, separations), name="realign"),
            translate("Pairing", "Aligning again…"),
        )
        return True
