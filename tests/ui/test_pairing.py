"""Correcting the alignment in the window: Pair With…, Unpair, Restore Automatic Pairing."""

from __future__ import annotations

from ccwdiff.core.model import Comparison
from ccwdiff.resources import sample_pair
from ccwdiff.ui.pairing import PairDialog, partner_choices, preferred_choice
from ccwdiff.ui.qt import QDialog, QMenu, Qt, QTimer


def label_of(comparison: Comparison, side: str, block_id: str | None) -> str | None:
    document = comparison.old if side == "old" else comparison.new
    return next((b.label for b in document.blocks if b.id == block_id), None)


def pair_labels(comparison: Comparison) -> dict[tuple[str | None, str | None], str]:
    return {
        (label_of(comparison, "old", p.old), label_of(comparison, "new", p.new)): p.status
        for p in comparison.pairs
    }


def block_id(comparison: Comparison, side: str, label: str, section: str) -> str:
    document = comparison.old if side == "old" else comparison.new
    return next(b.id for b in document.blocks if b.label == label and section in b.path)


def choose_in_dialog(qtbot, choose: str | None, seen: list[PairDialog]) -> None:
    """Answer the next Pair With dialog: type ``choose`` in its filter and accept."""

    def answer() -> None:
        dialog = next(
            (w for w in qtbot_widgets() if isinstance(w, PairDialog) and w.isVisible()), None
        )
        if dialog is None:
            QTimer.singleShot(20, answer)
            return
        seen.append(dialog)
        if choose is None:
            dialog.reject()
            return
        dialog.filter.setText(choose)
        dialog.accept()

    QTimer.singleShot(0, answer)


def qtbot_widgets() -> list[object]:
    from ccwdiff.ui.qt import QApplication

    return list(QApplication.topLevelWidgets())


def test_pair_a_deleted_paragraph_with_an_inserted_one(sample, qtbot) -> None:
    window = sample
    before = pair_labels(window.comparison)
    assert before[("25.", None)] == "deleted"
    old_25 = block_id(window.comparison, "old", "25.", "四.")
    assert window.jump_to_pair(old_25, None)
    assert window.actions_.pair_with.isEnabled()
    assert not window.actions_.unpair.isEnabled()
    assert not window.actions_.restore_pairing.isEnabled()
    seen: list[PairDialog] = []
    choose_in_dialog(qtbot, "2023 ¶16   会议", seen)
    with qtbot.waitSignal(window.comparisonShown, timeout=60000):
        assert window.pair_current()
    assert seen[0].prompt.text() == "Pair 2022 ¶25 with which paragraph of the newer report?"
    comparison = window.comparison
    new_16 = block_id(comparison, "new", "16.", "四.")
    assert comparison.paired_by_hand == ((old_25, new_16),)
    # 2023 ¶16 stands before 2023 ¶17, where 2022 ¶24 (before ¶25) went: a move.
    assert pair_labels(comparison)[("25.", "16.")] == "moved"
    assert pair_labels(comparison)[("24.", "17.")] == "changed"
    # The window shows the new pair as the current row, and can undo it.
    qtbot.waitUntil(lambda: window.view.current_row() is not None)
    row = window.view.current_row()
    assert (row.pair.old, row.pair.new) == (old_25, new_16)
    assert window.actions_.unpair.isEnabled() and window.actions_.restore_pairing.isEnabled()
    from ccwdiff.ui.render import chips

    assert "paired by hand" in chips(row, window.context)
    window.navigator.finish()
    entry = window.navigator._items[row.index]
    assert entry.text(1).endswith("paired by hand")
    from ccwdiff.export.report import build_report

    noted = [r for r in build_report(window.comparison).rows() if r.note and "by hand" in r.note]
    assert [(r.old_ref, r.new_ref) for r in noted] == [("2022 ¶25", "2023 ¶16")]
    other = window.view.comparison_model.row_for_pair(None, window.comparison.pairs[-1].new)
    assert other is None or "paired by hand" not in chips(other, window.context)
    with qtbot.waitSignal(window.comparisonShown, timeout=60000):
        assert window.restore_pairing()
    assert window.comparison.paired_by_hand == ()
    assert pair_labels(window.comparison) == before
    assert "by hand" not in window.status.counts.text()


