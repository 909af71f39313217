"""Word (DOCX) reports: body paragraphs and table rows in reading order.

The body XML is walked directly (``w:p``, ``w:tbl``, content controls), so the
order is the document's and page headers, footers and comments, which live in
other parts of the package, never enter the text. Each paragraph becomes one
:class:`SourceLine` (``RawDocument.paragraph_lines`` is True); empty paragraphs
are skipped.

Footnotes are read from their part (``footnotes.xml``) and shown as Word shows
them: the reference mark as its number, glued to the text before it ("agenda1,",
as a PDF's text layer gives it), and each footnote as a line of its own, "1 text",
marked :attr:`SourceLine.footnote`, after the paragraph (or table row) that first
refers to it. Numbers count the references in document order; a custom mark
(``w:customMarkFollows``, "*") is the footnote's own first characters. Endnotes
are left out. Deleted tracked changes, hidden text and field codes are
left out, as Word shows them; inserted tracked changes and field results are kept.

Table rows: one line per row, the text of its non-empty cells joined by
:data:`CELL_SEPARATOR`, two spaces. That is tab-free, never occurs inside a
cleaned cell (cells' own whitespace runs are kept as typed, but a document-list
row "CCW/MSP/2023/1  临时议程" reads like the column gap of a ``pdftotext
-layout`` dump), so the structure parser can split symbol and title the same way
for every format.

Automatic numbering is rebuilt as Word displays it: the paragraph's ``numPr`` (or
its style's, following ``basedOn``) selects a list and level in ``numbering.xml``;
counters are kept per abstract list (different ``w:num`` of one abstract list
continue each other, as in Word, unless the ``w:num`` overrides the start value),
a level restarts when a higher level is used (``w:lvlRestart`` respected), and
the level text ("%1.", "(%1)", "%1.%2") is filled with each level's format. The
label and one space (none when ``w:suff`` is "nothing") precede the text.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from ccwdiff.core.errors import LimitExceeded, LoaderError
from ccwdiff.core.loaders.limits import Limits, over_limit
from ccwdiff.core.loaders.numbering import SYMBOL_FONT_GLYPHS, format_number
from ccwdiff.core.loaders.symbolfont import symbol_font_to_ascii
from ccwdiff.core.model import RawDocument, SourceLine

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
CELL_SEPARATOR = "  "
# Stands for a w:br while a paragraph's text is collected (never in extracted text).
_LINE_BREAK = "\n"

# Elements whose content Word does not show as text of the paragraph itself.
_SKIPPED = {
    f"{W}pPr",
    f"{W}rPr",
    f"{W}del",
    f"{W}instrText",
    f"{W}delInstrText",
    f"{W}txbxContent",
    f"{MC}Fallback",
    f"{W}endnoteReference",
    f"{W}commentReference",
}


def _attr(element: Any, name: str) -> str | None:
    if element is None:
        return None
    value: str | None = element.get(f"{W}{name}")
    return value


def _child_val(element: Any, tag: str) -> str | None:
    if element is None:
        return None
    return _attr(element.find(f"{W}{tag}"), "val")


@dataclass
class _Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    restart: int | None = None
    legal: bool = False
    suffix: str = " "
    style: str | None = None


@dataclass
class _Numbering:
    """numbering.xml and the numbering of styles, plus the running counters."""

    levels: dict[str, dict[int, _Level]] = field(default_factory=dict)
    nums: dict[str, tuple[str, dict[int, int]]] = field(default_factory=dict)
    style_numpr: dict[str, tuple[str | None, int | None]] = field(default_factory=dict)
    counters: dict[str, dict[int, int]] = field(default_factory=dict)
    used_nums: set[str] = field(default_factory=set)

    @classmethod
    def read(cls, numbering_xml: Any, styles_xml: Any) -> _Numbering:
        numbering = cls()
        links: dict[str, str] = {}
        style_links: dict[str, str] = {}
        if numbering_xml is not None:
            for abstract in numbering_xml.iterfind(f"{W}abstractNum"):
                abstract_id = _attr(abstract, "abstractNumId") or ""
                levels: dict[int, _Level] = {}
                for lvl in abstract.iterfind(f"{W}lvl"):
                    levels[int(_attr(lvl, "ilvl") or 0)] = _read_level(lvl)
                numbering.levels[abstract_id] = levels
                if (link := _child_val(abstract, "numStyleLink")) is not None:
                    links[abstract_id] = link
                if (link := _child_val(abstract, "styleLink")) is not None:
                    style_links[link] = abstract_id
            for num in numbering_xml.iterfind(f"{W}num"):
                abstract_id = _child_val(num, "abstractNumId") or ""
                overrides: dict[int, int] = {}
                for override in num.iterfind(f"{W}lvlOverride"):
                    start = _child_val(override, "startOverride")
                    if start is not None and start.lstrip("-").isdigit():
                        overrides[int(_attr(override, "ilvl") or 0)] = int(start)
                numbering.nums[_attr(num, "numId") or ""] = (abstract_id, overrides)
        # A list defined through a numbering style uses that style's abstract list.
        for abstract_id, style_name in links.items():
            if style_name in style_links:
                numbering.levels[abstract_id] = numbering.levels[style_links[style_name]]
        if styles_xml is not None:
            numbering._read_styles(styles_xml)
        return numbering

    def _read_styles(self, styles_xml: Any) -> None:
        own: dict[str, tuple[str | None, int | None]] = {}
        based_on: dict[str, str] = {}
        for style in styles_xml.iterfind(f"{W}style"):
            style_id = _attr(style, "styleId") or ""
            numpr = style.find(f"{W}pPr/{W}numPr")
            if numpr is not None:
                ilvl = _child_val(numpr, "ilvl")
                own[style_id] = (_child_val(numpr, "numId"), int(ilvl) if ilvl else None)
            if (parent := _child_val(style, "basedOn")) is not None:
                based_on[style_id] = parent
        for style_id in {*own, *based_on}:
            seen: set[str] = set()
            current: str | None = style_id
            while current is not None and current not in seen:
                if current in own:
                    self.style_numpr[style_id] = own[current]
                    break
                seen.add(current)
                current = based_on.get(current)

    def label(self, paragraph: Any) -> tuple[str, str]:
        """Return ``(label, separator)`` for a paragraph; ``("", "")`` if unnumbered."""
        ppr = paragraph.find(f"{W}pPr")
        style_id = _child_val(ppr, "pStyle")
        numpr = ppr.find(f"{W}numPr") if ppr is not None else None
        num_id = _child_val(numpr, "numId")
        ilvl_text = _child_val(numpr, "ilvl")
        ilvl = int(ilvl_text) if ilvl_text and ilvl_text.isdigit() else None
        if num_id is None and style_id in self.style_numpr:
            num_id, style_ilvl = self.style_numpr[style_id]
            ilvl = ilvl if ilvl is not None else style_ilvl
        if num_id is None or num_id == "0" or num_id not in self.nums:
            return "", ""
        abstract_id, overrides = self.nums[num_id]
        levels = self.levels.get(abstract_id, {})
        if ilvl is None:  # a style's list: the level that names the style, else 0
            ilvl = next((i for i, lvl in levels.items() if lvl.style == style_id), 0)
        level = levels.get(ilvl, _Level())
        counters = self.counters.setdefault(abstract_id, {})
        if num_id not in self.used_nums:
            self.used_nums.add(num_id)
            for overridden in overrides:
                counters.pop(overridden, None)  # restart at the override below
        if ilvl in counters:
            counters[ilvl] += 1
        else:
            counters[ilvl] = overrides.get(ilvl, level.start)
        for deeper in [i for i in counters if i > ilvl]:
            restart = levels.get(deeper, _Level()).restart
            if restart is None or (restart != 0 and ilvl < restart):
                del counters[deeper]
        text = level.text
        for index in range(9):
            placeholder = f"%{index + 1}"
            if placeholder not in text:
                continue
            shown = levels.get(index, _Level())
            value = counters.get(index, overrides.get(index, shown.start))
            fmt = "decimal" if level.legal and index != ilvl else shown.fmt
            text = text.replace(placeholder, format_number(value, fmt))
        if level.fmt == "bullet":
            text = "".join(SYMBOL_FONT_GLYPHS.get(char, char) for char in text)
            if any("\ue000" <= char <= "\uf8ff" for char in text):
                text = "•"  # another symbol-font glyph: show a plain bullet
        if level.fmt == "none" and not text.strip():
            return "", ""
        return text, level.suffix if text else ""


def _read_level(lvl: Any) -> _Level:
    level = _Level()
    start = _child_val(lvl, "start")
    if start is not None and start.lstrip("-").isdigit():
        level.start = int(start)
    level.fmt = _child_val(lvl, "numFmt") or "decimal"
    text = _child_val(lvl, "lvlText")
    level.text = text if text is not None else ""
    restart = _child_val(lvl, "lvlRestart")
    level.restart = int(restart) if restart is not None and restart.isdigit() else None
    legal = lvl.find(f"{W}isLgl")
    level.legal = legal is not None and _attr(legal, "val") not in ("0", "false")
    level.suffix = "" if _child_val(lvl, "suff") == "nothing" else " "
    level.style = _child_val(lvl, "pStyle")
    return level


def _run_hidden(run: Any) -> bool:
    vanish = run.find(f"{W}rPr/{W}vanish")
    return vanish is not None and _attr(vanish, "val") not in ("0", "false")


def _sym_char(value: str | None) -> str:
    """The character of a ``w:sym`` (Symbol-font "F02A" is "*", "F0B7" is "•")."""
    try:
        code = int(value or "", 16)
    except ValueError:
        return ""
    if code < 0x100:
        code += 0xF000  # "002A" and "F02A" name the same Symbol-font glyph
    char = chr(code)
    if char in SYMBOL_FONT_GLYPHS:
        return SYMBOL_FONT_GLYPHS[char]
    return chr(code - 0xF000) if 0xF020 <= code <= 0xF0FF else char


class _Footnotes:
    """The footnotes of the package, numbered as their references are met."""

    def __init__(self, texts: dict[str, str]) -> None:
        self.texts = texts  # footnote id -> text (a custom mark's footnote starts with it)
        self.numbers: dict[str, int] = {}
        self.custom: set[str] = set()
        self.pending: list[str] = []  # referred to, not yet given as a line

    @classmethod
    def read(cls, part: Any) -> _Footnotes:
        """The footnotes of the document part ``part`` (none when it has no footnote part)."""
        from docx.opc.constants import RELATIONSHIP_TYPE
        from lxml import etree

        texts: dict[str, str] = {}
        for relationship in part.rels.values():
            if relationship.reltype != RELATIONSHIP_TYPE.FOOTNOTES or relationship.is_external:
                continue
            target = relationship.target_part
            element = getattr(target, "element", None)
            if element is None:
                element = etree.fromstring(target.blob)
            for note in element.iterfind(f"{W}footnote"):
                if _attr(note, "type") not in (None, "normal"):
                    continue  # the separator lines above the footnotes
                paragraphs = [_join_lines(_paragraph_lines(p)[0]) for p in note.iter(f"{W}p")]
                text = " ".join(paragraph for paragraph in paragraphs if paragraph.strip())
                texts[_attr(note, "id") or ""] = text.strip()
        return cls(texts)

    def mark(self, reference: Any) -> str:
        """The text Word shows for a ``w:footnoteReference``: its number, or nothing."""
        note = _attr(reference, "id") or ""
        if note not in self.texts:
            return ""
        if note not in self.numbers and note not in self.custom:
            self.pending.append(note)
            if _attr(reference, "customMarkFollows") in ("1", "true", "on"):
                self.custom.add(note)  # the mark is the run after it, typed as text
            else:
                self.numbers[note] = len(self.numbers) + 1
        return str(self.numbers[note]) if note in self.numbers else ""

    def lines(self) -> list[str]:
        """The footnotes referred to since the last call, as lines: "4 text"."""
        result = []
        for note in self.pending:
            text = self.texts[note]
            if text:
                result.append(f"{self.numbers[note]} {text}" if note in self.numbers else text)
        self.pending.clear()
        return result


def _paragraph_text(
    element: Any, parts: list[str], boxes: list[Any], notes: _Footnotes | None = None
) -> None:
    """Append the visible text under ``element``; collect text boxes for later."""
    for child in element:
        tag = child.tag
        if tag == f"{W}t":
            parts.append(child.text or "")
        elif tag in (f"{W}tab", f"{W}ptab"):
            parts.append(" ")
        elif tag in (f"{W}br", f"{W}cr"):
            if _attr(child, "type") not in ("page", "column"):
                parts.append(_LINE_BREAK)  # joined by _join_lines: no space between hanzi
        elif tag == f"{W}noBreakHyphen":
            parts.append("-")
        elif tag == f"{W}sym":
            parts.append(_sym_char(_attr(child, "char")))
        elif tag == f"{W}txbxContent":
            boxes.append(child)
        elif tag == f"{W}footnoteReference":
            if notes is not None:
                parts.append(notes.mark(child))
        elif tag in _SKIPPED or not isinstance(tag, str):
            continue  # comments and processing instructions have non-string tags
        elif tag == f"{W}r" and _run_hidden(child):
            continue
        else:
            _paragraph_text(child, parts, boxes, notes)


def _cjk(char: str) -> bool:
    return (
        "\u3000" <= char <= "\u303f"  # CJK punctuation: 《》、。
        or "\u3400" <= char <= "\u9fff"
        or "\uf900" <= char <= "\ufaff"
        or "\uff00" <= char <= "\uffef"  # full-width forms: （），：
    )


def _join_lines(lines: list[str]) -> str:
    """Lines of one paragraph or cell: a space between them, none between two hanzi."""
    result = ""
    for line in (line.strip() for line in lines):
        if not line:
            continue
        if result and not (_cjk(result[-1]) and _cjk(line[0])):
            result += " "
        result += line
    return result


def _paragraph_lines(element: Any, notes: _Footnotes | None = None) -> tuple[list[str], list[Any]]:
    """The visual lines of a paragraph (split at w:br) and its text boxes."""
    parts: list[str] = []
    boxes: list[Any] = []
    _paragraph_text(element, parts, boxes, notes)
    return symbol_font_to_ascii("".join(parts)).split(_LINE_BREAK), boxes


def _cell_units(cell: Any, notes: _Footnotes | None = None) -> list[str]:
    """A title-table cell as the units a printed title block shows.

    Each paragraph and each line after a w:br is a unit, except that a line inside an
    unclosed 《…》 or (…) goes on with the next one ("《…伤害力" + "或滥杀滥伤…》").
    """
    units: list[str] = []
    for child in cell.iterfind(f"{W}p"):
        pending: list[str] = []
        for line in _paragraph_lines(child, notes)[0]:
            if not line.strip():
                continue
            pending.append(line)
            joined = "".join(pending)
            if joined.count("《") <= joined.count("》") and joined.count("(") <= joined.count(")"):
                units.append(_join_lines(pending))
                pending = []
        if pending:
            units.append(_join_lines(pending))
    return units


def _title_table(table: Any, notes: _Footnotes | None = None) -> Iterator[str]:
    """The two-column title block of a UN document, line by line like its PDF.

    The left column's units become lines of their own; the right column (symbol,
    "Distr.: General", date, original language) is flattened after the first left unit,
    two spaces apart, where the cleaner recognises and removes it.
    """
    for row in table.iterfind(f"{W}tr"):
        cells = [_cell_units(cell, notes) for cell in row.iterfind(f"{W}tc")]
        left = cells[0] if cells else []
        right = [unit for column in cells[1:] for unit in column]
        if not left:
            if right:
                yield CELL_SEPARATOR.join(right)
            continue
        first = left[0]
        if right:
            first = f"{first}{CELL_SEPARATOR}{_join_lines(right)}"
        yield first
        yield from left[1:]


def _is_title_table(table: Any) -> bool:
    rows = list(table.iterfind(f"{W}tr"))
    return 0 < len(rows) <= 3 and all(len(list(row.iterfind(f"{W}tc"))) == 2 for row in rows)


def _blocks(
    container: Any, numbering: _Numbering, notes: _Footnotes | None = None, *, body: bool = False
) -> Iterator[str]:
    """Lines of a body, cell or text box: paragraphs and table rows, in order.

    In the ``body``, a two-column table before any text is the title block. Footnote
    marks are numbered in ``notes``, whose footnotes the caller gives after each line.
    """
    started = False
    for child in container:
        tag = child.tag
        if tag == f"{W}p":
            lines, boxes = _paragraph_lines(child, notes)
            text = _join_lines(lines) if len(lines) > 1 else lines[0]
            label, separator = numbering.label(child)
            if text.strip() or label:
                started = True
                yield f"{label}{separator}{text}" if label else text
            for box in boxes:
                yield from _blocks(box, numbering, notes)
        elif tag == f"{W}tbl":
            if body and not started and _is_title_table(child):
                started = True
                yield from _title_table(child, notes)
                continue
            for row in child.iterfind(f"{W}tr"):
                cells = []
                for cell in row.iterfind(f"{W}tc"):
                    cell_text = _join_lines(list(_blocks(cell, numbering, notes)))
                    if cell_text.strip():
                        cells.append(cell_text.strip())
                if cells:
                    started = True
                    yield CELL_SEPARATOR.join(cells)
        elif tag in (f"{W}sdt", f"{W}customXml", f"{W}smartTag"):
            content = child.find(f"{W}sdtContent")
            yield from _blocks(
                content if content is not None else child, numbering, notes, body=body
            )
        elif tag in (f"{MC}AlternateContent",):
            choice = child.find(f"{MC}Choice")
            if choice is not None:
                yield from _blocks(choice, numbering, notes, body=body)


def _invalid(path: str, detail: str) -> LoaderError:
    return LoaderError(
        "docx-invalid",
        f"This file is not a valid Word (.docx) document: {detail}. Open it in Word or "
        "LibreOffice and save it again as .docx, or use the PDF.",
        path,
    )


def _check_archive(path: str, limits: Limits) -> None:
    """Refuse non-archives and archives that unpack to more than the size limit."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            unpacked = sum(info.file_size for info in archive.infolist())
    except zipfile.BadZipFile as error:
        raise _invalid(path, "it is not a complete ZIP archive") from error
    if "word/document.xml" not in names and "[Content_Types].xml" not in names:
        raise _invalid(path, "the archive holds no Word document")
    if unpacked > limits.max_file_size:
        raise LimitExceeded(
            "too-large",
            f"This Word file unpacks to {over_limit(unpacked, limits.max_file_size)}. "
            "Compare a smaller document.",
            path,
        )


