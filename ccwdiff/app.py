"""Entry point of the desktop application: ``ccwdiff-gui [OLD NEW]``.

With no files the bundled sample pair opens, so the first launch shows the
product working. ``--screenshot PATH`` saves a PNG of the window once the
comparison is on screen and quits (used by the end-to-end test and for the
README's screenshots).
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

log = logging.getLogger("ccwdiff.app")


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="ccwdiff-gui",
        description="Compare two successive meeting reports in a window.",
    )
    parser.add_argument("old", nargs="?", help="the older report (PDF, DOCX or TXT)")
    parser.add_argument("new", nargs="?", help="the newer report")
    parser.add_argument(
        "--language", choices=["system", "en", "zh_CN"], help="interface language for this run"
    )
    parser.add_argument(
        "--screenshot",
        metavar="PNG",
        help="save a screenshot once the comparison is shown, then quit",
    )
    parser.add_argument(
        "--no-sample", action="store_true", help="start empty, without the sample pair"
    )
    return parser.parse_args(list(argv))


def main(argv: Sequence[str] | None = None) -> int:
    """Run the window; returns the process exit code."""
    import multiprocessing

    multiprocessing.freeze_support()  # frozen builds: lets the PDF worker child start
    args = parse_args(sys.argv[1:] if argv is None else argv)

    from ccwdiff.logs import setup_logging
    from ccwdiff.resources import resource_path, sample_pair
    from ccwdiff.ui.dialogs import ExceptionRelay, install_excepthooks
    from ccwdiff.ui.fonts import apply_application_font
    from ccwdiff.ui.i18n import Translations, resolve_language
    from ccwdiff.ui.main_window import MainWindow
    from ccwdiff.ui.qt import QApplication, QGuiApplication, QIcon, Qt, QThreadPool, QTimer
    from ccwdiff.ui.settings import AppSettings
    from ccwdiff.ui.theme import apply_scheme
    from ccwdiff.ui.worker import Job, warm_up_task

    setup_logging()
    # The comparison runs in a worker thread. Every Qt call the UI thread makes from
    # Python releases the interpreter lock, and the worker then keeps it for a whole
    # switch interval (5 ms by default): a slot making twenty Qt calls waited 100 ms.
    # At 1 ms the longest UI stall during a large comparison halves (window_probe.py).
    sys.setswitchinterval(0.001)
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0]])
    app.setApplicationName("ccwdiff")
    app.setOrganizationName("ccwdiff")
    app.setApplicationDisplayName("ccwdiff")
    from ccwdiff.about import APP_ID

    app.setDesktopFileName(APP_ID)  # matches the .desktop file, so Wayland shows our icon
    icon = QIcon()
    for size in (16, 22, 24, 32, 48, 64, 128, 256, 512):
        png = resource_path("icons", f"app-{size}.png")
        if png.exists():
            icon.addFile(str(png))
    if not icon.isNull():
        app.setWindowIcon(icon)

    relay = ExceptionRelay()
    install_excepthooks(relay)

    settings = AppSettings()
    options = settings.view_options()
    if args.language:
        options.language = args.language
        settings.set_view_options(options)
    apply_scheme(options.scheme)
    translations = Translations()
    language = resolve_language(options.language)
    translations.apply(language)
    family = apply_application_font(app, language)
    log.info("Chinese font family: %s", family)

    # jieba's dictionary takes about half a second: load it while the window appears.
    warm_up = Job(warm_up_task, name="warm-up")
    warm_up.start()

    window = MainWindow(settings, translations)
    relay.dialog_parent = window
    window.show()

    if args.screenshot:
        target = Path(args.screenshot)

        def capture() -> None:
            QTimer.singleShot(800, lambda: (window.grab().save(str(target)), app.quit()))

        window.comparisonShown.connect(capture)
        window.jobFailed.connect(lambda _code: app.exit(2))

    if args.old and args.new:
        window.open_files(args.old, args.new)
    elif args.old:
        window.set_side("old", args.old)
    elif not args.no_sample:
        old, new = sample_pair()
        if old.exists() and new.exists():
            window.open_files(str(old), str(new))
        else:
            log.warning("bundled sample pair missing: %s, %s", old, new)

    code = app.exec()
    QThreadPool.globalInstance().waitForDone(3000)
    del warm_up
    return int(code)


if __name__ == "__main__":
    sys.exit(main())
