"""Reading the changes: navigation order, filters, mandate panel, moves, views."""

from __future__ import annotations

from ccwdiff.core.compare import compare_documents
from ccwdiff.core.document import build_document
from ccwdiff.ui.qt import QKeySequence, Qt, QTest
from tests.core.rawtext import raw_from_text


def change_rows(window) -> list[int]:
    seen = []
    while window.go_change(1):
        seen.append(window.view.current_row().index)
    return seen


def test_next_change_visits_changes_in_order_and_stops_at_the_end(shown) -> None:
    # Rows 1, 3 changed, 5 moved, 7 deleted, 9 inserted, 11 mandate; 8 is the move marker.
    assert change_rows(shown) == [1, 3, 5, 7, 9, 11]
    assert shown.go_change(1) is False
    backwards = []
    while shown.go_change(-1):
        backwards.append(shown.view.current_row().index)
    assert backwards == [9, 7, 5, 3, 1]


def test_f7_and_shift_f7_shortcuts(shown, qtbot) -> None:
    shown.view.setFocus()
    shortcuts = shown.actions_.next_change.shortcuts()
    assert QKeySequence("F7") in shortcuts
    assert QKeySequence("Shift+F7") in shown.actions_.previous_change.shortcuts()
    QTest.keyClick(shown.view, Qt.Key.Key_F7)
    QTest.keyClick(shown.view, Qt.Key.Key_F7)
    assert shown.view.current_row().index == 3
    QTest.keyClick(shown.view, Qt.Key.Key_F7, Qt.KeyboardModifier.ShiftModifier)
    assert shown.view.current_row().index == 1


def test_navigator_lists_changes_by_section_and_jumps(shown) -> None:
    tree = shown.navigator.tree
    sections = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert sections == ["一. 导言", "二. 会议工作安排", "三. 结论和建议"]
    assert shown.navigator.entries() == [1, 3, 5, 7, 9, 11]
    last = tree.topLevelItem(2).child(0)
    assert last.text(0) == "¶32 → ¶20"
    assert last.toolTip(1) == "2022 ¶32 → 2023 ¶20"
    assert "mandate" in last.text(1)
    tree.setCurrentItem(last)
    assert shown.view.current_row().index == 11


def test_mandate_only_filter(shown) -> None:
    shown.actions_.mandate_only.setChecked(True)
    model = shown.view.comparison_model
    assert [row.index for row in model.visible_rows()] == [11]
    assert shown.navigator.entries() == [11]
    assert "1 of 13 rows shown" in shown.status.counts.text()


def test_hide_routine_filter(shown) -> None:
    shown.actions_.hide_routine.setChecked(True)
    visible = [row.index for row in shown.view.comparison_model.visible_rows()]
    assert 3 not in visible and len(visible) == 12
    assert change_rows(shown) == [1, 5, 7, 9, 11]


def test_hide_unchanged_filter(shown) -> None:
    shown.actions_.hide_unchanged.setChecked(True)
    rows = shown.view.comparison_model.visible_rows()
    assert [row.index for row in rows] == [1, 3, 5, 7, 8, 9, 11]


def test_search_in_both_documents(shown, qtbot) -> None:
    shown.filter_bar.set_search("第六次审查会议")  # only in the 2022 text
    assert [row.index for row in shown.view.comparison_model.visible_rows()] == [1]
    shown.filter_bar.set_search("南苏丹")  # only in the 2023 text
    assert [row.index for row in shown.view.comparison_model.visible_rows()] == [5]
    assert "1 paragraphs match" in shown.filter_bar.matches.text()
    shown.filter_bar.search.insert("不存在")  # typed text waits for a pause, then filters
    qtbot.waitUntil(lambda: shown.view.comparison_model.rowCount() == 0)
    shown.filter_bar.set_search("")
    assert shown.view.comparison_model.rowCount() == 13


def test_mandate_panel_click_jumps_to_the_paragraph(shown, qtbot) -> None:
    panel = shown.mandate_panel
    assert panel.list.count() == 1
    assert "Mandate changes (1)" in panel.title.text()
    rect = panel.list.visualItemRect(panel.list.item(0))
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert shown.view.current_row().index == 11


def test_mandate_jump_clears_filters_that_hide_it(shown) -> None:
    shown.filter_bar.set_search("南苏丹")
    assert shown.jump_to_pair("o10", "n10")
    assert shown.view.current_row().index == 11
    assert shown.filter_bar.search_text() == ""


def test_moved_paragraph_links_both_ways(shown) -> None:
    assert shown.view.go_to_row(5)
    assert shown.follow_move()
    assert shown.view.current_row().index == 8
    index = shown.view.currentIndex()
    shown.view.doubleClicked.emit(index)
    assert shown.view.current_row().index == 5


def test_inline_layout_and_colour_blind_palette(shown, qtbot) -> None:
    shown.actions_.layout_inline.trigger()
    assert shown.view.row_delegate.layout == "inline"
    assert shown.pane.header.new_label.isHidden()
    # One column holds both the struck-out 2022 words and the new 2023 words.
    delegate = shown.view.row_delegate
    text = delegate.document_for(shown.view.comparison_model.rows[11], "inline").toPlainText()
    assert "加紧" in text and "进一步" in text
    red = shown.context.colours.delete_bg
    shown.actions_.colour_blind.setChecked(True)
    assert shown.context.colours.delete_bg != red
    shown.actions_.layout_side.trigger()
    assert shown.view.row_delegate.layout == "side"


