"""The render model shared by the PDF and HTML exports (Qt-free).

A :class:`ReportModel` is what an exported comparison says, in the order it says it:
a cover with both documents and the counts, the mandate changes with their phrases
and references ("2022 ¶32 → 2023 ¶20"), then every pair in reading order, grouped
in sections that become the PDF outline and the HTML table of contents. The PDF and
HTML writers only lay it out, so both always carry the same facts.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Literal

from ..core.cite import SECTION_KINDS, Labeller, document_year
from ..core.model import Block, BlockKind, Comparison, Document, OpCode, PairStatus, WordOp
from ..fonts import missing_glyphs

Layout = Literal["columns", "inline"]  # the full text: two aligned columns, or one redline
PageSize = Literal["A4", "Letter"]

# Tags and statuses in the order the summary lists them, with their display names.
COUNT_LABELS: tuple[tuple[str, str], ...] = (
    ("mandate_changes", "Mandate changes"),
    ("tag:mandate", "Paragraphs tagged mandate"),
    ("tag:substantive", "Substantive changes"),
    ("tag:list", "List changes"),
    ("tag:routine", "Routine roll-over"),
    ("tag:renumbered", "Renumbered only"),
    ("moved", "Moved"),
    ("changed", "Changed paragraphs"),
    ("inserted", "Inserted paragraphs"),
    ("deleted", "Deleted paragraphs"),
    ("split", "Split"),
    ("merged", "Merged"),
    ("unchanged", "Unchanged paragraphs"),
)
TAG_NAMES: dict[str, str] = {
    "mandate": "mandate",
    "substantive": "substantive",
    "routine": "routine",
    "list": "list",
    "renumbered": "renumbered",
    "moved": "moved",
}


# A run of text with its diff operation: the engine's own word operation.
Segment = WordOp


@dataclass(frozen=True)
class DocInfo:
    """What the cover says about one of the two documents."""

    side: str  # "old" or "new"
    name: str  # short name used in references: the year, else "Old"/"New"
    symbol: str | None
    title: str | None
    date: str | None
    file_name: str
    language: str


@dataclass(frozen=True)
class Row:
    """One aligned pair, ready to print."""

    anchor: str
    status: PairStatus
    tags: tuple[str, ...]
    kind: BlockKind
    old_label: str | None
    new_label: str | None
    old_ref: str | None  # "2022 ¶32"
    new_ref: str | None
    old: tuple[Segment, ...]  # "=" and "-" segments: the old text
    new: tuple[Segment, ...]  # "=" and "+" segments: the new text
    inline: tuple[Segment, ...]  # every segment in order: the redline
    note: str | None = None  # cross-reference for moved / split / merged / renumbered
    mandate_index: int | None = None

    @property
    def routine(self) -> bool:
        return "routine" in self.tags and "mandate" not in self.tags

    @property
    def changed(self) -> bool:
        return self.status != "unchanged" or any(s.op != "=" for s in self.inline)

    @property
    def is_heading(self) -> bool:
        return self.kind in ("heading", "annex", "title")

    @property
    def is_footnote(self) -> bool:
        """Set in smaller type, as on the page."""
        return self.kind == "footnote"

    @property
    def badges(self) -> list[str]:
        """Its tags, and its status when that says more than changed or unchanged."""
        tags = list(self.tags)
        if self.status not in ("unchanged", "changed") and self.status not in tags:
            tags.append(self.status)
        return tags


@dataclass(frozen=True)
class Section:
    """A run of rows under one heading; one outline entry in the PDF."""

    anchor: str
    title: str
    rows: tuple[Row, ...]
    changes: int

    def shown_rows(self, show_routine: bool) -> tuple[Row, ...]:
        """The rows an export prints: routine roll-over only when asked, and not an
        unchanged heading opening the section (the section title above says it)."""
        rows = tuple(row for row in self.rows if show_routine or not row.routine)
        if rows and rows[0].is_heading and not rows[0].changed:
            rows = rows[1:]
        return rows


@dataclass(frozen=True)
class MandateEntry:
    """A mandate change as the cover lists it."""

    anchor: str  # the row it points to
    reference: str  # "2022 ¶32 → 2023 ¶20"
    summary: str
    kinds: tuple[str, ...]
    removed: tuple[str, ...]
    added: tuple[str, ...]
    inline: tuple[Segment, ...]


@dataclass(frozen=True)
class FindingEntry:
    """Something the analysis noticed that is not a pair: a quotation check, a list change."""

    anchor: str  # the row it concerns ("" when none)
    reference: str  # "2023 ¶3"
    code: str  # "quote-match", "quote-mismatch", "list-change", ...
    text: str  # one plain sentence


@dataclass(frozen=True)
class ReportModel:
    """Everything an export prints, in order."""

    title: str
    subject: str
    old: DocInfo
    new: DocInfo
    generated: str  # local time, ISO 8601 to the minute
    counts: tuple[tuple[str, int], ...]
    mandate: tuple[MandateEntry, ...]
    sections: tuple[Section, ...]
    findings: tuple[FindingEntry, ...] = ()
    notes: tuple[str, ...] = ()  # the comparison's warnings
    missing_glyphs: tuple[str, ...] = field(default=())

    def rows(self) -> list[Row]:
        return [row for section in self.sections for row in section.rows]


def is_rtl(segments: Iterable[Segment]) -> bool:
    """True when the text's first strong character is right-to-left (Arabic, Hebrew)."""
    for segment in segments:
        for char in segment.text:
            direction = unicodedata.bidirectional(char)
            if direction in ("R", "AL"):
                return True
            if direction == "L":
                return False
    return False


