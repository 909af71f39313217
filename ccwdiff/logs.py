"""Logging to the user's log folder, shared by the CLI and the window.

Tracebacks go to the log file, never in front of the user; the user sees a plain
message and, in the window, can open the details.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

_configured: Path | None = None


def log_file() -> Path | None:
    """The log file in use, if logging to a file could be set up."""
    return _configured


def log_dir() -> Path:
    """The user's log folder (not created here)."""
    import platformdirs

    return Path(platformdirs.user_log_dir("ccwdiff", appauthor=False))


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Send log records to ``<user log dir>/ccwdiff.log`` (rotated); idempotent."""
    global _configured
    if _configured is not None:
        return _configured
    try:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "ccwdiff.log"
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(level)
    _configured = path
    return path
