"""Enumerations: who took part, which documents were issued, compared as sets.

A participants paragraph ("下列缔约方参加了会议的工作：阿尔巴尼亚、阿尔及利亚…",
"The following High Contracting Parties ... participated in the work of the Group:
Algeria, Argentina…") is a long comma-separated run where a word diff is unreadable.
Here its members are split out and compared as sets: members added, members removed,
and a reordering is no change at all. The document list of an annex is one list made
of many rows; its rows are compared by document symbol, with the year masked so that
CCW/MSP/2022/1 and CCW/MSP/2023/1 count as the same row of successive reports.

The result is a ``Finding(code="list-change", ...)`` per list that changed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from .model import Block, Document, Finding, Pair
from .regexes import may_match
from .rollover import rollover_key, symbol_key
from .tokenize import nfkc
from .vocabulary import Vocabulary

LIST_CHANGE = "list-change"

_SYMBOL_RE = re.compile(r"[A-Z][A-Z0-9]*(?:\.[A-Z0-9]+)*(?:/[A-Za-z0-9]+(?:[.\-][A-Za-z0-9]+)*)+")
_REVISION_RE = re.compile(r"(?:/(?:REV|CORR|ADD|AMEND)\.\d+)+$", re.IGNORECASE)
_PARENTHESES_RE = re.compile(r"\s*[(（][^()（）]*[)）]")
_EDGE_CHARS = " \t\n.。;；,，、:：\"'“”‘’"
_PLACEHOLDER_RE = re.compile("\ue010(\\d+)\ue011")


@dataclass(frozen=True)
class ListInfo:
    """What a list block enumerates: ``members`` in order, ``kind`` "members"/"documents"."""

    kind: str
    members: tuple[str, ...]


def _norm_member(member: str) -> str:
    text = unicodedata.normalize("NFKC", member).casefold()
    # "Iran" / "Iran (Islamic Republic of)", "UNIDIR" in brackets or not: same member.
    text = _PARENTHESES_RE.sub(" ", text)
    text = _SPACES_RE.sub(" ", text).strip(_EDGE_CHARS)
    text = _LEADING_ARTICLE_RE.sub("", text)
    # Chinese names compare without spaces; Latin ones keep single spaces.
    return _SPACE_BY_NON_LATIN_RE.sub("", text)


_SPACES_RE = re.compile(r"\s+")
_LEADING_ARTICLE_RE = re.compile(r"^(?:the|and)\s+")
_SPACE_BY_NON_LATIN_RE = re.compile(r"(?<=[^\x00-\x7f])\s+|\s+(?=[^\x00-\x7f])")


def member_key(member: str) -> str:
    """Comparison key of a list member.

    Width, case, spacing, a leading "the" and parenthesised qualifiers or acronyms
    do not count.
    """
    return _norm_member(member)


def _protect(text: str, names: Iterable[str]) -> tuple[str, list[str]]:
    """Replace compound names ("Bosnia and Herzegovina") by placeholders."""
    kept: list[str] = []

    def replace(match: re.Match[str]) -> str:
        kept.append(match.group())
        return f"\ue010{len(kept) - 1}\ue011"

    for pattern in _name_patterns(tuple(names)):
        text = pattern.sub(replace, text)
    return text, kept


@lru_cache(maxsize=16)
def _name_patterns(names: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    """One pattern per compound name, longest first (compiled once per vocabulary)."""
    return tuple(
        re.compile(re.escape(name).replace(r"\ ", r"\s+"), re.IGNORECASE)
        for name in sorted(names, key=len, reverse=True)
        if name
    )


def _restore(text: str, kept: list[str]) -> str:
    return _PLACEHOLDER_RE.sub(lambda match: kept[int(match.group(1))], text)


def _split_top_level(text: str, separators: re.Pattern[str]) -> list[str]:
    """Split on separators that are not inside parentheses."""
    parts: list[str] = []
    depth = 0
    current: list[str] = []
    known = _separator_chars(separators)
    for char in text:
        if char in "(（":
            depth += 1
        elif char in ")）" and depth:
            depth -= 1
        if depth:
            current.append(char)
            continue
        is_separator = known.get(char)
        if is_separator is None:
            is_separator = known[char] = separators.fullmatch(char) is not None
        if is_separator:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return parts


_SEPARATOR_CHARS: dict[re.Pattern[str], dict[str, bool]] = {}


def _separator_chars(separators: re.Pattern[str]) -> dict[str, bool]:
    """Which characters ``separators`` matches, learnt as they are met."""
    return _SEPARATOR_CHARS.setdefault(separators, {})


def split_members(text: str, vocab: Vocabulary) -> list[str]:
    """The members of an enumeration, trimmed, in order.

    Separators come from the vocabulary (、，, ;). Only the last member is split on
    the final conjunction ("Egypt and Sudan", "尼加拉瓜和委内瑞拉"), and never inside
    a compound name of the vocabulary ("Bosnia and Herzegovina", "波斯尼亚和黑塞哥维那").
    Square brackets (a sub-list of a campaign's members) separate like commas.
    """
    protected, kept = _protect(text, vocab.compound_names)
    protected = protected.replace("[", ",").replace("]", ",")
    parts = [part.strip(_EDGE_CHARS) for part in _split_top_level(protected, vocab.list_separators)]
    parts = [part for part in parts if part]
    if parts and vocab.list_final_conjunction is not None:
        last = parts.pop()
        pieces = [piece.strip(_EDGE_CHARS) for piece in vocab.list_final_conjunction.split(last)]
        parts.extend(piece for piece in pieces if piece)
    return [_restore(part, kept).strip(_EDGE_CHARS) for part in parts if part]


def _is_document_row(block: Block) -> bool:
    return block.kind == "list-row"


def document_key(block: Block) -> tuple[str, str]:
    """(comparison key, shown symbol) of a document-list row.

    The key masks the year and drops a revision or corrigendum suffix (/Rev.1, /Corr.1).
    """
    for candidate in (block.label or "", block.text):
        match = _SYMBOL_RE.search(unicodedata.normalize("NFKC", candidate))
        if match:
            key = _REVISION_RE.sub("", symbol_key(match.group()))
            return key, match.group()
    text = block.text.strip()
    return member_key(text), text


def list_info(block: Block, vocab: Vocabulary) -> ListInfo | None:
    """The list this block is, or ``None`` when it is not an enumeration."""
    if _is_document_row(block):
        return ListInfo("documents", (document_key(block)[1],))
    if block.kind not in ("paragraph", "bullet", "item", "footnote", "other"):
        return None
    for pattern in vocab.list_introducers:
        if not may_match(pattern, block.text):
            continue
        match = pattern.search(block.text)
        if match is None:
            continue
        if "members" in pattern.groupindex and match.group("members"):
            body = match.group("members")
        else:
            body = block.text[match.end() :]
        members = split_members(body, vocab)
        if len(members) >= 2 or ("members" not in pattern.groupindex and members):
            return ListInfo("members", tuple(members))
    return None


def set_difference(old: Iterable[str], new: Iterable[str]) -> tuple[list[str], list[str]]:
    """(added, removed) members, each in its own document's order; order does not count."""
    old_list = list(old)
    new_list = list(new)
    old_keys = {member_key(member) for member in old_list}
    new_keys = {member_key(member) for member in new_list}
    added = [member for member in new_list if member_key(member) not in old_keys]
    removed = [member for member in old_list if member_key(member) not in new_keys]
    return _unique(added), _unique(removed)


def _unique(members: list[str]) -> list[str]:
    seen: set[str] = set()
    result: list[str] = []
    for member in members:
        key = member_key(member)
        if key not in seen:
            seen.add(key)
            result.append(member)
    return result


def _title_key(block: Block, vocab: Vocabulary | None) -> str:
    """A row's title (its text without the symbol), years and ordinals masked."""
    title = _SYMBOL_RE.sub(" ", nfkc(block.text))
    return rollover_key(title, vocab) if vocab is not None else member_key(title)


def _document_difference(
    old_rows: list[Block], new_rows: list[Block], vocab: Vocabulary | None = None
) -> tuple[list[str], list[str]]:
    """Rows added and removed, a row being the same when its title is (years masked).

    Each year's working papers are new documents whatever their number, so the title
    decides; among rows of equal title the one with the same symbol (year and
    revision masked: CCW/GGE.1/2023/WP.1/Rev.1 ~ CCW/GGE.1/2024/WP.1) is preferred.
    Rows are reported by symbol.
    """
    # Each row's title and symbol worked out once (a list of a review conference holds
    # hundreds of rows): the old rows still unclaimed, by title, in document order.
    left: dict[str, list[tuple[str, int]]] = {}
    for position, row in enumerate(old_rows):
        left.setdefault(_title_key(row, vocab), []).append((document_key(row)[0], position))
    added: list[str] = []
    claimed: set[int] = set()
    for row in new_rows:
        candidates = left.get(_title_key(row, vocab))
        if not candidates:
            added.append(document_key(row)[1])
            continue
        symbol = document_key(row)[0]
        at = next((n for n, (other, _p) in enumerate(candidates) if other == symbol), 0)
        claimed.add(candidates.pop(at)[1])
    removed = [
        document_key(row)[1] for position, row in enumerate(old_rows) if position not in claimed
    ]
    return _unique(added), _unique(removed)


def _finding(
    block: str | None,
    old: str | None,
    new: str | None,
    kind: str,
    added: list[str],
    removed: list[str],
) -> Finding:
    return Finding(
        code=LIST_CHANGE,
        block=block,
        detail={"old": old, "new": new, "kind": kind, "added": added, "removed": removed},
    )


def member_list_findings(
    pairs: Iterable[Pair], old: Document, new: Document, vocab: Vocabulary
) -> list[Finding]:
    """A finding for every paired enumeration paragraph whose set of members changed."""
    old_blocks = {block.id: block for block in old.blocks}
    new_blocks = {block.id: block for block in new.blocks}
    findings: list[Finding] = []
    for pair in pairs:
        old_block = old_blocks.get(pair.old) if pair.old else None
        new_block = new_blocks.get(pair.new) if pair.new else None
        old_info = list_info(old_block, vocab) if old_block else None
        new_info = list_info(new_block, vocab) if new_block else None
        infos = [info for info in (old_info, new_info) if info is not None]
        if not infos or any(info.kind != "members" for info in infos):
            continue
        added, removed = set_difference(
            old_info.members if old_info else (), new_info.members if new_info else ()
        )
        if added or removed:
            findings.append(
                _finding(pair.new or pair.old, pair.old, pair.new, "members", added, removed)
            )
    return findings


def document_list_findings(
    pairs: Iterable[Pair], old: Document, new: Document, vocab: Vocabulary | None = None
) -> list[Finding]:
    """One finding per document list (rows grouped by their parent) whose rows changed."""
    new_of_old = {pair.old: pair.new for pair in pairs if pair.old}
    old_groups = _row_groups(old)
    new_groups = _row_groups(new)
    matched: list[tuple[_Group | None, _Group | None]] = []
    unmatched_new = list(new_groups)
    unmatched_old: list[_Group] = []
    for group in old_groups:
        counterpart = new_of_old.get(group.parent) if group.parent else None
        partner = next((other for other in unmatched_new if other.parent == counterpart), None)
        if counterpart is not None and partner is not None:
            matched.append((group, partner))
            unmatched_new.remove(partner)
        else:
            unmatched_old.append(group)
    # One list on each side that the alignment did not connect: still the same list.
    if len(unmatched_old) == 1 and len(unmatched_new) == 1:
        matched.append((unmatched_old.pop(), unmatched_new.pop()))
    matched.extend((group, None) for group in unmatched_old)
    matched.extend((None, group) for group in unmatched_new)
    findings: list[Finding] = []
    for old_group, new_group in matched:
        old_rows = old_group.rows if old_group else []
        new_rows = new_group.rows if new_group else []
        added, removed = _document_difference(old_rows, new_rows, vocab)
        if not added and not removed:
            continue
        old_parent = old_group.parent if old_group else None
        new_parent = new_group.parent if new_group else None
        block = new_parent or old_parent or (new_rows or old_rows)[0].id
        findings.append(_finding(block, old_parent, new_parent, "documents", added, removed))
    return findings


@dataclass
class _Group:
    parent: str | None
    rows: list[Block]


def _row_groups(document: Document) -> list[_Group]:
    groups: dict[str | None, _Group] = {}
    for block in document.blocks:
        if _is_document_row(block):
            groups.setdefault(block.parent, _Group(block.parent, [])).rows.append(block)
    return list(groups.values())
