"""Exports of a comparison: a PDF redline and a self-contained HTML page.

``export_pdf`` needs Qt (PySide6) and is imported lazily, so that the HTML export
and the CLI's other formats work without loading Qt.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Literal

from .html import export_html
from .result import ExportReport

if TYPE_CHECKING:
    from ..core.model import Comparison

__all__ = ["ExportReport", "export_html", "export_pdf"]


def export_pdf(
    comparison: Comparison,
    path: str | os.PathLike[str],
    *,
    layout: Literal["columns", "inline"] = "columns",
    page_size: Literal["A4", "Letter"] = "A4",
    show_routine: bool = True,
) -> ExportReport:
    """Write ``comparison`` as a PDF redline at ``path`` (see :mod:`ccwdiff.export.pdf`)."""
    from .pdf import export_pdf as _export_pdf

    return _export_pdf(
        comparison, path, layout=layout, page_size=page_size, show_routine=show_routine
    )
