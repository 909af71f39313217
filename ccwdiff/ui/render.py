"""Rich-text (Qt HTML subset) for one side of a row, or for the inline view.

Deleted words are struck through on a red (or orange) tint, inserted words sit on
a green (or blue) tint. A small grey line above the text gives the paragraph
label, section path and tags, so every paragraph can be cited from the screen.
Qt-free: the delegate turns these strings into QTextDocuments.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field, replace

from ccwdiff.core.cite import Labeller
from ccwdiff.core.model import Block, WordOp

from .colours import DiffColours
from .i18n import status_name, tag_name
from .qt import QCoreApplication
from .rows import Row, cite_label, path_text

_HEADING_KINDS = ("title", "heading", "annex")


@dataclass
class RenderContext:
    """Everything besides the row that the HTML depends on."""

    colours: DiffColours
    old_year: str
    new_year: str
    old_blocks: dict[str, Block] = field(default_factory=dict)
    new_blocks: dict[str, Block] = field(default_factory=dict)
    # Citations as the terminal and the exports give them ("¶1 •2", "¶24 (a)").
    old_labels: Labeller | None = None
    new_labels: Labeller | None = None
    search: str = ""
    # Rows by index, to name the partner of a moved paragraph.
    rows: list[Row] = field(default_factory=list)
    # (old id, new id) of the pairs the reader made by hand (Pair With…).
    by_hand: frozenset[tuple[str, str]] = frozenset()


def _highlight(text: str, context: RenderContext) -> str:
    """Escape ``text``, marking occurrences of the search text."""
    needle = context.search.strip()
    if not needle:
        return html.escape(text).replace("\n", "<br>")
    pieces: list[str] = []
    at = 0
    for found in re.finditer(re.escape(needle), text, flags=re.IGNORECASE):
        pieces.append(html.escape(text[at : found.start()]))
        pieces.append(
            f'<span style="background-color:{context.colours.search_bg}">'
            f"{html.escape(found.group())}</span>"
        )
        at = found.end()
    pieces.append(html.escape(text[at:]))
    return "".join(pieces).replace("\n", "<br>")


def _span(text: str, op: str, context: RenderContext) -> str:
    colours = context.colours
    body = _highlight(text, context)
    if op == "-":
        return (
            f'<span style="background-color:{colours.delete_bg};color:{colours.delete_fg};'
            f'text-decoration:line-through">{body}</span>'
        )
    if op == "+":
        return (
            f'<span style="background-color:{colours.insert_bg};color:{colours.insert_fg};'
            f'text-decoration:underline">{body}</span>'
        )
    return body


def _ops_usable(ops: tuple[WordOp, ...], block: Block | None, side: str) -> bool:
    """Only trust word ops that rebuild this block's own text (not a split group)."""
    if block is None or not ops:
        return False
    kept = "=" + ("-" if side == "old" else "+")
    rebuilt = "".join(op.text for op in ops if op.op in kept)
    return rebuilt == block.text


def _body(row: Row, side: str, context: RenderContext) -> str:
    block = row.old if side == "old" else row.new
    if block is None:
        return ""
    status = row.pair.status
    if status in ("changed", "moved", "split", "merged") and _ops_usable(row.pair.ops, block, side):
        wanted = "-" if side == "old" else "+"
        text = "".join(
            _span(op.text, op.op, context) for op in row.pair.ops if op.op in ("=", wanted)
        )
    else:
        text = _highlight(block.text, context)
    if block.kind in _HEADING_KINDS:
        label = html.escape(block.label or "")
        text = f"<b>{label}&nbsp;{text}</b>" if label else f"<b>{text}</b>"
    return text


def _chip(text: str, background: str, foreground: str) -> str:
    return (
        f'<span style="background-color:{background};color:{foreground}">'
        f"&nbsp;{html.escape(text)}&nbsp;</span>"
    )


