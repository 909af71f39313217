"""Export a comparison as a PDF redline: Qt lays it out, pypdf adds outline and metadata.

The front matter of the :mod:`report` model (cover, counts, mandate changes,
quotations and lists) is Qt rich text (:mod:`pdfhtml`) in a small ``QTextDocument``;
the full comparison is laid out cell by cell and paged by :mod:`pdfbody`. Both are
laid out at the PDF writer's resolution and painted page by page with a running
header and a "Page N of M" footer. Qt embeds the bundled fonts as CID TrueType
subsets with a ToUnicode map, so the text is real, selectable and searchable. pypdf
then adds what Qt cannot: the outline (sections and each mandate change, at their
exact position on the page), the document information (title, author, subject,
keywords) and opening with the outline shown.
"""

from __future__ import annotations

import io
import os
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QMarginsF,
    QPointF,
    QRectF,
    QSizeF,
    Qt,
    qVersion,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
)

from .. import __version__
from ..core.errors import ExportError
from ..core.model import Comparison
from .atomic import atomic_write, check_target
from .pdfbody import PageLimitExceeded, lay_out_body
from .pdfhtml import front_html
from .pdfupdate import Bookmark, UnexpectedLayout, append_outline
from .qtfonts import bundled_font, ensure_gui_application, register_qt_fonts
from .report import Layout, PageSize, ReportModel, build_report
from .result import ExportReport

_RESOLUTION = 300  # dots per inch for layout; text stays vector whatever the value
# The laid-out pages stay in memory until they are painted, about 0.2 MB a page: 9,500
# pages took 2 GB and 43 s. Longer exports get a clear message before memory runs out.
# (One QTextDocument for the whole report used to crash Qt past about 2,500 pages; the
# full comparison no longer goes through one.)
MAX_PAGES = 10_000
_MARGIN_MM = (16.0, 20.0, 16.0, 18.0)  # left, top, right, bottom: room for header/footer
_POINTS_PER_INCH = 72.0
_CJK_LANGUAGES = frozenset({"zh", "ja", "ko"})


@dataclass(frozen=True)
class _Mark:
    """Where an anchor landed: page index and distance from the page top, in points."""

    page: int
    top: float


def _page_size(name: PageSize) -> QPageSize:
    return QPageSize(QPageSize.PageSizeId.Letter if name == "Letter" else QPageSize.PageSizeId.A4)


