"""Word-level diff of two texts: diff-match-patch over word tokens.

Each distinct token is encoded as one private character, the way
``diff_linesToChars`` encodes lines, so diff-match-patch compares words, never
characters: a change cannot cut a word (or a Chinese word from jieba, or a number,
or a document symbol) in half. Semantic cleanup then merges small equalities into
readable runs. ``Diff_Timeout`` is 0 (no deadline) so that the same inputs always
give the same output whatever the machine speed.

fast-diff-match-patch (diff-match-patch's C++ port, the optional ``fast`` extra) runs
the diff itself when installed: with no deadline its output is exactly the Python
package's (tests/core/test_accelerators.py). ``CCWDIFF_DIFF=python`` forces the
pure-Python reference.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

from diff_match_patch import diff_match_patch

from .model import OpCode, WordOp
from .tokenize import is_word, nfkc, tokenize

_OP_CODES: dict[int, OpCode] = {0: "=", -1: "-", 1: "+"}

# Private Use Area planes give ~130k code points; past that we fall back to a
# coarser encoding (the remaining tokens share code points by their normal form).
_FIRST_CODE = 0xF0000

# CCWDIFF_DIFF=python forces the pure-Python diff-match-patch even with the C++ one installed.
DIFF_ENV = "CCWDIFF_DIFF"
_native: Callable[..., Any] | None = None
_native_known = False


def _native_diff() -> Callable[..., Any] | None:
    """fast_diff_match_patch.diff when installed and not refused, else None (looked up once)."""
    global _native, _native_known
    if not _native_known:
        _native = None
        if os.environ.get(DIFF_ENV, "").lower() != "python":
            try:
                import fast_diff_match_patch

                _native = fast_diff_match_patch.diff
            except ImportError:
                pass
        _native_known = True
    return _native


def _diff_main(old_chars: str, new_chars: str) -> list[tuple[int, str]]:
    """diff-match-patch's diff of two encoded texts, merged (``diff_cleanupMerge``)."""
    native = _native_diff()
    if native is None:
        engine = _new_engine()
        diffs: list[tuple[int, str]] = engine.diff_main(old_chars, new_chars, False)
        engine.diff_cleanupMerge(diffs)
        return diffs
    # The C++ port returns (op, length); the texts are cut from the inputs. Its
    # diff_main ends with the same merge: the result is the Python path's, merged.
    diffs = []
    old_at = new_at = 0
    for op, count in native(
        old_chars, new_chars, timelimit=0, checklines=False, cleanup="No", counts_only=True
    ):
        if op == "=":
            diffs.append((0, old_chars[old_at : old_at + count]))
            old_at += count
            new_at += count
        elif op == "-":
            diffs.append((-1, old_chars[old_at : old_at + count]))
            old_at += count
        else:
            diffs.append((1, new_chars[new_at : new_at + count]))
            new_at += count
    return diffs


def _new_engine() -> diff_match_patch:
    engine = diff_match_patch()
    engine.Diff_Timeout = 0.0  # deterministic: never stop early because the machine is slow
    engine.Diff_EditCost = 4
    return engine


# A report repeats its words, so each distinct token is looked at once. Both memos are
# bounded: a hostile input cannot grow them forever.
_keys: dict[str, str] = {}  # token -> key (tokens differing in width or spacing agree)
_weights: dict[str, int] = {}  # key -> its content characters (0: space or punctuation)


def _key(token: str) -> str:
    key = " " if token.isspace() else nfkc(token)
    if len(_keys) < 1_000_000:
        _keys[token] = key
    return key


