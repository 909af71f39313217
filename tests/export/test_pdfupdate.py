"""The outline and document information, appended to Qt's PDF as an incremental update."""

from __future__ import annotations

import io
import logging
import os
from pathlib import Path

import pytest
from pypdf import PdfReader

import ccwdiff.export.pdf as pdf_module
from ccwdiff.core.model import Comparison
from ccwdiff.export.pdfupdate import Bookmark, UnexpectedLayout, append_outline
from ccwdiff.export.report import build_report

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("qapp")]

INFO = {"Title": "Comparaison «2022 → 2023» (draft)", "Author": "ccwdiff"}


@pytest.fixture
def raw(comparison: Comparison) -> tuple[bytes, int]:
    """Qt's PDF before the update, and its page count."""
    model = build_report(comparison)
    data, pages, _, _ = pdf_module._render(
        model, layout="columns", page_size="A4", show_routine=True
    )
    return data, pages


def _outline(reader: PdfReader) -> list[tuple[int, str, int, float]]:
    out: list[tuple[int, str, int, float]] = []

    def walk(items: list[object], depth: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, depth + 1)
            else:
                page = reader.get_destination_page_number(item)  # type: ignore[arg-type]
                out.append((depth, item.title, page, float(item.top)))  # type: ignore[attr-defined]

    walk(reader.outline, 0)
    return out


def test_the_update_keeps_qt_bytes_and_reads_strictly(
    raw: tuple[bytes, int], caplog: pytest.LogCaptureFixture
) -> None:
    data, pages = raw
    bookmarks = [
        Bookmark("First", 0, 800.0),
        Bookmark("Parent (a) \\ b", 1, 500.5, (Bookmark("中文 child", pages - 1, 100.0),)),
    ]
    with caplog.at_level(logging.WARNING, logger="pypdf"):
        updated = append_outline(data, bookmarks, INFO, pages=pages)
        reader = PdfReader(io.BytesIO(updated), strict=True)
        outline = _outline(reader)
        metadata = reader.metadata
    assert updated.startswith(data)  # an update appends; Qt's file is untouched
    assert not caplog.records
    assert outline == [
        (0, "First", 0, 800.0),
        (0, "Parent (a) \\ b", 1, 500.5),
        (1, "中文 child", pages - 1, 100.0),
    ]
    assert metadata is not None and metadata.title == INFO["Title"]
    assert metadata.author == "ccwdiff"
    assert str(metadata.get("/CreationDate", "")).startswith("D:")  # kept from Qt's
    assert reader.trailer["/Root"]["/PageMode"] == "/UseOutlines"
    assert len(reader.pages) == pages


def test_a_file_not_as_qt_writes_it_is_refused(raw: tuple[bytes, int]) -> None:
    data, pages = raw
    once = append_outline(data, [Bookmark("A", 0, 1.0)], INFO, pages=pages)
    with pytest.raises(UnexpectedLayout):
        append_outline(once, [Bookmark("B", 0, 1.0)], INFO, pages=pages)  # already updated
    with pytest.raises(UnexpectedLayout):
        append_outline(data, [Bookmark("A", 0, 1.0)], INFO, pages=pages + 1)  # wrong count
    with pytest.raises(UnexpectedLayout):
        append_outline(data, [Bookmark("A", pages, 1.0)], INFO, pages=pages)  # past the end
    with pytest.raises(UnexpectedLayout):
        append_outline(data[: len(data) // 2], [], INFO, pages=pages)  # truncated


def test_pypdf_adds_the_same_outline_when_the_update_is_refused(
    comparison: Comparison, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fast, slow = tmp_path / "fast.pdf", tmp_path / "slow.pdf"
    pdf_module.export_pdf(comparison, fast)

    def refuse(*args: object, **kwargs: object) -> bytes:
        raise UnexpectedLayout("test")

    monkeypatch.setattr(pdf_module, "append_outline", refuse)
    pdf_module.export_pdf(comparison, slow)
    fast_reader, slow_reader = PdfReader(fast), PdfReader(slow)
    rounded = [
        [(depth, title, page, round(top, 1)) for depth, title, page, top in _outline(reader)]
        for reader in (fast_reader, slow_reader)
    ]
    assert rounded[0] == rounded[1]
    assert _outline(fast_reader)[0][1] == "Summary"
    for reader in (fast_reader, slow_reader):
        assert reader.metadata is not None
        assert reader.metadata.subject == build_report(comparison).subject
        assert reader.metadata.get("/Producer", "").startswith("Qt ")
        assert reader.trailer["/Root"]["/PageMode"] == "/UseOutlines"
