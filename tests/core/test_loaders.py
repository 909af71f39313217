"""Tests of ccwdiff.core.loaders: every format, every encoding, every error code.

Text and DOCX inputs are written in ``tmp_path`` by the tests; the PDF fixture
``tests/data/loaders/zh-2pages.pdf`` (two Chinese pages with the document symbol
in the header and the job number and page number in the footer) was made once by
``tests/data/loaders/make_pdf_fixture.py``; encrypted, truncated and text-less
variants are derived from it here.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import stat
import zipfile
from pathlib import Path

import pytest
from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from hypothesis import given, settings
from hypothesis import strategies as st

from ccwdiff.core.errors import Cancelled, LimitExceeded, LoaderError, PasswordRequired
from ccwdiff.core.loaders import Limits, load
from ccwdiff.core.loaders import pdf as pdf_loader
from ccwdiff.core.loaders.numbering import chinese, format_number
from ccwdiff.core.loaders.text import decode_text, split_pages
from ccwdiff.core.loaders.worker import (
    WorkerCrashed,
    WorkerOutOfMemory,
    WorkerTimeout,
    run_in_worker,
)

DATA = Path(__file__).resolve().parents[1] / "data" / "loaders"
ZH_PDF = DATA / "zh-2pages.pdf"
IN_PROCESS = Limits(pdf_timeout=None)


def texts(raw: object) -> list[str]:
    return [line.text for line in raw.lines]  # type: ignore[attr-defined]


def load_error(path: Path, **kwargs: object) -> LoaderError:
    with pytest.raises(LoaderError) as caught:
        load(path, **kwargs)  # type: ignore[arg-type]
    assert caught.value.path == str(path)
    assert caught.value.message.endswith(".")  # a sentence, not a repr
    return caught.value


# --- text -----------------------------------------------------------------------------

ZH_SAMPLE = "一. 导言\n1. 会议于 2023 年 11 月 15 日在日内瓦举行。\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (ZH_SAMPLE.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + ZH_SAMPLE.encode("utf-8"), "utf-8-sig"),
        (b"\xff\xfe" + ZH_SAMPLE.encode("utf-16-le"), "utf-16-le"),
        (b"\xfe\xff" + ZH_SAMPLE.encode("utf-16-be"), "utf-16-be"),
        (ZH_SAMPLE.encode("gb18030"), "gb18030"),
    ],
)
def test_text_encodings_round_trip(tmp_path: Path, data: bytes, encoding: str) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(data)
    raw = load(path)
    assert raw.encoding == encoding
    assert raw.format == "txt"
    assert not raw.paragraph_lines
    assert texts(raw) == ["一. 导言", "1. 会议于 2023 年 11 月 15 日在日内瓦举行。"]
    assert [line.page for line in raw.lines] == [1, 1]
    assert raw.page_count == 1


def test_gb18030_corpus_text_is_decoded_exactly() -> None:
    corpus = Path("/work/shared/corpus/CCW-MSP-2023-7.zh.txt")
    if not corpus.exists():
        pytest.skip("corpus not available")
    text = corpus.read_text(encoding="utf-8")
    assert decode_text(text.encode("gb18030")) == (text, "gb18030")


def test_traditional_chinese_in_gb18030_is_accepted() -> None:
    text = "聯合國特定常規武器公約締約方會議最後報告。會議在日內瓦舉行。"
    assert decode_text(text.encode("gb18030")) == (text, "gb18030")


@pytest.mark.parametrize(
    ("data", "hint"),
    [
        ("聯合國特定常規武器公約締約方會議最後報告。會議在日內瓦舉行。".encode("big5"), "Big5"),
        ("日本語のテキストです。会議は東京で開かれました。".encode("shift_jis"), "Shift-JIS"),
        ("Tania Bañuelos Mejía, Genève".encode("cp1252"), "Windows-1252"),
        ("Доклад Группы правительственных экспертов".encode("cp1251"), "Windows-1251"),
    ],
)
def test_undecodable_text_is_refused_not_garbled(tmp_path: Path, data: bytes, hint: str) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes(data)
    error = load_error(path)
    assert error.code == "encoding"
    assert "not in UTF-8, UTF-16 (with a byte-order mark) or GB18030" in error.message
    assert hint in error.message
    assert "save it as UTF-8" in error.message


def test_form_feeds_start_pages(tmp_path: Path) -> None:
    path = tmp_path / "dump.txt"
    path.write_bytes(b"CCW/MSP/2023/7\r\nfirst\r\n\r\n\fCCW/MSP/2023/7\rsecond\n\f")
    raw = load(path)
    assert [(line.page, line.text) for line in raw.lines] == [
        (1, "CCW/MSP/2023/7"),
        (1, "first"),
        (1, ""),
        (2, "CCW/MSP/2023/7"),
        (2, "second"),
    ]
    assert raw.page_count == 2


def test_text_is_kept_as_is_apart_from_line_endings(tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_bytes("  # Title  \r\n\tindented\u3000\r\n\r\nlast line without newline".encode())
    assert texts(load(path)) == ["  # Title  ", "\tindented\u3000", "", "last line without newline"]


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1))
@settings(max_examples=200, deadline=None)
def test_utf16_and_utf8_round_trip_any_text(text: str) -> None:
    for data in (text.encode("utf-8"), b"\xff\xfe" + text.encode("utf-16-le")):
        decoded, _ = decode_text(data)
        assert decoded == text
    pages = split_pages(text)
    assert "\f".join("\n".join(lines) for lines in pages) in (text, text.rstrip("\n"))


# --- DOCX -----------------------------------------------------------------------------

NUMBERING_XML = """
<w:abstractNum {ns} w:abstractNumId="90">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>
    <w:lvlText w:val="%1."/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/>
    <w:lvlText w:val="%2."/><w:lvlRestart w:val="0"/></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>
    <w:lvlText w:val="(%3)"/></w:lvl>
  <w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/>
    <w:lvlText w:val="(%4)"/></w:lvl>
  <w:lvl w:ilvl="4"><w:start w:val="1"/><w:numFmt w:val="bullet"/>
    <w:lvlText w:val="\uf0b7"/><w:suff w:val="space"/></w:lvl>
