"""Properties of the whole engine on arbitrary Unicode: cleaning, structure, alignment, diff.

Whatever text a loader hands over (mixed scripts, right-to-left text, control and
format characters, very long lines, no line breaks at all, PDF-like positions or
DOCX-like paragraphs), ``build_document`` then ``compare_documents``:

- raise nothing;
- put every block of each side in exactly one pair;
- give ops whose ``=``/``-`` texts rebuild the old block and ``=``/``+`` the new one;
- compare a document with itself as all unchanged;
- and the result serialises to JSON and renders as the terminal report.

Blocks are built here with ``RawDocument``/``SourceLine`` directly: no loader, no file.
The last property goes through the loaders: a real PDF, DOCX or text file cut short
and with bytes changed, under any extension, loads (and then compares soundly) or
raises a ``LoaderError`` with a sentence; no other exception escapes.
"""

from __future__ import annotations

import json
import random
import tempfile
from collections.abc import Sequence
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ccwdiff.core.compare import compare_documents
from ccwdiff.core.document import build_document
from ccwdiff.core.errors import LoaderError
from ccwdiff.core.loaders import Limits, load
from ccwdiff.core.model import Comparison, Document, RawDocument, SourceFormat, SourceLine
from ccwdiff.core.serialize import to_dict
from ccwdiff.textreport import render_text

# Pieces of text from many scripts, labels the structure parser reacts to, and the
# characters most likely to upset a text pipeline.
_SCRIPTS = [
    "The Meeting decided",
    "to continue its work",
    "会议决定",
    "继续监测公约的财务状况",
    "《公约》",
    "，",
    "。",
    "قرر الاجتماع",  # Arabic, right to left
    "הפגישה החליטה",  # Hebrew, right to left
    "Совещание постановило",
    "La Réunion a décidé",
    "बैठक",  # Devanagari with combining vowel signs
    "e\u0301",  # e + combining acute
    "\U0001f600",  # an emoji outside the BMP
    "\U00020000",  # CJK extension B
    "١٢٣",  # Arabic-Indic digits
    "２０２３年",  # full-width digits
    "CCW/MSP/2023/7",
    "GE.23-23130",
    "https://example.org/a-b",
]
_LABELS = [
    "1. ",
    "12. ",
    "(a) ",
    "(iv) ",
    "一. ",
    "二、",
    "A. ",
    "I. ",
    "• ",
    "- ",
    "附件一",
    "Annex II",
]
_ODD = [
    "\x00",
    "\x07",
    "\x1b[31m",
    "\x7f",
    "\x85",
    "\t",
    "\r",
    "\x0b",
    "\x0c",
    "\u00ad",  # soft hyphen
    "\u200b",  # zero-width space
    "\u200d",  # zero-width joiner
    "\u200e",
    "\u200f",  # LRM/RLM
    "\u202e",  # right-to-left override
    "\u2066",
    "\u2069",  # isolates
    "\u2028",
    "\u2029",  # line and paragraph separators
    "\u3000",  # ideographic space
    "\ufeff",  # BOM inside text
    "\ufffd",
    "\ufffe",
    "\ue000",  # private use
    "-",
    " ",
    "  ",
]
_PIECE = st.one_of(
    st.sampled_from(_SCRIPTS),
    st.sampled_from(_LABELS),
    st.sampled_from(_ODD),
    st.text(max_size=8),  # anything at all (hypothesis never draws lone surrogates)
)
_LINE = st.lists(_PIECE, max_size=12).map("".join)
_LINES = st.lists(_LINE, max_size=25)


