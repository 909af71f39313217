"""How the PDF's full comparison is paged: long rows split, headers repeated, anchors exact."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from ccwdiff.core.model import Block, Comparison, Document, Pair, PairStatus
from ccwdiff.core.worddiff import diff_words
from ccwdiff.export import export_pdf

from .fixtures import make_comparison

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("qapp")]

WORDS = " ".join(f"w{i:04d}" for i in range(1500))  # about four pages in one column
ARABIC_OLD = "وأكدت المملكة العربية السعودية أهمية التوافق في الآراء."
ARABIC_NEW = "وأكدت المملكة العربية السعودية أهمية التوافق والتعاون في الآراء."


def _page_texts(pdf: Path) -> list[str]:
    """Each page's text, NFKC-normalised (Arabic presentation forms back to letters)."""
    count = len(PdfReader(pdf).pages)
    if shutil.which("pdftotext"):
        texts = []
        for page in range(1, count + 1):
            texts.append(
                subprocess.run(
                    ["pdftotext", "-enc", "UTF-8", "-f", str(page), "-l", str(page), str(pdf), "-"],
                    capture_output=True,
                    check=True,
                    text=True,
                ).stdout
            )
    else:
        texts = [page.extract_text() for page in PdfReader(pdf).pages]
    return [unicodedata.normalize("NFKC", text) for text in texts]


def _squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


Rows = list[tuple[str | None, str | None]]


def _comparison(folder: Path, language: str, rows: Rows) -> Comparison:
    """A comparison of hand-made paragraphs: each row is (old text, new text)."""
    old_blocks: list[Block] = []
    new_blocks: list[Block] = []
    pairs: list[Pair] = []
    for number, (old_text, new_text) in enumerate(rows, 1):
        old_id = new_id = None
        if old_text is not None:
            old_id = f"o{number}"
            old_blocks.append(Block(old_id, "paragraph", f"{number}.", None, old_text))
        if new_text is not None:
            new_id = f"n{number}"
            new_blocks.append(Block(new_id, "paragraph", f"{number}.", None, new_text))
        status: PairStatus = (
            "inserted"
            if old_text is None
            else "deleted"
            if new_text is None
            else "unchanged"
            if old_text == new_text
            else "changed"
        )
        ops = diff_words(old_text or "", new_text or "")
        pairs.append(Pair(old_id, new_id, status, ops, 1.0, ("substantive",)))
    paths = []
    for name in ("old.txt", "new.txt"):
        (folder / name).write_text("x", encoding="utf-8")
        paths.append(str(folder / name))
    old = Document(paths[0], "txt", language, "A/1", tuple(old_blocks))
    new = Document(paths[1], "txt", language, "A/2", tuple(new_blocks))
    return Comparison(old=old, new=new, pairs=tuple(pairs))


def test_a_row_taller_than_a_page_runs_on_in_order(tmp_path: Path) -> None:
    comparison = _comparison(tmp_path, "en", [("Short.", "Short."), (None, WORDS)])
    target = tmp_path / "long.pdf"
    report = export_pdf(comparison, target)
    texts = _page_texts(target)
    assert report.pages == len(texts)
    holding = [i for i, text in enumerate(texts) if re.search(r"w\d{4}", text)]
    assert len(holding) >= 3  # the row is split over several pages...
    assert holding == list(range(holding[0], holding[-1] + 1))  # ...that follow each other
    found = [w for i in holding for w in re.findall(r"w\d{4}", texts[i])]
    assert found == WORDS.split()  # every word once, in order
    assert "[inserted]" in texts[holding[-1]]  # the tag ends the row, on its last page


def test_the_column_header_heads_every_page_of_the_comparison(tmp_path: Path) -> None:
    comparison = _comparison(tmp_path, "en", [(WORDS, WORDS.replace("w0700", "x0700"))])
    target = tmp_path / "header.pdf"
    export_pdf(comparison, target)
    texts = [_squeezed(text) for text in _page_texts(target)]
    first = next(i for i, text in enumerate(texts) if "Fullcomparison" in text)
    assert len(texts) - first >= 3
    for text in texts[first:]:
        assert "Old:A/1" in text and "New:A/2" in text
        first_word = re.search(r"w\d{4}", text)
        assert first_word and text.index("Old:A/1") < first_word.start()  # above the rows


