"""Build a :class:`Document` from a :class:`RawDocument`: clean, parse structure, read meta.

This is the only entry point the rest of the pipeline uses::

    raw = loaders.load(path)
    document = build_document(raw)
"""

from __future__ import annotations

from .clean import clean
from .meta import detect_language, find_date, find_symbol, find_title
from .model import Document, RawDocument
from .structure import parse


def build_document(raw: RawDocument) -> Document:
    """Clean ``raw`` (furniture out, lines re-joined) and parse its blocks."""
    cleaned = clean(raw)
    blocks, warnings = parse(cleaned.paragraphs)
    body = [b.text for b in blocks if b.kind not in ("footnote", "other")]
    title = find_title(blocks)
    return Document(
        path=raw.path,
        format=raw.format,
        language=detect_language(body),
        symbol=cleaned.symbol or find_symbol(blocks, title),
        blocks=blocks,
        title=title,
        date=find_date(cleaned.right_column, blocks),
        furniture=cleaned.furniture,
        warnings=tuple(dict.fromkeys(raw.warnings + warnings)),
    )
