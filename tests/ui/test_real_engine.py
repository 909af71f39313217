"""The window over the real engine: the sample pair, and bad input getting its message."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ccwdiff.resources import sample_pair
from tests.ui.test_open import drop, pane_point

try:
    from ccwdiff.core.loaders import load  # noqa: F401
except ImportError:  # pragma: no cover - while the loaders are being written
    pytest.skip("the engine's loaders are not available", allow_module_level=True)

from ccwdiff.ui.qt import QUrl


def test_sample_pair_dropped_newest_first(window, qtbot) -> None:
    old, new = sample_pair()
    with qtbot.waitSignal(window.comparisonShown, timeout=60000):
        drop(
            window,
            [QUrl.fromLocalFile(str(new)), QUrl.fromLocalFile(str(old))],
            pane_point(window, 0.5),
        )
    assert window.comparison.old.symbol == "CCW/MSP/2022/7"
    assert window.comparison.new.symbol == "CCW/MSP/2023/7"
    assert window.mandate_panel.list.count() == len(window.comparison.mandate) > 0
    first = window.comparison.mandate[0]
    window.mandate_panel.list.setCurrentRow(0)
    window.mandate_panel.list.itemClicked.emit(window.mandate_panel.list.item(0))
    row = window.view.current_row()
    assert row is not None and (row.pair.old, row.pair.new) == (first.old, first.new or None)
    assert window.navigator.change_count() > 0


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("empty.txt", b"", "empty"),
        ("junk.pdf", bytes(range(256)) * 8, "not a PDF"),
        ("junk.docx", bytes(range(256)) * 8, "not a Word document"),
    ],
)
def test_bad_input_gets_a_plain_message(
    window, messages, tmp_path, qtbot, name, content, expected
) -> None:
    bad = tmp_path / name
    bad.write_bytes(content)
    old, _ = sample_pair()
    with qtbot.waitSignal(window.jobFailed, timeout=60000):
        window.open_files(str(bad), str(old))
    assert len(messages) == 1
    assert name in messages[0] and expected in messages[0]
    assert window.comparison is None


def test_same_file_on_both_sides_is_said(window, tmp_path, qtbot) -> None:
    old, _ = sample_pair()
    copy = tmp_path / Path(old).name
    shutil.copy(old, copy)
    with qtbot.waitSignal(window.comparisonShown, timeout=60000):
        window.open_files(str(copy), str(copy))
    assert window.pane.banner.isVisible()
    assert "same file" in window.pane.banner.text()


def test_encrypted_pdf_asks_for_the_password_until_it_opens(
    window, monkeypatch, tmp_path, qtbot
) -> None:
    from pypdf import PdfReader, PdfWriter

    source = Path(__file__).parents[1] / "data" / "loaders" / "zh-2pages.pdf"
    writer = PdfWriter()
    for page in PdfReader(source).pages:
        writer.add_page(page)
    writer.encrypt("secret", algorithm="AES-128")
    locked = tmp_path / "locked.pdf"
    with locked.open("wb") as stream:
        writer.write(stream)
    answers = ["wrong", "secret"]
    asked: list[bool] = []

    def ask(parent, path, wrong):
        asked.append(wrong)
        return answers.pop(0)

    monkeypatch.setattr("ccwdiff.ui.dialogs.ask_password", ask)
    with qtbot.waitSignal(window.comparisonShown, timeout=60000):
        window.open_files(str(locked), str(source))
    assert asked == [False, True]
    assert window.comparison.old.path == str(locked)


def test_paragraph_moved_between_sections_shows_both_places(window, qtbot) -> None:
    """Sample pair: 2022 ¶20 (section 三) became 2023 ¶21 (section 四)."""
    from ccwdiff.core.compare import compare_files
    from ccwdiff.ui.rows import cite_label

    old, new = sample_pair()
    window.set_comparison(compare_files(str(old), str(new)))
    qtbot.wait(10)
    context = window.context
    rows = window.view.comparison_model.rows

    def old_cite(row) -> str | None:
        return cite_label(row.old, context.old_blocks) if row.old is not None else None

    def new_cite(row) -> str | None:
        return cite_label(row.new, context.new_blocks) if row.new is not None else None

    moves = [r for r in rows if r.status == "moved" and old_cite(r) == "¶20"]
    assert [r.kind for r in moves] == ["moved-from", "pair"]
    marker, real = moves
    # The marker stays in the old reading order (section 三, after 2022 ¶19);
    # the real pair is in section 四 and the two link to each other.
    assert marker.section == ("三.",) and real.section == ("四.",)
    assert old_cite(rows[marker.index - 1]) == "¶19"
    assert new_cite(real) == "¶21" and marker.new is None
    assert marker.partner == real.index and real.partner == marker.index
    delegate = window.view.row_delegate
    assert "moved to 2023 ¶21" in delegate.document_for(marker, "old").toPlainText()
    assert "moved from 2022 ¶20" in delegate.document_for(real, "new").toPlainText()
    inline = "\n".join(delegate.document_for(r, "inline").toPlainText() for r in rows)
    assert "moved here from" not in inline
    assert inline.count("moved to 2023 ¶21") == 1
    marker_inline = delegate.document_for(marker, "inline").toPlainText()
    assert marker_inline.startswith("2022 ¶20") and "→ —" not in marker_inline
    # The navigator lists the move under the section it left as well.
    tree = window.navigator.tree
    by_section = {
        tree.topLevelItem(i).text(0).split()[0]: [
            tree.topLevelItem(i).child(j).text(0) for j in range(tree.topLevelItem(i).childCount())
        ]
        for i in range(tree.topLevelItemCount())
    }
    assert "¶20 → ¶21" in by_section["三."] and "¶20 → ¶21" in by_section["四."]
    # A move among the items of one paragraph keeps its marker in place, listed once.
    items = [r for r in rows if r.status == "moved" and old_cite(r) == "¶37(a)"]
    assert [r.kind for r in items] == ["moved-from", "pair"]
    assert old_cite(rows[items[0].index + 1]) == "¶37(b)"
    assert new_cite(rows[items[1].index - 1]) == "¶24(b)"
    assert (
        sum(entry == "¶37(a) → ¶24(c)" for entries in by_section.values() for entry in entries) == 1
    )


def test_cancelled_password_prompt_says_what_to_do_in_the_window(
    window, messages, monkeypatch, tmp_path, qtbot
) -> None:
    from pypdf import PdfReader, PdfWriter

    source = Path(__file__).parents[1] / "data" / "loaders" / "zh-2pages.pdf"
    writer = PdfWriter()
    for page in PdfReader(source).pages:
        writer.add_page(page)
    writer.encrypt("secret", algorithm="AES-128")
    locked = tmp_path / "locked.pdf"
    with locked.open("wb") as stream:
        writer.write(stream)
    monkeypatch.setattr("ccwdiff.ui.dialogs.ask_password", lambda parent, path, wrong: None)
    with qtbot.waitSignal(window.jobFailed, timeout=60000):
        window.open_files(str(locked), str(source))
    assert len(messages) == 1
    message = messages[0]
    assert "locked.pdf" in message
    assert "--password" not in message and "command line" not in message
    assert "Open the file again" in message and "enter the password" in message


def test_reports_dropped_newest_first_are_compared_oldest_left() -> None:
    from ccwdiff.resources import sample_pair
    from ccwdiff.ui.worker import CompareRequest, compare_task

    old, new = sample_pair()
    task = compare_task(CompareRequest(old=str(new), new=str(old), auto_order=True))
    prepared = task(lambda _stage, _fraction: None, lambda: False)
    assert prepared.comparison.old.symbol == "CCW/MSP/2022/7"
    assert prepared.comparison.new.symbol == "CCW/MSP/2023/7"
    assert prepared.comparison.mandate[0].kinds[0] == "task"
