"""Opening reports: drops with real file URLs, the worker flow, errors and passwords.

The comparison engine is replaced by a stub with the same signature, so these
tests check the window's behaviour, not the engine's.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from ccwdiff.core.errors import Cancelled, LoaderError, PasswordRequired
from ccwdiff.ui.qt import QDropEvent, QMimeData, QPoint, QPointF, Qt, QUrl
from tests.ui.factory import sample_comparison


def drop(window, urls: list[QUrl], at: QPoint) -> None:
    mime = QMimeData()
    mime.setUrls(urls)
    event = QDropEvent(
        QPointF(at),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)


def pane_point(window, fraction: float) -> QPoint:
    """A window point over the aligned view, ``fraction`` of its width from the left."""
    view = window.view
    local = QPoint(int(view.width() * fraction), view.height() // 2)
    return view.mapTo(window, local)


@pytest.fixture
def engine(monkeypatch: pytest.MonkeyPatch):
    """Stub for compare_files recording calls; dates follow the '2022'/'2023' in file names."""
    calls: list[dict[str, object]] = []

    def compare_files(
        old, new, *, password_old=None, password_new=None, progress=None, cancel=None, **_
    ):
        calls.append({"old": old, "new": new, "password_old": password_old})
        if progress:
            progress("load", 0.5)
            progress("align", 1.0)
        behaviour = engine_behaviour.get("raise")
        if behaviour is not None:
            raise behaviour(old)
        comparison = sample_comparison(str(old), str(new))
        from dataclasses import replace

        def dated(doc, path):
            year = "2023" if "2023" in Path(path).name else "2022"
            return replace(doc, date=f"{year}-11-17", symbol=f"CCW/MSP/{year}/7")

        return replace(comparison, old=dated(comparison.old, old), new=dated(comparison.new, new))

    engine_behaviour: dict[str, object] = {}
    monkeypatch.setattr("ccwdiff.core.compare.compare_files", compare_files)
    return calls, engine_behaviour


def test_two_files_dropped_newest_first_go_older_left(window, engine, report_files, qtbot) -> None:
    _calls, _ = engine
    old, new = report_files
    with qtbot.waitSignal(window.comparisonShown, timeout=10000):
        drop(window, [QUrl.fromLocalFile(new), QUrl.fromLocalFile(old)], pane_point(window, 0.3))
    assert (window.old_path, window.new_path) == (old, new)
    assert window.comparison.old.symbol == "CCW/MSP/2022/7"
    assert window.settings.recent()[0] == (old, new)


def test_one_file_per_pane(window, engine, report_files, qtbot) -> None:
    old, new = report_files
    drop(window, [QUrl.fromLocalFile(new)], pane_point(window, 0.8))
    assert window.new_path == new and window.old_path is None
    with qtbot.waitSignal(window.comparisonShown, timeout=10000):
        drop(window, [QUrl.fromLocalFile(old)], pane_point(window, 0.2))
    assert (window.old_path, window.new_path) == (old, new)
    assert engine[0][-1]["old"] == old


def test_folder_drop_is_refused_with_a_message(window, engine, tmp_path, messages) -> None:
    drop(window, [QUrl.fromLocalFile(str(tmp_path))], pane_point(window, 0.2))
    assert len(messages) == 1 and "is a folder" in messages[0]
    assert window.old_path is None and engine[0] == []


def test_remote_url_drop_is_refused_with_a_message(window, engine, messages) -> None:
    drop(window, [QUrl("https://documents.un.org/CCW_MSP_2023_7.pdf")], pane_point(window, 0.2))
    assert len(messages) == 1 and "not a local file" in messages[0]
    assert engine[0] == []


def test_unsupported_type_is_refused(window, engine, tmp_path, messages) -> None:
    picture = tmp_path / "scan.png"
    picture.write_bytes(b"\x89PNG")
    drop(window, [QUrl.fromLocalFile(str(picture))], pane_point(window, 0.2))
    assert "not a supported type" in messages[0]


def test_three_files_are_refused(window, engine, report_files, tmp_path, messages) -> None:
    third = tmp_path / "third.txt"
    third.write_text("x", encoding="utf-8")
    urls = [QUrl.fromLocalFile(p) for p in (*report_files, str(third))]
    drop(window, urls, pane_point(window, 0.5))
    assert "one or two reports" in messages[0]
    assert engine[0] == []


def test_drag_enter_accepts_file_urls(window, report_files) -> None:
    from ccwdiff.ui.qt import QDragEnterEvent

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(report_files[0])])
    event = QDragEnterEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dragEnterEvent(event)
    assert event.isAccepted()


def test_loader_error_names_the_file(window, engine, report_files, messages, qtbot) -> None:
    _, behaviour = engine
    behaviour["raise"] = lambda path: LoaderError(
        "pdf-truncated", "The PDF is damaged (truncated). Download it again.", str(path)
    )
    with qtbot.waitSignal(window.jobFailed, timeout=10000):
        window.open_files(*report_files)
    assert len(messages) == 1
    assert Path(report_files[0]).name in messages[0]
    assert "damaged" in messages[0] and "Download it again" in messages[0]
    assert window.comparison is None


def test_password_is_asked_and_the_comparison_retried(
    window, engine, report_files, monkeypatch, qtbot
) -> None:
    calls, behaviour = engine
    asked: list[tuple[str, bool]] = []

    def locked(path):
        behaviour.pop("raise")  # the second attempt (with the password) succeeds
        return PasswordRequired("password-required", "The PDF is encrypted.", str(path))

    behaviour["raise"] = locked

    def ask(parent, path, wrong):
        asked.append((path, wrong))
        return "secret"

    monkeypatch.setattr("ccwdiff.ui.dialogs.ask_password", ask)
    with qtbot.waitSignal(window.comparisonShown, timeout=10000):
        window.open_files(*report_files)
    assert asked == [(report_files[0], False)]
    assert calls[-1]["password_old"] == "secret"


def test_cancel_stops_quietly(window, monkeypatch, report_files, messages, qtbot) -> None:
    started = threading.Event()

    def slow(old, new, *, progress=None, cancel=None, **_):
        started.set()
        while not cancel():
            threading.Event().wait(0.01)
        raise Cancelled()

    monkeypatch.setattr("ccwdiff.core.compare.compare_files", slow)
    window.open_files(*report_files)
    assert started.wait(10)
    assert window.status.cancel.isVisible()
    window.status.cancel.click()
    assert not window.status.cancel.isVisible()
    qtbot.waitUntil(lambda: window.job is None)
    assert messages == []
    assert "Cancelled" in window.status.currentMessage()


def test_unexpected_error_shows_copyable_details_and_app_keeps_running(
    window, engine, report_files, monkeypatch, qtbot
) -> None:
    from ccwdiff.ui.dialogs import ExceptionDialog

    shown: list[str] = []
    monkeypatch.setattr(
        ExceptionDialog, "exec", lambda self: shown.append(self.details.toPlainText()) or 0
    )
    _, behaviour = engine
    behaviour["raise"] = lambda path: ZeroDivisionError("bug in the engine")
    with qtbot.waitSignal(window.jobFailed, timeout=10000):
        window.open_files(*report_files)
    assert len(shown) == 1 and "ZeroDivisionError: bug in the engine" in shown[0]
    behaviour.pop("raise")
    with qtbot.waitSignal(window.comparisonShown, timeout=10000):
        window.start_compare()


def test_uncaught_exceptions_from_threads_reach_the_dialog(qtbot, monkeypatch) -> None:
    import sys

    from ccwdiff.ui.dialogs import ExceptionDialog, ExceptionRelay, install_excepthooks

    shown: list[str] = []
    monkeypatch.setattr(
        ExceptionDialog, "exec", lambda self: shown.append(self.details.toPlainText()) or 0
    )
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    relay = ExceptionRelay()
    install_excepthooks(relay)

    def boom() -> None:
        raise ValueError("from a worker thread")

    thread = threading.Thread(target=boom)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: len(shown) == 1)
    assert "ValueError: from a worker thread" in shown[0]
    try:
        raise KeyError("on the UI thread")
    except KeyError:
        sys.excepthook(*sys.exc_info())
    assert "KeyError" in shown[1]


def test_dragging_highlights_the_target_side(window, report_files) -> None:
    from ccwdiff.ui.qt import QDragLeaveEvent, QDragMoveEvent

    def move(urls: list[str], fraction: float) -> None:
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(url) for url in urls])
        event = QDragMoveEvent(
            pane_point(window, fraction),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        window.dragMoveEvent(event)

    move([report_files[0]], 0.2)
    assert window.view.drop_hint == "old"
    assert "older report" in window.status.currentMessage()
    move([report_files[1]], 0.8)
    assert window.view.drop_hint == "new"
    move(list(report_files), 0.5)
    assert window.view.drop_hint == "both"
    window.dragLeaveEvent(QDragLeaveEvent())
    assert window.view.drop_hint is None


def test_relative_paths_are_stored_absolute(
    window, engine, report_files, qtbot, monkeypatch
) -> None:
    """Started as `ccwdiff-gui data/old.txt data/new.txt`, the window remembers
    absolute paths, so the recent list works from any directory later."""
    old, new = (Path(p) for p in report_files)
    monkeypatch.chdir(old.parent.parent)
    relative_old = str(Path(old.parent.name) / old.name)
    relative_new = str(Path(new.parent.name) / new.name)
    with qtbot.waitSignal(window.comparisonShown, timeout=10000):
        window.open_files(relative_old, relative_new)
    calls, _ = engine
    assert Path(str(calls[-1]["old"])).is_absolute()
    raw = window.settings.qsettings
    assert raw.value("files/last_folder") == str(old.parent.resolve())
    assert str(old.resolve()) in str(raw.value("files/recent"))
    assert window.settings.recent()[0] == (str(old.resolve()), str(new.resolve()))
    # One file set on a side by a relative path is stored absolute too.
    window.set_side("new", relative_new)
    assert window.new_path == str(new.resolve())
    # Settings written relative by an earlier version come back absolute.
    raw.setValue("files/last_folder", "reports")
    assert window.settings.last_folder() == str(Path.cwd() / "reports")
