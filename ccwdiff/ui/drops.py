"""What a drag-and-drop (or command line) brings in, checked before any loading.

Files from a file manager, a browser's download bar and Office all arrive as
local file URLs. Remote URLs, folders and files of other types are refused with
a reason the window can show.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .qt import QCoreApplication, QMimeData

SUPPORTED_SUFFIXES = (".pdf", ".docx", ".txt", ".md")


@dataclass
class DropResult:
    """Accepted local files, in drop order, and the reasons others were refused."""

    files: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def check_path(path: Path) -> str | None:
    """Why ``path`` cannot be compared, or None when it looks usable."""
    if path.is_dir():
        return QCoreApplication.translate(
            "Drops", "“%1” is a folder. Drop the report files themselves."
        ).replace("%1", path.name or str(path))
    if not path.exists():
        return QCoreApplication.translate("Drops", "“%1” does not exist any more.").replace(
            "%1", path.name
        )
    if path.suffix.lower() not in SUPPORTED_SUFFIXES:
        return QCoreApplication.translate(
            "Drops", "“%1” is not a supported type. Use PDF, Word (.docx) or text (.txt) files."
        ).replace("%1", path.name)
    return None


def classify_drop(mime: QMimeData) -> DropResult:
    """Split dropped URLs into usable local files and explained refusals."""
    result = DropResult()
    if not mime.hasUrls():
        if mime.hasText():
            result.problems.append(
                QCoreApplication.translate("Drops", "Only files can be dropped here, not text.")
            )
        return result
    for url in mime.urls():
        if not url.isLocalFile():
            result.problems.append(
                QCoreApplication.translate(
                    "Drops", "“%1” is not a local file. Download it first, then drop the file."
                ).replace("%1", url.toDisplayString())
            )
            continue
        path = Path(url.toLocalFile())
        problem = check_path(path)
        if problem:
            result.problems.append(problem)
        else:
            result.files.append(str(path))
    return result
