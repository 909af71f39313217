"""What the window remembers between runs, over QSettings.

Values are read back with explicit types (QSettings returns strings from INI
files and single-element lists as plain strings), and the recent comparisons are
stored as JSON so every platform backend round-trips them unchanged.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, fields
from pathlib import Path

from ccwdiff.core.serialize import corrections_from_dict, corrections_to_dict

from .qt import QByteArray, QLocale, QSettings

MAX_RECENT = 10
MAX_CORRECTED = 100  # pairs of files whose corrections by hand are remembered


def _absolute(path: str) -> str:
    """Stored paths are absolute, so they mean the same file whatever the working
    directory of a later run (settings written by older versions may be relative)."""
    return str(Path(path).expanduser().resolve()) if path else path


@dataclass
class ViewOptions:
    """The reader's choices in the View menu and filter bar."""

    layout: str = "side"  # "side" or "inline"
    colour_blind: bool = False
    mandate_only: bool = False
    hide_routine: bool = False
    hide_unchanged: bool = False
    hide_footnotes: bool = False
    show_navigator: bool = True
    show_mandate_panel: bool = True
    language: str = "system"  # "system", "en" or "zh_CN"
    scheme: str = "system"  # "system", "light" or "dark"
    letter_paper: bool = False  # exports on US Letter instead of A4 (default from the locale)


def _locale_uses_letter() -> bool:
    """US and Canadian users expect Letter paper; everyone else A4."""
    system = QLocale.system()
    return system.measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem or (
        system.territory() == QLocale.Country.Canada
    )


class AppSettings:
    """Typed access to the application's QSettings."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self.qsettings = settings if settings is not None else QSettings()

    # --- view options ------------------------------------------------------------------
    def view_options(self) -> ViewOptions:
        options = ViewOptions(letter_paper=_locale_uses_letter())
        for item in fields(ViewOptions):
            key = f"view/{item.name}"
            if not self.qsettings.contains(key):
                continue
            default = getattr(options, item.name)
            if isinstance(default, bool):
                raw = self.qsettings.value(key)
                value: object = raw if isinstance(raw, bool) else str(raw).lower() == "true"
            else:
                value = str(self.qsettings.value(key))
            setattr(options, item.name, value)
        if options.layout not in ("side", "inline"):
            options.layout = "side"
        return options

    def set_view_options(self, options: ViewOptions) -> None:
        for item in fields(ViewOptions):
            self.qsettings.setValue(f"view/{item.name}", getattr(options, item.name))

    # --- files ------------------------------------------------------------------------
    def last_folder(self) -> str:
        return _absolute(str(self.qsettings.value("files/last_folder", "") or ""))

    def set_last_folder(self, folder: str) -> None:
        self.qsettings.setValue("files/last_folder", _absolute(folder))

    def recent(self) -> list[tuple[str, str]]:
        """Recent comparisons, most recent first, as (old, new) paths."""
        raw = self.qsettings.value("files/recent", "[]")
        try:
            items = json.loads(str(raw))
        except ValueError:
            return []
        pairs = [
            (_absolute(a), _absolute(b))
            for a, b in items
            if isinstance(a, str) and isinstance(b, str)
        ]
        return list(dict.fromkeys(pairs))  # older settings may name one pair two ways

    def add_recent(self, old: str, new: str) -> None:
        old, new = _absolute(old), _absolute(new)
        items = [(old, new)] + [item for item in self.recent() if item != (old, new)]
        self.qsettings.setValue("files/recent", json.dumps(items[:MAX_RECENT]))

    def clear_recent(self) -> None:
        self.qsettings.setValue("files/recent", "[]")

    # --- corrections of the alignment ----------------------------------------------------
    def corrections(self) -> dict[str, tuple[list[tuple[str, str]], list[tuple[str, str]]]]:
        """Pairs made and kept apart by hand, by the fingerprint of the two files."""
        try:
            stored = json.loads(str(self.qsettings.value("alignment/corrections", "{}")))
        except ValueError:
            return {}
        if not isinstance(stored, dict):
            return {}
        known = {key: corrections_from_dict(value) for key, value in stored.items()}
        return {key: found for key, found in known.items() if found is not None}

    def set_corrections(
        self,
        key: str,
        paired: Sequence[tuple[str, str]],
        unpaired: Sequence[tuple[str, str]],
    ) -> None:
        """Remember the corrections for the files of fingerprint ``key`` (none: forget)."""
        known = self.corrections()
        if key not in known and not (paired or unpaired):
            return  # nothing to remember or forget: no write
        stored = {
            name: corrections_to_dict(made, apart)
            for name, (made, apart) in known.items()
            if name != key
        }
        if paired or unpaired:
            stored[key] = corrections_to_dict(paired, unpaired)
        kept = dict(list(stored.items())[-MAX_CORRECTED:])  # the most recent last
        self.qsettings.setValue("alignment/corrections", json.dumps(kept))

    # --- window ------------------------------------------------------------------------
    def window_state(self) -> tuple[QByteArray | None, QByteArray | None, QByteArray | None]:
        def read(key: str) -> QByteArray | None:
            value = self.qsettings.value(key)
            return value if isinstance(value, QByteArray) and not value.isEmpty() else None

        return read("window/geometry"), read("window/state"), read("window/splitter")

    def set_window_state(
        self, geometry: QByteArray, state: QByteArray, splitter: QByteArray
    ) -> None:
        self.qsettings.setValue("window/geometry", geometry)
        self.qsettings.setValue("window/state", state)
        self.qsettings.setValue("window/splitter", splitter)

    def sync(self) -> None:
        self.qsettings.sync()
