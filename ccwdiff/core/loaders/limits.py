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
=================  ===========  ==================================================

Each default can be overridden for a run with an environment variable, read at
every load: ``CCWDIFF_MAX_PAGES``, ``CCWDIFF_MAX_CHARS`` (whole numbers),
``CCWDIFF_MAX_FILE_MB`` (megabytes, decimals allowed) and ``CCWDIFF_PDF_TIMEOUT``
(seconds). A value that is not a positive number is refused with code
``bad-setting`` rather than silently ignored, so a typo cannot lift a limit.
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
    start processes; a hostile PDF can then hang the caller).
    """

    max_pages: int = 1000
    max_chars: int = 5_000_000
    max_file_size: int = 200 * MEGABYTE
    pdf_timeout: float | None = 120.0


DEFAULT_LIMITS = Limits()

# Environment variable -> (Limits field, unit multiplier, whole number only).
ENVIRONMENT_OVERRIDES: dict[str, tuple[str, float, bool]] = {
    "CCWDIFF_MAX_PAGES": ("max_pages", 1, True),
    "CCWDIFF_MAX_CHARS": ("max_chars", 1, True),
    "CCWDIFF_MAX_FILE_MB": ("max_file_size", MEGABYTE, False),
    "CCWDIFF_PDF_TIMEOUT": ("pdf_timeout", 1, False),
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
        value = int(number * unit) if field == "max_file_size" else number
        change: dict[str, Any] = {field: value}
        limits = replace(limits, **change)
    return limits


def describe_size(size: float) -> str:
    """A byte count as people read it: "210 bytes", "12 KB", "200 MB" (binary units)."""
    if size < 1024:
        return f"{size:,.0f} bytes"
    if size < MEGABYTE:
        return f"{size / 1024:,.0f} KB"
    return f"{size / MEGABYTE:,.0f} MB"
