"""Load a report file (PDF, DOCX, TXT or MD) into a :class:`RawDocument` of lines.

:func:`load` is the only entry point. It checks the path (missing, folder,
unreadable, empty, too large), then decides the format from the file's first
bytes and only then from its extension, so a Word file renamed ``.txt`` still
loads as Word (with a warning), and junk named ``.pdf`` gets a message saying
what it looked like. Files are opened read-only and never written.

Error codes (``CcwdiffError.code``), all raised as ``LoaderError`` or a subclass:

================  ================================================================
code              meaning
================  ================================================================
not-found         no file at the path (or it vanished before it could be read)
is-directory      the path is a folder
unreadable        the file exists but cannot be opened (permissions, I/O error)
empty             0 bytes, or no text at all
too-large         the file (or an unpacked DOCX) exceeds ``Limits.max_file_size``
unsupported       not PDF, DOCX or text (image, old .doc, spreadsheet, binary...)
encoding          text in an encoding other than UTF-8, UTF-16 with BOM, GB18030
pdf-corrupt       a damaged or truncated PDF, or one the PDF reader fails on
password-required an encrypted PDF and no password given (``PasswordRequired``)
password-wrong    an encrypted PDF and the password does not open it
no-text           a PDF without a text layer (scanned); OCR is not supported
pdf-timeout       parsing the PDF exceeded ``Limits.pdf_timeout``
pdf-memory        parsing the PDF exceeded ``Limits.pdf_memory`` (``LimitExceeded``)
docx-invalid      named or looking like .docx but not a valid Word archive
too-many-pages    more pages than ``Limits.max_pages`` (``LimitExceeded``)
too-many-chars    more characters than ``Limits.max_chars`` (``LimitExceeded``)
================  ================================================================

A ``CCWDIFF_*`` limit override that is not a positive number raises a plain
``CcwdiffError`` with code ``bad-setting`` (see :mod:`.limits`).
"""

from __future__ import annotations

import os
import stat
import zipfile
from pathlib import Path

from ccwdiff.core.errors import LimitExceeded, LoaderError
from ccwdiff.core.loaders.limits import (
    DEFAULT_LIMITS,
    Limits,
    limits_from_environment,
    over_limit,
)
from ccwdiff.core.model import CancelCallback, RawDocument

__all__ = ["DEFAULT_LIMITS", "Limits", "load"]

_SNIFF_BYTES = 2048
_TEXT_EXTENSIONS = {".txt", ".text", ".md", ".markdown", ""}
_NAMES = {"pdf": "a PDF", "docx": "a Word (.docx) document", "txt": "a text file"}

# Magic numbers of formats people pick by mistake, with what to say about them.
_OTHER_FORMATS: tuple[tuple[bytes, str], ...] = (
    (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
        "an old Word 97-2003 (.doc) file or a password-protected Office file; save it "
        "as .docx without a password, or as PDF",
    ),
    (b"{\\rtf", "an RTF document; save it as .docx or PDF"),
    (b"\x89PNG", "a PNG image; ccwdiff compares text and does not do OCR"),
    (b"\xff\xd8\xff", "a JPEG image; ccwdiff compares text and does not do OCR"),
    (b"GIF8", "a GIF image; ccwdiff compares text and does not do OCR"),
    (b"II*\x00", "a TIFF image; ccwdiff compares text and does not do OCR"),
    (b"MM\x00*", "a TIFF image; ccwdiff compares text and does not do OCR"),
    (b"\x1f\x8b", "a gzip archive; unpack it first"),
    (b"Rar!", "a RAR archive; unpack it first"),
    (b"7z\xbc\xaf", "a 7-Zip archive; unpack it first"),
)


