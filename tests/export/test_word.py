"""The Word (DOCX) export: the same content as the PDF, as a document people edit."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import docx
import pytest
from docx.oxml.ns import qn

from ccwdiff.core.compare import compare_files
from ccwdiff.core.errors import ExportError
from ccwdiff.core.model import Comparison
from ccwdiff.export.word import export_docx
from ccwdiff.resources import sample_pair


def all_runs(document: Any) -> list[Any]:
    runs = [run for paragraph in document.paragraphs for run in paragraph.runs]
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                runs += [run for paragraph in cell.paragraphs for run in paragraph.runs]
    return runs


def full_text(document: Any) -> str:
    return "\n".join(run.text for run in all_runs(document))


@pytest.fixture(scope="module")
def sample() -> Comparison:
    old, new = sample_pair()
    return compare_files(old, new, anchors=[("25", "四. 16")])


def test_the_sample_as_a_word_redline(sample: Comparison, tmp_path: Path) -> None:
    target = tmp_path / "diff.docx"
    report = export_docx(sample, target)
    assert report.path == target and report.format == "docx"
    document = docx.Document(str(target))
    text = full_text(document)
    assert document.core_properties.title == "Comparison of CCW/MSP/2022/7 and CCW/MSP/2023/7"
    # The cover: the mandate changes first, the correction made by hand named.
    assert "1. 2022 ¶32 → 2023 ¶20" in text
    assert "Paired by hand, whatever their wording: 2022 ¶25 → 2023 ¶16." in text
    first = sample.mandate[0]
    struck = {run.text for run in all_runs(document) if run.font.strike}
    underlined = {run.text for run in all_runs(document) if run.font.underline}
    assert first.removed[0] in struck and first.added[0] in underlined
    assert not struck & {first.added[0]}
    # The full text: every paragraph of both reports, each side in its column.
    for block in (*sample.old.blocks, *sample.new.blocks):
        assert block.text.strip() in text.replace("\n", "")
    widths = {len(table.columns) for table in document.tables}
    assert widths == {2, 3}


def test_inline_layout_and_letter_paper(sample: Comparison, tmp_path: Path) -> None:
    target = tmp_path / "inline.docx"
    export_docx(sample, target, layout="inline", page_size="Letter")
    document = docx.Document(str(target))
    assert len(document.tables) == 2  # the cover's documents and counts only
    assert round(document.sections[0].page_width.mm) == 216
    text = full_text(document)
    assert "2022 ¶32 → 2023 ¶20" in text and "一套要素" in text


def test_never_written_over_an_input(comparison: Comparison) -> None:
    source = Path(comparison.old.path)
    before = source.read_bytes()
    with pytest.raises(ExportError):
        export_docx(comparison, source)
    assert source.read_bytes() == before


def test_right_to_left_text_gets_right_to_left_paragraphs(tmp_path: Path) -> None:
    from ccwdiff.core.compare import compare_documents
    from tests.core.helpers import make_document

    arabic_old = "أكد المؤتمر أهمية التوافق في الآراء في عام 2022."
    arabic_new = "أكد المؤتمر مجددا أهمية التوافق في الآراء في عام 2023."
    latin = "The Conference adopted its final report."
    old = make_document([arabic_old, latin], language="ar", path=str(tmp_path / "old.txt"))
    new = make_document([arabic_new, latin], language="ar", path=str(tmp_path / "new.txt"))
    target = tmp_path / "rtl.docx"
    export_docx(compare_documents(old, new), target)
    paragraphs = [
        paragraph
        for table in docx.Document(str(target)).tables
        for row in table.rows
        for cell in row.cells
        for paragraph in cell.paragraphs
    ]

    def right_to_left(paragraph: Any) -> bool:
        properties = paragraph._p.pPr
        return properties is not None and properties.find(qn("w:bidi")) is not None

    arabic = [p for p in paragraphs if "التوافق" in p.text]
    english = [p for p in paragraphs if p.text == latin]
    assert len(arabic) == 2 and all(map(right_to_left, arabic))
    assert len(english) == 2 and not any(map(right_to_left, english))
