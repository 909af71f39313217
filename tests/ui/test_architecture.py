"""The Qt binding is imported in one place only (``ccwdiff/ui/qt.py``)."""

from __future__ import annotations

import ast
from pathlib import Path

import ccwdiff.ui

UI = Path(ccwdiff.ui.__file__).parent


def test_only_qt_module_imports_pyside6() -> None:
    offenders = []
    for path in sorted(UI.glob("*.py")):
        if path.name == "qt.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            if any(name.split(".")[0] in ("PySide6", "PyQt6", "PyQt5") for name in names):
                offenders.append(path.name)
    assert offenders == []
