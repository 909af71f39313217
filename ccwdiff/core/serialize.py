"""The JSON contract (schema ``ccwdiff.compare/1``), documented in the README.

Other tools read this: keys are only ever added, never renamed or removed, within
one schema version.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .cite import Labeller
from .model import Block, Comparison, Document, Finding, MandateChange, Pair

SCHEMA = "ccwdiff.compare/1"


def block_to_dict(block: Block, ref: str) -> dict[str, Any]:
    """A block; ``ref`` is its citation as the outputs give it ("¶20(a)", "fn. 4")."""
    return {
        "id": block.id,
        "kind": block.kind,
        "label": block.label,
        "ref": ref,
        "parent": block.parent,
        "text": block.text,
        "page": block.page,
        "path": list(block.path),
    }


def document_to_dict(document: Document) -> dict[str, Any]:
    labels = Labeller(document)
    return {
        "path": document.path,
        "format": document.format,
        "language": document.language,
        "symbol": document.symbol,
        "title": document.title,
        "date": document.date,
        "warnings": list(document.warnings),
        "blocks": [block_to_dict(block, labels.ref(block.id)) for block in document.blocks],
    }


def pair_to_dict(pair: Pair) -> dict[str, Any]:
    result: dict[str, Any] = {
        "old": pair.old,
        "new": pair.new,
        "status": pair.status,
        "ops": [[op.op, op.text] for op in pair.ops],
        "similarity": pair.similarity,
        "tags": list(pair.tags),
    }
    if pair.group is not None:
        result["group"] = pair.group
    return result


def mandate_to_dict(change: MandateChange) -> dict[str, Any]:
    # A decision added (or dropped) as a whole has no OLD (NEW) block: null, as in pairs.
    return {
        "old": change.old or None,
        "new": change.new or None,
        "removed": list(change.removed),
        "added": list(change.added),
        "kinds": list(change.kinds),
        "summary": change.summary,
    }


def finding_to_dict(finding: Finding) -> dict[str, Any]:
    return {"code": finding.code, "block": finding.block, **finding.detail}


def to_dict(comparison: Comparison) -> dict[str, Any]:
    """The whole comparison as plain JSON-ready data."""
    return {
        "schema": SCHEMA,
        "old": document_to_dict(comparison.old),
        "new": document_to_dict(comparison.new),
        "pairs": [pair_to_dict(pair) for pair in comparison.pairs],
        "mandate": [mandate_to_dict(change) for change in comparison.mandate],
        "findings": [finding_to_dict(finding) for finding in comparison.findings],
        "warnings": list(comparison.warnings),
        **corrections_to_dict(comparison.paired_by_hand, comparison.unpaired_by_hand),
        "stats": comparison.stats(),
    }


Pairs = Sequence[tuple[str, str]]


def corrections_to_dict(paired: Pairs, unpaired: Pairs) -> dict[str, list[list[str]]]:
    """The pairs made and undone by hand, as the JSON holds them: [old id, new id] lists."""
    return {
        "paired_by_hand": [list(pair) for pair in paired],
        "unpaired_by_hand": [list(pair) for pair in unpaired],
    }


def corrections_from_dict(
    data: object,
) -> tuple[list[tuple[str, str]], list[tuple[str, str]]] | None:
    """The pairs made and undone by hand of a dict shaped as :func:`corrections_to_dict`
    writes it (missing keys: none); ``None`` when it has another shape."""
    if not isinstance(data, dict):
        return None
    found = []
    for key in ("paired_by_hand", "unpaired_by_hand"):
        value = data.get(key, [])
        if not isinstance(value, list) or not all(
            isinstance(pair, list) and len(pair) == 2 and all(isinstance(i, str) for i in pair)
            for pair in value
        ):
            return None
        found.append([(old, new) for old, new in value])
    return found[0], found[1]
