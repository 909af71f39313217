"""The user's log folder (platformdirs), and opening it from Help > Open Log Folder.

Logging itself is configured by :mod:`ccwdiff.logs`, shared with the CLI.
"""

from __future__ import annotations

from pathlib import Path

import platformdirs

from .qt import QDesktopServices, QUrl


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir("ccwdiff", appauthor=False))


def open_log_folder() -> None:
    folder = log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
