"""Run a parsing function in a separate process that can be stopped.

A hostile or broken PDF can make a parser loop or crash; in the calling process
that would freeze the window or kill the application. :func:`run_in_worker` sends
the call to a child process and waits at most ``timeout`` seconds, asking
``cancel()`` every tenth of a second; when time runs out or the user cancels, the
child is killed and the next call starts a fresh one.

Cost (measured on the 2-core development machine): starting a ``spawn`` worker
takes 70-110 ms (a fresh interpreter importing pypdfium2); a call on a running
worker adds about 0.1 ms plus pickling the extracted lines (about 2 ms for a
50-page report). The worker is therefore kept alive between calls, so comparing
two PDFs pays the start-up once. ``spawn`` is used on every platform: it is the
only method on Windows and macOS, and forking a process that runs Qt threads is
unsafe. A frozen (PyInstaller) build must call ``multiprocessing.freeze_support()``
at the top of its entry points for this to work.
"""

from __future__ import annotations

import atexit
import importlib
import multiprocessing
import os
import signal
import sys
import threading
import time
import traceback
from multiprocessing.connection import Connection
from typing import Any

from ccwdiff.core.errors import Cancelled
from ccwdiff.core.model import CancelCallback

_POLL_SECONDS = 0.1
# Starting takes about 0.1 s; allow for a slow, busy machine before giving up.
_START_SECONDS = 30.0


class WorkerTimeout(Exception):
    """The call did not finish within its time budget; the worker was stopped."""


class WorkerCrashed(Exception):
    """The worker process died during the call (e.g. a crash inside a C library)."""


class WorkerUnavailable(Exception):
    """The worker process could not be started (e.g. ``__main__`` cannot be re-imported)."""


class WorkerOutOfMemory(Exception):
    """The function ran out of the worker's memory budget (the worker is replaced)."""


class WorkerFailed(Exception):
    """The function raised inside the worker; ``args[0]`` is its formatted traceback."""


def _limit_memory(memory: int | None) -> None:
    """Cap the child's address space, so a runaway parse fails instead of swapping."""
    if memory is None:
        return
    try:
        import resource
    except ImportError:  # Windows: no rlimits; the time budget still applies
        return
    try:
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    except (ValueError, OSError):
        pass  # a lower hard limit already applies: keep it


def _serve(connection: Connection, memory: int | None) -> None:
    """Child process loop: receive ``(module, function, args)``, send the outcome."""
    # Ctrl-C in a terminal reaches the whole process group. It is for the parent,
    # which stops this process itself; here it would only print a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _limit_memory(memory)
    connection.send("ready")
    while True:
        try:
            request = connection.recv()
        except (EOFError, OSError):
            return
        if request is None:
            return
        module_name, function_name, args = request
        try:
            function = getattr(importlib.import_module(module_name), function_name)
            outcome: tuple[str, Any] = ("ok", function(*args))
        except MemoryError:
            outcome = ("memory", "")
        except BaseException:  # report everything; the parent decides what it means
            outcome = ("error", traceback.format_exc())
        connection.send(outcome)
        if outcome[0] == "memory":
            return  # the heap may be fragmented or half-freed: start afresh


def _main_reimportable() -> bool:
    """Can a spawned child re-import ``__main__``, as multiprocessing makes it do?

    Not when the program came from stdin or ``-c`` (``__file__`` names no file): the
    child would die printing a traceback, so do not even try.
    """
    if getattr(sys, "frozen", False):
        return True  # a frozen build re-executes itself; freeze_support() serves the child
    main = sys.modules.get("__main__")
    if main is None or getattr(main.__spec__, "name", None):
        return True
    main_file = getattr(main, "__file__", None)
    return main_file is None or os.path.isfile(main_file)


class _Worker:
    """One child process and the pipe to it."""

    def __init__(self, memory: int | None) -> None:
        self.memory = memory
        if not _main_reimportable():
            raise WorkerUnavailable("__main__ cannot be re-imported in a child process")
        context = multiprocessing.get_context("spawn")
        self.connection, child_end = context.Pipe()
        self.process = context.Process(
            target=_serve, args=(child_end, memory), name="ccwdiff-parser", daemon=True
        )
        self.process.start()
        child_end.close()
        try:
            ready = self.connection.poll(_START_SECONDS) and self.connection.recv() == "ready"
        except (EOFError, OSError):
            ready = False
        if not ready:
            self.stop()
            raise WorkerUnavailable(f"exit code {self.process.exitcode}")

    def stop(self) -> None:
        """Kill the child without waiting for it to agree."""
        self.process.kill()
        self.process.join(timeout=5)
        self.connection.close()

    def close(self) -> None:
        """Ask the child to exit, then make sure it did."""
        try:
            self.connection.send(None)
        except (OSError, ValueError):
            pass
        self.process.join(timeout=1)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(timeout=5)
        self.connection.close()


_lock = threading.Lock()
_worker: _Worker | None = None


def _shutdown() -> None:
    global _worker
    if _worker is not None:
        _worker.close()
        _worker = None


atexit.register(_shutdown)


def run_in_worker(
    module: str,
    function: str,
    args: tuple[Any, ...],
    *,
    timeout: float,
    cancel: CancelCallback | None = None,
    memory: int | None = None,
) -> Any:
    """Call ``module.function(*args)`` in the worker process and return its result.

    ``memory`` caps the worker's address space in bytes (POSIX only). Raises
    :class:`WorkerUnavailable` when no worker can be started (the caller may then run
    the function itself), :class:`WorkerTimeout`, :class:`WorkerOutOfMemory`,
    :class:`WorkerCrashed`, :class:`WorkerFailed`, or
    :class:`~ccwdiff.core.errors.Cancelled` when ``cancel()`` returns True. Calls
    from several threads are served one after the other.
    """
    global _worker
    with _lock:
        if _worker is not None and _worker.memory != memory:
            _worker.close()  # a different memory cap needs a new process
            _worker = None
        if _worker is None or not _worker.process.is_alive():
            _worker = _Worker(memory)
        worker = _worker
        try:
            worker.connection.send((module, function, args))
        except (OSError, ValueError) as error:
            worker.stop()
            _worker = None
            raise WorkerCrashed(str(error)) from error
        deadline = time.monotonic() + timeout
        while not worker.connection.poll(_POLL_SECONDS):
            if cancel is not None and cancel():
                worker.stop()
                _worker = None
                raise Cancelled()
            if time.monotonic() >= deadline:
                worker.stop()
                _worker = None
                raise WorkerTimeout(f"no answer after {timeout:g} s")
            if not worker.process.is_alive():
                break
        try:
            status, value = worker.connection.recv()
        except (EOFError, OSError) as error:
            worker.process.join(timeout=5)  # the pipe closes just before the exit code is set
            exit_code = worker.process.exitcode
            worker.stop()
            _worker = None
            if memory is not None and os.name == "posix" and exit_code == -signal.SIGABRT:
                # PDFium aborts the process when an allocation fails under the cap.
                raise WorkerOutOfMemory() from error
            raise WorkerCrashed(f"worker exited with code {exit_code}") from error
    if status == "memory":
        with _lock:
            if _worker is worker:
                worker.close()
                _worker = None
        raise WorkerOutOfMemory()
    if status == "error":
        raise WorkerFailed(value)
    return value
