"""What Help > About shows: the version and the licences of what ccwdiff bundles.

The version lives in one place, ``ccwdiff.__version__``; pyproject.toml reads it
(``dynamic = ["version"]``), so do the PyInstaller spec and the Windows version info, and
a test keeps the AppStream release list in ``packaging/linux`` in step with it.

:data:`LICENCES` is plain data so that the window, ``--version`` output or a packager can
render it as they like. It lists what a wheel pulls in and what a frozen build (PyInstaller)
ships: the fonts in ``resources/fonts`` and every third-party runtime library. No module
here imports Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import metadata

from . import __version__

APP_NAME = "ccwdiff"
APP_ID = "io.github.ccwdiff"  # desktop file, AppStream id, macOS bundle id, icon name
APP_LICENCE = "MIT"
COPYRIGHT = "Copyright (c) 2026 ccwdiff developers"


@dataclass(frozen=True)
class Component:
    """One bundled third-party component and its licence.

    ``distribution`` is the name under which pip installs it (to look up the installed
    version), or ``None`` for things that are not Python distributions (fonts, native
    libraries inside a wheel, the PyInstaller bootloader).
    """

    name: str
    licence: str  # SPDX expression
    url: str
    role: str
    distribution: str | None = None
    frozen_only: bool = False  # shipped only in PyInstaller builds


LICENCES: tuple[Component, ...] = (
    Component(
        "Noto Sans SC, Noto Sans, Noto Sans Arabic (subsets)",
        "OFL-1.1",
        "https://github.com/notofonts",
        "fonts for the window and PDF export; licence text in resources/fonts/OFL.txt",
    ),
    Component(
        "Qt for Python (PySide6)",
        "LGPL-3.0-only",
        "https://www.qt.io/qt-for-python",
        "window, PDF writer",
        "PySide6-Essentials",
    ),
    Component(
        "Shiboken6",
        "LGPL-3.0-only",
        "https://www.qt.io/qt-for-python",
        "Qt binding runtime",
        "shiboken6",
    ),
    Component(
        "jieba",
        "MIT",
        "https://github.com/fxsjy/jieba",
        "Chinese word segmentation and its dictionary",
        "jieba",
    ),
    Component(
        "diff-match-patch",
        "Apache-2.0",
        "https://github.com/diff-match-patch-python/diff-match-patch",
        "word diff",
        "diff-match-patch",
    ),
    Component(
        "pypdf",
        "BSD-3-Clause",
        "https://github.com/py-pdf/pypdf",
        "PDF export post-processing (outline, metadata)",
        "pypdf",
    ),
    Component(
        "pypdfium2",
        "Apache-2.0 OR BSD-3-Clause",
        "https://github.com/pypdfium2-team/pypdfium2",
        "PDF text layer",
        "pypdfium2",
    ),
    Component(
        "PDFium",
        "BSD-3-Clause AND Apache-2.0",
        "https://pdfium.googlesource.com/pdfium/",
        "native PDF library inside pypdfium2",
    ),
    Component(
        "python-docx",
        "MIT",
        "https://github.com/python-openxml/python-docx",
        "DOCX reading",
        "python-docx",
    ),
    Component(
        "lxml (with libxml2 and libxslt)",
        "BSD-3-Clause AND MIT",
        "https://lxml.de",
        "XML parser used by python-docx",
        "lxml",
    ),
    Component(
        "typing_extensions",
        "PSF-2.0",
        "https://github.com/python/typing_extensions",
        "used by python-docx",
        "typing_extensions",
    ),
    Component(
        "platformdirs",
        "MIT",
        "https://github.com/tox-dev/platformdirs",
        "settings and log folders",
        "platformdirs",
    ),
    Component(
        "Python",
        "PSF-2.0",
        "https://www.python.org",
        "interpreter and standard library",
        frozen_only=True,
    ),
    Component(
        "PyInstaller bootloader",
        "GPL-2.0-or-later WITH Bootloader-exception",
        "https://pyinstaller.org",
        "starts the frozen application",
        frozen_only=True,
    ),
)


def installed_version(component: Component) -> str | None:
    """The version of ``component`` found at run time, or ``None`` when unknown.

    A frozen build only knows versions whose ``*.dist-info`` the spec copied in.
    """
    if component.distribution is None:
        return None
    try:
        return metadata.version(component.distribution)
    except metadata.PackageNotFoundError:
        return None


def licence_rows(*, frozen: bool | None = None) -> list[tuple[str, str, str, str]]:
    """``(name, version or "", licence, role)`` rows for an About dialog's table.

    ``frozen`` defaults to whether this is a PyInstaller build; components shipped only
    in frozen builds are left out otherwise.
    """
    import sys

    if frozen is None:
        frozen = bool(getattr(sys, "frozen", False))
    rows = []
    for component in LICENCES:
        if component.frozen_only and not frozen:
            continue
        rows.append(
            (component.name, installed_version(component) or "", component.licence, component.role)
        )
    return rows


def about_text(*, frozen: bool | None = None) -> str:
    """A plain-text About message: name, version, licence and the bundled components."""
    lines = [
        f"{APP_NAME} {__version__}",
        f"{COPYRIGHT}. Licensed under the {APP_LICENCE} licence.",
        "",
        "Bundled components:",
    ]
    for name, version, licence, role in licence_rows(frozen=frozen):
        label = f"{name} {version}".rstrip()
        lines.append(f"- {label}: {licence} ({role})")
    return "\n".join(lines)


def licences_html(*, frozen: bool | None = None) -> str:
    """The bundled components as an HTML table (Qt rich text) for the About box."""
    from html import escape

    cells = "".join(
        f"<tr><td>{escape(name)}</td><td>{escape(version)}</td><td>{escape(licence)}</td></tr>"
        for name, version, licence, _role in licence_rows(frozen=frozen)
    )
    return (
        f"<p>{escape(COPYRIGHT)}. {APP_NAME} is licensed under the {APP_LICENCE} licence; "
        "it bundles:</p>"
        f"<table cellspacing='0' cellpadding='2'>{cells}</table>"
    )
