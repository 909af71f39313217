"""The terminal summary of a comparison: mandate changes first, then the other changes.

Routine roll-over and unchanged paragraphs are counted, not listed, unless asked
(``--all``), so that what was decided differently fits on the first screen.
"""

from __future__ import annotations

from collections.abc import Iterable

from .core.model import Block, Comparison, Document, Finding, Pair, WordOp

WARNING_MESSAGES = {
    "same-file": "OLD and NEW are the same file: every paragraph is unchanged.",
    "identical": "The two documents are identical in wording.",
    "language-mismatch": "The two documents are in different languages; "
    "the comparison will mostly show replacements.",
    "no-structure": "No numbered paragraphs or headings were recognised; "
    "compared as plain paragraphs.",
}

_RED = "\x1b[31m"
_GREEN = "\x1b[32m"
_BOLD = "\x1b[1m"
_DIM = "\x1b[2m"
_RESET = "\x1b[0m"

CONTEXT = 30  # characters of unchanged text shown around a change


def block_ref(block: Block | None) -> str:
    """A citable reference: "¶32", "(a) of ¶24", "一.", "附件二 row CCW/MSP/2023/1"."""
    if block is None:
        return "—"
    label = (block.label or "").strip()
    if block.kind == "paragraph" and label:
        return "¶" + label.rstrip(".")
    if label:
        return label
    return f"[{block.kind} {block.id}]"


def _lookup(document: Document) -> dict[str, Block]:
    return {block.id: block for block in document.blocks}


def _year(document: Document) -> str:
    symbol = document.symbol or ""
    for part in symbol.split("/"):
        if len(part) == 4 and part.isdigit():
            return part + " "
    return ""


def _ops_text(ops: Iterable[WordOp], color: bool, context: int | None = CONTEXT) -> str:
    pieces: list[str] = []
    op_list = list(ops)
    for index, op in enumerate(op_list):
        text = op.text.replace("\n", " ")
        if op.op == "=":
            if context is not None and len(text) > 2 * context + 5:
                head = text[:context] if index > 0 else ""
                tail = text[-context:] if index < len(op_list) - 1 else ""
                text = f"{head} … {tail}".strip() if (head or tail) else "…"
            pieces.append(text)
        elif op.op == "-":
            pieces.append(f"{_RED}[-{text}-]{_RESET}" if color else f"[-{text}-]")
        else:
            pieces.append(f"{_GREEN}{{+{text}+}}{_RESET}" if color else f"{{+{text}+}}")
    return "".join(pieces)


