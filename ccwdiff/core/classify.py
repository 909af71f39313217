"""Change classification: tag every pair, list the mandate changes, check quotations.

:func:`classify` is the last step of ``compare_documents``. It is a pure function of
the aligned, word-diffed :class:`Comparison`: it returns a new one with

* ``tags`` on each pair: ``mandate`` (an operative paragraph whose wording changed
  beyond roll-over), ``routine`` (only roll-over: years, dates, session ordinals,
  document symbols, officers' names), ``list`` (an enumeration or a document-list
  row), ``renumbered`` (a different label), ``moved`` (a different place) and
  ``substantive`` (everything else that changed). A pair may carry several tags;
  an unchanged pair carries none, or ``renumbered``.
* ``mandate``: one :class:`MandateChange` per changed decision, most important first.
* ``findings``: ``list-change`` (members or documents added and removed) and
  ``quote-match`` / ``quote-mismatch`` / ``quote-unresolved`` (a quotation of the
  OLD report checked word for word), ``citation`` (a paragraph of OLD cited in
  paraphrase, resolved but not compared).
"""

from __future__ import annotations

import unicodedata
from dataclasses import replace

from .groups import split_merge_groups
from .lists import document_list_findings, list_info, member_list_findings
from .mandate import mandate_changes, operative_ids_of
from .model import Block, Comparison, Document, Finding, Pair, WordOp
from .quotes import check_quotations
from .rollover import (
    footnote_marks,
    is_officers_text,
    is_rollover_only,
    is_unchanged_text,
)
from .vocabulary import Vocabulary, load_vocabulary
from .worddiff import diff_words

TAG_MANDATE = "mandate"
TAG_ROUTINE = "routine"
TAG_LIST = "list"
TAG_RENUMBERED = "renumbered"
TAG_MOVED = "moved"
TAG_SUBSTANTIVE = "substantive"
TAGS: tuple[str, ...] = (
    TAG_MANDATE,
    TAG_SUBSTANTIVE,
    TAG_LIST,
    TAG_ROUTINE,
    TAG_RENUMBERED,
    TAG_MOVED,
)


def _label_key(label: str | None) -> str | None:
    """A label's comparison form; ``None`` for no label or a document symbol (a list row)."""
    if label is None:
        return None
    text = "".join(unicodedata.normalize("NFKC", label).split())
    if "/" in text:
        return None
    return text.rstrip(".").casefold()


def _renumbered(old: Block | None, new: Block | None) -> bool:
    if old is None or new is None:
        return False
    old_key = _label_key(old.label)
    new_key = _label_key(new.label)
    return old_key != new_key and (old_key is not None or new_key is not None)


class _Context:
    """What the tagger needs to know about both documents, computed once."""

    def __init__(
        self, comparison: Comparison, vocab: Vocabulary, quoted: frozenset[str] = frozenset()
    ) -> None:
        self.vocab = vocab
        # NEW blocks that quote the OLD report (and their bullets): a recalled decision
        # is not a decision of the new meeting, so never a mandate change.
        self.quoted = quoted
        self.old_blocks = {block.id: block for block in comparison.old.blocks}
        self.new_blocks = {block.id: block for block in comparison.new.blocks}
        self.old_operative, self.new_operative = operative_ids_of(
            comparison.old, comparison.new, vocab
        )
        self.footnotes = footnote_marks(comparison.pairs, comparison.old, comparison.new)

    def blocks(self, pair: Pair) -> tuple[Block | None, Block | None]:
        old = self.old_blocks.get(pair.old) if pair.old else None
        new = self.new_blocks.get(pair.new) if pair.new else None
        return old, new

    def is_operative(self, pair: Pair) -> bool:
        if pair.new is not None and pair.new in self.quoted:
            return False
        return (pair.old in self.old_operative) or (pair.new in self.new_operative)

    def is_list(self, old: Block | None, new: Block | None) -> bool:
        return any(
            block is not None and list_info(block, self.vocab) is not None for block in (old, new)
        )


def _effective(comparison: Comparison) -> tuple[list[Pair], dict[int, int]]:
    """Pairs as the classifier sees them, and orphan split/merge pair -> main pair.

    A split (one OLD block become two NEW ones) is judged on the OLD text against the
    NEW parts put together: "split with nothing else changed" is no change of text.
    The main pair gets the diff of the whole; the orphan part takes the main's tags.
    """
    pairs = list(comparison.pairs)
    orphans: dict[int, int] = {}
    for group in split_merge_groups(comparison):
        pairs[group.main] = replace(
            pairs[group.main], ops=diff_words(group.old_text, group.new_text)
        )
        for number in group.parts:
            orphans[number] = group.main
            pairs[number] = replace(pairs[number], ops=(WordOp("=", group.new_text),))
    return pairs, orphans