</w:abstractNum>
"""


def _add_numbering(document: object) -> str:
    """Add a five-level list (一. / 1. / (a) / (i) / bullet) to numbering.xml; return numId."""
    numbering = document.part.numbering_part.element  # type: ignore[attr-defined]
    abstract = parse_xml(NUMBERING_XML.format(ns=nsdecls("w")))
    numbering.insert(0, abstract)  # abstractNum elements precede num elements
    num = parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>')
    numbering.append(num)
    return "90"


def _numbered(document: object, text: str, num_id: str, level: int) -> None:
    paragraph = document.add_paragraph(text)  # type: ignore[attr-defined]
    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(
        parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/>'
            f'<w:numId w:val="{num_id}"/></w:numPr>'
        )
    )


def make_docx(path: Path) -> Path:
    document = Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = "CCW/MSP/2023/7"
    section.footer.paragraphs[0].text = "GE.23-23130  2"
    document.add_paragraph("最后报告")
    num_id = _add_numbering(document)
    _numbered(document, "导言", num_id, 0)
    _numbered(document, "会议决定：", num_id, 1)
    _numbered(document, "第一项", num_id, 2)
    _numbered(document, "细目", num_id, 3)
    _numbered(document, "细目二", num_id, 3)
    _numbered(document, "第二项", num_id, 2)
    _numbered(document, "要点", num_id, 4)
    _numbered(document, "工作安排", num_id, 0)
    _numbered(document, "会议还决定：", num_id, 1)  # level 1 never restarts: 2.
    _numbered(document, "第一项", num_id, 2)  # level 2 restarts under a new 2.: (a)
    document.add_paragraph("")  # empty paragraphs are not lines
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "文号"
    table.cell(0, 1).text = "标题"
    table.cell(1, 0).text = "CCW/MSP/2023/1"
    table.cell(1, 1).text = "临时议程"
    document.add_paragraph("First item", style="List Number")
    document.add_paragraph("Second item", style="List Number")
    run = document.add_paragraph("Visible ").add_run("hidden")
    run.font.hidden = True
    document.save(str(path))
    return path


def test_docx_body_order_tables_and_numbering(tmp_path: Path) -> None:
    raw = load(make_docx(tmp_path / "report.docx"))
    assert raw.format == "docx"
    assert raw.paragraph_lines
    assert texts(raw) == [
        "最后报告",
        "一. 导言",
        "1. 会议决定：",
        "(a) 第一项",
        "(i) 细目",
        "(ii) 细目二",
        "(b) 第二项",
        "• 要点",
        "二. 工作安排",
        "2. 会议还决定：",
        "(a) 第一项",
        "文号  标题",
        "CCW/MSP/2023/1  临时议程",
        "1. First item",
        "2. Second item",
        "Visible ",
    ]


def test_docx_headers_and_footers_are_not_body_text(tmp_path: Path) -> None:
    raw = load(make_docx(tmp_path / "report.docx"))
    joined = "\n".join(texts(raw))
    assert "CCW/MSP/2023/7" not in joined
    assert "GE.23-23130" not in joined


@pytest.mark.parametrize(
    ("value", "fmt", "shown"),
    [
        (3, "decimal", "3"),
        (27, "lowerLetter", "aa"),
        (4, "upperRoman", "IV"),
        (14, "lowerRoman", "xiv"),
        (11, "chineseCounting", "十一"),
        (20, "chineseCounting", "二十"),
        (105, "chineseCountingThousand", "一百零五"),
        (3, "ideographTraditional", "丙"),
        (2, "decimalEnclosedCircle", "②"),
        (7, "unknownFormat", "7"),
    ],
)
def test_number_formats(value: int, fmt: str, shown: str) -> None:
    assert format_number(value, fmt) == shown


def test_chinese_counting_tens() -> None:
    assert [chinese(n) for n in (10, 19, 21, 110, 1010)] == [
        "十",
        "十九",
        "二十一",
        "一百一十",
        "一千零一十",
    ]


def test_docx_that_is_not_an_archive(tmp_path: Path) -> None:
    path = tmp_path / "report.docx"
    path.write_bytes(os.urandom(3000) + b"\x00")
    assert load_error(path).code == "docx-invalid"


def test_docx_truncated_archive(tmp_path: Path) -> None:
    whole = make_docx(tmp_path / "whole.docx").read_bytes()
    path = tmp_path / "cut.docx"
    path.write_bytes(whole[: len(whole) // 2])
    error = load_error(path)
    assert error.code == "docx-invalid"
    assert "not a complete ZIP archive" in error.message


def test_zip_without_word_document(tmp_path: Path) -> None:
    path = tmp_path / "report.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hello")
    error = load_error(path)
    assert error.code == "unsupported"
    assert "ZIP archive without a Word document" in error.message


def test_word_file_renamed_txt_loads_as_word(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    shutil.copy(make_docx(tmp_path / "report.docx"), path)
    raw = load(path)
    assert raw.format == "docx"
    assert texts(raw)[:2] == ["最后报告", "一. 导言"]
    assert raw.warnings == (
        "This file is named .txt but is a Word (.docx) document; it was read as a Word "
        "(.docx) document.",
    )


# --- PDF ------------------------------------------------------------------------------


def test_pdf_pages_positions_and_furniture() -> None:
    raw = load(ZH_PDF)
    assert raw.format == "pdf"
    assert raw.page_count == 2
    assert not raw.paragraph_lines
    assert raw.warnings == ()
    pages = {page: [line for line in raw.lines if line.page == page] for page in (1, 2)}
    for number, lines in pages.items():
        header, footer = lines[0], lines[-1]
        assert header.text == "CCW/MSP/2023/7"
        assert header.y is not None and header.y < 0.08
        assert footer.text == f"GE.23-23130 {number}"
        assert footer.y is not None and footer.y > 0.9
        ys = [line.y for line in lines]
        assert ys == sorted(ys)  # reading order: top to bottom
    first_page = texts(raw)[: len(pages[1])]
    assert first_page[1:7] == [
        "2023 年 11 月 15 日至 17 日，日内瓦",
        "议程项目 16",
        "审议并通过最后报告",
        "最后报告",
        "一. 导言",
        "1. 2022 年 11 月 16 日至 18 日在日内瓦举行的《禁止或限制使用某些可被认为具有过",
    ]
    assert "8. 政治事务干事 Tania Bañuelos Mejía 女士担任会议秘书。裁军厅日内瓦办事处政治事" in (
        texts(raw)
    )
    line = raw.lines[1]
    assert line.size == 11.0
    assert line.x is not None and 0.1 < line.x < 0.2
    assert all("\t" not in text and "\ufffd" not in text for text in texts(raw))


def test_rotated_page_reads_like_the_upright_one(tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(ZH_PDF))
    writer.pages[0].rotate(90)
    path = tmp_path / "rotated.pdf"
    with path.open("wb") as handle:
        writer.write(handle)
    rotated, upright = load(path), load(ZH_PDF)
    assert texts(rotated) == texts(upright)
    ys = [line.y for line in upright.lines]
    assert [line.y for line in rotated.lines] == pytest.approx(ys, abs=0.01)


def test_pdf_in_process_equals_worker() -> None:
    assert load(ZH_PDF, limits=IN_PROCESS) == load(ZH_PDF)


def _encrypted(tmp_path: Path, user: str = "secret", algorithm: str = "RC4-128") -> Path:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(ZH_PDF))
    writer.encrypt(user_password=user, owner_password="owner", algorithm=algorithm)
    path = tmp_path / f"locked-{algorithm}.pdf"
    with path.open("wb") as handle:
        writer.write(handle)
    return path


def test_encrypted_pdf(tmp_path: Path) -> None:
    path = _encrypted(tmp_path)
    missing = load_error(path)
    assert isinstance(missing, PasswordRequired)
    assert missing.code == "password-required"
    assert "--password" in missing.message
    wrong = load_error(path, password="guess")
    assert isinstance(wrong, PasswordRequired)
    assert wrong.code == "password-wrong"
    opened = load(path, password="secret")
    assert texts(opened) == texts(load(ZH_PDF))


def test_aes_encrypted_pdf_opens_with_its_password(tmp_path: Path) -> None:
    pytest.importorskip("cryptography")  # pypdf needs it to write AES
    path = _encrypted(tmp_path, algorithm="AES-256")
    assert load_error(path).code == "password-required"
    assert texts(load(path, password="secret")) == texts(load(ZH_PDF))


def test_pdf_with_only_an_owner_password_needs_none(tmp_path: Path) -> None:
    assert texts(load(_encrypted(tmp_path, user=""))) == texts(load(ZH_PDF))


def test_truncated_pdf(tmp_path: Path) -> None:
    data = ZH_PDF.read_bytes()
    path = tmp_path / "half.pdf"
    path.write_bytes(data[: len(data) // 2])
    error = load_error(path)
    assert error.code == "pdf-corrupt"
    assert "incomplete" in error.message


def test_pdf_with_a_broken_body(tmp_path: Path) -> None:
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.7\n" + os.urandom(5000).replace(b"%%EOF", b"") + b"\n%%EOF\n")
    assert load_error(path).code == "pdf-corrupt"


def test_scanned_pdf_without_text(tmp_path: Path) -> None:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    path = tmp_path / "scan.pdf"
    with path.open("wb") as handle:
        writer.write(handle)
    error = load_error(path)
    assert error.code == "no-text"
    assert "does not do OCR" in error.message


def test_pdf_with_some_empty_pages_warns(tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(ZH_PDF))
    writer.add_blank_page()
    path = tmp_path / "with-scan.pdf"
    with path.open("wb") as handle:
        writer.write(handle)
    raw = load(path)
    assert raw.page_count == 3
    assert raw.warnings == (
        "1 page(s) have no text layer and are left out (pages 3); they may be scanned images.",
    )


def test_pdf_limits() -> None:
    pages = load_error(ZH_PDF, limits=Limits(max_pages=1))
    assert isinstance(pages, LimitExceeded)
    assert pages.code == "too-many-pages"
    assert "2 pages, more than the limit of 1" in pages.message
    chars = load_error(ZH_PDF, limits=Limits(max_chars=500))
    assert isinstance(chars, LimitExceeded)
    assert chars.code == "too-many-chars"
    size = load_error(ZH_PDF, limits=Limits(max_file_size=1000))
    assert isinstance(size, LimitExceeded)
    assert size.code == "too-large"


def test_pdf_timeout_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    def never_answers(*args: object, **kwargs: object) -> None:
        raise WorkerTimeout("no answer")

    monkeypatch.setattr(pdf_loader, "run_in_worker", never_answers)
    error = load_error(ZH_PDF, limits=Limits(pdf_timeout=5))
    assert error.code == "pdf-timeout"
    assert "longer than 5 seconds" in error.message


def test_worker_is_stopped_on_timeout_and_replaced() -> None:
    with pytest.raises(WorkerTimeout):
        run_in_worker("time", "sleep", (30,), timeout=0.5)
    assert run_in_worker("math", "sqrt", (16.0,), timeout=60) == 4.0


def test_worker_memory_budget() -> None:
    with pytest.raises(WorkerOutOfMemory):
        run_in_worker("builtins", "bytearray", (1024**3,), timeout=60, memory=256 * 1024**2)
    assert run_in_worker("math", "sqrt", (4.0,), timeout=60, memory=256 * 1024**2) == 2.0


def test_pdf_memory_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    def out_of_memory(*args: object, **kwargs: object) -> None:
        raise WorkerOutOfMemory()

    monkeypatch.setattr(pdf_loader, "run_in_worker", out_of_memory)
    error = load_error(ZH_PDF, limits=Limits(pdf_memory=512 * 1024**2))
    assert isinstance(error, LimitExceeded)
    assert error.code == "pdf-memory"
    assert "more than 512 MB of memory" in error.message


def test_worker_cancel() -> None:
    with pytest.raises(Cancelled):
        run_in_worker("time", "sleep", (30,), timeout=60, cancel=lambda: True)


def test_worker_crash_is_an_error_not_a_hang() -> None:
    with pytest.raises(WorkerCrashed):
        run_in_worker("os", "_exit", (3,), timeout=60)
    assert run_in_worker("math", "sqrt", (9.0,), timeout=60) == 3.0


@pytest.mark.slow
def test_justified_chinese_has_no_spaces_between_characters(tmp_path: Path) -> None:
    """The URL paragraph of the 2023 report, justified, spreads its line's characters."""
    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice is not installed")
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_fixture", DATA / "make_pdf_fixture.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    out = tmp_path / "zh-full.pdf"
    module.main(["--max-chars", "0", "--out", str(out)])
    raw = load(out)
    # Only the spaces typed in the source remain between two hanzi.
    between_hanzi = re.compile(r"[\u4e00-\u9fff] [\u4e00-\u9fff]")
    source = module.corpus_paragraphs(module.CORPUS / "CCW-MSP-2023-7.zh.txt", 0)
    typed = sum(len(between_hanzi.findall(paragraph)) for paragraph in source)
    assert sum(len(between_hanzi.findall(text)) for text in texts(raw)) == typed
    assert "件。会议文件的所有正式语文本可在《特定常规武器公约》网站 (https://" in texts(raw)


