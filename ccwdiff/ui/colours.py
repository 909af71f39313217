"""Colours of the diff views for light/dark palettes, with a colour-blind-safe set.

The default pairs red (deleted) with green (inserted). The colour-blind-safe set
uses orange and blue, which stay distinct under the common red-green
deficiencies; deletions are also struck through so colour is never the only cue.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DiffColours:
    """Hex colours used both in cell HTML and for painting."""

    delete_bg: str
    delete_fg: str
    insert_bg: str
    insert_fg: str
    changed: str
    moved: str
    mandate: str
    gap: str
    ghost_fg: str
    label_fg: str
    search_bg: str
    chip_bg: str
    chip_fg: str
    separator: str

    def mark(self, status: str) -> str:
        """Colour of the overview mark and navigator dot for a status."""
        return {
            "deleted": self.delete_fg,
            "inserted": self.insert_fg,
            "moved": self.moved,
            "split": self.changed,
            "merged": self.changed,
            "changed": self.changed,
        }.get(status, self.separator)


def diff_colours(dark: bool, colour_blind: bool) -> DiffColours:
    """The palette for the current scheme and accessibility choice."""
    if not dark:
        delete = ("#ffd8b5", "#9a3c00") if colour_blind else ("#ffd7d5", "#a40e26")
        insert = ("#cfe2ff", "#0b4aa2") if colour_blind else ("#c9f2d4", "#116329")
        return DiffColours(
            delete_bg=delete[0],
            delete_fg=delete[1],
            insert_bg=insert[0],
            insert_fg=insert[1],
            changed="#b08800",
            moved="#8250df",
            mandate="#cf222e" if not colour_blind else "#e36209",
            gap="#eef0f3",
            ghost_fg="#8c959f",
            label_fg="#57606a",
            search_bg="#fff176",
            chip_bg="#eaeef2",
            chip_fg="#24292f",
            separator="#d0d7de",
        )
    delete = ("#5c3310", "#ffb77a") if colour_blind else ("#5d1f24", "#ff9a9f")
    insert = ("#12365f", "#8cc2ff") if colour_blind else ("#1c4428", "#7ee2a0")
    return DiffColours(
        delete_bg=delete[0],
        delete_fg=delete[1],
        insert_bg=insert[0],
        insert_fg=insert[1],
        changed="#d4a72c",
        moved="#b392f0",
        mandate="#ff7b72" if not colour_blind else "#ffa657",
        gap="#262a30",
        ghost_fg="#7d8590",
        label_fg="#9198a1",
        search_bg="#806b00",
        chip_bg="#30363d",
        chip_fg="#e6edf3",
        separator="#3d444d",
    )
