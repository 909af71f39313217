"""Word diff: literal expectations and invariants."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ccwdiff.core import worddiff
from ccwdiff.core.model import WordOp
from ccwdiff.core.tokenize import tokenize, words
from ccwdiff.core.worddiff import diff_words, merge_ops, new_text_of, old_text_of

CASES = [
    (
        "The Group shall meet for five days in 2019.",
        "The Group is to meet for ten days in 2024.",
        [
            ("=", "The Group "),
            ("-", "shall"),
            ("+", "is to"),
            ("=", " meet for "),
            ("-", "five"),
            ("+", "ten"),
            ("=", " days in "),
            ("-", "2019"),
            ("+", "2024"),
            ("=", "."),
        ],
    ),
    (
        "会议于 2022 年 11 月 16 日开幕。",
        "会议于 2023 年 11 月 15 日开幕。",
        [
            ("=", "会议于 "),
            ("-", "2022"),
            ("+", "2023"),
            ("=", " 年 11 月 "),
            ("-", "16"),
            ("+", "15"),
            ("=", " 日开幕。"),
        ],
    ),
    (
        "见 CCW/MSP/2022/7 号文件。",
        "见 CCW/MSP/2023/7 号文件。",
        [("=", "见 "), ("-", "CCW/MSP/2022/7"), ("+", "CCW/MSP/2023/7"), ("=", " 号文件。")],
    ),
    ("same text", "same text", [("=", "same text")]),
    ("", "added", [("+", "added")]),
    ("removed", "", [("-", "removed")]),
]


@pytest.mark.parametrize(("old", "new", "expected"), CASES)
def test_literal_word_diffs(old: str, new: str, expected: list[tuple[str, str]]) -> None:
    assert [(op.op, op.text) for op in diff_words(old, new)] == expected


def test_chinese_change_never_cuts_a_word() -> None:
    old = "专家组应在本公约的目标和宗旨范围内，加紧审议各项提案，并以协商一致方式拟订可以采取的措施"
    new = (
        "专家组应当联系本公约的目标和宗旨，进一步审议一项文书的一套要素，"
        "并在不预先判断该文书的性质的前提下以协商一致方式拟定这套要素"
    )
    ops = diff_words(old, new)
    removed = "".join(op.text for op in ops if op.op == "-")
    added = "".join(op.text for op in ops if op.op == "+")
    assert "加紧" in removed and "各项提案" in removed
    assert "一套要素" in added
    # The kept phrase survives as an equality instead of being swallowed by cleanup.
    assert any(op.op == "=" and "协商一致方式" in op.text for op in ops)
    # Every op boundary is a token boundary of its side.
    old_bounds = _boundaries(tokenize(old))
    position = 0
    for op in ops:
        if op.op != "+":
            position += len(op.text)
            assert position in old_bounds


def _boundaries(tokens: list[str]) -> set[int]:
    bounds, position = {0}, 0
    for token in tokens:
        position += len(token)
        bounds.add(position)
    return bounds


def test_tokens_keep_numbers_symbols_and_words_whole() -> None:
    text = "GE.23-23130 见 CCW/GGE.1/2023/WP.1, 2025-2026 年 Lao People’s state-of-the-art"
    tokens = tokenize(text)
    assert "GE.23-23130" in tokens
    assert "CCW/GGE.1/2023/WP.1" in tokens
    assert "2025-2026" in tokens
    assert "People’s" in tokens
    assert "state-of-the-art" in tokens


def test_words_are_width_and_case_folded() -> None:
    assert words("ＣＣＷ Ｍｅｅｔｉｎｇ，２０２３") == words("ccw meeting, 2023")


def test_merge_ops_drops_empties_and_orders_changes() -> None:
    ops = [WordOp("=", "a"), WordOp("+", "x"), WordOp("-", ""), WordOp("-", "y"), WordOp("=", "")]
    assert merge_ops(ops) == (WordOp("=", "a"), WordOp("-", "y"), WordOp("+", "x"))


TEXT = st.text(alphabet=st.sampled_from(list("ab cd,。的会议决定专家组2023\n\t-/ÀЖع")), max_size=80)


@settings(max_examples=200, deadline=None)
@given(TEXT, TEXT)
def test_ops_rebuild_both_texts(old: str, new: str) -> None:
    ops = diff_words(old, new)
    assert old_text_of(ops) == old
    assert new_text_of(ops) == new
    assert all(op.text for op in ops)
    assert all(a.op != b.op for a, b in itertools.pairwise(ops))


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_arbitrary_unicode_rebuilds_and_self_diff_is_equal(text: str) -> None:
    assert "".join(tokenize(text)) == text
    ops = diff_words(text, text)
    assert all(op.op == "=" for op in ops)
    assert old_text_of(ops) == text


def _reference_cleanup(diffs: list[tuple[int, str]], originals: list[str]) -> list[tuple[int, str]]:
    """The semantic cleanup as first written: the scan restarts after every change."""
    changed = True
    while changed:
        changed = False
        for index in range(1, len(diffs) - 1):
            code, encoded = diffs[index]
            if code != 0:
                continue
            before, after = diffs[index - 1], diffs[index + 1]
            if before[0] == 0 or after[0] == 0:
                continue
            weight = worddiff._content_weight(encoded, originals)
            flank = min(
                worddiff._content_weight(before[1], originals),
                worddiff._content_weight(after[1], originals),
            )
            if weight == 0 or (weight <= 2 and flank >= 2 * weight + 2):
                diffs[index : index + 1] = [(-1, encoded), (1, encoded)]
                worddiff._merge_edit_runs(diffs)
                changed = True
                break
    return diffs


# Tokens of every content weight the rule tells apart: punctuation and spaces (0), one
# and two characters (the short words it may dissolve), longer words.
ORIGINALS = [" ", ",", "的", "of", "and", "会议", "Group", "专家组会议", "2023", "mandate"]
RUN = st.text(
    alphabet=st.sampled_from([chr(worddiff._FIRST_CODE + n) for n in range(len(ORIGINALS))]),
    max_size=4,
)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from([-1, 0, 1]), RUN), max_size=24), st.booleans())
def test_semantic_cleanup_scans_once_with_the_result_of_restarting(
    diffs: list[tuple[int, str]], merged_first: bool
) -> None:
    # As diff-match-patch hands them over (merged), and as anything else (raw lists).
    if merged_first:
        worddiff._merge_edit_runs(diffs)
    expected = _reference_cleanup(list(diffs), ORIGINALS)
    assert worddiff._cleanup_semantic_words(list(diffs), ORIGINALS) == expected


def test_semantic_cleanup_looks_back_after_a_change() -> None:
    # A space between two edits goes first (the whole list is merged once). Then "of"
    # between two long replacements; then "的" before it, whose right flank only now
    # has content: a scan that went on forward after a change would keep it.
    code = {token: chr(worddiff._FIRST_CODE + n) for n, token in enumerate(ORIGINALS)}
    big = code["专家组会议"] + code["mandate"]
    diffs = [
        (-1, code["2023"]),
        (1, code["and"]),
        (0, code[" "]),
        (-1, code["会议"]),
        (1, code["Group"]),
        (0, code["的"]),
        (-1, code[","]),
        (1, big),
        (0, code["of"]),
        (-1, big),
        (1, big + big),
    ]
    result = worddiff._cleanup_semantic_words(list(diffs), ORIGINALS)
    assert result == _reference_cleanup(list(diffs), ORIGINALS)
    assert [op for op, _text in result] == [-1, 1]
