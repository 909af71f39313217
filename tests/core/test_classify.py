"""Tags on every pair, and classify() as a pure, deterministic function."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from ccwdiff.core.cite import Labeller
from ccwdiff.core.classify import classify
from ccwdiff.core.compare import compare_documents, compare_files
from ccwdiff.core.document import build_document
from ccwdiff.core.model import Block, Document, Pair, WordOp
from ccwdiff.core.serialize import to_dict
from ccwdiff.core.worddiff import diff_words
from ccwdiff.resources import sample_pair
from tests.core.mandate_fixtures import (
    make_comparison,
    make_document,
    zh_mandate_comparison,
)
from tests.core.rawtext import raw_from_text


def tags_of(
    old_text: str,
    new_text: str,
    *,
    old_label: str = "1.",
    new_label: str = "1.",
    language: str = "zh",
) -> tuple[str, ...]:
    old = make_document([("o", "paragraph", old_label, None, old_text)], language=language)
    new = make_document([("n", "paragraph", new_label, None, new_text)], language=language)
    return classify(make_comparison(old, new, [("o", "n")])).pairs[0].tags


def test_tags_by_kind_of_change() -> None:
    assert tags_of("会议举行了两次全体会议。", "会议举行了两次全体会议。") == ()
    assert tags_of("会议举行了两次全体会议。", "会议举行了两次全体会议。", new_label="2.") == (
        "renumbered",
    )
    assert tags_of("会议于 2022 年举行。", "会议于 2023 年举行。") == ("routine",)
    assert tags_of("会议举行了四次全体会议。", "会议举行了两次全体会议。") == ("substantive",)
    assert tags_of("会议决定继续监测财务状况。", "会议决定停止监测财务状况。", new_label="5.") == (
        "mandate",
        "renumbered",
    )
    assert tags_of("The session was opened.", "The first session was opened.", language="en") == (
        "substantive",
    )


def test_width_and_spacing_alone_is_no_change() -> None:
    assert tags_of("会议于 2022 年举行。", "会议于2022年举行。") == ()


def test_officers_names_are_routine_but_the_groups_chair_is_mandate() -> None:
    assert tags_of(
        "政治事务干事 Peter Kolarov 先生担任会议秘书。",
        "政治事务干事 Tania Bañuelos Mejía 女士担任会议秘书。",
    ) == ("routine",)
    assert tags_of(
        "The Group will be chaired by Ambassador Flavio Soares Damico.",
        "The Group will be chaired by Ambassador Robert in den Bosch.",
        language="en",
    ) == ("mandate",)


def test_inserted_and_deleted_blocks() -> None:
    old = make_document([("o1", "paragraph", "1.", None, "会议欢迎新加入的国家。")])
    new = make_document([("n1", "paragraph", "1.", None, "会议请秘书处提供支持。")])
    result = classify(make_comparison(old, new, [("o1", None), (None, "n1")]))
    assert [pair.tags for pair in result.pairs] == [("substantive",), ("mandate",)]


def test_moved_pairs_are_tagged_moved() -> None:
    old = make_document([("o", "paragraph", "20.", None, "会议强调按时缴纳摊款至关重要。")])
    new = make_document([("n", "paragraph", "21.", None, "会议强调按时缴纳摊款至关重要。")])
    comparison = make_comparison(old, new, [("o", "n")])
    comparison = replace(comparison, pairs=(replace(comparison.pairs[0], status="moved"),))
    assert classify(comparison).pairs[0].tags == ("renumbered", "moved")


def test_split_with_nothing_else_changed_carries_no_change_tag() -> None:
    old = make_document(
        [("o24", "paragraph", "24.", None, "会议重申赞赏赞助方案。缔约方强调遵约的重要性。")]
    )
    new = make_document(
        [
            ("n16", "paragraph", "16.", None, "会议重申赞赏赞助方案。"),
            ("n17", "paragraph", "17.", None, "缔约方强调遵约的重要性。"),
        ]
    )
    main = Pair(
        old="o24",
        new="n17",
        status="split",
        ops=diff_words(old.block("o24").text, new.block("n17").text),
        similarity=0.5,
        group="n16",
    )
    orphan = Pair(
        old=None,
        new="n16",
        status="split",
        ops=(WordOp("+", "会议重申赞赏赞助方案。"),),
        similarity=0.5,
        group="o24",
    )
    result = classify(replace(make_comparison(old, new, []), pairs=(orphan, main)))
    assert [pair.tags for pair in result.pairs] == [(), ("renumbered",)]
    assert result.mandate == ()
    # The ops given by the engine are kept as they were.
    assert result.pairs[0].ops == orphan.ops


def test_classify_is_pure_and_idempotent() -> None:
    comparison = zh_mandate_comparison()
    first = classify(comparison)
    assert all(pair.tags == () for pair in comparison.pairs)
    assert comparison.mandate == ()
    assert classify(comparison) == first
    assert classify(first) == first
    assert first.stats()["tag:mandate"] == 3
    assert first.stats()["mandate_changes"] == 1


def test_document_compared_with_itself_has_no_tags() -> None:
    comparison = zh_mandate_comparison()
    same = make_comparison(
        comparison.new, comparison.new, [(block.id, block.id) for block in comparison.new.blocks]
    )
    result = classify(same)
    assert all(pair.tags == () for pair in result.pairs)
    assert result.mandate == ()
    assert result.findings == ()


@settings(max_examples=40, deadline=None)
@given(
    texts=st.lists(
        st.sampled_from(
            [
                "会议决定：",
                "第六次审查会议的议事规则应比照适用于专家组。",
                "会议于 2023 年 11 月 15 日举行。",
                "下列签署国参加了会议的工作：埃及、尼日利亚。",
                "会议举行了两次全体会议。",
                "The Group shall meet for ten days in 2024.",
            ]
        ),
        min_size=1,
        max_size=6,
    )
)
def test_unchanged_documents_never_report_changes(texts: list[str]) -> None:
    document = make_document(
        [(f"b{n}", "paragraph", f"{n}.", None, text) for n, text in enumerate(texts)]
    )
    result = classify(make_comparison(document, document, [(b.id, b.id) for b in document.blocks]))
    assert all(pair.tags == () for pair in result.pairs)
    assert result.mandate == ()


# -- end to end over the bundled sample pair and the controlled English pair ---------------


def _paragraph(document: Document, label: str) -> str:
    """Id of the body paragraph labelled ``label`` (annex agendas have numbers too)."""
    index = {block.id: block for block in document.blocks}

    def in_annex(block: Block) -> bool:
        while block.parent is not None and block.parent in index:
            block = index[block.parent]
            if block.kind == "annex":
                return True
        return block.kind == "annex"

    return next(
        block.id
        for block in document.blocks
        if block.kind == "paragraph" and block.label == label and not in_annex(block)
    )


def _children(document: Document, parent: str) -> list[str]:
    return [block.id for block in document.blocks if block.parent == parent]


def test_sample_pair_end_to_end() -> None:
    old_path, new_path = sample_pair()
    result = compare_files(old_path, new_path)
    old, new = result.old, result.new
    top = result.mandate[0]
    assert (top.old, top.new) == (_paragraph(old, "32."), _paragraph(new, "20."))
    assert {"加紧", "各项提案"} <= set(top.removed)
    assert any("一套要素" in phrase for phrase in top.added)
    assert set(top.kinds) >= {
        "task",
        "strength",
        "time-frame",
        "meeting-days",
        "reporting",
        "chair",
    }
    # Operative paragraphs renumbered, rolled over or only reordered: no mandate change.
    quiet = {_paragraph(new, label) for label in ("22.", "24.", "26.")}
    quiet |= {child for label in ("24.",) for child in _children(new, _paragraph(new, label))}
    assert not quiet & {change.new for change in result.mandate}
    tags = {pair.new: pair.tags for pair in result.pairs if pair.new}
    assert tags[_paragraph(new, "22.")] == ("renumbered",)
    assert tags[_paragraph(new, "26.")] == ("routine", "renumbered")
    # Lists: participants and NGOs as sets; the NGO with commas inside is not reported.
    lists = {
        finding.detail["new"]: finding.detail
        for finding in result.findings
        if finding.code == "list-change"
    }
    participants = lists[_paragraph(new, "9.")]
    assert set(participants["added"]) == {"巴林", "马达加斯加", "荷兰王国", "塞拉利昂", "多哥"}
    assert set(participants["removed"]) == {"希腊", "马耳他", "荷兰", "尼加拉瓜"}
    assert lists[_paragraph(new, "10.")]["added"] == ["尼日利亚"]
    ngos = lists[_paragraph(new, "13.")]
    assert set(ngos["added"]) == {"生命未来研究所", "日内瓦科学与外交预测机构"}
    assert set(ngos["removed"]) == {"国际机器人武器控制委员会", "地雷行动加拿大"}
    # New ¶18 and ¶1 quote old ¶32 word for word.
    quotes = {
        finding.block: finding for finding in result.findings if finding.code == "quote-match"
    }
    for label in ("1.", "18."):
        assert quotes[_paragraph(new, label)].detail["old"] == _paragraph(old, "32.")
    assert result.stats()["tag:routine"] >= 10


def test_english_pair_end_to_end() -> None:
    data = Path(__file__).resolve().parent.parent / "data" / "en"
    result = compare_files(data / "report-old.txt", data / "report-new.txt")
    old, new = result.old, result.new
    top = result.mandate[0]
    assert (top.old, top.new) == (_paragraph(old, "1."), _paragraph(new, "1."))
    assert set(top.kinds) >= {
        "task",
        "strength",
        "time-frame",
        "meeting-days",
        "reporting",
        "chair",
    }
    assert any("intensify" in phrase for phrase in top.removed)
    assert any("a set of elements of an instrument" in phrase for phrase in top.added)
    assert _paragraph(new, "24.") not in {change.new for change in result.mandate}
    lists = {
        finding.detail["new"]: finding.detail
        for finding in result.findings
        if finding.code == "list-change"
    }
    participants = lists[_paragraph(new, "7.")]
    assert set(participants["added"]) == {
        "Bahrain",
        "Burundi",
        "Djibouti",
        "Latvia",
        "Nicaragua",
        "Türkiye",
    }
    assert set(participants["removed"]) == {"Jamaica", "Lebanon", "Malta", "Turkey"}
    assert lists[_paragraph(new, "9.")]["added"] == ["Myanmar"]
    assert lists[_paragraph(new, "11.")]["added"] == ["Mines Action Canada"]


_EDITS = [
    ("会议于 2022 年 11 月 16 日举行。", "会议于 2023 年 11 月 15 日举行。"),
    ("会议决定继续监测财务状况。", "会议决定停止监测财务状况。"),
    ("下列签署国参加了会议的工作：埃及、苏丹。", "下列签署国参加了会议的工作：埃及、尼日利亚。"),
    ("会议举行了四次全体会议。", "会议举行了两次全体会议。"),
    ("专家组将每年举行为期 7 天的会议。", "专家组将每年举行为期 10 天的会议。"),
    ("向第七次审查会议提交报告。", "向第八次审查会议提交报告。"),
]


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from(_EDITS), min_size=1, max_size=5), st.booleans())
def test_swapping_old_and_new_keeps_the_tags(edits: list[tuple[str, str]], relabel: bool) -> None:
    old = make_document(
        [(f"o{n}", "paragraph", f"{n}.", None, a) for n, (a, _b) in enumerate(edits)]
    )
    new = make_document(
        [(f"n{n}", "paragraph", f"{n + relabel}.", None, b) for n, (_a, b) in enumerate(edits)]
    )
    links = [(f"o{n}", f"n{n}") for n in range(len(edits))]
    forward = classify(make_comparison(old, new, links))
    backward = classify(make_comparison(new, old, [(b, a) for a, b in links]))
    assert [pair.tags for pair in forward.pairs] == [pair.tags for pair in backward.pairs]
    assert len(forward.mandate) == len(backward.mandate)
    for there, back in zip(forward.mandate, backward.mandate, strict=True):
        assert set(there.kinds) == set(back.kinds)


def test_json_carries_tags_mandate_and_findings() -> None:
    old = make_document(
        [("o1", "paragraph", "1.", None, "下列签署国参加了会议的工作：埃及、苏丹。")],
        symbol="CCW/MSP/2022/7",
    )
    new = make_document(
        [
            ("n1", "paragraph", "1.", None, "下列签署国参加了会议的工作：埃及、尼日利亚。"),
            ("n2", "paragraph", "2.", None, "会议决定设立一个工作组(CCW/MSP/2022/7, 第 9 段)。"),
        ],
        symbol="CCW/MSP/2023/7",
    )
    data = to_dict(classify(make_comparison(old, new, [("o1", "n1"), (None, "n2")])))
    assert [pair["tags"] for pair in data["pairs"]] == [["list"], ["substantive"]]
    assert data["mandate"] == []
    assert data["findings"] == [
        {
            "code": "list-change",
            "block": "n1",
            "old": "o1",
            "new": "n1",
            "kind": "members",
            "added": ["尼日利亚"],
            "removed": ["苏丹"],
        },
        {
            "code": "quote-unresolved",
            "block": "n2",
            "cites": "CCW/MSP/2022/7",
            "paragraph": "9",
            "old": None,
            "form": "reported",
        },
    ]
    assert data["stats"]["tag:list"] == 1


def test_json_mandate_change_of_a_new_decision() -> None:
    old = make_document([("o1", "paragraph", "1.", None, "会议举行了两次全体会议。")])
    new = make_document(
        [
            ("n1", "paragraph", "1.", None, "会议举行了两次全体会议。"),
            ("n2", "paragraph", "2.", None, "会议决定设立一个工作组。"),
        ]
    )
    data = to_dict(classify(make_comparison(old, new, [("o1", "n1"), (None, "n2")])))
    (change,) = data["mandate"]
    assert change["old"] is None
    assert change["new"] == "n2"
    assert change["removed"] == []
    assert change["added"] == ["会议决定设立一个工作组"]
    assert change["summary"].startswith("New decision: ")


_FOOTNOTED_OLD = """I.   Organization of the session

