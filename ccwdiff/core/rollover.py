"""Routine roll-over: the differences every successive report has and nobody needs to read.

Years, dates, session ordinals (第七次 → 第八次, Seventh → Eighth, 二十五届 → 二十六届),
the year inside document symbols (CCW/MSP/2022/7 → CCW/MSP/2023/7), a footnote's
reference mark renumbered with its footnote ("agenda1," → "agenda2,") and, in
officers' paragraphs, the names of the people who chair or serve. A change made only
of these is tagged ``routine``.

The test is a *roll-over key*: the text with every such item masked. Two texts that
differ only by roll-over have the same key. A change (hunk) of a word diff is checked
with a little of the unchanged text around it, so that "16" → "15" counts as a date
only when "11 月 … 日" surrounds it. Years inside a time frame ("by the end of 2025",
"在 2025 年底之前") are not masked: moving a deadline is a mandate change.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Set
from dataclasses import dataclass, replace

from .model import Document, Pair, WordOp
from .tokenize import is_word, nfkc, tokenize
from .vocabulary import Vocabulary

# How much unchanged text on each side of a change is looked at (characters).
CONTEXT_CHARS = 16

_SYMBOL_RE = re.compile(r"[A-Z][A-Z0-9]*(?:\.[A-Z0-9]+)*(?:/[A-Za-z0-9]+(?:[.\-][A-Za-z0-9]+)*)+")
_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
# Masks are private-use characters so that no text can contain them by accident.
_YEAR_MASK = "\ue001"
_DATE_MASK = "\ue002"
_MONTH_MASK = "\ue003"
_ORDINAL_MASK = "\ue004"
_OTHER_MASK = "\ue005"
_SPACE_RE = re.compile(r"\s+")
_NAME_PARTICLES = frozenset(
    "van der den de da del della di du la le von al el bin ibn y e dos das zu ter".split()
)
_CJK_RE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_LATIN_NAME_RE = re.compile(r"^[^\W\d_][\w’'.\-]*$")


@dataclass(frozen=True)
class Hunk:
    """One change of a word diff: what OLD had, what NEW has, and where.

    Offsets are character offsets into the old and new block texts; ``before`` and
    ``after`` are the unchanged text right before and after the change.
    """

    removed: str
    added: str
    old_start: int
    old_end: int
    new_start: int
    new_end: int
    before: str
    after: str


def hunks(ops: tuple[WordOp, ...] | list[WordOp]) -> list[Hunk]:
    """Group the ops into changes, each a run of ``-``/``+`` between equalities."""
    result: list[Hunk] = []
    old_at = new_at = 0
    index = 0
    while index < len(ops):
        op = ops[index]
        if op.op == "=":
            old_at += len(op.text)
            new_at += len(op.text)
            index += 1
            continue
        before = ops[index - 1].text if index > 0 and ops[index - 1].op == "=" else ""
        removed: list[str] = []
        added: list[str] = []
        while index < len(ops) and ops[index].op != "=":
            (removed if ops[index].op == "-" else added).append(ops[index].text)
            index += 1
        after = ops[index].text if index < len(ops) else ""
        removed_text = "".join(removed)
        added_text = "".join(added)
        result.append(
            Hunk(
                removed=removed_text,
                added=added_text,
                old_start=old_at,
                old_end=old_at + len(removed_text),
                new_start=new_at,
                new_end=new_at + len(added_text),
                before=before,
                after=after,
            )
        )
        old_at += len(removed_text)
        new_at += len(added_text)
    return result


def has_content(text: str) -> bool:
    """True when ``text`` holds a word (letters or digits), not only punctuation/space."""
    return any(is_word(token) for token in tokenize(text))


def fold(text: str) -> str:
    """Width- and whitespace-insensitive form: NFKC, case-folded, no whitespace."""
    return _SPACE_RE.sub("", nfkc(text)).casefold()


def symbol_key(symbol: str) -> str:
    """A document symbol with its year masked: CCW/MSP/2022/7 and CCW/MSP/2023/7 agree."""
    parts = unicodedata.normalize("NFKC", symbol).strip().upper().split("/")
    masked = [_YEAR_MASK if re.fullmatch(r"(?:19|20)\d{2}", part) else part for part in parts]
    return "/".join(masked)


def _protected_spans(text: str, vocab: Vocabulary) -> list[tuple[int, int]]:
    if vocab.time_frame is None:
        return []
    return [match.span() for match in vocab.time_frame.finditer(text)]


def _mask_free(text: str, vocab: Vocabulary) -> str:
    """Mask roll-over items in a piece of text that holds no time frame."""
    text = _SYMBOL_RE.sub(lambda match: symbol_key(match.group()), text)
    for pattern, mask in (
        (vocab.rollover, _OTHER_MASK),
        (vocab.dates, _DATE_MASK),
        (vocab.months, _MONTH_MASK),
        (vocab.ordinals, _ORDINAL_MASK),
    ):
        if pattern is not None:
            text = pattern.sub(mask, text)
    return _YEAR_RE.sub(_YEAR_MASK, text)


def rollover_key(text: str, vocab: Vocabulary) -> str:
    """``text`` with years, dates, ordinals and symbol years masked, folded."""
    text = nfkc(text)
    pieces: list[str] = []
    at = 0
    for start, end in _protected_spans(text, vocab):
        if start < at:
            continue
        pieces.append(_mask_free(text[at:start], vocab))
        pieces.append(text[start:end])
        at = end
    pieces.append(_mask_free(text[at:], vocab))
    # Punctuation does not matter for roll-over ("Monday, 25 March" / "Monday 6 March").
    return _words_only(fold("".join(pieces)))


_NOT_WORD: dict[int, None] = {}  # str.translate table: characters to drop
_CLASSIFIED: set[str] = set()


def _words_only(text: str) -> str:
    """``text`` without the characters that are no word (masks ``\ue000-\ue0ff`` kept).

    Each distinct character is classified once, then ``str.translate`` drops them all
    in one pass instead of a Python test per character.
    """
    for char in set(text) - _CLASSIFIED:
        if not (is_word(char) or "\ue000" <= char <= "\ue0ff"):
            _NOT_WORD[ord(char)] = None
        _CLASSIFIED.add(char)
    return text.translate(_NOT_WORD)


def _left_context(text: str) -> str:
    """The last CONTEXT_CHARS of ``text``, widened so as not to cut a number or word."""
    start = max(0, len(text) - CONTEXT_CHARS)
    while 0 < start < len(text) and _joins(text[start - 1]) and _joins(text[start]):
        start -= 1
    return text[start:]


def _right_context(text: str) -> str:
    """The first CONTEXT_CHARS of ``text``, widened so as not to cut a number or word."""
    end = min(len(text), CONTEXT_CHARS)
    while 0 < end < len(text) and _joins(text[end - 1]) and _joins(text[end]):
        end += 1
    return text[:end]


def _joins(char: str) -> bool:
    """Part of a number or a Latin-script word (Chinese runs are not widened into)."""
    return char.isalnum() and not _CJK_RE.match(char)


def is_rollover_hunk(hunk: Hunk, vocab: Vocabulary) -> bool:
    """True when the change is only roll-over (or only width/whitespace)."""
    return _cluster_rolls_over([hunk], "", "", vocab)


def _cluster_rolls_over(
    cluster: list[Hunk], old_text: str, new_text: str, vocab: Vocabulary
) -> bool:
    """Do these neighbouring changes, taken together with their context, only roll over?"""
    first, last = cluster[0], cluster[-1]
    if len(cluster) == 1:
        old_part, new_part = first.removed, first.added
    else:
        old_part = old_text[first.old_start : last.old_end]
        new_part = new_text[first.new_start : last.new_end]
    if fold(old_part) == fold(new_part):
        return True
    before = _left_context(first.before)
    after = _right_context(last.after)
    return rollover_key(before + old_part + after, vocab) == rollover_key(
        before + new_part + after, vocab
    )


def _clusters_around(changes: list[Hunk], index: int) -> list[tuple[int, int]]:
    """Runs of neighbouring changes (little unchanged text between) that include ``index``.

    "4 月 24 日" → "9 月 2 日" is two changes; only together do they read as a date.
    """
    close = [
        changes[number + 1].old_start - changes[number].old_end <= CONTEXT_CHARS
        for number in range(len(changes) - 1)
    ]
    runs: list[tuple[int, int]] = []
    for low in range(index, max(-1, index - 3), -1):
        if low < index and not close[low]:
            break
        for high in range(index, min(len(changes), index + 3)):
            if high > index and not close[high - 1]:
                break
            if high > low:
                runs.append((low, high))
    return sorted(runs, key=lambda run: run[1] - run[0])


def footnote_marks(
    pairs: Iterable[Pair], old: Document, new: Document
) -> frozenset[tuple[str, str]]:
    """The changes of a reference mark that follow the footnotes: (old mark, new mark).

    (n, m) for footnote n paired with footnote m (renumbered), ("", m) for any footnote
    m of NEW (a mark added: the footnote shows as added, or it is cited once more) and
    (n, "") for any footnote n of OLD.
    """
    result: set[tuple[str, str]] = set()
    for document, side in ((old, 0), (new, 1)):
        for block in document.blocks:
            if block.kind == "footnote" and block.label:
                result.add(("", block.label.strip()) if side else (block.label.strip(), ""))
    for pair in pairs:
        if pair.old is None or pair.new is None:
            continue
        before, after = old.block(pair.old), new.block(pair.new)
        if before.kind == after.kind == "footnote" and before.label and after.label:
            result.add((before.label.strip(), after.label.strip()))
    return frozenset(result)


def is_footnote_mark_hunk(hunk: Hunk, footnotes: Set[tuple[str, str]]) -> bool:
    """A footnote's reference mark renumbered as its footnote was ("amended.3 It" → ".4 It"),
    or added or removed with a footnote (``footnotes``: see :func:`footnote_marks`).

    The mark is glued to what precedes it (a word, a bracket, a full stop: "in 2023.3",
    which the tokenizer reads as one number, too) and followed by a space, punctuation
    or nothing ("第12段" is no mark).
    """
    glued = 0
    for old_char, new_char in zip(hunk.removed, hunk.added, strict=False):
        if old_char != new_char:
            break
        glued += 1
    while glued and hunk.removed[glued - 1].isdigit():
        glued -= 1  # the mark is the whole run of digits
    if (hunk.removed[glued:], hunk.added[glued:]) not in footnotes:
        return False
    before = (hunk.before + hunk.removed[:glued])[-1:]
    return (
        bool(before)
        and not before.isspace()
        and not before.isdigit()
        and _may_follow_mark(hunk.after[:1])
    )


def _may_follow_mark(char: str) -> bool:
    """What ends a footnote mark: a space, punctuation or the end ("第12段" has none)."""
    return not char or char.isspace() or unicodedata.category(char)[0] == "P"


# Digits ending a text, glued to a letter or to closing punctuation that does not follow a
# digit ("2025),2", "agenda1"): a footnote mark, not part of a number ("3.5", "77/62").
_TRAILING_MARK = re.compile(
    r"(?:(?<=[^\W\d_])|(?<=[)\]”’\"）])|(?<=[^\d][.,;:。，；：]))(\d{1,3})(?=\s*$)"
)


def without_trailing_marks(hunk: Hunk, footnotes: Set[tuple[str, str]]) -> Hunk:
    """``hunk`` without a footnote mark ending what it removed or added.

    "8 November 2024)" → "12 May 2025),2" is read as "… 2025),": the mark belongs to
    the footnote, not to the wording. ``footnotes``: see :func:`footnote_marks` (the
    numbers of each side's footnotes). The mark must be followed by a space,
    punctuation or nothing.
    """
    old_marks = {old for old, new in footnotes if not new}
    new_marks = {new for old, new in footnotes if not old}
    removed = _trim_mark(hunk.removed, old_marks, hunk.after[:1])
    added = _trim_mark(hunk.added, new_marks, hunk.after[:1])
    if removed == hunk.removed and added == hunk.added:
        return hunk
    return replace(
        hunk,
        removed=removed,
        added=added,
        old_end=hunk.old_end - (len(hunk.removed) - len(removed)),
        new_end=hunk.new_end - (len(hunk.added) - len(added)),
    )


def _trim_mark(text: str, marks: Set[str], following: str) -> str:
    match = _TRAILING_MARK.search(text)
    if match is None or match.group(1) not in marks:
        return text
    rest = text[match.end() :]
    if not _may_follow_mark(rest[:1] or following):
        return text  # "agenda1x": digits glued to a word, no mark
    return text[: match.start()] + rest


def is_trivial_hunk(hunk: Hunk) -> bool:
    """True when neither side holds a word: punctuation or spacing only."""
    return not has_content(hunk.removed) and not has_content(hunk.added)


def _strip_honorifics(text: str, vocab: Vocabulary) -> tuple[str, bool]:
    if vocab.honorifics is None:
        return text, False
    stripped, count = vocab.honorifics.subn(" ", text)
    return stripped, count > 0


def is_name_like(text: str, vocab: Vocabulary) -> bool:
    """Does ``text`` look like a person's name (with or without a title)?

    Chinese transliterations carry the middle dot (费德里科·比列加斯); Latin-script
    names are a few capitalised words, possibly with particles (van der, de).
    """
    stripped, had_title = _strip_honorifics(text, vocab)
    stripped = stripped.strip(" \t\n,，、.。;；:：()（）")
    if not stripped:
        return False
    if _CJK_RE.search(stripped):
        if "·" in stripped or "•" in stripped:
            return len(stripped) <= 24
        return had_title and len(fold(stripped)) <= 6
    words = stripped.replace(",", " ").split()
    if not 1 <= len(words) <= 6:
        return False
    for word in words:
        if word.casefold() in _NAME_PARTICLES:
            continue
        if not _LATIN_NAME_RE.match(word) or not word[0].isupper():
            return False
    return True


def is_name_hunk(hunk: Hunk, vocab: Vocabulary) -> bool:
    """A change of one person's name for another (or a name added/removed in a list)."""
    sides = [side for side in (hunk.removed, hunk.added) if has_content(side)]
    return bool(sides) and all(is_name_like(side, vocab) for side in sides)


def is_officers_text(text: str, vocab: Vocabulary) -> bool:
    """Is this a paragraph about who chairs or serves (where names roll over)?"""
    return vocab.officers is not None and vocab.officers.search(text) is not None


def classify_hunks(
    ops: tuple[WordOp, ...] | list[WordOp],
    vocab: Vocabulary,
    *,
    names_roll_over: bool = False,
    footnotes: Set[tuple[str, str]] = frozenset(),
) -> tuple[list[Hunk], list[Hunk]]:
    """Split a pair's changes into (roll-over or trivial, substantive).

    ``names_roll_over`` lets a personal-name change count as roll-over (officers'
    paragraphs that are not operative); ``footnotes``: the changes of reference marks
    that follow the footnotes (:func:`footnote_marks`).
    """
    changes = hunks(ops)
    old_text = "".join(op.text for op in ops if op.op != "+")
    new_text = "".join(op.text for op in ops if op.op != "-")
    routine = [
        is_trivial_hunk(hunk)
        or is_rollover_hunk(hunk, vocab)
        or (bool(footnotes) and is_footnote_mark_hunk(hunk, footnotes))
        for hunk in changes
    ]
    for index in range(len(changes)):
        if routine[index]:
            continue
        for low, high in _clusters_around(changes, index):
            if _cluster_rolls_over(changes[low : high + 1], old_text, new_text, vocab):
                for number in range(low, high + 1):
                    routine[number] = True
                break
    if names_roll_over:
        for index, hunk in enumerate(changes):
            routine[index] = routine[index] or is_name_hunk(hunk, vocab)
    return (
        [hunk for hunk, flag in zip(changes, routine, strict=True) if flag],
        [hunk for hunk, flag in zip(changes, routine, strict=True) if not flag],
    )


def is_rollover_only(
    ops: tuple[WordOp, ...] | list[WordOp],
    vocab: Vocabulary,
    *,
    names_roll_over: bool = False,
    footnotes: Set[tuple[str, str]] = frozenset(),
) -> bool:
    """True when the pair changed, and every change is roll-over.

    Punctuation-only changes do not count as roll-over on their own (at least one
    change must be a real roll-over item), but they do not spoil one either.
    """
    routine, substantive = classify_hunks(
        ops, vocab, names_roll_over=names_roll_over, footnotes=footnotes
    )
    if substantive:
        return False
    return any(
        not is_trivial_hunk(hunk) and fold(hunk.removed) != fold(hunk.added) for hunk in routine
    )


def is_unchanged_text(ops: tuple[WordOp, ...] | list[WordOp]) -> bool:
    """True when the ops differ only in width or whitespace (or not at all)."""
    return all(fold(hunk.removed) == fold(hunk.added) for hunk in hunks(ops))
