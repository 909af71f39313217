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
