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

import array
import itertools
import logging
import marshal
import mmap
import os
import re
import struct
import threading
import unicodedata
import zlib
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

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
_jieba_ready = threading.Event()
_lazy: _LazyDictionary | None = None
_rust_cut: Any = None  # rjieba.cut when the optional accelerator is installed

# CCWDIFF_SEGMENTER=jieba forces the pure-Python reference even with rjieba installed.
SEGMENTER_ENV = "CCWDIFF_SEGMENTER"


def _cache_dir() -> Path | None:
    try:
        import platformdirs

        folder = Path(platformdirs.user_cache_dir("ccwdiff", appauthor=False))
        folder.mkdir(parents=True, exist_ok=True)
        return folder
    except OSError:  # read-only home or similar: fall back to jieba's default
        return None


class _LazyDictionary:
    """jieba's prefix dictionary, read from disk only for the character pairs a text uses.

    ``jieba.initialize()`` unmarshals all ~500,000 words and prefixes (0.5 s on an
    idle machine, 2 s on a busy one) although a 10-page report touches a few per
    cent of them. Here the same entries are stored once in buckets keyed by a
    word's first two characters (single characters in a bucket of their own), and
    a bucket is read when a run to segment contains a pair that falls in it. jieba's
    own ``cut`` then runs on a ``FREQ`` that holds every entry it can look up for
    that run (each lookup is a run's single character or a substring starting with
    one of its pairs), so the tokens are exactly jieba's.
    """

    MAGIC = b"CCWJ\x01"
    BUCKETS = 1 << 15
    _HEADER = struct.Struct("<5sQI")

    def __init__(self, path: Path) -> None:
        with open(path, "rb") as handle:
            self._data = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
        magic, self.total, buckets = self._HEADER.unpack_from(self._data, 0)
        if magic != self.MAGIC or buckets != self.BUCKETS:
            raise ValueError("not a ccwdiff dictionary cache")
        self._offsets = array.array("Q")
        start = self._HEADER.size
        self._offsets.frombytes(self._data[start : start + 8 * (buckets + 2)])
        self.freq: dict[str, int] = {}
        self._loaded = bytearray(buckets)
        self._pairs: set[tuple[str, str]] = set()
        self._lock = threading.Lock()
        self._read(buckets)  # single characters

    @classmethod
    def bucket(cls, first: str, second: str) -> int:
        return (ord(first) * 7919 + ord(second)) % cls.BUCKETS

    def _read(self, index: int) -> None:
        chunk = self._data[self._offsets[index] : self._offsets[index + 1]]
        self.freq.update(marshal.loads(chunk))

    def ensure(self, run: str) -> None:
        """Make sure every entry jieba may look up while cutting ``run`` is loaded."""
        pairs = set(itertools.pairwise(run)) - self._pairs
        if not pairs:
            return
        with self._lock:
            for first, second in pairs:
                index = self.bucket(first, second)
                if not self._loaded[index]:
                    self._read(index)
                    self._loaded[index] = 1
            # Recorded only once loaded: another thread never skips a half-read bucket.
            self._pairs |= pairs

    @classmethod
    def build(cls, dictionary: str, target: Path) -> None:
        """Write the bucketed cache from jieba's dictionary file (once per dictionary)."""
        import jieba

        with open(dictionary, "rb") as handle:
            freq, total = jieba.Tokenizer.gen_pfdict(handle)
        groups: list[dict[str, int]] = [{} for _ in range(cls.BUCKETS + 1)]
        for word, count in freq.items():
            index = cls.BUCKETS if len(word) == 1 else cls.bucket(word[0], word[1])
            groups[index][word] = count
        blobs = [marshal.dumps(group) for group in groups]
        header_size = cls._HEADER.size + 8 * (cls.BUCKETS + 2)
        offsets = array.array("Q", [header_size])
        for blob in blobs:
            offsets.append(offsets[-1] + len(blob))
        temporary = target.with_suffix(f".{os.getpid()}.tmp")
        with open(temporary, "wb") as handle:
            handle.write(cls._HEADER.pack(cls.MAGIC, total, cls.BUCKETS))
            handle.write(offsets.tobytes())
            for blob in blobs:
                handle.write(blob)
        os.replace(temporary, target)  # atomic: a parallel process never reads half a file


def _open_lazy_dictionary(jieba_module: Any) -> _LazyDictionary | None:
    """The bucketed cache for jieba's default dictionary, built on first use."""
    folder = _cache_dir()
    dt = getattr(jieba_module, "dt", None)
    if folder is None or dt is None or dt.dictionary != getattr(jieba_module, "DEFAULT_DICT", 0):
        return None
    try:
        # The packaged dict.txt (get_dict_file() would open it and leave it open).
        dictionary = os.path.join(os.path.dirname(jieba_module.__file__), "dict.txt")
        info = os.stat(dictionary)
        stamp = zlib.crc32(f"{dictionary}|{info.st_size}|{info.st_mtime_ns}".encode())
        path = folder / f"jieba-buckets-{stamp:08x}.bin"
        if not path.exists():
            _LazyDictionary.build(dictionary, path)
        return _LazyDictionary(path)
    except (OSError, ValueError, EOFError, TypeError, AttributeError) as error:
        log.info("jieba bucket cache unavailable (%s); loading the whole dictionary", error)
        return None