@st.composite
def raw_documents(draw: st.DrawFn, lines: st.SearchStrategy[list[str]] = _LINES) -> RawDocument:
    """A RawDocument as any loader might make it: txt, PDF-like or DOCX-like."""
    texts = draw(lines)
    kind = draw(st.sampled_from(["txt", "pdf", "docx"]))
    fmt: SourceFormat = kind  # type: ignore[assignment]
    pages = draw(st.integers(min_value=1, max_value=3))
    source_lines = []
    for index, text in enumerate(texts):
        page = 1 + index * pages // max(1, len(texts))
        if kind == "pdf":
            position = draw(st.floats(min_value=0.0, max_value=1.0))
            indent = draw(st.floats(min_value=0.0, max_value=1.0))
            size = draw(st.sampled_from([None, 9.0, 10.0, 12.0, 16.0]))
            source_lines.append(SourceLine(text, page=page, y=position, x=indent, size=size))
        else:
            source_lines.append(SourceLine(text, page=page if kind == "txt" else 0))
    return RawDocument(
        path=f"side.{kind}",
        format=fmt,
        lines=tuple(source_lines),
        page_count=pages if kind != "docx" else 0,
        paragraph_lines=kind == "docx",
    )


def assert_sound(comparison: Comparison) -> None:
    """Every block in exactly one pair; the ops rebuild both texts; output renders."""
    for document, side, keep in ((comparison.old, "old", "-"), (comparison.new, "new", "+")):
        ids = [block.id for block in document.blocks]
        assert len(set(ids)) == len(ids)
        paired = [getattr(pair, side) for pair in comparison.pairs]
        assert sorted(i for i in paired if i is not None) == sorted(ids)
        texts = {block.id: block.text for block in document.blocks}
        for pair in comparison.pairs:
            block_id = getattr(pair, side)
            rebuilt = "".join(op.text for op in pair.ops if op.op in ("=", keep))
            assert rebuilt == (texts[block_id] if block_id is not None else "")
    for pair in comparison.pairs:
        assert pair.old is not None or pair.new is not None
        assert all(op.text for op in pair.ops)  # no empty operations
    json.dumps(to_dict(comparison), ensure_ascii=False)
    render_text(comparison, show_all=True)


def compare_raw(old: RawDocument, new: RawDocument) -> Comparison:
    return compare_documents(build_document(old), build_document(new))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(raw_documents(), raw_documents())
def test_any_two_documents_compare_soundly(old: RawDocument, new: RawDocument) -> None:
    assert_sound(compare_raw(old, new))


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(raw_documents(), st.data())
def test_an_edited_copy_compares_soundly(old: RawDocument, data: st.DataObject) -> None:
    """NEW shares most lines with OLD (as successive reports do), a few edited."""
    lines = list(old.lines)
    for _ in range(data.draw(st.integers(min_value=0, max_value=4))):
        if not lines:
            break
        index = data.draw(st.integers(min_value=0, max_value=len(lines) - 1))
        action = data.draw(st.sampled_from(["edit", "drop", "insert"]))
        if action == "edit":
            extra = data.draw(_LINE)
            lines[index] = SourceLine(lines[index].text + extra, page=lines[index].page)
        elif action == "drop":
            del lines[index]
        else:
            lines.insert(index, SourceLine(data.draw(_LINE), page=lines[index].page))
    new = RawDocument(
        path="new.txt",
        format=old.format,
        lines=tuple(lines),
        page_count=old.page_count,
        paragraph_lines=old.paragraph_lines,
    )
    assert_sound(compare_raw(old, new))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(raw_documents())
def test_a_document_compared_with_itself_is_unchanged(raw: RawDocument) -> None:
    document = build_document(raw)
    comparison = compare_documents(document, document)
    assert_sound(comparison)
    assert [pair.old for pair in comparison.pairs] == [b.id for b in document.blocks]
    assert all(pair.old == pair.new and pair.status == "unchanged" for pair in comparison.pairs)


def _single_line(text: str, fmt: SourceFormat = "txt") -> RawDocument:
    return RawDocument(path=f"one.{fmt}", format=fmt, lines=(SourceLine(text, page=1),))


@st.composite
def long_lines(draw: st.DrawFn) -> str:
    """Thousands of characters without a line break, from a few drawn pieces."""
    pieces = draw(st.lists(_PIECE, min_size=3, max_size=30))
    length = draw(st.integers(min_value=2_000, max_value=30_000))
    # A seeded generator, not st.randoms(): each of its calls would cost entropy.
    rng = random.Random(draw(st.integers(min_value=0, max_value=2**32)))
    parts: list[str] = []
    total = 0
    while total < length and any(pieces):
        piece = rng.choice(pieces)
        parts.append(piece)
        total += len(piece)
    return "".join(parts)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(long_lines(), long_lines())