def clip_phrases(phrases: tuple[str, ...], limit: int = 240) -> tuple[list[str], int]:
    """The phrases that fit in about ``limit`` characters, and how many were left out.

    A decision removed or added whole is one very long phrase; the cover shows its
    start and the full text section shows all of it.
    """
    shown: list[str] = []
    used = 0
    for phrase in phrases:
        room = limit - used
        if room <= 0:
            break
        shown.append(phrase if len(phrase) <= room else phrase[: max(room, 20)] + "…")
        used += len(phrase)
    return shown, len(phrases) - len(shown)


def _doc_names(comparison: Comparison) -> tuple[str, str]:
    old_year, new_year = document_year(comparison.old), document_year(comparison.new)
    if old_year and new_year and old_year != new_year:
        return old_year, new_year
    return "Old", "New"


def _segments(ops: tuple[Segment, ...], keep: str) -> tuple[Segment, ...]:
    return tuple(s for s in ops if s.op == "=" or s.op == keep)


def _pair_segments(
    ops: tuple[tuple[OpCode, str], ...], old: Block | None, new: Block | None
) -> tuple[Segment, ...]:
    segments = tuple(Segment(op, text) for op, text in ops if text)
    if segments:
        return segments
    # A pair without ops (e.g. built by hand, or unchanged with ops elided): show text.
    if old and new:
        if old.text == new.text:
            return (Segment("=", old.text),)
        return (Segment("-", old.text), Segment("+", new.text))
    if old:
        return (Segment("-", old.text),)
    if new:
        return (Segment("+", new.text),)
    return ()


def _section_title(block: Block) -> str:
    label = (block.label or "").strip()
    return f"{label} {block.text}".strip() if label else block.text.strip()


