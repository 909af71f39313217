"""The user's log folder (platformdirs), and opening it from Help > Open Log Folder.

Logging itself is configured by :mod:`ccwdiff.logs`, shared with the CLI.
"""

from __future__ import annotations

from ccwdiff.logs import log_dir

from .qt import QDesktopServices, QUrl


def open_log_folder() -> None:
    folder = log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