def test_very_long_lines_without_line_breaks(old: str, new: str) -> None:
    """A whole report on one line (a bad export, a PDF without line ends)."""
    assert_sound(compare_raw(_single_line(old), _single_line(new)))
    assert_sound(compare_raw(_single_line(old), _single_line(old + new)))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(min_size=1, max_size=3000), st.text(min_size=1, max_size=3000))
def test_arbitrary_text_in_one_line(old: str, new: str) -> None:
    assert_sound(compare_raw(_single_line(old, "docx"), _single_line(new, "pdf")))


RTL = ["قرر الاجتماع مواصلة العمل.", "١. يقرر", "הפגישה החליטה להמשיך.", "\u202bمرحبا\u202c"]


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.sampled_from([*RTL, *_LABELS, "1. Decides", "\u200f"]), max_size=15),
    st.lists(st.sampled_from([*RTL, *_LABELS, "1. Decides", "\u200f"]), max_size=15),
)
def test_right_to_left_reports(old: Sequence[str], new: Sequence[str]) -> None:
    def raw(lines: Sequence[str]) -> RawDocument:
        return RawDocument(
            path="ar.txt", format="txt", lines=tuple(SourceLine(t, page=1) for t in lines)
        )

    assert_sound(compare_raw(raw(old), raw(new)))


def test_empty_documents_compare_soundly() -> None:
    """A loader refuses empty files, but the engine must not depend on it."""
    nothing = RawDocument(path="none.txt", format="txt", lines=())
    blank = RawDocument(path="blank.txt", format="txt", lines=(SourceLine("  \t"),))
    for old in (nothing, blank):
        for new in (nothing, blank):
            comparison = compare_raw(old, new)
            assert_sound(comparison)
            assert isinstance(comparison.old, Document)


# -- loaders: damaged bytes of every format give a RawDocument or a LoaderError ------------------

_DATA = Path(__file__).resolve().parents[1] / "data"
_SEEDS = {
    "pdf": (_DATA / "loaders" / "zh-2pages.pdf").read_bytes(),
    "docx": (_DATA / "zh" / "CCW-MSP-2022-7.zh.docx").read_bytes(),
    "gb18030": (_DATA / "zh" / "CCW-MSP-2022-7.gb18030.txt").read_bytes()[:3000],
    "utf16": (_DATA / "zh" / "CCW-MSP-2022-7.utf16.txt").read_bytes()[:3000],
    "utf8": "1. 会议决定 The Meeting decided قرر\n(a) Совещание\n".encode() * 20,
}


@st.composite
def damaged_files(draw: st.DrawFn) -> tuple[bytes, str]:
    """A real file of some format, cut short and with a few bytes changed, and a name."""
    seed = draw(st.sampled_from(sorted(_SEEDS)))
    data = bytearray(
        draw(st.binary(max_size=3000)) if draw(st.booleans()) and seed == "utf8" else _SEEDS[seed]
    )
    if draw(st.booleans()):
        del data[draw(st.integers(min_value=0, max_value=len(data))) :]
    for _ in range(draw(st.integers(min_value=0, max_value=8))):
        if not data:
            break
        data[draw(st.integers(min_value=0, max_value=len(data) - 1))] = draw(
            st.integers(min_value=0, max_value=255)
        )
    if seed == "pdf" and draw(st.booleans()):
        data += b"\n%%EOF\n"  # past the truncation check, into PDFium itself
    suffix = draw(st.sampled_from([".pdf", ".docx", ".txt", ".md", ""]))
    return bytes(data), suffix


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(damaged_files())
def test_damaged_files_load_or_give_a_loader_error(case: tuple[bytes, str]) -> None:
    data, suffix = case
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"report{suffix}"
        path.write_bytes(data)
        try:
            raw = load(path, limits=Limits(pdf_timeout=30))
        except LoaderError as error:
            assert error.path == str(path)
            assert error.message.endswith(".")
        else:
            assert raw.lines
            assert_sound(compare_raw(raw, raw))