def test_the_header_repeats_in_the_real_fixture(tmp_path: Path) -> None:
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    target = tmp_path / "fixture.pdf"
    export_pdf(make_comparison(inputs), target)
    texts = [_squeezed(text) for text in _page_texts(target)]
    first = next(i for i, text in enumerate(texts) if "Fullcomparison" in text)
    for text in texts[first:]:
        assert "2022:CCW/MSP/2022/7" in text and "2023:CCW/MSP/2023/7" in text


def test_right_to_left_rows_are_extractable(tmp_path: Path) -> None:
    comparison = _comparison(tmp_path, "ar", [(ARABIC_OLD, ARABIC_NEW), (None, ARABIC_OLD)])
    for layout in ("columns", "inline"):
        target = tmp_path / f"ar-{layout}.pdf"
        export_pdf(comparison, target, layout=layout)  # type: ignore[arg-type]
        text = " ".join(_page_texts(target))
        for word in ("المملكة", "العربية", "السعودية", "والتعاون", "الآراء"):
            assert word in text, (layout, word)


def test_right_to_left_text_is_right_aligned(tmp_path: Path) -> None:
    pdfium = pytest.importorskip("pypdfium2")
    comparison = _comparison(tmp_path, "ar", [("Left to right.", "Left to right."), (None, "سلام")])
    target = tmp_path / "align.pdf"
    export_pdf(comparison, target)
    document = pdfium.PdfDocument(str(target))
    try:
        page = document[len(document) - 1]
        width = page.get_width()
        text = page.get_textpage()
        found = {}
        for index in range(text.count_chars()):
            char = text.get_text_range(index, 1)
            if char in ("L", "\u0633", "\ufeb3", "\ufeb1"):  # "L", and the Arabic س as it is drawn
                found.setdefault(char == "L", text.get_charbox(index)[0])
        page.close()
    finally:
        document.close()
    ltr_left, rtl_left = found[True], found[False]
    assert ltr_left < width / 2  # the old column's text starts at its left edge
    assert rtl_left > width * 0.85  # the new column's Arabic word sits at its right edge


def test_outline_points_at_the_mandate_row(tmp_path: Path) -> None:
    """The mandate change's bookmark opens its page just above the row's text."""
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    target = tmp_path / "fixture.pdf"
    export_pdf(make_comparison(inputs), target)
    reader = PdfReader(target)

    def flat(items: list[object]) -> list[object]:
        out: list[object] = []
        for item in items:
            out.extend(flat(item) if isinstance(item, list) else [item])
        return out

    mark = next(
        item
        for item in flat(reader.outline)
        if str(item.title).startswith("2022 ¶32 → 2023 ¶20")  # type: ignore[attr-defined]
    )
    page = reader.get_destination_page_number(mark)  # type: ignore[arg-type]
    top = float(mark.top)  # type: ignore[attr-defined]
    texts = _page_texts(target)
    assert "进一步审议一项文书" in _squeezed(texts[page])
    assert "Fullcomparison" in _squeezed(" ".join(texts[: page + 1]))  # in the body, not the cover

    # Where the row's label "¶32 •1" is on that page (PDF points from the bottom).
    pdfium = pytest.importorskip("pypdfium2")
    document = pdfium.PdfDocument(str(target))
    try:
        pdf_page = document[page]
        textpage = pdf_page.get_textpage()
        content = textpage.get_text_range()
        at = content.find("根据 CCW/CONF.V/10")
        assert at >= 0
        _, _, _, label_top = textpage.get_charbox(at)
        pdf_page.close()
    finally:
        document.close()
    assert 0 <= top - label_top < 20  # the view opens a few points above the row's first line


def test_rich_text_collapses_spaces_and_counts_utf16_units() -> None:
    from PySide6.QtGui import QTextCharFormat

    from ccwdiff.export.pdfbody import _rich

    fmt = QTextCharFormat()
    text, ranges = _rich([("a  b\n c", None), (" \U00020000x", fmt), ("  ", fmt), (" y", None)])
    assert text == "a b\u2028 c \U00020000x y"
    assert [(r.start, r.length) for r in ranges] == [(6, 4), (10, 1)]
    assert text[:1] != " " and _rich([("  lead", None)])[0] == "lead"
