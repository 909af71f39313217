"""Typed errors with a stable code and a plain message for the user.

The CLI prints ``message`` on stderr and exits with ``exit_code``; the window shows
it in a dialog naming the file. ``code`` is stable so that the UI can translate it
and tests can assert on it.
"""

from __future__ import annotations

from collections.abc import Callable


class CcwdiffError(Exception):
    """Base for every error a user may see. Never carries a traceback to the user."""

    exit_code = 1

    def __init__(self, code: str, message: str, path: str | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.path = path

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class LoaderError(CcwdiffError):
    """A file could not be read as a report (missing, unreadable, corrupt, wrong type...)."""

    exit_code = 3


class PasswordRequired(LoaderError):
    """The PDF is encrypted and needs a password (or the one given was wrong)."""

    exit_code = 4


class LimitExceeded(LoaderError):
    """The document exceeds a documented size limit (pages or characters)."""

    exit_code = 5


class BadReference(CcwdiffError):
    """A paragraph reference given by the user names no paragraph, or several."""

    exit_code = 2


class ExportError(CcwdiffError):
    """An export could not be written; any earlier file at the target is untouched."""

    exit_code = 6


class Cancelled(CcwdiffError):
    """The user cancelled a long operation."""

    exit_code = 130

    def __init__(self) -> None:
        super().__init__("cancelled", "The operation was cancelled.")


def raise_if_cancelled(cancel: Callable[[], bool] | None) -> None:
    """Raise :class:`Cancelled` when the caller's cancel callback says so."""
    if cancel is not None and cancel():
        raise Cancelled()