def _encode(
    tokens: list[str], table: dict[str, str], originals: list[str], codes: dict[str, str]
) -> str:
    """One character per token: the code of its key (``table``), remembered per token.

    Codes are given in order of first occurrence, one per distinct key; ``codes``
    maps the tokens seen so far (of both texts of a pair) to theirs.
    """
    keys = _keys
    for token in dict.fromkeys(tokens):
        if token in codes:
            continue
        key = keys.get(token)
        if key is None:
            key = _key(token)
        code = table.get(key)
        if code is None:
            index = len(originals)
            code = chr(_FIRST_CODE + index) if index < 0x1FFFE else chr(_FIRST_CODE + 0x1FFFD)
            table[key] = code
            originals.append(key)
        codes[token] = code
    return "".join(map(codes.__getitem__, tokens))


def _decode(
    diffs: list[tuple[int, str]], old_tokens: list[str], new_tokens: list[str]
) -> list[WordOp]:
    """Map encoded diffs back to the faithful token text of each side."""
    ops: list[WordOp] = []
    old_at = 0
    new_at = 0
    for code, encoded in diffs:
        count = len(encoded)
        if count == 0:
            continue
        op = _OP_CODES[code]
        if op == "=":
            # Equal tokens may differ in width/whitespace; show the NEW side's text
            # would break the "ops rebuild OLD" contract, so split on a difference.
            old_piece = old_tokens[old_at : old_at + count]
            new_piece = new_tokens[new_at : new_at + count]
            old_at += count
            new_at += count
            if old_piece == new_piece:
                ops.append(WordOp("=", "".join(old_piece)))
            else:
                ops.extend(_equal_with_variants(old_piece, new_piece))
        elif op == "-":
            ops.append(WordOp("-", "".join(old_tokens[old_at : old_at + count])))
            old_at += count
        else:
            ops.append(WordOp("+", "".join(new_tokens[new_at : new_at + count])))
            new_at += count
    return ops


def _equal_with_variants(old_piece: list[str], new_piece: list[str]) -> list[WordOp]:
    """Tokens equal after normalisation but not byte-equal: keep both sides exact.

    Whitespace-only differences stay ``=`` with the old text when the new text is the
    same modulo whitespace... which would lose the new side. So a variant becomes a
    ``-``/``+`` pair; it is marked as such and the classifier treats pure width or
    whitespace variants as no change.
    """
    ops: list[WordOp] = []
    for old_token, new_token in zip(old_piece, new_piece, strict=True):
        if old_token == new_token:
            ops.append(WordOp("=", old_token))
        else:
            ops.append(WordOp("-", old_token))
            ops.append(WordOp("+", new_token))
    return ops


def merge_ops(ops: list[WordOp]) -> tuple[WordOp, ...]:
    """Drop empty ops, merge runs of the same op, and order each change as - then +."""
    merged: list[WordOp] = []
    for op in ops:
        if not op.text:
            continue
        if merged and merged[-1].op == op.op:
            merged[-1] = WordOp(op.op, merged[-1].text + op.text)
        else:
            merged.append(op)
    # Normalise "+ then -" runs between equalities to "- then +" for readability.
    result: list[WordOp] = []
    index = 0
    while index < len(merged):
        if merged[index].op == "=":
            result.append(merged[index])
            index += 1
            continue
        deleted: list[str] = []
        inserted: list[str] = []
        while index < len(merged) and merged[index].op != "=":
            (deleted if merged[index].op == "-" else inserted).append(merged[index].text)
            index += 1
        if deleted:
            result.append(WordOp("-", "".join(deleted)))
        if inserted:
            result.append(WordOp("+", "".join(inserted)))
    return tuple(result)


def _content_weight(encoded: str, originals: list[str]) -> int:
    """Number of content characters (letters/digits) behind an encoded run."""
    weight = 0
    weights = _weights
    for char in encoded:
        index = ord(char) - _FIRST_CODE
        token = originals[index] if 0 <= index < len(originals) else ""
        found = weights.get(token)
        if found is None:
            found = len(token) if is_word(token) else 0
            if len(weights) < 1_000_000:
                weights[token] = found
        weight += found
    return weight


