"""Windows version resource and macOS Info.plist of the frozen application.

Plain data and functions, loaded by ``packaging/ccwdiff.spec`` with ``runpy.run_path`` and
checked on Linux by ``tests/packaging/test_packaging.py`` (neither platform can be built
on the Linux CI machine, so the data at least is validated there: the plist serialises and
declares PDF, DOCX and text; the version resource is a well-formed version file).
"""

from __future__ import annotations

import re
from typing import Any

APP_ID = "io.github.ccwdiff"
COPYRIGHT = "Copyright (c) 2026 ccwdiff developers, MIT licence"

# Document types ccwdiff opens, for Finder's "Open With" and for dropping files on the Dock
# icon. "Alternate" rank: ccwdiff never claims to be the default PDF or Word application.
DOCUMENT_TYPES: list[dict[str, Any]] = [
    {
        "CFBundleTypeName": "PDF document",
        "CFBundleTypeRole": "Viewer",
        "LSHandlerRank": "Alternate",
        "LSItemContentTypes": ["com.adobe.pdf"],
    },
    {
        "CFBundleTypeName": "Word document",
        "CFBundleTypeRole": "Viewer",
        "LSHandlerRank": "Alternate",
        "LSItemContentTypes": ["org.openxmlformats.wordprocessingml.document"],
    },
    {
        "CFBundleTypeName": "Text document",
        "CFBundleTypeRole": "Viewer",
        "LSHandlerRank": "Alternate",
        "LSItemContentTypes": ["public.plain-text", "net.daringfireball.markdown"],
    },
]


def info_plist(version: str) -> dict[str, Any]:
    """Keys PyInstaller merges into ``ccwdiff.app/Contents/Info.plist``.

    PyInstaller itself sets CFBundleIdentifier (from ``bundle_identifier``),
    CFBundleExecutable and CFBundleIconFile.
    """
    return {
        "CFBundleName": "ccwdiff",
        "CFBundleDisplayName": "ccwdiff",
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "CFBundleDocumentTypes": DOCUMENT_TYPES,
        "LSApplicationCategoryType": "public.app-category.productivity",
        "LSMinimumSystemVersion": "11.0",  # the oldest macOS that Qt 6.6+ supports
        "NSHighResolutionCapable": True,
        "NSHumanReadableCopyright": COPYRIGHT,
    }


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """``"1.2.3rc1"`` -> ``(1, 2, 3, 1)``: Windows wants exactly four 16-bit numbers."""
    numbers = [int(part) for part in re.findall(r"\d+", version)[:4]]
    numbers += [0] * (4 - len(numbers))
    return (numbers[0], numbers[1], numbers[2], numbers[3])


def windows_version_text(version: str, description: str, internal_name: str) -> str:
    """The version resource of one executable (Properties > Details), as a version file.

    This is the text format ``pyinstaller --version-file`` reads: a Python expression
    built from the classes of ``PyInstaller.utils.win32.versioninfo``. A file rather than
    the objects themselves because that module imports pywin32 and pefile, which exist
    only on Windows; the text can be written and checked anywhere.
    """
    numbers = version_tuple(version)
    strings = [
        ("CompanyName", "ccwdiff developers"),
        ("FileDescription", description),
        ("FileVersion", version),
        ("InternalName", internal_name),
        ("LegalCopyright", COPYRIGHT),
        ("OriginalFilename", f"{internal_name}.exe"),
        ("ProductName", "ccwdiff"),
        ("ProductVersion", version),
    ]
    string_structs = ",\n".join(
        f"          StringStruct({key!r}, {value!r})" for key, value in strings
    )
    return f"""# UTF-8
VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={numbers!r},
    prodvers={numbers!r},
    mask=0x3F,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)
  ),
  kids=[
    StringFileInfo([
      StringTable(
        '040904B0',
        [
{string_structs}
        ])
    ]),
    VarFileInfo([VarStruct('Translation', [0x0409, 1200])])
  ]
)
"""