def render_text(comparison: Comparison, *, color: bool = False, show_all: bool = False) -> str:
    """The whole terminal report as one string."""
    old_blocks = _lookup(comparison.old)
    new_blocks = _lookup(comparison.new)
    old_year, new_year = _year(comparison.old), _year(comparison.new)
    bold = (lambda s: f"{_BOLD}{s}{_RESET}") if color else (lambda s: s)
    dim = (lambda s: f"{_DIM}{s}{_RESET}") if color else (lambda s: s)
    lines: list[str] = []

    def describe(document: Document) -> str:
        name = document.path.rsplit("/", 1)[-1]
        return f"{document.symbol or '(no symbol)'} ({name}, {document.language})"

    lines.append(bold(f"OLD {describe(comparison.old)}"))
    lines.append(bold(f"NEW {describe(comparison.new)}"))
    stats = comparison.stats()
    counts = ", ".join(
        f"{stats[key]} {key}"
        for key in ("changed", "inserted", "deleted", "moved", "split", "merged", "unchanged")
        if stats.get(key)
    )
    lines.append(f"{stats['old_blocks']} → {stats['new_blocks']} blocks: {counts}")
    tag_counts = ", ".join(
        f"{value} {key[4:]}" for key, value in sorted(stats.items()) if key.startswith("tag:")
    )
    if tag_counts:
        lines.append(f"tags: {tag_counts}")
    lines.append("")

    lines.append(bold(f"MANDATE CHANGES ({len(comparison.mandate)})"))
    if not comparison.mandate:
        lines.append("  none: no operative paragraph changed beyond renumbering and roll-over")
    for number, change in enumerate(comparison.mandate, 1):
        ref = (
            f"{old_year}{block_ref(old_blocks.get(change.old))} → "
            f"{new_year}{block_ref(new_blocks.get(change.new))}"
        )
        kinds = ", ".join(change.kinds)
        lines.append(f"{number:>3}. {ref}  [{kinds}]")
        if change.summary:
            lines.append(f"     {change.summary}")
        if change.removed:
            removed = " | ".join(change.removed)
            lines.append(f"     − {_RED}{removed}{_RESET}" if color else f"     − {removed}")
        if change.added:
            added = " | ".join(change.added)
            lines.append(f"     + {_GREEN}{added}{_RESET}" if color else f"     + {added}")
    lines.append("")

    for finding in comparison.findings:
        if finding.code == "quote-mismatch":
            block = new_blocks.get(finding.block or "")
            lines.append(
                f"! Quotation in {new_year}{block_ref(block)} does not match "
                f"{finding.detail.get('cites', 'the cited report')} ¶"
                f"{finding.detail.get('paragraph', '?')} word for word."
            )
    lists = {
        (finding.detail.get("old"), finding.detail.get("new")): finding
        for finding in comparison.findings
        if finding.code == "list-change"
    }
    lines.append(bold("CHANGES"))
    routine = unchanged = 0
    for pair in comparison.pairs:
        if pair.status == "unchanged" and not show_all:
            unchanged += 1
            continue
        if "routine" in pair.tags and not show_all:
            routine += 1
            continue
        change = lists.get((pair.old, pair.new)) if "list" in pair.tags else None
        if change is not None and pair.old and pair.new:
            lines.extend(
                _list_lines(pair, change, old_blocks, new_blocks, old_year, new_year, color)
            )
            continue
        lines.extend(_pair_lines(pair, old_blocks, new_blocks, old_year, new_year, color, dim))
    lines.append("")
    if not show_all:
        lines.append(
            dim(
                f"{routine} routine roll-over and {unchanged} unchanged paragraphs not listed "
                "(--all lists them)."
            )
        )
    return "\n".join(lines) + "\n"


def _list_lines(
    pair: Pair,
    change: Finding,
    old_blocks: dict[str, Block],
    new_blocks: dict[str, Block],
    old_year: str,
    new_year: str,
    color: bool,
) -> list[str]:
    """A list paragraph as members removed and added, not as a word diff."""
    old_block = old_blocks.get(pair.old or "")
    new_block = new_blocks.get(pair.new or "")
    section = new_block or old_block
    path = " > ".join(section.path) + " > " if section and section.path else ""
    ref = f"{old_year}{block_ref(old_block)} → {new_year}{block_ref(new_block)}"
    removed = _strings(change.detail.get("removed"))
    added = _strings(change.detail.get("added"))
    lines = [f"{path}{ref}  list: {len(removed)} removed, {len(added)} added"]
    if removed:
        text = "、".join(removed) if _is_cjk(removed) else ", ".join(removed)
        lines.append(f"    − {_RED}{text}{_RESET}" if color else f"    − {text}")
    if added:
        text = "、".join(added) if _is_cjk(added) else ", ".join(added)
        lines.append(f"    + {_GREEN}{text}{_RESET}" if color else f"    + {text}")
    if not removed and not added:
        lines.append("    (same members, different order or wording around them)")
    return lines


def _strings(value: object) -> list[str]:
    return [str(item) for item in value] if isinstance(value, (list, tuple)) else []


def _is_cjk(items: list[str]) -> bool:
    return any("\u4e00" <= char <= "\u9fff" for item in items for char in item)


def _pair_lines(
    pair: Pair,
    old_blocks: dict[str, Block],
    new_blocks: dict[str, Block],
    old_year: str,
    new_year: str,
    color: bool,
    dim: object,
) -> list[str]:
    old_block = old_blocks.get(pair.old or "")
    new_block = new_blocks.get(pair.new or "")
    section = new_block or old_block
    path = " > ".join(section.path) + " > " if section and section.path else ""
    ref = f"{old_year}{block_ref(old_block)} → {new_year}{block_ref(new_block)}"
    tags = f" [{', '.join(pair.tags)}]" if pair.tags else ""
    group = f" (with {pair.group})" if pair.group else ""
    header = f"{path}{ref}  {pair.status}{group}{tags}"
    context: int | None = CONTEXT if pair.status not in ("inserted", "deleted") else 160
    body = _ops_text(pair.ops, color, context)
    if pair.status in ("inserted", "deleted") and len(body) > 400:
        body = body[:400] + " …"
    return [header, "    " + body]
