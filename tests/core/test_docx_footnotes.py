"""Word footnotes: marks numbered as Word shows them, footnotes as blocks of their own."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from hypothesis import given, settings
from hypothesis import strategies as st

from ccwdiff.core.cite import Labeller
from ccwdiff.core.compare import compare_files
from ccwdiff.core.document import build_document
from ccwdiff.core.loaders import load

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
_MARK = re.compile(r"\{(\*?)(\d+)\}")


def _reference(note: str, custom: bool) -> str:
    follows = ' w:customMarkFollows="1"' if custom else ""
    return (
        f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
        f'<w:footnoteReference{follows} w:id="{note}"/></w:r>'
    )


def _fill(paragraph: object, text: str) -> None:
    """Runs of ``text``; "{3}" is a reference to footnote 3, "{*4}" one with a custom mark "*"."""
    at = 0
    for match in _MARK.finditer(text):
        if match.start() > at:
            paragraph.add_run(text[at : match.start()])  # type: ignore[attr-defined]
        custom = bool(match.group(1))
        paragraph._p.append(parse_xml(_reference(match.group(2), custom)))  # type: ignore[attr-defined]
        if custom:
            paragraph.add_run("*")  # type: ignore[attr-defined]
        at = match.end()
    if at < len(text):
        paragraph.add_run(text[at:])  # type: ignore[attr-defined]


def make_footnoted_docx(path: Path, body: list[str | list[str]], notes: dict[int, str]) -> Path:
    """A DOCX whose paragraphs (a list: a table row) refer to ``notes`` as Word does.

    The footnote part, its relationship and its content type are written as Word writes
    them, with the two separator footnotes (ids -1 and 0) first.
    """
    document = Document()
    for item in body:
        if isinstance(item, list):
            table = document.add_table(rows=1, cols=len(item))
            for cell, text in zip(table.rows[0].cells, item, strict=True):
                _fill(cell.paragraphs[0], text)
        else:
            _fill(document.add_paragraph(), item)
    document.save(str(path))
    footnotes = [
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
        "</w:footnote>",
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r>'
        "<w:continuationSeparator/></w:r></w:p></w:footnote>",
    ]
    for note, text in notes.items():
        mark = "" if text.startswith("*") else "<w:r><w:footnoteRef/></w:r><w:r><w:t> </w:t></w:r>"
        footnotes.append(
            f'<w:footnote w:id="{note}"><w:p>{mark}<w:r><w:t xml:space="preserve">'
            f"{escape(text)}</w:t></w:r></w:p></w:footnote>"
        )
    part = f'<w:footnotes xmlns:w="{_W}">{"".join(footnotes)}</w:footnotes>'
    with zipfile.ZipFile(path) as source:
        files = {name: source.read(name) for name in source.namelist()}
    files["word/footnotes.xml"] = part.encode()
    rels = files["word/_rels/document.xml.rels"].decode()
    files["word/_rels/document.xml.rels"] = rels.replace(
        "</Relationships>",
        f'<Relationship Id="rIdNotes" Type="{_REL}" Target="footnotes.xml"/></Relationships>',
    ).encode()
    types = files["[Content_Types].xml"].decode()
    files["[Content_Types].xml"] = types.replace(
        "</Types>", f'<Override PartName="/word/footnotes.xml" ContentType="{_TYPE}"/></Types>'
    ).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in files.items():
            target.writestr(name, data)
    return path


def test_marks_are_numbered_and_footnotes_follow_their_paragraph(tmp_path: Path) -> None:
    path = make_footnoted_docx(
        tmp_path / "notes.docx",
        [
            "Report of the Group{*7}",
            "1. The Group adopted its agenda,{5} as orally amended.",
            "2. The Group recalled its agenda{5} and the rules of procedure.{9}",
            ["CCW/GGE.1/2023/1", "Provisional agenda{12}"],
            "3. No footnote here.",
        ],
        {
            5: "CCW/GGE.1/2023/1.",
            7: "* Reissued for technical reasons.",
            9: "CCW/CONF.VI/11, annex III.",
            12: "Submitted by the Chairperson.",
            13: "Never referred to.",
        },
    )
    raw = load(str(path))
    lines = [(line.text, line.footnote) for line in raw.lines]
    assert lines == [
        ("Report of the Group*", False),
        ("* Reissued for technical reasons.", True),
        ("1. The Group adopted its agenda,1 as orally amended.", False),
        ("1 CCW/GGE.1/2023/1.", True),
        # A second reference to footnote 5 shows its number again; the footnote is given once.
        ("2. The Group recalled its agenda1 and the rules of procedure.2", False),
        ("2 CCW/CONF.VI/11, annex III.", True),
        ("CCW/GGE.1/2023/1  Provisional agenda3", False),
        ("3 Submitted by the Chairperson.", True),
        ("3. No footnote here.", False),
    ]
    document = build_document(raw)
    labels = Labeller(document)
    footnotes = [block for block in document.blocks if block.kind == "footnote"]
    assert [(labels.ref(block.id), block.text) for block in footnotes] == [
        ("fn. *", "Reissued for technical reasons."),
        ("fn. 1", "CCW/GGE.1/2023/1."),
        ("fn. 2", "CCW/CONF.VI/11, annex III."),
        ("fn. 3", "Submitted by the Chairperson."),
    ]
    # The paragraphs are whole, numbered as before, with their marks in place.
    paragraphs = [block for block in document.blocks if block.kind == "paragraph"]
    assert [block.label for block in paragraphs] == ["1.", "2.", "3."]
    assert paragraphs[1].text.endswith("rules of procedure.2")


def test_a_footnote_inserted_in_word_renumbers_the_rest_without_a_mandate_change(
    tmp_path: Path,
) -> None:
    decided = "The Meeting decided that the Group shall intensify the consideration of proposals."
    days = "The Meeting decided that the Group shall meet for {} days in 2023."
    old = make_footnoted_docx(
        tmp_path / "old.docx",
        [
            "I. Organization of the session",
            "1. The Group met and adopted its agenda,{1} as orally amended.",
            f"2. {decided}{{2}}",
            f"3. {days.format('ten')}{{3}}",
        ],
        {1: "CCW/GGE.1/2022/1.", 2: "CCW/MSP/2022/7, paragraph 32.", 3: "CCW/MSP/2022/5."},
    )
    new = make_footnoted_docx(
        tmp_path / "new.docx",
        [
            "I. Organization of the session",
            "1. The Chairperson opened the session and recalled previous sessions.{4}",
            "2. The Group met and adopted its agenda,{1} as orally amended.",
            f"3. {decided}{{2}}",
            f"4. {days.format('fifteen')}{{3}}",
        ],
        {
            1: "CCW/GGE.1/2022/1.",
            2: "CCW/MSP/2022/7, paragraph 32.",
            3: "CCW/MSP/2022/5.",
            4: "CCW/GGE.1/2022/2, paragraphs 1 to 5.",
        },
    )
    comparison = compare_files(old, new)
    ref = Labeller(comparison.new).ref
    tags = {ref(pair.new): pair.tags for pair in comparison.pairs if pair.new}
    assert tags["¶2"] == tags["¶3"] == ("routine", "renumbered")
    assert tags["fn. 2"] == tags["fn. 3"] == tags["fn. 4"] == ("renumbered",)
    assert [ref(change.new) for change in comparison.mandate if change.new] == ["¶4"]
    (change,) = comparison.mandate
    assert (change.removed, change.added) == (("ten",), ("fifteen",))


def test_a_docx_without_footnotes_reads_as_before(tmp_path: Path) -> None:
    path = make_footnoted_docx(tmp_path / "plain.docx", ["1. Text{8}."], {})
    # A reference to a footnote the package does not have shows nothing, as Word does.
    assert [line.text for line in load(str(path)).lines] == ["1. Text."]


def test_the_same_report_as_docx_and_as_text_reads_the_same(tmp_path: Path) -> None:
    # Word gives each footnote after its paragraph, a PDF's text at the foot of the page:
    # footnotes are aligned among themselves, so where they fall changes nothing.
    docx = make_footnoted_docx(
        tmp_path / "report.docx",
        [
            "I. Organization of the session",
            "1. The Group met and adopted its agenda,{1} as orally amended.",
            "2. The Meeting decided that the Group shall intensify its work.{2}",
            "3. The Group thanked the secretariat for its support.",
        ],
        {1: "CCW/GGE.1/2022/1.", 2: "CCW/MSP/2022/7, paragraph 32."},
    )
    text = tmp_path / "report.txt"
    text.write_text(
        "I.   Organization of the session\n\n"
        "1.   The Group met and adopted its agenda,1 as orally amended.\n\n"
        "2.   The Meeting decided that the Group shall intensify its work.2\n\n"
        "3.   The Group thanked the secretariat for its support.\n\n"
        "     1 CCW/GGE.1/2022/1.\n"
        "     2 CCW/MSP/2022/7, paragraph 32.\n",
        encoding="utf-8",
    )
    for old, new in ((docx, text), (text, docx)):
        comparison = compare_files(old, new)
        assert {pair.status for pair in comparison.pairs} == {"unchanged"}
        assert len(comparison.pairs) == 6


def test_a_damaged_footnote_part_leaves_the_body_readable(tmp_path: Path) -> None:
    path = make_footnoted_docx(tmp_path / "damaged.docx", ["1. Text{1}."], {1: "A note."})
    with zipfile.ZipFile(path) as source:
        files = {name: source.read(name) for name in source.namelist()}
    files["word/footnotes.xml"] = f'<w:footnotes xmlns:w="{_W}"><w:footnote w:id="1"><w:p>'.encode()
    with zipfile.ZipFile(path, "w") as target:
        for name, data in files.items():
            target.writestr(name, data)
    assert [line.text for line in load(str(path)).lines] == ["1. Text."]


def test_a_mark_in_the_title_block_counts_too(tmp_path: Path) -> None:
    path = make_footnoted_docx(
        tmp_path / "title.docx",
        [["Report of the Group of Governmental Experts{3}", "CCW/GGE.1/2023/2"], "1. Text.{4}"],
        {3: "Advance version.", 4: "CCW/GGE.1/2023/1."},
    )
    lines = [(line.text, line.footnote) for line in load(str(path)).lines]
    assert ("1 Advance version.", True) in lines
    assert ("1. Text.2", False) in lines and ("2 CCW/GGE.1/2023/1.", True) in lines


@settings(max_examples=25, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(["The Group met", "会议决定", "Text (a)"]), st.integers(1, 6)),
        min_size=1,
        max_size=6,
    )
)
def test_marks_count_the_first_references_in_order(
    tmp_path_factory: pytest.TempPathFactory, body: list[tuple[str, int]]
) -> None:
    # Whatever the ids and their order, Word numbers footnotes 1, 2, 3... as first met,
    # a mark shows its footnote's number again, and each footnote is given once, after
    # the paragraph that first refers to it.
    path = make_footnoted_docx(
        tmp_path_factory.mktemp("notes") / "notes.docx",
        [f"{text}{{{note}}} here." for text, note in body],
        {note: f"Note with id {note}." for note in range(1, 7)},
    )
    lines = load(str(path)).lines
    order = list(dict.fromkeys(note for _text, note in body))
    number = {note: position + 1 for position, note in enumerate(order)}
    expected: list[tuple[str, bool]] = []
    given_once: set[int] = set()
    for text, note in body:
        expected.append((f"{text}{number[note]} here.", False))
        if note not in given_once:
            given_once.add(note)
            expected.append((f"{number[note]} Note with id {note}.", True))
    assert [(line.text, line.footnote) for line in lines] == expected