def build_report(comparison: Comparison, *, now: datetime | None = None) -> ReportModel:
    """Turn a comparison into the ordered content of an export."""
    old_name, new_name = _doc_names(comparison)
    old_labels, new_labels = Labeller(comparison.old), Labeller(comparison.new)
    mandate_by_pair = {(m.old, m.new): index for index, m in enumerate(comparison.mandate)}
    groups: dict[str, list[int]] = {}
    for index, pair in enumerate(comparison.pairs):
        if pair.group:
            groups.setdefault(pair.group, []).append(index)

    rows: list[Row] = []
    for index, pair in enumerate(comparison.pairs):
        old_block, new_block = old_labels.block(pair.old), new_labels.block(pair.new)
        inline = _pair_segments(tuple((op.op, op.text) for op in pair.ops), old_block, new_block)
        old_ref = f"{old_name} {old_labels.ref(pair.old)}".strip() if pair.old else None
        new_ref = f"{new_name} {new_labels.ref(pair.new)}".strip() if pair.new else None
        either = new_block or old_block
        kind: BlockKind = either.kind if either is not None else "other"
        rows.append(
            Row(
                anchor=f"pair-{index + 1}",
                status=pair.status,
                tags=pair.tags,
                kind=kind,
                old_label=_display_label(old_labels, old_block),
                new_label=_display_label(new_labels, new_block),
                old_ref=old_ref,
                new_ref=new_ref,
                old=_segments(inline, "-"),
                new=_segments(inline, "+"),
                inline=inline,
                note=None,
                mandate_index=mandate_by_pair.get((pair.old or "", pair.new or "")),
            )
        )
    findings, finding_notes = _findings(comparison, rows, old_labels, new_labels)
    rows = [
        _with_note(row, rows, groups, comparison, finding_notes.get(index, []))
        for index, row in enumerate(rows)
    ]

    mandate: list[MandateEntry] = []
    anchor_by_pair = {
        (pair.old or "", pair.new or ""): rows[i].anchor for i, pair in enumerate(comparison.pairs)
    }
    for change in comparison.mandate:
        # Cited the way diplomats cite: by the numbered paragraph ("2022 ¶32 → 2023 ¶20");
        # the row itself shows the bullet or item within it.
        old_ref = f"{old_name} {old_labels.paragraph_ref(change.old)}" if change.old else "(new)"
        new_ref = (
            f"{new_name} {new_labels.paragraph_ref(change.new)}" if change.new else "(deleted)"
        )
        anchor = anchor_by_pair.get((change.old or "", change.new or ""), "") or next(
            (
                rows[i].anchor
                for i, pair in enumerate(comparison.pairs)
                if (change.old and pair.old == change.old)
                or (change.new and pair.new == change.new)
            ),
            "",
        )
        row = next((r for r in rows if r.anchor == anchor), None)
        mandate.append(
            MandateEntry(
                anchor=anchor,
                reference=f"{old_ref} → {new_ref}",
                summary=change.summary,
                kinds=change.kinds,
                removed=change.removed,
                added=change.added,
                inline=row.inline if row else (),
            )
        )

    # "Mandate changes" counts the grouped MandateChange entries, as the heading below the
    # summary does; the per-paragraph tag count has its own label.
    stats = comparison.stats()
    counts = tuple((label, stats[key]) for key, label in COUNT_LABELS if stats.get(key))
    old_info = _doc_info("old", old_name, comparison.old)
    new_info = _doc_info("new", new_name, comparison.new)
    notes = _notes(comparison) + _corrections(
        comparison, old_name, new_name, old_labels, new_labels
    )
    model = ReportModel(
        title=f"Comparison of {_short(old_info)} and {_short(new_info)}",
        subject=f"Paragraph-by-paragraph comparison: {_short(old_info)} → {_short(new_info)}",
        old=old_info,
        new=new_info,
        generated=(now or datetime.now(timezone.utc).astimezone()).strftime("%Y-%m-%d %H:%M %Z"),
        counts=counts,
        mandate=tuple(mandate),
        sections=_sections(rows, comparison, old_labels, new_labels),
        findings=tuple(findings),
        notes=notes,
    )
    return _with_missing(model)


def _notes(comparison: Comparison) -> tuple[str, ...]:
    """The documents' and the comparison's warnings as sentences (codes through the CLI's table)."""
    from ..textreport import WARNING_MESSAGES  # Qt-free; the same wording as the terminal

    notes: list[str] = []
    for doc in (comparison.old, comparison.new):
        for warning in doc.warnings:
            notes.append(f"{Path(doc.path).name}: {WARNING_MESSAGES.get(warning, warning)}")
    notes.extend(WARNING_MESSAGES.get(code, code) for code in comparison.warnings)
    return tuple(dict.fromkeys(notes))


def _corrections(
    comparison: Comparison, old_name: str, new_name: str, old_labels: Labeller, new_labels: Labeller
) -> tuple[str, ...]:
    """Sentences naming the pairs the user made or undid by hand (the reader must know)."""
    notes = []
    for sentence, pairs in (
        ("Paired by hand, whatever their wording: {}.", comparison.paired_by_hand),
        ("Kept apart by hand, as not the same paragraph: {}.", comparison.unpaired_by_hand),
    ):
        if pairs:
            refs = "; ".join(
                f"{old_name} {old_labels.ref(old)} → {new_name} {new_labels.ref(new)}"
                for old, new in pairs
            )
            notes.append(sentence.format(refs))
    return tuple(notes)


def _display_label(labels: Labeller, block: Block | None) -> str | None:
    if block is None or block.kind == "title":
        return None  # the title block has no number; "title" beside it would be noise
    return labels.ref(block.id)


def _short(info: DocInfo) -> str:
    return info.symbol or info.file_name


def _doc_info(side: str, name: str, doc: Document) -> DocInfo:
    return DocInfo(
        side=side,
        name=name,
        symbol=doc.symbol,
        title=doc.title,
        date=doc.date,
        file_name=Path(doc.path).name,
        language=doc.language,
    )


def _findings(
    comparison: Comparison, rows: list[Row], old: Labeller, new: Labeller
) -> tuple[list[FindingEntry], dict[int, list[str]]]:
    """Plain sentences for the findings, and the notes they add to their rows."""
    by_new = {pair.new: i for i, pair in enumerate(comparison.pairs) if pair.new}
    by_old = {pair.old: i for i, pair in enumerate(comparison.pairs) if pair.old}
    entries: list[FindingEntry] = []
    notes: dict[int, list[str]] = {}
    for finding in comparison.findings:
        detail = finding.detail
        new_id = str(detail.get("new") or finding.block or "")
        index = by_new.get(new_id)
        if index is None:
            index = by_old.get(str(detail.get("old") or finding.block or ""))
        row = rows[index] if index is not None else None
        reference = (row.new_ref or row.old_ref or "") if row else ""
        text = _finding_text(finding.code, detail)
        entries.append(FindingEntry(row.anchor if row else "", reference, finding.code, text))
        if index is not None:
            notes.setdefault(index, []).append(text)
    return entries, notes


