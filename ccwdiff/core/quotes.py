"""Quotation check: does NEW quote the OLD report's decision word for word?

A report often recalls last year's decision: "缔约国 2022 年会议在会议最后报告
(CCW/MSP/2022/7)第 32 段中决定：" followed by the quoted bullets, or "…还决定继续监测
…的财务状况(CCW/MSP/2022/7, 第 35 段)", or "“That the work …” (CCW/MSP/2023/7,
paragraph 20)". When the cited symbol is the OLD document's own symbol, the cited
paragraph is found in OLD (by its label, with its bullets) and compared word for word
with the quotation; quote marks, spacing, width and punctuation do not count, an
ellipsis ("(…)") may skip text, and the quotation may be an excerpt of the paragraph.

Two forms are told apart, reported in the finding's ``form``: ``quoted`` (a citation
ending in a colon, the quotation in the bullets below, or text in quote marks) is
checked and gives ``quote-match`` or ``quote-mismatch``; ``reported`` (no quote marks:
"…还决定继续监测…(CCW/MSP/2022/7, 第 35 段)") is a paraphrase, not a quotation, so it
is never compared word for word: it gives a ``citation`` finding with the cited
paragraph resolved (``old``), or ``quote-unresolved`` when OLD has no such paragraph.
"""

from __future__ import annotations

import re
import unicodedata

from .model import Block, Document, Finding
from .rollover import fold
from .tokenize import words
from .vocabulary import Vocabulary
from .worddiff import diff_words

QUOTE_MATCH = "quote-match"
QUOTE_MISMATCH = "quote-mismatch"
QUOTE_UNRESOLVED = "quote-unresolved"
# A paragraph of OLD cited in paraphrase: worth showing, never a (mis)match.
CITATION = "citation"

_COLON_END = re.compile(r"[:：]\s*[“\"「『‘']?\s*$")
_OPENING = "“「『«„"
_CLOSING = "”」』»"
_MIN_OVERLAP = 0.5
# A quotation shorter than this (in words) may be a title rather than a text.
_TITLE_WORDS = 12


def _label_number(label: str | None) -> str | None:
    if not label:
        return None
    text = unicodedata.normalize("NFKC", label).strip().rstrip(".)）").lstrip("(（")
    return text or None


def _children(document: Document) -> dict[str, list[Block]]:
    children: dict[str, list[Block]] = {}
    for block in document.blocks:
        if block.parent is not None:
            children.setdefault(block.parent, []).append(block)
    return children


def _descendants(block: Block, children: dict[str, list[Block]]) -> list[Block]:
    result: list[Block] = []
    stack = list(reversed(children.get(block.id, [])))
    seen = {block.id}
    while stack:
        current = stack.pop()
        if current.id in seen:
            continue
        seen.add(current.id)
        result.append(current)
        stack.extend(reversed(children.get(current.id, [])))
    return result


def _joiner(document: Document) -> str:
    return "" if document.language.startswith(("zh", "ja")) else " "


def _full_text(block: Block, document: Document, children: dict[str, list[Block]]) -> str:
    parts = [block.text] + [child.text for child in _descendants(block, children)]
    return _joiner(document).join(part.strip() for part in parts if part.strip())


def _in_annex(block: Block, index: dict[str, Block]) -> bool:
    current = block
    seen: set[str] = set()
    while current.parent is not None and current.parent in index and current.id not in seen:
        seen.add(current.id)
        current = index[current.parent]
        if current.kind == "annex":
            return True
    return current.kind == "annex"


def find_paragraph(document: Document, number: str) -> Block | None:
    """The paragraph labelled ``number`` ("32"), preferring the body over the annexes."""
    index = {block.id: block for block in document.blocks}
    candidates = [
        block
        for block in document.blocks
        if block.kind == "paragraph" and _label_number(block.label) == number
    ]
    body = [block for block in candidates if not _in_annex(block, index)]
    chosen = body or candidates
    return chosen[0] if chosen else None


def _strip_marks(text: str, vocab: Vocabulary) -> str:
    return "".join(" " if char in vocab.quote_marks else char for char in text)


def _segments(text: str, vocab: Vocabulary) -> list[list[str]]:
    """Word lists of the quotation, split where an ellipsis skips text."""
    pieces = vocab.ellipsis.split(text) if vocab.ellipsis is not None else [text]
    return [tokens for tokens in (words(_strip_marks(piece, vocab)) for piece in pieces) if tokens]


def _find_run(haystack: list[str], needle: list[str], start: int) -> int:
    """Index of ``needle`` as a contiguous run in ``haystack`` from ``start``, else -1."""
    size = len(needle)
    for at in range(start, len(haystack) - size + 1):
        if haystack[at : at + size] == needle:
            return at
    return -1


def quotation_matches(quote: str, source: str, vocab: Vocabulary) -> bool:
    """True when every part of ``quote`` appears, in order and word for word, in ``source``."""
    haystack = words(_strip_marks(source, vocab))
    segments = _segments(quote, vocab)
    if not segments:
        return False
    at = 0
    for needle in segments:
        found = _find_run(haystack, needle, at)
        if found < 0:
            return False
        at = found + len(needle)
    return True


