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
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from .model import Block, Document, MandateChange, Pair
from .regexes import may_match
from .rollover import classify_hunks, footnote_marks, without_trailing_marks
from .shifts import KIND_ORDER, HunkKinds, blank, hunk_kinds, phrases, spans, summarise
from .vocabulary import Vocabulary
from .worddiff import new_text_of, old_text_of

KIND_WEIGHT: dict[str, float] = {
    "task": 100.0,
    "strength": 60.0,
    "time-frame": 50.0,
    "meeting-days": 40.0,
    "reporting": 30.0,
    "chair": 20.0,
    "other": 10.0,
}
# A decision added (dropped) as a whole scores this much below a changed decision of
# the same kind, plus at most WHOLE_BONUS_CAP for its other kinds and length.
WHOLE_NEW_BELOW = 5.0
WHOLE_REMOVED_BELOW = 9.0
WHOLE_BONUS_CAP = 4.0
# Recalled decisions added or dropped as a whole rank below the report's own.
RECITAL_FACTOR = 0.5

OPERATIVE_KINDS = frozenset({"paragraph", "bullet", "item", "other"})  # a footnote decides nothing
_SENTENCE_END = re.compile(r"[。；;！？!?]|\.(?=\s|$)")
_LEAD_IN_END = re.compile(r"[:：]\s*[“\"]?\s*$")
_NON_WORD = re.compile(r"[\W_]+")
# Word characters a sentence may open with before its verb ("还", "并", "Also").
_OPENING_SLACK = 4


def _cites_a_paragraph(sentence: str, vocab: Vocabulary) -> bool:
    """A decision reported with its source ("…决定…(CCW/CONF.VI/11, 第 29 段)")."""
    if _LEAD_IN_END.search(sentence):
        return False  # a lead-in quoting the decision below it ("…第 32 段中决定：")
    return any(
        match.groupdict().get("paragraph")
        for pattern in vocab.citations
        if may_match(pattern, sentence)
        for match in pattern.finditer(sentence)
    )


def _decided_by_this_body(sentence: str, verb: re.Match[str], vocab: Vocabulary) -> bool:
    """Is the subject of a decision verb this meeting (会议, the Meeting, the Group)?

    A sentence that opens with the verb ("还决定…", "Decides to…") continues the
    decision of the paragraph or lead-in it belongs to.
    """
    if vocab.deciding_bodies is None:
        return True
    head = sentence[: verb.start()]
    if vocab.deciding_bodies.search(head):
        return True
    return len(_NON_WORD.sub("", head)) <= _OPENING_SLACK


def is_operative_text(text: str, vocab: Vocabulary) -> bool:
    """Does a sentence of ``text`` decide, request, recommend or task a body?

    Reported discussion (代表团…, some delegations, the Chairperson noted) and a
    decision of another body reported with its source are not operative; a decision
    verb counts when this meeting (the Conference, the Group) is its subject.
    """
    work = blank(text, vocab.not_operative)
    modal_verbs = vocab.modal_verbs if vocab.bodies is not None else None
    for start, end in spans(work, _SENTENCE_END):
        sentence = work[start:end]
        # Verbs first: most sentences have none, and then the costlier tests for
        # reported speech and citations cannot change the answer.
        verbs = list(vocab.decision_verbs.finditer(sentence)) if vocab.decision_verbs else []
        modals = list(modal_verbs.finditer(sentence)) if modal_verbs else []
        if not verbs and not modals:
            continue
        if vocab.reported_speech is not None and vocab.reported_speech.search(sentence):
            continue
        if _cites_a_paragraph(sentence, vocab):
            continue
        if any(_decided_by_this_body(sentence, verb, vocab) for verb in verbs):
            return True
        for match in modals:
            window = sentence[max(0, match.start() - vocab.subject_window) : match.start()]
            if vocab.bodies is not None and vocab.bodies.search(window):
                return True
    return False


def is_recital_text(text: str, vocab: Vocabulary) -> bool:
    """Does ``text`` recall an earlier decision (or cite one by paragraph)?"""
    if vocab.recital is not None and vocab.recital.search(text) is not None:
        return True
    return any(pattern.search(text) for pattern in vocab.citations if may_match(pattern, text))


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


def _judged(
    documents: Iterable[Document], judge: Callable[[str], bool], kinds: frozenset[str] | None
) -> list[dict[str, bool]]:
    """``judge`` on every block text (of ``kinds``) of each document, by block id.

    Each distinct text is judged once: two successive reports share most of their
    paragraphs word for word, so this halves the work of a comparison.
    """
    memo: dict[str, bool] = {}
    verdicts: list[dict[str, bool]] = []
    for document in documents:
        own: dict[str, bool] = {}
        for block in document.blocks:
            if kinds is not None and block.kind not in kinds:
                own[block.id] = False
                continue
            verdict = memo.get(block.text)
            if verdict is None:
                verdict = memo[block.text] = judge(block.text)
            own[block.id] = verdict
        verdicts.append(own)
    return verdicts


def operative_ids(document: Document, vocab: Vocabulary) -> frozenset[str]:
    """Ids of the operative blocks of ``document``."""
    (own,) = _judged((document,), lambda text: is_operative_text(text, vocab), OPERATIVE_KINDS)
    return _inherited(document, own)


