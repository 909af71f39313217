"""Command-line interface: ``ccwdiff compare OLD NEW [--format text|json|html|pdf|docx] [-o OUT]``.

Exit codes (documented in the README):
0 success, 1 other error, 2 usage error, 3 file cannot be read as a report,
4 password required or wrong, 5 document over a size limit, 6 export failed,
70 internal error (details in the log file), 130 interrupted.
"""

from __future__ import annotations

import argparse
import logging
import multiprocessing
import os
import sys
from collections.abc import Sequence

from . import __version__
from .core.errors import CcwdiffError, ExportError
from .core.model import Comparison
from .logs import log_file, setup_logging
from .textreport import WARNING_MESSAGES, render_text

log = logging.getLogger(__name__)

EXIT_INTERNAL = 70


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ccwdiff",
        description="Compare two successive reports of a meeting: paragraphs aligned, "
        "words diffed, mandate changes first.",
    )
    parser.add_argument("--version", action="version", version=f"ccwdiff {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    compare = commands.add_parser(
        "compare",
        help="compare OLD and NEW (PDF, DOCX, TXT or MD, in any mix)",
        description="Compare OLD and NEW and print or write the result.",
    )
    compare.add_argument("old", metavar="OLD", help="the earlier report")
    compare.add_argument("new", metavar="NEW", help="the later report")
    compare.add_argument(
        "-f",
        "--format",
        choices=("text", "json", "html", "pdf", "docx"),
        default="text",
        help="output format (default: text on the terminal)",
    )
    compare.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        help="write to OUT instead of standard output (required for pdf and docx); "
        "written atomically",
    )
    compare.add_argument("--password", metavar="PW", help="password for both PDFs")
    compare.add_argument("--password-old", metavar="PW", help="password for OLD (a PDF)")
    compare.add_argument("--password-new", metavar="PW", help="password for NEW (a PDF)")
    compare.add_argument(
        "--pair",
        metavar="OLD=NEW",
        action="append",
        default=[],
        type=_reference_pair,
        help="pair these two paragraphs whatever the aligner finds, e.g. --pair 25=17 "
        "(citations as shown, ¶24(a), 三. or fn. 4, or block ids from the JSON); repeatable",
    )
    compare.add_argument(
        "--unpair",
        metavar="OLD=NEW",
        action="append",
        default=[],
        type=_reference_pair,
        help="never pair these two paragraphs (show a deletion and an insertion); repeatable",
    )
    compare.add_argument(
        "--corrections",
        metavar="JSON",
        help="apply the pairs made and undone by hand recorded in an earlier JSON output "
        "(ccwdiff compare -f json, or File > Export JSON… in the window)",
    )
    compare.add_argument(
        "--layout",
        choices=("columns", "inline"),
        default="columns",
        help="PDF/HTML/DOCX layout: two aligned columns or an inline redline",
    )
    compare.add_argument(
        "--page-size", choices=("A4", "Letter"), default="A4", help="PDF/DOCX paper size"
    )
    compare.add_argument(
        "--all",
        action="store_true",
        help="text output: also list routine roll-over and unchanged paragraphs",
    )
    compare.add_argument(
        "--color",
        choices=("auto", "always", "never"),
        default="auto",
        help="colour the text output (default: when writing to a terminal)",
    )
    return parser


