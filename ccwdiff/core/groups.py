"""Splits and merges as whole groups: the paragraph and both its halves together.

In the JSON contract a split is two pairs (the main one and the orphan half), so
that every block sits in exactly one pair. Judging or showing the change needs the
group as a whole: the OLD text against the NEW halves put together (or the other way
round for a merge). The classifier and the terminal report both read it from here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from .model import Comparison, Document


@dataclass(frozen=True)
class Group:
    """One split or merge: indices into ``Comparison.pairs`` and the joined texts."""

    status: Literal["split", "merged"]
    main: int  # the pair holding a block on both sides
    parts: tuple[int, ...]  # the orphan pairs of the other halves
    old_ids: tuple[str, ...]  # in document order
    new_ids: tuple[str, ...]
    old_text: str
    new_text: str


def joined(texts: list[str], document: Document) -> str:
    """Texts of consecutive blocks as one: no space between Chinese or Japanese ones."""
    joiner = "" if document.language.startswith(("zh", "ja")) else " "
    return joiner.join(text.strip() for text in texts)


def split_merge_groups(comparison: Comparison) -> list[Group]:
    """Every split and merge of ``comparison``, main pair first in reading order."""
    old_order = {block.id: n for n, block in enumerate(comparison.old.blocks)}
    new_order = {block.id: n for n, block in enumerate(comparison.new.blocks)}
    old_text = {block.id: block.text for block in comparison.old.blocks}
    new_text = {block.id: block.text for block in comparison.new.blocks}
    # Orphan halves name their partner in ``group``: the OLD block of a split, the NEW
    # block of a merge.
    orphans: dict[tuple[str, str], list[int]] = {}
    for index, pair in enumerate(comparison.pairs):
        if pair.group is None:
            continue
        if pair.status == "split" and pair.old is None:
            orphans.setdefault(("split", pair.group), []).append(index)
        elif pair.status == "merged" and pair.new is None:
            orphans.setdefault(("merged", pair.group), []).append(index)
    groups: list[Group] = []
    for index, pair in enumerate(comparison.pairs):
        if pair.old is None or pair.new is None:
            continue
        if pair.status == "split":
            parts = tuple(orphans.get(("split", pair.old), ()))
            halves = [pair.new, *(comparison.pairs[n].new for n in parts)]
            new_ids = tuple(sorted((h for h in halves if h), key=lambda i: new_order.get(i, 0)))
            old_ids: tuple[str, ...] = (pair.old,)
        elif pair.status == "merged":
            parts = tuple(orphans.get(("merged", pair.new), ()))
            halves = [pair.old, *(comparison.pairs[n].old for n in parts)]
            old_ids = tuple(sorted((h for h in halves if h), key=lambda i: old_order.get(i, 0)))
            new_ids = (pair.new,)
        else:
            continue
        if not parts:
            continue
        groups.append(
            Group(
                status=pair.status,
                main=index,
                parts=parts,
                old_ids=old_ids,
                new_ids=new_ids,
                old_text=joined([old_text[i] for i in old_ids], comparison.old),
                new_text=joined([new_text[i] for i in new_ids], comparison.new),
            )
        )
    return groups
