"""Packaging: metadata, desktop integration, icons, and the built artefacts themselves.

Quick checks (metadata, validators, icons, platform data) run everywhere. The two
expensive ones are marked ``packaging`` and ``slow`` (skip them locally with
``-m "not packaging"``):

- a wheel built from the checkout carries the resources and installs into a fresh
  virtual environment where ``ccwdiff``, ``python -m ccwdiff`` and ``ccwdiff-gui`` work;
- the PyInstaller one-folder build (``packaging/build.sh``) runs headless: the built
  ``ccwdiff`` exports the sample comparison to a PDF with text, and ``ccwdiff-gui`` shows
  the window and saves a screenshot.
"""

from __future__ import annotations

import configparser
import os
import plistlib
import re
import runpy
import shutil
import struct
import subprocess
import sys
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import pytest

import ccwdiff
from ccwdiff import about

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
LINUX = PACKAGING / "linux"
APP_ID = about.APP_ID
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
OLD_SAMPLE = ROOT / "resources" / "samples" / "CCW-MSP-2022-7.zh.txt"
NEW_SAMPLE = ROOT / "resources" / "samples" / "CCW-MSP-2023-7.zh.txt"
DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def require_tool(name: str, debian_package: str) -> str:
    """Path of a validator; on Linux its absence is a setup error, elsewhere a skip."""
    found = shutil.which(name)
    if found:
        return found
    if sys.platform.startswith("linux"):
        pytest.fail(f"{name} is missing: apt-get install {debian_package} (scripts/setup.sh test)")
    pytest.skip(f"{name} is a Linux tool")


def require_module(name: str) -> None:
    """Fail (not skip: CI must run these) when a build tool is missing."""
    try:
        __import__(name)
    except ImportError:
        pytest.fail(f"{name} is missing: pip install -e '.[packaging]' (or -m 'not packaging')")


def run(args: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
    """Run a command, capturing text output; the caller checks the outcome."""
    return subprocess.run(args, capture_output=True, text=True, **kwargs)  # type: ignore[call-overload, no-any-return]


def headless_env(home: Path | None = None) -> dict[str, str]:
    """The environment for a child without a display (Qt's offscreen platform).

    With ``home``, settings, logs and caches go there instead of the user's folders.
    """
    env = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "WAYLAND_DISPLAY"}}
    env["QT_QPA_PLATFORM"] = "offscreen"
    if home is not None:
        for variable in ("XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME"):
            env[variable] = str(home / variable.lower())
    return env


def pyproject() -> dict[str, object]:
    tomllib = pytest.importorskip("tomllib")
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))  # type: ignore[no-any-return]


# --- version in one place -------------------------------------------------------------


def test_version_is_read_from_the_package_everywhere() -> None:
    project = pyproject()["project"]
    assert "version" not in project and "version" in project["dynamic"]
    tool = pyproject()["tool"]["setuptools"]["dynamic"]  # type: ignore[index]
    assert tool["version"] == {"attr": "ccwdiff.__version__"}
    spec = (PACKAGING / "ccwdiff.spec").read_text(encoding="utf-8")
    assert ccwdiff.__version__ not in spec, "the spec must read the version, not repeat it"
    releases = ElementTree.parse(METAINFO).getroot().findall("releases/release")
    assert releases[0].get("version") == ccwdiff.__version__, (
        "add a <release> for the new version at the top of the metainfo file"
    )


def test_about_lists_version_and_every_runtime_dependency() -> None:
    text = about.about_text(frozen=True)
    assert ccwdiff.__version__ in text and "MIT" in text
    assert "OFL-1.1" in text and "LGPL-3.0-only" in text and "Bootloader-exception" in text
    html = about.licences_html(frozen=False)
    assert "OFL-1.1" in html and "PyInstaller" not in html  # frozen-only rows left out
    listed = {c.distribution.lower() for c in about.LICENCES if c.distribution}
    for requirement in pyproject()["project"]["dependencies"]:  # type: ignore[index]
        name = re.split(r"[<>=!~;\[ ]", requirement, maxsplit=1)[0].lower()
        assert name in listed, f"{name} is a dependency but missing from about.LICENCES"
    assert all(component.licence for component in about.LICENCES)


# --- pyproject metadata ------------------------------------------------------------------


def test_pyproject_declares_licence_entry_points_and_lower_bounds() -> None:
    project = pyproject()["project"]
    assert project["license"] == "MIT"  # type: ignore[index]
    assert (ROOT / "LICENSE").is_file()
    assert project["scripts"] == {"ccwdiff": "ccwdiff.cli:main"}  # type: ignore[index]
    assert project["gui-scripts"] == {"ccwdiff-gui": "ccwdiff.app:main"}  # type: ignore[index]
    assert (ROOT / "ccwdiff" / "__main__.py").is_file()
    for requirement in project["dependencies"]:  # type: ignore[index]
        assert ">=" in requirement, f"{requirement} needs a lower bound"
    classifiers = project["classifiers"]  # type: ignore[index]
    # An SPDX licence expression and a licence classifier together are an error (PEP 639).
    assert not any(c.startswith("License ::") for c in classifiers)
    assert any(c.startswith("Operating System :: Microsoft :: Windows") for c in classifiers)


