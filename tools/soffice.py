"""DOCX to PDF with LibreOffice headless, for the scripts that make fixtures and benchmark data.

Each conversion gets a private LibreOffice profile: one profile cannot serve two running
instances, and other people use soffice on the development machine.
"""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path


def docx_to_pdf(docx: Path, out_dir: Path | None = None, timeout: int = 300) -> Path:
    """Convert ``docx`` to a PDF of the same stem in ``out_dir`` (default: beside it)."""
    folder = out_dir or docx.parent
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(folder),
                str(docx),
            ],
            check=True,
            capture_output=True,
            timeout=timeout,
        )
    return folder / (docx.stem + ".pdf")
