"""The comparison pipeline: documents in, aligned and word-diffed pairs out.

``compare_files`` loads, cleans and parses both files, then ``compare_documents``
segments every block once, aligns the blocks, diffs each aligned pair at word level
and hands the result to the classifier (mandate, routine, list...). Progress and
cancel are plain callbacks so that the window can run this in a worker thread.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from . import classify as classify_module
from .align import AlignedPair, align_blocks, one_to_one
from .errors import BadReference
from .errors import raise_if_cancelled as _check
from .model import (
    Block,
    CancelCallback,
    Comparison,
    Document,
    Pair,
    ProgressCallback,
    WordOp,
)
from .perf import gc_paused
from .tokenize import comparison_key, content_words, tokenize
from .worddiff import diff_tokens

# Warning codes a Comparison may carry (the CLI and window turn them into sentences).
SAME_FILE = "same-file"
IDENTICAL = "identical"
LANGUAGE_MISMATCH = "language-mismatch"


def _report(progress: ProgressCallback | None, stage: str, fraction: float) -> None:
    if progress is not None:
        progress(stage, fraction)


@gc_paused  # see perf.py: the collector cost a third of a large comparison
def compare_files(
    old_path: str | os.PathLike[str],
    new_path: str | os.PathLike[str],
    *,
    password_old: str | None = None,
    password_new: str | None = None,
    anchors: Sequence[tuple[str, str]] = (),
    separations: Sequence[tuple[str, str]] = (),
    strict_references: bool = True,
    progress: ProgressCallback | None = None,
    cancel: CancelCallback | None = None,
) -> Comparison:
    """Load, parse and compare two report files (PDF, DOCX, TXT/MD in any mix).

    ``anchors`` and ``separations``: pairs the user made or undid by hand (see
    :func:`compare_documents`), each side a block id or a citation ("¶32", "¶24(a)",
    "三."; :func:`~ccwdiff.core.cite.find_block`). A reference that names no paragraph,
    or several, raises :class:`~ccwdiff.core.errors.BadReference` before the comparison;
    with ``strict_references`` false it is left out instead (corrections remembered for
    files whose parsing has changed since).
    """
    from .cite import find_block
    from .document import build_document
    from .loaders import load

    _report(progress, "load", 0.0)
    old_raw = load(old_path, password=password_old, cancel=cancel)
    _check(cancel)
    _report(progress, "load", 0.5)
    new_raw = load(new_path, password=password_new, cancel=cancel)
    _check(cancel)
    _report(progress, "structure", 0.0)
    old_doc = build_document(old_raw)
    _report(progress, "structure", 0.5)
    new_doc = build_document(new_raw)
    _check(cancel)

    def resolve(pairs: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
        resolved = []
        for old, new in pairs:
            try:
                resolved.append((find_block(old_doc, old), find_block(new_doc, new)))
            except BadReference:
                if strict_references:
                    raise
        return resolved

    comparison = compare_documents(
        old_doc,
        new_doc,
        anchors=resolve(anchors),
        separations=resolve(separations),
        progress=progress,
        cancel=cancel,
    )
    if _same_file(old_path, new_path):
        comparison = _with_warning(comparison, SAME_FILE)
    return comparison


def _same_file(a: str | os.PathLike[str], b: str | os.PathLike[str]) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return Path(a).resolve() == Path(b).resolve()


def _with_warning(comparison: Comparison, code: str) -> Comparison:
    if code in comparison.warnings:
        return comparison
    return replace(comparison, warnings=(*comparison.warnings, code))


@gc_paused
def compare_documents(
    old: Document,
    new: Document,
    *,
    anchors: Sequence[tuple[str, str]] = (),
    separations: Sequence[tuple[str, str]] = (),
    progress: ProgressCallback | None = None,
    cancel: CancelCallback | None = None,
) -> Comparison:
    """Align and word-diff two parsed documents, then classify the changes.

    ``anchors``: (old id, new id) pairs that must pair whatever their texts (the user
    paired them by hand); ``separations``: pairs that must not (the user unpaired
    them). Ids not in the documents are ignored; of two anchors that claim one block,
    the later wins; an anchor wins over a separation of the same pair. The comparison
    records those that apply.
    """
    _report(progress, "segment", 0.0)
    # Two successive reports share most paragraphs word for word: each distinct text
    # is segmented once (the token lists are shared, and never modified).
    memo: dict[str, list[str]] = {}
    old_tokens = _segment(old.blocks, progress, cancel, 0.0, memo)
    new_tokens = _segment(new.blocks, progress, cancel, 0.5, memo)
    words_memo: dict[str, list[str]] = {}

    def words_of(tokens: list[str], block: Block) -> list[str]:
        # One list per distinct text, shared by its blocks (the aligner counts each
        # list once and never modifies it); a document-list row adds its symbol.
        words = words_memo.get(block.text)
        if words is None:
            words = content_words(tokens)
            if "/" in block.text:
                words = _symbol_series(words)
            words_memo[block.text] = words
        identity = _label_identity(block)
        return words + identity if identity else words

    old_words = [
        words_of(tokens, block) for tokens, block in zip(old_tokens, old.blocks, strict=True)
    ]
    new_words = [
        words_of(tokens, block) for tokens, block in zip(new_tokens, new.blocks, strict=True)
    ]

    _report(progress, "align", 0.0)
    old_index = {block.id: i for i, block in enumerate(old.blocks)}
    new_index = {block.id: i for i, block in enumerate(new.blocks)}
    paired = one_to_one(_known(anchors, old_index, new_index))
    unpaired = [pair for pair in _known(separations, old_index, new_index) if pair not in paired]
    aligned = align_blocks(
        old.blocks,
        new.blocks,
        old_words,
        new_words,
        anchors=[(old_index[o], new_index[n]) for o, n in paired],
        separate=[(old_index[o], new_index[n]) for o, n in unpaired],
        cancel=cancel,
    )
    _report(progress, "align", 1.0)

    pairs: list[Pair] = []
    # A pair of texts found more than once (a heading of every chapter with its year
    # rolled over) is diffed once: blocks of one text share one token list.
    diffs: dict[tuple[int, int], tuple[WordOp, ...]] = {}
    for count, item in enumerate(aligned):
        if count % 64 == 0:
            _check(cancel)
            _report(progress, "diff", count / max(1, len(aligned)))
        pairs.append(_make_pair(item, old, new, old_tokens, new_tokens, diffs))
    _report(progress, "diff", 1.0)

    warnings: list[str] = []
    if old.language != new.language and "und" not in (old.language, new.language):
        warnings.append(LANGUAGE_MISMATCH)
    if all(pair.status == "unchanged" for pair in pairs) and old.blocks:
        warnings.append(IDENTICAL)
    comparison = Comparison(
        old=old,
        new=new,
        pairs=tuple(pairs),
        warnings=tuple(warnings),
        paired_by_hand=tuple(paired),
        unpaired_by_hand=tuple(unpaired),
    )
    _report(progress, "classify", 0.0)
    comparison = classify_module.classify(comparison)
    _report(progress, "classify", 1.0)
    return comparison


def _known(
    pairs: Sequence[tuple[str, str]], old_index: dict[str, int], new_index: dict[str, int]
) -> list[tuple[str, str]]:
    """The (old id, new id) pairs whose ids are in the documents, once each, in order."""
    return list(dict.fromkeys((o, n) for o, n in pairs if o in old_index and n in new_index))


def _segment(
    blocks: Sequence[Block],
    progress: ProgressCallback | None,
    cancel: CancelCallback | None,
    offset: float,
    memo: dict[str, list[str]],
) -> list[list[str]]:
    result: list[list[str]] = []
    for count, block in enumerate(blocks):
        if count % 64 == 0:
            _check(cancel)
            _report(progress, "segment", offset + 0.5 * count / max(1, len(blocks)))
        tokens = memo.get(block.text)
        if tokens is None:
            tokens = memo[block.text] = tokenize(block.text)
        result.append(tokens)
    return result


_YEAR = re.compile(r"(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])")
_SYMBOL_LABEL = re.compile(r"^[A-Z][A-Z0-9.]*(?:/[A-Za-z0-9.\-]+)+$")
LABEL_IDENTITY_WEIGHT = 3


def _symbol_series(words: list[str]) -> list[str]:
    """The words with each document symbol's year masked, for the aligner.

    CCW/MSP/2022/7 and CCW/MSP/2023/7 are the same report of successive years: to
    the aligner they are one word, as a year rolled over weighs little elsewhere (a
    footnote that cites only a symbol would otherwise share no word with its next
    edition). The word diff still shows the year changed.
    """
    return [_YEAR.sub("#", word) if "/" in word else word for word in words]


def _label_identity(block: Block) -> list[str]:
    """Pseudo-words that make a document-list row's symbol part of its identity.

    In a list of documents the symbol is what identifies a row (its year rolls
    over: CCW/MSP/2022/WP.5 ↔ CCW/MSP/2023/WP.5); the title only confirms it.
    Paragraph numbers, by contrast, are not identity: they are renumbered freely.
    """
    label = (block.label or "").strip()
    if block.kind != "list-row" or not _SYMBOL_LABEL.match(label):
        return []
    return ["§" + _YEAR.sub("#", label)] * LABEL_IDENTITY_WEIGHT


def _make_pair(
    item: AlignedPair,
    old: Document,
    new: Document,
    old_tokens: list[list[str]],
    new_tokens: list[list[str]],
    diffs: dict[tuple[int, int], tuple[WordOp, ...]],
) -> Pair:
    """One aligned pair with its word ops; ``diffs`` memoises the ops by token lists."""
    old_block = old.blocks[item.old] if item.old is not None else None
    new_block = new.blocks[item.new] if item.new is not None else None
    status = item.status
    if old_block is not None and new_block is not None:
        assert item.old is not None and item.new is not None
        if old_block.text == new_block.text:
            ops: tuple[WordOp, ...] = (WordOp("=", old_block.text),) if old_block.text else ()
            if status == "changed":
                status = "unchanged"  # what _only_equal says of these ops, without asking
        else:
            before, after = old_tokens[item.old], new_tokens[item.new]
            key = (id(before), id(after))  # the lists live as long as the memo
            found = diffs.get(key)
            if found is None:
                found = diffs[key] = diff_tokens(before, after)
            ops = found
    elif old_block is not None:
        ops = (WordOp("-", old_block.text),) if old_block.text else ()
    else:
        assert new_block is not None
        ops = (WordOp("+", new_block.text),) if new_block.text else ()

    if status == "changed" and _only_equal(ops):
        status = "unchanged"
    group: str | None = None
    if item.group is not None:
        # The partner of a split lives in OLD for the orphan (None, new) pair and in
        # NEW for the main pair; for merges the other way round.
        if status == "split":
            group = (old.blocks[item.group] if item.old is None else new.blocks[item.group]).id
        elif status == "merged":
            group = (new.blocks[item.group] if item.new is None else old.blocks[item.group]).id
    return Pair(
        old=old_block.id if old_block else None,
        new=new_block.id if new_block else None,
        status=status,
        ops=ops,
        similarity=round(item.similarity, 4),
        group=group,
    )


def _only_equal(ops: tuple[WordOp, ...]) -> bool:
    """True when the ops hold no change beyond whitespace or character width."""
    removed: list[str] = []
    added: list[str] = []
    for op in (*ops, WordOp("=", "")):
        if op.op == "-":
            removed.append(op.text)
        elif op.op == "+":
            added.append(op.text)
        else:
            if comparison_key("".join(removed)) != comparison_key("".join(added)):
                return False
            removed.clear()
            added.clear()
    return True
