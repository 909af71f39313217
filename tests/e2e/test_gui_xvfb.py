"""Start the real application under Xvfb on the bundled sample pair.

The window compares the pair with the real engine, then (``--screenshot``) saves
a PNG of itself once the comparison is on screen and quits. The PNG is kept as a
test artifact under ``test-artifacts/e2e/`` for a human to look at.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ARTIFACTS = Path(os.environ.get("CCWDIFF_ARTIFACTS", "test-artifacts")) / "e2e"

pytestmark = [
    pytest.mark.xvfb,
    pytest.mark.skipif(shutil.which("Xvfb") is None, reason="Xvfb is not installed"),
]


@pytest.fixture(scope="module")
def display() -> Iterator[str]:
    """A private Xvfb server; its display number is chosen by Xvfb itself."""
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    with os.fdopen(read_end) as pipe:
        number = pipe.readline().strip()
    if not number:
        server.kill()
        pytest.skip("Xvfb did not start")
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def run_app(display: str, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.update(
        DISPLAY=display,
        QT_QPA_PLATFORM="xcb",
        HOME=str(tmp_path),  # fresh settings, like a first launch
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_CACHE_HOME=str(tmp_path / "cache"),
        XDG_STATE_HOME=str(tmp_path / "state"),
    )
    return subprocess.run(
        [sys.executable, "-m", "ccwdiff.app", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )


def _check_screenshot(path: Path) -> None:
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    assert not image.isNull()
    assert image.width() >= 1000 and image.height() >= 700
    # A rendered window has many colours (text, highlights); a blank one has few.
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
    }
    assert len(colours) > 50


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_first_launch_shows_the_sample_pair(display: str, tmp_path: Path, language: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    shot = ARTIFACTS / f"gui-sample-pair-{language}.png"
    shot.unlink(missing_ok=True)
    result = run_app(display, tmp_path, "--language", language, "--screenshot", str(shot))
    assert result.returncode == 0, result.stderr[-3000:]
    assert shot.exists(), result.stderr[-3000:]
    _check_screenshot(shot)
