"""Turn clean paragraphs into blocks with a kind, a label, a parent and a section path.

Reports are nested: sections (一. / I.), sub-sections (A.), numbered paragraphs,
and inside a paragraph bullets or lettered items, themselves holding roman items.
Annexes (附件一 / Annex I) hold agenda lines and document-list rows. The parser
keeps the enclosing section and annex, the current numbered paragraph, and a stack
of list levels keyed by label style, so that "(b)" after "(a)" is a sibling and
"(i)" after "(e)" a child (but "(i)" after "(h)" is the ninth letter).

The report's own paragraph numbers run 1, 2, 3... through the document; a "1."
that breaks that run (elements quoted from a rolling text, agenda items) is an item
of the paragraph or lead-in before it, not a report paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .clean import Paragraph, finished
from .labels import (
    AGENDA_SUB,
    ANNEX,
    BULLET,
    CJK_HEADING,
    CJK_PAREN,
    LETTER,
    NUMBER,
    PAREN_LETTER,
    PAREN_ROMAN,
    ROMAN_HEADING,
    SYMBOL,
    Label,
    letter_value,
    parse_label,
)
from .model import Block, BlockKind

_FOOTNOTE_LABEL_RE = re.compile(r"^(\d{1,3}|\*{1,3}|[\ue000-\uf8ff])\s*")
_TEXT = "text"  # list-stack style of an unlabelled paragraph inside a paragraph


@dataclass
class _Entry:
    style: str
    block_id: str
    indent: float
    value: int | None


@dataclass
class _State:
    blocks: list[Block] = field(default_factory=list)
    annex: Block | None = None
    section: Block | None = None
    subsection: Block | None = None
    paragraph: Block | None = None  # current numbered report paragraph
    stack: list[_Entry] = field(default_factory=list)
    main_number: int = 0
    main_indent: float = 0.0
    levels: dict[str, int] = field(default_factory=dict)  # block id -> depth

    def path(self) -> tuple[str, ...]:
        return tuple(b.label for b in (self.annex, self.section, self.subsection) if b and b.label)

    def container(self) -> Block | None:
        """The innermost section-like block: sub-section, section or annex."""
        return self.subsection or self.section or self.annex

    def depth(self, parent: str | None) -> int:
        return 0 if parent is None else self.levels[parent] + 1


def _is_heading_text(text: str) -> bool:
    return 0 < len(text) <= 150 and not (finished(text) and not text.endswith((":", "：")))


def _resolve_ambiguous(label: Label, stack: list[_Entry]) -> Label:
    """(i), (v), (x) are letters when they follow (h), (u), (w)."""
    if label.style != PAREN_ROMAN or not label.text.startswith(("(", "（")):
        return label
    letters = label.text.strip("()（）")
    if len(letters) != 1:
        return label
    for entry in reversed(stack):
        if entry.style == PAREN_LETTER and entry.value == letter_value(letters) - 1:
            return Label(label.text, PAREN_LETTER, letter_value(letters), label.rest)
    return label


def parse(paragraphs: tuple[Paragraph, ...]) -> tuple[tuple[Block, ...], tuple[str, ...]]:
    """Blocks in reading order, and warning codes."""
    state = _State()
    labelled = 0
    for paragraph in paragraphs:
        if paragraph.role == "footnote":
            _add_footnote(state, paragraph)
            continue
        if paragraph.role == "title":
            kind: BlockKind = "title"
            if len(paragraph.text) > 150 and finished(paragraph.text):
                kind = "paragraph"
            _add(state, kind, None, None, paragraph.text, paragraph)
            continue
        label = parse_label(paragraph.text, state.main_number + 1)
        if label is not None:
            labelled += 1
            label = _resolve_ambiguous(label, state.stack)
        _dispatch(state, paragraph, label)
    warnings: tuple[str, ...] = ()
    if labelled == 0 and not any(b.kind in ("heading", "annex") for b in state.blocks):
        warnings = ("no-structure",)
    return tuple(state.blocks), warnings


def _add(
    state: _State,
    kind: BlockKind,
    label: str | None,
    parent: str | None,
    text: str,
    paragraph: Paragraph,
) -> Block:
    block = Block(
        id=f"b{len(state.blocks) + 1}",
        kind=kind,
        label=label,
        parent=parent,
        text=text,
        page=paragraph.page,
        level=state.depth(parent),
        path=state.path(),
    )
    state.blocks.append(block)
    state.levels[block.id] = block.level
    return block


def _add_footnote(state: _State, paragraph: Paragraph) -> None:
    match = _FOOTNOTE_LABEL_RE.match(paragraph.text)
    label = match.group(1) if match else None
    text = paragraph.text[match.end() :] if match else paragraph.text
    if match and not text:
        label, text = None, paragraph.text
    _add(state, "footnote", label, None, text, paragraph)


def _dispatch(state: _State, paragraph: Paragraph, label: Label | None) -> None:
    text = paragraph.text
    if label is not None and label.style == ANNEX and len(label.rest) <= 150:
        state.annex = state.section = state.subsection = state.paragraph = None
        state.stack = []
        state.annex = _add(state, "annex", label.text, None, label.rest, paragraph)
        return
    if (
        label is not None
        and label.style in (CJK_HEADING, ROMAN_HEADING)
        and _is_heading_text(label.rest)
    ):
        state.section = state.subsection = state.paragraph = None
        state.stack = []
        parent = state.annex.id if state.annex else None
        state.section = _add(state, "heading", label.text, parent, label.rest, paragraph)
        return
    if (
        label is not None
        and label.style == LETTER
        and _is_heading_text(label.rest)
        and len(label.rest) <= 80
        and not label.rest.endswith((":", "："))
        and (state.section is not None or state.annex is None)
        and not any(entry.style == LETTER for entry in state.stack)
    ):
        state.subsection = state.paragraph = None
        state.stack = []
        enclosing = state.section or state.annex
        parent = enclosing.id if enclosing else None
        state.subsection = _add(state, "heading", label.text, parent, label.rest, paragraph)
        return
    if label is not None and label.style in (NUMBER, AGENDA_SUB, SYMBOL) and state.annex:
        if label.style == SYMBOL or not state.stack or state.stack[0].style in (NUMBER, SYMBOL):
            _list_row(state, paragraph, label)
            return
    if label is not None and label.style == SYMBOL and len(label.rest) <= 300:
        _list_row(state, paragraph, label)
        return
    if label is not None and label.style == NUMBER and _is_main_number(state, label, paragraph):
        container = state.container()
        block = _add(
            state,
            "paragraph",
            label.text,
            container.id if container else None,
            label.rest,
            paragraph,
        )
        state.paragraph = block
        state.main_number = label.value or state.main_number
        state.main_indent = paragraph.indent
        state.stack = []
        return
    if label is None:
        _unlabelled(state, paragraph, text)
        return
    _list_item(state, paragraph, label)


def _is_main_number(state: _State, label: Label, paragraph: Paragraph) -> bool:
    value = label.value or 0
    if not (state.main_number < value <= state.main_number + 3):
        return False
    sub = next((e for e in reversed(state.stack) if e.style == NUMBER), None)
    if sub is not None and sub.value is not None and sub.value + 1 == value:
        # Both the next report paragraph and the next quoted element: trust indentation.
        return abs(paragraph.indent - state.main_indent) < abs(paragraph.indent - sub.indent)
    return True


def _list_row(state: _State, paragraph: Paragraph, label: Label) -> None:
    parent = state.container()
    block = _add(
        state, "list-row", label.text, parent.id if parent else None, label.rest, paragraph
    )
    state.stack = [_Entry(label.style, block.id, paragraph.indent, label.value)]


def _unlabelled(state: _State, paragraph: Paragraph, text: str) -> None:
    container = state.container()
    if state.annex is not None and not finished(text) and len(text) <= 80:
        # Sub-headings of an annex: "临时议程", "List of documents", "Symbol  Title".
        state.stack = []
        _add(state, "heading", None, container.id if container else None, text, paragraph)
        return
    # Inside a list, a more indented unlabelled paragraph continues the last item.
    while (
        state.stack
        and state.stack[-1].style != _TEXT
        and (paragraph.indent < state.stack[-1].indent - 1)
    ):
        state.stack.pop()
    if state.stack and state.stack[-1].style == _TEXT:
        state.stack.pop()
    if state.stack:
        parent_id: str | None = state.stack[-1].block_id
    elif state.paragraph is not None:
        parent_id = state.paragraph.id
    else:
        parent_id = container.id if container else None
    block = _add(state, "paragraph", None, parent_id, text, paragraph)
    state.stack.append(_Entry(_TEXT, block.id, paragraph.indent, None))


def _list_item(state: _State, paragraph: Paragraph, label: Label) -> None:
    style = label.style
    sibling_at = None
    new_page = bool(state.blocks) and state.blocks[-1].page != paragraph.page
    if new_page and style == BULLET and state.stack and state.stack[-1].style == BULLET:
        # Indents are not comparable across pages (odd and even pages are shifted):
        # a bullet opening a page continues the list the previous page ended with.
        sibling_at = len(state.stack) - 1
    for position in range(len(state.stack) - 1, -1, -1):
        if sibling_at is not None:
            break
        entry = state.stack[position]
        if entry.style != style:
            continue
        if style == BULLET and paragraph.indent > entry.indent + 3:
            break  # a deeper bullet: child of the bullet above
        if style == BULLET and paragraph.indent < entry.indent - 3:
            continue  # a shallower bullet: sibling of an outer one
        sibling_at = position
        break
    if sibling_at is not None:
        del state.stack[sibling_at:]
    if state.stack:
        parent_id: str | None = state.stack[-1].block_id
    elif state.paragraph is not None:
        parent_id = state.paragraph.id
    else:
        container = state.container()
        parent_id = container.id if container else None
    kind: BlockKind = "bullet" if style == BULLET else "item"
    if style in (LETTER, CJK_PAREN, PAREN_LETTER, PAREN_ROMAN, AGENDA_SUB, NUMBER):
        kind = "item"
    block = _add(state, kind, label.text, parent_id, label.rest, paragraph)
    state.stack.append(_Entry(style, block.id, paragraph.indent, label.value))
