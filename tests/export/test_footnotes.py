"""Footnotes in the outputs: in smaller type than the paragraphs, as on the page."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from ccwdiff.core.compare import compare_documents
from ccwdiff.core.document import build_document
from ccwdiff.core.model import Comparison
from ccwdiff.export import export_html, export_pdf
from ccwdiff.export.word import export_docx
from tests.core.rawtext import raw_from_text

# The PDF export makes Qt's application object: pytest-qt's, made first, serves every test.
pytestmark = pytest.mark.usefixtures("qapp")

_OLD = """I.   Organization of the session

1.   The Group met and adopted its agenda,1 as orally amended.

2.   The Meeting decided that the Group shall meet for ten days in 2023.2

     1 CCW/GGE.1/2022/1.
     2 CCW/MSP/2022/5.
"""
_NEW = _OLD.replace("ten days", "fifteen days").replace("2022/5.", "2022/5, annex.")


@pytest.fixture(scope="module")
def footnoted() -> Comparison:
    return compare_documents(
        build_document(raw_from_text(_OLD)), build_document(raw_from_text(_NEW))
    )


def _sizes(pdf: Path) -> dict[str, float]:
    """The font size each run of text is set in, by its first word."""
    sizes: dict[str, float] = {}

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip():
            sizes.setdefault(text.split()[0], size * (tm[3] or 1) * (cm[3] or 1))

    for page in PdfReader(pdf).pages:
        page.extract_text(visitor_text=visit)
    return sizes


def test_pdf_sets_footnotes_smaller(footnoted: Comparison, tmp_path: Path) -> None:
    sizes = _sizes(export_pdf(footnoted, tmp_path / "notes.pdf").path)
    paragraph, footnote = sizes["The"], sizes["CCW/MSP/2022/5"]
    assert footnote == pytest.approx(0.85 * paragraph, rel=0.02)


def test_html_marks_footnote_rows(footnoted: Comparison, tmp_path: Path) -> None:
    page = export_html(footnoted, tmp_path / "notes.html").path.read_text(encoding="utf-8")
    assert "tr.footnote td" in page
    rows = [line for line in page.split("<tr ") if "CCW/MSP/2022/5" in line]
    assert rows and 'class="status-changed footnote"' in rows[0]


def test_word_sets_footnotes_smaller(footnoted: Comparison, tmp_path: Path) -> None:
    document = docx.Document(str(export_docx(footnoted, tmp_path / "notes.docx").path))
    runs = [
        run
        for table in document.tables
        for cell in table._cells
        for paragraph in cell.paragraphs
        for run in paragraph.runs
    ]
    note = [run for run in runs if run.text.startswith("CCW/MSP/2022/5")]
    text = [run for run in runs if run.text.startswith("The Meeting decided")]
    assert note and all(run.font.size.pt == 8.5 for run in note)
    assert text and all(run.font.size is None for run in text)