def _anchor_positions(doc: QTextDocument, page_height: float) -> dict[str, tuple[int, float]]:
    """Page index and y offset within the page (device pixels) of every named anchor."""
    layout = doc.documentLayout()
    found: dict[str, tuple[int, float]] = {}
    block = doc.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            names = fragment.charFormat().anchorNames() if fragment.isValid() else []
            if names:
                rect = layout.blockBoundingRect(block)
                line = block.layout().lineForTextPosition(fragment.position() - block.position())
                y = rect.top() + (line.y() if line.isValid() else 0.0)
                page = int((y + 1.0) // page_height)  # +1 px: rounding at page tops
                for name in names:
                    found.setdefault(name, (page, y - page * page_height))
            iterator += 1
        block = block.next()
    return found


def _render(
    model: ReportModel, *, layout: Layout, page_size: PageSize, show_routine: bool
) -> tuple[bytes, int, dict[str, _Mark], float]:
    """Lay out and paint the PDF with Qt. Returns bytes, page count, anchors, page height (pt)."""
    ensure_gui_application()
    register_qt_fonts()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(_RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            _page_size(page_size),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(model.title)
    writer.setCreator(f"ccwdiff {__version__}")
    writer.setAuthor("ccwdiff")

    dots_per_mm = _RESOLUTION / 25.4
    page_rect = writer.pageLayout().fullRectPixels(_RESOLUTION)
    left, top, right, bottom = (m * dots_per_mm for m in _MARGIN_MM)
    body = QRectF(left, top, page_rect.width() - left - right, page_rect.height() - top - bottom)

    latin_first = model.new.language not in _CJK_LANGUAGES
    front = QTextDocument()
    front.documentLayout().setPaintDevice(writer)
    base_size = 9.5 if layout == "columns" else 10.0
    front.setDefaultFont(bundled_font(base_size, latin_first=latin_first))
    front.setDocumentMargin(0)
    front.setPageSize(QSizeF(body.width(), body.height()))
    front.setHtml(front_html(model))
    front_pages = front.pageCount()
    anchors = _anchor_positions(front, body.height())
    try:
        text = lay_out_body(
            model,
            device=writer,
            resolution=_RESOLUTION,
            layout=layout,
            show_routine=show_routine,
            width=body.width(),
            height=body.height(),
            font_size=base_size,
            latin_first=latin_first,
            max_pages=MAX_PAGES - front_pages,
        )
    except PageLimitExceeded:
        raise ExportError(
            "export-too-long",
            f"This comparison would make a PDF of more than {MAX_PAGES:,} pages, the most "
            "ccwdiff lays out at once. Export HTML or JSON instead, or compare the "
            "documents in parts.",
        ) from None
    pages = front_pages + len(text.pages)
    for name, (page, y) in text.anchors.items():
        anchors.setdefault(name, (front_pages + page, y))

    painter = QPainter()
    if not painter.begin(writer):
        raise ExportError("export-failed", "The PDF could not be started.")
    try:
        for index in range(pages):
            if index:
                writer.newPage()
            if index < front_pages:
                painter.save()
                painter.translate(body.left(), body.top() - index * body.height())
                context = QAbstractTextDocumentLayout.PaintContext()
                context.clip = QRectF(0, index * body.height(), body.width(), body.height())
                painter.setClipRect(context.clip)
                front.documentLayout().draw(painter, context)
                painter.restore()
            else:
                text.paint(painter, index - front_pages, body.topLeft())
            _furniture(painter, model, index, pages, body, page_rect.height(), dots_per_mm)
    finally:
        painter.end()
    buffer.close()
    scale = _POINTS_PER_INCH / _RESOLUTION
    marks = {name: _Mark(page, (body.top() + y) * scale) for name, (page, y) in anchors.items()}
    return bytes(data.data()), pages, marks, page_rect.height() * scale


def _furniture(
    painter: QPainter,
    model: ReportModel,
    index: int,
    pages: int,
    body: QRectF,
    page_height: float,
    dots_per_mm: float,
) -> None:
    """Running header (both symbols) and footer (date, "Page N of M") with thin rules."""
    painter.save()
    painter.setFont(bundled_font(7.5))
    grey = QColor("#6b7280")
    painter.setPen(QPen(grey))
    gap = 2.5 * dots_per_mm
    height = 5 * dots_per_mm
    header = QRectF(body.left(), body.top() - gap - height, body.width(), height)
    footer = QRectF(body.left(), body.bottom() + gap, body.width(), height)
    symbols = (
        f"{model.old.symbol or model.old.file_name} → {model.new.symbol or model.new.file_name}"
    )
    align_left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    align_right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    painter.drawText(header, align_left, symbols)
    painter.drawText(header, align_right, "ccwdiff comparison")
    painter.drawText(footer, align_left, f"Generated {model.generated}")
    painter.drawText(footer, align_right, f"Page {index + 1} of {pages}")
    painter.setPen(QPen(QColor("#c9ced6"), 0.25 * dots_per_mm))
    painter.drawLine(QPointF(body.left(), header.bottom()), QPointF(body.right(), header.bottom()))
    painter.drawLine(QPointF(body.left(), footer.top()), QPointF(body.right(), footer.top()))
    painter.restore()


def _bookmarks(model: ReportModel, marks: dict[str, _Mark], page_height: float) -> list[Bookmark]:
    """The outline: summary, mandate changes (each at its row), findings, sections."""

    def mark(title: str, anchor: str, children: tuple[Bookmark, ...] = ()) -> Bookmark:
        at = marks.get(anchor, _Mark(0, 0.0))
        return Bookmark(title, at.page, max(0.0, page_height - at.top + 6), children)

    mandate = tuple(
        mark(f"{entry.reference}: {entry.summary}"[:120], entry.anchor) for entry in model.mandate
    )
    sections = tuple(
        mark(
            section.title[:100] + (f" ({section.changes} changed)" if section.changes else ""),
            section.anchor,
        )
        for section in model.sections
    )
    out = [mark("Summary", "summary"), mark("Mandate changes", "mandate", mandate)]
    if model.findings:
        out.append(mark("Quotations and lists", "findings"))
    out.append(mark("Full comparison", "text", sections))
    return out


def _info(model: ReportModel) -> dict[str, str]:
    return {
        "Title": model.title,
        "Author": "ccwdiff",
        "Subject": model.subject,
        "Keywords": ", ".join(
            s for s in (model.old.symbol, model.new.symbol, "ccwdiff", "redline") if s
        ),
        "Creator": f"ccwdiff {__version__}",
        "Producer": f"Qt {qVersion()}",
    }


def _finish(
    raw: bytes, model: ReportModel, marks: dict[str, _Mark], page_height: float, pages: int
) -> bytes:
    """Add the outline, the document information and open with the outline visible."""
    bookmarks = _bookmarks(model, marks, page_height)
    info = _info(model)
    try:
        return append_outline(raw, bookmarks, info, pages=pages)
    except UnexpectedLayout:
        return _finish_with_pypdf(raw, bookmarks, info)


def _finish_with_pypdf(raw: bytes, bookmarks: list[Bookmark], info: dict[str, str]) -> bytes:
    """:func:`_finish` through pypdf, for a file that Qt did not lay out as expected."""
    from pypdf import PdfReader, PdfWriter  # imported only when needed: it takes a while
    from pypdf.generic import Fit, IndirectObject

    writer = PdfWriter(PdfReader(io.BytesIO(raw)), incremental=True)

    def add(items: Sequence[Bookmark], parent: IndirectObject | None) -> None:
        for item in items:
            fit = Fit.xyz(left=0, top=item.top, zoom=None)
            added = writer.add_outline_item(
                title=item.title, page_number=item.page, parent=parent, fit=fit
            )
            add(item.children, added)

    add(bookmarks, None)
    writer.add_metadata({f"/{key}": value for key, value in info.items()})
    writer.page_mode = "/UseOutlines"
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def export_pdf(
    comparison: Comparison,
    path: str | os.PathLike[str],
    *,
    layout: Layout = "columns",
    page_size: PageSize = "A4",
    show_routine: bool = True,
) -> ExportReport:
    """Write the comparison as a PDF redline, atomically; see the module docstring."""
    inputs = (comparison.old.path, comparison.new.path)
    check_target(path, inputs)  # refuse early, before minutes of layout
    model = build_report(comparison)
    raw, pages, marks, page_height = _render(
        model, layout=layout, page_size=page_size, show_routine=show_routine
    )
    final = _finish(raw, model, marks, page_height, pages)
    target = atomic_write(path, final, inputs=inputs)
    warnings: list[str] = []
    if model.missing_glyphs:
        warnings.append(
            "No bundled font has these characters; they may show as boxes: "
            + " ".join(model.missing_glyphs)
        )
    return ExportReport(
        path=target,
        format="pdf",
        pages=pages,
        missing_glyphs=model.missing_glyphs,
        warnings=tuple(warnings),
    )