def _zip_kind(path: str) -> str:
    """What a ZIP archive holds: 'docx', or a description of something else."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            mimetype = archive.read("mimetype")[:100] if "mimetype" in names else b""
    except (zipfile.BadZipFile, OSError, KeyError):
        return "docx"  # damaged: let the DOCX loader say so with its own code
    if "word/document.xml" in names:
        return "docx"
    if b"opendocument.text" in mimetype:
        return "an OpenDocument text (.odt); save it as .docx or PDF"
    if "xl/workbook.xml" in names:
        return "an Excel workbook"
    if "ppt/presentation.xml" in names:
        return "a PowerPoint presentation"
    return "a ZIP archive without a Word document in it; unpack it first"


def _sniff(path: str, head: bytes) -> str:
    """'pdf', 'docx', 'text?' (no magic number) or a description of another format."""
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return _zip_kind(path)
    for magic, description in _OTHER_FORMATS:
        if head.startswith(magic):
            return description
    return "text?"


def _stat(path: str) -> os.stat_result:
    try:
        info = os.stat(path)
    except FileNotFoundError as error:
        raise LoaderError(
            "not-found",
            "This file does not exist (it may have been moved, renamed or deleted). "
            "Choose the file again.",
            path,
        ) from error
    except OSError as error:
        raise LoaderError(
            "unreadable",
            f"This file cannot be accessed ({error.strerror or error}). Check that it is "
            "on a connected drive and that you may read it.",
            path,
        ) from error
    if stat.S_ISDIR(info.st_mode):
        raise LoaderError(
            "is-directory",
            "This is a folder, not a file. Choose a PDF, DOCX, TXT or MD file inside it.",
            path,
        )
    return info


def _read(path: str, size: int | None = None) -> bytes:
    """Read (the start of) a file read-only, turning OS errors into LoaderError."""
    try:
        with open(path, "rb") as handle:
            return handle.read() if size is None else handle.read(size)
    except OSError as error:
        raise _os_error(path, error) from error


def _os_error(path: str, error: OSError) -> LoaderError:
    """The LoaderError telling the user why the OS would not let the file be read."""
    if isinstance(error, FileNotFoundError):
        return LoaderError(
            "not-found",
            "This file disappeared before it could be read. Choose the file again.",
            path,
        )
    if isinstance(error, IsADirectoryError):
        return LoaderError("is-directory", "This is a folder, not a file.", path)
    return LoaderError(
        "unreadable",
        f"This file cannot be read ({error.strerror or error}). Check that you may "
        "read it and that it is not locked by another program.",
        path,
    )


def load(
    path: str | os.PathLike[str],
    *,
    password: str | None = None,
    limits: Limits | None = None,
    cancel: CancelCallback | None = None,
) -> RawDocument:
    """Load a report and return its raw lines; raise ``LoaderError`` on any problem.

    ``password`` opens an encrypted PDF. ``limits`` defaults to :data:`DEFAULT_LIMITS`
    with the ``CCWDIFF_*`` environment overrides (see :mod:`.limits`) applied.
    ``cancel`` is polled while a PDF is parsed in the worker process; when it returns
    True the worker is stopped and :class:`~ccwdiff.core.errors.Cancelled` raised.
    """
    limits = limits or limits_from_environment()
    path = os.fspath(path)
    info = _stat(path)
    if not stat.S_ISREG(info.st_mode):
        raise LoaderError(
            "unsupported",
            "This is not a regular file (a device or pipe). Choose a PDF, DOCX, TXT or MD file.",
            path,
        )
    if info.st_size > limits.max_file_size:
        raise LimitExceeded(
            "too-large",
            f"This file is {over_limit(info.st_size, limits.max_file_size)}. Compare a "
            "smaller document.",
            path,
        )
    head = _read(path, _SNIFF_BYTES)
    if not head:
        raise LoaderError(
            "empty", "This file is empty (0 bytes). Choose the file that holds the report.", path
        )
    extension = Path(path).suffix.lower()
    named = {".pdf": "pdf", ".docx": "docx"}.get(extension, "txt")
    kind = _sniff(path, head)
    warnings: tuple[str, ...] = ()
    claimed = extension in _TEXT_EXTENSIONS or extension in (".pdf", ".docx")
    if kind in ("pdf", "docx") and kind != named and extension and claimed:
        warnings = (
            f"This file is named {extension} but is {_NAMES[kind]}; it was read as {_NAMES[kind]}.",
        )
    try:
        if kind == "pdf":
            from ccwdiff.core.loaders.pdf import load_pdf

            return load_pdf(
                path, password=password, limits=limits, cancel=cancel, warnings_in=warnings
            )
        if kind == "docx":
            from ccwdiff.core.loaders.docx import load_docx

            return load_docx(path, limits, warnings)
    except OSError as error:
        # The file vanished or became unreadable after it was sniffed: same words as _read.
        raise _os_error(path, error) from error
    if kind != "text?":
        raise LoaderError(
            "unsupported",
            f"This file is not a PDF, Word (.docx) or text file: it looks like {kind}.",
            path,
        )
    return _load_unmarked(path, named, extension, limits)


def _load_unmarked(path: str, named: str, extension: str, limits: Limits) -> RawDocument:
    """No magic number: text, whatever the name says, or an error for the claimed type."""
    from ccwdiff.core.loaders.text import load_text, looks_like_text

    data = _read(path)
    if named == "txt" or looks_like_text(data):
        warnings: tuple[str, ...] = ()
        if named != "txt":
            warnings = (
                f"This file is named {extension} but contains plain text; it was read as text.",
            )
        return load_text(path, data, limits, warnings)
    if named == "pdf":
        raise LoaderError(
            "pdf-corrupt",
            "This file is named .pdf but is not a PDF (it does not start like one and "
            "holds binary data). Download or export the PDF again.",
            path,
        )
    raise LoaderError(
        "docx-invalid",
        "This file is named .docx but is not a Word document (it is not a ZIP archive "
        "and holds binary data). Open the original in Word or LibreOffice and save it "
        "as .docx again.",
        path,
    )
