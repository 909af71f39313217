"""The comparison as a JSON file (the contract of ``ccwdiff.core.serialize``), atomically."""

from __future__ import annotations

import json
import os

from ..core.model import Comparison
from ..core.serialize import to_dict
from .atomic import atomic_write
from .result import ExportReport


def to_json(comparison: Comparison) -> str:
    """The JSON text ``ccwdiff compare --format json`` prints."""
    return json.dumps(to_dict(comparison), ensure_ascii=False, indent=1) + "\n"


def export_json(
    comparison: Comparison, path: str | os.PathLike[str], **_options: object
) -> ExportReport:
    """Write ``comparison`` as JSON at ``path``; layout and paper options do not apply."""
    # "replace": a file name that is not valid UTF-8 is the only source of lone surrogates.
    target = atomic_write(
        path,
        to_json(comparison).encode("utf-8", "replace"),
        inputs=(comparison.old.path, comparison.new.path),
    )
    return ExportReport(path=target, format="json", pages=0)
