"""Rebuild the PDF fixtures of the loader tests from the corpus, the way UN documents look.

A DOCX is written with python-docx (document symbol in the page header, the GE job number
and the page number in the footer, CJK text in Noto Serif CJK SC), then LibreOffice
converts it to PDF. The committed fixture ``zh-2pages.pdf`` was made with::

    python tests/data/loaders/make_pdf_fixture.py

``zh-qt.pdf`` (Qt's PDF writer, broken digit mapping) with
``--qt --max-chars 120 --out tests/data/loaders/zh-qt.pdf``,
``lists.docx`` and ``lists.pdf`` (Word automatic numbering, as LibreOffice
renders it) with ``--lists``, and the larger renderings used to measure the PDF
libraries (see docs/pdf-extraction.md) with ``--max-chars 0 --out /tmp/zh-full.pdf``
and ``--source <english corpus file>``.
Needs python-docx and ``soffice`` (LibreOffice writer) on PATH; not run by the tests.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parents[3] / "shared" / "corpus"
if not CORPUS.is_dir():  # the checkout normally sits next to shared/
    CORPUS = Path("/work/shared/corpus")

# A line starting one of these opens a new paragraph when the corpus text is re-joined.
_PARAGRAPH_START = re.compile(
    r"^\s*(\d{1,3}\.\s|•|[一二三四五六七八九十]+\.\s|\([a-z]{1,4}\)\s|附件|[IVX]+\.\s|[A-H]\.\s)"
)
# Furniture and footnote URLs left in the corpus dump: not body text of the DOCX.
_SKIP = re.compile(r"^\s*(CCW/[A-Z.0-9/]+\s*$|GE\.\d\d-\d+|https?://\S+\s*$)")
_CJK = re.compile(r"[\u3000-\u9fff\uff00-\uffef]")


def corpus_paragraphs(source: Path, max_chars: int) -> list[str]:
    """Re-join the corpus' visual lines into paragraphs (a rough rendering is enough)."""
    paragraphs: list[str] = []
    in_body = False  # the title block before the first numbered heading: one line each
    for raw in source.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or _SKIP.match(raw):
            continue
        in_body = in_body or bool(_PARAGRAPH_START.match(raw))
        if not paragraphs or not in_body or _PARAGRAPH_START.match(raw):
            paragraphs.append(line)
            continue
        previous = paragraphs[-1]
        cjk_join = _CJK.match(line[0]) or _CJK.match(previous[-1])
        paragraphs[-1] = previous + ("" if cjk_join else " ") + line
    if max_chars:
        kept: list[str] = []
        total = 0
        for paragraph in paragraphs:
            if total + len(paragraph) > max_chars:
                break
            kept.append(paragraph)
            total += len(paragraph)
        paragraphs = kept
    return paragraphs


def _page_field(paragraph: object) -> None:
    """Append a PAGE field (the page number Word/LibreOffice fill in) to a paragraph."""
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)  # type: ignore[attr-defined]


def build_docx(paragraphs: list[str], out: Path, symbol: str, job: str) -> None:
    """Write a DOCX with a UN-style header (symbol) and footer (job number and page)."""
    document = Document()
    style = document.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(11)
    style.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY  # as UN documents
    fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    fonts.set(qn("w:eastAsia"), "Noto Serif CJK SC")
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)  # A4, as UN documents
    section.header.paragraphs[0].text = symbol
    footer = section.footer.paragraphs[0]
    footer.text = f"{job}  "
    _page_field(footer)
    for text in paragraphs:
        document.add_paragraph(text)
    document.save(str(out))


def to_pdf(docx_path: Path, out: Path) -> None:
    """Convert with LibreOffice headless (tools/soffice.py) and move the PDF to ``out``."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
    from tools.soffice import docx_to_pdf

    shutil.move(str(docx_to_pdf(docx_path)), out)


def to_pdf_qt(paragraphs: list[str], out: Path) -> None:
    """Render with Qt's PDF writer: its CJK font maps digits to no Unicode and some
    hanzi to Kangxi radicals, the traps a loader must survive (``zh-qt.pdf``)."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QFont, QGuiApplication, QPageSize, QPdfWriter, QTextDocument

    app = QGuiApplication.instance() or QGuiApplication([])
    document = QTextDocument()
    document.setDefaultFont(QFont("Noto Serif CJK SC", 11))
    document.setHtml("".join(f"<p>{text}</p>" for text in paragraphs))
    writer = QPdfWriter(str(out))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    document.print_(writer)
    del app


LISTS_HTML = """<html><body><h1>Report</h1>
<ol type="I"><li>Introduction<ol type="1"><li>First para</li><li>Second para<ol type="a">
<li>item a</li><li>item b<ol type="i"><li>sub i</li><li>sub ii</li></ol></li><li>item c</li>
</ol></li><li>Third para</li></ol></li>
<li>Organisation<ol type="1" start="4"><li>Fourth para</li></ol></li></ol>
<ul><li>bullet one</li><li>bullet two</li></ul>
<ol start="5"><li>five</li><li>six</li></ol>
</body></html>"""


def _soffice(source: Path, target: str, outdir: Path) -> None:
    with tempfile.TemporaryDirectory() as work:
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{Path(work) / 'profile'}",
                "--headless",
                "--convert-to",
                target,
                "--outdir",
                str(outdir),
                str(source),
            ],
            check=True,
            capture_output=True,
            timeout=300,
        )


def make_lists(outdir: Path) -> None:
    """``lists.docx`` (LibreOffice's Word lists from HTML) and its PDF rendering."""
    with tempfile.TemporaryDirectory() as work:
        html = Path(work) / "lists.html"
        html.write_text(LISTS_HTML, encoding="utf-8")
        _soffice(html, "docx:MS Word 2007 XML", outdir)
    _soffice(outdir / "lists.docx", "pdf", outdir)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=CORPUS / "CCW-MSP-2023-7.zh.txt")
    parser.add_argument("--max-chars", type=int, default=1700, help="0 = the whole text")
    parser.add_argument("--symbol", default="CCW/MSP/2023/7")
    parser.add_argument("--job", default="GE.23-23130")
    parser.add_argument("--out", type=Path, default=HERE / "zh-2pages.pdf")
    parser.add_argument("--keep-docx", action="store_true", help="also write OUT.docx")
    parser.add_argument("--qt", action="store_true", help="render with Qt, not LibreOffice")
    parser.add_argument("--lists", action="store_true", help="write lists.docx/.pdf to OUT's dir")
    args = parser.parse_args(argv)
    if args.lists:
        make_lists(args.out.parent)
        return 0
    paragraphs = corpus_paragraphs(args.source, args.max_chars)
    if args.qt:
        to_pdf_qt(paragraphs, args.out)
        print(f"wrote {args.out} ({args.out.stat().st_size} bytes)")
        return 0
    with tempfile.TemporaryDirectory() as work:
        docx_path = Path(work) / (args.out.stem + ".docx")
        build_docx(paragraphs, docx_path, args.symbol, args.job)
        if args.keep_docx:
            shutil.copy(docx_path, args.out.with_suffix(".docx"))
        to_pdf(docx_path, args.out)
    print(f"wrote {args.out} ({args.out.stat().st_size} bytes, {len(paragraphs)} paragraphs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
