"""Issue 6 end to end: every bad input gets its exit code and one plain sentence, no traceback.

The installed ``ccwdiff`` command runs as a subprocess on files made by
``tests/data/bad/make_bad.py`` (see the README there for the table of cases). The
expected messages are written out in full: a reworded message should be a
deliberate change to this table and to the README's "Limits and messages". Cases
that cannot happen to root (an unreadable file) or that need a file to vanish at
an exact moment run ``ccwdiff.cli.main`` in this process with the OS call
replaced.
"""

from __future__ import annotations

import importlib.util
import json
import os
import signal
import subprocess
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

from ccwdiff import cli
from ccwdiff.core import loaders

from .test_cli import ccwdiff_command

BAD = Path(__file__).resolve().parents[1] / "data" / "bad"


def _load_builders() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_bad", BAD / "make_bad.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


make_bad = _load_builders()

EMPTY = "This file is empty (0 bytes). Choose the file that holds the report."
NOT_UTF8 = (
    "This text file is not in UTF-8, UTF-16 (with a byte-order mark) or GB18030, so ccwdiff "
    "cannot read it without garbling the text.{hint} Open it in a text editor, save it as "
    "UTF-8 and try again."
)
NOT_DOCX_ARCHIVE = (
    "This file is not a valid Word (.docx) document: it is not a complete ZIP archive. Open it "
    "in Word or LibreOffice and save it again as .docx, or use the PDF."
)
NO_STRUCTURE = "No numbered paragraphs or headings were recognised; compared as plain paragraphs."


