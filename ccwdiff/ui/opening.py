"""Opening reports: file dialogs, drag and drop, and the comparison job.

A mixin of :class:`~ccwdiff.ui.main_window.MainWindow`, kept apart so the window
module stays about layout and reading. Strings use the "MainWindow" translation
context explicitly, because ``self.tr`` would look them up under the subclass.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from ccwdiff.core.errors import Cancelled, CcwdiffError, PasswordRequired
from ccwdiff.core.model import Comparison

from . import dialogs
from .drops import check_path, classify_drop
from .i18n import stage_name
from .qt import (
    QCoreApplication,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QPoint,
)
from .worker import CompareRequest, Job, Prepared, compare_task

if TYPE_CHECKING:
    from .pairing import UndoStep
    from .qt import QMainWindow, Signal
    from .rows import Row
    from .settings import AppSettings, ViewOptions
    from .view import ComparisonPane, ComparisonView
    from .window_parts import StatusArea

    _Base = QMainWindow
else:
    _Base = object

log = logging.getLogger(__name__)
translate = QCoreApplication.translate  # lupdate recognises calls to "translate"


def absolute(path: str) -> str:
    """``path`` made absolute (and normalised) against the current directory."""
    return str(Path(path).expanduser().resolve()) if path else path


class OpeningMixin(_Base):
    """Files in, comparison out; the window shows the result with ``set_comparison``."""

    if TYPE_CHECKING:  # what the mixin uses of MainWindow (checked there by mypy)
        jobFailed: Signal
        settings: AppSettings
        options: ViewOptions
        old_path: str | None
        new_path: str | None
        passwords: dict[str, str]
        job: Job | None
        pane: ComparisonPane
        view: ComparisonView
        status: StatusArea
        _auto_order: bool
        _focus_after: tuple[str | None, str | None] | None
        _fingerprint: str | None
        _pairing_undo: list[UndoStep]

        def set_comparison(
            self, comparison: Comparison | None, rows: list[Row] | None = None
        ) -> None: ...
        def update_placeholder(self) -> None: ...
        def _update_header(self) -> None: ...
        def _refresh_recent(self) -> None: ...
        def jump_to_pair(self, old: str | None, new: str | None) -> bool: ...

    # --- files and comparing ------------------------------------------------------------------
    def choose_file(self, side: str) -> None:
        from .qt import QFileDialog

        title = (
            translate("MainWindow", "Open the older report")
            if side == "old"
            else translate("MainWindow", "Open the newer report")
        )
        filters = QCoreApplication.translate(
            "MainWindow", "Reports (*.pdf *.docx *.txt *.md);;All files (*)"
        )
        path, _ = QFileDialog.getOpenFileName(self, title, self.settings.last_folder(), filters)
        if path:
            self.set_side(side, path)

    def set_side(self, side: str, path: str) -> None:
        """Put ``path`` on one side and compare if the other side is known."""
        path = absolute(path)
        problem = check_path(Path(path))
        if problem:
            dialogs.show_info(self, problem)
            return
        self.settings.set_last_folder(str(Path(path).parent))
        if side == "old":
            self.old_path = path
        else:
            self.new_path = path
        self._update_header()
        if self.old_path and self.new_path:
            self.start_compare()

    def open_files(self, first: str, second: str, auto_order: bool = False) -> None:
        """Compare two files; with ``auto_order`` the older report goes left."""
        # Absolute at once: the recent list and last folder must not depend on the
        # directory the window happened to be started from.
        first, second = absolute(first), absolute(second)
        self.old_path, self.new_path = first, second
        self.settings.set_last_folder(str(Path(first).parent))
        self._update_header()
        self.start_compare(auto_order=auto_order)

    def swap(self) -> None:
        if not (self.old_path or self.new_path):
            return
        self.old_path, self.new_path = self.new_path, self.old_path
        self._update_header()
        if self.old_path and self.new_path:
            self.start_compare()

    def start_compare(self, auto_order: bool = False) -> None:
        if not (self.old_path and self.new_path):
            return
        request = CompareRequest(
            self.old_path,
            self.new_path,
            password_old=self.passwords.get(self.old_path),
            password_new=self.passwords.get(self.new_path),
            auto_order=auto_order,
            remembered=self.settings.corrections(),
        )
        self._auto_order = auto_order
        self._focus_after = None
        self._fingerprint = None
        self._pairing_undo.clear()  # other files, or read again: nothing to undo
        log.info("comparing %s with %s", request.old, request.new)
        message = translate("MainWindow", "Comparing…")
        self._run_job(Job(compare_task(request), name="compare"), message)

    def _run_job(self, job: Job, message: str) -> None:
        """Run a comparing ``job`` in the background; its result replaces what is shown."""
        self.cancel_job(quiet=True)
        job.signals.progress.connect(self._on_progress)
        job.signals.finished.connect(self._on_finished)
        job.signals.failed.connect(self._on_failed)
        self.job = job
        self.status.start(message)
        self.update_placeholder()
        job.start()

    def cancel_job(self, quiet: bool = False) -> None:
        if self.job is not None:
            self.job.cancel()
            self.job = None
            self.status.stop()
            self.update_placeholder()
            if not quiet:
                self.status.showMessage(translate("MainWindow", "Cancelled."), 5000)

    def _is_current(self) -> bool:
        sender = self.sender()
        return self.job is not None and sender is self.job.signals

    def _on_progress(self, stage: str, fraction: float) -> None:
        if self._is_current():
            self.status.progress(stage_name(stage), fraction)

    def _on_finished(self, result: object) -> None:
        prepared = result if isinstance(result, Prepared) else None
        rows = prepared.rows if prepared is not None else None
        if prepared is not None:
            result = prepared.comparison
        if not self._is_current() or not isinstance(result, Comparison):
            return
        self.job = None
        self.status.stop()
        self.update_placeholder()
        self.old_path, self.new_path = result.old.path, result.new.path
        self.settings.add_recent(result.old.path, result.new.path)
        self._refresh_recent()
        self.set_comparison(result, rows)
        if prepared is not None and prepared.fingerprint is not None:
            self._fingerprint = prepared.fingerprint
        if self._fingerprint is not None:  # remembered for these two files, or forgotten
            self.settings.set_corrections(
                self._fingerprint, result.paired_by_hand, result.unpaired_by_hand
            )
        if prepared is not None and prepared.restored:
            self.status.showMessage(
                translate(
                    "MainWindow",
                    "The pairs corrected by hand earlier for these files are applied again "
                    "(Edit > Restore Automatic Pairing forgets them).",
                ),
                10000,
            )
        focus, self._focus_after = self._focus_after, None
        if focus is not None:
            self.jump_to_pair(*focus)

    def _on_failed(self, error: object, details: str) -> None:
        if not self._is_current():
            return
        self.job = None
        self.status.stop()
        self.update_placeholder()
        if isinstance(error, Cancelled):
            self.status.showMessage(translate("MainWindow", "Cancelled."), 5000)
            return
        if isinstance(error, PasswordRequired) and error.path:
            wrong = error.code == "password-wrong" or error.path in self.passwords
            password = dialogs.ask_password(self, error.path, wrong)
            if password is not None:
                self.passwords[error.path] = password
                self.start_compare(auto_order=getattr(self, "_auto_order", False))
                return
        if isinstance(error, CcwdiffError):
            self.jobFailed.emit(error.code)
            dialogs.show_error(self, error)
            return
        log.error("comparison failed unexpectedly:\n%s", details)
        self.jobFailed.emit("unexpected")
        dialogs.ExceptionDialog(details, self).exec()

    # --- drag and drop -----------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() or event.mimeData().hasText():
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        event.acceptProposedAction()
        count = len(event.mimeData().urls())
        if count >= 2:
            message = QCoreApplication.translate(
                "MainWindow", "Drop to compare these reports (the older one goes left)."
            )
            self.view.set_drop_hint("both")
        else:
            side = self.drop_side(event.position().toPoint())
            self.view.set_drop_hint(side)
            message = (
                translate("MainWindow", "Drop to open as the older report (left).")
                if side == "old"
                else QCoreApplication.translate(
                    "MainWindow", "Drop to open as the newer report (right)."
                )
            )
        self.status.showMessage(message, 2000)

    def drop_side(self, window_pos: QPoint) -> str:
        """Which side a single file dropped at ``window_pos`` goes to."""
        local = self.pane.mapFrom(self, window_pos)
        if self.pane.rect().contains(local) and self.options.layout != "inline":
            return self.pane.side_at(local.x())
        if not self.old_path:
            return "old"
        if not self.new_path:
            return "new"
        return "old" if window_pos.x() < self.width() / 2 else "new"

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self.view.set_drop_hint(None)

    def dropEvent(self, event: QDropEvent) -> None:
        self.view.set_drop_hint(None)
        result = classify_drop(event.mimeData())
        event.acceptProposedAction()
        self.handle_drop(result.files, result.problems, event.position().toPoint())

    def handle_drop(self, files: list[str], problems: list[str], window_pos: QPoint) -> None:
        if problems:
            dialogs.show_info(
                self,
                translate("MainWindow", "Some dropped items cannot be compared."),
                "\n".join(problems),
            )
        if len(files) > 2:
            dialogs.show_info(
                self,
                translate("MainWindow", "Drop one or two reports at a time."),
                QCoreApplication.translate(
                    "MainWindow",
                    "Two files are compared with each other; one file replaces one side.",
                ),
            )
        elif len(files) == 2:
            self.open_files(files[0], files[1], auto_order=True)
        elif len(files) == 1:
            self.set_side(self.drop_side(window_pos), files[0])
