"""The core is a library: importing it (and running a comparison) never loads Qt."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def test_core_never_imports_qt() -> None:
    script = textwrap.dedent(
        """
        import sys
        import ccwdiff.core.compare, ccwdiff.core.serialize, ccwdiff.core.align
        import ccwdiff.core.worddiff, ccwdiff.core.tokenize, ccwdiff.core.classify
        import ccwdiff.core.loaders, ccwdiff.core.document, ccwdiff.cli, ccwdiff.textreport
        from ccwdiff.core.compare import compare_files
        from ccwdiff.resources import sample_pair
        old, new = sample_pair()
        compare_files(old, new)
        loaded = sorted(name for name in sys.modules if name.split(".")[0] in
                        ("PySide6", "shiboken6", "PyQt5", "PyQt6"))
        print(",".join(loaded))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""
