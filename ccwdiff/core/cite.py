"""Citable references to blocks: "¶20", "¶20(a)", "¶1 •2", "三.", "附件二", "fn. 4".

A reader cites a change as "2022 ¶32 → 2023 ¶20"; bullets and items are cited
through the numbered paragraph that holds them, since their own markers ("•",
"(a)") repeat throughout a report. A footnote is "fn. 4" (its number is not a
paragraph's). Used by the terminal report and the exports.
"""

from __future__ import annotations

import os
import re
import unicodedata

from .errors import BadReference
from .model import Block, BlockKind, Document

SECTION_KINDS: frozenset[BlockKind] = frozenset({"heading", "annex"})
_NOT_PARAGRAPHS: frozenset[BlockKind] = SECTION_KINDS | {"footnote"}
NUMBER_LABEL = re.compile(r"^\s*(\d+)\s*[.)．、]?\s*$")
_YEAR_IN_SYMBOL = re.compile(r"/((?:19|20)\d\d)(?:/|$)")
_YEAR_ANYWHERE = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
FOOTNOTE_PREFIX = "fn. "
# How a reader may name a footnote: "fn. 4", "fn4", "footnote 4", "note 4", "脚注4", "注4".
_FOOTNOTE_REF = re.compile(r"^(?:fn\.?|footnote|note|n\.|脚注|注)(?=\S)", re.IGNORECASE)


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
            if NUMBER_LABEL.match(block.label or "") and block.kind not in _NOT_PARAGRAPHS:
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
        if block.kind == "footnote":
            return footnote_ref(block)
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


def footnote_ref(block: Block, prefix: str = FOOTNOTE_PREFIX) -> str:
    """A footnote's reference: "fn. 4", "fn. *", or its opening words when unnumbered.

    ``prefix``: how the reader's language names a footnote (the window's "脚注 ").
    """
    label = (block.label or "").strip()
    return prefix + (label or _opening(block.text))


def _opening(text: str) -> str:
    """Quote the opening words of an unlabelled block."""
    opening = " ".join(text.split())
    return f"“{opening[:12]}…”" if len(opening) > 12 else f"“{opening}”"


def _reference_key(reference: str) -> str:
    """A reference's comparison form: "¶ 32.", "32" and "¶32" are one, "三." and "三" too."""
    text = "".join(unicodedata.normalize("NFKC", reference).split()).casefold()
    text = _FOOTNOTE_REF.sub("fn", text)
    text = text.removeprefix("¶")
    return text[:-1] if len(text) > 1 and text[-1] in ".、" else text


def find_block(doc: Document, reference: str) -> str:
    """The id of the block ``reference`` names: a block id ("b57") or its citation.

    Citations are those of the exports and the terminal ("¶32", "32", "¶24(a)",
    "¶1 •2", "三.", "附件二", "fn. 4"), optionally after the labels of sections holding the
    block ("附件一 ¶16", "IV. 3"): a report may number the paragraphs of each annex
    from 1 again. Raises :class:`BadReference` when no block has it, or several.
    """
    try:
        return doc.block(reference.strip()).id
    except KeyError:
        pass  # not a block id: a citation
    words = reference.split()
    labeller = Labeller(doc)
    found = [block.id for block in doc.blocks if words and _cited(labeller, block, words)]
    # The unnumbered paragraphs a numbered one holds (a quoted decision) share its
    # citation: the reference names the numbered paragraph.
    named = set(found)
    found = [block_id for block_id in found if not _held_by(doc, block_id, named)]
    name = os.path.basename(doc.path) or doc.path
    if len(found) == 1:
        return found[0]
    if not found:
        raise BadReference(
            "unknown-reference",
            f"{name} has no paragraph {reference!r}: give a citation such as ¶32, ¶24(a) or fn. 4, "
            "after its section if needed (IV. 2, 附件一 ¶3), or a block id from the JSON (b57).",
        )
    paths = [doc.block(block_id).path for block_id in found]
    where = ", ".join(
        f"{block_id} in {' '.join(path) or 'the opening'}"
        for block_id, path in zip(found[:4], paths, strict=False)
    )
    example = next((path for path in paths if path), ())
    hint = f"put its section first ({example[-1]} {reference.strip()})" if example else ""
    raise BadReference(
        "ambiguous-reference",
        f"{name} has {len(found)} paragraphs {reference!r} ({where}): "
        + (f"{hint} or give the block id." if hint else "give the block id."),
    )


def _held_by(doc: Document, block_id: str, holders: set[str]) -> bool:
    """Whether a block's parent, or its parent's parent..., is one of ``holders``."""
    parent = doc.block(block_id).parent
    while parent is not None:
        if parent in holders:
            return True
        parent = doc.block(parent).parent
    return False


def _cited(labeller: Labeller, block: Block, words: list[str]) -> bool:
    """Whether ``words`` cite ``block``: its reference, after labels of its sections."""
    own = _reference_key(labeller.ref(block.id))
    sections = {_reference_key(label) for label in block.path}
    return any(
        _reference_key("".join(words[split:])) == own
        and all(_reference_key(word) in sections for word in words[:split])
        for split in range(len(words))
    )
