"""Speed-ups must not change a single token (issue 7).

* The bucketed jieba dictionary (``tokenize._LazyDictionary``) loads only the
  entries a text can use; jieba's ``cut`` over it must give exactly the tokens of
  jieba over its whole dictionary.
* rjieba, the optional Rust accelerator (``pip install ccwdiff[fast]``), must give
  exactly jieba's tokens with HMM off. Skipped when it is not installed.
* fast-diff-match-patch, the optional C++ diff (the same extra), must give exactly
  the pure-Python diff-match-patch's diffs, and so the same word ops.
* With both, a whole comparison must equal the pure-Python one, byte for byte of
  its JSON.

The reference for tokens is pure-Python jieba with its full dictionary, on every
Chinese run of the corpus, the sample pair, the Chinese fixtures and a few edge
characters; for diffs, every aligned pair of the sample pair, the corpus pairs and
the English fixture, and Hypothesis texts.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ccwdiff.core import tokenize, worddiff
from ccwdiff.core.model import WordOp

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus"
SAMPLES = ROOT / "resources" / "samples"
# Pairs whose every aligned pair is diffed both ways, and compared whole.
PAIRS = [
    (SAMPLES / "CCW-MSP-2022-7.zh.txt", SAMPLES / "CCW-MSP-2023-7.zh.txt"),
    (CORPUS / "CCW-GGE.1-2019-3.en.txt", CORPUS / "CCW-GGE.1-2023-2.en.txt"),
    (CORPUS / "CCW-GGE.1-2025-WP.1.en.txt", CORPUS / "CCW-GGE.1-2025-WP.9.en.txt"),
    (
        ROOT / "tests" / "data" / "en" / "report-old.txt",
        ROOT / "tests" / "data" / "en" / "report-new.txt",
    ),
]

# Characters at the edges of the CJK class: extension A, the end of the URO block
# (outside jieba's 4E00-9FD5 range), compatibility ideographs, 々 and 〇.
EDGE_RUNS = [
    "々〇",
    "人々〇年",
    "㐀㑇会议",
    "鿖鿿缔约方会议",
    "豈更車缔约方",
    "会议决定㐀专家组",
    "致命性自主武器系统领域新兴技术",
]


def _texts() -> list[str]:
    paths = [
        *sorted(CORPUS.glob("*.txt")),
        *sorted((ROOT / "resources" / "samples").glob("*.txt")),
        *sorted((ROOT / "tests" / "data" / "zh").glob("*.zh.txt")),
    ]
    return [path.read_text(encoding="utf-8") for path in paths if path.exists()]


def _cjk_runs() -> list[str]:
    runs: set[str] = set(EDGE_RUNS)
    for text in _texts():
        for match in tokenize._TOKEN_RE.finditer(text):
            if match.lastgroup == "cjk":
                runs.add(match.group())
    return sorted(runs)


@pytest.fixture(scope="module")
def runs() -> list[str]:
    found = _cjk_runs()
    assert len(found) > 200, "the corpus or the sample pair is missing"
    return found


@pytest.fixture(scope="module")
def reference(runs: list[str], tmp_path_factory: pytest.TempPathFactory) -> list[list[str]]:
    """Pure-Python jieba over its whole dictionary, HMM off (the project's setting)."""
    import jieba

    jieba.setLogLevel(60)
    full = jieba.Tokenizer()
    folder = tokenize._cache_dir()
    full.tmp_dir = str(folder if folder is not None else tmp_path_factory.mktemp("jieba"))
    full.initialize()
    return [list(full.cut(run, HMM=False)) for run in runs]


def test_bucketed_dictionary_gives_jiebas_tokens(
    runs: list[str], reference: list[list[str]]
) -> None:
    import jieba

    lazy = tokenize._open_lazy_dictionary(jieba)
    if lazy is None:
        pytest.skip("no writable cache folder: the full dictionary is used anyway")
    segmenter = jieba.Tokenizer()
    segmenter.FREQ, segmenter.total, segmenter.initialized = lazy.freq, lazy.total, True
    ours = []
    for run in runs:
        lazy.ensure(run)
        ours.append(list(segmenter.cut(run, HMM=False)))
    assert ours == reference
    # ...and it really is lazy: the corpus needs a fraction of the dictionary.
    assert len(lazy.freq) < 300_000


def test_rjieba_gives_jiebas_tokens(runs: list[str], reference: list[list[str]]) -> None:
    rjieba = pytest.importorskip("rjieba")
    assert [list(rjieba.cut(run, False)) for run in runs] == reference


def _installed_native() -> Callable[..., Any]:
    """fast_diff_match_patch's diff as the engine uses it (skips when not installed)."""
    if importlib.util.find_spec("fast_diff_match_patch") is None:
        pytest.skip("fast-diff-match-patch is not installed")
    import fast_diff_match_patch

    return fast_diff_match_patch.diff


@contextmanager
def _diff_engine(native: Callable[..., Any] | None) -> Iterator[None]:
    """The word diff with the C++ diff (``native``) or the pure-Python one (None)."""
    saved = worddiff._native, worddiff._native_known
    worddiff._native, worddiff._native_known = native, True
    try:
        yield
    finally:
        worddiff._native, worddiff._native_known = saved


def _diff_both_ways(
    native: Callable[..., Any], old: list[str], new: list[str]
) -> tuple[tuple[WordOp, ...], tuple[WordOp, ...]]:
    with _diff_engine(native):
        fast = worddiff.diff_tokens(old, new)
    with _diff_engine(None):
        reference = worddiff.diff_tokens(old, new)
    return fast, reference


def test_fast_diff_gives_the_python_diffs_on_every_aligned_pair() -> None:
    from ccwdiff.core.compare import compare_files

    native = _installed_native()
    compared = 0
    for old_path, new_path in PAIRS:
        if not old_path.exists():
            continue
        comparison = compare_files(old_path, new_path)
        old = {block.id: block.text for block in comparison.old.blocks}
        new = {block.id: block.text for block in comparison.new.blocks}
        for pair in comparison.pairs:
            if pair.old is None or pair.new is None or old[pair.old] == new[pair.new]:
                continue
            old_tokens, new_tokens = (
                tokenize.tokenize(old[pair.old]),
                tokenize.tokenize(new[pair.new]),
            )
            # The encoded diff itself, then the ops built from it.
            table: dict[str, str] = {}
            originals: list[str] = []
            codes: dict[str, str] = {}
            a = worddiff._encode(old_tokens, table, originals, codes)
            b = worddiff._encode(new_tokens, table, originals, codes)
            with _diff_engine(native):
                fast = worddiff._diff_main(a, b)
            with _diff_engine(None):
                assert fast == worddiff._diff_main(a, b)
            ops, reference = _diff_both_ways(native, old_tokens, new_tokens)
            assert ops == reference
            compared += 1
    assert compared > 100, "the sample pair or the corpus is missing"


TEXT = st.text(alphabet=st.sampled_from(list("ab cd,。的会议决定专家组2023\n-/ÀЖع")), max_size=120)


@settings(max_examples=300, deadline=None)
@given(old=TEXT, new=TEXT)
def test_fast_diff_gives_the_python_ops(old: str, new: str) -> None:
    native = _installed_native()
    fast, reference = _diff_both_ways(native, tokenize.tokenize(old), tokenize.tokenize(new))
    assert fast == reference


def test_the_python_diff_can_be_forced(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(worddiff.DIFF_ENV, "python")
    monkeypatch.setattr(worddiff, "_native_known", False)
    assert worddiff._native_diff() is None
    assert worddiff.diff_words("five days", "ten days")[0].text == "five"


def _compare_json(old: Path, new: Path, out: Path, env: dict[str, str]) -> str:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "ccwdiff",
            "compare",
            str(old),
            str(new),
            "-f",
            "json",
            "-o",
            str(out),
        ],
        check=True,
        capture_output=True,
        env={**os.environ, **env},
        timeout=300,
    )
    return out.read_text(encoding="utf-8")


def test_accelerated_comparisons_equal_the_pure_python_ones(tmp_path: Path) -> None:
    """Process by process: the installed accelerators against both forced off."""
    if all(importlib.util.find_spec(name) is None for name in ("rjieba", "fast_diff_match_patch")):
        pytest.skip("no accelerator installed: both runs would be the pure-Python one")
    compared = 0
    for old, new in PAIRS:
        if not old.exists():
            continue
        fast = _compare_json(old, new, tmp_path / "fast.json", {})
        reference = _compare_json(
            old,
            new,
            tmp_path / "reference.json",
            {tokenize.SEGMENTER_ENV: "jieba", worddiff.DIFF_ENV: "python"},
        )
        assert json.loads(fast)["pairs"], old
        assert fast == reference, f"{old.name} -> {new.name}"
        compared += 1
    assert compared >= 2
