"""PDF reports: the text layer as visual lines with page, position and font size.

The library is pypdfium2 (PDFium, Apache-2.0/BSD-3), chosen by measuring it
against pypdf and pdfminer.six on LibreOffice and Qt renderings of the corpus (full
tables and method in ``docs/pdf-extraction.md``):

=================  ========  =========  ===========  ==================================
library            6 p. zh   13 p. en   300 p. zh    correctness
=================  ========  =========  ===========  ==================================
pypdfium2 (text)   24 ms     32 ms      1.1 s        no tabs or (cid); flags unmapped
                                                     glyphs; line-end hyphen as U+FFFE
ccwdiff loader     46 ms     79 ms      2.3 s        the above, fixed (see below)
pypdf              127 ms    530 ms     18.0 s       tabs for spaces and silently wrong
                                                     digits on the Qt-made PDF
pdfminer.six       365 ms    886 ms     30.0 s       tabs and (cid:N) on the Qt PDF;
                                                     reorders a wrapped URL
=================  ========  =========  ===========  ==================================

All three keep the running header first and the footer last on these files, and
all three put spaces inside justified Chinese lines; PDFium alone says which spaces
it generated from glyph gaps and which glyphs have no Unicode mapping, which is
what lets the loader fix both.

How lines are built is described in :mod:`ccwdiff.core.loaders.pdf_page`.

Parsing runs in a worker process with the time and memory budgets of
``Limits.pdf_timeout`` and ``Limits.pdf_memory`` (see
:mod:`ccwdiff.core.loaders.worker`); the worker returns plain tuples, and errors
travel back as ``(code, message)`` because exceptions with several
arguments do not survive pickling.
"""

from __future__ import annotations

import os
import warnings
from typing import Any

from ccwdiff.core.errors import LimitExceeded, LoaderError, PasswordRequired
from ccwdiff.core.loaders.limits import Limits, describe_size
from ccwdiff.core.loaders.pdf_page import LineTuple, page_lines
from ccwdiff.core.loaders.worker import (
    WorkerCrashed,
    WorkerFailed,
    WorkerOutOfMemory,
    WorkerTimeout,
    WorkerUnavailable,
    run_in_worker,
)
from ccwdiff.core.model import CancelCallback, RawDocument, SourceLine

# A real file ends with %%EOF; a download cut short does not. Some writers append
# junk after it, so the mark is searched in the last 64 KiB rather than 1 KiB.
_TAIL_BYTES = 65536


