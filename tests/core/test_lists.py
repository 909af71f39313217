"""Enumerations compared as sets: participants, organisations, document lists."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from ccwdiff.core.classify import classify
from ccwdiff.core.lists import list_info, set_difference, split_members
from ccwdiff.core.model import Block
from ccwdiff.core.vocabulary import Vocabulary, load_vocabulary
from tests.core.mandate_fixtures import (
    ZH_PARTICIPANTS_2022,
    ZH_PARTICIPANTS_2023,
    make_comparison,
    make_document,
)

ZH = load_vocabulary("zh")
EN = load_vocabulary("en")


def test_chinese_members_keep_compound_names_whole() -> None:
    members = split_members(
        "阿尔巴尼亚、波斯尼亚和黑塞哥维那、玛特和平、发展和人权基金会、大不列颠及北爱尔兰联合王国、"
        "联合国地雷行动司(地雷行动司)、委内瑞拉。",
        ZH,
    )
    assert members == [
        "阿尔巴尼亚",
        "波斯尼亚和黑塞哥维那",
        "玛特和平、发展和人权基金会",
        "大不列颠及北爱尔兰联合王国",
        "联合国地雷行动司(地雷行动司)",
        "委内瑞拉",
    ]


def test_english_members_split_on_commas_and_the_final_and() -> None:
    members = split_members(
        " Bosnia and Herzegovina, Maat for Peace, Development and Human Rights, Campaign to Stop "
        "Killer Robots [Amnesty International, Article 36], Uruguay and Venezuela (Bolivarian "
        "Republic of).",
        EN,
    )
    assert members == [
        "Bosnia and Herzegovina",
        "Maat for Peace, Development and Human Rights",
        "Campaign to Stop Killer Robots",
        "Amnesty International",
        "Article 36",
        "Uruguay",
        "Venezuela (Bolivarian Republic of)",
    ]
    assert split_members(" Egypt and Sudan.", EN) == ["Egypt", "Sudan"]


def test_list_paragraphs_are_recognised() -> None:
    def block(text: str) -> Block:
        return Block(id="b", kind="paragraph", label="9.", parent=None, text=text)

    assert list_info(block("下列签署国参加了会议的工作：埃及、尼日利亚。"), ZH) is not None
    info = list_info(
        block(
            "The representatives of the European Union, the International Committee of the Red "
            "Cross (ICRC) and the United Nations Institute for Disarmament Research (UNIDIR) "
            "participated in the work of the Group in accordance with the rules of procedure."
        ),
        EN,
    )
    assert info is not None
    assert info.members == (
        "the European Union",
        "the International Committee of the Red Cross (ICRC)",
        "the United Nations Institute for Disarmament Research (UNIDIR)",
    )
    assert list_info(block("会议举行了两次全体会议。"), ZH) is None


def test_reordering_is_no_change() -> None:
    assert set_difference(
        ["中国", "大韩民国", "摩尔多瓦共和国"], ["摩尔多瓦共和国", "中国", "大韩民国"]
    ) == ([], [])
    assert set_difference(["the European Union"], ["European Union"]) == ([], [])


def test_participants_list_reports_exactly_the_states_added_and_removed() -> None:
    old = make_document([("o10", "paragraph", "10.", None, ZH_PARTICIPANTS_2022)])
    new = make_document([("n9", "paragraph", "9.", None, ZH_PARTICIPANTS_2023)])
    result = classify(make_comparison(old, new, [("o10", "n9")]))
    assert result.pairs[0].tags == ("list", "renumbered")
    assert result.mandate == ()
    (finding,) = [finding for finding in result.findings if finding.code == "list-change"]
    assert finding.block == "n9"
    assert finding.detail == {
        "old": "o10",
        "new": "n9",
        "kind": "members",
        "added": ["巴林", "荷兰王国", "多哥"],
        "removed": ["希腊", "马耳他", "荷兰"],
    }


def test_english_participants_list() -> None:
    intro = (
        "The following High Contracting Parties to the Convention participated in the work of "
        "the Group: "
    )
    old = make_document(
        [
            (
                "o",
                "paragraph",
                "5.",
                None,
                intro
                + (
                    "Algeria, Bosnia and Herzegovina, Jamaica, Turkey and "
                    "Venezuela (Bolivarian Republic of)."
                ),
            )
        ],
        language="en",
    )
    new = make_document(
        [
            (
                "n",
                "paragraph",
                "7.",
                None,
                intro
                + (
                    "Algeria, Bahrain, Bosnia and Herzegovina, Türkiye and "
                    "Venezuela (Bolivarian Republic of)."
                ),
            )
        ],
        language="en",
    )
    result = classify(make_comparison(old, new, [("o", "n")]))
    (finding,) = result.findings
    assert finding.detail["added"] == ["Bahrain", "Türkiye"]
    assert finding.detail["removed"] == ["Jamaica", "Turkey"]


def test_document_list_rows_by_title_then_symbol() -> None:
    old = make_document(
        [
            ("oa", "annex", "附件二", None, "文件清单"),
            ("o1", "list-row", "CCW/MSP/2022/1", "oa", "临时议程"),
            ("o5", "list-row", "CCW/MSP/2022/5", "oa", "政府专家组 2023 年会议费用估计"),
            ("ow2", "list-row", "CCW/MSP/2022/WP.2", "oa", "中国提交的工作文件"),
            ("ow3", "list-row", "CCW/MSP/2022/WP.3", "oa", "澳大利亚提交的工作文件"),
        ]
    )
    new = make_document(
        [
            ("na", "annex", "附件二", None, "文件清单"),
            ("n1", "list-row", "CCW/MSP/2023/1", "na", "临时议程"),
            ("n5", "list-row", "CCW/MSP/2023/5", "na", "政府专家组 2024 年会议费用估计"),
            ("nw2", "list-row", "CCW/MSP/2023/WP.2", "na", "奥地利、比利时提交的工作文件"),
            ("nw3", "list-row", "CCW/MSP/2023/WP.3", "na", "澳大利亚提交的工作文件"),
            ("nw7", "list-row", "CCW/MSP/2023/WP.7", "na", "澳大利亚代表 56 国提交的工作文件"),
        ]
    )
    links = [
        ("oa", "na"),
        ("o1", "n1"),
        ("o5", "n5"),
        ("ow2", "nw2"),
        ("ow3", "nw3"),
        (None, "nw7"),
    ]
    result = classify(make_comparison(old, new, links))
    tags = {pair.new: pair.tags for pair in result.pairs}
    assert tags["n1"] == ()  # same title; the label (symbol) is not compared
    assert tags["n5"] == ("list", "routine")
    assert tags["nw2"] == ("list",)
    assert tags["nw7"] == ("list",)
    (finding,) = result.findings
    assert finding.block == "na"
    assert finding.detail == {
        "old": "oa",
        "new": "na",
        "kind": "documents",
        "added": ["CCW/MSP/2023/WP.2", "CCW/MSP/2023/WP.7"],
        "removed": ["CCW/MSP/2022/WP.2"],
    }


def test_revised_symbol_is_the_same_row() -> None:
    old = make_document(
        [
            (
                "o",
                "list-row",
                "CCW/GGE.1/2023/WP.1/Rev.1",
                None,
                "Revised working paper. Submitted by Austria",
            )
        ],
        language="en",
    )
    new = make_document(
        [
            (
                "n",
                "list-row",
                "CCW/GGE.1/2024/WP.1",
                None,
                "Revised working paper. Submitted by Austria",
            )
        ],
        language="en",
    )
    result = classify(make_comparison(old, new, [("o", "n")]))
    assert result.findings == ()


def _naive_document_difference(
    old_rows: list[Block], new_rows: list[Block], vocab: Vocabulary
) -> tuple[list[str], list[str]]:
    """The rule as first written: every old row's title worked out again for each new row."""
    from ccwdiff.core.lists import _title_key, _unique, document_key

    old_left = list(old_rows)
    added: list[str] = []
    for row in new_rows:
        title = _title_key(row, vocab)
        candidates = [o for o in old_left if _title_key(o, vocab) == title]
        if not candidates:
            added.append(document_key(row)[1])
            continue
        symbol = document_key(row)[0]
        same = [o for o in candidates if document_key(o)[0] == symbol]
        old_left.remove((same or candidates)[0])
    return _unique(added), _unique([document_key(row)[1] for row in old_left])