# --- common errors ---------------------------------------------------------------------


def test_missing_file(tmp_path: Path) -> None:
    assert load_error(tmp_path / "gone.pdf").code == "not-found"


def test_folder(tmp_path: Path) -> None:
    error = load_error(tmp_path)
    assert error.code == "is-directory"
    assert "folder" in error.message


@pytest.mark.parametrize("name", ["empty.txt", "empty.pdf", "empty.docx"])
def test_empty_file(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"")
    assert load_error(path).code == "empty"


def test_blank_text_file(tmp_path: Path) -> None:
    path = tmp_path / "blank.txt"
    path.write_bytes(b"  \n\n \r\n")
    assert load_error(path).code == "empty"


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "locked.txt"
    path.write_text("text", encoding="utf-8")
    if os.geteuid() == 0:  # root reads anything: simulate the refusal
        import ccwdiff.core.loaders as loaders

        def refuse(*args: object, **kwargs: object) -> io.BytesIO:
            raise PermissionError(13, "Permission denied")

        monkeypatch.setattr(loaders, "open", refuse, raising=False)
    else:
        path.chmod(0)
    error = load_error(path)
    assert error.code == "unreadable"
    assert "Permission denied" in error.message


@pytest.mark.parametrize("name", ["junk.txt", "junk.pdf", "junk.docx"])
def test_binary_junk(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(bytes(range(256)) * 8)
    error = load_error(path)
    expected = {"junk.txt": "unsupported", "junk.pdf": "pdf-corrupt", "junk.docx": "docx-invalid"}
    assert error.code == expected[name]


@pytest.mark.parametrize(
    ("head", "named"),
    [
        (b"\x89PNG\r\n\x1a\n", "a PNG image"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Word 97-2003 (.doc) file"),
        (b"{\\rtf1\\ansi", "an RTF document"),
    ],
)
def test_other_formats_are_named(tmp_path: Path, head: bytes, named: str) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(head + b"\x00" * 100)
    error = load_error(path)
    assert error.code == "unsupported"
    assert named in error.message


def test_text_named_pdf_is_read_as_text(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_text("1. 会议决定。\n", encoding="utf-8")
    raw = load(path)
    assert raw.format == "txt"
    assert raw.warnings == (
        "This file is named .pdf but contains plain text; it was read as text.",
    )


def test_inputs_are_not_modified(tmp_path: Path) -> None:
    docx_path = make_docx(tmp_path / "report.docx")
    text_path = tmp_path / "report.txt"
    text_path.write_bytes(ZH_SAMPLE.encode("gb18030"))
    pdf_path = tmp_path / "report.pdf"
    shutil.copy(ZH_PDF, pdf_path)
    for path in (docx_path, text_path, pdf_path):
        before = (path.read_bytes(), path.stat().st_mtime_ns)
        path.chmod(stat.S_IRUSR)  # read-only input must still load
        load(path)
        assert (path.read_bytes(), path.stat().st_mtime_ns) == before


def test_pdf_with_broken_font_mapping() -> None:
    """Qt's PDF: tabs for spaces in other libraries, Kangxi radicals, unmapped digits."""
    raw = load(DATA / "zh-qt.pdf")
    assert texts(raw)[:3] == [
        "2023 年 11 月 15 日至 17 日，日内瓦",
        "议程项目 16",
        "审议并通过最后报告",
    ]
    # The year and symbol number have no Unicode in this font: dropped and reported.
    assert "滥杀滥伤作用的常规武器公约》缔约国 2022 年会议在会议最后报告(CCW/MSP//)第 32" in texts(
        raw
    )
    assert raw.warnings == (
        "5 character(s) have no Unicode meaning in this PDF's fonts and were left out; the "
        "text around them may be incomplete.",
    )
    assert not any("\u2f00" <= char <= "\u2fdf" or char == "\t" for char in "".join(texts(raw)))


def test_docx_numbering_matches_the_rendered_pdf() -> None:
    """Labels rebuilt from numbering.xml are those LibreOffice prints for the same file."""
    # The HTML source left a trailing space after "item c": both loaders keep it.
    from_docx = [text.rstrip() for text in texts(load(DATA / "lists.docx"))]
    assert from_docx == [text.rstrip() for text in texts(load(DATA / "lists.pdf"))]
    assert from_docx == [
        "Report",
        "I. Introduction",
        "I. First para",
        "II. Second para",
        "a. item a",
        "b. item b",
        "i. sub i",
        "ii. sub ii",
        "c. item c",
        "III. Third para",
        "II. Organisation",
        "I. Fourth para",
        "• bullet one",
        "• bullet two",
        "5. five",
        "6. six",
    ]


def test_symbol_font_characters_become_ascii(tmp_path: Path) -> None:
    """U+F02A (the footnote asterisk of CCW/GGE.1/2025/WP.1) is "*"; barcodes stay."""
    from ccwdiff.core.document import build_document
    from ccwdiff.core.loaders.symbolfont import symbol_font_to_ascii

    assert symbol_font_to_ascii("Submitted by the Chairperson\uf02a") == (
        "Submitted by the Chairperson*"
    )
    assert symbol_font_to_ascii("\uf0b7 item") == "• item"
    barcode = "\uf02a\uf032\uf034\uf031\uf035\uf035\uf032\uf038\uf02a"
    assert symbol_font_to_ascii(barcode) == barcode

    document = Document()
    paragraph = document.add_paragraph("Submitted by the Chairperson")
    paragraph.add_run()._r.append(
        parse_xml(f'<w:sym {nsdecls("w")} w:font="Symbol" w:char="F02A"/>')
    )
    document.add_paragraph("Report\uf02a of the Group")
    path = tmp_path / "sym.docx"
    document.save(str(path))
    assert texts(load(path)) == ["Submitted by the Chairperson*", "Report* of the Group"]

    # A pdftotext dump carries the character too: the cleaner maps it for every format.
    text_path = tmp_path / "wp1.txt"
    text_path.write_text(
        "CCW/GGE.1/2025/WP.1\n\nWorking paper\n\nSubmitted by the Chairperson\uf02a\n\n"
        "1. The Group met in Geneva.\n",
        encoding="utf-8",
    )
    built = build_document(load(text_path))
    joined = " ".join(block.text for block in built.blocks)
    assert "\uf02a" not in joined
    assert "Chairperson*" in joined


@pytest.mark.parametrize(
    ("docx_name", "reference_name"),
    [
        ("zh/CCW-MSP-2023-7.zh.docx", "zh/CCW-MSP-2023-7.zh.pdf"),
        ("zh/CCW-MSP-2022-7.zh.docx", "zh/CCW-MSP-2022-7.zh.pdf"),
        ("en/report-new.docx", "en/report-new.txt"),
        ("en/report-old.docx", "en/report-old.txt"),
    ],
)
def test_docx_title_table_reads_like_the_printed_title_block(
    docx_name: str, reference_name: str
) -> None:
    """Each title-table unit is a block; hanzi across a w:br are joined without a space."""
    from ccwdiff.core.document import build_document

    data = Path(__file__).resolve().parent.parent / "data"
    docx_doc = build_document(load(data / docx_name))
    reference = build_document(load(data / reference_name))

    def titles(document: object) -> list[str]:
        return [block.text for block in document.blocks if block.kind == "title"]  # type: ignore[attr-defined]

    assert titles(docx_doc) == titles(reference)
    assert docx_doc.symbol == reference.symbol
    assert len(docx_doc.blocks) == len(reference.blocks)
    assert not any("伤害力 或" in block.text for block in docx_doc.blocks)


def test_docx_line_breaks_between_hanzi_add_no_space(tmp_path: Path) -> None:
    document = Document()
    run = document.add_paragraph().add_run("《禁止或限制使用某些可被认为具有过分伤害力")
    run.add_break()
    run.add_text("或滥杀滥伤作用的常规武器公约》")
    run = document.add_paragraph().add_run("Agenda item 7")
    run.add_break()
    run.add_text("Adoption of the report")
    path = tmp_path / "breaks.docx"
    document.save(str(path))
    assert texts(load(path)) == [
        "《禁止或限制使用某些可被认为具有过分伤害力或滥杀滥伤作用的常规武器公约》",
        "Agenda item 7 Adoption of the report",
    ]