class _PdfProblem(Exception):
    """Inside the worker: a user-facing problem, sent back as (kind, code, message)."""

    def __init__(self, kind: str, code: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind
        self.code = code
        self.message = message


def _open(path: str, password: str | None) -> Any:
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    try:
        return pdfium.PdfDocument(path, password=password)
    except pdfium.PdfiumError as error:
        if error.err_code == pdfium_c.FPDF_ERR_PASSWORD:
            if password is None:
                raise _PdfProblem(
                    "password",
                    "password-required",
                    "This PDF is protected by a password. Give the password (in the "
                    "window when asked, or with --password on the command line).",
                ) from error
            raise _PdfProblem(
                "password",
                "password-wrong",
                "The password given does not open this PDF. Check it and try again.",
            ) from error
        if error.err_code == pdfium_c.FPDF_ERR_SECURITY:
            raise _PdfProblem(
                "loader",
                "pdf-corrupt",
                "This PDF uses an encryption scheme ccwdiff cannot open. Save an "
                "unprotected copy (for example with Print to PDF) and try again.",
            ) from error
        raise _PdfProblem(
            "loader",
            "pdf-corrupt",
            "This PDF is damaged and cannot be read. Download it again or export it "
            "again from its source.",
        ) from error


def extract_pdf(path: str, password: str | None, max_pages: int, max_chars: int) -> dict[str, Any]:
    """Extract all pages; runs in the worker. Returns plain data, never raises.

    ``{"pages": [[LineTuple, ...], ...], "counts": {...}}`` on success,
    ``{"problem": (kind, code, message)}`` otherwise.
    """
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # PdfiumWarning about forms: not our concern
            document = _open(path, password)
            try:
                page_count = len(document)
                if page_count > max_pages:
                    raise _PdfProblem(
                        "limit",
                        "too-many-pages",
                        f"This PDF has {page_count:,} pages, more than the limit of "
                        f"{max_pages:,}. Compare a shorter document or split it.",
                    )
                counts = {"cjk_spaces": 0, "unmapped": 0, "radicals": 0, "chars": 0}
                pages: list[list[LineTuple]] = []
                for index in range(page_count):
                    page = document[index]
                    lines = page_lines(page, counts)
                    page.close()
                    counts["chars"] += sum(len(line[0]) for line in lines)
                    if counts["chars"] > max_chars:
                        raise _PdfProblem(
                            "limit",
                            "too-many-chars",
                            f"This PDF has more than {max_chars:,} characters of text "
                            f"(the limit), reached on page {index + 1}. Compare a "
                            "shorter document or split it.",
                        )
                    pages.append(lines)
            finally:
                document.close()
    except _PdfProblem as problem:
        return {"problem": (problem.kind, problem.code, problem.message)}
    return {"pages": pages, "counts": counts}


def _check_complete(path: str) -> None:
    """A PDF without its closing %%EOF was cut short (half-downloaded, disk full)."""
    with open(path, "rb") as handle:
        handle.seek(max(0, os.fstat(handle.fileno()).st_size - _TAIL_BYTES))
        tail = handle.read()
    if b"%%EOF" not in tail:
        raise LoaderError(
            "pdf-corrupt",
            "This PDF is incomplete: it stops before its end, as a half-finished "
            "download does. Download or export it again.",
            path,
        )


def load_pdf(
    path: str,
    *,
    password: str | None,
    limits: Limits,
    cancel: CancelCallback | None = None,
    warnings_in: tuple[str, ...] = (),
) -> RawDocument:
    """Load the text layer of the PDF at ``path`` (see the module docstring)."""
    _check_complete(path)
    args = (path, password, limits.max_pages, limits.max_chars)
    result: dict[str, Any] | None = None
    if limits.pdf_timeout is not None:
        try:
            result = run_in_worker(
                __name__,
                "extract_pdf",
                args,
                timeout=limits.pdf_timeout,
                cancel=cancel,
                memory=limits.pdf_memory,
            )
        except WorkerUnavailable:
            # No process could be started (an embedding without a re-importable main
            # module, a sandbox): parsing here, without the budget, beats refusing.
            result = None
        except WorkerTimeout as error:
            unit = "second" if limits.pdf_timeout == 1 else "seconds"
            raise LoaderError(
                "pdf-timeout",
                f"Reading this PDF took longer than {limits.pdf_timeout:g} {unit} and was "
                "stopped; the file may be damaged or built to be hard to read. Try a "
                "copy saved again from a PDF viewer, or the Word version.",
                path,
            ) from error
        except WorkerOutOfMemory as error:
            budget = describe_size(limits.pdf_memory or 0)
            raise LimitExceeded(
                "pdf-memory",
                f"Reading this PDF needed more than {budget} of memory and was stopped; "
                "the file may be damaged or built to be hard to read. Try a copy saved "
                "again from a PDF viewer, or the Word version.",
                path,
            ) from error
        except (WorkerCrashed, WorkerFailed) as error:
            raise LoaderError(
                "pdf-corrupt",
                "The PDF reader failed on this file, which is probably damaged. Download "
                "or export it again, or use the Word version.",
                path,
            ) from error
    if result is None:
        result = extract_pdf(*args)
    if "problem" in result:
        kind, code, message = result["problem"]
        error_class = {"password": PasswordRequired, "limit": LimitExceeded}.get(kind, LoaderError)
        raise error_class(code, message, path)
    pages: list[list[LineTuple]] = result["pages"]
    counts: dict[str, int] = result["counts"]
    if not any(pages):
        raise LoaderError(
            "no-text",
            "This PDF has no text layer (it looks scanned). ccwdiff compares text and does "
            "not do OCR; use a PDF with text or the Word version.",
            path,
        )
    notes = list(warnings_in)
    empty = [str(number) for number, lines in enumerate(pages, start=1) if not lines]
    if empty:
        shown = ", ".join(empty[:10]) + (" ..." if len(empty) > 10 else "")
        notes.append(
            f"{len(empty)} page(s) have no text layer and are left out (pages {shown}); "
            "they may be scanned images."
        )
    if counts["unmapped"]:
        notes.append(
            f"{counts['unmapped']} character(s) have no Unicode meaning in this PDF's "
            "fonts and were left out; the text around them may be incomplete."
        )
    lines = tuple(
        SourceLine(text=text, page=number, y=y, x=x, size=size)
        for number, page_lines in enumerate(pages, start=1)
        for text, y, x, size in page_lines
    )
    return RawDocument(
        path=path,
        format="pdf",
        lines=lines,
        page_count=len(pages),
        paragraph_lines=False,
        warnings=tuple(notes),
    )
