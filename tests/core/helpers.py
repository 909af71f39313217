"""Small builders for hand-made documents in core tests."""

from __future__ import annotations

from collections.abc import Sequence

from ccwdiff.core.model import Block, Document


def make_document(
    paragraphs: Sequence[str | tuple[str | None, str]],
    *,
    symbol: str | None = None,
    language: str = "zh",
    path: str = "doc.txt",
) -> Document:
    """A document of numbered paragraphs (or (label, text) tuples)."""
    blocks = []
    for index, item in enumerate(paragraphs, 1):
        label, text = item if isinstance(item, tuple) else (f"{index}.", item)
        blocks.append(Block(id=f"b{index}", kind="paragraph", label=label, parent=None, text=text))
    return Document(
        path=path, format="txt", language=language, symbol=symbol, blocks=tuple(blocks)
    )