def load_docx(path: str, limits: Limits, warnings: tuple[str, ...] = ()) -> RawDocument:
    """Load the body of the DOCX at ``path`` as paragraph lines (see module docstring)."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    _check_archive(path, limits)
    try:
        document = docx.Document(path)
        body = document.element.body
        part = document.part
        numbering_xml = None
        try:
            numbering_xml = part.numbering_part.element
        except (KeyError, NotImplementedError):
            pass
        styles_xml = document.styles.element
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as error:
        raise _invalid(path, "its parts are missing or of the wrong type") from error
    except Exception as error:  # lxml syntax errors and other damage inside the archive
        raise _invalid(path, "its contents are damaged") from error
    numbering = _Numbering.read(numbering_xml, styles_xml)
    try:
        notes = _Footnotes.read(part)
    except Exception:  # a damaged footnote part: the body still reads as Word shows it
        notes = _Footnotes({})
    lines: list[SourceLine] = []
    total = 0
    for text in _blocks(body, numbering, notes, body=True):
        found = [SourceLine(text=text)]
        found += [SourceLine(text=note, footnote=True) for note in notes.lines()]
        total += sum(len(line.text) for line in found)
        if total > limits.max_chars:
            raise LimitExceeded(
                "too-many-chars",
                f"This Word file has more than {limits.max_chars:,} characters of text (the "
                "limit). Compare a shorter document or split it.",
                path,
            )
        lines.extend(found)
    if not lines:
        raise LoaderError(
            "empty",
            "This Word file contains no text in its body. Choose the file that holds the report.",
            path,
        )
    return RawDocument(
        path=path,
        format="docx",
        lines=tuple(lines),
        page_count=0,
        paragraph_lines=True,
        warnings=warnings,
    )