def chips(row: Row, context: RenderContext) -> str:
    """Status and tag badges for a row."""
    colours = context.colours
    parts: list[str] = []
    status = row.pair.status
    if status != "unchanged":
        parts.append(_chip(status_name(status), colours.mark(status), "#ffffff"))
    for tag in row.pair.tags:
        if tag == status:
            continue
        if tag == "mandate":
            parts.append(_chip(tag_name(tag), colours.mandate, "#ffffff"))
        else:
            parts.append(_chip(tag_name(tag), colours.chip_bg, colours.chip_fg))
    if paired_by_hand(row, context):
        parts.append(_chip(tag_name("paired-by-hand"), colours.chip_bg, colours.chip_fg))
    return " ".join(parts)


def paired_by_hand(row: Row, context: RenderContext) -> bool:
    """Whether the reader made this row's pair by hand (Pair With…)."""
    return (row.pair.old, row.pair.new) in context.by_hand


def citation(row: Row, context: RenderContext) -> str:
    """Plain-text citation such as "2022 ¶32 → 2023 ¶20"."""
    old = (
        f"{context.old_year} {cite_label(row.old, context.old_blocks, context.old_labels)}".strip()
        if row.old is not None
        else "—"
    )
    new = (
        f"{context.new_year} {cite_label(row.new, context.new_blocks, context.new_labels)}".strip()
        if row.new is not None
        else "—"
    )
    return f"{old} → {new}"


def short_citation(row: Row, context: RenderContext) -> str:
    """Citation without years, for the navigator ("¶32 → ¶20")."""
    old = (
        cite_label(row.old, context.old_blocks, context.old_labels) if row.old is not None else "—"
    )
    new = (
        cite_label(row.new, context.new_blocks, context.new_labels) if row.new is not None else "—"
    )
    return f"{old} → {new}"


def _move_note(row: Row, side: str, context: RenderContext) -> str:
    """A pointer from a moved paragraph to the other end of its move."""
    if row.partner is None or row.partner >= len(context.rows):
        return ""
    partner = context.rows[row.partner]
    if row.kind == "moved-from":
        target = partner.new
        note = QCoreApplication.translate("Render", "moved to %1 (double-click to follow)")
        place = (
            f"{context.new_year} {cite_label(target, context.new_blocks, context.new_labels)}"
            if target
            else ""
        )
    elif row.kind == "moved-to":
        target = partner.old
        note = QCoreApplication.translate("Render", "moved here from %1 (double-click to follow)")
        place = (
            f"{context.old_year} {cite_label(target, context.old_blocks, context.old_labels)}"
            if target
            else ""
        )
    elif side == "new" and row.pair.old is not None and row.old is not None:
        note = QCoreApplication.translate("Render", "moved from %1 (double-click to follow)")
        place = f"{context.old_year} {cite_label(row.old, context.old_blocks, context.old_labels)}"
    elif side == "old" and row.new is not None:
        note = QCoreApplication.translate("Render", "moved to %1 (double-click to follow)")
        place = f"{context.new_year} {cite_label(row.new, context.new_blocks, context.new_labels)}"
    else:
        return ""
    return (
        f'&nbsp;&nbsp;<span style="color:{context.colours.moved}">'
        f"{html.escape(note.replace('%1', place.strip()))}</span>"
    )


def _label_line(row: Row, side: str, context: RenderContext) -> str:
    block = row.old if side == "old" else row.new
    if block is None:
        return ""
    blocks = context.old_blocks if side == "old" else context.new_blocks
    year = context.old_year if side == "old" else context.new_year
    heading = block.kind in _HEADING_KINDS
    # A heading carries its own label in its text line; above it only the year.
    label = year if heading else f"{year} {cite_label(block, blocks)}".strip()
    parts = [f"<b>{html.escape(label)}</b>"]
    where = path_text(block)
    if where and not heading:
        parts.append(html.escape(where))
    line = "&nbsp;·&nbsp;".join(parts)
    extra = ""
    if row.kind != "pair" or (row.pair.status == "moved" and side == "new"):
        extra += _move_note(row, side, context)
    owner = "new" if row.new is not None else "old"
    if side == owner and row.kind == "pair":
        badges = chips(row, context)
        if badges:
            extra += "&nbsp;&nbsp;" + badges
    if heading and not extra:
        return ""  # an unchanged heading speaks for itself: no label line
    line += extra
    return f'<div style="color:{context.colours.label_fg};font-size:small">{line}</div>'