def _content_tag(pair: Pair, old: Block | None, new: Block | None, context: _Context) -> list[str]:
    """The tags that say what kind of change the text underwent (none when unchanged)."""
    vocab = context.vocab
    is_list = context.is_list(old, new)
    if old is None or new is None:
        # A whole block inserted or deleted.
        if is_list:
            return [TAG_LIST]
        return [TAG_MANDATE] if context.is_operative(pair) else [TAG_SUBSTANTIVE]
    if pair.status == "unchanged" or is_unchanged_text(pair.ops):
        return []
    operative = context.is_operative(pair)
    # Names of officers roll over in "who chaired / who served" paragraphs, but who
    # chairs the Group is part of its mandate: not roll-over in operative text.
    names = not operative and (
        is_officers_text(old.text, vocab) or is_officers_text(new.text, vocab)
    )
    routine = is_rollover_only(pair.ops, vocab, names_roll_over=names, footnotes=context.footnotes)
    if is_list:
        return [TAG_LIST, TAG_ROUTINE] if routine else [TAG_LIST]
    if routine:
        return [TAG_ROUTINE]
    return [TAG_MANDATE] if operative else [TAG_SUBSTANTIVE]


def tag_pair(pair: Pair, context: _Context, main: Pair | None = None) -> tuple[str, ...]:
    """All tags of one pair, in the order of :data:`TAGS`.

    ``main`` is the main pair of a split or merge whose orphan part ``pair`` is: the
    orphan takes the main pair's judgement of the text.
    """
    old, new = context.blocks(pair)
    if main is not None:
        tags = _content_tag(main, *context.blocks(main), context)
    else:
        tags = _content_tag(pair, old, new, context)
    if _renumbered(old, new):
        tags.append(TAG_RENUMBERED)
    if pair.status == "moved":
        tags.append(TAG_MOVED)
    return tuple(tag for tag in TAGS if tag in tags)


def _quoted_blocks(document: Document, quotations: tuple[Finding, ...]) -> frozenset[str]:
    """The quoting blocks of NEW and everything under them."""
    quoting = {finding.block for finding in quotations if finding.block}
    result: set[str] = set()
    for block in document.blocks:  # parents come before their children
        if block.id in quoting or (block.parent is not None and block.parent in result):
            result.add(block.id)
    return frozenset(result)


def _vocabulary(old: Document, new: Document) -> Vocabulary:
    # The NEW document's language decides; a mixed pair (zh vs en) is unusual.
    return load_vocabulary(new.language or old.language)


def classify(comparison: Comparison) -> Comparison:
    """Tag the pairs, list the mandate changes and the findings (pure, deterministic)."""
    vocab = _vocabulary(comparison.old, comparison.new)
    quotations = check_quotations(comparison.old, comparison.new, vocab)
    context = _Context(comparison, vocab, _quoted_blocks(comparison.new, quotations))
    effective, orphans = _effective(comparison)
    tags = [
        tag_pair(pair, context, effective[orphans[index]] if index in orphans else None)
        for index, pair in enumerate(effective)
    ]
    pairs = tuple(replace(pair, tags=tag) for pair, tag in zip(comparison.pairs, tags, strict=True))
    mandate_pairs = [
        replace(pair, tags=tag)
        for index, (pair, tag) in enumerate(zip(effective, tags, strict=True))
        if TAG_MANDATE in tag and index not in orphans
    ]
    mandate = mandate_changes(
        mandate_pairs,
        pairs,
        comparison.old,
        comparison.new,
        vocab,
        operative=(context.old_operative, context.new_operative),
        footnotes=context.footnotes,
    )
    findings = list(comparison.findings)
    # Earlier findings of these codes came from a previous classify(): replace them.
    ours = {"list-change", "quote-match", "quote-mismatch", "quote-unresolved", "citation"}
    findings = [finding for finding in findings if finding.code not in ours]
    findings.extend(member_list_findings(pairs, comparison.old, comparison.new, vocab))
    findings.extend(document_list_findings(pairs, comparison.old, comparison.new, vocab))
    findings.extend(quotations)
    return replace(comparison, pairs=pairs, mandate=mandate, findings=tuple(findings))
