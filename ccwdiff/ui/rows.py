"""Display rows over a Comparison: one row per aligned pair, plus move markers.

This is the view-model the window renders, kept free of Qt so it can be tested
directly. Each :class:`Row` holds an old block and its counterpart side by side,
which is what keeps paragraphs level in the aligned view. A moved paragraph is
shown once, with its word diff, where it stands in the newer report; a second,
lighter "ghost" row marks the place it left in the older report and links to it.

Filtering, section names and citation labels ("2022 ¶32 → 2023 ¶20") live here
too, so the navigator, the status bar and the view agree on them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

from ccwdiff.core.cite import FOOTNOTE_PREFIX, Labeller, document_year, footnote_ref
from ccwdiff.core.model import Block, Comparison, Document, Pair

RowKind = Literal["pair", "moved-from", "moved-to"]

_NUMBERED = re.compile(r"^\s*(\d+)\s*[.．、]?\s*$")
_SECTION_KINDS = ("title", "heading", "annex")


@dataclass(frozen=True)
class Row:
    """One line of the aligned view.

    ``kind`` is ``pair`` for a real pair; ``moved-from`` marks where a moved
    old paragraph used to be (old side only). ``moved-to`` (new side only) is kept
    for renderers but no longer produced: the real pair always sits at the new place.
    ``partner`` is the index of the linked row for moves, else ``None``.
    """

    index: int
    pair_index: int
    kind: RowKind
    pair: Pair
    old: Block | None
    new: Block | None
    section: tuple[str, ...]
    partner: int | None = None

    @property
    def is_change(self) -> bool:
        """True for rows the change navigator stops at (ghosts are not stops)."""
        return self.kind == "pair" and self.pair.status != "unchanged"

    @property
    def is_footnote(self) -> bool:
        """A footnote's row (either side): set smaller, hidden by Hide Footnotes."""
        return any(block is not None and block.kind == "footnote" for block in (self.old, self.new))

    @property
    def status(self) -> str:
        return self.pair.status

    @property
    def tags(self) -> tuple[str, ...]:
        return self.pair.tags


@dataclass(frozen=True)
class Filters:
    """What the user chose to see."""

    mandate_only: bool = False
    hide_routine: bool = False
    hide_unchanged: bool = False
    hide_footnotes: bool = False
    search: str = ""


def _index_blocks(document: Document) -> tuple[dict[str, Block], dict[str, int]]:
    by_id = {block.id: block for block in document.blocks}
    order = {block.id: position for position, block in enumerate(document.blocks)}
    return by_id, order


def section_of(block: Block) -> tuple[str, ...]:
    """The section path a block belongs to; a heading opens its own section."""
    if block.kind in _SECTION_KINDS and block.label:
        return (*block.path, block.label)
    return block.path


def build_rows(comparison: Comparison) -> list[Row]:
    """Rows in reading order, with ghost rows for moved paragraphs."""
    old_blocks, old_order = _index_blocks(comparison.old)
    new_blocks, new_order = _index_blocks(comparison.new)

    # Base rows are everything that is not a move; moves are placed relative to them.
    base: list[int] = []
    moved: list[int] = []
    for position, pair in enumerate(comparison.pairs):
        is_move = pair.status == "moved" and pair.old is not None and pair.new is not None
        (moved if is_move else base).append(position)

    def slot(order: dict[str, int], block_id: str, side: str) -> tuple[int, int]:
        """The range of base ranks where ``block_id`` fits in that side's reading order.

        Low end: just after the last base row whose block on ``side`` comes before it;
        high end: the first base row after that whose block comes after it. Rows with
        nothing on ``side`` (insertions, deletions) can go either way, hence a range.
        """
        target = order.get(block_id, -1)
        low = 0
        for rank, position in enumerate(base):
            other = getattr(comparison.pairs[position], side)
            if other is not None and order.get(other, -1) < target:
                low = rank + 1
        high = len(base)
        for rank in range(low, len(base)):
            other = getattr(comparison.pairs[base[rank]], side)
            if other is not None and order.get(other, -1) > target:
                high = rank
                break
        return low, high

    def clamp(value: int, low: int, high: int) -> int:
        return max(low, min(value, high))

    keyed: list[tuple[int, int, int, RowKind, int]] = []
    for base_rank, position in enumerate(base):
        keyed.append((base_rank, 1, position, "pair", position))
    for position in moved:
        pair = comparison.pairs[position]
        assert pair.old is not None and pair.new is not None
        own = sum(1 for other in base if other < position)
        old_low, old_high = slot(old_order, pair.old, "old")
        new_low, new_high = slot(new_order, pair.new, "new")
        if max(old_low, new_low) <= min(old_high, new_high):
            # Not displaced relative to its neighbours on either side: one row, no marker.
            keyed.append(
                (
                    clamp(own, max(old_low, new_low), min(old_high, new_high)),
                    0,
                    position,
                    "pair",
                    position,
                )
            )
            continue
        # The pair itself is read where it now stands (new reading order); a marker row
        # keeps its place in the old reading order, so the section it left shows the move.
        keyed.append((clamp(own, new_low, new_high), 0, position, "pair", position))
        keyed.append((clamp(own, old_low, old_high), 0, position, "moved-from", position))
    keyed.sort(key=lambda item: (item[0], item[1], item[2], item[3] != "pair"))

    # First pass: positions of the real and ghost rows of each move, for linking.
    real_at: dict[int, int] = {}
    ghost_at: dict[int, int] = {}
    for row_index, (_, _, position, kind, _) in enumerate(keyed):
        (real_at if kind == "pair" else ghost_at)[position] = row_index

    rows: list[Row] = []
    for row_index, (_, _, position, kind, _) in enumerate(keyed):
        pair = comparison.pairs[position]
        old = old_blocks.get(pair.old) if pair.old is not None else None
        new = new_blocks.get(pair.new) if pair.new is not None else None
        if kind == "moved-from":
            new = None
        elif kind == "moved-to":
            old = None
        partner = ghost_at.get(position) if kind == "pair" else real_at.get(position)
        anchor = new if new is not None else old
        section = section_of(anchor) if anchor is not None else ()
        rows.append(Row(row_index, position, kind, pair, old, new, section, partner))
    return rows