def _body_div(row: Row, body: str) -> str:
    """The text of a row; a footnote's in smaller type, as on the page."""
    return f'<div style="font-size:small">{body}</div>' if row.is_footnote else f"<div>{body}</div>"


def _ghost_body(row: Row, block: Block, context: RenderContext) -> str:
    """Dimmed text of a move marker; struck through where the paragraph left."""
    text = _highlight(block.text, context)
    strike = ";text-decoration:line-through" if row.kind == "moved-from" else ""
    return f'<span style="color:{context.colours.ghost_fg}{strike}">{text}</span>'


def side_html(row: Row, side: str, context: RenderContext) -> str:
    """HTML of one side of the aligned view ("" when that side is a gap)."""
    block = row.old if side == "old" else row.new
    if block is None:
        return ""
    if row.kind != "pair":
        body = _ghost_body(row, block, context)
    else:
        body = _body(row, side, context)
    return _label_line(row, side, context) + _body_div(row, body)


def inline_html(row: Row, context: RenderContext) -> str:
    """HTML of a row in the single-column view: both texts merged with markup."""
    colours = context.colours
    if row.kind == "moved-from" and row.old is not None:
        # Only where it was: "→ —" would read as a deletion; the note names the new place.
        old_cited = cite_label(row.old, context.old_blocks, context.old_labels)
        cited = f"{context.old_year} {old_cited}".strip()
    else:
        cited = citation(row, context)
    head = [f"<b>{html.escape(cited)}</b>"]
    anchor = row.new or row.old
    if anchor is not None and path_text(anchor):
        head.append(html.escape(path_text(anchor)))
    line = "&nbsp;·&nbsp;".join(head)
    if row.kind != "pair" or row.pair.status == "moved":
        line += _move_note(row, "new" if row.kind != "moved-from" else "old", context)
    badges = chips(row, context) if row.kind == "pair" else ""
    if badges:
        line += "&nbsp;&nbsp;" + badges
    body = _inline_body(row, context)
    return f'<div style="color:{colours.label_fg};font-size:small">{line}</div>' + _body_div(
        row, body
    )


def redline_html(row: Row, context: RenderContext) -> str:
    """The row as a small redline for the clipboard: citation, then the words diffed."""
    plain = replace(context, search="")  # no search marks in what is pasted elsewhere
    return f"<p><b>{html.escape(citation(row, plain))}</b></p><p>{_inline_body(row, plain)}</p>"


def _inline_body(row: Row, context: RenderContext) -> str:
    """Both texts of ``row`` merged: deleted words struck through, inserted ones marked."""
    anchor = row.new or row.old
    status = row.pair.status
    if row.kind != "pair":
        block = row.old or row.new
        body = _ghost_body(row, block, context) if block else ""
    elif row.old is not None and row.new is not None and status != "unchanged":
        old_ok = _ops_usable(row.pair.ops, row.old, "old")
        new_ok = _ops_usable(row.pair.ops, row.new, "new")
        if old_ok and new_ok:
            body = "".join(_span(op.text, op.op, context) for op in row.pair.ops)
        else:
            body = _span(row.old.text, "-", context) + "<br>" + _span(row.new.text, "+", context)
    elif row.new is not None and row.old is None:
        body = _span(row.new.text, "+", context)
    elif row.old is not None and row.new is None:
        body = _span(row.old.text, "-", context)
    else:
        block = row.new or row.old
        body = _highlight(block.text, context) if block else ""
    if anchor is not None and anchor.kind in ("title", "heading", "annex"):
        body = f"<b>{body}</b>"
    return body