def test_unpair_shows_a_deletion_and_an_insertion(sample, qtbot) -> None:
    window = sample
    comparison = window.comparison
    old_24 = block_id(comparison, "old", "24.", "四.")
    new_17 = block_id(comparison, "new", "17.", "四.")
    assert pair_labels(comparison)[("24.", "17.")] == "split"
    assert window.jump_to_pair(old_24, new_17)
    assert window.actions_.unpair.isEnabled() and not window.actions_.pair_with.isEnabled()
    with qtbot.waitSignal(window.comparisonShown, timeout=60000):
        window.actions_.unpair.trigger()
    after = window.comparison
    assert after.unpaired_by_hand == ((old_24, new_17),)
    assert "by hand: 0 paired, 1 kept apart" in window.status.counts.text()
    labels = pair_labels(after)
    assert ("24.", "17.") not in labels
    assert labels[(None, "17.")] == "inserted"
    qtbot.waitUntil(lambda: window.view.current_row() is not None)
    assert window.view.current_row().pair.new == new_17
    # The exports name the correction.
    from ccwdiff.export.report import build_report

    notes = build_report(after).notes
    assert any("Kept apart by hand" in note and "2022 ¶24 → 2023 ¶17" in note for note in notes)


def test_cancelling_the_dialog_changes_nothing(sample, qtbot) -> None:
    window = sample
    comparison = window.comparison
    old_25 = block_id(comparison, "old", "25.", "四.")
    window.jump_to_pair(old_25, None)
    seen: list[PairDialog] = []
    choose_in_dialog(qtbot, None, seen)
    assert not window.pair_current()
    assert seen and window.comparison is comparison and window.job is None


def test_the_dialog_offers_the_nearest_unpaired_paragraph_first(sample, qtbot) -> None:
    comparison = sample.comparison
    old_25 = block_id(comparison, "old", "25.", "四.")
    row = sample.view.comparison_model.row_for_pair(old_25, None)
    choices = partner_choices(comparison, "new")
    assert [c.block for c in choices] == [b.id for b in comparison.new.blocks]
    loose = {c.block for c in choices if c.loose}
    assert loose == {p.new for p in comparison.pairs if p.old is None and p.new}
    preferred = preferred_choice(comparison, row, "new")
    assert preferred in loose
    dialog = PairDialog("Pair?", choices, preferred)
    qtbot.addWidget(dialog)
    assert dialog.chosen() == preferred
    dialog.filter.setText("no such words anywhere")
    assert dialog.chosen() is None
    dialog.filter.setText("¶16")
    assert dialog.chosen() in {b.id for b in comparison.new.blocks if b.label == "16."}
    dialog.reject()
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_the_row_menu_offers_the_corrections(sample, qtbot) -> None:
    window = sample
    actions = window.view.actions()
    assert window.actions_.pair_with in actions and window.actions_.unpair in actions
    assert window.actions_.restore_pairing in actions
    edit = window.actions_.menus["edit"]
    assert window.actions_.pair_with in edit.actions()
    assert isinstance(edit, QMenu)
    assert window.view.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu


