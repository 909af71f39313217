"""Build RawDocuments from plain text for cleaning/structure tests (no loader needed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ccwdiff.core.model import RawDocument, SourceFormat, SourceLine

# CI has the shared corpus beside the checkout: <root>/main (checkout), <root>/shared/corpus.
CORPUS = Path(__file__).parents[3] / "shared" / "corpus"


def raw_from_text(
    text: str, format: SourceFormat = "txt", *, paragraph_lines: bool = False
) -> RawDocument:
    """One SourceLine per line; pages split on form feeds (page 0 when there are none)."""
    paged = "\f" in text
    lines = [
        SourceLine(line, page=number if paged else 0)
        for number, chunk in enumerate(text.split("\f"), 1)
        for line in chunk.split("\n")
    ]
    return RawDocument(
        path=f"test.{format}",
        format=format,
        lines=tuple(lines),
        page_count=text.count("\f") + 1 if paged else 0,
        paragraph_lines=paragraph_lines,
    )


def corpus_raw(name: str) -> RawDocument:
    """The named corpus file as a RawDocument, or skip when the corpus is absent."""
    path = CORPUS / name
    if not path.is_file():
        pytest.skip(f"shared corpus file {path} not present (expected beside the checkout)")
    return raw_from_text(path.read_text(encoding="utf-8"))
