"""Kinds of shift of one change in a decision, and the sentence that sums them up.

A change (hunk) of an operative paragraph is a change of **task** (the object of a
task verb: 审议各项提案 → 审议一项文书的一套要素), of **strength** (加紧 → 进一步,
should → shall), of **time frame** (最好在 2025 年底之前完成工作), of **meeting days**
(为期 10 天, seven (5+2) days), of the **reporting** line (向缔约方会议 → 第七次审查会议
提交报告), of the **chair**, or **other**. The words come from the vocabulary; this
module only knows where to look: in the changed words themselves (strength, time,
days) or in the clause around them (task, reporting, chair).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from .rollover import Hunk, has_content
from .tokenize import is_word, tokenize
from .vocabulary import Vocabulary

KIND_ORDER: tuple[str, ...] = (
    "task",
    "strength",
    "time-frame",
    "meeting-days",
    "reporting",
    "chair",
    "other",
)
_REFERENCE = re.compile(
    r"[A-Z][A-Z0-9]*(?:\.[A-Z0-9]+)*(?:/[A-Za-z0-9]+(?:[.\-][A-Za-z0-9]+)*)+|\d+(?:[.,]\d+)*"
)
_SUMMARY_CHARS = 60
_CLAUSE_CHARS = 40
_EDGES = " \t\n,，;；:：.。、"
# Content characters besides the modal that a "modal only" change may hold ("应在").
_MODAL_SLACK = 2


def blank(text: str, pattern: re.Pattern[str] | None) -> str:
    """Replace matches by spaces, keeping offsets."""
    if pattern is None:
        return text
    return pattern.sub(lambda match: " " * len(match.group()), text)


def spans(text: str, separators: re.Pattern[str]) -> list[tuple[int, int]]:
    """(start, end) of the non-blank pieces of ``text`` between separators."""
    result: list[tuple[int, int]] = []
    at = 0
    for match in separators.finditer(text):
        result.append((at, match.start()))
        at = match.end()
    result.append((at, len(text)))
    return [(start, end) for start, end in result if text[start:end].strip()]


@dataclass(frozen=True)
class HunkKinds:
    """The kinds of one change, and the clauses around it for the summary."""

    hunk: Hunk
    kinds: frozenset[str]
    old_clause: str
    new_clause: str
    strength_old: tuple[str, ...]
    strength_new: tuple[str, ...]
    time_old: tuple[str, ...]
    time_new: tuple[str, ...]
    days_old: tuple[str, ...]
    days_new: tuple[str, ...]
    # The clauses that name the reporting line, for "reporting: X → Y".
    reporting_old: str = ""
    reporting_new: str = ""


def _overlapping(
    pattern: re.Pattern[str] | None, text: str, start: int, end: int
) -> tuple[str, ...]:
    if pattern is None or start >= end:
        return ()
    return tuple(
        match.group().strip()
        for match in pattern.finditer(text)
        if match.start() < end and match.end() > start and match.group().strip()
    )


def _clauses_over(text: str, start: int, end: int, vocab: Vocabulary) -> list[str]:
    if start >= end:
        return []
    return [
        text[c_start:c_end].strip()
        for c_start, c_end in spans(text, vocab.clause_separators)
        if c_start < end and c_end > start
    ]


def _residual(text: str, vocab: Vocabulary, *, references: bool = False) -> bool:
    """Is there content left once strength, modal, time and day words are removed?

    With ``references``, document symbols, citations and bare numbers are removed
    too: a changed source reference ("CCW/CONF.VI/11, 第 27 段") is not a new task.
    """
    for pattern in (vocab.strength_words, vocab.time_frame, vocab.meeting_days):
        text = blank(text, pattern)
    for pattern, _level in vocab.strength_levels:
        text = blank(text, pattern)
    if references:
        for citation in vocab.citations:
            text = blank(text, citation)
        text = blank(text, _REFERENCE)
    return has_content(text)


def _modal_only(text: str, vocab: Vocabulary) -> bool:
    """Is ``text`` (nearly) nothing but modal and strength words ("应在", "should")?"""
    for pattern in (vocab.strength_words,):
        text = blank(text, pattern)
    for pattern, _level in vocab.strength_levels:
        text = blank(text, pattern)
    content = "".join(token for token in tokenize(text) if is_word(token))
    return len(content) <= _MODAL_SLACK


def _level_words(text: str, vocab: Vocabulary) -> tuple[str, ...]:
    return tuple(
        match.group()
        for pattern, _level in vocab.strength_levels
        for match in pattern.finditer(text)
    )


def _task_context(text: str, start: int, end: int, vocab: Vocabulary) -> bool:
    """A task verb in the change, or earlier in its clause (the change is its object)."""
    if vocab.task_verbs is None or start >= end:
        return False
    for c_start, c_end in spans(text, vocab.clause_separators):
        if c_start < end and c_end > start and vocab.task_verbs.search(text[c_start:end]):
            return True
    return False


def _pick_clause(clauses: list[str], pattern: re.Pattern[str] | None) -> str:
    if pattern is not None:
        for clause in clauses:
            if pattern.search(clause):
                return clause
    return clauses[0] if clauses else ""


def hunk_kinds(hunk: Hunk, old_text: str, new_text: str, vocab: Vocabulary) -> HunkKinds:
    """What kind of shift one substantive change is."""
    kinds: set[str] = set()
    o_start, o_end = hunk.old_start, hunk.old_end
    n_start, n_end = hunk.new_start, hunk.new_end
    strength_old = _overlapping(vocab.strength_words, old_text, o_start, o_end)
    strength_new = _overlapping(vocab.strength_words, new_text, n_start, n_end)
    if strength_old or strength_new:
        kinds.add("strength")
    level_old = vocab.strength_level(hunk.removed)
    level_new = vocab.strength_level(hunk.added)
    if (
        level_old != level_new
        and _modal_only(hunk.removed, vocab)
        and _modal_only(hunk.added, vocab)
    ):
        # "should" -> "shall": the change is the modal itself, not the text. A modal
        # still written elsewhere on the other side ("应" dropped from one sentence,
        # "应按照…" kept) did not change the paragraph's strength.
        removed_words = tuple(w for w in _level_words(hunk.removed, vocab) if w not in new_text)
        added_words = tuple(w for w in _level_words(hunk.added, vocab) if w not in old_text)
        if removed_words or added_words:
            kinds.add("strength")
            strength_old += removed_words
            strength_new += added_words
    time_old = _overlapping(vocab.time_frame, old_text, o_start, o_end)
    time_new = _overlapping(vocab.time_frame, new_text, n_start, n_end)
    if time_old or time_new:
        kinds.add("time-frame")
    days_old = _overlapping(vocab.meeting_days, old_text, o_start, o_end)
    days_new = _overlapping(vocab.meeting_days, new_text, n_start, n_end)
    if days_old or days_new:
        kinds.add("meeting-days")
    old_clauses = _clauses_over(old_text, o_start, o_end, vocab)
    new_clauses = _clauses_over(new_text, n_start, n_end, vocab)
    residual = _residual(hunk.removed, vocab, references=True) or _residual(
        hunk.added, vocab, references=True
    )
    if residual:
        if _task_context(old_text, o_start, o_end, vocab) or _task_context(
            new_text, n_start, n_end, vocab
        ):
            kinds.add("task")
        for kind, pattern in (("reporting", vocab.reporting), ("chair", vocab.chair)):
            if pattern is not None and any(
                pattern.search(clause) for clause in old_clauses + new_clauses
            ):
                kinds.add(kind)
        # A task clause that only reports or names the chair is about those, not the task.
        if "task" in kinds and kinds & {"reporting", "chair"}:
            kinds.discard("task")
    if not kinds:
        kinds.add("other")
    return HunkKinds(
        hunk=hunk,
        kinds=frozenset(kinds),
        old_clause=_pick_clause(old_clauses, vocab.task_verbs),
        new_clause=_pick_clause(new_clauses, vocab.task_verbs),
        strength_old=strength_old,
        strength_new=strength_new,
        time_old=time_old,
        time_new=time_new,
        days_old=days_old,
        days_new=days_new,
        reporting_old=_pick_clause(old_clauses, vocab.reporting) if vocab.reporting else "",
        reporting_new=_pick_clause(new_clauses, vocab.reporting) if vocab.reporting else "",
    )


_TOKEN = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*|\S", re.UNICODE)


def _cjk(char: str) -> bool:
    return "\u3400" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff"


def _tokens(text: str) -> list[tuple[int, int]]:
    """Spans of words (a Latin word, or one CJK character, or one other sign)."""
    result: list[tuple[int, int]] = []
    for match in _TOKEN.finditer(text):
        if any(_cjk(char) for char in match.group()):
            result.extend((at, at + 1) for at in range(match.start(), match.end()))
        else:
            result.append((match.start(), match.end()))
    return result


def _differing_parts(old: str, new: str, vocab: Vocabulary) -> tuple[str, str]:
    """What differs between two clauses, widened to whole body names.

    "并向缔约方会议提交报告" / "并向第七次审查会议提交报告" give "缔约方会议" /
    "第七次审查会议" (the shared "会议" belongs to both names).
    """
    old_tokens, new_tokens = _tokens(old), _tokens(new)

    def text_of(text: str, token: tuple[int, int]) -> str:
        return text[token[0] : token[1]].casefold()

    head = 0
    while head < min(len(old_tokens), len(new_tokens)) and text_of(
        old, old_tokens[head]
    ) == text_of(new, new_tokens[head]):
        head += 1
    tail = 0
    while tail < min(len(old_tokens), len(new_tokens)) - head and text_of(
        old, old_tokens[-1 - tail]
    ) == text_of(new, new_tokens[-1 - tail]):
        tail += 1

    def widened(text: str, tokens: list[tuple[int, int]]) -> str:
        if head >= len(tokens) - tail:
            return ""
        start, end = tokens[head][0], tokens[len(tokens) - tail - 1][1]
        changed = True
        while changed and vocab.bodies is not None:
            changed = False
            for match in vocab.bodies.finditer(text):
                if match.start() <= end and match.end() >= start:
                    if match.start() < start or match.end() > end:
                        start, end = min(start, match.start()), max(end, match.end())
                        changed = True
        return text[start:end].strip(_EDGES)

    return widened(old, old_tokens), widened(new, new_tokens)


def _reported_to(clause: str, vocab: Vocabulary) -> str:
    """The part of a clause naming the body reported to.

    After the reporting words when a body follows them ("submit a report to | the
    meeting of High Contracting Parties"), else the reporting words themselves, which
    then hold the body ("向缔约方会议提交").
    """
    if vocab.reporting is None:
        return clause
    match = vocab.reporting.search(clause)
    if match is None:
        return clause
    after = clause[match.end() :]
    if vocab.bodies is not None and vocab.bodies.search(after):
        return after
    return match.group()


def _reporting_parts(first: HunkKinds, vocab: Vocabulary) -> tuple[str, str]:
    """The bodies reported to, old and new, else the changed words themselves."""
    if first.reporting_old and first.reporting_new:
        old_part, new_part = _differing_parts(
            _reported_to(first.reporting_old, vocab),
            _reported_to(first.reporting_new, vocab),
            vocab,
        )
        if has_content(old_part) and has_content(new_part):
            return old_part, new_part
    return first.hunk.removed.strip(_EDGES), first.hunk.added.strip(_EDGES)


def phrases(text: str, vocab: Vocabulary) -> list[str]:
    """The phrases of a removed or added run: split at clause punctuation, trimmed."""
    result: list[str] = []
    for start, end in spans(text, vocab.clause_separators):
        piece = text[start:end].strip(" \t\n,，、")
        if piece and has_content(piece):
            result.append(piece)
    return result


def _short(text: str) -> str:
    text = " ".join(text.split()).strip(_EDGES)
    return text if len(text) <= _SUMMARY_CHARS else text[: _SUMMARY_CHARS - 1] + "…"


def _unique(items: Iterable[str]) -> list[str]:
    seen: list[str] = []
    for item in items:
        if item and item not in seen:
            seen.append(item)
    return seen


def _arrow(old: Iterable[str], new: Iterable[str], label: str) -> str:
    old_items = _unique(old)
    new_items = _unique(new)
    if old_items != new_items:
        # Words on both sides ("应" kept while "加紧" became "进一步") say nothing.
        old_items, new_items = (
            [item for item in old_items if item not in new_items],
            [item for item in new_items if item not in old_items],
        )
    old_text = ", ".join(_short(item) for item in old_items)
    new_text = ", ".join(_short(item) for item in new_items)
    if old_text and new_text:
        return f"{label}: {old_text} → {new_text}"
    if new_text:
        return f"new {label}: {new_text}"
    return f"{label} removed: {old_text}"


def summarise(analyses: list[HunkKinds], whole: str | None, text: str, vocab: Vocabulary) -> str:
    """One short sentence: what changed, kind by kind, most important first."""
    if whole is not None:
        return f"{whole}: {_short(text)}"
    parts: list[str] = []
    for kind in KIND_ORDER:
        chosen = [analysis for analysis in analyses if kind in analysis.kinds]
        if not chosen:
            continue
        first = chosen[0]
        if kind == "task":
            # A short clause reads best ("加紧审议各项提案"); in a long English
            # sentence the changed words themselves say more.
            old_side = first.old_clause if len(first.old_clause) <= _CLAUSE_CHARS else ""
            new_side = first.new_clause if len(first.new_clause) <= _CLAUSE_CHARS else ""
            if not old_side or not new_side:
                old_side, new_side = first.hunk.removed.strip(), first.hunk.added.strip()
            if old_side and new_side:
                parts.append(f"task changed: {_short(old_side)} → {_short(new_side)}")
            else:
                parts.append(_arrow([old_side], [new_side], "task"))
        elif kind == "strength":
            parts.append(
                _arrow(
                    [word for item in chosen for word in item.strength_old],
                    [word for item in chosen for word in item.strength_new],
                    "strength",
                )
            )
        elif kind == "time-frame":
            parts.append(
                _arrow(
                    [word for item in chosen for word in item.time_old],
                    [word for item in chosen for word in item.time_new],
                    "time frame",
                )
            )
        elif kind == "meeting-days":
            parts.append(
                _arrow(
                    [word for item in chosen for word in item.days_old],
                    [word for item in chosen for word in item.days_new],
                    "meeting days",
                )
            )
        elif kind == "reporting":
            old_part, new_part = _reporting_parts(first, vocab)
            parts.append(_arrow([old_part], [new_part], "reporting"))
        else:
            label = {"chair": "chair", "other": "wording"}[kind]
            parts.append(
                _arrow([first.hunk.removed.strip(_EDGES)], [first.hunk.added.strip(_EDGES)], label)
            )
        if len(parts) >= 4:
            break
    sentence = "; ".join(parts)
    return sentence[:1].upper() + sentence[1:]