def test_corrections_are_remembered_for_the_same_files(sample, qtbot, tmp_path) -> None:
    window = sample
    comparison = window.comparison
    old_24 = block_id(comparison, "old", "24.", "四.")
    new_17 = block_id(comparison, "new", "17.", "四.")
    window.jump_to_pair(old_24, new_17)
    with qtbot.waitSignal(window.comparisonShown, timeout=60000):
        window.unpair_current()
    assert window.comparison.unpaired_by_hand == ((old_24, new_17),)
    # Reading the same files again applies them again, and says so.
    with qtbot.waitSignal(window.comparisonShown, timeout=60000):
        window.actions_.reload.trigger()
    assert window.comparison.unpaired_by_hand == ((old_24, new_17),)
    assert "corrected by hand earlier" in window.status.currentMessage()
    # Copies of the files elsewhere are the same files.
    old, new = sample_pair()
    copies = [tmp_path / "a.txt", tmp_path / "b.txt"]
    for source, copy in zip((old, new), copies, strict=True):
        copy.write_bytes(source.read_bytes())
    with qtbot.waitSignal(window.comparisonShown, timeout=60000):
        window.open_files(str(copies[0]), str(copies[1]))
    assert window.comparison.unpaired_by_hand == ((old_24, new_17),)
    # A changed file, or the files swapped, start from the automatic pairing.
    copies[1].write_bytes(new.read_bytes() + b"\n")
    with qtbot.waitSignal(window.comparisonShown, timeout=60000):
        window.actions_.reload.trigger()
    assert window.comparison.unpaired_by_hand == ()
    with qtbot.waitSignal(window.comparisonShown, timeout=60000):
        window.open_files(str(new), str(old))
    assert window.comparison.unpaired_by_hand == ()
    # Restore Automatic Pairing forgets them for good.
    with qtbot.waitSignal(window.comparisonShown, timeout=60000):
        window.open_files(str(old), str(new))
    assert window.comparison.unpaired_by_hand == ((old_24, new_17),)
    with qtbot.waitSignal(window.comparisonShown, timeout=60000):
        window.restore_pairing()
    with qtbot.waitSignal(window.comparisonShown, timeout=60000):
        window.actions_.reload.trigger()
    assert window.comparison.unpaired_by_hand == ()
    assert not window.actions_.restore_pairing.isEnabled()


def test_remembered_corrections_that_no_longer_fit_are_left_out(window, qtbot) -> None:
    from ccwdiff.ui.worker import fingerprint

    old, new = sample_pair()
    key = fingerprint(str(old), str(new))
    assert key is not None
    window.settings.set_corrections(key, [("b9999", "b1"), ("b37", "b28")], [("x", "y")])
    with qtbot.waitSignal(window.comparisonShown, timeout=60000):
        window.open_files(str(old), str(new))
    assert window.comparison.paired_by_hand == (("b37", "b28"),)
    assert window.comparison.unpaired_by_hand == ()


def test_remembered_corrections_are_bounded(settings) -> None:
    from ccwdiff.ui.settings import MAX_CORRECTED

    for number in range(MAX_CORRECTED + 5):
        settings.set_corrections(f"key{number}", [("b1", "b2")], [])
    stored = settings.corrections()
    assert len(stored) == MAX_CORRECTED
    assert "key0" not in stored and stored[f"key{MAX_CORRECTED + 4}"] == ([("b1", "b2")], [])
    settings.set_corrections("key10", [], [])
    assert "key10" not in settings.corrections()
    settings.qsettings.setValue("alignment/corrections", "not json")
    assert settings.corrections() == {}


def test_undo_pairing_steps_back_one_correction_at_a_time(sample, qtbot) -> None:
    window = sample
    comparison = window.comparison
    automatic = pair_labels(comparison)
    undo = window.actions_.undo_pairing
    assert not undo.isEnabled()
    old_24 = block_id(comparison, "old", "24.", "四.")
    new_17 = block_id(comparison, "new", "17.", "四.")
    old_25 = block_id(comparison, "old", "25.", "四.")
    new_16 = block_id(comparison, "new", "16.", "四.")
    window.jump_to_pair(old_24, new_17)
    with qtbot.waitSignal(window.comparisonShown, timeout=60000):
        window.unpair_current()
    with qtbot.waitSignal(window.comparisonShown, timeout=60000):
        window.realign([(old_25, new_16)], [(old_24, new_17)], (old_25, new_16))
    assert window.comparison.paired_by_hand == ((old_25, new_16),)
    assert undo.isEnabled() and undo.shortcut().toString() == "Ctrl+Z"
    with qtbot.waitSignal(window.comparisonShown, timeout=60000):
        undo.trigger()
    assert window.comparison.paired_by_hand == ()
    assert window.comparison.unpaired_by_hand == ((old_24, new_17),)
    with qtbot.waitSignal(window.comparisonShown, timeout=60000):
        undo.trigger()
    assert pair_labels(window.comparison) == automatic
    assert not undo.isEnabled() and not window.undo_pairing()
    # Opening files starts a new history.
    window.jump_to_pair(old_24, new_17)
    with qtbot.waitSignal(window.comparisonShown, timeout=60000):
        window.unpair_current()
    assert undo.isEnabled()
    with qtbot.waitSignal(window.comparisonShown, timeout=60000):
        window.actions_.reload.trigger()
    assert not undo.isEnabled()
