"""Dialogs for things going wrong: typed errors, passwords, unexpected exceptions.

A :class:`~ccwdiff.core.errors.CcwdiffError` is shown as a plain message naming
the file and what to do. Anything else is a bug: it is logged and shown with
details the user can copy into a report, and the application keeps running.
Exceptions raised on any thread reach the UI thread through a queued signal.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from ccwdiff.core.errors import (
    CcwdiffError,
    ExportError,
    LimitExceeded,
    LoaderError,
    PasswordRequired,
)

from .qt import (
    QApplication,
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QObject,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    Signal,
)

log = logging.getLogger(__name__)


def advice(error: CcwdiffError) -> str:
    """What the user can do about ``error``."""
    if isinstance(error, LimitExceeded):
        return QCoreApplication.translate(
            "Dialogs", "Compare a shorter extract, or split the document into parts."
        )
    if isinstance(error, PasswordRequired):
        return QCoreApplication.translate(
            "Dialogs",
            "Open the file again (File > Open Old… or Open New…) and enter the password "
            "when asked. If you do not know it, ask the sender of the file.",
        )
    if isinstance(error, LoaderError) and not error.message.rstrip().endswith("."):
        # The engine's loader messages normally end with what to do; add it if not.
        return QCoreApplication.translate(
            "Dialogs",
            "Check that the file is a complete PDF, Word (.docx) or text report, "
            "then open it again with File > Open Old… or Open New….",
        )
    if isinstance(error, ExportError):
        return QCoreApplication.translate(
            "Dialogs", "Choose another folder or file name and export again."
        )
    return ""


def window_message(error: CcwdiffError) -> str:
    """The error's explanation as the window says it.

    The engine's password message is written for both front ends and names the
    command line's ``--password`` option, which means nothing in the window: here
    it is said in the window's own terms (the advice then says how to retry).
    """
    if isinstance(error, PasswordRequired):
        if error.code == "password-wrong":
            return QCoreApplication.translate(
                "Dialogs", "The password given does not open this PDF."
            )
        return QCoreApplication.translate(
            "Dialogs", "This PDF is protected by a password, and none was entered."
        )
    return error.message


def show_error(parent: QWidget | None, error: CcwdiffError) -> None:
    """A modal message for a typed error, naming the file."""
    if error.path:
        text = QCoreApplication.translate("Dialogs", "Could not use “%1”.").replace(
            "%1", Path(error.path).name
        )
    else:
        text = QCoreApplication.translate("Dialogs", "The operation could not be completed.")
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Dialogs", "ccwdiff"))
    box.setText(text)
    informative = window_message(error)
    tip = advice(error)
    if tip:
        informative = f"{informative}\n\n{tip}"
    box.setInformativeText(informative)
    if error.path:
        box.setDetailedText(f"{error.path}\n[{error.code}]")
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    log.info("error shown: %s %s %s", error.code, error.path, error.message)
    box.exec()


def show_info(parent: QWidget | None, text: str, informative: str = "") -> None:
    """A modal information message (e.g. a dropped folder or remote URL)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("Dialogs", "ccwdiff"))
    box.setText(text)
    if informative:
        box.setInformativeText(informative)
    box.exec()


def ask_password(parent: QWidget | None, path: str, wrong: bool) -> str | None:
    """Ask for a PDF password; None when the user cancels."""
    name = Path(path).name
    if wrong:
        prompt = QCoreApplication.translate("Dialogs", "The password for “%1” is wrong. Try again:")
    else:
        prompt = QCoreApplication.translate("Dialogs", "“%1” is protected by a password. Password:")
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("Dialogs", "Password required"),
        prompt.replace("%1", name),
        QLineEdit.EchoMode.Password,
    )
    return text if ok else None


class ExceptionDialog(QDialog):
    """Shows an unexpected error with copyable details."""

    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Dialogs", "Unexpected error"))
        self.setObjectName("exceptionDialog")
        layout = QVBoxLayout(self)
        message = QLabel(
            QCoreApplication.translate(
                "Dialogs",
                "Something went wrong inside ccwdiff. Your files were not changed and you "
                "can keep working. Please copy the details below into a bug report.",
            ),
            self,
        )
        message.setWordWrap(True)
        layout.addWidget(message)
        self.details = QPlainTextEdit(details, self)
        self.details.setReadOnly(True)
        self.details.setMinimumSize(560, 220)
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        copy = QPushButton(QCoreApplication.translate("Dialogs", "Copy details"), self)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def copy_details(self) -> None:
        QApplication.clipboard().setText(self.details.toPlainText())


class ExceptionRelay(QObject):
    """Carries unexpected exceptions from any thread to a dialog on the UI thread."""

    raised = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.raised.connect(self.show)
        self.dialog_parent: QWidget | None = None
        self._showing = False
        self._seen: set[str] = set()

    def show(self, details: str) -> None:
        # An error while the dialog is open, or one already shown (a failing paint
        # repeats on every repaint): logged only, never a storm of dialogs.
        signature = details.strip().splitlines()[-1] if details.strip() else details
        if self._showing or signature in self._seen:
            return
        self._seen.add(signature)
        self._showing = True
        try:
            ExceptionDialog(details, self.dialog_parent).exec()
        finally:
            self._showing = False

    def report(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        details = "".join(traceback.format_exception(kind, value, tb))
        log.error("unexpected error:\n%s", details)
        self.raised.emit(details)


def install_excepthooks(relay: ExceptionRelay) -> None:
    """Route uncaught exceptions (UI thread and other threads) to ``relay``."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        relay.report(kind, value, tb)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        relay.report(args.exc_type, args.exc_value, args.exc_traceback)

    sys.excepthook = hook
    threading.excepthook = thread_hook
