"""Citations: how a reader refers to a block ("2022 ¶32 → 2023 ¶20")."""

from __future__ import annotations

from ccwdiff.core.cite import Labeller, document_year, find_block
from ccwdiff.core.document import build_document
from ccwdiff.core.model import Block, Document

from .rawtext import corpus_raw


def _doc(blocks: list[Block], symbol: str | None = "CCW/MSP/2022/7") -> Document:
    return Document(path="x", format="txt", language="zh", symbol=symbol, blocks=tuple(blocks))


def test_paragraphs_bullets_items_and_headings() -> None:
    doc = _doc(
        [
            Block("b1", "heading", "四.", None, "结论和建议"),
            Block("b2", "paragraph", "32.", "b1", "会议决定："),
            Block("b3", "bullet", "•", "b2", "甲"),
            Block("b4", "bullet", "•", "b2", "乙"),
            Block("b5", "paragraph", "37.", "b1", "会议决定："),
            Block("b6", "item", "(a)", "b5", "丙"),
            Block("b7", "title", None, None, "审议并通过最后报告"),
        ]
    )
    labels = Labeller(doc)
    assert [labels.ref(f"b{i}") for i in range(1, 8)] == [
        "四.",
        "¶32",
        "¶32 •1",
        "¶32 •2",
        "¶37",
        "¶37(a)",
        "“审议并通过最后报告”",
    ]
    assert labels.paragraph_ref("b4") == "¶32"
    assert labels.ref("missing") == ""


def test_report_year_comes_from_the_symbol_then_the_date() -> None:
    assert document_year(_doc([], "CCW/MSP/2022/7")) == "2022"
    assert document_year(_doc([], "CCW/GGE.1/2025/WP.9")) == "2025"
    undated = _doc([], None)
    assert document_year(undated) is None


def test_a_footnote_is_cited_as_a_footnote_not_as_a_paragraph() -> None:
    doc = _doc(
        [
            Block("b1", "heading", "II.", None, "Organization"),
            Block("b2", "paragraph", "4.", "b1", "The Group adopted its agenda.1"),
            Block("b3", "footnote", "1", None, "CCW/GGE.1/2019/1."),
            Block("b4", "paragraph", "1.", "b1", "Paragraph one."),
            Block("b5", "footnote", "*", None, "Submitted by the Chairperson."),
            Block("b6", "footnote", None, None, "Reissued for technical reasons."),
        ]
    )
    labels = Labeller(doc)
    assert labels.ref("b3") == "fn. 1"
    assert labels.paragraph_ref("b3") == "fn. 1"
    assert labels.ref("b4") == "¶1"
    assert labels.ref("b5") == "fn. *"
    assert labels.ref("b6") == "fn. “Reissued for…”"
    # Paragraph 1 and footnote 1 are two things a reader can name apart.
    assert find_block(doc, "1") == find_block(doc, "¶1") == "b4"
    for name in ("fn. 1", "fn1", "FN 1", "footnote 1", "note 1", "n. 1", "脚注1", "注 1"):
        assert find_block(doc, name) == "b3", name
    assert find_block(doc, "fn. *") == "b5"


def test_footnotes_of_a_real_report_are_footnotes() -> None:
    doc = build_document(corpus_raw("CCW-GGE.1-2019-3.en.txt"))
    footnotes = [block for block in doc.blocks if block.kind == "footnote"]
    labels = Labeller(doc)
    assert [labels.ref(block.id) for block in footnotes] == ["fn. 1", "fn. 2", "fn. 3", "fn. 4"]
    assert footnotes[0].text == "CCW/GGE.1/2019/1."
    # "I. 1" is the report's first paragraph, not also its first footnote, nor the
    # unnumbered paragraphs of the decision it quotes.
    assert doc.block(find_block(doc, "I. 1")).text.startswith("The 2018 Meeting")
    assert doc.block(find_block(doc, "fn. 1")).text == "CCW/GGE.1/2019/1."