ROWS = st.lists(
    st.tuples(
        st.sampled_from(
            [
                "CCW/MSP/2022/1",
                "CCW/MSP/2023/1",
                "CCW/MSP/2022/WP.2",
                "CCW/MSP/2023/WP.2/Rev.1",
                "CCW/GGE.1/2023/3",
            ]
        ),
        st.sampled_from(
            [
                "临时议程",
                "Provisional agenda",
                "Working paper submitted by China",
                "2023 年费用估计",
                "2024 年费用估计",
            ]
        ),
    ),
    max_size=12,
)


@settings(max_examples=300, deadline=None)
@given(ROWS, ROWS)
def test_document_rows_claimed_in_one_pass_as_by_the_rule(
    old: list[tuple[str, str]], new: list[tuple[str, str]]
) -> None:
    from ccwdiff.core.lists import _document_difference

    def rows(side: str, specs: list[tuple[str, str]]) -> list[Block]:
        return [
            Block(id=f"{side}{n}", kind="list-row", label=symbol, parent=None, text=title)
            for n, (symbol, title) in enumerate(specs)
        ]

    vocab = load_vocabulary("zh")
    old_rows, new_rows = rows("o", old), rows("n", new)
    assert _document_difference(old_rows, new_rows, vocab) == _naive_document_difference(
        old_rows, new_rows, vocab
    )
