"""The fast NFKC used for comparison keys gives exactly what ``unicodedata`` gives."""

from __future__ import annotations

import unicodedata

from hypothesis import example, given, settings
from hypothesis import strategies as st

from ccwdiff.core.tokenize import _COMPAT_BLOCKS, comparison_key, nfkc

# Characters that make normalisation interesting: full-width and compatibility forms,
# combining marks (which reorder and compose across a replaced character), Hangul
# jamo (composed algorithmically), precomposed letters, and ordinary report text.
_TRICKY = (
    "，（）：；！？　…①②㎡ﬁ½²ｶﾞﾟ＋ｅＡ"
    "\u0301\u0300\u0327\u0323\u031b\u0345\u05b0\u0654\u3099\u309a"
    "\u1100\u1161\u11a8\uac00\u110b\u1175"
    "éÅṩǆΩ\u212b\u2126\uf900\ufa10"
    "会议决定加紧审议 CCW/MSP/2022/7 aeo2023،ي"
)
_compat_chars = st.sampled_from(
    [chr(code) for low, high in _COMPAT_BLOCKS for code in range(low, high)]
)


@settings(max_examples=600, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_TRICKY), _compat_chars, st.characters()), max_size=60))
@example(["e", "，", "\u0301"])
@example(["ｅ", "\u0301"])
@example(["\u1100", "＋", "\u1161"])
def test_nfkc_is_unicodedata_nfkc(chars: list[str]) -> None:
    text = "".join(chars)
    assert nfkc(text) == unicodedata.normalize("NFKC", text)


def test_comparison_key_folds_width_and_whitespace() -> None:
    assert comparison_key("会议，\n决定（ａ）  2023") == comparison_key("会议,决定(a)2023")
    assert comparison_key("会议，决定") != comparison_key("会议，决议")
