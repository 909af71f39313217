"""Operative paragraphs and mandate changes, on the real wording of the corpus."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ccwdiff.core.classify import classify
from ccwdiff.core.errors import CcwdiffError
from ccwdiff.core.mandate import (
    is_operative_text,
    is_recital_text,
    operative_ids,
    operative_ids_of,
)
from ccwdiff.core.shifts import KIND_ORDER, phrases
from ccwdiff.core.vocabulary import (
    VOCABULARY_ENV,
    available_languages,
    load_vocabulary,
    merge_vocabulary,
)
from ccwdiff.resources import resource_path
from tests.core.mandate_fixtures import (
    EN_MANDATE_2022,
    EN_MANDATE_2023,
    make_comparison,
    make_document,
    zh_mandate_comparison,
)

ZH = load_vocabulary("zh")
EN = load_vocabulary("en")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("会议决定：", True),
        ("缔约方还决定继续监测《特定常规武器公约》的财务状况。", True),
        ("会议请执行支助股继续每年报告其活动，包括其估计费用和实际开支。", True),
        ("第六次审查会议的议事规则应比照适用于专家组。", True),
        ("专家组将由东欧集团的一名代表担任主席。", True),
        ("会议举行了两次全体会议。", False),
        (
            "会议注意到致命性自主武器系统领域新兴技术问题政府专家组 2023 "
            "年届会的报告以及该报告所载“结论”和“建议”。",
            False,
        ),
        (
            "缔约方重申，执行支助股是有效执行《特定常规武器公约》及其保持业务连续性的基本要素。",
            False,
        ),
        ("一些代表团建议继续讨论。", False),
    ],
)
def test_chinese_operative_sentences(text: str, expected: bool) -> None:
    assert is_operative_text(text, ZH) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Group recommends that:", True),
        (
            "The 2022 Meeting of the High Contracting Parties decided, as "
            "contained in its final report (CCW/MSP/2022/7):",
            True,
        ),
        (
            "The rules of procedure of the Sixth Review Conference "
            "shall apply mutatis mutandis to the Group;",
            True,
        ),
        ("The Group will be chaired by Ambassador Flavio Soares Damico.", True),
        (
            "The Group of Governmental Experts met from 25 to 29 "
            "March and from 20 to 21 August 2019.",
            False,
        ),
        ("Some delegations said that the Group should adopt a political declaration.", False),
        (
            "The Group recalled that the right of parties to an armed conflict is not unlimited.",
            False,
        ),
    ],
)
def test_english_operative_sentences(text: str, expected: bool) -> None:
    assert is_operative_text(text, EN) is expected


def test_bullets_under_a_decision_are_operative() -> None:
    document = make_document(
        [
            ("p1", "paragraph", "20.", None, "会议决定："),
            ("b1", "bullet", "•", "p1", "第一项。"),
            ("p2", "paragraph", "21.", None, "会议举行了两次全体会议："),
            ("b2", "bullet", "•", "p2", "第二项。"),
            ("h", "heading", "一.", None, "会议决定"),
        ]
    )
    assert operative_ids(document, ZH) == {"p1", "b1"}


def test_recitals_are_recognised() -> None:
    assert is_recital_text(
        "会议忆及，缔约国 2022 年会议在最后报告(CCW/MSP/2022/7)第 32 段中决定：", ZH
    )
    assert is_recital_text("还决定继续监测财务状况(CCW/MSP/2022/7, 第 35 段)。", ZH)
    assert not is_recital_text("会议决定：", ZH)


def test_chinese_expert_group_mandate_2022_to_2023() -> None:
    result = classify(zh_mandate_comparison())
    assert len(result.mandate) == 1
    change = result.mandate[0]
    assert (change.old, change.new) == ("o32", "n20")
    assert "加紧" in change.removed
    assert "各项提案" in change.removed
    assert any("一套要素" in phrase for phrase in change.added)
    assert any("第七次审查会议" in phrase for phrase in change.added)
    assert set(change.kinds) >= {
        "task",
        "strength",
        "time-frame",
        "meeting-days",
        "chair",
        "reporting",
    }
    assert list(change.kinds) == [kind for kind in KIND_ORDER if kind in change.kinds]
    assert change.summary.startswith(
        "Task changed: 加紧审议各项提案 → 进一步审议一项文书的一套要素"
    )
    assert "最好在 2025 年底之前完成工作" in change.summary
    assert "为期 10 天" in change.summary
    # The lead-in "会议决定：" is only renumbered; the bullets that changed carry "mandate".
    tags = {pair.new: pair.tags for pair in result.pairs}
    assert tags["n20"] == ("renumbered",)
    assert tags["n20b1"] == ("mandate",)
    assert tags["n20b2"] == ()
    assert tags["n20b3"] == ("mandate",)
    assert tags["n20b4"] == ("mandate",)


def test_only_renumbered_or_rolled_over_decision_is_no_mandate_change() -> None:
    old = make_document(
        [
            (
                "o35",
                "paragraph",
                "35.",
                None,
                "缔约方还决定继续监测《特定常规武器公约》的财务状况。",
            ),
            (
                "o39",
                "paragraph",
                "39.",
                None,
                "会议对裁军厅和执行支助股 2022 年为支持《特定常规武器公约》而开展的工作深表感谢。"
                "会议请执行支助股继续每年报告其活动，包括其估计费用和实际开支。",
            ),
        ]
    )
    new = make_document(
        [
            (
                "n22",
                "paragraph",
                "22.",
                None,
                "缔约方还决定继续监测《特定常规武器公约》的财务状况。",
            ),
            (
                "n26",
                "paragraph",
                "26.",
                None,
                "会议对裁军厅和执行支助股 2023 年为支持《特定常规武器公约》而开展的工作深表感谢。"
                "会议请执行支助股继续每年报告其活动，包括其估计费用和实际开支。",
            ),
        ]
    )
    result = classify(make_comparison(old, new, [("o35", "n22"), ("o39", "n26")]))
    assert result.mandate == ()
    assert [pair.tags for pair in result.pairs] == [("renumbered",), ("routine", "renumbered")]


def test_inserted_decision_is_a_mandate_change_with_added_phrases_only() -> None:
    old = make_document([("o1", "paragraph", "1.", None, "会议举行了两次全体会议。")])
    new = make_document(
        [
            ("n1", "paragraph", "1.", None, "会议举行了两次全体会议。"),
            ("n2", "paragraph", "2.", None, "会议决定设立一个不限成员名额工作组，为期 5 天。"),
        ]
    )
    result = classify(make_comparison(old, new, [("o1", "n1"), (None, "n2")]))
    assert len(result.mandate) == 1
    change = result.mandate[0]
    assert (change.old, change.new, change.removed) == ("", "n2", ())
    assert change.added == ("会议决定设立一个不限成员名额工作组", "为期 5 天")
    assert "meeting-days" in change.kinds
    assert change.summary.startswith("New decision: ")
    assert result.pairs[1].tags == ("mandate",)


def test_deleted_decision_ranks_below_a_changed_task() -> None:
    old, new = zh_mandate_comparison().old, zh_mandate_comparison().new
    old = make_document(
        [(b.id, b.kind, b.label, b.parent, b.text) for b in old.blocks]
        + [
            (
                "o33",
                "paragraph",
                "33.",
                None,
                "会议请裁军事务厅继续为专家组的工作提供必要的实质性和组织支持。",
            )
        ],
        symbol=old.symbol,
    )
    links = [("o32", "n20")] + [(f"o32b{n}", f"n20b{n}") for n in range(1, 5)] + [("o33", None)]
    result = classify(make_comparison(old, new, links))
    assert [change.new or change.old for change in result.mandate] == ["n20", "o33"]
    assert result.mandate[1].summary.startswith("Decision removed: ")
    assert result.mandate[0].score > result.mandate[1].score


def test_english_mandate_task_and_strength() -> None:
    old = make_document(
        [
            (
                "o1",
                "paragraph",
                "1.",
                None,
                "The 2022 Meeting of the High Contracting Parties decided, as "
                "contained in its final report (CCW/MSP/2022/7):",
            ),
            ("o1b1", "bullet", "•", "o1", EN_MANDATE_2022),
        ],
        language="en",
    )
    new = make_document(
        [
            (
                "n1",
                "paragraph",
                "1.",
                None,
                "The 2023 Meeting of the High Contracting Parties decided, as "
                "contained in its final report (CCW/MSP/2023/7):",
            ),
            ("n1b1", "bullet", "•", "n1", EN_MANDATE_2023),
        ],
        language="en",
    )
    result = classify(make_comparison(old, new, [("o1", "n1"), ("o1b1", "n1b1")]))
    assert result.pairs[0].tags == ("routine",)
    assert result.pairs[1].tags == ("mandate",)
    change = result.mandate[0]
    assert (change.old, change.new) == ("o1", "n1")
    assert change.kinds[:2] == ("task", "strength")
    assert any("intensify" in phrase for phrase in change.removed)
    assert any("a set of elements of an instrument" in phrase for phrase in change.added)
    assert "intensify → further" in change.summary


@pytest.mark.parametrize(
    ("old_text", "new_text", "kind", "summary_part"),
    [
        (
            "The Group shall meet for a duration of seven (5+2) days in 2019 "
            "in Geneva, consistent with document CCW/CONF.V/2.",
            "The Group shall meet for a duration of ten days in 2020 in "
            "Geneva, consistent with document CCW/CONF.V/2.",
            "meeting-days",
            "Meeting days: duration of seven (5+2) days → duration of ten days",
        ),
        (
            "The Group should conduct its work and adopt its report by consensus.",
            "The Group shall conduct its work and adopt its report by consensus.",
            "strength",
            "Strength: should → shall",
        ),
        (
            "The Group shall submit a report to the meeting of High Contracting Parties.",
            "The Group shall submit a report to the Seventh Review Conference.",
            "reporting",
            "Reporting: meeting of High Contracting Parties → Seventh Review Conference",
        ),
        (
            "The Group will be chaired by Ambassador Flavio Soares Damico.",
            "The Group will be chaired by a representative of the Eastern European Group.",
            "chair",
            "Chair: Ambassador Flavio Soares Damico → a "
            "representative of the Eastern European Group",
        ),
        (
            "The Group is to complete its work.",
            "The Group is to complete its work as soon as "
            "possible, preferably before the end of 2025.",
            "time-frame",
            "New time frame: as soon as possible, preferably before the end of 2025",
        ),
        (
            "The Meeting encourages High Contracting Parties to submit national reports.",
            "The Meeting requests High Contracting Parties to submit national reports.",
            "strength",
            "Strength: encourages → requests",
        ),
        (
            "The Group may meet in Geneva.",
            "The Group shall meet in Geneva.",
            "strength",
            "Strength: may → shall",
        ),
    ],
)
def test_english_kinds_of_shift(old_text: str, new_text: str, kind: str, summary_part: str) -> None:
    old = make_document([("o", "paragraph", "1.", None, old_text)], language="en")
    new = make_document([("n", "paragraph", "1.", None, new_text)], language="en")
    result = classify(make_comparison(old, new, [("o", "n")]))
    assert len(result.mandate) == 1
    assert result.mandate[0].kinds == (kind,)
    assert summary_part in result.mandate[0].summary


def test_moving_a_deadline_is_not_roll_over() -> None:
    old = make_document(
        [("o", "bullet", "•", None, "专家组应当尽快，最好在 2025 年底之前完成工作。")]
    )
    new = make_document(
        [("n", "bullet", "•", None, "专家组应当尽快，最好在 2026 年底之前完成工作。")]
    )
    result = classify(make_comparison(old, new, [("o", "n")]))
    assert result.pairs[0].tags == ("mandate",)
    assert result.mandate[0].kinds == ("time-frame",)


def test_phrases_split_at_clause_punctuation() -> None:
    assert phrases("范围内，加紧", ZH) == ["范围内", "加紧"]
    assert phrases("，", ZH) == []
    assert phrases(" should intensify; elaborate", EN) == ["should intensify", "elaborate"]


def test_other_languages_find_their_decisions() -> None:
    cases = {
        "fr": "La Réunion décide que le Groupe se réunira pendant dix jours.",
        "es": "La Reunión decide que el Grupo se reunirá durante diez días.",
        "ru": "Совещание постановляет, что Группа соберется на десять дней.",
        "ar": "يقرر الاجتماع أن يجتمع الفريق لمدة عشرة أيام.",
    }
    for language, text in cases.items():
        assert is_operative_text(text, load_vocabulary(language)), language


# -- the vocabulary files ------------------------------------------------------------------


def test_every_vocabulary_loads_and_documents_its_keys() -> None:
    readme = resource_path("vocabulary", "README.md").read_text(encoding="utf-8")
    languages = available_languages()
    assert set(languages) >= {"zh", "en", "fr", "es", "ru", "ar"}
    for language in languages:
        vocabulary = load_vocabulary(language)
        assert vocabulary.language == language
        assert vocabulary.decision_verbs is not None
        data = json.loads(resource_path("vocabulary", f"{language}.json").read_text("utf-8"))
        for key in data:
            assert f"`{key}`" in readme, f"{language}.json key {key!r} is not documented"
    assert load_vocabulary("xx").language == "en"


def test_an_analyst_extends_the_vocabulary(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "zh.json").write_text(
        json.dumps({"decision_verbs": ["核可"]}, ensure_ascii=False), encoding="utf-8"
    )
    monkeypatch.setenv(VOCABULARY_ENV, str(tmp_path))
    load_vocabulary.cache_clear()
    try:
        extended = load_vocabulary("zh")
        assert is_operative_text("会议核可了工作方案。", extended)
        assert is_operative_text("会议决定：", extended)
        (tmp_path / "zh.json").write_text('{"decision_verbs": ["(unclosed"]}', encoding="utf-8")
        load_vocabulary.cache_clear()
        with pytest.raises(CcwdiffError) as raised:
            load_vocabulary("zh")
        assert raised.value.code == "vocabulary-invalid"
    finally:
        load_vocabulary.cache_clear()
    assert not is_operative_text("会议核可了工作方案。", ZH)


def test_merge_extends_lists_and_objects() -> None:
    merged = merge_vocabulary(
        {"bodies": ["会议"], "strength_levels": {"应": 3}, "subject_window": 12},
        {"bodies": ["会议", "工作组"], "strength_levels": {"须": 4}, "subject_window": 20},
    )
    assert merged == {
        "bodies": ["会议", "工作组"],
        "strength_levels": {"应": 3, "须": 4},
        "subject_window": 20,
    }


@pytest.mark.parametrize(
    ("language", "old_text", "new_text", "summary_part", "absent"),
    [
        (
            "zh",
            "专家组应以协商一致方式开展工作和通过报告，并向缔约方会议提交报告。"
            "应按照《特定常规武器公约》赞助方案的目标，促进所有缔约方尽可能广泛参与。",
            "专家组以协商一致方式开展工作和通过报告，并向第七次审查会议提交报告。"
            "应按照《特定常规武器公约》赞助方案的目标，促进所有缔约方尽可能广泛参与。",
            "Reporting: 缔约方会议 → 第七次审查会议",
            "strength",
        ),
        (
            "en",
            "The Group shall adopt a report, which shall be submitted to the meeting of "
            "High Contracting Parties.",
            "The Group shall adopt a report and shall submit it to the Seventh Review Conference.",
            "Reporting: meeting of High Contracting Parties → Seventh Review Conference",
            "which",
        ),
    ],
)
def test_reporting_summary_names_the_bodies(
    language: str, old_text: str, new_text: str, summary_part: str, absent: str
) -> None:
    """Not "reporting: which → and"; a modal kept elsewhere ("应按照") is no strength shift."""
    old = make_document([("o", "bullet", "•", None, old_text)], language=language)
    new = make_document([("n", "bullet", "•", None, new_text)], language=language)
    result = classify(make_comparison(old, new, [("o", "n")]))
    (change,) = result.mandate
    assert "reporting" in change.kinds
    assert summary_part in change.summary
    assert absent not in change.summary.casefold()


def test_strength_pairs_the_words_that_replaced_each_other() -> None:
    from ccwdiff.core.compare import compare_files
    from ccwdiff.resources import sample_pair

    top = compare_files(*sample_pair()).mandate[0]
    assert "strength: 加紧 → 进一步" in top.summary


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "zh",
            "此外，2021 年 12 月 13 日至 17 日举行的《特定常规武器公约》缔约方第六次审查会议决定"
            "将《特定常规武器公约》赞助方案延续至 2026 年(CCW/CONF.VI/11, 第 29 段)。",
        ),
        ("zh", "一些缔约方建议会议继续讨论这一问题。"),
        ("zh", "若干代表团请专家组加紧工作。"),
        ("zh", "主席指出，专家组应当尽快完成工作。"),
        (
            "en",
            "The meeting heard a video message by the High Representative for Disarmament "
            "Affairs, Ms. Nakamitsu, who stated that new technologies demanded attention. "
            "She urged States to conclude an instrument.",
        ),
        (
            "en",
            "In his textual suggestions, the Chairperson refrained from amending the paragraph "
            "and invited delegations to further clarify their views on this concept.",
        ),
        (
            "en",
            "Several delegations objected to the inclusion of the word. Furthermore, some of "
            "them underlined that there is no consensus on what this term means, and that the "
            "Group should use notions which have already been discussed.",
        ),
        ("en", "States should ensure context-appropriate human judgement and control."),
    ],
)
def test_reported_discussion_and_other_bodies_are_not_operative(language: str, text: str) -> None:
    assert not is_operative_text(text, load_vocabulary(language))


def test_vague_time_words_do_not_make_a_removed_decision_a_time_frame() -> None:
    old = make_document(
        [
            ("o1", "paragraph", "1.", None, "会议举行了两次全体会议。"),
            (
                "o34",
                "paragraph",
                "34.",
                None,
                "会议忆及第六次审查会议通过的财务措施，并请尚未缴纳摊款的缔约方尽快缴纳。",
            ),
        ]
    )
    new = make_document([("n1", "paragraph", "1.", None, "会议举行了两次全体会议。")])
    result = classify(make_comparison(old, new, [("o1", "n1"), ("o34", None)]))
    (change,) = result.mandate
    assert change.old == "o34"
    assert "time-frame" not in change.kinds


def test_new_decision_ranks_below_a_changed_one_of_the_same_kind() -> None:
    old = make_document(
        [("o1", "bullet", "•", None, "专家组将由巴西驻裁军谈判会议特别代表担任主席。")]
    )
    new = make_document(
        [
            ("n1", "bullet", "•", None, "专家组将由东欧集团的一名代表担任主席。"),
            ("n2", "bullet", "•", None, "工作组将由非洲集团的一名代表担任主席。"),
        ]
    )
    result = classify(make_comparison(old, new, [("o1", "n1"), (None, "n2")]))
    assert [(change.new, change.kinds[0]) for change in result.mandate] == [
        ("n1", "chair"),
        ("n2", "chair"),
    ]


def test_sample_pair_mandate_list_is_not_diluted() -> None:
    from ccwdiff.core.compare import compare_files
    from ccwdiff.resources import sample_pair

    result = compare_files(*sample_pair())
    old_labels = {block.id: block.label for block in result.old.blocks}
    listed = {old_labels.get(change.old): change.kinds for change in result.mandate}
    assert "6." not in listed  # the Sixth Review Conference's decision, reported
    assert "time-frame" not in listed.get("23.", ())
    assert "time-frame" not in listed.get("34.", ())
    assert [old_labels.get(change.old) for change in result.mandate][:1] == ["32."]


def test_both_documents_judged_at_once_match_each_judged_alone() -> None:
    # Block ids repeat across the two documents ("p1" in both): the verdicts must not mix.
    old = make_document(
        [
            ("p1", "paragraph", "1.", None, "会议举行了两次全体会议。"),
            ("p2", "paragraph", "2.", None, "会议决定："),
            ("b1", "bullet", "•", "p2", "第一项。"),
        ]
    )
    new = make_document(
        [
            ("p1", "paragraph", "1.", None, "会议决定："),
            ("b1", "bullet", "•", "p1", "第一项。"),
            ("p2", "paragraph", "2.", None, "会议举行了两次全体会议。"),
        ]
    )
    both = operative_ids_of(old, new, ZH)
    assert both == (operative_ids(old, ZH), operative_ids(new, ZH))
    assert both == ({"p2", "b1"}, {"p1", "b1"})
