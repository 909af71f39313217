"""The PDF export, checked as a reader's tools see it: pages, fonts, text, outline, metadata."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import unicodedata
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from ccwdiff.core.errors import ExportError
from ccwdiff.core.model import Block, Comparison, Pair, WordOp
from ccwdiff.export import export_pdf
from ccwdiff.export.report import build_report

from .fixtures import LONG_SENTENCE

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("qapp")]


def _text_of(pdf: Path, page: int | None = None) -> str:
    """Extracted text with all whitespace removed (layout breaks lines anywhere)."""
    if shutil.which("pdftotext"):
        args = ["pdftotext", "-enc", "UTF-8"]
        if page is not None:
            args += ["-f", str(page + 1), "-l", str(page + 1)]
        text = subprocess.run(
            [*args, str(pdf), "-"], capture_output=True, check=True, text=True
        ).stdout
    else:
        reader = PdfReader(pdf)
        pages = reader.pages if page is None else [reader.pages[page]]
        text = "".join(p.extract_text() for p in pages)
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def _pypdf_text(pdf: Path) -> str:
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    return re.sub(r"\s+", "", text)


@pytest.fixture
def exported(comparison: Comparison, tmp_path: Path) -> tuple[Path, object]:
    target = tmp_path / "diff.pdf"
    report = export_pdf(comparison, target)
    return target, report


def test_pages_and_report(exported: tuple[Path, object]) -> None:
    path, report = exported
    reader = PdfReader(path)
    assert report.pages == len(reader.pages) >= 3  # type: ignore[attr-defined]
    assert report.missing_glyphs == ()  # type: ignore[attr-defined]
    width, height = float(reader.pages[0].mediabox.width), float(reader.pages[0].mediabox.height)
    assert (round(width), round(height)) == (595, 842)  # A4 in points


def test_fonts_are_embedded_truetype_not_type3(exported: tuple[Path, object]) -> None:
    path, _ = exported
    reader = PdfReader(path)
    names: set[str] = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            assert font["/Subtype"] != "/Type3"
            descendants = font.get("/DescendantFonts")
            descriptor = (
                descendants[0].get_object()["/FontDescriptor"]
                if descendants
                else font["/FontDescriptor"]
            ).get_object()
            assert {"/FontFile", "/FontFile2", "/FontFile3"} & set(descriptor.keys())
            assert "/ToUnicode" in font
            names.add(str(font["/BaseFont"]))
    assert any("NotoSansSCccwdiff" in name for name in names)


def test_text_has_symbols_digits_and_mandate_phrases(exported: tuple[Path, object]) -> None:
    path, _ = exported
    text = _text_of(path)
    for needle in (
        "CCW/MSP/2022/7",
        "CCW/MSP/2023/7",
        "2022¶32→2023¶20",
        "加紧审议各项提案",
        "一项文书的一套要素",
        "Page1of",
        "Российская",
        "Membersadded:哥伦比亚;removed:智利.",
        "QuotesCCW/MSP/2022/7¶32butdoesnotmatchitwordforword.",
    ):
        assert needle in text, needle
    assert "السعودية" in text  # Arabic, mapped back from its presentation forms


def test_first_page_carries_the_mandate_change(exported: tuple[Path, object]) -> None:
    path, _ = exported
    first = _text_of(path, 0)
    assert "Mandatechanges" in first
    assert "2022¶32→2023¶20" in first
    assert "加紧审议各项提案" in first and "拟定这套要素" in first


def test_digits_and_ideographs_survive_extraction_without_locl(
    exported: tuple[Path, object],
) -> None:
    # Noto CJK's locl digits had no ToUnicode entry ("CCW/MSP//"), and a shared
    # glyph made 目 come out as the Kangxi radical ⽬: check with a second extractor.
    path, _ = exported
    text = _pypdf_text(path)
    assert "CCW/MSP/2022/7" in text and "CCW/MSP/2023/7" in text
    assert "2023年11月17日" in text
    assert "目标" in text and "\u2f6c" not in text


def test_bundled_cjk_font_has_no_locl() -> None:
    ttlib = pytest.importorskip("fontTools.ttLib")
    from ccwdiff.fonts import bundled_fonts

    for font in bundled_fonts():
        if "SC" not in font.family:
            continue
        tables = ttlib.TTFont(font.path)
        features = {r.FeatureTag for r in tables["GSUB"].table.FeatureList.FeatureRecord}
        assert "locl" not in features and "ccmp" not in features


def test_outline_and_metadata(exported: tuple[Path, object], comparison: Comparison) -> None:
    path, _ = exported
    reader = PdfReader(path)
    model = build_report(comparison)
    assert reader.metadata is not None
    assert reader.metadata.title == model.title
    assert "CCW/MSP/2022/7" in (reader.metadata.subject or "")
    assert reader.metadata.author

    flat: list[tuple[str, int]] = []

    def walk(items: list[object]) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                flat.append((item.title, reader.get_destination_page_number(item)))  # type: ignore[attr-defined]

    walk(reader.outline)
    titles = [title for title, _ in flat]
    assert titles[:2] == ["Summary", "Mandate changes"]
    assert any(t.startswith("2022 ¶32 → 2023 ¶20") for t in titles)
    assert any(t.startswith("三. 结论和建议") for t in titles)
    assert "Quotations and lists" in titles
    # The first mandate bookmark lands on the page that holds the new mandate text.
    page = dict(flat)[next(t for t in titles if t.startswith("2022 ¶32 → 2023 ¶20"))]
    assert "进一步审议一项文书" in _text_of(path, page)
    assert reader.trailer["/Root"]["/PageMode"] == "/UseOutlines"


def test_long_paragraph_breaks_across_pages(exported: tuple[Path, object]) -> None:
    path, _ = exported
    reader = PdfReader(path)
    # Two columns interleave in extracted text, so look for a few words only.
    sentence = "执行支助股"
    assert sentence in LONG_SENTENCE
    holding = [i for i in range(len(reader.pages)) if sentence in _text_of(path, i)]
    assert len(holding) >= 2 and holding == list(range(holding[0], holding[-1] + 1))


def test_letter_inline_and_hidden_routine(comparison: Comparison, tmp_path: Path) -> None:
    target = tmp_path / "inline.pdf"
    report = export_pdf(comparison, target, layout="inline", page_size="Letter", show_routine=False)
    reader = PdfReader(target)
    assert report.pages == len(reader.pages)
    assert round(float(reader.pages[0].mediabox.width)) == 612
    text = _text_of(target)
    assert "进一步审议一项文书的一套要素" in text
    assert "routineroll-overparagraph(s)hidden" in text
    assert "2022年会议于2022年11月16日" not in text  # the routine ¶1 is hidden


def test_missing_glyph_is_reported(comparison: Comparison, tmp_path: Path) -> None:
    tibetan = "\u0f40\u0f41"  # no bundled font has Tibetan
    block = Block("n99", "paragraph", "22.", None, f"会议注意到 {tibetan} 的意见。")
    new = replace(comparison.new, blocks=(*comparison.new.blocks, block))
    pair = Pair(None, "n99", "inserted", (WordOp("+", block.text),), 0.0, ("substantive",))
    report = export_pdf(
        replace(comparison, new=new, pairs=(*comparison.pairs, pair)), tmp_path / "m.pdf"
    )
    assert report.missing_glyphs == ("\u0f40", "\u0f41")
    assert any("\u0f40" in warning for warning in report.warnings)


def test_refuses_to_overwrite_an_input(comparison: Comparison) -> None:
    before = Path(comparison.new.path).read_bytes()
    with pytest.raises(ExportError) as caught:
        export_pdf(comparison, comparison.new.path)
    assert caught.value.code == "export-over-input"
    assert Path(comparison.new.path).read_bytes() == before


def test_first_page_renders(exported: tuple[Path, object], tmp_path: Path) -> None:
    """Render page 1 and page 3 to PNG (test artifacts) and check the redline colours show."""
    pdfium = pytest.importorskip("pypdfium2")
    pytest.importorskip("PIL")  # pypdfium2 hands pages over as Pillow images
    path, _ = exported
    document = pdfium.PdfDocument(str(path))
    images = []
    for index in (0, 2):
        image = document[index].render(scale=1.0).to_pil()
        image.save(tmp_path / f"page-{index + 1}.png")
        images.append(image.convert("RGB"))
    document.close()
    assert (tmp_path / "page-1.png").stat().st_size > 10_000
    colours = {colour for _, colour in images[1].getcolors(maxcolors=1 << 24)}
    assert any(r > 240 and 215 < g < 235 and 220 < b < 235 for r, g, b in colours)  # red tint
    assert any(g > 235 and r < 225 and b < 230 for r, g, b in colours)  # green tint


def test_sample_pair_puts_the_mandate_change_on_page_one(tmp_path: Path) -> None:
    """The bundled 2022 → 2023 sample, through the real engine."""
    compare = pytest.importorskip("ccwdiff.core.compare")
    from ccwdiff.resources import sample_pair

    old, new = sample_pair()
    if not (old.exists() and new.exists()):
        pytest.skip("sample pair not bundled")
    comparison = compare.compare_files(old, new)
    target = tmp_path / "sample.pdf"
    report = export_pdf(comparison, target)
    assert report.missing_glyphs == ()
    first = _text_of(target, 0)
    assert "2022¶32→2023¶20" in first
    assert "加紧" in first and "一套要素" in first
    assert "CCW/MSP/2022/7" in first and "CCW/MSP/2023/7" in first
    # Every word is searchable: the whole 2023 mandate sentence is in the text layer.
    assert re.sub(r"\s+", "", "进一步审议一项文书的一套要素") in _pypdf_text(target)


def test_an_export_too_long_to_lay_out_is_refused_with_a_message(tmp_path, monkeypatch) -> None:
    """Past the page bound (memory, not a Qt crash any more) the user gets a sentence instead."""
    import ccwdiff.export.pdf as pdf_module
    from ccwdiff.core.errors import ExportError
    from ccwdiff.core.model import Block, Comparison, Document, Pair
    from ccwdiff.core.worddiff import diff_words

    text = "会议决定继续监测《特定常规武器公约》的财务状况。" * 40
    blocks = tuple(
        Block(id=f"b{i}", kind="paragraph", label=f"{i}.", parent=None, text=text)
        for i in range(1, 30)
    )
    old = Document(path="old.txt", format="txt", language="zh", symbol="A/1", blocks=blocks)
    new = Document(path="new.txt", format="txt", language="zh", symbol="A/2", blocks=blocks)
    pairs = tuple(
        Pair(old=b.id, new=b.id, status="unchanged", ops=diff_words(b.text, b.text), similarity=1.0)
        for b in blocks
    )
    monkeypatch.setattr(pdf_module, "MAX_PAGES", 2)
    target = tmp_path / "long.pdf"
    target.write_bytes(b"earlier export")
    with pytest.raises(ExportError) as caught:
        pdf_module.export_pdf(Comparison(old=old, new=new, pairs=pairs), target)
    assert caught.value.code == "export-too-long"
    assert "more than 2 pages" in caught.value.message
    assert target.read_bytes() == b"earlier export"
