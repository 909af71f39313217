"""Routine roll-over: years, dates, ordinals, symbols and officers' names."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ccwdiff.core.rollover import (
    classify_hunks,
    hunks,
    is_name_like,
    is_rollover_only,
    rollover_key,
    symbol_key,
    without_trailing_marks,
)
from ccwdiff.core.vocabulary import load_vocabulary
from ccwdiff.core.worddiff import diff_words

ZH = load_vocabulary("zh")
EN = load_vocabulary("en")


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("2022 年 11 月 16 日至 18 日，日内瓦", "2023 年 11 月 15 日至 17 日，日内瓦"),
        ("议程项目 17", "议程项目 16"),
        (
            "根据《第五号议定书》缔约方第十六次年度会议的相关决定，于 2023 年 4 月 "
            "24 日举行《第五号议定书》缔约方专家会议；",
            "根据《第五号议定书》缔约方第十七次年度会议的相关决定，于 2024 年 9 月 "
            "2 日举行《第五号议定书》缔约方专家会议；",
        ),
        (
            "根据《经修正后的第二号议定书》缔约方第二十四届年度会议的相关决定，于 "
            "2023 年 11 月 14 日举行"
            "《经修正后的第二号议定书》缔约方第二十五届会议；",
            "根据《经修正后的第二号议定书》缔约方第二十五届年度会议的相关决定，于 "
            "2024 年 11 月 12 日举行"
            "《经修正后的第二号议定书》缔约方第二十六届会议；",
        ),
        (
            "会议还通过了 CCW/MSP/2022/6 号文件所载相关费用估计。",
            "会议还通过了 CCW/MSP/2023/6 号文件所载相关费用估计。",
        ),
        ("该报告载于 CCW/MSP/2022/CRP.1 号文件。", "该报告载于 CCW/MSP/2023/CRP.1 号文件。"),
        ("向第七次审查会议提交报告", "向第八次审查会议提交报告"),
        ("Report of the 2023 session of the Group", "Report of the 2024 session of the Group"),
        ("The Seventh Review Conference", "The Eighth Review Conference"),
        (
            "On Monday, 25 March 2019, the session was opened",
            "On Monday 6 March 2023, the session was opened",
        ),
        ("Geneva, 15-19 May 2023", "Geneva, 4-8 March and 26-30 August 2024"),
        ("The first 2025 session of the Group", "The second 2025 session of the Group"),
    ],
)
def test_roll_over_only(old: str, new: str) -> None:
    vocab = ZH if any("\u4e00" <= char <= "\u9fff" for char in old) else EN
    assert is_rollover_only(diff_words(old, new), vocab)


@pytest.mark.parametrize(
    ("old", "new", "vocab"),
    [
        ("为期 7 天", "为期 10 天", ZH),
        (
            "专家组应当尽快，最好在 2025 年底之前完成工作。",
            "专家组应当尽快，最好在 2026 年底之前完成工作。",
            ZH,
        ),
        ("并向缔约方会议提交报告", "并向第七次审查会议提交报告", ZH),
        (
            "shall meet for a duration of seven (5+2) days in 2019",
            "shall meet for a duration of ten days in 2020",
            EN,
        ),
        ("by the end of 2025", "by the end of 2026", EN),
        ("CCW/CONF.V/10", "CCW/CONF.VI/11", EN),
        ("the session was opened", "the first session was opened", EN),
    ],
)
def test_not_roll_over(old: str, new: str, vocab: object) -> None:
    assert not is_rollover_only(diff_words(old, new), vocab)  # type: ignore[arg-type]


def test_identical_or_punctuation_only_is_not_roll_over() -> None:
    assert not is_rollover_only(diff_words("会议决定：", "会议决定："), ZH)
    assert not is_rollover_only(diff_words("会议决定：", "会议决定，"), ZH)


def test_officers_names_roll_over_only_when_allowed() -> None:
    ops = diff_words(
        "政治事务干事 Peter Kolarov 先生担任会议秘书。",
        "政治事务干事 Tania Bañuelos Mejía 女士担任会议秘书。",
    )
    assert not is_rollover_only(ops, ZH)
    assert is_rollover_only(ops, ZH, names_roll_over=True)


@pytest.mark.parametrize(
    ("text", "vocab", "expected"),
    [
        ("Mr. Ljupčo Jivan Gjorgjinski", EN, True),
        ("Ambassador Flavio Soares Damico", EN, True),
        ("Juliana Helou-van der Berg", EN, True),
        ("a representative of the Eastern European Group", EN, False),
        ("费德里科·比列加斯大使", ZH, True),
        ("东欧集团的一名代表", ZH, False),
    ],
)
def test_name_like(text: str, vocab: object, expected: bool) -> None:
    assert is_name_like(text, vocab) is expected  # type: ignore[arg-type]


def test_symbol_key_masks_the_year_only() -> None:
    assert symbol_key("CCW/MSP/2022/7") == symbol_key("CCW/MSP/2023/7")
    assert symbol_key("CCW/MSP/2022/7") != symbol_key("CCW/MSP/2022/8")
    assert symbol_key("CCW/GGE.1/2023/WP.1") != symbol_key("CCW/GGE.1/2023/WP.2")


def test_hunks_carry_offsets_and_context() -> None:
    changes = hunks(diff_words("并向缔约方会议提交报告", "并向第七次审查会议提交报告"))
    assert len(changes) == 1
    change = changes[0]
    assert (change.removed, change.added) == ("缔约方会议", "第七次审查会议")
    assert (change.old_start, change.old_end, change.new_start, change.new_end) == (2, 7, 2, 9)
    assert (change.before, change.after) == ("并向", "提交报告")


def test_substantive_changes_are_kept_apart_from_routine_ones() -> None:
    ops = diff_words(
        "专家组将于 2022 年举行为期 7 天的会议。", "专家组将于 2023 年举行为期 10 天的会议。"
    )
    routine, substantive = classify_hunks(ops, ZH)
    assert [(hunk.removed, hunk.added) for hunk in routine] == [("2022", "2023")]
    assert [(hunk.removed, hunk.added) for hunk in substantive] == [("7", "10")]


@given(
    year=st.integers(min_value=1990, max_value=2090),
    step=st.integers(min_value=1, max_value=5),
    day=st.integers(min_value=1, max_value=28),
)
def test_any_year_and_date_shift_is_roll_over(year: int, step: int, day: int) -> None:
    old = f"会议于 {year} 年 11 月 {day} 日在日内瓦举行，并通过了 CCW/MSP/{year}/1 号文件所载议程。"
    new = (
        f"会议于 {year + step} 年 11 月 {day % 28 + 1} 日在日内瓦举行，"
        f"并通过了 CCW/MSP/{year + step}/1 号文件所载议程。"
    )
    assert rollover_key(old, ZH) == rollover_key(new, ZH)
    assert is_rollover_only(diff_words(old, new), ZH)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab 1,。会议\ue001_-（）\u3000Ⅳ²")), max_size=30))
def test_dropping_non_words_keeps_words_and_masks(text: str) -> None:
    from ccwdiff.core.rollover import _words_only
    from ccwdiff.core.tokenize import is_word

    expected = "".join(c for c in text if is_word(c) or "\ue000" <= c <= "\ue0ff")
    assert _words_only(text) == expected


@pytest.mark.parametrize(
    ("old", "new", "footnotes", "routine"),
    [
        # A reference mark renumbered with its footnote, glued to a word or a full stop.
        (
            "adopted its agenda,1 as orally amended.",
            "adopted its agenda,2 as orally amended.",
            {("1", "2")},
            True,
        ),
        (
            "and report to the Meeting.2 It also",
            "and report to the Meeting.3 It also",
            {("2", "3")},
            True,
        ),
        # "2023.3" is one number to the tokenizer: the mark is its trailing digits.
        (
            "shall meet for ten days in 2023.3",
            "shall meet for ten days in 2023.4",
            {("3", "4")},
            True,
        ),
        (
            "会议通过了议程1，并确认了议事规则。",
            "会议通过了议程2，并确认了议事规则。",
            {("1", "2")},
            True,
        ),
        # The same change without paired footnotes of those numbers is a change of text.
        (
            "adopted its agenda,1 as orally amended.",
            "adopted its agenda,2 as orally amended.",
            set(),
            False,
        ),
        (
            "adopted its agenda,1 as orally amended.",
            "adopted its agenda,3 as orally amended.",
            {("1", "2")},
            False,
        ),
        # A mark added with its footnote, or removed with it.
        ("adopted its agenda, as amended.", "adopted its agenda,4 as amended.", {("", "4")}, True),
        ("adopted its agenda,4 as amended.", "adopted its agenda, as amended.", {("4", "")}, True),
        ("the Group met twice.", "the Group met twice.2", set(), False),
        # The mark is the whole number: 12 → 13 is footnote 12's, not footnote 2's.
        ("its agenda,12 as amended.", "its agenda,13 as amended.", {("12", "13")}, True),
        ("its agenda,12 as amended.", "its agenda,13 as amended.", {("2", "3")}, False),
        # Numbers in the text are not marks: after a space, or before a word.
        (
            "as set out in paragraph 12 of the report",
            "as set out in paragraph 13 of the report",
            {("12", "13")},
            False,
        ),
        ("如报告第12段所述。", "如报告第13段所述。", {("12", "13")}, False),
    ],
)
def test_footnote_marks_renumbered_with_their_footnotes(
    old: str, new: str, footnotes: set[tuple[str, str]], routine: bool
) -> None:
    vocab = ZH if any("\u4e00" <= char <= "\u9fff" for char in old) else EN
    assert is_rollover_only(diff_words(old, new), vocab, footnotes=footnotes) is routine


@pytest.mark.parametrize(
    ("added", "trimmed"),
    [
        ("12 May 2025),2", "12 May 2025),"),  # WP.9 ¶8: the mark of its footnote 2
        ("its agenda1", "its agenda"),
        ("会议通过了议程2", "会议通过了议程"),
        ("CCW/MSP/2023/2", "CCW/MSP/2023/2"),  # a symbol's number, not a mark
        ("a rate of 3.2", "a rate of 3.2"),  # a decimal
        ("its agenda12", "its agenda12"),  # no footnote 12
    ],
)
def test_a_mark_ending_a_change_is_left_to_its_footnote(added: str, trimmed: str) -> None:
    hunk = hunks(diff_words("Before. After", f"Before. {added} After"))[0]
    result = without_trailing_marks(hunk, {("", "2"), ("", "1"), ("3", "")})
    assert result.added.strip() == trimmed
    assert result.new_end == hunk.new_end - (len(hunk.added) - len(result.added))
    # Followed by a word, the digits are not a mark.
    glued = hunks(diff_words("Before. After", f"Before. {added}x After"))[0]
    assert without_trailing_marks(glued, {("", "2"), ("", "1")}) == glued