def operative_ids_of(
    old: Document, new: Document, vocab: Vocabulary
) -> tuple[frozenset[str], frozenset[str]]:
    """Ids of the operative blocks of both documents, each distinct text judged once."""
    old_own, new_own = _judged(
        (old, new), lambda text: is_operative_text(text, vocab), OPERATIVE_KINDS
    )
    return _inherited(old, old_own), _inherited(new, new_own)


def recital_ids_of(old: Document, new: Document, vocab: Vocabulary) -> frozenset[str]:
    """Ids of blocks that recall (quote) an earlier decision, with their bullets, in both
    documents (ids of either), each distinct text judged once."""
    old_own, new_own = _judged((old, new), lambda text: is_recital_text(text, vocab), None)
    return _inherited(old, old_own) | _inherited(new, new_own)


def unit_root(block_id: str, document: Document, operative: frozenset[str]) -> str:
    """The top of the decision a block belongs to (the paragraph above its bullets)."""
    current = document.block(block_id)
    seen = {current.id}
    while current.parent is not None and current.parent in operative:
        try:
            parent = document.block(current.parent)
        except KeyError:
            break
        if parent.id in seen:
            break
        seen.add(parent.id)
        current = parent
    return current.id


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
    operative: tuple[frozenset[str], frozenset[str]] | None = None,
    footnotes: frozenset[tuple[str, str]] | None = None,
) -> tuple[MandateChange, ...]:
    """Group the pairs tagged ``mandate`` into decisions and describe each change.

    ``operative`` is the (old, new) operative block ids when the caller has them
    already (detecting them is the costly part on a long compilation); ``footnotes``
    likewise the footnote marks (:func:`~ccwdiff.core.rollover.footnote_marks`).
    """
    pair_list = list(all_pairs)
    new_of_old = {pair.old: pair.new for pair in pair_list if pair.old}
    old_of_new = {pair.new: pair.old for pair in pair_list if pair.new}
    old_operative, new_operative = operative or operative_ids_of(old, new, vocab)
    recitals = recital_ids_of(old, new, vocab)
    if footnotes is None:
        footnotes = footnote_marks(pair_list, old, new)
    units: dict[tuple[str, str], _Unit] = {}
    for pair in mandate_pairs:
        key, old_root, new_root = _unit_key(
            pair, old, new, old_operative, new_operative, new_of_old, old_of_new
        )
        unit = units.get(key)
        if unit is None:
            unit = units[key] = _Unit(old_root, new_root, [], [], [])
        # The texts the ops rebuild (for a split, the NEW parts put together), so that
        # the offsets of the changes fit.
        old_text = old_text_of(pair.ops)
        new_text = new_text_of(pair.ops)
        _routine, substantive = classify_hunks(pair.ops, vocab, footnotes=footnotes)
        for changed in substantive:
            hunk = without_trailing_marks(changed, footnotes)
            unit.analyses.append(hunk_kinds(hunk, old_text, new_text, vocab))
            unit.removed.extend(phrases(hunk.removed, vocab))
            unit.added.extend(phrases(hunk.added, vocab))
            unit.changed_chars += len(hunk.removed.strip()) + len(hunk.added.strip())
        unit.recital = unit.recital or bool({pair.old, pair.new} & recitals)
        unit.all_inserted = unit.all_inserted and pair.old is None
        unit.all_deleted = unit.all_deleted and pair.new is None
        if not unit.whole_text:
            unit.whole_text = new_text or old_text
    changes = [_change(unit, vocab) for unit in units.values() if unit.removed or unit.added]
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


def _vague_time_only(unit: _Unit, vocab: Vocabulary) -> bool:
    """Are all the time words of a unit vague ("尽快", "as soon as possible")?"""
    if vocab.vague_time_frame is None:
        return False
    found = [word for analysis in unit.analyses for word in analysis.time_old + analysis.time_new]
    return bool(found) and all(vocab.vague_time_frame.fullmatch(word) for word in found)


def _change(unit: _Unit, vocab: Vocabulary) -> MandateChange:
    kinds = {kind for analysis in unit.analyses for kind in analysis.kinds}
    whole: str | None = None
    if unit.all_inserted:
        whole = "New decision"
    elif unit.all_deleted:
        whole = "Decision removed"
    if whole is not None and "time-frame" in kinds and _vague_time_only(unit, vocab):
        # "尽快缴纳" in a dropped paragraph is no deadline that moved.
        kinds.discard("time-frame")
    if len(kinds) > 1:
        kinds.discard("other")
    ordered = tuple(kind for kind in KIND_ORDER if kind in kinds) or ("other",)
    weights = sorted((KIND_WEIGHT[kind] for kind in ordered), reverse=True)
    bonus = 0.1 * sum(weights[1:]) + min(unit.changed_chars, 400) / 40.0
    if whole is not None:
        # A decision added or dropped whole ranks below a changed decision of the same
        # kind (the reader looks for what was decided differently), a new one above a
        # dropped one.
        below = WHOLE_NEW_BELOW if unit.all_inserted else WHOLE_REMOVED_BELOW
        score = weights[0] - below + min(WHOLE_BONUS_CAP, 0.2 * bonus)
    else:
        score = weights[0] + bonus
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
        summary=summarise(unit.analyses, whole, unit.whole_text, vocab),
        score=round(score, 3),
    )
