"""Access to bundled resources (fonts, samples, vocabularies, translations).

Everything under ``resources/`` at the top of the checkout is shipped inside the
package as ``ccwdiff/_resources`` in wheels and frozen builds; in a checkout we read
the top-level folder directly. Always go through these helpers, never a path
computed from ``__file__`` elsewhere, so that a frozen build finds them too.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def resource_root() -> Path:
    """The folder holding the bundled resources."""
    packaged = resources.files("ccwdiff") / "_resources"
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """Path of one bundled resource, e.g. ``resource_path("samples", "x.txt")``."""
    return resource_root().joinpath(*parts)


def sample_pair() -> tuple[Path, Path]:
    """The bundled OLD and NEW sample reports opened when no files are given."""
    folder = resource_path("samples")
    return folder / "CCW-MSP-2022-7.zh.txt", folder / "CCW-MSP-2023-7.zh.txt"