def _finding_text(code: str, detail: dict[str, object]) -> str:
    def listed(key: str) -> str:
        value = detail.get(key)
        if not isinstance(value, (list, tuple)):
            return ""
        items = [str(v) for v in value]
        return _list_separator(items).join(items)

    cited = " ".join(
        str(part)
        for part in (
            detail.get("cites"),
            f"¶{detail['paragraph']}" if detail.get("paragraph") else None,
        )
        if part
    )
    if code == "quote-match":
        return f"Quotes {cited} word for word." if cited else "Quotation matches its source."
    if code == "quote-mismatch":
        return (
            f"Quotes {cited} but does not match it word for word."
            if cited
            else "Quotation does not match its source word for word."
        )
    if code == "citation":
        return f"Cites {cited} (in paraphrase, not a quotation)." if cited else "Citation."
    if code == "list-change":
        kind = str(detail.get("kind") or "entries").capitalize()
        parts = []
        if listed("added"):
            parts.append(f"added: {listed('added')}")
        if listed("removed"):
            parts.append(f"removed: {listed('removed')}")
        return f"{kind} " + "; ".join(parts) + "." if parts else f"{kind} reordered only."
    extra = ", ".join(f"{k}: {v}" for k, v in detail.items() if isinstance(v, (str, int, float)))
    return f"{code}" + (f" ({extra})" if extra else "")


def _list_separator(items: list[str]) -> str:
    """ "、" between Chinese or Japanese names, ", " otherwise (as the text report does)."""
    cjk = any(
        "\u4e00" <= char <= "\u9fff" or "\u3040" <= char <= "\u30ff"
        for item in items
        for char in item
    )
    return "、" if cjk else ", "


def _with_note(
    row: Row,
    rows: list[Row],
    groups: dict[str, list[int]],
    comparison: Comparison,
    extra: list[str],
) -> Row:
    index = int(row.anchor.split("-")[1]) - 1
    pair = comparison.pairs[index]
    note: str | None = None
    if pair.status == "moved":
        note = f"Moved: {row.old_ref} is now {row.new_ref}"
    elif pair.status in ("split", "merged") or pair.group:
        partners = [rows[i] for i in groups.get(pair.group or "", []) if i != index]
        refs = ", ".join(p.new_ref or p.old_ref or "" for p in partners)
        verb = "Merged with" if pair.status == "merged" else "Split; see also"
        note = f"{verb} {refs}" if refs else None
    elif "renumbered" in pair.tags and row.old_label != row.new_label:
        note = f"Renumbered: {row.old_ref} → {row.new_ref}"
    lines = ([note] if note else []) + extra
    if (pair.old, pair.new) in comparison.paired_by_hand:
        lines.append("Paired by hand")
    if not lines:
        return row
    return replace(row, note="\n".join(lines))


def _sections(
    rows: list[Row], comparison: Comparison, old: Labeller, new: Labeller
) -> tuple[Section, ...]:
    sections: list[Section] = []
    title = "Opening"
    anchor = "section-0"
    current: list[Row] = []

    def close() -> None:
        if current:
            changes = sum(1 for r in current if r.changed)
            sections.append(Section(anchor, title, tuple(current), changes))

    for row, pair in zip(rows, comparison.pairs, strict=True):
        block = new.block(pair.new) or old.block(pair.old)
        if block is not None and block.kind in SECTION_KINDS:
            close()
            current = []
            title = _section_title(block)
            anchor = f"section-{int(anchor.split('-')[1]) + 1}"
        current.append(row)
    close()
    return tuple(sections)


def _with_missing(model: ReportModel) -> ReportModel:
    texts: list[str] = [model.title, model.generated]
    for info in (model.old, model.new):
        texts.extend(t for t in (info.symbol, info.title, info.date, info.file_name) if t)
    for entry in model.mandate:
        texts.extend((entry.summary, *entry.removed, *entry.added))
    texts.extend(finding.text for finding in model.findings)
    for row in model.rows():
        texts.extend(s.text for s in row.inline)
        texts.extend(t for t in (row.old_ref, row.new_ref, row.note) if t)
    return replace(model, missing_glyphs=tuple(missing_glyphs(texts)))