def mandate_pairs(comparison: Comparison) -> set[tuple[str | None, str | None]]:
    """(old id, new id) of every pair the mandate analysis reported."""
    return {(change.old, change.new) for change in comparison.mandate}


def is_mandate(row: Row, mandate_ids: set[tuple[str | None, str | None]]) -> bool:
    return "mandate" in row.tags or (row.pair.old, row.pair.new) in mandate_ids


def fold(text: str) -> str:
    """Search form: width-folded, case-folded, whitespace removed (PDF line joins vary)."""
    return "".join(unicodedata.normalize("NFKC", text).casefold().split())


def matches_search(row: Row, needle: str) -> bool:
    """True when the folded search text occurs in either side's label or text."""
    if not needle:
        return True
    for block in (row.old, row.new):
        if block is not None and needle in fold(f"{block.label or ''} {block.text}"):
            return True
    return False


def row_visible(
    row: Row, filters: Filters, mandate_ids: set[tuple[str | None, str | None]]
) -> bool:
    """Apply every filter; ghosts follow the pair they belong to."""
    if filters.mandate_only and not is_mandate(row, mandate_ids):
        return False
    if filters.hide_routine and "routine" in row.tags:
        return False
    if filters.hide_unchanged and row.pair.status == "unchanged":
        return False
    if filters.hide_footnotes and row.is_footnote:
        return False
    return matches_search(row, fold(filters.search))


def order_key(document: Document) -> tuple[str, str] | None:
    """Sort key saying which of two reports is older, or None when unknown."""
    year = document_year(document)
    if document.date:
        return (document.date, document.symbol or "")
    if year:
        return (year, document.symbol or "")
    return None


def is_reversed(old: Document, new: Document) -> bool:
    """True when ``old`` is evidently the newer report of the two."""
    old_key, new_key = order_key(old), order_key(new)
    if old_key is None or new_key is None:
        return False
    return old_key > new_key


_footnote_prefix = FOOTNOTE_PREFIX


def set_footnote_prefix(prefix: str) -> None:
    """How the interface names a footnote before its number ("fn. ", "脚注 ")."""
    global _footnote_prefix
    _footnote_prefix = prefix or FOOTNOTE_PREFIX


def cite_label(
    block: Block, blocks: dict[str, Block] | None = None, labels: Labeller | None = None
) -> str:
    """How a reader cites a block: ¶20, ¶20(a), ¶1 •2, 三., (b)...

    With the document's :class:`Labeller` the citation is the one the terminal and
    the exports give; without it, a local rule from the block and its parent.
    """
    if block.kind == "footnote":  # before the labeller: in the interface's language
        return footnote_ref(block, _footnote_prefix)
    if labels is not None:
        cited = labels.ref(block.id)
        if cited:
            return cited
    label = (block.label or "").strip()
    numbered = _NUMBERED.match(label)
    if numbered:
        return f"¶{numbered.group(1)}"
    parent = blocks.get(block.parent) if blocks and block.parent else None
    if parent is not None:
        parent_match = _NUMBERED.match((parent.label or "").strip())
        if parent_match:
            number = parent_match.group(1)
            if not label:
                return f"¶{number}"
            # "¶20(a)" reads as one citation; a bullet needs a space: "¶1 •".
            return f"¶{number}{label}" if label[0] in "(（" else f"¶{number} {label}"
    if label:
        return label
    # No label at all (title lines, unnumbered text): quote the opening words.
    opening = block.text.strip()
    return f"“{opening[:6]}…”" if len(opening) > 6 else f"“{opening}”"


def section_titles(document: Document) -> dict[tuple[str, ...], str]:
    """Map a section path to the heading that opens it ("三. 会议工作安排")."""
    titles: dict[tuple[str, ...], str] = {}
    for block in document.blocks:
        if block.kind in _SECTION_KINDS and block.label:
            key = (*block.path, block.label)
            titles.setdefault(key, f"{block.label} {block.text}".strip())
    return titles


def section_name(path: tuple[str, ...], titles: dict[tuple[str, ...], str]) -> str:
    """A readable name for a section path, innermost heading text first-class."""
    if not path:
        return ""
    return titles.get(path) or " › ".join(path)


def path_text(block: Block) -> str:
    """Compact section path shown beside a paragraph label ("三. › A.")."""
    return " › ".join(block.path)
