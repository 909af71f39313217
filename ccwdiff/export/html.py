"""Export a comparison as one self-contained HTML file (inline CSS, no scripts, printable).

The page carries what the PDF carries, from the same :mod:`report` model: the two
documents, the counts, the mandate changes, a table of every change linking to it,
then the whole comparison as two aligned columns or an inline redline. It does not
embed fonts (that would add megabytes); it names CJK fonts a reader's system is
likely to have, and the export report lists characters the bundled fonts lack.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from html import escape

from ..core.model import Comparison
from .atomic import atomic_write
from .report import (
    Layout,
    PageSize,
    ReportModel,
    Row,
    Segment,
    build_report,
    clip_phrases,
    is_rtl,
)
from .result import ExportReport

_CSS = """
:root { --del-bg: #fbe3e4; --del-fg: #9b1c1c; --ins-bg: #dff3e4; --ins-fg: #14612e;
  --muted: #6b7280; --rule: #d7dbe0; --accent: #1f3a5f; }
* { box-sizing: border-box; }
body { font-family: "Noto Sans SC ccwdiff", "Noto Sans SC", "Noto Sans CJK SC",
  "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "Noto Sans", "Segoe UI", Arial,
  sans-serif;
  color: #1b1f24; margin: 0 auto; max-width: 1100px; padding: 24px 32px; line-height: 1.55;
  font-size: 15px; }
h1 { font-size: 22px; color: var(--accent); margin: 0 0 4px; }
h2 { font-size: 17px; color: var(--accent); border-bottom: 2px solid var(--accent);
  padding-bottom: 3px; margin: 28px 0 10px; }
h3 { font-size: 15px; margin: 16px 0 6px; }
a { color: var(--accent); }
table { border-collapse: collapse; width: 100%; }
.docs th, .docs td, .counts td { border-bottom: 1px solid var(--rule); padding: 4px 8px;
  text-align: left; vertical-align: top; }
.docs th { color: var(--muted); font-weight: normal; width: 8em; }
.counts { width: auto; }
.counts td.n { text-align: right; font-weight: bold; }
.generated, .muted { color: var(--muted); }
del, .del { background: var(--del-bg); color: var(--del-fg); text-decoration: line-through; }
ins, .ins { background: var(--ins-bg); color: var(--ins-fg); text-decoration: none; }
.mandate { border-left: 4px solid #b45309; background: #fff8eb; padding: 8px 12px; margin: 10px 0; }
.mandate .ref { font-weight: bold; }
.phrases { margin: 4px 0; }
.phrases del, .phrases ins { padding: 0 2px; margin-right: 6px; }
.kind { display: inline-block; font-size: 12px; border: 1px solid #b45309; color: #b45309;
  border-radius: 3px; padding: 0 4px; margin-right: 4px; }
.toc ol { padding-left: 1.5em; margin: 4px 0; }
.toc li { margin: 2px 0; }
.snippet { font-size: 13px; }
.tag { display: inline-block; font-size: 11px; border-radius: 3px; padding: 0 4px; margin-left: 4px;
  background: #eef1f5; color: #374151; }
.tag-mandate { background: #b45309; color: white; }
.diff td { border-top: 1px solid var(--rule); padding: 6px 8px; vertical-align: top; width: 50%; }
.diff th { text-align: left; color: var(--muted); font-weight: normal; padding: 4px 8px; }
.label { color: var(--muted); font-size: 12px; margin-right: 6px; white-space: nowrap; }
.note { color: #5b21b6; font-size: 12px; margin-top: 2px; }
tr.routine td, div.routine { color: var(--muted); }
tr.routine del, tr.routine ins, div.routine del, div.routine ins { background: #f0f1f3;
  color: var(--muted); }
tr.is-mandate td { background: #fffaf0; }
tr.heading td, div.heading { font-weight: bold; }
tr.footnote td, div.footnote { font-size: 0.85em; }
tr td.empty { background: repeating-linear-gradient(135deg, #fafafa, #fafafa 6px, #f1f2f4 6px,
  #f1f2f4 12px); }
.inline .para { border-top: 1px solid var(--rule); padding: 6px 0; }
.missing, tr.quote-mismatch td { color: var(--del-fg); }
.findings td { border-bottom: 1px solid var(--rule); padding: 3px 8px; vertical-align: top; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  a { color: inherit; text-decoration: none; }
  tr, .mandate, .para { break-inside: avoid-page; }
  h2 { break-after: avoid-page; }
  del, ins, .del, .ins, .mandate, td.empty { -webkit-print-color-adjust: exact;
    print-color-adjust: exact; }
}
"""


def _text(segments: Iterable[Segment]) -> str:
    parts: list[str] = []
    for segment in segments:
        text = escape(segment.text)
        if segment.op == "-":
            parts.append(f"<del>{text}</del>")
        elif segment.op == "+":
            parts.append(f"<ins>{text}</ins>")
        else:
            parts.append(text)
    return "".join(parts)


def _tags(row: Row) -> str:
    return "".join(
        f'<span class="tag tag-{escape(tag)}">{escape(tag)}</span>' for tag in row.badges
    )


def _row_classes(row: Row) -> str:
    classes = [f"status-{row.status}"]
    if row.routine:
        classes.append("routine")
    if row.mandate_index is not None:
        classes.append("is-mandate")
    if row.is_heading:
        classes.append("heading")
    if row.is_footnote:
        classes.append("footnote")
    return " ".join(classes)


def _note(row: Row) -> str:
    if not row.note:
        return ""
    return '<div class="note">' + "<br>".join(map(escape, row.note.splitlines())) + "</div>"


def _findings(model: ReportModel) -> str:
    if not model.findings:
        return ""
    items = "".join(
        f'<tr class="{escape(entry.code)}"><td class="label">'
        + (f'<a href="#{entry.anchor}">{escape(entry.reference)}</a>' if entry.anchor else "")
        + f"</td><td>{escape(entry.text)}</td></tr>"
        for entry in model.findings
    )
    return f'<h2 id="findings">Quotations and lists</h2><table class="findings">{items}</table>'


def _cell(label: str | None, segments: tuple[Segment, ...], extra: str, *, present: bool) -> str:
    if not present:
        # The paragraph does not exist on this side: a hatched gap, with the row's tags.
        return f'<td class="empty">{extra}</td>'
    head = f'<span class="label">{escape(label)}</span>' if label else ""
    body = _text(segments)
    if is_rtl(segments):
        body = f'<div dir="rtl">{body}</div>'
    return f"<td>{head}{body}{extra}</td>"


def _columns(rows: tuple[Row, ...], model: ReportModel) -> str:
    out = [
        '<table class="diff"><thead><tr>'
        f"<th>{escape(model.old.name)}: {escape(model.old.symbol or model.old.file_name)}</th>"
        f"<th>{escape(model.new.name)}: {escape(model.new.symbol or model.new.file_name)}</th>"
        "</tr></thead><tbody>"
    ]
    for row in rows:
        old_cell = _cell(row.old_label, row.old, "", present=row.old_ref is not None)
        new_cell = _cell(
            row.new_label, row.new, _note(row) + _tags(row), present=row.new_ref is not None
        )
        out.append(f'<tr id="{row.anchor}" class="{_row_classes(row)}">{old_cell}{new_cell}</tr>')
    out.append("</tbody></table>")
    return "".join(out)


def _inline(rows: tuple[Row, ...]) -> str:
    out = ['<div class="inline">']
    for row in rows:
        labels = " → ".join(dict.fromkeys(label for label in (row.old_ref, row.new_ref) if label))
        note = _note(row)
        out.append(
            f'<div id="{row.anchor}" class="para {_row_classes(row)}">'
            f'<span class="label">{escape(labels)}</span>'
            f'<span dir="auto">{_text(row.inline)}</span>{_tags(row)}{note}</div>'
        )
    out.append("</div>")
    return "".join(out)


def _cover(model: ReportModel) -> str:
    def doc_rows(label: str, attr: str) -> str:
        old, new = getattr(model.old, attr), getattr(model.new, attr)
        return (
            f"<tr><th>{label}</th><td>{escape(old or '—')}</td><td>{escape(new or '—')}</td></tr>"
        )

    counts = "".join(
        f'<tr><td>{escape(label)}</td><td class="n">{count}</td></tr>'
        for label, count in model.counts
    )
    notes = "".join(f"<li>{escape(note)}</li>" for note in model.notes)
    missing = ""
    if model.missing_glyphs:
        chars = " ".join(f"{c} (U+{ord(c):04X})" for c in model.missing_glyphs)
        missing = f'<p class="missing">Characters no bundled font covers: {escape(chars)}</p>'
    return (
        f"<h1>{escape(model.title)}</h1>"
        f'<p class="generated">Generated by ccwdiff on {escape(model.generated)}</p>'
        '<table class="docs"><thead><tr><th></th>'
        f"<th>{escape(model.old.name)} (old)</th><th>{escape(model.new.name)} (new)</th>"
        "</tr></thead><tbody>"
        + doc_rows("Symbol", "symbol")
        + doc_rows("Title", "title")
        + doc_rows("Date", "date")
        + doc_rows("File", "file_name")
        + '</tbody></table><h2 id="summary">Summary</h2>'
        f'<table class="counts"><tbody>{counts}</tbody></table>'
        + (f"<ul class='muted'>{notes}</ul>" if notes else "")
        + missing
    )


def _phrases(phrases: tuple[str, ...], tag: str) -> str:
    shown, left_out = clip_phrases(phrases)
    text = "".join(f"<{tag}>{escape(p)}</{tag}>" for p in shown) or "—"
    return text + (f' <span class="muted">(+{left_out} more)</span>' if left_out else "")


def _mandate(model: ReportModel) -> str:
    if not model.mandate:
        return '<h2 id="mandate">Mandate changes</h2><p class="muted">No mandate change found.</p>'
    out = ['<h2 id="mandate">Mandate changes</h2>']
    for entry in model.mandate:
        kinds = "".join(f'<span class="kind">{escape(k)}</span>' for k in entry.kinds)
        removed = _phrases(entry.removed, "del")
        added = _phrases(entry.added, "ins")
        out.append(
            '<div class="mandate">'
            f'<div><a class="ref" href="#{entry.anchor}">{escape(entry.reference)}</a>'
            f" {kinds}</div>"
            f"<div>{escape(entry.summary)}</div>"
            f'<div class="phrases"><span class="muted">Removed:</span> {removed}</div>'
            f'<div class="phrases"><span class="muted">Added:</span> {added}</div>'
            "</div>"
        )
    return "".join(out)


def _snippet(row: Row, limit: int = 90) -> str:
    """The first changes of a row, each as a struck/underlaid piece, for the table of changes."""
    pieces: list[str] = []
    used = 0
    for segment in row.inline:
        if segment.op == "=":
            if pieces and pieces[-1] != " … ":
                pieces.append(" … ")
            continue
        text = segment.text.strip()
        if not text:
            continue
        room = limit - used
        if room <= 0:
            break
        clipped = text if len(text) <= room else text[:room] + "…"
        used += len(clipped)
        pieces.append(_text([Segment(segment.op, clipped)]))
    while pieces and pieces[-1] == " … ":
        pieces.pop()
    if used >= limit:
        pieces.append(" …")
    return "".join(pieces)


def _toc(model: ReportModel) -> str:
    out = ['<nav class="toc"><h2 id="changes">Table of changes</h2>']
    for section in model.sections:
        changed = [row for row in section.rows if row.changed]
        out.append(f'<h3><a href="#{section.anchor}">{escape(section.title)}</a></h3>')
        if not changed:
            out.append('<p class="muted">No change.</p>')
            continue
        out.append("<ol>")
        for row in changed:
            ref = " → ".join(dict.fromkeys(r for r in (row.old_ref, row.new_ref) if r))
            out.append(
                f'<li><a href="#{row.anchor}">{escape(ref)}</a>{_tags(row)} '
                f'<span class="snippet">{_snippet(row)}</span></li>'
            )
        out.append("</ol>")
    out.append("</nav>")
    return "".join(out)


def render_html(
    model: ReportModel,
    *,
    layout: Layout = "columns",
    page_size: PageSize = "A4",
    show_routine: bool = True,
    lang: str = "zh",
) -> str:
    """The whole HTML page for ``model`` as a string."""
    body: list[str] = [
        _cover(model),
        _mandate(model),
        _findings(model),
        _toc(model),
        '<h2 id="text">Full text</h2>',
    ]
    for section in model.sections:
        rows = section.shown_rows(show_routine)
        body.append(f'<h3 id="{section.anchor}">{escape(section.title)}</h3>')
        body.append(_columns(rows, model) if layout == "columns" else _inline(rows))
    page = "A4" if page_size == "A4" else "letter"
    return (
        f'<!DOCTYPE html>\n<html lang="{escape(lang)}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="generator" content="ccwdiff">'
        f"<title>{escape(model.title)}</title>"
        f"<style>{_CSS}@page {{ size: {page}; margin: 16mm 14mm; }}</style></head>"
        f"<body>{''.join(body)}</body></html>\n"
    )


def export_html(
    comparison: Comparison,
    path: str | os.PathLike[str],
    *,
    layout: Layout = "columns",
    page_size: PageSize = "A4",
    show_routine: bool = True,
) -> ExportReport:
    """Write the comparison as a self-contained HTML file, atomically."""
    model = build_report(comparison)
    page = render_html(
        model,
        layout=layout,
        page_size=page_size,
        show_routine=show_routine,
        lang=comparison.new.language or "und",
    )
    target = atomic_write(
        path,
        page.encode("utf-8", "replace"),  # lone surrogates of a non-UTF-8 file name
        inputs=(comparison.old.path, comparison.new.path),
    )
    warnings: list[str] = []
    if model.missing_glyphs:
        warnings.append(
            "No bundled font has these characters; a reader's browser may show boxes: "
            + " ".join(model.missing_glyphs)
        )
    return ExportReport(
        path=target,
        format="html",
        pages=1,
        missing_glyphs=model.missing_glyphs,
        warnings=tuple(warnings),
    )
