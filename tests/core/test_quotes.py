"""Quotations of the OLD report checked word for word."""

from __future__ import annotations

from ccwdiff.core.classify import classify
from ccwdiff.core.model import Document
from ccwdiff.core.quotes import check_quotations, find_paragraph, quotation_matches
from ccwdiff.core.vocabulary import load_vocabulary
from tests.core.mandate_fixtures import (
    EN_MANDATE_2023,
    ZH_MANDATE_2022,
    make_comparison,
    make_document,
)

ZH = load_vocabulary("zh")
EN = load_vocabulary("en")

RECALL = (
    "会议忆及，2022 年 11 月 16 日至 18 日在日内瓦举行的《禁止或限制使用某些可被认为具有过分伤害力"
    "或滥杀滥伤作用的常规武器公约》缔约国 2022 年会议在最后报告(CCW/MSP/2022/7)第 32 段中决定："
)


def old_2022() -> Document:
    return make_document(
        [
            ("o1", "paragraph", "1.", None, "会议举行了四次全体会议。"),
            ("o32", "paragraph", "32.", None, "会议决定："),
        ]
        + [(f"o32b{n}", "bullet", "•", "o32", text) for n, text in enumerate(ZH_MANDATE_2022, 1)]
        + [
            (
                "o35",
                "paragraph",
                "35.",
                None,
                "缔约方还决定继续监测《特定常规武器公约》的财务状况。",
            ),
            ("ann", "annex", "附件一", None, "临时议程"),
            ("a32", "paragraph", "32.", "ann", "会议闭幕"),
        ],
        symbol="CCW/MSP/2022/7",
    )


def new_2023(bullets: tuple[str, ...]) -> Document:
    quoted = list(bullets)
    quoted[0] = "“" + quoted[0]
    quoted[-1] = quoted[-1] + "”"
    return make_document(
        [("n18", "paragraph", "18.", None, RECALL)]
        + [(f"n18b{n}", "bullet", "•", "n18", text) for n, text in enumerate(quoted, 1)]
        + [
            (
                "n2",
                "paragraph",
                "2.",
                None,
                "《特定常规武器公约》缔约方 2022 年会议还决定继续监测《特定常规武器公约》的财务状况"
                "(CCW/MSP/2022/7, 第 35 段)。",
            ),
            ("n3", "paragraph", "3.", None, "会议还决定组织一次会议(CCW/MSP/2022/7, 第 99 段)。"),
            ("n4", "paragraph", "4.", None, "会议注意到(CCW/MSP/2021/7, 第 35 段)。"),
        ],
        symbol="CCW/MSP/2023/7",
    )


def test_find_paragraph_prefers_the_body_over_an_annex() -> None:
    block = find_paragraph(old_2022(), "32")
    assert block is not None and block.id == "o32"
    assert find_paragraph(old_2022(), "99") is None


def test_quotation_of_the_old_decision_matches() -> None:
    findings = check_quotations(old_2022(), new_2023(ZH_MANDATE_2022), ZH)
    by_block = {finding.block: finding for finding in findings}
    assert by_block["n18"].code == "quote-match"
    assert by_block["n18"].detail == {
        "cites": "CCW/MSP/2022/7",
        "paragraph": "32",
        "old": "o32",
        "form": "quoted",
    }
    # Cited in paraphrase (no quote marks): a citation, never a quotation (mis)match.
    assert by_block["n2"].code == "citation"
    assert by_block["n2"].detail["form"] == "reported"
    assert by_block["n2"].detail["old"] == "o35"
    # A paragraph the OLD report does not have, and a citation of another report.
    assert by_block["n3"].code == "quote-unresolved"
    assert "n4" not in by_block


def test_misquotation_is_a_finding_with_the_word_diff() -> None:
    altered = (ZH_MANDATE_2022[0].replace("加紧审议", "审议"), *ZH_MANDATE_2022[1:])
    findings = check_quotations(old_2022(), new_2023(altered), ZH)
    finding = next(finding for finding in findings if finding.block == "n18")
    assert finding.code == "quote-mismatch"
    ops = finding.detail["ops"]
    assert ["-", "加紧"] in ops
    assert all(op in ("=", "-", "+") for op, _text in ops)  # type: ignore[misc]


def test_quoted_decision_is_not_a_mandate_change_of_the_new_report() -> None:
    old = old_2022()
    new = new_2023(ZH_MANDATE_2022)
    links = [(None, "n18")] + [(None, f"n18b{n}") for n in range(1, 5)]
    result = classify(make_comparison(old, new, links))
    assert result.mandate == ()
    assert {pair.tags for pair in result.pairs} == {("substantive",)}
    assert any(finding.code == "quote-match" for finding in result.findings)


def test_english_citation_after_a_quotation_with_an_excerpt() -> None:
    old = make_document(
        [
            ("o20", "paragraph", "20.", None, "The Meeting decided:"),
            ("o20b1", "bullet", "•", "o20", EN_MANDATE_2023.strip("“”")),
            (
                "o20b2",
                "bullet",
                "•",
                "o20",
                "The Group will be chaired by a representative of the Eastern European Group.",
            ),
        ],
        language="en",
        symbol="CCW/MSP/2023/7",
    )
    quote = (
        "The Group’s mandate was decided by the 2023 Meeting of the High Contracting Parties. "
        "The Meeting decided as follows: " + EN_MANDATE_2023 + " (CCW/MSP/2023/7, paragraph 20)."
    )
    new = make_document(
        [("n2", "paragraph", "2.", None, quote)], language="en", symbol="CCW/GGE.1/2025/WP.1"
    )
    (finding,) = check_quotations(old, new, EN)
    assert finding.code == "quote-match"
    assert finding.detail["paragraph"] == "20"
    assert finding.detail["old"] == "o20"


def test_ellipsis_skips_text_in_order() -> None:
    source = (
        "To organize in 2023 the following activities: (a) a meeting; (b) the Group for ten days."
    )
    assert quotation_matches(
        "“To organize in 2023 the following activities: (…) (b) the Group for ten days.”",
        source,
        EN,
    )
    assert not quotation_matches(
        "“(b) the Group for ten days. (…) To organize in 2023”", source, EN
    )


def test_paraphrased_citations_of_the_sample_pair_are_not_quotations() -> None:
    """New ¶2/3/4/6 cite old ¶35/37/38/39 in paraphrase; only ¶1 and ¶18 quote old ¶32."""
    from ccwdiff.core.compare import compare_files
    from ccwdiff.resources import sample_pair

    result = compare_files(*sample_pair())
    labels = {block.id: block.label for block in result.new.blocks}
    old_labels = {block.id: block.label for block in result.old.blocks}
    quotes = {
        (labels[f.block or ""], f.code, f.detail["paragraph"])
        for f in result.findings
        if f.code.startswith("quote-")
    }
    assert quotes == {("1.", "quote-match", "32"), ("18.", "quote-match", "32")}
    citations = {
        labels[f.block or ""]: old_labels[str(f.detail["old"])]
        for f in result.findings
        if f.code == "citation"
    }
    assert citations == {"2.": "35.", "3.": "37.", "4.": "38.", "6.": "39."}
