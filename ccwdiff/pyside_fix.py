"""Work around a reference-count bug of PySide6 6.12.0 on CPython 3.11 and older.

PySide6 6.12.0 returns ``None`` from every void method and from invalid
QVariants, and ``True``/``False`` from ``Signal.emit()``, without taking a new
reference. Each call therefore drains one reference from the singleton; after a
few thousand calls CPython aborts with "Fatal Python error: none_dealloc" (or
``bool_dealloc``). CPython 3.12+ makes these singletons immortal, so the bug is
invisible there. On older interpreters we do what 3.12 does: give the singletons
a reference count so large that no program can drain it.

The fix is applied only when a probe shows the leak, so a fixed PySide6 runs
untouched. Import this module before doing real work with Qt (``ccwdiff.ui.qt``
does, and so should any other code that drives Qt heavily, e.g. PDF export).
"""

from __future__ import annotations

import ctypes
import logging
import sys

log = logging.getLogger(__name__)

_HUGE = 1 << 40
_applied = False


def _leaks() -> bool:
    """Does a void PySide6 call lose a reference to None?"""
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(8):
        probe.setObjectName("probe")
    return sys.getrefcount(None) < before


def apply() -> bool:
    """Make None/True/False effectively immortal if PySide6 leaks them; True if applied."""
    global _applied
    if _applied:
        return True
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False
    if not _leaks():
        return False
    for singleton in (None, True, False):
        count = ctypes.c_ssize_t.from_address(id(singleton))
        before = sys.getrefcount(singleton)
        if count.value != before - 1 and count.value != before:
            # Unexpected object layout (debug build?): leave it alone.
            log.warning("cannot apply the PySide6 refcount workaround")
            return False
        count.value += _HUGE
    _applied = True
    log.info("PySide6 refcount workaround applied (None/True/False made immortal)")
    return True


apply()
