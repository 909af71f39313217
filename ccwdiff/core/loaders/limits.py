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
"""

from __future__ import annotations

from dataclasses import dataclass

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