def _cleanup_semantic_words(
    diffs: list[tuple[int, str]], originals: list[str]
) -> list[tuple[int, str]]:
    """Semantic cleanup at word level.

    diff-match-patch's own ``diff_cleanupSemantic`` weighs an equality by its length
    against the edits around it, which in a long Chinese sentence swallows kept
    phrases such as 协商一致方式 into one huge replacement. Here an equality between
    two edits is dissolved only when it carries almost no content: punctuation and
    spaces, or a single short word (的, and, of) squeezed between substantial edits.
    """
    # One scan, left to right. Dissolving an equality merges the edits around it, which
    # changes the neighbours of the equality before them and of the one after, and of
    # no other: the scan goes on from the one before (an equality further back keeps
    # its neighbours, so its answer). The first dissolution merges the whole list and
    # restarts from the beginning, as a scan restarted after every change would: the
    # same dissolutions in the same order, without re-weighing the kept equalities.
    index = 1
    merged = False
    while index < len(diffs) - 1:
        code, encoded = diffs[index]
        if code != 0:
            index += 1
            continue
        before, after = diffs[index - 1], diffs[index + 1]
        if before[0] == 0 or after[0] == 0:
            index += 1
            continue
        weight = _content_weight(encoded, originals)
        flank = min(_content_weight(before[1], originals), _content_weight(after[1], originals))
        if weight == 0 or (weight <= 2 and flank >= 2 * weight + 2):
            # Turn the equality into a deletion plus an insertion, then re-merge.
            diffs[index : index + 1] = [(-1, encoded), (1, encoded)]
            _merge_edit_runs(diffs)
            # Merged, the run [equality, edits, this one, edits] starts where the
            # equality before this one stood: at most three places back.
            index = max(1, index - 3) if merged else 1
            merged = True
            continue
        index += 1
    return diffs


def _merge_edit_runs(diffs: list[tuple[int, str]]) -> None:
    """Collapse adjacent edits between equalities into one deletion and one insertion."""
    result: list[tuple[int, str]] = []
    deleted = inserted = ""
    for code, encoded in diffs:
        if code == 0:
            if deleted:
                result.append((-1, deleted))
            if inserted:
                result.append((1, inserted))
            deleted = inserted = ""
            if result and result[-1][0] == 0:
                result[-1] = (0, result[-1][1] + encoded)
            else:
                result.append((0, encoded))
        elif code == -1:
            deleted += encoded
        else:
            inserted += encoded
    if deleted:
        result.append((-1, deleted))
    if inserted:
        result.append((1, inserted))
    diffs[:] = result


def diff_tokens(old_tokens: list[str], new_tokens: list[str]) -> tuple[WordOp, ...]:
    """Word diff of two token lists (each concatenating to its text)."""
    if old_tokens == new_tokens:
        text = "".join(old_tokens)
        return (WordOp("=", text),) if text else ()
    table: dict[str, str] = {}
    originals: list[str] = []
    codes: dict[str, str] = {}
    old_chars = _encode(old_tokens, table, originals, codes)
    new_chars = _encode(new_tokens, table, originals, codes)
    diffs = _cleanup_semantic_words(_diff_main(old_chars, new_chars), originals)
    return merge_ops(_decode(diffs, old_tokens, new_tokens))


def diff_words(old_text: str, new_text: str) -> tuple[WordOp, ...]:
    """Word diff of two texts; ``=``/``-`` ops rebuild ``old_text``, ``=``/``+`` ``new_text``."""
    return diff_tokens(tokenize(old_text), tokenize(new_text))


def old_text_of(ops: tuple[WordOp, ...] | list[WordOp]) -> str:
    """The OLD side rebuilt from ops."""
    return "".join(op.text for op in ops if op.op != "+")


def new_text_of(ops: tuple[WordOp, ...] | list[WordOp]) -> str:
    """The NEW side rebuilt from ops."""
    return "".join(op.text for op in ops if op.op != "-")