1.   The Group of Governmental Experts met and adopted its agenda,1 as orally amended.

2.   The Meeting decided that the Group shall intensify the consideration of proposals.2

3.   The Meeting decided that the Group shall meet for ten days in 2023.3

     1 CCW/GGE.1/2022/1.
     2 CCW/MSP/2022/7, paragraph 32.
     3 CCW/MSP/2022/5.
"""

_FOOTNOTED_NEW = """I.   Organization of the session

1.   The Chairperson opened the session and recalled the work of previous sessions of the Group.1

2.   The Group of Governmental Experts met and adopted its agenda,2 as orally amended.

3.   The Meeting decided that the Group shall intensify the consideration of proposals.3

4.   The Meeting decided that the Group shall meet for fifteen days in 2023.4

     1 CCW/GGE.1/2022/2, paragraphs 1 to 5.
     2 CCW/GGE.1/2022/1.
     3 CCW/MSP/2022/7, paragraph 32.
     4 CCW/MSP/2022/5.
"""


def test_a_footnote_inserted_earlier_renumbers_marks_without_a_mandate_change() -> None:
    old = build_document(raw_from_text(_FOOTNOTED_OLD))
    new = build_document(raw_from_text(_FOOTNOTED_NEW))
    comparison = compare_documents(old, new)
    by_new = {pair.new: pair for pair in comparison.pairs if pair.new}
    ref = Labeller(new).ref
    tags = {ref(block_id): pair.tags for block_id, pair in by_new.items()}
    # Only the reference marks changed (agenda,1 → agenda,2; proposals.2 → proposals.3): routine,
    # even in an operative paragraph.
    assert tags["¶2"] == ("routine", "renumbered")
    assert tags["¶3"] == ("routine", "renumbered")
    assert tags["fn. 2"] == tags["fn. 3"] == ("renumbered",)
    # The one real decision changed (ten → fifteen days) is the only mandate change, and
    # its renumbered mark (.3 → .4) is not one of its phrases.
    assert [ref(change.new) for change in comparison.mandate if change.new] == ["¶4"]
    # "2023.3" is one number to the tokenizer: the mark is its trailing digits.
    (change,) = comparison.mandate
    assert (change.removed, change.added) == (("ten",), ("fifteen",))
    assert change.summary == "Meeting days: ten days → fifteen days"


def test_a_footnote_added_to_a_decision_is_no_mandate_change() -> None:
    old = build_document(raw_from_text(_FOOTNOTED_OLD))
    # The decision on meeting days is unchanged but for a new footnote (its mark and text).
    text = _FOOTNOTED_OLD.replace("ten days in", "ten days4 in").replace(
        "     3 CCW/MSP/2022/5.\n", "     3 CCW/MSP/2022/5.\n     4 CCW/MSP/2022/6.\n"
    )
    comparison = compare_documents(old, build_document(raw_from_text(text)))
    assert comparison.mandate == ()
    statuses = {Labeller(comparison.new).ref(p.new): p.status for p in comparison.pairs if p.new}
    assert statuses["fn. 4"] == "inserted"