def run(
    *args: str | Path, cwd: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run ``ccwdiff`` in ``cwd`` (so messages name files as typed), logging into ``cwd``."""
    environment = {
        **os.environ,
        "NO_COLOR": "1",
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_STATE_HOME": str(cwd / "state"),  # keep the user's own log clean
        **(env or {}),
    }
    result = subprocess.run(
        [*ccwdiff_command(), *map(str, args)],
        capture_output=True,
        text=True,
        env=environment,
        cwd=cwd,
        timeout=300,
    )
    assert "Traceback" not in result.stderr
    assert "Traceback" not in result.stdout
    return result


def make(folder: Path, name: str, builder: Callable[[Path], None] | None = None) -> str:
    """Build case ``name`` (its builder in make_bad.CASES unless given) in ``folder``."""
    (builder or make_bad.CASES[name])(folder / name)
    return name


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A working folder holding a valid report, ``good.txt``, for the other side."""
    make(tmp_path, "good.txt")
    return tmp_path


def assert_error(result: subprocess.CompletedProcess[str], code: int, name: str, message: str):
    """Exit ``code`` and exactly one line on stderr: ``ccwdiff: NAME: MESSAGE``."""
    assert result.returncode == code, result.stderr
    assert result.stderr == f"ccwdiff: {name}: {message}\n"
    assert result.stdout == ""


# --- files that cannot be read as a report: exit 3 ---------------------------------


@pytest.mark.parametrize("name", ["empty.txt", "empty.pdf", "empty.docx"])
def test_empty_file(folder: Path, name: str) -> None:
    result = run("compare", make(folder, name), "good.txt", cwd=folder)
    assert_error(result, 3, name, EMPTY)


def test_empty_file_as_new_is_named(folder: Path) -> None:
    result = run("compare", "good.txt", make(folder, "empty.txt"), cwd=folder)
    assert_error(result, 3, "empty.txt", EMPTY)


def test_text_file_with_only_blank_lines(folder: Path) -> None:
    result = run("compare", make(folder, "blank.txt"), "good.txt", cwd=folder)
    assert_error(
        result,
        3,
        "blank.txt",
        "This file contains no text (only spaces or blank lines). Choose the file that holds "
        "the report.",
    )


@pytest.mark.parametrize(
    ("name", "message"),
    [
        (
            "junk.pdf",
            "This file is named .pdf but is not a PDF (it does not start like one and holds "
            "binary data). Download or export the PDF again.",
        ),
        (
            "junk.docx",
            "This file is named .docx but is not a Word document (it is not a ZIP archive and "
            "holds binary data). Open the original in Word or LibreOffice and save it as .docx "
            "again.",
        ),
        (
            "junk.txt",
            "This file does not look like a report: it contains binary data, not text, and is "
            "not a PDF or Word file either. Choose the PDF, DOCX, TXT or MD file of the report. "
            "A UTF-16 text file without a byte-order mark also looks like this: save it as UTF-8.",
        ),
    ],
)
def test_binary_junk(folder: Path, name: str, message: str) -> None:
    result = run("compare", make(folder, name), "good.txt", cwd=folder)
    assert_error(result, 3, name, message)


def test_pdf_with_a_damaged_body(folder: Path) -> None:
    result = run("compare", make(folder, "damaged.pdf"), "good.txt", cwd=folder)
    assert_error(
        result,
        3,
        "damaged.pdf",
        "This PDF is damaged and cannot be read. Download it again or export it again from "
        "its source.",
    )


def test_truncated_pdf(folder: Path) -> None:
    result = run("compare", make(folder, "truncated.pdf"), "good.txt", cwd=folder)
    assert_error(
        result,
        3,
        "truncated.pdf",
        "This PDF is incomplete: it stops before its end, as a half-finished download does. "
        "Download or export it again.",
    )


def test_scanned_pdf_without_text_layer(folder: Path) -> None:
    result = run("compare", make(folder, "scanned.pdf"), "good.txt", cwd=folder)
    assert_error(
        result,
        3,
        "scanned.pdf",
        "This PDF has no text layer (it looks scanned). ccwdiff compares text and does not do "
        "OCR; use a PDF with text or the Word version.",
    )


@pytest.mark.parametrize("name", ["not-archive.docx", "truncated.docx"])
def test_docx_that_is_not_a_valid_archive(folder: Path, name: str) -> None:
    result = run("compare", make(folder, name), "good.txt", cwd=folder)
    assert_error(result, 3, name, NOT_DOCX_ARCHIVE)


def test_zip_without_a_word_document(folder: Path) -> None:
    result = run("compare", make(folder, "no-document.docx"), "good.txt", cwd=folder)
    assert_error(
        result,
        3,
        "no-document.docx",
        "This file is not a PDF, Word (.docx) or text file: it looks like a ZIP archive without "
        "a Word document in it; unpack it first.",
    )


@pytest.mark.parametrize(
    ("name", "hint"),
    [
        ("shift-jis.txt", " It looks like Shift-JIS (Japanese)."),
        ("ebcdic.txt", " It looks like EBCDIC (an IBM mainframe code page)."),
        (
            "latin1.txt",
            " It looks like a Western European code page such as Windows-1252 or Latin-1.",
        ),
        ("high-bytes.txt", ""),
    ],
)
def test_text_in_an_unsupported_encoding(folder: Path, name: str, hint: str) -> None:
    result = run("compare", make(folder, name), "good.txt", cwd=folder)
    assert_error(result, 3, name, NOT_UTF8.format(hint=hint))


def test_folder(folder: Path) -> None:
    (folder / "reports").mkdir()
    result = run("compare", "reports", "good.txt", cwd=folder)
    assert_error(
        result,
        3,
        "reports",
        "This is a folder, not a file. Choose a PDF, DOCX, TXT or MD file inside it.",
    )


def test_missing_file(folder: Path) -> None:
    result = run("compare", "good.txt", "gone.pdf", cwd=folder)
    assert_error(
        result,
        3,
        "gone.pdf",
        "This file does not exist (it may have been moved, renamed or deleted). Choose the file "
        "again.",
    )


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX only")
def test_named_pipe_is_refused_without_waiting(folder: Path) -> None:
    os.mkfifo(folder / "pipe.txt")  # opening it would block until a writer comes: no hang
    result = run("compare", "pipe.txt", "good.txt", cwd=folder)
    assert_error(
        result,
        3,
        "pipe.txt",
        "This is not a regular file (a device or pipe). Choose a PDF, DOCX, TXT or MD file.",
    )


UNREADABLE = (
    "This file cannot be read (Permission denied). Check that you may read it and that it is "
    "not locked by another program."
)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_unreadable_file(folder: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root reads files whatever their mode; see test_unreadable_file_in_process")
    path = folder / "locked-away.txt"
    path.write_bytes((folder / "good.txt").read_bytes())
    path.chmod(0)
    try:
        result = run("compare", path.name, "good.txt", cwd=folder)
    finally:
        path.chmod(0o644)
    assert_error(result, 3, path.name, UNREADABLE)


def _main(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = cli.main(argv)
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return code, captured.err


@pytest.fixture
def in_process(monkeypatch: pytest.MonkeyPatch, folder: Path) -> Path:
    """Run ``cli.main`` here without touching the user's log; files named relative to folder."""
    monkeypatch.setattr(cli, "setup_logging", lambda: None)
    monkeypatch.chdir(folder)
    return folder


def test_unreadable_file_in_process(
    in_process: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (in_process / "locked-away.txt").write_bytes((in_process / "good.txt").read_bytes())
    real_open = open

    def refuse(file: object, *args: object, **kwargs: object) -> object:
        if str(file) == "locked-away.txt":
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

    # The loader opens files through the module-level name ``open``.
    monkeypatch.setattr(loaders, "open", refuse, raising=False)
    code, err = _main(["compare", "locked-away.txt", "good.txt"], capsys)
    assert code == 3
    assert err == f"ccwdiff: locked-away.txt: {UNREADABLE}\n"


def test_file_that_disappears_before_it_is_read(
    in_process: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = in_process / "fleeting.txt"
    path.write_bytes((in_process / "good.txt").read_bytes())
    real_stat = loaders._stat

    def stat_then_delete(name: str) -> os.stat_result:
        info = real_stat(name)
        if name == "fleeting.txt":
            path.unlink()  # gone between checking the path and reading it
        return info

    monkeypatch.setattr(loaders, "_stat", stat_then_delete)
    code, err = _main(["compare", "fleeting.txt", "good.txt"], capsys)
    assert code == 3
    assert err == (
        "ccwdiff: fleeting.txt: This file disappeared before it could be read. Choose the file "
        "again.\n"
    )


@pytest.mark.parametrize("name", ["report.pdf", "report.docx"])
def test_file_that_becomes_unreadable_after_it_is_recognised(
    in_process: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    name: str,
) -> None:
    """Its first bytes were read; the PDF or Word reader is then refused."""
    import zipfile

    from ccwdiff.core.loaders import pdf as pdf_loader

    source = make_bad.SOURCE_PDF if name.endswith(".pdf") else make_bad.SOURCE_DOCX
    (in_process / name).write_bytes(source.read_bytes())

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    if name.endswith(".pdf"):
        monkeypatch.setattr(pdf_loader, "open", refuse, raising=False)
    else:
        monkeypatch.setattr(zipfile, "ZipFile", refuse)
    code, err = _main(["compare", name, "good.txt"], capsys)
    assert code == 3
    assert err == f"ccwdiff: {name}: {UNREADABLE}\n"


# --- passwords: exit 4 ---------------------------------------------------------------


def test_encrypted_pdf_needs_a_password(folder: Path) -> None:
    result = run("compare", make(folder, "locked.pdf"), "good.txt", cwd=folder)
    assert_error(
        result,
        4,
        "locked.pdf",
        "This PDF is protected by a password. Give the password (in the window when asked, or "
        "with --password on the command line).",
    )


@pytest.mark.parametrize("option", ["--password", "--password-old"])
def test_wrong_password_is_its_own_message(folder: Path, option: str) -> None:
    result = run("compare", make(folder, "locked.pdf"), "good.txt", option, "guess", cwd=folder)
    assert_error(
        result,
        4,
        "locked.pdf",
        "The password given does not open this PDF. Check it and try again.",
    )


def test_right_password_opens_the_pdf(folder: Path) -> None:
    make(folder, "locked.pdf")
    result = run(
        "compare", "good.txt", "locked.pdf", "--password-new", make_bad.PASSWORD, cwd=folder
    )
    assert result.returncode == 0, result.stderr
    assert "NEW CCW/MSP/2023/7 (locked.pdf, zh)" in result.stdout


# --- limits: exit 5; a hostile PDF cannot hang ----------------------------------------


def test_file_over_the_default_size_limit(folder: Path) -> None:
    result = run("compare", make(folder, "huge.txt"), "good.txt", cwd=folder)
    assert_error(
        result,
        5,
        "huge.txt",
        "This file is 209,715,201 bytes, more than the limit of 209,715,200 bytes (200 MB). "
        "Compare a smaller document.",
    )


def test_size_limit_from_the_environment(folder: Path) -> None:
    # 2,048 bytes
    (folder / "two-kb.txt").write_text("1. Text.\n" * 227 + "1234\n", encoding="utf-8")
    result = run(
        "compare", "two-kb.txt", "good.txt", cwd=folder, env={"CCWDIFF_MAX_FILE_MB": "0.001"}
    )
    assert_error(
        result,
        5,
        "two-kb.txt",
        "This file is 2 KB, more than the limit of 1 KB. Compare a smaller document.",
    )


def test_character_limit(folder: Path) -> None:
    (folder / "long.txt").write_text("1. " + "x" * 997 + "\n", encoding="utf-8")  # 1,001
    result = run("compare", "long.txt", "good.txt", cwd=folder, env={"CCWDIFF_MAX_CHARS": "1000"})
    assert_error(
        result,
        5,
        "long.txt",
        "This file has 1,001 characters, more than the limit of 1,000. Compare a shorter "
        "document or split it.",
    )


def test_page_limit_of_a_pdf(folder: Path) -> None:
    (folder / "report.pdf").write_bytes(make_bad.SOURCE_PDF.read_bytes())
    result = run("compare", "report.pdf", "good.txt", cwd=folder, env={"CCWDIFF_MAX_PAGES": "1"})
    assert_error(
        result,
        5,
        "report.pdf",
        "This PDF has 2 pages, more than the limit of 1. Compare a shorter document or split it.",
    )


@pytest.mark.parametrize("value", ["abc", "0", "-5", "1.5"])
def test_a_bad_limit_setting_is_refused(folder: Path, value: str) -> None:
    result = run("compare", "good.txt", "good.txt", cwd=folder, env={"CCWDIFF_MAX_PAGES": value})
    assert result.returncode == 1
    assert result.stderr == (
        "ccwdiff: The environment variable CCWDIFF_MAX_PAGES must be a positive whole number, "
        f"not {value!r}.\n"
    )


@pytest.mark.slow
def test_hostile_pdf_is_stopped_by_the_time_budget(folder: Path) -> None:
    """About a minute of parsing; the one-second budget must stop it, with a message."""
    make(folder, "hostile.pdf")
    result = run("compare", "hostile.pdf", "good.txt", cwd=folder, env={"CCWDIFF_PDF_TIMEOUT": "1"})
    assert_error(
        result,
        3,
        "hostile.pdf",
        "Reading this PDF took longer than 1 second and was stopped; the file may be damaged "
        "or built to be hard to read. Try a copy saved again from a PDF viewer, or the Word "
        "version.",
    )


def _address_space_cap() -> None:
    """Runs in the child: should the budget fail, the test fails instead of the machine."""
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (3 * 1024**3, 3 * 1024**3))


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="the memory budget is an rlimit (POSIX)")
def test_greedy_pdf_is_stopped_by_the_memory_budget(folder: Path) -> None:
    """Gigabytes to parse; the 512 MB budget must stop the worker, with a message."""
    make(folder, "greedy.pdf")
    environment = {
        **os.environ,
        "NO_COLOR": "1",
        "XDG_STATE_HOME": str(folder / "state"),
        "CCWDIFF_PDF_MEMORY_MB": "512",
        "CCWDIFF_PDF_TIMEOUT": "120",
    }
    result = subprocess.run(
        [*ccwdiff_command(), "compare", "greedy.pdf", "good.txt"],
        capture_output=True,
        text=True,
        env=environment,
        cwd=folder,
        timeout=300,
        preexec_fn=_address_space_cap,
    )
    assert "Traceback" not in result.stderr
    assert_error(
        result,
        5,
        "greedy.pdf",
        "Reading this PDF needed more than 512 MB of memory and was stopped; the file may be "
        "damaged or built to be hard to read. Try a copy saved again from a PDF viewer, or the "
        "Word version.",
    )


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="process groups and SIGINT")
def test_ctrl_c_while_a_pdf_is_parsed(folder: Path) -> None:
    """Ctrl-C reaches the CLI and its PDF worker alike: one line, exit 130, no traceback."""
    make(folder, "hostile.pdf")
    process = subprocess.Popen(
        [*ccwdiff_command(), "compare", "hostile.pdf", "good.txt"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=folder,
        env={**os.environ, "XDG_STATE_HOME": str(folder / "state")},
        start_new_session=True,  # its own process group, as a terminal's foreground job
    )
    time.sleep(2)  # long enough for the worker to be parsing (it needs ~50 s in all)
    os.killpg(process.pid, signal.SIGINT)
    out, err = process.communicate(timeout=120)
    assert process.returncode == 130
    assert err == "ccwdiff: interrupted\n"
    assert out == ""


@pytest.mark.skipif(os.name != "posix", reason="SIGINT")
def test_idle_pdf_worker_ignores_ctrl_c() -> None:
    """Between two PDFs the worker waits; Ctrl-C must not make it print a traceback and die."""
    from ccwdiff.core.loaders import worker

    assert worker.run_in_worker("math", "sqrt", (4.0,), timeout=60) == 2.0
    assert worker._worker is not None
    process = worker._worker.process
    assert process.pid is not None
    os.kill(process.pid, signal.SIGINT)
    process.join(timeout=1)  # returns at once if the signal killed it
    assert process.is_alive()
    assert worker.run_in_worker("math", "sqrt", (9.0,), timeout=60) == 3.0
    assert worker._worker.process is process


# --- comparisons that work but deserve a note: exit 0 ---------------------------------


def test_same_file_on_both_sides(folder: Path) -> None:
    result = run("compare", "good.txt", "good.txt", cwd=folder)
    assert result.returncode == 0
    assert result.stderr == (
        "ccwdiff: note: OLD and NEW are the same file: every paragraph is unchanged.\n"
    )
    assert "100 unchanged" in result.stdout


def test_two_copies_are_identical(folder: Path) -> None:
    (folder / "copy.txt").write_bytes((folder / "good.txt").read_bytes())
    result = run("compare", "good.txt", "copy.txt", cwd=folder)
    assert result.returncode == 0
    assert result.stderr == "ccwdiff: note: The two documents are identical in wording.\n"


def test_documents_in_different_languages_are_still_compared(folder: Path) -> None:
    result = run("compare", "good.txt", make(folder, "english.txt"), cwd=folder)
    assert result.returncode == 0
    assert result.stderr == (
        "ccwdiff: note: The two documents are in different languages; the comparison will "
        "mostly show replacements.\n"
    )
    assert "OLD CCW/MSP/2023/7 (good.txt, zh)" in result.stdout
    assert "(english.txt, en)" in result.stdout


def test_document_without_structure_is_compared_as_plain_paragraphs(folder: Path) -> None:
    make(folder, "no-structure.txt")
    make(folder, "english.txt")
    result = run("compare", "no-structure.txt", "english.txt", cwd=folder)
    assert result.returncode == 0
    assert result.stderr == f"ccwdiff: note: no-structure.txt: {NO_STRUCTURE}\n"
    assert "3 → " in result.stdout  # its three paragraphs, each a block


def test_text_named_pdf_is_read_with_a_note(folder: Path) -> None:
    (folder / "report.pdf").write_bytes((folder / "good.txt").read_bytes())
    result = run("compare", "report.pdf", "good.txt", cwd=folder)
    assert result.returncode == 0
    assert result.stderr.splitlines()[0] == (
        "ccwdiff: note: report.pdf: This file is named .pdf but contains plain text; it was "
        "read as text."
    )


@pytest.mark.parametrize("fmt", ["json", "html"])
def test_file_name_that_is_not_utf8(folder: Path, fmt: str) -> None:
    """Old Linux archives keep Latin-1 names; the name is shown with '?' for those bytes."""
    name = os.fsdecode(b"r\xe9union-2023.txt")
    try:
        (folder / name).write_bytes((folder / "good.txt").read_bytes())
    except (OSError, UnicodeError):
        pytest.skip("this file system refuses names that are not UTF-8")
    result = run("compare", name, "good.txt", "-f", fmt, "-o", f"out.{fmt}", cwd=folder)
    assert result.returncode == 0, result.stderr
    written = (folder / f"out.{fmt}").read_bytes().decode("utf-8")  # valid UTF-8
    assert "r?union-2023.txt" in written
    if fmt == "json":
        assert json.loads(written)["old"]["path"] == "r?union-2023.txt"


# --- output that cannot be written: exit 6, nothing lost -----------------------------


def test_output_into_a_missing_folder(folder: Path) -> None:
    result = run("compare", "good.txt", "good.txt", "-f", "json", "-o", "no/out.json", cwd=folder)
    # Refused before the comparison: no notes about the inputs precede it.
    assert_error(result, 6, "no/out.json", "The folder does not exist; choose another folder.")


def test_output_over_an_input_is_refused(folder: Path) -> None:
    before = (folder / "good.txt").read_bytes()
    result = run("compare", "good.txt", "good.txt", "-o", "good.txt", cwd=folder)
    assert_error(
        result,
        6,
        "good.txt",
        "This file is one of the compared reports; choose another name so it is not overwritten.",
    )
    assert (folder / "good.txt").read_bytes() == before


def test_inputs_are_never_written(folder: Path) -> None:
    """Every output format, and a refused one: the reports keep their bytes and times."""
    make(folder, "english.txt")
    inputs = [folder / "good.txt", folder / "english.txt"]
    for path in inputs:
        os.utime(path, (1_000_000_000, 1_000_000_000))
    before = [(path.read_bytes(), path.stat().st_mtime_ns) for path in inputs]
    pair = ("compare", "good.txt", "english.txt")
    for fmt in ("text", "json", "html"):
        result = run(*pair, "-f", fmt, "-o", f"out.{fmt}", cwd=folder)
        assert result.returncode == 0, result.stderr
    assert run(*pair, "-o", "english.txt", cwd=folder).returncode == 6
    assert [(path.read_bytes(), path.stat().st_mtime_ns) for path in inputs] == before


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_standard_output_on_a_full_disk(folder: Path) -> None:
    with open("/dev/full", "w") as full:
        result = subprocess.run(
            [*ccwdiff_command(), "compare", "good.txt", "good.txt"],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            cwd=folder,
            env={**os.environ, "NO_COLOR": "1", "XDG_STATE_HOME": str(folder / "state")},
            timeout=300,
        )
    assert result.returncode == 6
    assert "Traceback" not in result.stderr
    assert result.stderr.endswith(
        "ccwdiff: The result could not be written to the standard output (No space left on "
        "device). Check the disk or use -o FILE.\n"
    )


def test_reader_closing_the_pipe_early_is_not_an_error(folder: Path) -> None:
    make(folder, "english.txt")
    process = subprocess.Popen(
        [*ccwdiff_command(), "compare", "good.txt", "english.txt", "--all", "-f", "json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=folder,
        env={**os.environ, "XDG_STATE_HOME": str(folder / "state")},
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.read(10)
    process.stdout.close()  # like ``| head -c 10``
    err = process.stderr.read().decode()
    process.stderr.close()
    assert process.wait(timeout=300) == 0
    assert "Traceback" not in err
    assert "internal error" not in err