# --- Linux desktop integration ----------------------------------------------------------


def test_desktop_file_validates() -> None:
    tool = require_tool("desktop-file-validate", "desktop-file-utils")
    result = run([tool, str(DESKTOP)])
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_desktop_file_opens_pdf_docx_and_text_with_the_gui_script() -> None:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment, method-assign]
    parser.read(DESKTOP, encoding="utf-8")
    entry = parser["Desktop Entry"]
    mime_types = set(filter(None, entry["MimeType"].split(";")))
    assert {"application/pdf", DOCX_MIME, "text/plain"} <= mime_types
    assert entry["Exec"].split()[0] in pyproject()["project"]["gui-scripts"]  # type: ignore[index, operator]
    assert "%F" in entry["Exec"]  # two files: OLD and NEW
    assert entry["Icon"] == APP_ID


def test_metainfo_validates() -> None:
    tool = require_tool("appstreamcli", "appstream")
    result = run([tool, "validate", "--no-net", str(METAINFO)])
    assert result.returncode == 0, result.stdout + result.stderr


def test_metainfo_has_screenshot_release_notes_and_matching_ids() -> None:
    root = ElementTree.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("project_license") == "MIT"
    image = root.find("screenshots/screenshot/image")
    assert image is not None and image.text and image.text.startswith("https://")
    # The URL points at the file in this repository; it must exist and match its size.
    local = LINUX / image.text.rsplit("/", 1)[-1]
    assert png_size(local) == (int(image.get("width", 0)), int(image.get("height", 0)))
    notes = root.find("releases/release/description")
    assert notes is not None and len(list(notes)) > 0