def _reference_pair(value: str) -> tuple[str, str]:
    old, sep, new = value.partition("=")
    if not sep or not old.strip() or not new.strip():
        raise argparse.ArgumentTypeError(
            f"{value!r} is not OLD=NEW (a paragraph of each report, e.g. 25=17 or ¶24(a)=¶18(a))"
        )
    return old.strip(), new.strip()


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``ccwdiff`` command."""
    # A frozen build re-executes itself for the PDF worker process; this makes that
    # child run the worker instead of the CLI.
    multiprocessing.freeze_support()
    parser = _parser()
    args = parser.parse_args(argv)
    setup_logging()
    try:
        return _run_compare(args)
    except CcwdiffError as error:
        log.info("user error %s: %s", error.code, error)
        print(f"ccwdiff: {error}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print("ccwdiff: interrupted", file=sys.stderr)
        return 130
    except Exception:  # the user gets a sentence, the log gets the traceback
        log.exception("internal error")
        where = log_file()
        detail = f" Details are in {where}." if where else ""
        print(
            f"ccwdiff: internal error; please report it.{detail}",
            file=sys.stderr,
        )
        return EXIT_INTERNAL


def _run_compare(args: argparse.Namespace) -> int:
    from .core.compare import compare_files

    if args.format in ("pdf", "docx") and not args.output:
        raise ExportError(
            "output-required",
            f"{args.format.upper()} output needs a file name: add -o diff.{args.format}.",
        )
    if args.output:
        from .export.atomic import check_target

        check_target(args.output, (args.old, args.new))  # refuse before the work, not after
    recorded = _recorded_corrections(args.corrections) if args.corrections else ([], [])
    comparison = compare_files(
        args.old,
        args.new,
        password_old=args.password_old or args.password,
        password_new=args.password_new or args.password,
        anchors=[*recorded[0], *args.pair],
        separations=[*recorded[1], *args.unpair],
    )
    _print_notes(comparison)

    if args.format == "json":
        from .export.jsonfile import to_json

        _emit_text(to_json(comparison), args.output, (args.old, args.new))
    elif args.format == "text":
        stream_is_tty = args.output is None and sys.stdout.isatty()
        color = args.color == "always" or (
            args.color == "auto" and stream_is_tty and "NO_COLOR" not in os.environ
        )
        report = render_text(comparison, color=color, show_all=args.all)
        _emit_text(report, args.output, (args.old, args.new))
    elif args.format == "html":
        from .export.html import export_html, render_html
        from .export.report import build_report

        if args.output:
            export_html(comparison, args.output, layout=args.layout)
        else:
            page = render_html(
                build_report(comparison),
                layout=args.layout,
                lang=comparison.new.language or "und",
            )
            _emit_text(page, None)
    elif args.format == "docx":
        from .export.word import export_docx

        export_docx(comparison, args.output, layout=args.layout, page_size=args.page_size)
    else:
        from .export.pdf import export_pdf

        written = export_pdf(comparison, args.output, layout=args.layout, page_size=args.page_size)
        for char in written.missing_glyphs:
            print(
                f"ccwdiff: note: no bundled font covers {char!r} (U+{ord(char[0]):04X})",
                file=sys.stderr,
            )
    if args.output:
        print(f"ccwdiff: wrote {args.output}", file=sys.stderr)
    return 0


def _recorded_corrections(path: str) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """The pairs made and undone by hand in an earlier JSON output of ccwdiff."""
    import json

    from .core.errors import BadReference
    from .core.serialize import corrections_from_dict

    try:
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
    except (OSError, ValueError) as error:
        raise BadReference(
            "corrections-unreadable",
            f"The corrections file {path} cannot be read as ccwdiff's JSON output ({error}).",
        ) from error
    found = corrections_from_dict(data)
    if found is None:
        raise BadReference(
            "corrections-unreadable",
            f"The corrections file {path} is not ccwdiff's JSON output (its paired_by_hand "
            "and unpaired_by_hand are not lists of [old id, new id] pairs).",
        )
    return found


def _print_notes(comparison: Comparison) -> None:
    """Each document's warnings (named by file), then the comparison's, on stderr."""
    for document in (comparison.old, comparison.new):
        # Loader warnings are sentences already; structure warnings are codes.
        for warning in document.warnings:
            message = WARNING_MESSAGES.get(warning, warning)
            print(f"ccwdiff: note: {document.path}: {message}", file=sys.stderr)
    codes = comparison.warnings
    if "same-file" in codes:  # "identical" would only repeat it
        codes = tuple(code for code in codes if code != "identical")
    for code in sorted(codes, key=lambda code: code != "same-file"):
        sentence = WARNING_MESSAGES.get(code)
        if sentence:
            print(f"ccwdiff: note: {sentence}", file=sys.stderr)


def _emit_text(text: str, output: str | None, inputs: Sequence[str] = ()) -> None:
    """Print ``text``, or write it atomically to ``output`` (never over an input)."""
    if output is None:
        try:
            try:
                sys.stdout.write(text)
            except UnicodeEncodeError:  # a terminal in a legacy code page
                sys.stdout.buffer.write(text.encode("utf-8", "replace"))
            sys.stdout.flush()
        except BrokenPipeError:
            # The reader stopped early (``| head``): nothing is wrong for the user.
            _silence_stdout()
        except OSError as error:  # a full disk behind ``> out.txt``
            _silence_stdout()
            raise ExportError(
                "output-failed",
                f"The result could not be written to the standard output "
                f"({error.strerror or error}). Check the disk or use -o FILE.",
            ) from error
        return
    from .export.atomic import atomic_write

    # "replace": a file name that is not valid UTF-8 is the only source of lone surrogates.
    atomic_write(output, text.encode("utf-8", "replace"), inputs=inputs)


def _silence_stdout() -> None:
    """Point stdout at the null device so the flush at exit cannot fail a second time."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
    except (OSError, ValueError):
        pass
