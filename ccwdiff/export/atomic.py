"""Atomic export writes: a failure never leaves a half-written file or destroys an old one.

The bytes go to a temporary file in the target's own folder (so the final rename
never crosses a file system), are flushed and fsynced, and only then replace the
target with :func:`os.replace`. Any error removes the temporary file and surfaces
as an :class:`ExportError` with a plain message; the earlier file at the target,
if any, is untouched. Exporting over one of the compared input files is refused.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import BinaryIO

from ..core.errors import ExportError

Writer = Callable[[BinaryIO], None]


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def check_target(path: str | os.PathLike[str], inputs: Iterable[str | os.PathLike[str]]) -> Path:
    """Resolve the target; refuse a folder, an input file, or a place in a missing folder."""
    target = Path(path).expanduser()
    if target.is_dir():
        raise ExportError(
            "export-is-folder", "The export target is a folder; choose a file name.", str(target)
        )
    resolved = target.resolve(strict=False)
    for source in inputs:
        if not source:
            continue
        source_path = Path(source).expanduser()
        if source_path.resolve(strict=False) == resolved or _same_file(source_path, target):
            raise ExportError(
                "export-over-input",
                "This file is one of the compared reports; choose another name so it is not "
                "overwritten.",
                str(target),
            )
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():  # say so now, not after minutes of work
        raise ExportError(
            "export-no-folder", "The folder does not exist; choose another folder.", str(target)
        )
    return target


def _message(error: OSError) -> tuple[str, str]:
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return "export-disk-full", "The disk is full; free some space or choose another folder."
    if isinstance(error, PermissionError) or error.errno in (errno.EACCES, errno.EPERM):
        return (
            "export-permission",
            "You do not have permission to write here; choose another folder.",
        )
    if error.errno == errno.EROFS:
        return "export-read-only", "This folder is on a read-only disk; choose another folder."
    if isinstance(error, FileNotFoundError):
        return "export-no-folder", "The folder does not exist; choose another folder."
    if isinstance(error, IsADirectoryError):
        return "export-is-folder", "The export target is a folder; choose a file name."
    return "export-failed", f"The file could not be written ({error.strerror or error})."


def atomic_write(
    path: str | os.PathLike[str],
    write: Writer | bytes,
    *,
    inputs: Iterable[str | os.PathLike[str]] = (),
) -> Path:
    """Write ``write`` (bytes, or a function filling a binary file) to ``path`` atomically.

    Returns the target path. Raises :class:`ExportError` on any failure, with the
    earlier file at ``path`` (if any) left as it was.
    """
    target = check_target(path, inputs)
    folder = target.parent if str(target.parent) else Path(".")
    temp_name: str | None = None
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
        with os.fdopen(fd, "wb") as handle:
            if isinstance(write, bytes):
                handle.write(write)
            else:
                write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        _copy_mode(target, temp_name)
        os.replace(temp_name, target)
        temp_name = None
        _fsync_folder(folder)
    except OSError as error:
        code, message = _message(error)
        raise ExportError(code, message, str(target)) from error
    finally:
        if temp_name is not None:
            try:
                os.unlink(temp_name)
            except OSError:
                pass
    return target


def _copy_mode(target: Path, temp_name: str) -> None:
    """Keep an existing file's permissions; new files get the usual umask-based mode."""
    try:
        mode = target.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    os.chmod(temp_name, mode)


def _fsync_folder(folder: Path) -> None:
    # Makes the rename itself durable; not possible (nor needed) on Windows.
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
