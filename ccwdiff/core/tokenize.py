"""Word tokens for Chinese and Latin-script text.

Two views of the same text:

* :func:`tokenize` splits a text into tokens that concatenate back to it exactly
  (whitespace and punctuation are tokens too). The word diff works on these, so a
  change never cuts a word in half and the ops rebuild the faithful text.
* :func:`words` gives the normalised comparison tokens (NFKC width folding,
  lower case, no whitespace or punctuation) used for similarity and alignment.

Chinese runs are segmented with jieba (HMM off: deterministic, faster, and the same
tokens as rjieba). Numbers, dates and document symbols are whole tokens.
"""

from __future__ import annotations

import logging
import re
import threading
import unicodedata
from functools import lru_cache
from pathlib import Path

log = logging.getLogger(__name__)

# Document symbols such as CCW/MSP/2022/7, CCW/GGE.1/2023/WP.1, CCW/CONF.V/10, A/RES/78/241.
_SYMBOL = r"[A-Z][A-Z0-9]*(?:\.[A-Z0-9]+)*(?:/[A-Za-z0-9]+(?:[.\-][A-Za-z0-9]+)*)+"
# Job numbers GE.23-23130 and URLs are kept whole too.
_JOB = r"GE\.\d{2}-\d{4,6}(?:\([A-Z]\))?"
_URL = r"(?:https?://|www\.)[^\s()（）<>\"“”，。；]+"
# Numbers with internal separators: 2022, 1,000, 3.5, 2025-2026, 15/11/2023.
_NUMBER = r"\d+(?:[.,:/\-]\d+)*"
# Latin/Cyrillic/Greek/Arabic/etc. words with inner apostrophes or hyphens.
_WORD = r"[^\W\d_]+(?:['’\-][^\W\d_]+)*"
_CJK_CLASS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff\u3005\u3007"
_CJK = f"[{_CJK_CLASS}]+"
_SPACE = r"\s+"

_TOKEN_RE = re.compile(
    f"(?P<url>{_URL})|(?P<job>{_JOB})|(?P<sym>{_SYMBOL})|(?P<num>{_NUMBER})"
    f"|(?P<cjk>{_CJK})|(?P<word>{_WORD})|(?P<space>{_SPACE})|(?P<other>.)",
    re.DOTALL,
)
_CJK_WORD_RE = re.compile(f"[^{_CJK_CLASS}]*[{_CJK_CLASS}]")

_jieba_lock = threading.Lock()
_jieba_ready = False


def _cache_dir() -> Path | None:
    try:
        import platformdirs

        folder = Path(platformdirs.user_cache_dir("ccwdiff", appauthor=False))
        folder.mkdir(parents=True, exist_ok=True)
        return folder
    except OSError:  # read-only home or similar: fall back to jieba's default
        return None


def init_segmenter() -> None:
    """Load jieba's dictionary once (about half a second); safe from any thread.

    The dictionary cache goes to the user cache folder rather than the system
    temp folder, so it survives reboots and is not shared between users.
    """
    global _jieba_ready
    if _jieba_ready:
        return
    with _jieba_lock:
        if _jieba_ready:
            return
        import jieba

        jieba.setLogLevel(logging.WARNING)
        folder = _cache_dir()
        if folder is not None:
            jieba.dt.tmp_dir = str(folder)
        jieba.initialize()
        _jieba_ready = True


@lru_cache(maxsize=65536)
def _segment_cjk(run: str) -> tuple[str, ...]:
    init_segmenter()
    import jieba

    return tuple(jieba.cut(run, HMM=False))


def tokenize(text: str) -> list[str]:
    """Split ``text`` into tokens whose concatenation is exactly ``text``."""
    tokens: list[str] = []
    for match in _TOKEN_RE.finditer(text):
        kind = match.lastgroup
        piece = match.group()
        if kind == "cjk":
            tokens.extend(_segment_cjk(piece))
        else:
            tokens.append(piece)
    return tokens


def normalise(token: str) -> str:
    """Comparison form of a token: width-folded (NFKC) and case-folded."""
    return unicodedata.normalize("NFKC", token).casefold()


def is_word(token: str) -> bool:
    """True for tokens that carry content (not whitespace or lone punctuation)."""
    if not token or token.isspace():
        return False
    if len(token) == 1:
        category = unicodedata.category(token)
        return category[0] in "LN"
    return True


def words(text: str) -> list[str]:
    """Normalised content tokens of ``text``, in order."""
    return [normalise(token) for token in tokenize(text) if is_word(token)]


def comparison_key(text: str) -> str:
    """A whitespace- and width-insensitive key: equal keys mean 'same text'."""
    folded = unicodedata.normalize("NFKC", text)
    return "".join(folded.split())