def test_overview_strip_marks_changes(shown, qtbot) -> None:
    qtbot.waitUntil(lambda: len(shown.pane.strip.marks()) > 0)
    marks = shown.pane.strip.marks()
    assert len(marks) == 7  # six changes and the move marker
    assert sum(1 for mark in marks if mark[3]) == 1  # one mandate mark
    assert [m[0] for m in marks] == sorted(m[0] for m in marks)


def test_status_bar_counts_per_tag(shown) -> None:
    text = shown.status.counts.text()
    for piece in ("Mandate changes <b>1</b>", "changed <b>3</b>", "routine <b>1</b>"):
        assert piece in text


def test_copy_gives_a_citation(shown) -> None:
    from ccwdiff.ui.qt import QApplication

    shown.view.go_to_row(11)
    shown.actions_.copy.trigger()
    assert QApplication.clipboard().text().startswith("2022 ¶32 → 2023 ¶20")


def test_copy_paragraph_also_gives_its_redline_as_formatted_text(shown) -> None:
    from ccwdiff.ui.qt import QApplication

    row = shown.view.comparison_model.rows[11]
    removed = next(op.text for op in row.pair.ops if op.op == "-")
    added = next(op.text for op in row.pair.ops if op.op == "+")
    shown.context.search = added[:2]  # a search in progress marks nothing in the copy
    shown.view.go_to_row(11)
    shown.actions_.copy.trigger()
    data = QApplication.clipboard().mimeData()
    assert data.text().startswith("2022 ¶32 → 2023 ¶20")
    page = data.html()
    assert "<b>2022 ¶32 → 2023 ¶20</b>" in page
    assert "line-through" in page and removed in page and added in page
    assert shown.context.colours.search_bg not in page


def test_two_thousand_pairs_scroll_to_the_end(window, qtbot) -> None:
    from tests.ui.factory import large_comparison

    window.set_comparison(large_comparison(2000))
    window.actions_.hide_unchanged.setChecked(True)
    assert window.view.comparison_model.rowCount() == 286
    window.actions_.hide_unchanged.setChecked(False)
    assert window.view.go_to_row(1999)
    # Rows are laid out in batches; the jump completes once row 1999 has a place.
    qtbot.waitUntil(
        lambda: window.view.visualRect(window.view.currentIndex()).intersects(
            window.view.viewport().rect()
        ),
        timeout=20000,
    )
    assert window.view.visualRect(window.view.currentIndex()).intersects(
        window.view.viewport().rect()
    )


def test_no_two_actions_share_a_shortcut(window) -> None:
    owners: dict[str, str] = {}
    for action in window.actions():
        for key in action.shortcuts():
            text = key.toString()
            assert text, action.objectName()
            assert text not in owners, (text, owners.get(text), action.objectName())
            owners[text] = action.objectName()
    assert owners["F7"] == "nextChange" and owners["Shift+F7"] == "previousChange"


def test_row_tooltip_gives_citation_and_status(shown) -> None:
    from ccwdiff.ui.qt import Qt

    model = shown.view.comparison_model
    tip = model.data(model.index(model.position_of(11), 0), Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("2022 ¶32 → 2023 ¶20\nchanged · mandate")
    moved = model.data(model.index(model.position_of(5), 0), Qt.ItemDataRole.ToolTipRole)
    assert "other end of the move" in moved


def test_search_without_hits_says_so_instead_of_the_drop_areas(window, comparison, qtbot) -> None:
    assert any("Drop the older report" in text for text in window.view.placeholder)
    window.set_comparison(comparison)
    window.filter_bar.set_search("no such words")
    assert window.view.comparison_model.rowCount() == 0
    placeholder = "\n".join(window.view.placeholder)
    assert "No paragraph matches “no such words”" in placeholder
    assert "Drop" not in placeholder and not window.view.placeholder_framed
    window.view.grab()  # paints the empty state without error
    window.filter_bar.set_search("")
    assert window.view.comparison_model.rowCount() == 13
    # Filters alone can empty the view too; the message then names no search.
    window.actions_.hide_unchanged.setChecked(True)
    window.actions_.mandate_only.setChecked(True)
    window.filter_bar.set_search("导言")
    assert "No paragraph matches “导言”" in "\n".join(window.view.placeholder)
    window.set_comparison(None)
    assert any("Drop the older report" in text for text in window.view.placeholder)


def test_hide_footnotes_filter(window, qtbot) -> None:
    old = "I.   Session\n\n1.   The Group adopted its agenda.1\n\n     1 CCW/GGE.1/2022/1.\n"
    new = old.replace("2022/1.", "2023/1.").replace("agenda.1", "agenda,1 as amended.")
    window.set_comparison(
        compare_documents(build_document(raw_from_text(old)), build_document(raw_from_text(new)))
    )
    qtbot.wait(10)

    def kinds() -> list[str]:
        rows = window.view.comparison_model.visible_rows()
        return [(row.new or row.old).kind for row in rows]

    assert kinds() == ["heading", "paragraph", "footnote"]
    window.actions_.hide_footnotes.trigger()  # Alt+4, View > Hide Footnotes
    assert kinds() == ["heading", "paragraph"]
    assert window.options.hide_footnotes
    window.actions_.hide_footnotes.trigger()
    assert kinds() == ["heading", "paragraph", "footnote"]
