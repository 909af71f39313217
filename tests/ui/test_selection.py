"""Selecting and copying words of the current row (ccwdiff/ui/selectable.py)."""

from __future__ import annotations

from ccwdiff.ui.qt import (
    QApplication,
    QKeySequence,
    QPoint,
    QPointF,
    Qt,
    QTest,
    QTextDocument,
    QWheelEvent,
)


def selected_text(view) -> str:
    """The selection of whichever side of the current row has one, else ""."""
    for side in view.text_editor().sides.values():
        if side.textCursor().hasSelection():
            return side.textCursor().selection().toPlainText()
    return ""


def select(side, words: str) -> None:
    cursor = side.document().find(words)
    assert not cursor.isNull(), words
    side.setTextCursor(cursor)


def test_the_current_row_shows_both_texts_as_selectable_text(shown) -> None:
    shown.view.go_to_row(11)
    editor = shown.view.text_editor()
    assert editor is not None
    assert set(editor.sides) == {"old", "new"}
    row = shown.view.current_row()
    assert row.new.text in editor.sides["new"].toPlainText()
    assert row.old.text in editor.sides["old"].toPlainText()
    assert editor.sides["new"].isReadOnly()
    # Laid over the painted columns: the new text sits in the right half of the row.
    rect = shown.view.visualRect(shown.view.currentIndex())
    new_side = editor.sides["new"].geometry().translated(editor.pos())
    assert rect.contains(new_side.topLeft())
    assert new_side.left() > rect.center().x()
    # Another row: the text moves with the current row.
    shown.view.go_to_row(3)
    moved = shown.view.text_editor()
    assert moved is not None and moved is not editor
    assert shown.view.current_row().new.text in moved.sides["new"].toPlainText()
    assert not shown.view.isPersistentEditorOpen(shown.view.comparison_model.index(11, 0))


def test_ctrl_c_copies_the_selected_words_and_the_paragraph_without_a_selection(
    shown, qtbot
) -> None:
    shown.view.go_to_row(11)
    side = shown.view.text_editor().sides["new"]
    side.setFocus()
    qtbot.waitUntil(side.hasFocus)
    select(side, "一套要素")
    QTest.keySequence(side, QKeySequence(QKeySequence.StandardKey.Copy))
    assert QApplication.clipboard().text() == "一套要素"
    assert selected_text(shown.view) == "一套要素"
    # Nothing selected: Ctrl+C is the window's Copy Paragraph, citation first.
    side.setTextCursor(
        side.document().find("一套要素").document().rootFrame().firstCursorPosition()
    )
    QTest.keySequence(side, QKeySequence(QKeySequence.StandardKey.Copy))
    assert QApplication.clipboard().text().startswith("2022 ¶32 → 2023 ¶20")


def test_select_all_selects_one_side_and_the_menu_keeps_the_views_actions(shown) -> None:
    shown.view.go_to_row(11)
    side = shown.view.text_editor().sides["old"]
    side.setFocus()
    QTest.keySequence(side, QKeySequence(QKeySequence.StandardKey.SelectAll))
    assert side.textCursor().selection().toPlainText() == side.toPlainText()
    assert shown.actions_.copy in side._actions
    assert shown.actions_.follow_move in side._actions


def test_double_click_selects_a_word_or_follows_a_move(shown, qtbot) -> None:
    shown.view.go_to_row(3)
    side = shown.view.text_editor().sides["new"]
    QTest.mouseDClick(side.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(40, 30))
    assert side.textCursor().hasSelection()
    assert shown.view.current_row().index == 3
    # Row 5 was moved (its other end is row 8): a double-click goes there, as before.
    shown.view.go_to_row(5)
    assert shown.view.current_row().partner == 8
    side = shown.view.text_editor().sides["new"]
    QTest.mouseDClick(side.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(40, 30))
    qtbot.waitUntil(lambda: shown.view.current_row().index == 8)


