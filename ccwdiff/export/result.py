"""What an export returns: how many pages, which characters could not be drawn, warnings."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class ExportReport:
    """The outcome of :func:`export_pdf` or :func:`export_html`.

    ``missing_glyphs`` lists the distinct characters no bundled font covers (a
    viewer may draw them with a font of its own, or as a box); ``warnings`` are
    plain sentences a caller can show as they are.
    """

    path: Path
    format: str  # "pdf", "html", "docx" or "json"
    pages: int  # 0 for JSON
    missing_glyphs: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
