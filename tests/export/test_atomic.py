"""Atomic export: a failure at any point leaves the earlier file as it was, and no debris."""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import BinaryIO

import pytest

from ccwdiff.core.errors import ExportError
from ccwdiff.export import atomic, export_html
from ccwdiff.export.atomic import atomic_write, check_target

from .fixtures import make_comparison

EARLIER = b"earlier export, must survive\n"


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


def test_writes_and_replaces(tmp_path: Path) -> None:
    target = tmp_path / "out.html"
    target.write_bytes(EARLIER)
    os.chmod(target, 0o640)
    atomic_write(target, b"new content")
    assert target.read_bytes() == b"new content"
    assert target.stat().st_mode & 0o777 == 0o640  # permissions of the old file kept
    assert _leftovers(tmp_path) == []


def test_failure_mid_write_keeps_the_earlier_file(tmp_path: Path) -> None:
    target = tmp_path / "out.pdf"
    target.write_bytes(EARLIER)

    def half_then_full_disk(handle: BinaryIO) -> None:
        handle.write(b"%PDF-1.4 half of a document")
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(ExportError) as caught:
        atomic_write(target, half_then_full_disk)
    assert caught.value.code == "export-disk-full"
    assert "disk is full" in caught.value.message
    assert caught.value.path == str(target)
    assert target.read_bytes() == EARLIER
    assert _leftovers(tmp_path) == []


@pytest.mark.parametrize("step", ["fsync", "replace"])
def test_failure_at_commit_keeps_the_earlier_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, step: str
) -> None:
    target = tmp_path / "out.html"
    target.write_bytes(EARLIER)

    def fail(*args: object, **kwargs: object) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(atomic.os, step, fail)
    with pytest.raises(ExportError) as caught:
        atomic_write(target, b"x" * 10_000)
    assert caught.value.code == "export-failed"
    monkeypatch.undo()
    assert target.read_bytes() == EARLIER
    assert _leftovers(tmp_path) == []


def test_permission_error_has_a_plain_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Tests may run as root, where chmod does not stop writes: simulate the refusal.
    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(atomic.tempfile, "mkstemp", refuse)
    with pytest.raises(ExportError) as caught:
        atomic_write(tmp_path / "out.pdf", b"data")
    assert caught.value.code == "export-permission"
    assert "permission" in caught.value.message


def test_missing_folder_and_folder_target(tmp_path: Path) -> None:
    with pytest.raises(ExportError) as caught:
        atomic_write(tmp_path / "no" / "such" / "out.pdf", b"data")
    assert caught.value.code == "export-no-folder"
    with pytest.raises(ExportError) as caught:
        atomic_write(tmp_path, b"data")
    assert caught.value.code == "export-is-folder"


def test_inputs_are_refused_by_any_spelling(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "old.txt"
    source.write_text("2022 report", encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(source)
    monkeypatch.chdir(tmp_path)
    for spelling in (source, "old.txt", "./sub/../old.txt", link):
        with pytest.raises(ExportError) as caught:
            check_target(spelling, [str(source)])
        assert caught.value.code == "export-over-input"
    assert source.read_text(encoding="utf-8") == "2022 report"
    assert check_target(tmp_path / "new.pdf", [str(source)]) == tmp_path / "new.pdf"


def test_export_failure_keeps_earlier_export(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "inputs"
    folder.mkdir()
    comparison = make_comparison(folder)
    target = tmp_path / "diff.html"
    target.write_bytes(EARLIER)

    def full_disk(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", full_disk)
    with pytest.raises(ExportError) as caught:
        export_html(comparison, target)
    assert caught.value.code == "export-disk-full"
    assert target.read_bytes() == EARLIER
    assert _leftovers(tmp_path) == []
