"""Citations: how a reader refers to a block ("2022 ¶32 → 2023 ¶20")."""

from __future__ import annotations

from ccwdiff.core.cite import Labeller, document_year
from ccwdiff.core.model import Block, Document


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
