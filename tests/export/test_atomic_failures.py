"""Nothing lost on export (issue 6): failures the basic atomic-write tests do not reach.

``test_atomic.py`` covers a writer that fails half-way, fsync/rename I/O errors, a
refused temporary file, a missing folder and exporting over an input. Here: the
write itself hitting a full disk, a quota, a read-only disk, a rename refused for
permission, an interruption (Ctrl-C) in the middle, a real read-only folder when
not root, and the same failures seen from the command line, which must exit 6
with one plain sentence and leave the earlier export as it was.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import Any, BinaryIO

import pytest

from ccwdiff import cli
from ccwdiff.core.errors import ExportError
from ccwdiff.export import atomic
from ccwdiff.export.atomic import atomic_write
from ccwdiff.resources import sample_pair

EARLIER = b"earlier export, must survive\n"
DISK_FULL = "The disk is full; free some space or choose another folder."
NO_PERMISSION = "You do not have permission to write here; choose another folder."


def _debris(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


class _FillingDisk:
    """A file whose write stores half of the bytes, then fails as a full disk does."""

    def __init__(self, handle: BinaryIO, error: int) -> None:
        self._handle = handle
        self._error = error

    def write(self, data: bytes) -> int:
        self._handle.write(data[: len(data) // 2])
        self._handle.flush()
        raise OSError(self._error, os.strerror(self._error))

    def __enter__(self) -> _FillingDisk:
        return self

    def __exit__(self, *exc: object) -> None:
        self._handle.close()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._handle, name)


@pytest.mark.parametrize(
    ("error", "code", "message"),
    [
        (errno.ENOSPC, "export-disk-full", DISK_FULL),
        (errno.EDQUOT, "export-disk-full", DISK_FULL),
        (errno.EIO, "export-failed", "The file could not be written (Input/output error)."),
    ],
)
def test_write_fails_half_way_and_the_earlier_file_survives(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: int, code: str, message: str
) -> None:
    target = tmp_path / "diff.json"
    target.write_bytes(EARLIER)
    real_fdopen = os.fdopen

    def filling_fdopen(fd: int, *args: Any, **kwargs: Any) -> _FillingDisk:
        return _FillingDisk(real_fdopen(fd, *args, **kwargs), error)

    monkeypatch.setattr(atomic.os, "fdopen", filling_fdopen)
    with pytest.raises(ExportError) as caught:
        atomic_write(target, b"{...}" * 5000)
    assert (caught.value.code, caught.value.message) == (code, message)
    assert str(caught.value) == f"{target}: {message}"
    assert target.read_bytes() == EARLIER
    assert _debris(tmp_path) == []


@pytest.mark.parametrize(
    ("step", "error", "code", "message"),
    [
        ("replace", PermissionError(errno.EACCES, "Permission denied"), "export-permission", None),
        ("replace", OSError(errno.EPERM, "Operation not permitted"), "export-permission", None),
        (
            "mkstemp",
            OSError(errno.EROFS, "Read-only file system"),
            "export-read-only",
            "This folder is on a read-only disk; choose another folder.",
        ),
        ("fsync", OSError(errno.ENOSPC, "No space left on device"), "export-disk-full", DISK_FULL),
    ],
)
def test_refusals_at_each_step_have_plain_messages(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    step: str,
    error: OSError,
    code: str,
    message: str | None,
) -> None:
    target = tmp_path / "diff.html"
    target.write_bytes(EARLIER)

    def fail(*args: object, **kwargs: object) -> None:
        raise error

    owner = atomic.tempfile if step == "mkstemp" else atomic.os
    monkeypatch.setattr(owner, step, fail)
    with pytest.raises(ExportError) as caught:
        atomic_write(target, b"<html>new</html>")
    monkeypatch.undo()
    assert caught.value.code == code
    assert caught.value.message == (message or NO_PERMISSION)
    assert target.read_bytes() == EARLIER
    assert _debris(tmp_path) == []


def test_interruption_mid_write_keeps_the_earlier_file(tmp_path: Path) -> None:
    target = tmp_path / "diff.pdf"
    target.write_bytes(EARLIER)

    def interrupted(handle: BinaryIO) -> None:
        handle.write(b"%PDF-1.7 the first pages")
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        atomic_write(target, interrupted)
    assert target.read_bytes() == EARLIER
    assert _debris(tmp_path) == []


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_real_read_only_folder(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root writes whatever the folder's mode; simulated in the tests above")
    folder = tmp_path / "locked"
    folder.mkdir()
    (folder / "diff.json").write_bytes(EARLIER)
    folder.chmod(0o500)
    try:
        with pytest.raises(ExportError) as caught:
            atomic_write(folder / "diff.json", b"new")
    finally:
        folder.chmod(0o700)
    assert caught.value.code == "export-permission"
    assert (folder / "diff.json").read_bytes() == EARLIER
    assert _debris(folder) == []


# --- the same failures from the command line ---------------------------------------


@pytest.mark.parametrize("fmt", ["json", "text", "html"])
def test_cli_full_disk_exits_6_and_keeps_the_earlier_export(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    fmt: str,
) -> None:
    old, new = sample_pair()
    target = tmp_path / f"diff.{fmt}"
    target.write_bytes(EARLIER)

    def full_disk(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(cli, "setup_logging", lambda: None)
    monkeypatch.setattr(atomic.os, "fsync", full_disk)
    code = cli.main(["compare", str(old), str(new), "-f", fmt, "-o", str(target)])
    err = capsys.readouterr().err
    assert code == 6
    assert err.endswith(f"ccwdiff: {target}: {DISK_FULL}\n")
    assert "Traceback" not in err
    assert target.read_bytes() == EARLIER
    assert _debris(tmp_path) == []


def test_cli_permission_refused_exits_6(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    old, new = sample_pair()
    target = tmp_path / "diff.json"

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(cli, "setup_logging", lambda: None)
    monkeypatch.setattr(atomic.tempfile, "mkstemp", refuse)
    code = cli.main(["compare", str(old), str(new), "-f", "json", "-o", str(target)])
    err = capsys.readouterr().err
    assert code == 6
    assert err.endswith(f"ccwdiff: {target}: {NO_PERMISSION}\n")
    assert not target.exists()
