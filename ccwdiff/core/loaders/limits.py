"""Documented size and time limits applied while loading a report.

A report is normally 5 to 60 pages; compilations reach a few hundred. The defaults
leave a wide margin above that while keeping a hostile or mistaken input (a 2 GB
scan, a PDF that never finishes parsing) from exhausting the machine. Exceeding a
limit raises :class:`~ccwdiff.core.errors.LimitExceeded` (or ``LoaderError`` with
code ``pdf-timeout``) with a message that names the limit.

=================  ===========  ==================================================
limit              default      error code when exceeded
=================  ===========  ==================================================
``max_pages``      1,000        ``too-many-pages`` (PDF pages, form-feed pages)
``max_chars``      5,000,000    ``too-many-chars`` (extracted characters)
``max_file_size``  200 MB       ``too-large`` (bytes on disk; DOCX also unpacked)
``pdf_timeout``    120 s        ``pdf-timeout`` (PDF parsing wall-clock time)
``pdf_memory``     2,048 MB     ``pdf-memory`` (address space of the PDF worker;
                                enforced on Linux and macOS, not on Windows)
=================  ===========  ==================================================

Each default can be overridden for a run with an environment variable, read at
every load: ``CCWDIFF_MAX_PAGES``, ``CCWDIFF_MAX_CHARS`` (whole numbers),
``CCWDIFF_MAX_FILE_MB`` and ``CCWDIFF_PDF_MEMORY_MB`` (megabytes, decimals
allowed) and ``CCWDIFF_PDF_TIMEOUT`` (seconds). A value that is not a positive
number is refused with code ``bad-setting`` rather than silently ignored, so a
typo cannot lift a limit.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from ccwdiff.core.errors import CcwdiffError

MEGABYTE = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """Upper bounds for one load.

    ``pdf_timeout`` is the wall-clock budget, in seconds, for parsing a PDF in a
    separate worker process that is stopped when the budget runs out. ``None``
    parses in the calling process without a budget (for tools and tests that cannot
    start processes; a hostile PDF can then hang the caller). ``pdf_memory`` caps
    the worker's address space in bytes (``None``: no cap); a normal 300-page report
    needs under 100 MB.
    """

    max_pages: int = 1000
    max_chars: int = 5_000_000
    max_file_size: int = 200 * MEGABYTE
    pdf_timeout: float | None = 120.0
    pdf_memory: int | None = 2048 * MEGABYTE


DEFAULT_LIMITS = Limits()

# Environment variable -> (Limits field, unit multiplier, whole number only).
ENVIRONMENT_OVERRIDES: dict[str, tuple[str, float, bool]] = {
    "CCWDIFF_MAX_PAGES": ("max_pages", 1, True),
    "CCWDIFF_MAX_CHARS": ("max_chars", 1, True),
    "CCWDIFF_MAX_FILE_MB": ("max_file_size", MEGABYTE, False),
    "CCWDIFF_PDF_TIMEOUT": ("pdf_timeout", 1, False),
    "CCWDIFF_PDF_MEMORY_MB": ("pdf_memory", MEGABYTE, False),
}


def limits_from_environment(environ: Mapping[str, str] | None = None) -> Limits:
    """:data:`DEFAULT_LIMITS` with the ``CCWDIFF_*`` overrides of ``environ`` applied."""
    environ = os.environ if environ is None else environ
    limits = DEFAULT_LIMITS
    for name, (field, unit, whole) in ENVIRONMENT_OVERRIDES.items():
        raw = environ.get(name, "").strip()
        if not raw:
            continue
        try:
            number = int(raw) if whole else float(raw)
        except ValueError:
            number = 0
        if not number > 0 or number == float("inf"):
            kind = "a positive whole number" if whole else "a positive number"
            raise CcwdiffError(
                "bad-setting", f"The environment variable {name} must be {kind}, not {raw!r}."
            )
        value = int(number * unit) if field in ("max_file_size", "pdf_memory") else number
        change: dict[str, Any] = {field: value}
        limits = replace(limits, **change)
    return limits


def describe_size(size: float) -> str:
    """A byte count as people read it: "210 bytes", "12 KB", "200.3 MB" (binary units)."""
    if size < 1024:
        return f"{size:,.0f} bytes"
    value, unit = (size / 1024, "KB") if size < MEGABYTE else (size / MEGABYTE, "MB")
    return f"{value:,.1f}".removesuffix(".0") + f" {unit}"


def over_limit(size: int, limit: int) -> str:
    """ "200.3 MB, more than the limit of 200 MB", in bytes when rounding hides the excess."""
    shown, allowed = describe_size(size), describe_size(limit)
    if shown == allowed:
        shown, allowed = f"{size:,} bytes", f"{limit:,} bytes ({allowed})"
    return f"{shown}, more than the limit of {allowed}"
