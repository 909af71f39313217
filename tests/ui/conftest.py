"""Fixtures for the window's tests: offscreen Qt, isolated settings, a saved
screenshot of the window when a test fails (under ``test-artifacts/ui/``)."""

from __future__ import annotations

import os

# Before any Qt import: tests never need a display server.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest

from ccwdiff.core.model import Comparison
from tests.ui.factory import sample_comparison

ARTIFACTS = Path(os.environ.get("CCWDIFF_ARTIFACTS", "test-artifacts")) / "ui"


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]):
    report = yield
    if report.when == "call" and report.failed:
        window = getattr(item, "funcargs", {}).get("window")
        if window is not None:
            ARTIFACTS.mkdir(parents=True, exist_ok=True)
            window.grab().save(str(ARTIFACTS / f"{item.name}.png"))
    return report


@pytest.fixture
def settings(tmp_path: Path):
    from ccwdiff.ui.qt import QSettings
    from ccwdiff.ui.settings import AppSettings

    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def report_files(tmp_path: Path) -> tuple[str, str]:
    """Two small real files standing for the older and newer report."""
    old = tmp_path / "CCW-MSP-2022-7.txt"
    new = tmp_path / "CCW-MSP-2023-7.txt"
    old.write_text("2022 report", encoding="utf-8")
    new.write_text("2023 report", encoding="utf-8")
    return str(old), str(new)


@pytest.fixture
def comparison(report_files: tuple[str, str]) -> Comparison:
    return sample_comparison(*report_files)


@pytest.fixture
def window(qtbot, settings) -> Iterator[object]:
    from ccwdiff.ui.i18n import Translations
    from ccwdiff.ui.main_window import MainWindow

    translations = Translations()
    translations.apply("en")
    win = MainWindow(settings, translations)
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.cancel_job(quiet=True)
    translations.apply("en")


@pytest.fixture
def shown(window, comparison, qtbot):
    """The window showing the hand-built sample comparison."""
    window.set_comparison(comparison)
    qtbot.wait(10)
    return window


@pytest.fixture
def sample(window, qtbot):
    """The window showing the bundled sample pair, compared by the real engine."""
    from ccwdiff.resources import sample_pair

    old, new = sample_pair()
    with qtbot.waitSignal(window.comparisonShown, timeout=60000):
        window.open_files(str(old), str(new))
    return window


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Capture every QMessageBox instead of showing it."""
    from ccwdiff.ui.qt import QMessageBox

    captured: list[str] = []

    def fake_exec(box: QMessageBox) -> int:
        captured.append(f"{box.text()}\n{box.informativeText()}")
        return int(QMessageBox.StandardButton.Ok)

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return captured


@pytest.fixture(autouse=True)
def _no_errors_in_qt_overrides(capfd: pytest.CaptureFixture[str]) -> Iterator[None]:
    """Fail a test when PySide6 printed an exception from a Python override (paint,
    size hint...): PySide6 reports those on stderr and carries on, so they would pass."""
    yield
    _out, err = capfd.readouterr()
    assert "Error calling Python override" not in err, err


@pytest.fixture(autouse=True)
def _unexpected_errors_fail_the_test(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """An unexpected error shows a modal dialog that would wait for a click forever: record
    it instead and fail the test with its details (a test expecting one patches it itself)."""
    from ccwdiff.ui.dialogs import ExceptionDialog

    shown: list[str] = []
    monkeypatch.setattr(
        ExceptionDialog, "exec", lambda self: shown.append(self.details.toPlainText()) or 0
    )
    yield
    assert not shown, shown[0]
