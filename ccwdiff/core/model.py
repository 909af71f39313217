"""Plain, immutable data shared by every stage of the comparison engine.

Loaders produce a :class:`RawDocument` (lines with page positions), cleaning and
structure parsing turn it into a :class:`Document` of :class:`Block` objects, and
alignment plus word diff produce a :class:`Comparison` of :class:`Pair` objects.
Nothing here knows about Qt, files on disk or output formats.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal

SourceFormat = Literal["pdf", "docx", "txt"]

BlockKind = Literal[
    "title", "heading", "paragraph", "bullet", "item", "annex", "list-row", "footnote", "other"
]
BLOCK_KINDS: tuple[BlockKind, ...] = (
    "title",
    "heading",
    "paragraph",
    "bullet",
    "item",
    "annex",
    "list-row",
    "footnote",
    "other",
)

PairStatus = Literal["unchanged", "changed", "inserted", "deleted", "moved", "split", "merged"]
OpCode = Literal["=", "-", "+"]

# Progress callback: (stage code, fraction done 0..1). Stage codes are stable strings
# ("load", "clean", "structure", "segment", "align", "diff", "classify") that the UI
# translates; the core never produces user-facing sentences for progress.
ProgressCallback = Callable[[str, float], None]
# Cancel callback: returns True when the caller wants the work abandoned.
CancelCallback = Callable[[], bool]


@dataclass(frozen=True)
class SourceLine:
    """One line of extracted text with where it was found.

    ``page`` is 1-based (0 when the format has no pages). ``y`` is the vertical
    position of the line's top as a fraction of the page height (0.0 top, 1.0 bottom)
    when the extractor knows it, else ``None``. ``x`` likewise for the left edge.
    ``size`` is the font size in points when known. ``footnote`` is True when the
    loader knows the line is a footnote's text (a DOCX footnote, "4 text").
    """

    text: str
    page: int = 0
    y: float | None = None
    x: float | None = None
    size: float | None = None
    footnote: bool = False


@dataclass(frozen=True)
class RawDocument:
    """What a loader extracted, before any cleaning.

    ``paragraph_lines`` is True when each line is already a whole paragraph (DOCX),
    so the cleaner must not re-join lines; False when lines are visual lines (PDF,
    text dumps of PDFs).
    """

    path: str
    format: SourceFormat
    lines: tuple[SourceLine, ...]
    page_count: int = 0
    encoding: str | None = None
    paragraph_lines: bool = False
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Block:
    """A structural unit of a report: heading, numbered paragraph, bullet, item...

    ``text`` is the block's own cleaned text, faithful to the source, without its
    label and without its children's text. ``label`` is the visible number or
    marker ("20.", "(a)", "一.", "•", "附件一"), ``None`` when there is none.
    ``parent`` is the id of the enclosing heading/paragraph, ``None`` at top level.
    ``path`` is the labels of the enclosing sections, outermost first, for display
    ("三.", "A.").
    """

    id: str
    kind: BlockKind
    label: str | None
    parent: str | None
    text: str
    page: int = 0
    level: int = 0
    path: tuple[str, ...] = ()


@dataclass(frozen=True)
class Document:
    """A parsed report."""

    path: str
    format: SourceFormat
    language: str
    symbol: str | None
    blocks: tuple[Block, ...]
    title: str | None = None
    date: str | None = None
    furniture: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()

    def block(self, block_id: str) -> Block:
        """Return the block with ``block_id`` (KeyError if absent)."""
        return self._by_id[block_id]

    @cached_property
    def _by_id(self) -> dict[str, Block]:
        # Built on first use; cached_property writes the instance dict, frozen or not.
        return {block.id: block for block in self.blocks}


@dataclass(frozen=True)
class WordOp:
    """One word-diff operation: ``=`` kept, ``-`` only in OLD, ``+`` only in NEW."""

    op: OpCode
    text: str


@dataclass(frozen=True)
class Pair:
    """An old block and its counterpart in the new document (either may be absent)."""

    old: str | None
    new: str | None
    status: PairStatus
    ops: tuple[WordOp, ...]
    similarity: float
    tags: tuple[str, ...] = ()
    group: str | None = None


@dataclass(frozen=True)
class MandateChange:
    """A changed operative paragraph: what was removed and added, and what kind of shift."""

    old: str
    new: str
    removed: tuple[str, ...]
    added: tuple[str, ...]
    kinds: tuple[str, ...]
    summary: str
    score: float = 0.0


@dataclass(frozen=True)
class Finding:
    """Something noticed that is not a pair, e.g. a quotation that does not match its source."""

    code: str
    block: str | None
    detail: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class Comparison:
    """The result of comparing two documents."""

    old: Document
    new: Document
    pairs: tuple[Pair, ...]
    mandate: tuple[MandateChange, ...] = ()
    findings: tuple[Finding, ...] = ()
    warnings: tuple[str, ...] = ()
    # The user's corrections of the alignment, as (old id, new id): pairs made by hand
    # and pairs the user said are not the same paragraph. Only those that apply.
    paired_by_hand: tuple[tuple[str, str], ...] = ()
    unpaired_by_hand: tuple[tuple[str, str], ...] = ()

    def stats(self) -> dict[str, int]:
        """Counts per status and per tag, plus block totals."""
        counts: dict[str, int] = {
            "old_blocks": len(self.old.blocks),
            "new_blocks": len(self.new.blocks),
            "pairs": len(self.pairs),
        }
        for pair in self.pairs:
            counts[pair.status] = counts.get(pair.status, 0) + 1
            for tag in pair.tags:
                key = f"tag:{tag}"
                counts[key] = counts.get(key, 0) + 1
        counts["mandate_changes"] = len(self.mandate)
        return counts
