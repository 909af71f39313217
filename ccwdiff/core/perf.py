"""Performance helpers for the comparison pipeline (issue 7).

:func:`gc_paused` switches Python's cyclic garbage collector off while a comparison
runs. A comparison allocates millions of small objects that all stay alive until
it ends (tokens, word lists, profiles, ops), and every full collection walks all
of them: on a 300-page compilation the collector took a third of the time, and
its share grows with the document (benchmarks/README.md). The pipeline makes
almost no reference cycles, so nothing accumulates meanwhile; reference counting
still frees everything else at once. Nested and concurrent comparisons (the
window cancels one and starts the next) are counted, so the collector comes back
exactly when the last one ends, and only if it was on before.
"""

from __future__ import annotations

import functools
import gc
import threading
from collections.abc import Callable
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")

_lock = threading.Lock()
_depth = 0
_was_enabled = False


def _enter() -> None:
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1


def _leave() -> None:
    global _depth
    with _lock:
        _depth -= 1
        if _depth == 0 and _was_enabled:
            gc.enable()


def gc_paused(function: Callable[P, R]) -> Callable[P, R]:
    """Decorator: no cyclic garbage collection while ``function`` runs."""

    @functools.wraps(function)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        _enter()
        try:
            return function(*args, **kwargs)
        finally:
            _leave()

    return wrapper
