"""Word diff: literal expectations and invariants."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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