def _mismatch_ops(quote: str, source: str, vocab: Vocabulary) -> list[list[str]]:
    """Word diff source → quotation, without the source text outside the quoted part."""
    # Only the outer quote marks go: an apostrophe inside (Chair’s) is shown as written.
    clean_quote = " ".join(quote.strip(vocab.quote_marks + " ").split())
    clean_source = " ".join(source.split())
    ops = list(diff_words(clean_source, clean_quote))
    while ops and ops[0].op == "-":
        ops.pop(0)
    while ops and ops[-1].op == "-":
        ops.pop()
    return [[op.op, op.text] for op in ops]


def _quoted_span(text: str, before: int) -> str | None:
    """Text in quote marks ending before offset ``before`` (outermost pair)."""
    closing = max(text.rfind(mark, 0, before) for mark in _CLOSING)
    if closing < 0:
        return None
    opening = min(
        (
            position
            for position in (text.find(mark, 0, closing) for mark in _OPENING)
            if position >= 0
        ),
        default=-1,
    )
    if opening < 0:
        return None
    return text[opening + 1 : closing]


def _reported_part(text: str, before: int, vocab: Vocabulary) -> str:
    """The words after the last decision verb before the citation ("决定继续监测…")."""
    head = text[:before]
    start = 0
    if vocab.decision_verbs is not None:
        for match in vocab.decision_verbs.finditer(head):
            start = match.end()
    return head[start:].strip(" ,，:：(（")


def _best_source(quote: str, document: Document, vocab: Vocabulary) -> Block | None:
    """Without a paragraph number: the OLD paragraph holding most of the quotation."""
    quote_words = set(words(_strip_marks(quote, vocab)))
    if not quote_words:
        return None
    children = _children(document)
    best: tuple[float, Block] | None = None
    for block in document.blocks:
        if block.kind != "paragraph":
            continue
        overlap = len(quote_words & set(words(_full_text(block, document, children))))
        share = overlap / len(quote_words)
        if share >= _MIN_OVERLAP and (best is None or share > best[0]):
            best = (share, block)
    return best[1] if best else None


def _looks_like_a_title(quote: str, source: str, vocab: Vocabulary) -> bool:
    """A few quoted words mostly absent from the paragraph: a title, not a quotation.

    ("…as set out in the “Chair’s summary, First 2025 session” (CCW/…, paragraph 29)").
    """
    quote_words = words(_strip_marks(quote, vocab))
    if len(quote_words) >= _TITLE_WORDS:
        return False
    source_words = set(words(_strip_marks(source, vocab)))
    shared = sum(1 for word in quote_words if word in source_words)
    return shared < _MIN_OVERLAP * len(quote_words)


def check_quotations(old: Document, new: Document, vocab: Vocabulary) -> tuple[Finding, ...]:
    """Findings for every NEW block that cites a paragraph of the OLD document."""
    if not old.symbol:
        return ()
    own_symbol = fold(old.symbol)
    new_children = _children(new)
    old_children = _children(old)
    findings: list[Finding] = []
    for block in new.blocks:
        if block.kind not in ("paragraph", "bullet", "item", "footnote", "other"):
            continue
        for pattern in vocab.citations:
            for match in pattern.finditer(block.text):
                symbol = match.group("symbol")
                if fold(symbol) != own_symbol:
                    continue
                number = match.groupdict().get("paragraph")
                finding = _check_one(
                    block, match, symbol, number, old, new, vocab, new_children, old_children
                )
                if finding is not None and finding not in findings:
                    findings.append(finding)
    return tuple(findings)


def _check_one(
    block: Block,
    match: re.Match[str],
    symbol: str,
    number: str | None,
    old: Document,
    new: Document,
    vocab: Vocabulary,
    new_children: dict[str, list[Block]],
    old_children: dict[str, list[Block]],
) -> Finding | None:
    text = block.text
    quoted_inline = _quoted_span(text, match.start())
    if _COLON_END.search(text[match.end() :]) and new_children.get(block.id):
        # The quotation is in the bullets below the citation ("…第 32 段中决定：").
        quote = _joiner(new).join(child.text for child in _descendants(block, new_children))
        form = "quoted"
    elif quoted_inline is not None:
        quote, form = quoted_inline, "quoted"
    else:
        quote, form = _reported_part(text, match.start(), vocab), "reported"
    if not words(quote):
        return None
    source = find_paragraph(old, number) if number else _best_source(quote, old, vocab)
    detail: dict[str, object] = {
        "cites": symbol,
        "paragraph": number,
        "old": source.id if source else None,
        "form": form,
    }
    if source is None:
        return Finding(code=QUOTE_UNRESOLVED, block=block.id, detail=detail)
    if number is None:
        detail["paragraph"] = _label_number(source.label)
    if form == "reported":
        return Finding(code=CITATION, block=block.id, detail=detail)
    source_text = _full_text(source, old, old_children)
    if quotation_matches(quote, source_text, vocab):
        return Finding(code=QUOTE_MATCH, block=block.id, detail=detail)
    if _looks_like_a_title(quote, source_text, vocab):
        return None
    detail["ops"] = _mismatch_ops(quote, source_text, vocab)
    return Finding(code=QUOTE_MISMATCH, block=block.id, detail=detail)
