"""File > Export PDF…/HTML…/Word…/JSON… and Help > About.

Exports run on the thread pool like comparisons. The exporters belong to
``ccwdiff.export``; they are imported lazily so the window starts fast and still
works (with a clear message) in a build without them.
"""

from __future__ import annotations

import importlib
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from ccwdiff import __version__
from ccwdiff.core.cite import document_year
from ccwdiff.core.errors import CcwdiffError

from . import dialogs
from .qt import PYSIDE_VERSION, QCoreApplication, QFileDialog, QMessageBox, qVersion
from .worker import Job

if TYPE_CHECKING:
    from .main_window import MainWindow

log = logging.getLogger(__name__)

_EXPORTERS = {
    "pdf": ("ccwdiff.export.pdf", "export_pdf"),
    "html": ("ccwdiff.export.html", "export_html"),
    "docx": ("ccwdiff.export.word", "export_docx"),
    "json": ("ccwdiff.export.jsonfile", "export_json"),
}


def _same_file(a: Path, b: str) -> bool:
    try:
        return a.resolve() == Path(b).resolve()
    except OSError:
        return False


def run_export(window: MainWindow, kind: str) -> None:
    """Ask for a target file and export the current comparison there."""
    comparison = window.comparison
    if comparison is None:
        dialogs.show_info(
            window, QCoreApplication.translate("Export", "Compare two reports first.")
        )
        return
    module_name, function_name = _EXPORTERS[kind]
    try:
        exporter = getattr(importlib.import_module(module_name), function_name)
    except (ImportError, AttributeError):
        log.exception("exporter %s unavailable", module_name)
        dialogs.show_info(
            window,
            QCoreApplication.translate("Export", "This build of ccwdiff cannot export %1.").replace(
                "%1", kind.upper()
            ),
        )
        return
    years = [document_year(comparison.old) or "old", document_year(comparison.new) or "new"]
    suggested = Path(window.settings.last_folder() or Path.home()) / (
        f"ccwdiff-{years[0]}-{years[1]}.{kind}"
    )
    pattern = {
        "pdf": QCoreApplication.translate("Export", "PDF files (*.pdf)"),
        "html": QCoreApplication.translate("Export", "Web pages (*.html)"),
        "docx": QCoreApplication.translate("Export", "Word documents (*.docx)"),
        "json": QCoreApplication.translate("Export", "JSON data (*.json)"),
    }[kind]
    path, _ = QFileDialog.getSaveFileName(
        window, QCoreApplication.translate("Export", "Export comparison"), str(suggested), pattern
    )
    if not path:
        return
    target = Path(path)
    if target.suffix.lower() != f".{kind}":
        target = target.with_suffix(f".{kind}")
    if any(_same_file(target, source) for source in (comparison.old.path, comparison.new.path)):
        dialogs.show_info(
            window,
            QCoreApplication.translate(
                "Export", "That is one of the compared reports; choose another file name."
            ),
        )
        return

    layout = "inline" if window.options.layout == "inline" else "columns"
    paper = (
        {"page_size": "Letter" if window.options.letter_paper else "A4"}
        if kind in ("pdf", "docx")
        else {}
    )

    def task(progress: object, cancel: object) -> str:
        report = exporter(comparison, str(target), layout=layout, **paper)
        return str(getattr(report, "path", target))

    job = Job(task, name=f"export-{kind}")
    window._export_job = job  # keep it alive until it reports
    job.signals.finished.connect(window.on_export_done)
    job.signals.failed.connect(window.on_export_failed)
    window.status.start(QCoreApplication.translate("Export", "Exporting…"))
    job.start()


def export_failed(window: MainWindow, error: object, details: str) -> None:
    window.status.stop()
    if isinstance(error, CcwdiffError):
        dialogs.show_error(window, error)
    else:
        log.error("export failed:\n%s", details)
        dialogs.ExceptionDialog(details, window).exec()


def about(window: MainWindow) -> None:
    text = QCoreApplication.translate(
        "About",
        "<h3>ccwdiff %1</h3><p>Compares two successive reports of a meeting: paragraphs "
        "aligned, words diffed, mandate changes first.</p><p>Qt %2, PySide6 %3</p>",
    )
    text = text.replace("%1", __version__).replace("%2", qVersion()).replace("%3", PYSIDE_VERSION)
    from ccwdiff.about import licences_html

    text += licences_html()
    QMessageBox.about(window, QCoreApplication.translate("About", "About ccwdiff"), text)
