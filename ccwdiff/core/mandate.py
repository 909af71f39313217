"""Mandate analysis: which paragraphs decide something, and how a decision shifted.

An *operative* block is one that decides, requests or recommends ("会议决定", "请",
"decides", "requests"), or that gives a body a task with a modal verb ("专家组应…",
"the Group shall…"), or that sits under such a block (the bullets after "会议决定：").
The words come from the language's vocabulary file, not from this code.

A decision and its bullets form one *unit*: the reader wants "¶20 (was ¶32) changed:
task, time frame, meeting days, chair", not four separate entries. For each unit whose
wording changed beyond roll-over, :func:`mandate_changes` reports the phrases removed
and added, the kinds of shift (task, strength, time-frame, meeting-days, reporting,
chair, other), a one-line summary and a score for ordering, most important first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from .model import Block, Document, MandateChange, Pair
from .rollover import Hunk, classify_hunks, has_content
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
KIND_WEIGHT: dict[str, float] = {
    "task": 100.0,
    "strength": 60.0,
    "time-frame": 50.0,
    "meeting-days": 40.0,
    "reporting": 30.0,
    "chair": 20.0,
    "other": 10.0,
}
# A decision added as a whole ranks between a changed task and a changed strength;
# one dropped as a whole between meeting days and the reporting line.
NEW_DECISION_WEIGHT = 70.0
REMOVED_DECISION_WEIGHT = 35.0
# Recalled decisions added or dropped as a whole rank below the report's own.
RECITAL_FACTOR = 0.5

OPERATIVE_KINDS = frozenset({"paragraph", "bullet", "item", "other"})
_REFERENCE = re.compile(
    r"[A-Z][A-Z0-9]*(?:\.[A-Z0-9]+)*(?:/[A-Za-z0-9]+(?:[.\-][A-Za-z0-9]+)*)+|\d+(?:[.,]\d+)*"
)
_SENTENCE_END = re.compile(r"[。；;！？!?]|\.(?=\s|$)")
_SUMMARY_CHARS = 60
_CLAUSE_CHARS = 40
_EDGES = " \t\n,，;；:：.。、"
# Content characters besides the modal that a "modal only" change may hold ("应在").
_MODAL_SLACK = 2


def _blank(text: str, pattern: re.Pattern[str] | None) -> str:
    """Replace matches by spaces, keeping offsets."""
    if pattern is None:
        return text
    return pattern.sub(lambda match: " " * len(match.group()), text)


def _spans(text: str, separators: re.Pattern[str]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    at = 0
    for match in separators.finditer(text):
        spans.append((at, match.start()))
        at = match.end()
    spans.append((at, len(text)))
    return [(start, end) for start, end in spans if text[start:end].strip()]


def is_operative_text(text: str, vocab: Vocabulary) -> bool:
    """Does a sentence of ``text`` decide, request, recommend or task a body?"""
    work = _blank(text, vocab.not_operative)
    for start, end in _spans(work, _SENTENCE_END):
        sentence = work[start:end]
        if vocab.reported_speech is not None and vocab.reported_speech.search(sentence):
            continue
        if vocab.decision_verbs is not None and vocab.decision_verbs.search(sentence):
            return True
        if vocab.modal_verbs is None or vocab.bodies is None:
            continue
        for match in vocab.modal_verbs.finditer(sentence):
            window = sentence[max(0, match.start() - vocab.subject_window) : match.start()]
            if vocab.bodies.search(window):
                return True
    return False


def is_recital_text(text: str, vocab: Vocabulary) -> bool:
    """Does ``text`` recall an earlier decision (or cite one by paragraph)?"""
    if vocab.recital is not None and vocab.recital.search(text) is not None:
        return True
    return any(pattern.search(text) for pattern in vocab.citations)


def _inherited(document: Document, own: dict[str, bool]) -> frozenset[str]:
    """Blocks that are marked themselves or sit under a marked operative-kind block."""
    index = {block.id: block for block in document.blocks}
    memo: dict[str, bool] = {}

    def marked(block: Block) -> bool:
        if block.id in memo:
            return memo[block.id]
        memo[block.id] = False  # guards against a cycle in malformed input
        result = block.kind in OPERATIVE_KINDS and (
            own.get(block.id, False)
            or (block.parent is not None and block.parent in index and marked(index[block.parent]))
        )
        memo[block.id] = result
        return result

    return frozenset(block.id for block in document.blocks if marked(block))


def operative_ids(document: Document, vocab: Vocabulary) -> frozenset[str]:
    """Ids of the operative blocks of ``document``."""
    own = {
        block.id: block.kind in OPERATIVE_KINDS and is_operative_text(block.text, vocab)
        for block in document.blocks
    }
    return _inherited(document, own)


def recital_ids(document: Document, vocab: Vocabulary) -> frozenset[str]:
    """Ids of blocks that recall (quote) an earlier decision, with their bullets."""
    own = {block.id: is_recital_text(block.text, vocab) for block in document.blocks}
    return _inherited(document, own)


def unit_root(block_id: str, document: Document, operative: frozenset[str]) -> str:
    """The top of the decision a block belongs to (the paragraph above its bullets)."""
    index = {block.id: block for block in document.blocks}
    current = index[block_id]
    seen = {current.id}
    while current.parent is not None and current.parent in operative:
        parent = index.get(current.parent)
        if parent is None or parent.id in seen:
            break
        seen.add(parent.id)
        current = parent
    return current.id


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
        for c_start, c_end in _spans(text, vocab.clause_separators)
        if c_start < end and c_end > start
    ]


def _residual(text: str, vocab: Vocabulary, *, references: bool = False) -> bool:
    """Is there content left once strength, modal, time and day words are removed?

    With ``references``, document symbols, citations and bare numbers are removed
    too: a changed source reference ("CCW/CONF.VI/11, 第 27 段") is not a new task.
    """
    for pattern in (vocab.strength_words, vocab.time_frame, vocab.meeting_days):
        text = _blank(text, pattern)
    for pattern, _level in vocab.strength_levels:
        text = _blank(text, pattern)
    if references:
        for citation in vocab.citations:
            text = _blank(text, citation)
        text = _blank(text, _REFERENCE)
    return has_content(text)


def _modal_only(text: str, vocab: Vocabulary) -> bool:
    """Is ``text`` (nearly) nothing but modal and strength words ("应在", "should")?"""
    for pattern in (vocab.strength_words,):
        text = _blank(text, pattern)
    for pattern, _level in vocab.strength_levels:
        text = _blank(text, pattern)
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
    for c_start, c_end in _spans(text, vocab.clause_separators):
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
        # "should" -> "shall", "应" dropped: the change is the modal itself, not the text.
        kinds.add("strength")
        strength_old += _level_words(hunk.removed, vocab)
        strength_new += _level_words(hunk.added, vocab)
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
    )


def phrases(text: str, vocab: Vocabulary) -> list[str]:
    """The phrases of a removed or added run: split at clause punctuation, trimmed."""
    result: list[str] = []
    for start, end in _spans(text, vocab.clause_separators):
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


def summarise(analyses: list[HunkKinds], whole: str | None, text: str) -> str:
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
        else:
            label = {"reporting": "reporting", "chair": "chair", "other": "wording"}[kind]
            parts.append(
                _arrow([first.hunk.removed.strip(_EDGES)], [first.hunk.added.strip(_EDGES)], label)
            )
        if len(parts) >= 4:
            break
    sentence = "; ".join(parts)
    return sentence[:1].upper() + sentence[1:]


@dataclass
class _Unit:
    old_root: str
    new_root: str
    analyses: list[HunkKinds]
    removed: list[str]
    added: list[str]
    changed_chars: int = 0
    recital: bool = False
    all_inserted: bool = True
    all_deleted: bool = True
    whole_text: str = ""


def mandate_changes(
    mandate_pairs: Iterable[Pair],
    all_pairs: Iterable[Pair],
    old: Document,
    new: Document,
    vocab: Vocabulary,
) -> tuple[MandateChange, ...]:
    """Group the pairs tagged ``mandate`` into decisions and describe each change."""
    pair_list = list(all_pairs)
    new_of_old = {pair.old: pair.new for pair in pair_list if pair.old}
    old_of_new = {pair.new: pair.old for pair in pair_list if pair.new}
    old_operative = operative_ids(old, vocab)
    new_operative = operative_ids(new, vocab)
    recitals = recital_ids(old, vocab) | recital_ids(new, vocab)
    old_index = {block.id: block for block in old.blocks}
    new_index = {block.id: block for block in new.blocks}
    units: dict[tuple[str, str], _Unit] = {}
    for pair in mandate_pairs:
        key, old_root, new_root = _unit_key(
            pair, old, new, old_operative, new_operative, new_of_old, old_of_new
        )
        unit = units.get(key)
        if unit is None:
            unit = units[key] = _Unit(old_root, new_root, [], [], [])
        old_text = old_index[pair.old].text if pair.old in old_index else ""
        new_text = new_index[pair.new].text if pair.new in new_index else ""
        _routine, substantive = classify_hunks(pair.ops, vocab)
        for hunk in substantive:
            unit.analyses.append(hunk_kinds(hunk, old_text, new_text, vocab))
            unit.removed.extend(phrases(hunk.removed, vocab))
            unit.added.extend(phrases(hunk.added, vocab))
            unit.changed_chars += len(hunk.removed.strip()) + len(hunk.added.strip())
        unit.recital = unit.recital or bool({pair.old, pair.new} & recitals)
        unit.all_inserted = unit.all_inserted and pair.old is None
        unit.all_deleted = unit.all_deleted and pair.new is None
        if not unit.whole_text:
            unit.whole_text = new_text or old_text
    changes = [_change(unit) for unit in units.values() if unit.removed or unit.added]
    order = {block.id: number for number, block in enumerate(new.blocks)}
    old_order = {block.id: number for number, block in enumerate(old.blocks)}
    changes.sort(
        key=lambda change: (
            -change.score,
            order.get(change.new, len(order)),
            old_order.get(change.old, len(old_order)),
        )
    )
    return tuple(changes)


def _unit_key(
    pair: Pair,
    old: Document,
    new: Document,
    old_operative: frozenset[str],
    new_operative: frozenset[str],
    new_of_old: dict[str, str | None],
    old_of_new: dict[str, str | None],
) -> tuple[tuple[str, str], str, str]:
    """(unit key, old root id or "", new root id or "") of a mandate pair."""
    if pair.new is not None:
        new_root = unit_root(pair.new, new, new_operative)
        old_root = old_of_new.get(new_root) or ""
        if not old_root and pair.old is not None:
            old_root = unit_root(pair.old, old, old_operative)
        return ("new", new_root), old_root, new_root
    assert pair.old is not None
    old_root = unit_root(pair.old, old, old_operative)
    counterpart = new_of_old.get(old_root)
    if counterpart:
        return ("new", counterpart), old_root, counterpart
    return ("old", old_root), old_root, ""


def _change(unit: _Unit) -> MandateChange:
    kinds = {kind for analysis in unit.analyses for kind in analysis.kinds}
    if len(kinds) > 1:
        kinds.discard("other")
    ordered = tuple(kind for kind in KIND_ORDER if kind in kinds) or ("other",)
    whole: str | None = None
    if unit.all_inserted:
        whole = "New decision"
    elif unit.all_deleted:
        whole = "Decision removed"
    weights = sorted((KIND_WEIGHT[kind] for kind in ordered), reverse=True)
    if whole is not None:
        # A whole decision ranks by being new (or gone); its kinds only add a little.
        top = NEW_DECISION_WEIGHT if unit.all_inserted else REMOVED_DECISION_WEIGHT
        score = top + 0.1 * sum(weights)
    else:
        score = weights[0] + 0.1 * sum(weights[1:])
    score += min(unit.changed_chars, 400) / 40.0
    if unit.recital and whole is not None:
        # A recalled decision that appears or disappears is a change of narrative; a
        # recalled mandate whose wording changed (a GGE report quoting its mandate) is not.
        score *= RECITAL_FACTOR
    return MandateChange(
        old=unit.old_root,
        new=unit.new_root,
        removed=tuple(unit.removed),
        added=tuple(unit.added),
        kinds=ordered,
        summary=summarise(unit.analyses, whole, unit.whole_text),
        score=round(score, 3),
    )
