"""The regular-expression pre-test never hides a match (Hypothesis) and proves what it can."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ccwdiff.core.regexes import may_match, required_characters
from ccwdiff.core.vocabulary import available_languages, load_vocabulary


@pytest.mark.parametrize(
    ("pattern", "required"),
    [
        (re.compile(r"x/(?:1|2)+"), "/x"),
        (re.compile(r"(?:a/|b/)c?"), "/"),  # in every branch
        (re.compile(r"(?:a|b)/?"), ""),  # optional: proves nothing
        (re.compile(r"para(?:graph)?", re.IGNORECASE), ""),  # letters of either case
        (re.compile(r"\(CCW/MSP/\d+/7\)", re.IGNORECASE), "()/7"),  # digits have no case
        (re.compile(r"第\s*(\d+)\s*段"), "段第"),
    ],
)
def test_required_characters(pattern: re.Pattern[str], required: str) -> None:
    assert required_characters(pattern) == required


def _patterns() -> list[re.Pattern[str]]:
    found: list[re.Pattern[str]] = []
    for language in available_languages():
        vocab = load_vocabulary(language)
        found += [*vocab.citations, *vocab.list_introducers]
    return found


PATTERNS = _patterns()
PIECES = [
    "CCW/MSP/2022/7",
    "(CCW/CONF.VI/11, 第 29 段)",
    "CCW/GGE.1/2023/2, paragraph 20",
    "paragraph 32 of its final report (CCW/MSP/2022/7)",
    "as contained in its final report (CCW/MSP/2022/7)",
    "The following States participated: ",
    "下列缔约方参加了会议：",
    "(",
    ")",
    ", ",
    "/",
    " ",
    "第",
    "段",
    "号文件",
    "Egypt",
    "2023",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=8))
def test_the_pre_test_never_hides_a_match(pieces: list[str]) -> None:
    text = "".join(pieces)
    for pattern in PATTERNS:
        if pattern.search(text):
            assert may_match(pattern, text), (pattern.pattern, text)


def test_vocabulary_citations_need_a_slash() -> None:
    # The point of the pre-test: a text without a document symbol skips every citation.
    for language in available_languages():
        for pattern in load_vocabulary(language).citations:
            assert "/" in required_characters(pattern), (language, pattern.pattern)