def init_segmenter() -> None:
    """Prepare the segmenter once; safe from any thread.

    rjieba (jieba's algorithm and dictionary in Rust, the optional ``fast`` extra)
    is used when installed: with HMM off it gives exactly jieba's tokens (see
    tests/core/test_accelerators.py) about four times faster. Otherwise jieba: with
    the bucketed cache (see :class:`_LazyDictionary`) this takes a few
    milliseconds and words are read as texts need them. Without it (unwritable
    cache folder), jieba loads its whole dictionary (about half a second), with its
    cache in the user cache folder rather than the system temp folder, so it
    survives reboots and is not shared between users.
    """
    global _lazy, _rust_cut
    if _jieba_ready.is_set():
        return
    with _jieba_lock:
        if _jieba_ready.is_set():
            return
        if os.environ.get(SEGMENTER_ENV, "").lower() != "jieba":
            try:
                import rjieba

                _rust_cut = rjieba.cut
                _jieba_ready.set()
                return
            except ImportError:
                pass
        import jieba

        jieba.setLogLevel(logging.WARNING)
        lazy = _open_lazy_dictionary(jieba)
        if lazy is not None:
            # jieba's cut reads FREQ and total and skips initialising once this is set.
            jieba.dt.FREQ = lazy.freq
            jieba.dt.total = lazy.total
            jieba.dt.initialized = True
            _lazy = lazy
        else:
            folder = _cache_dir()
            if folder is not None:
                jieba.dt.tmp_dir = str(folder)
            jieba.initialize()
        _jieba_ready.set()


@lru_cache(maxsize=65536)
def _segment_cjk(run: str) -> tuple[str, ...]:
    init_segmenter()
    if _rust_cut is not None:
        return tuple(_rust_cut(run, False))
    import jieba

    if _lazy is not None:
        _lazy.ensure(run)
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


_forms: dict[str, str | None] = {}  # token -> comparison form, None: not a content token


def content_words(tokens: Iterable[str]) -> list[str]:
    """``normalise(token)`` of each content token, memoised per distinct token.

    Same result as filtering with :func:`is_word` and mapping :func:`normalise`, but
    a report repeats its words: the memo makes this 3-4 times faster on a long
    document (NFKC per token was a third of the segmentation stage).
    """
    forms = _forms
    result: list[str] = []
    for token in tokens:
        try:
            form = forms[token]
        except KeyError:
            form = normalise(token) if is_word(token) else None
            if len(forms) < 1_000_000:  # bounded: a hostile input cannot grow it forever
                forms[token] = form
        if form is not None:
            result.append(form)
    return result


def words(text: str) -> list[str]:
    """Normalised content tokens of ``text``, in order."""
    return content_words(tokenize(text))


def comparison_key(text: str) -> str:
    """A whitespace- and width-insensitive key: equal keys mean 'same text'."""
    return "".join(nfkc(text).split())


# Blocks where reports use compatibility characters: Latin-1 and spacing letters,
# general punctuation to enclosed alphanumerics (…, ①), CJK symbols and squared
# forms, compatibility ideographs, small, half- and full-width forms (，（）：).
_COMPAT_BLOCKS = (
    (0xA0, 0x300),
    (0x2000, 0x2C00),
    (0x3000, 0x3400),
    (0xF900, 0xFB00),
    (0xFE10, 0xFFF0),
)


@lru_cache(maxsize=1)
def _compatibility_forms() -> tuple[re.Pattern[str], dict[str, str]]:
    """Each character of those blocks that NFKC changes, with its NFKC form."""
    table: dict[str, str] = {}
    for low, high in _COMPAT_BLOCKS:
        for code in range(low, high):
            char = chr(code)
            form = unicodedata.normalize("NFKC", char)
            if form != char:
                table[char] = form
    runs: list[str] = []
    for _key, group in itertools.groupby(
        enumerate(sorted(map(ord, table))), lambda pair: pair[1] - pair[0]
    ):
        codes = [code for _index, code in group]
        runs.append(f"\\u{codes[0]:04x}" + (f"-\\u{codes[-1]:04x}" if len(codes) > 1 else ""))
    return re.compile("[" + "".join(runs) + "]"), table


def nfkc(text: str) -> str:
    """``unicodedata.normalize("NFKC", text)``, several times faster on Chinese text.

    A Chinese paragraph's full-width punctuation fails NFKC's quick check, and the
    whole paragraph is then decomposed and recomposed character by character. Here
    those characters are first replaced by their own NFKC forms; the text then
    usually passes the quick check. The result is the same: NFKC(x) is composed from
    NFKD(x), which is each character's decomposition, canonically reordered, and a
    character's NFKC form has the same decomposition (NFKD(NFKC(c)) = NFKD(c)).
    Hypothesis checks this against ``unicodedata`` (tests/core/test_tokenize.py).
    """
    if unicodedata.is_normalized("NFKC", text):
        return text
    pattern, table = _compatibility_forms()
    return unicodedata.normalize("NFKC", pattern.sub(lambda match: table[match.group()], text))