def test_installed_tree_validates(tmp_path: Path) -> None:
    tool = require_tool("appstreamcli", "appstream")
    result = run(
        ["bash", str(LINUX / "install.sh"), "/usr"], env={**os.environ, "DESTDIR": str(tmp_path)}
    )
    assert result.returncode == 0, result.stderr
    share = tmp_path / "usr" / "share"
    assert (share / "applications" / DESKTOP.name).is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    for size in PNG_SIZES:
        assert (share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    result = run([tool, "validate-tree", "--no-net", str(tmp_path)])
    assert result.returncode == 0, result.stdout + result.stderr


# --- icons -------------------------------------------------------------------------------


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR", path
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_icons_exist_in_every_size() -> None:
    icons = ROOT / "resources" / "icons"
    svg = ElementTree.parse(icons / "app.svg").getroot()
    assert svg.tag.endswith("svg")
    for size in PNG_SIZES:
        assert png_size(icons / f"app-{size}.png") == (size, size)
    ico = (PACKAGING / "windows" / "ccwdiff.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1) and count >= 5
    icns = (PACKAGING / "macos" / "ccwdiff.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)


# --- Windows and macOS data (cannot be built here) ---------------------------------------


def platform_info() -> dict[str, object]:
    return runpy.run_path(str(PACKAGING / "platform_info.py"))


def test_macos_info_plist_declares_document_types() -> None:
    plist = platform_info()["info_plist"](ccwdiff.__version__)  # type: ignore[operator]
    data = plistlib.loads(plistlib.dumps(plist))  # serialisable as a real Info.plist
    assert data["CFBundleShortVersionString"] == ccwdiff.__version__
    types = {t for entry in data["CFBundleDocumentTypes"] for t in entry["LSItemContentTypes"]}
    assert {"com.adobe.pdf", "org.openxmlformats.wordprocessingml.document"} <= types
    assert "public.plain-text" in types


def test_windows_version_numbers() -> None:
    version_tuple = platform_info()["version_tuple"]
    assert version_tuple("0.1.0") == (0, 1, 0, 0)  # type: ignore[operator]
    assert version_tuple("1.2.3rc4") == (1, 2, 3, 4)  # type: ignore[operator]


def test_windows_version_file_is_well_formed() -> None:
    """Evaluate the version file the way PyInstaller does, with recording stand-ins.

    PyInstaller's own classes import pywin32, so on Linux each constructor just records
    its arguments; the expression must use only those names and carry the version.
    """
    recorded: dict[str, list[tuple[tuple[object, ...], dict[str, object]]]] = {}

    def recorder(name: str):  # type: ignore[no-untyped-def]
        def build(*args: object, **kwargs: object) -> tuple[str, tuple[object, ...]]:
            recorded.setdefault(name, []).append((args, kwargs))
            return (name, args)

        return build

    names = (
        "VSVersionInfo",
        "FixedFileInfo",
        "StringFileInfo",
        "StringTable",
        "StringStruct",
        "VarFileInfo",
        "VarStruct",
    )
    text = platform_info()["windows_version_text"](  # type: ignore[operator]
        "1.2.3", "ccwdiff command line", "ccwdiff"
    )
    eval(text, {"__builtins__": {}}, {name: recorder(name) for name in names})
    fixed = recorded["FixedFileInfo"][0][1]
    assert fixed["filevers"] == fixed["prodvers"] == (1, 2, 3, 0)
    strings = dict(args for args, _ in recorded["StringStruct"])  # type: ignore[arg-type]
    assert strings["ProductVersion"] == "1.2.3" and strings["OriginalFilename"] == "ccwdiff.exe"
    assert set(recorded) == set(names)


def test_frozen_entry_picks_window_or_command_line_by_name() -> None:
    wants_window = runpy.run_path(str(PACKAGING / "entry.py"))["wants_window"]
    assert wants_window("/opt/ccwdiff/ccwdiff-gui")  # type: ignore[operator]
    assert wants_window(r"C:\Program Files\ccwdiff\ccwdiff-gui.exe")  # type: ignore[operator]
    assert not wants_window("/opt/ccwdiff/ccwdiff")  # type: ignore[operator]
    assert not wants_window(r"C:\ccwdiff\ccwdiff.exe")  # type: ignore[operator]


# --- the wheel, installed into a fresh virtual environment -------------------------------


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A wheel built the way a release is: ``python -m build`` (sdist, then wheel from it).

    Building from the sdist checks MANIFEST.in too, and never picks up stale files that a
    previous build left in the checkout's ``build/lib``.
    """
    require_module("build")
    out = tmp_path_factory.mktemp("wheel")
    result = run([sys.executable, "-m", "build", "--outdir", str(out), str(ROOT)])
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    (built,) = out.glob("ccwdiff-*.whl")
    return built


@pytest.mark.packaging
@pytest.mark.slow
def test_wheel_carries_the_resources(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for resource in (
        "fonts/OFL.txt",
        "fonts/coverage.json",
        "samples/CCW-MSP-2023-7.zh.txt",
        "vocabulary/zh.json",
        "icons/app.svg",
        "icons/app-256.png",
    ):
        assert f"ccwdiff/_resources/{resource}" in names, resource
    for folder in ("fonts", "samples", "vocabulary", "translations", "icons"):
        assert any(n.startswith(f"ccwdiff/_resources/{folder}/") for n in names), folder
    assert not any(n.endswith(".ts") for n in names), "translation sources stay out"
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "ccwdiff = ccwdiff.cli:main" in text and "ccwdiff-gui = ccwdiff.app:main" in text


@pytest.mark.packaging
@pytest.mark.slow
def test_wheel_installs_into_a_fresh_venv_and_both_entry_points_work(
    wheel: Path, tmp_path: Path
) -> None:
    venv = tmp_path / "venv"
    assert run([sys.executable, "-m", "venv", str(venv)]).returncode == 0
    scripts = venv / ("Scripts" if sys.platform == "win32" else "bin")
    python = scripts / "python"
    # Dependencies come from the package index (pip's cache makes this quick in CI).
    result = run([str(python), "-m", "pip", "install", "-q", str(wheel)])
    assert result.returncode == 0, result.stderr[-3000:]

    work = tmp_path / "work"  # not the checkout: resources must come from the wheel
    work.mkdir()
    result = run([str(python), "-m", "ccwdiff", "--version"], cwd=work)
    assert result.returncode == 0 and ccwdiff.__version__ in result.stdout + result.stderr
    location = run(
        [str(python), "-c", "import ccwdiff.resources as r; print(r.sample_pair()[0])"], cwd=work
    ).stdout.strip()
    assert "site-packages" in location and Path(location).is_file()

    out = work / "x.json"
    result = run(
        [
            str(scripts / "ccwdiff"),
            "compare",
            str(OLD_SAMPLE),
            str(NEW_SAMPLE),
            "--format",
            "json",
            "-o",
            str(out),
        ],
        cwd=work,
        env=headless_env(tmp_path),
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert '"schema": "ccwdiff.compare/1"' in out.read_text(encoding="utf-8")

    shot = work / "window.png"
    result = run(
        [str(scripts / "ccwdiff-gui"), "--screenshot", str(shot)],
        cwd=work,
        env=headless_env(tmp_path),
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert png_size(shot)[0] > 400


# --- the PyInstaller one-folder application ----------------------------------------------


@pytest.fixture(scope="module")
def frozen(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``packaging/build.sh`` run into a temporary folder; returns ``.../ccwdiff``."""
    require_module("PyInstaller")
    dist = tmp_path_factory.mktemp("dist")
    work = tmp_path_factory.mktemp("pyinstaller-work")
    result = run(
        [
            "bash",
            str(PACKAGING / "build.sh"),
            "--no-smoke",
            "--python",
            sys.executable,
            "--dist",
            str(dist),
            "--work",
            str(work),
        ],
        timeout=1500,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-5000:]
    shutil.rmtree(work, ignore_errors=True)  # 100+ MB of intermediate files
    return dist / "ccwdiff"


@pytest.mark.packaging
@pytest.mark.slow
def test_frozen_build_holds_resources_dictionary_plugins_and_pdfium(frozen: Path) -> None:
    internal = frozen / "_internal"
    for name in ("ccwdiff", "ccwdiff-gui"):
        assert os.access(frozen / name, os.X_OK), name
    assert (internal / "ccwdiff" / "_resources" / "fonts" / "OFL.txt").is_file()
    assert (internal / "ccwdiff" / "_resources" / "samples" / NEW_SAMPLE.name).is_file()
    assert (internal / "jieba" / "dict.txt").is_file()
    assert (internal / "docx" / "templates" / "default.docx").is_file()
    assert list(internal.glob("pypdfium2_raw/*pdfium*"))
    plugins = internal / "PySide6" / "Qt" / "plugins"
    for plugin in (
        "platforms/libqoffscreen.so",
        "platforms/libqxcb.so",
        "platforms/libqwayland.so",
        "imageformats/libqsvg.so",
    ):
        assert (plugins / plugin).is_file(), plugin
    assert not (internal / "jieba" / "lac_small").exists(), "unused jieba models stay out"
    # Help > About reads library versions from their metadata.
    metadata = {p.name.lower().split("-")[0] for p in internal.glob("*.dist-info")}
    assert {"jieba", "pypdf", "python_docx", "pyside6_essentials"} <= metadata


@pytest.mark.packaging
@pytest.mark.slow
def test_frozen_command_line_exports_the_sample_to_pdf(frozen: Path, tmp_path: Path) -> None:
    from pypdf import PdfReader

    result = run([str(frozen / "ccwdiff"), "--version"], env=headless_env())
    assert result.returncode == 0 and ccwdiff.__version__ in result.stdout
    pdf = tmp_path / "sample.pdf"
    result = run(
        [
            str(frozen / "ccwdiff"),
            "compare",
            str(OLD_SAMPLE),
            str(NEW_SAMPLE),
            "--format",
            "pdf",
            "-o",
            str(pdf),
        ],
        cwd=tmp_path,
        env=headless_env(tmp_path),
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    reader = PdfReader(pdf)
    text = "".join(page.extract_text() or "" for page in reader.pages)
    assert len(reader.pages) > 1
    assert "CCW/MSP/2023/7" in text and "缔约方" in text  # Chinese text from the bundled font


@pytest.mark.packaging
@pytest.mark.slow
def test_frozen_command_line_reads_pdf_and_docx(frozen: Path, tmp_path: Path) -> None:
    data = ROOT / "tests" / "data" / "zh"
    out = tmp_path / "x.json"
    result = run(
        [
            str(frozen / "ccwdiff"),
            "compare",
            str(data / "CCW-MSP-2022-7.zh.pdf"),
            str(data / "CCW-MSP-2023-7.zh.docx"),
            "--format",
            "json",
            "-o",
            str(out),
        ],
        cwd=tmp_path,
        env=headless_env(tmp_path),
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    text = out.read_text(encoding="utf-8")
    assert '"format": "pdf"' in text and '"format": "docx"' in text


@pytest.mark.packaging
@pytest.mark.slow
def test_frozen_window_starts_and_shows_the_sample(frozen: Path, tmp_path: Path) -> None:
    shot = tmp_path / "window.png"
    result = run(
        [str(frozen / "ccwdiff-gui"), "--screenshot", str(shot)],
        cwd=tmp_path,
        env=headless_env(tmp_path),
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert png_size(shot)[0] > 400


@pytest.mark.packaging
@pytest.mark.slow
@pytest.mark.xvfb
def test_frozen_window_runs_on_a_real_x_server(frozen: Path, tmp_path: Path) -> None:
    """The xcb platform plugin and its libraries load from the folder under Xvfb."""
    xvfb_run = require_tool("xvfb-run", "xvfb")
    env = headless_env(tmp_path)
    del env["QT_QPA_PLATFORM"]  # let Qt pick xcb from DISPLAY, as on a desktop
    shot = tmp_path / "window.png"
    result = run(
        [
            xvfb_run,
            "-a",
            "-s",
            "-screen 0 1400x900x24",
            str(frozen / "ccwdiff-gui"),
            "--screenshot",
            str(shot),
        ],
        cwd=tmp_path,
        env=env,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert png_size(shot)[0] > 400