def test_keys_and_the_wheel_go_on_to_the_view(window, qtbot) -> None:
    from tests.ui.factory import large_comparison

    window.set_comparison(large_comparison(200))
    view = window.view
    qtbot.waitUntil(lambda: view.visualRect(view.comparison_model.index(5, 0)).isValid())
    view.go_to_row(5)
    side = view.text_editor().sides["new"]
    side.setFocus()
    qtbot.waitUntil(side.hasFocus)
    QTest.keyClick(side, Qt.Key.Key_Down)
    assert view.current_row().index == 6
    assert view.hasFocus()  # the text went away with its row; the keys still work
    side = view.text_editor().sides["new"]
    bar = view.verticalScrollBar()
    before = bar.value()
    centre = QPointF(side.viewport().rect().center())
    wheel = QWheelEvent(
        centre,
        QPointF(side.viewport().mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(side.viewport(), wheel)
    assert bar.value() > before


def test_inline_layout_and_a_new_search_renew_the_text(shown) -> None:
    shown.view.go_to_row(11)
    shown.set_layout("inline")
    editor = shown.view.text_editor()
    assert editor is not None and set(editor.sides) == {"inline"}
    shown.set_layout("side")
    before = shown.view.text_editor()
    shown.filter_bar.set_search("要素")
    after = shown.view.text_editor()
    assert after is not None and after is not before
    html = after.sides["new"].document().toHtml()
    plain = QTextDocument()
    plain.setHtml(html)
    assert "要素" in plain.toPlainText()
    assert html != before.sides["new"].document().toHtml()  # the match is highlighted


def test_dragging_across_the_text_selects_it(shown) -> None:
    shown.view.go_to_row(11)
    side = shown.view.text_editor().sides["new"]
    start, end = QPoint(20, 30), QPoint(300, 30)
    QTest.mousePress(side.viewport(), Qt.MouseButton.LeftButton, pos=start)
    QTest.mouseMove(side.viewport(), end)
    QTest.mouseRelease(side.viewport(), Qt.MouseButton.LeftButton, pos=end)
    selected = selected_text(shown.view)
    assert len(selected) > 5
    assert selected in shown.view.current_row().new.text


def test_the_first_drag_on_another_row_selects_its_words(shown, qtbot) -> None:
    """A press on a row that is not current makes it current and starts selecting
    words at once: the reader does not have to click the paragraph first."""
    view = shown.view
    view.go_to_row(1)
    target = view.comparison_model.index(11, 0)
    qtbot.waitUntil(lambda: view.visualRect(target).isValid())
    view.scrollTo(target)
    rect = view.visualRect(target)
    _left, right = view.row_delegate.column_rects(rect)
    start = QPoint(right.left() + 20, rect.top() + 30)
    end = QPoint(right.left() + 300, rect.top() + 30)
    QTest.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    assert view.current_row().index == 11
    QTest.mouseMove(view.viewport(), end)
    QTest.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=end)
    assert view.current_row().index == 11  # the drag selected words, not rows
    selected = selected_text(view)
    assert len(selected) > 5
    assert selected in view.current_row().new.text


def test_a_drag_whose_text_closes_midway_is_dropped_quietly(
    shown, window, comparison, qtbot
) -> None:
    view = shown.view
    view.go_to_row(1)
    target = view.comparison_model.index(11, 0)
    view.scrollTo(target)
    rect = view.visualRect(target)
    _left, right = view.row_delegate.column_rects(rect)
    start = QPoint(right.left() + 20, rect.top() + 30)
    QTest.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    assert view._dragging_text is not None
    window.set_comparison(comparison)  # the rows are replaced under the mouse
    qtbot.wait(20)  # the closed text is deleted
    QTest.mouseMove(view.viewport(), start + QPoint(200, 0))
    QTest.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=start + QPoint(200, 0))
    assert view._dragging_text is None


def test_f2_selects_with_the_keyboard_alone(shown, qtbot) -> None:
    shown.view.go_to_row(11)
    shown.view.setFocus()
    QTest.keyClick(shown, Qt.Key.Key_F2)
    editor = shown.view.text_editor()
    new, old = editor.sides["new"], editor.sides["old"]
    qtbot.waitUntil(new.hasFocus)
    assert new.keyboard
    start = shown.view.current_row().new.text  # the caret starts at the text, not the label
    for _ in range(4):
        QTest.keyClick(new, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert selected_text(shown.view) == start[:4]
    QTest.keyClick(new, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == start[:4]
    # Tab: the other side, with its own caret.
    QTest.keyClick(new, Qt.Key.Key_Tab)
    qtbot.waitUntil(old.hasFocus)
    assert old.keyboard and not new.keyboard
    QTest.keyClick(old, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert old.textCursor().selectedText() == shown.view.current_row().old.text[:1]
    # Escape: the arrows move between rows again.
    QTest.keyClick(old, Qt.Key.Key_Escape)
    qtbot.waitUntil(shown.view.hasFocus)
    assert not old.keyboard
    QTest.keyClick(shown.view, Qt.Key.Key_Down)
    assert shown.view.current_row().index != 11
