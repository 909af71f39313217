"""Entry script of the frozen application (PyInstaller, see ``packaging/ccwdiff.spec``).

One analysis, two executables in one folder: ``ccwdiff`` (console: the command line) and
``ccwdiff-gui`` (no console on Windows: the window). Both run this script and choose by
the name they were started as, so the folder holds one copy of Python, Qt and the rest.
On macOS the app bundle's main executable is ``ccwdiff-gui``; the command line is next to
it in ``ccwdiff.app/Contents/MacOS/ccwdiff``.
"""

from __future__ import annotations

import multiprocessing
import sys
from pathlib import Path


def wants_window(executable: str) -> bool:
    """Whether the executable named ``executable`` is the window (``ccwdiff-gui``)."""
    return Path(executable).stem.lower().endswith("-gui")


def main() -> int:
    """Run the window or the command line and return the exit code."""
    # The PDF loader parses in a spawned child process (ccwdiff/core/loaders/worker.py).
    # A frozen child is this same executable started with multiprocessing's arguments;
    # freeze_support() makes it serve as that child and never reach the code below.
    multiprocessing.freeze_support()
    if wants_window(sys.executable):
        from ccwdiff.app import main as gui_main

        return gui_main()
    from ccwdiff.cli import main as cli_main

    return cli_main()


if __name__ == "__main__":
    raise SystemExit(main())
