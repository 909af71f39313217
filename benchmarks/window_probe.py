"""Window benchmark: launch to comparison on screen, and the longest UI-thread stall.

Runs the real application (``ccwdiff.app.main``) offscreen with a probe: a 5 ms
QTimer on the UI thread that records the gap between its ticks. A gap much longer
than 5 ms means the UI thread could not process events (a stall: no repaint, no
click) for that long. Prints one JSON line::

    python benchmarks/window_probe.py --t0=EPOCH [OLD NEW]
    python benchmarks/window_probe.py --t0=EPOCH --floor   # empty PySide6 window

``--t0`` is the wall-clock time at which the parent launched this process, so
``shown`` counts interpreter start-up too. Without files the bundled sample pair
opens, as on a first launch. Fields (seconds): ``loop`` first event-loop tick,
``shown`` comparisonShown, ``stall_computing`` longest gap between the first tick
and the result's arrival, ``stall_total`` longest gap up to one second after it was
shown (includes building the rows on the UI thread), ``stall_at`` what was
happening then.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TICK_MS = 5
AFTER_SHOWN_MS = 1000


def floor(t0: float) -> int:
    """The floor any PySide6 window pays: interpreter, Qt import, an empty main window."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    application = QApplication([sys.argv[0]])
    window = QMainWindow()
    window.show()

    def first_tick() -> None:
        print(json.dumps({"loop": time.time() - t0, "shown": time.time() - t0}), flush=True)
        application.quit()

    QTimer.singleShot(0, first_tick)
    return application.exec()


def main() -> int:
    t0 = time.time()
    files = []
    for arg in sys.argv[1:]:
        if arg.startswith("--t0="):
            t0 = float(arg.split("=", 1)[1])
        elif arg != "--floor":
            files.append(arg)
    if "--floor" in sys.argv:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        return floor(t0)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # Private settings: the probe must not touch the user's recent files or layout.
    os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="ccwdiff-probe-")

    from ccwdiff import app as app_module
    from ccwdiff.ui.qt import QApplication, Qt, QTimer

    application = QApplication.instance() or QApplication([sys.argv[0]])
    state: dict[str, float | str | None] = {
        "loop": None,
        "shown": None,
        "stall_computing": 0.0,
        "stall_total": 0.0,
        "stall_at": "",
    }
    last = [0.0]
    stage = ["starting"]

    def tick() -> None:
        now = time.perf_counter()
        if state["loop"] is None:
            state["loop"] = time.time() - t0
        elif last[0]:
            gap = now - last[0] - TICK_MS / 1000
            if state["shown"] is None and gap > float(state["stall_computing"] or 0.0):
                state["stall_computing"] = gap
            if gap > float(state["stall_total"] or 0.0):
                state["stall_total"] = gap
                state["stall_at"] = stage[0]
        last[0] = now

    probe = QTimer()
    probe.setTimerType(Qt.TimerType.PreciseTimer)
    probe.setInterval(TICK_MS)
    probe.timeout.connect(tick)
    probe.start()

    def finish() -> None:
        print(json.dumps(state), flush=True)
        application.quit()

    def shown() -> None:
        state["shown"] = time.time() - t0
        stage[0] = "after shown"
        QTimer.singleShot(AFTER_SHOWN_MS, finish)

    def failed(code: str) -> None:
        state["stall_at"] = f"failed: {code}"
        finish()

    def hook() -> None:
        from ccwdiff.ui.main_window import MainWindow

        for widget in application.topLevelWidgets():
            if isinstance(widget, MainWindow):
                stage[0] = "comparing"
                widget.comparisonShown.connect(shown)
                widget.jobFailed.connect(failed)
                job = getattr(widget, "job", None)
                if job is not None:  # mark when the result reaches the UI thread
                    job.signals.finished.connect(lambda _r: stage.__setitem__(0, "showing result"))
                return
        QTimer.singleShot(1, hook)

    QTimer.singleShot(0, hook)
    QTimer.singleShot(600_000, finish)  # never hang a benchmark run
    return app_module.main(files)


if __name__ == "__main__":
    sys.exit(main())
