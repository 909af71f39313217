"""Background work for the window: comparing, exporting, loading the segmenter.

Work runs on Qt's global thread pool. The engine takes plain callbacks; here they
become Qt signals, which Qt delivers on the UI thread (queued), so the window
never blocks and never touches widgets from a worker. Cancelling sets an event
that the engine's ``cancel`` callback reads between steps.
"""

from __future__ import annotations

import hashlib
import logging
import threading
import traceback
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from ccwdiff.core.model import CancelCallback, Comparison, ProgressCallback

from .qt import QObject, QRunnable, QThreadPool, Signal
from .rows import Row, build_rows, is_reversed

log = logging.getLogger(__name__)

Task = Callable[[ProgressCallback, CancelCallback], object]
# Pairs made and kept apart by hand, as (old id, new id).
Corrections = tuple[Sequence[tuple[str, str]], Sequence[tuple[str, str]]]


class WorkerSignals(QObject):
    """Signals of one job; created on the UI thread so slots run there."""

    progress = Signal(str, float)
    finished = Signal(object)
    failed = Signal(object, str)  # exception, formatted traceback


class Job(QRunnable):
    """Runs ``task(progress, cancel)`` on the thread pool and reports by signals."""

    def __init__(self, task: Task, name: str = "job") -> None:
        super().__init__()
        # Keep the Python object alive until the window drops it: no auto-delete.
        self.setAutoDelete(False)
        self.name = name
        self.signals = WorkerSignals()
        self._task = task
        self._cancel = threading.Event()
        self._last: tuple[str, int] = ("", -1)
        self.done = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def _report(self, stage: str, fraction: float) -> None:
        # Coalesce: one signal per stage and whole percent, so a chatty engine
        # cannot flood the UI thread's event queue.
        percent = int(max(0.0, min(1.0, fraction)) * 100)
        if (stage, percent) != self._last:
            self._last = (stage, percent)
            self.signals.progress.emit(stage, percent / 100)

    def run(self) -> None:
        try:
            result = self._task(self._report, self._cancel.is_set)
        except BaseException as exc:  # every failure must reach the UI, never a dead thread
            if not isinstance(exc, Exception):
                log.warning("%s stopped by %r", self.name, exc)
            self.signals.failed.emit(exc, traceback.format_exc())
        else:
            self.signals.finished.emit(result)
        finally:
            self.done.set()

    def start(self, pool: QThreadPool | None = None) -> None:
        (pool or QThreadPool.globalInstance()).start(self)


@dataclass(frozen=True)
class CompareRequest:
    """Two files to compare; ``auto_order`` puts the older report on the left.

    ``remembered``: the corrections made by hand earlier, by the fingerprint of the
    two files they were made on (see :func:`fingerprint`).
    """

    old: str
    new: str
    password_old: str | None = None
    password_new: str | None = None
    auto_order: bool = False
    remembered: Mapping[str, Corrections] = field(default_factory=dict)


@dataclass(frozen=True)
class Prepared:
    """A comparison with its display rows, built in the worker: the UI thread only
    installs them (building 2,000 rows there took 30 ms of a stall).

    ``fingerprint``: of the two files compared (None when the documents on screen were
    compared again); ``restored``: the corrections remembered for them were applied.
    """

    comparison: Comparison
    rows: list[Row]
    fingerprint: str | None = None
    restored: bool = False


def fingerprint(old: str, new: str) -> str | None:
    """The two files' contents, hashed in order: corrections made on them fit them only."""
    return _in_order(_digest(old), _digest(new))


def _digest(path: str) -> bytes | None:
    """The SHA-256 of a file's contents (None: it cannot be read)."""
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as handle:
            while chunk := handle.read(1 << 20):
                digest.update(chunk)
    except OSError:
        return None
    return digest.digest()


def _in_order(first: bytes | None, second: bytes | None) -> str | None:
    if first is None or second is None:
        return None
    return hashlib.sha256(first + second).hexdigest()


def compare_task(request: CompareRequest) -> Task:
    """A task comparing the two files of ``request`` with the engine."""

    def task(progress: ProgressCallback, cancel: CancelCallback) -> Prepared:
        # Heavy imports, off the UI thread.
        from ccwdiff.core.compare import compare_documents, compare_files

        digests = _digest(request.old), _digest(request.new)  # read once, either order
        key = _in_order(*digests)
        anchors, separations = request.remembered.get(key or "", ((), ()))
        comparison = compare_files(
            request.old,
            request.new,
            password_old=request.password_old,
            password_new=request.password_new,
            anchors=anchors,
            separations=separations,
            strict_references=False,
            progress=progress,
            cancel=cancel,
        )
        if request.auto_order and is_reversed(comparison.old, comparison.new):
            # Dropped newest first: the engine's reading of symbol/date decides. The
            # documents are parsed already; only the comparison is run again.
            key = _in_order(digests[1], digests[0])
            anchors, separations = request.remembered.get(key or "", ((), ()))
            comparison = compare_documents(
                comparison.new,
                comparison.old,
                anchors=anchors,
                separations=separations,
                progress=progress,
                cancel=cancel,
            )
        restored = bool(comparison.paired_by_hand or comparison.unpaired_by_hand)
        return Prepared(comparison, build_rows(comparison), key, restored)

    return task


def realign_task(
    comparison: Comparison,
    anchors: list[tuple[str, str]],
    separations: list[tuple[str, str]],
) -> Task:
    """A task comparing the documents of ``comparison`` again, with the reader's corrections."""

    def task(progress: ProgressCallback, cancel: CancelCallback) -> Prepared:
        from ccwdiff.core.compare import SAME_FILE, compare_documents

        result = compare_documents(
            comparison.old,
            comparison.new,
            anchors=anchors,
            separations=separations,
            progress=progress,
            cancel=cancel,
        )
        # A warning about the files (the same file twice) still holds.
        if SAME_FILE in comparison.warnings and SAME_FILE not in result.warnings:
            result = replace(result, warnings=(*result.warnings, SAME_FILE))
        return Prepared(result, build_rows(result))

    return task


def warm_up_task(progress: ProgressCallback, cancel: CancelCallback) -> None:
    """Load jieba's dictionary in the background so the first comparison is fast."""
    from ccwdiff.core.tokenize import init_segmenter

    init_segmenter()
