"""Exports of a comparison: a PDF redline, a self-contained HTML page, a Word document
(``word.export_docx``) and the JSON of the command line (``jsonfile.export_json``).

``export_pdf`` needs Qt (PySide6) and is imported lazily, so that the HTML export
and the CLI's other formats work without loading Qt; ``export_html`` is imported when
first used too.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any, Literal

from .result import ExportReport

if TYPE_CHECKING:
    from ..core.model import Comparison
    from .html import export_html

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


def __getattr__(name: str) -> Any:
    # The HTML exporter (and the report model it renders) is imported when first used:
    # the CLI imports this package for ``atomic`` alone when it writes JSON or text.
    if name == "export_html":
        from .html import export_html

        return export_html
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
