"""Citable references to blocks: "¶20", "¶20(a)", "¶1 •2", "三.", "附件二".

A reader cites a change as "2022 ¶32 → 2023 ¶20"; bullets and items are cited
through the numbered paragraph that holds them, since their own markers ("•",
"(a)") repeat throughout a report. Used by the terminal report and the exports.
"""

from __future__ import annotations

import re

from .model import Block, BlockKind, Document

SECTION_KINDS: frozenset[BlockKind] = frozenset({"heading", "annex"})
NUMBER_LABEL = re.compile(r"^\s*(\d+)\s*[.)．、]?\s*$")
_YEAR_IN_SYMBOL = re.compile(r"/((?:19|20)\d\d)(?:/|$)")
_YEAR_ANYWHERE = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")


def document_year(doc: Document) -> str | None:
    """The year of a report: from its symbol (CCW/MSP/2022/7), else from its date."""
    if doc.symbol:
        match = _YEAR_IN_SYMBOL.search(doc.symbol)
        if match:
            return match.group(1)
    for text in (doc.date, doc.title):
        if text:
            match = _YEAR_ANYWHERE.search(text)
            if match:
                return match.group(1)
    return None


class Labeller:
    """Short paragraph references within one document: "¶20", "¶20(a)", "¶20 •2"."""

    def __init__(self, doc: Document) -> None:
        self._by_id: dict[str, Block] = {block.id: block for block in doc.blocks}
        self._ordinal: dict[str, int] = {}
        counters: dict[tuple[str | None, str], int] = {}
        for block in doc.blocks:
            if block.kind == "bullet" or (block.label is None and block.kind != "heading"):
                key = (block.parent, block.kind)
                counters[key] = counters.get(key, 0) + 1
                self._ordinal[block.id] = counters[key]
        self._cache: dict[str, str] = {}

    def block(self, block_id: str | None) -> Block | None:
        return self._by_id.get(block_id) if block_id else None

    def paragraph_ref(self, block_id: str) -> str:
        """The reference of the numbered paragraph holding the block ("¶20" for its bullets)."""
        block = self._by_id.get(block_id)
        while block is not None:
            if NUMBER_LABEL.match(block.label or "") and block.kind not in SECTION_KINDS:
                return self.ref(block.id)
            block = self._by_id.get(block.parent) if block.parent else None
        return self.ref(block_id)

    def ref(self, block_id: str) -> str:
        """The citable reference of one block ("" for an unknown id)."""
        if block_id in self._cache:
            return self._cache[block_id]
        block = self._by_id.get(block_id)
        result = self._compute(block) if block else ""
        self._cache[block_id] = result
        return result

    def _compute(self, block: Block) -> str:
        label = (block.label or "").strip()
        number = NUMBER_LABEL.match(label)
        if number and block.kind not in SECTION_KINDS:
            return f"¶{number.group(1)}"
        if block.kind in SECTION_KINDS or block.kind == "title":
            return label or _opening(block.text)
        parent = self.ref(block.parent) if block.parent else ""
        if block.kind == "bullet" or not label:
            own = f"•{self._ordinal.get(block.id, 1)}" if block.kind == "bullet" else ""
        else:
            own = label
        if parent and own[:1] in ("(", "（"):
            return parent + own  # "¶24(a)" reads as one citation; a bullet keeps its space
        return " ".join(part for part in (parent, own) if part) or label or _opening(block.text)


def _opening(text: str) -> str:
    """Quote the opening words of an unlabelled block."""
    opening = " ".join(text.split())
    return f"“{opening[:12]}…”" if len(opening) > 12 else f"“{opening}”"
