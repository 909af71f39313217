"""Per-language vocabulary for mandate analysis, read from ``resources/vocabulary/``.

The words that mark an operative paragraph (决定, decides, shall...), the strength
words, time-frame and meeting-day patterns, list introducers and citation forms are
data, not code, so that an analyst can extend them without touching Python. Each
language has one JSON file (``zh.json``, ``en.json``...); the keys are documented in
``resources/vocabulary/README.md``. Every pattern is a Python regular expression,
matched case-insensitively against the block text as it is, so a pattern should allow
for spaces with ``\\s*`` / ``\\s+`` (the Chinese reports write "2025 年", and a
text extracted from a PDF may keep a line break inside a phrase).

A language without a file falls back to English, so the mechanism still runs. An
analyst's own additions go in ``$CCWDIFF_VOCABULARY/{lang}.json`` or in ``vocabulary/``
of the user's ccwdiff configuration folder; they extend the bundled lists.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..resources import resource_path
from .errors import CcwdiffError

FALLBACK_LANGUAGE = "en"
VOCABULARY_ENV = "CCWDIFF_VOCABULARY"

_FLAGS = re.IGNORECASE | re.UNICODE


def _compile_any(patterns: list[str]) -> re.Pattern[str] | None:
    """One alternation of all patterns (``None`` when the list is empty)."""
    cleaned = [pattern for pattern in patterns if pattern]
    if not cleaned:
        return None
    return re.compile("|".join(f"(?:{pattern})" for pattern in cleaned), _FLAGS)


def _compile_each(patterns: list[str]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(pattern, _FLAGS) for pattern in patterns if pattern)


@dataclass(frozen=True)
class Vocabulary:
    """Compiled vocabulary of one language (see ``resources/vocabulary/README.md``)."""

    language: str
    decision_verbs: re.Pattern[str] | None
    modal_verbs: re.Pattern[str] | None
    bodies: re.Pattern[str] | None
    subject_window: int
    not_operative: re.Pattern[str] | None
    reported_speech: re.Pattern[str] | None
    recital: re.Pattern[str] | None
    strength_words: re.Pattern[str] | None
    strength_levels: tuple[tuple[re.Pattern[str], int], ...]
    task_verbs: re.Pattern[str] | None
    time_frame: re.Pattern[str] | None
    meeting_days: re.Pattern[str] | None
    chair: re.Pattern[str] | None
    reporting: re.Pattern[str] | None
    officers: re.Pattern[str] | None
    honorifics: re.Pattern[str] | None
    ordinals: re.Pattern[str] | None
    months: re.Pattern[str] | None
    dates: re.Pattern[str] | None
    rollover: re.Pattern[str] | None
    list_introducers: tuple[re.Pattern[str], ...]
    list_separators: re.Pattern[str]
    list_final_conjunction: re.Pattern[str] | None
    compound_names: tuple[str, ...]
    citations: tuple[re.Pattern[str], ...]
    quote_marks: str
    ellipsis: re.Pattern[str] | None
    clause_separators: re.Pattern[str]
    # Subjects whose decisions are the report's own (会议, the Meeting); None: any subject.
    deciding_bodies: re.Pattern[str] | None = None
    # Time words too vague to make a decision added or dropped whole a time-frame change.
    vague_time_frame: re.Pattern[str] | None = None
    raw: dict[str, object] = field(default_factory=dict, compare=False, repr=False)

    def strength_level(self, text: str) -> int | None:
        """The highest modal strength named in ``text`` (None when there is none)."""
        best: int | None = None
        for pattern, level in self.strength_levels:
            if pattern.search(text) and (best is None or level > best):
                best = level
        return best


def _strings(data: dict[str, object], key: str) -> list[str]:
    value = data.get(key, [])
    if isinstance(value, str):
        return [value]
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ValueError(f"vocabulary key {key!r} must be a list of strings")
    return list(value)


def _levels(data: dict[str, object]) -> tuple[tuple[re.Pattern[str], int], ...]:
    value = data.get("strength_levels", {})
    if not isinstance(value, dict):
        raise ValueError("vocabulary key 'strength_levels' must be an object")
    levels: list[tuple[re.Pattern[str], int]] = []
    for pattern, level in value.items():
        if not isinstance(level, int):
            raise ValueError(f"strength level of {pattern!r} must be an integer")
        levels.append((re.compile(pattern, _FLAGS), level))
    return tuple(levels)


def vocabulary_from_dict(language: str, data: dict[str, object]) -> Vocabulary:
    """Compile a vocabulary from its JSON object (used by tests and by the loader)."""
    separators = data.get("list_separators", "[、，,;；]")
    clause = data.get("clause_separators", "[。；;：:！？!?]")
    window = data.get("subject_window", 30)
    marks = data.get("quote_marks", "“”‘’\"'「」『』«»„")
    if not isinstance(separators, str) or not isinstance(clause, str):
        raise ValueError("list_separators and clause_separators must be strings")
    if not isinstance(window, int) or not isinstance(marks, str):
        raise ValueError("subject_window must be an integer and quote_marks a string")
    return Vocabulary(
        language=language,
        decision_verbs=_compile_any(_strings(data, "decision_verbs")),
        modal_verbs=_compile_any(_strings(data, "modal_verbs")),
        bodies=_compile_any(_strings(data, "bodies")),
        subject_window=window,
        not_operative=_compile_any(_strings(data, "not_operative")),
        reported_speech=_compile_any(_strings(data, "reported_speech")),
        recital=_compile_any(_strings(data, "recital")),
        strength_words=_compile_any(_strings(data, "strength_words")),
        strength_levels=_levels(data),
        task_verbs=_compile_any(_strings(data, "task_verbs")),
        time_frame=_compile_any(_strings(data, "time_frame")),
        meeting_days=_compile_any(_strings(data, "meeting_days")),
        chair=_compile_any(_strings(data, "chair")),
        reporting=_compile_any(_strings(data, "reporting")),
        officers=_compile_any(_strings(data, "officers")),
        honorifics=_compile_any(_strings(data, "honorifics")),
        ordinals=_compile_any(_strings(data, "ordinals")),
        months=_compile_any(_strings(data, "months")),
        dates=_compile_any(_strings(data, "dates")),
        rollover=_compile_any(_strings(data, "rollover")),
        list_introducers=_compile_each(_strings(data, "list_introducers")),
        list_separators=re.compile(separators, _FLAGS),
        list_final_conjunction=_compile_any(_strings(data, "list_final_conjunction")),
        compound_names=tuple(_strings(data, "compound_names")),
        citations=_compile_each(_strings(data, "citations")),
        quote_marks=marks,
        ellipsis=_compile_any(_strings(data, "ellipsis")),
        clause_separators=re.compile(clause, _FLAGS),
        deciding_bodies=_compile_any(_strings(data, "deciding_bodies")),
        vague_time_frame=_compile_any(_strings(data, "vague_time_frame")),
        raw=dict(data),
    )


def available_languages() -> tuple[str, ...]:
    """Language codes that have a vocabulary file."""
    folder = resource_path("vocabulary")
    if not folder.is_dir():
        return ()
    return tuple(sorted(path.stem for path in folder.glob("*.json")))


def user_vocabulary_dirs() -> list[Path]:
    """Folders whose ``{lang}.json`` extends the bundled vocabulary, in order.

    ``$CCWDIFF_VOCABULARY`` (one folder) and ``vocabulary/`` in the user's ccwdiff
    configuration folder: an analyst adds words there without touching the
    installed program.
    """
    folders: list[Path] = []
    override = os.environ.get(VOCABULARY_ENV)
    if override:
        folders.append(Path(override))
    try:
        import platformdirs

        folders.append(
            Path(platformdirs.user_config_dir("ccwdiff", appauthor=False)) / "vocabulary"
        )
    except ImportError:  # a stripped-down install: the bundled words still work
        pass
    return folders


def merge_vocabulary(base: dict[str, object], extra: dict[str, object]) -> dict[str, object]:
    """``extra`` added to ``base``: lists are extended, objects updated, others replaced."""
    merged = dict(base)
    for key, value in extra.items():
        current = merged.get(key)
        if isinstance(current, list) and isinstance(value, list):
            merged[key] = current + [item for item in value if item not in current]
        elif isinstance(current, dict) and isinstance(value, dict):
            merged[key] = {**current, **value}
        else:
            merged[key] = value
    return merged


def _read_json(path: Path) -> dict[str, object]:
    try:
        with path.open(encoding="utf-8") as handle:
            data = json.load(handle)
    except (OSError, ValueError) as error:
        raise CcwdiffError(
            "vocabulary-invalid", f"cannot read the vocabulary: {error}", str(path)
        ) from error
    if not isinstance(data, dict):
        raise CcwdiffError("vocabulary-invalid", "a vocabulary must be a JSON object", str(path))
    return data


@lru_cache(maxsize=16)
def load_vocabulary(language: str) -> Vocabulary:
    """The vocabulary of ``language`` ("zh", "en"...), English when there is no file.

    The bundled file, extended by the user's files (see :func:`user_vocabulary_dirs`).
    A malformed file raises :class:`CcwdiffError` with code ``vocabulary-invalid``.
    """
    code = (language or FALLBACK_LANGUAGE).lower().split("-")[0].split("_")[0]
    path = resource_path("vocabulary", f"{code}.json")
    if not path.is_file():
        code = FALLBACK_LANGUAGE
        path = resource_path("vocabulary", f"{code}.json")
    data = _read_json(path)
    for folder in user_vocabulary_dirs():
        extra = folder / f"{code}.json"
        if extra.is_file():
            path = extra
            data = merge_vocabulary(data, _read_json(extra))
    try:
        return vocabulary_from_dict(code, data)
    except (ValueError, re.error) as error:
        raise CcwdiffError(
            "vocabulary-invalid", f"invalid vocabulary: {error}", str(path)
        ) from error


_SPACE_RE = re.compile(r"\s+")


def collapse_spaces(text: str) -> str:
    """The text the vocabulary patterns are matched against: one space per run."""
    return _SPACE_RE.sub(" ", text)
