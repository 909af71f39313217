"""Speed-ups must not change a single token (issue 7).

* The bucketed jieba dictionary (``tokenize._LazyDictionary``) loads only the
  entries a text can use; jieba's ``cut`` over it must give exactly the tokens of
  jieba over its whole dictionary.
* rjieba, the optional Rust accelerator (``pip install ccwdiff[fast]``), must give
  exactly jieba's tokens with HMM off. Skipped when it is not installed.

The reference is pure-Python jieba with its full dictionary, on every Chinese run
of the corpus, the sample pair, the Chinese fixtures and a few edge characters.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ccwdiff.core import tokenize

ROOT = Path(__file__).resolve().parents[2]
CORPUS = Path("/work/shared/corpus")

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
