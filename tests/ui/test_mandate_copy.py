"""Copying mandate changes from the panel: whole entries, as text and formatted text."""

from __future__ import annotations

from ccwdiff.ui.qt import QApplication, QKeySequence, Qt, QTest


def test_ctrl_c_copies_the_selected_entry_whole(sample, qtbot) -> None:
    panel = sample.mandate_panel
    first = sample.comparison.mandate[0]
    assert len(first.added) > 8  # more phrases than the panel shows
    QApplication.clipboard().clear()
    panel.list.setFocus()
    panel.list.setCurrentRow(0)
    QTest.keySequence(panel.list, QKeySequence(QKeySequence.StandardKey.Copy))
    data = QApplication.clipboard().mimeData()
    text = data.text()
    assert text.startswith("2022 ¶32 → 2023 ¶20 [")
    assert all(phrase in text for phrase in (*first.added, *first.removed))
    assert first.summary in text  # English interface
    assert "line-through" in data.html() and first.added[-1] in data.html()


def test_copy_all_and_several_selected(sample, qtbot) -> None:
    panel = sample.mandate_panel
    mandate = sample.comparison.mandate
    assert panel.copy_all()
    text = QApplication.clipboard().text()
    assert text.count(" → ") >= len(mandate)
    assert text.index("2022 ¶32 → 2023 ¶20") == 0
    panel.list.clearSelection()
    for row in (2, 0):
        panel.list.item(row).setSelected(True)
    assert panel.copy_selected()
    entries = QApplication.clipboard().text().strip().split("\n\n")
    assert len(entries) == 2 and entries[0].startswith("2022 ¶32 → 2023 ¶20")


def test_without_a_selection_ctrl_c_stays_the_windows_copy_paragraph(sample, qtbot) -> None:
    panel = sample.mandate_panel
    panel.list.clearSelection()
    sample.jump_to_pair(sample.comparison.mandate[0].old, sample.comparison.mandate[0].new)
    QApplication.clipboard().clear()
    sample.view.setFocus()
    QTest.keySequence(sample.view, QKeySequence(QKeySequence.StandardKey.Copy))
    assert QApplication.clipboard().text().startswith("2022 ¶32 → 2023 ¶20\n2022:")
    assert not panel.copy_selected()
    assert panel.list.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu
