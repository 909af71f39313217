"""Cheap pre-tests for costly regular expressions.

A search with an unanchored pattern tries every position of the text. When every
match must contain some character (every document symbol contains "/"), a text
without that character cannot match, and ``in`` finds that out far faster.
:func:`required_characters` reads those characters off the compiled pattern; it
answers only what it can prove, and nothing (no pre-test) for anything else.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

try:  # Python 3.11+
    import re._parser as _parser  # type: ignore[import-not-found,unused-ignore]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse as _parser  # type: ignore[no-redef,unused-ignore]

_IGNORECASE = re.IGNORECASE


@lru_cache(maxsize=256)
def required_characters(pattern: re.Pattern[str]) -> str:
    """Characters every match of ``pattern`` contains ("" when none can be proved)."""
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
        found = _required(list(parsed), bool(pattern.flags & _IGNORECASE))
    except Exception:  # an unknown construct: no pre-test, never a wrong one
        return ""
    return "".join(sorted(found))


def _required(items: list[tuple[Any, Any]], ignore_case: bool) -> set[str]:
    found: set[str] = set()
    for op, argument in items:
        name = str(op)
        if name == "LITERAL":
            char = chr(argument)
            if not (ignore_case and char.lower() != char.upper()):
                found.add(char)
        elif name == "SUBPATTERN":
            found |= _required(list(argument[-1]), ignore_case)
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            minimum, _maximum, item = argument
            if minimum >= 1:
                found |= _required(list(item), ignore_case)
        elif name == "BRANCH":
            branches = [_required(list(branch), ignore_case) for branch in argument[1]]
            if branches:
                found |= set.intersection(*branches)
    return found


def may_match(pattern: re.Pattern[str], text: str) -> bool:
    """False only when ``text`` lacks a character every match of ``pattern`` needs."""
    return all(char in text for char in required_characters(pattern))
