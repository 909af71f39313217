"""The terminal summary of a comparison: mandate changes first, then the other changes.

Routine roll-over and unchanged paragraphs are counted, not listed, unless asked
(``--all``), so that what was decided differently fits on the first screen. Lists
of states or documents are shown as members removed and added; a split or merge
is shown as one diff of the paragraph against its two halves.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from .core.cite import Labeller, document_year
from .core.groups import Group, split_merge_groups
from .core.model import Comparison, Document, Finding, Pair, WordOp
from .core.worddiff import diff_words

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
WHOLE_BLOCK_LIMIT = 400  # characters shown of an inserted or deleted paragraph


def _ops_text(ops: Iterable[WordOp], color: bool, context: int | None = CONTEXT) -> str:
    """Ops as ``kept [-removed-]{+added+} kept``, long kept runs shortened with "…"."""
    pieces: list[str] = []
    op_list = list(ops)
    for index, op in enumerate(op_list):
        text = op.text.replace("\n", " ")
        if op.op == "=":
            if context is not None and len(text) > 2 * context + 5:
                # Keep the characters next to each change (spaces included) so words
                # stay separated from the markers exactly as in the text.
                head = text[:context] if index > 0 else ""
                tail = text[-context:] if index < len(op_list) - 1 else ""
                text = f"{head} … {tail}" if head and tail else f"{head} …" if head else f"… {tail}"
            pieces.append(text)
        elif op.op == "-":
            pieces.append(f"{_RED}[-{text}-]{_RESET}" if color else f"[-{text}-]")
        else:
            pieces.append(f"{_GREEN}{{+{text}+}}{_RESET}" if color else f"{{+{text}+}}")
    return "".join(pieces)


def _whole_block(deleted: bool, text: str, color: bool) -> str:
    """An inserted or deleted paragraph, shortened inside its markers."""
    text = text.replace("\n", " ")
    if len(text) > WHOLE_BLOCK_LIMIT:
        text = text[:WHOLE_BLOCK_LIMIT] + " …"
    return _ops_text([WordOp("-", text) if deleted else WordOp("+", text)], color)


def _strings(value: object) -> list[str]:
    return [str(item) for item in value] if isinstance(value, list | tuple) else []


def _is_cjk(items: list[str]) -> bool:
    return any("\u4e00" <= char <= "\u9fff" for item in items for char in item)


class _Renderer:
    """Holds the lookups one report needs; each method returns lines."""

    def __init__(self, comparison: Comparison, color: bool) -> None:
        self.comparison = comparison
        self.color = color
        self.old = Labeller(comparison.old)
        self.new = Labeller(comparison.new)
        old_year, new_year = document_year(comparison.old), document_year(comparison.new)
        same = old_year == new_year
        self.old_year = f"{old_year} " if old_year and not same else ""
        self.new_year = f"{new_year} " if new_year and not same else ""
        self.bold: Callable[[str], str] = (
            (lambda s: f"{_BOLD}{s}{_RESET}") if color else (lambda s: s)
        )
        self.dim: Callable[[str], str] = (
            (lambda s: f"{_DIM}{s}{_RESET}") if color else (lambda s: s)
        )

    def old_ref(self, block_id: str | None) -> str:
        return f"{self.old_year}{self.old.ref(block_id)}" if block_id else "—"

    def new_ref(self, block_id: str | None) -> str:
        return f"{self.new_year}{self.new.ref(block_id)}" if block_id else "—"

    def section(self, pair: Pair) -> str:
        block = self.new.block(pair.new) or self.old.block(pair.old)
        return " > ".join(block.path) + " > " if block and block.path else ""

    def header(self) -> list[str]:
        def describe(document: Document) -> str:
            name = document.path.replace("\\", "/").rsplit("/", 1)[-1]
            return f"{document.symbol or '(no symbol)'} ({name}, {document.language})"

        stats = self.comparison.stats()
        counts = ", ".join(
            f"{stats[key]} {key}"
            for key in ("changed", "inserted", "deleted", "moved", "split", "merged", "unchanged")
            if stats.get(key)
        )
        lines = [
            self.bold(f"OLD {describe(self.comparison.old)}"),
            self.bold(f"NEW {describe(self.comparison.new)}"),
            f"{stats['old_blocks']} → {stats['new_blocks']} blocks: {counts}",
        ]
        tag_counts = ", ".join(
            f"{value} {key[4:]}" for key, value in sorted(stats.items()) if key.startswith("tag:")
        )
        if tag_counts:
            lines.append(f"tags: {tag_counts}")
        for title, pairs in (
            ("paired by hand", self.comparison.paired_by_hand),
            ("unpaired by hand", self.comparison.unpaired_by_hand),
        ):
            if pairs:
                refs = "; ".join(f"{self.old_ref(o)} → {self.new_ref(n)}" for o, n in pairs)
                lines.append(f"{title}: {refs}")
        return [*lines, ""]

    def mandate(self) -> list[str]:
        changes = self.comparison.mandate
        lines = [self.bold(f"MANDATE CHANGES ({len(changes)})")]
        if not changes:
            lines.append("  none: no operative paragraph changed beyond renumbering and roll-over")
        for number, change in enumerate(changes, 1):
            ref = f"{self.old_ref(change.old)} → {self.new_ref(change.new)}"
            lines.append(f"{number:>3}. {ref}  [{', '.join(change.kinds)}]")
            if change.summary:
                lines.append(f"     {change.summary}")
            for sign, phrases, tint in (("−", change.removed, _RED), ("+", change.added, _GREEN)):
                if phrases:
                    text = " | ".join(phrases)
                    lines.append(
                        f"     {sign} {tint}{text}{_RESET}" if self.color else f"     {sign} {text}"
                    )
        return [*lines, ""]

    def findings(self) -> list[str]:
        lines = []
        for finding in self.comparison.findings:
            if finding.code == "quote-mismatch":
                lines.append(
                    f"! Quotation in {self.new_ref(finding.block)} does not match "
                    f"{finding.detail.get('cites', 'the cited report')} ¶"
                    f"{finding.detail.get('paragraph', '?')} word for word."
                )
        return lines

    def list_change(self, pair: Pair, change: Finding) -> list[str]:
        """A list paragraph as members removed and added, not as a word diff."""
        removed = _strings(change.detail.get("removed"))
        added = _strings(change.detail.get("added"))
        ref = f"{self.old_ref(pair.old)} → {self.new_ref(pair.new)}"
        lines = [f"{self.section(pair)}{ref}  list: {len(removed)} removed, {len(added)} added"]
        for sign, members, tint in (("−", removed, _RED), ("+", added, _GREEN)):
            if members:
                text = ("、" if _is_cjk(members) else ", ").join(members)
                lines.append(
                    f"    {sign} {tint}{text}{_RESET}" if self.color else f"    {sign} {text}"
                )
        if not removed and not added:
            lines.append("    (same members, different order or wording around them)")
        return lines

    def group(self, group: Group) -> list[str]:
        """A split or merge shown once, as one diff of the whole against both halves."""
        main = self.comparison.pairs[group.main]
        old_refs = " + ".join(self.old_ref(i) for i in group.old_ids)
        new_refs = " + ".join(self.new_ref(i) for i in group.new_ids)
        tags = f" [{', '.join(main.tags)}]" if main.tags else ""
        ops = diff_words(group.old_text, group.new_text)
        if all(op.op == "=" for op in ops):
            how = "divided into two paragraphs" if group.status == "split" else "joined into one"
            body = f"(same words, {how})"
        else:
            body = _ops_text(ops, self.color)
        return [f"{self.section(main)}{old_refs} → {new_refs}  {group.status}{tags}", "    " + body]

    def pair(self, pair: Pair) -> list[str]:
        ref = f"{self.old_ref(pair.old)} → {self.new_ref(pair.new)}"
        tags = f" [{', '.join(pair.tags)}]" if pair.tags else ""
        header = f"{self.section(pair)}{ref}  {pair.status}{tags}"
        if pair.status in ("inserted", "deleted"):
            text = "".join(op.text for op in pair.ops)
            return [header, "    " + _whole_block(pair.status == "deleted", text, self.color)]
        return [header, "    " + _ops_text(pair.ops, self.color)]


def render_text(comparison: Comparison, *, color: bool = False, show_all: bool = False) -> str:
    """The whole terminal report as one string."""
    out = _Renderer(comparison, color)
    lines = [*out.header(), *out.mandate(), *out.findings()]
    lists = {
        (finding.detail.get("old"), finding.detail.get("new")): finding
        for finding in comparison.findings
        if finding.code == "list-change"
    }
    lines.append(out.bold("CHANGES"))
    routine = unchanged = 0
    # Each split or merge is shown once, where its first pair comes in reading order.
    group_of: dict[int, Group] = {}
    for group in split_merge_groups(comparison):
        for index in (group.main, *group.parts):
            group_of[index] = group
    shown_groups: set[int] = set()
    for index, pair in enumerate(comparison.pairs):
        if pair.status == "unchanged" and not show_all:
            unchanged += 1
            continue
        if "routine" in pair.tags and not show_all:
            routine += 1
            continue
        grouped = group_of.get(index)
        if grouped is not None:
            if grouped.main not in shown_groups:
                shown_groups.add(grouped.main)
                lines.extend(out.group(grouped))
            continue
        change = lists.get((pair.old, pair.new)) if "list" in pair.tags else None
        if change is not None and pair.old and pair.new:
            lines.extend(out.list_change(pair, change))
            continue
        lines.extend(out.pair(pair))
    lines.append("")
    if not show_all:
        lines.append(
            out.dim(
                f"{routine} routine roll-over and {unchanged} unchanged paragraphs not listed "
                "(--all lists them)."
            )
        )
    return "\n".join(lines) + "\n"
