"""Make the DOCX/PDF renderings and re-encoded copies of the fixture reports.

Run by hand after changing a fixture text; the outputs are committed:

    python tests/data/make_renderings.py

Inputs: the Chinese sample pair in resources/samples/ (raw PDF text layer) and the controlled
English pair made by make_en_pair.py. For each report it writes a DOCX laid out the way UN
documents are: real paragraphs (hard line breaks and inline page furniture gone), headings,
the annex document list as a table, the document symbol in the page header and the job number
plus a PAGE field in the footer. The English DOCX number their paragraphs and (a)-(c) items
with Word's automatic numbering (so a loader must rebuild the labels); the Chinese DOCX carry
typed labels. LibreOffice then converts every DOCX to PDF. It also writes GB18030 and UTF-16
copies of the 2022 Chinese text.

The Chinese parser below is fixture tooling tuned to these two files, not the engine's cleaner.
"""

from __future__ import annotations

import re
import shutil
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import make_en_pair
from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.text.paragraph import Paragraph

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SAMPLES = ROOT / "resources" / "samples"
CJK_FONT = "Noto Sans CJK SC"  # installed everywhere we build; SimSun is not
LATIN_FONT = "Times New Roman"


# --- Chinese raw text -> logical blocks ----------------------------------------------------


@dataclass(frozen=True)
class Item:
    """One logical block for the DOCX: kind, printed label, text."""

    kind: str  # title | heading | subheading | para | bullet | item | agenda | row | rowhead
    text: str
    label: str = ""


FURNITURE = re.compile(r"^(CCW/MSP/20\d\d/7|GE\.\d\d-\d+ \d+|https?://\S+)$")
HEADING = re.compile(r"^([一二三四五六七八九十]+\.)\s*(.*)$")
PARA = re.compile(r"^(\d+\.)\s+(.*)$")
ITEM = re.compile(r"^(\([a-z]\))\s+(.*)$")
ROW = re.compile(r"^(CCW/MSP/\d{4}/\S+)\s+(.*)$")


def is_cjk(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in "WF"


def join(left: str, right: str) -> str:
    """Re-join a hard line break: nothing between CJK characters, nothing inside a URL
    broken after a hyphen, one space between CJK and a number/Latin word (house style of
    these reports: `于 2024 年`), one space between Latin words."""
    a, b = left[-1], right[0]
    if a == "-" or a in "(（" or b in ")）":
        sep = ""
    elif is_cjk(a) and is_cjk(b):
        sep = ""
    elif is_cjk(a) or is_cjk(b):
        other = b if is_cjk(a) else a
        sep = " " if other.isalnum() else ""
    else:
        sep = " "
    return left + sep + right


def parse_zh(path: Path) -> list[Item]:
    """Logical blocks of a raw CCW/MSP text-layer dump."""
    items: list[Item] = []
    zone = "title"  # title | body | agenda | docs
    for raw in path.read_text(encoding="utf-8").split("\n"):
        line = raw.strip()
        if not line or FURNITURE.match(line):
            continue
        new: Item | None = None
        if line.startswith("附件"):
            zone = "agenda" if line == "附件一" else "docs"
            new = Item("heading", line)
        elif m := HEADING.match(line):
            zone = "body"
            new = Item("heading", m.group(2), m.group(1))
        elif zone == "title":
            new = Item("title", line)
        elif zone in ("agenda", "docs") and line in ("临时议程", "文件清单"):
            new = Item("subheading", line)
        elif zone == "agenda" and line.startswith("("):
            new = Item("title", line)
        elif zone == "docs" and line.startswith("文号"):
            new = Item("rowhead", line)
        elif zone == "docs" and (m := ROW.match(line)):
            new = Item("row", m.group(2), m.group(1))
        elif m := PARA.match(line):
            new = Item("agenda" if zone == "agenda" else "para", m.group(2), m.group(1))
        elif line.startswith("•"):
            new = Item("bullet", line[1:].strip(), "•")
        elif m := ITEM.match(line):
            new = Item("item", m.group(2), m.group(1))
        if new is not None:
            items.append(new)
        else:
            last = items[-1]
            items[-1] = Item(last.kind, join(last.text, line), last.label)
    return items


def en_items(blocks: list[make_en_pair.Block]) -> list[Item]:
    """The English fixture's logical blocks, in the same shape."""
    kinds = {"heading": "heading", "para": "para", "bullet": "bullet", "item": "item"}
    out: list[Item] = []
    for block in blocks:
        if block.kind in kinds:
            label = f"{block.label}." if block.kind == "para" else block.label
            out.append(Item(kinds[block.kind], block.text, label or "•"))
        elif block.kind == "row":
            out.append(Item("row", block.text, block.label))
        elif block.kind == "raw" and block.text.startswith("Symbol"):
            out.append(Item("rowhead", "Symbol Title"))
        elif block.kind == "raw" and block.text.startswith("Annex"):
            out.append(Item("heading", block.text))
        elif block.kind == "raw" and block.text:
            out.append(Item("subheading", block.text))
    return out


# --- DOCX -----------------------------------------------------------------------------------


def set_fonts(run_or_style_element: OxmlElement, size: float | None = None) -> None:
    """Latin and East Asian fonts on an rPr holder (style or run)."""
    rpr = run_or_style_element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs"):
        fonts.set(qn(attr), LATIN_FONT)
    fonts.set(qn("w:eastAsia"), CJK_FONT)
    if size is not None:
        for tag in ("w:sz", "w:szCs"):
            el = rpr.find(qn(tag))
            if el is None:
                el = OxmlElement(tag)
                rpr.append(el)
            el.set(qn("w:val"), str(int(size * 2)))


def add_page_field(paragraph: Paragraph) -> None:
    """A PAGE field (complex field: begin, instruction, separate, cached value, end)."""
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1")):
        run = paragraph.add_run()
        if kind is not None:
            fld = OxmlElement("w:fldChar")
            fld.set(qn("w:fldCharType"), kind)
            run._r.append(fld)
        elif text == " PAGE ":
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = text
            run._r.append(instr)
        else:
            run.text = text
    end = paragraph.add_run()
    fld = OxmlElement("w:fldChar")
    fld.set(qn("w:fldCharType"), "end")
    end._r.append(fld)


def numbering_ids(doc: Document) -> tuple[int, int]:
    """Add two numbering definitions to the document: paragraphs `1.` with items `(a)` at
    level 1 (restarting under each paragraph), and bullets `•`. Returns their numIds."""
    numbering = doc.part.numbering_part.element

    def abstract(abstract_id: int, levels: list[tuple[str, str, int]]) -> None:
        node = OxmlElement("w:abstractNum")
        node.set(qn("w:abstractNumId"), str(abstract_id))
        for ilvl, (fmt, text, indent) in enumerate(levels):
            lvl = OxmlElement("w:lvl")
            lvl.set(qn("w:ilvl"), str(ilvl))
            for tag, val in (("w:start", "1"), ("w:numFmt", fmt), ("w:lvlText", text)):
                el = OxmlElement(tag)
                el.set(qn("w:val"), val)
                lvl.append(el)
            ppr = OxmlElement("w:pPr")
            ind = OxmlElement("w:ind")
            ind.set(qn("w:left"), str(indent))
            ind.set(qn("w:hanging"), "567")
            ppr.append(ind)
            lvl.append(ppr)
            node.append(lvl)
        # abstractNum elements must precede num elements
        first_num = numbering.find(qn("w:num"))
        if first_num is None:
            numbering.append(node)
        else:
            first_num.addprevious(node)

    def num(num_id: int, abstract_id: int) -> None:
        node = OxmlElement("w:num")
        node.set(qn("w:numId"), str(num_id))
        ref = OxmlElement("w:abstractNumId")
        ref.set(qn("w:val"), str(abstract_id))
        node.append(ref)
        numbering.append(node)

    abstract(90, [("decimal", "%1.", 1134), ("lowerLetter", "(%2)", 1701)])
    abstract(91, [("bullet", "•", 1701)])
    num(90, 90)
    num(91, 91)
    return 90, 91


def set_numbering(paragraph: Paragraph, num_id: int, level: int) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    for tag, val in (("w:ilvl", level), ("w:numId", num_id)):
        el = OxmlElement(tag)
        el.set(qn("w:val"), str(val))
        numpr.append(el)
    ppr.insert(0, numpr)


@dataclass(frozen=True)
class Meta:
    """What goes around the body: symbol (page header), job number (footer), title block."""

    symbol: str
    job: str
    language: str  # zh | en
    title_left: list[str]
    title_right: list[str]


def build_docx(meta: Meta, items: list[Item], out: Path, auto_numbering: bool) -> None:
    doc = Document()
    section = doc.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    section.left_margin = section.right_margin = Cm(2.2)
    section.top_margin = section.bottom_margin = Cm(2.5)

    normal = doc.styles["Normal"]
    set_fonts(normal.element, 10.5 if meta.language == "zh" else 10)
    for name in ("Heading 1", "Heading 2", "Title"):
        set_fonts(doc.styles[name].element)
    if meta.language == "zh":
        normal.element.get_or_add_pPr()  # keep Normal explicit for LibreOffice
        lang = OxmlElement("w:lang")
        lang.set(qn("w:eastAsia"), "zh-CN")
        normal.element.get_or_add_rPr().append(lang)

    # Running header and footer, as UN documents have them.
    header = section.header.paragraphs[0]
    header.text = meta.symbol
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer = section.footer.paragraphs[0]
    footer.add_run(f"{meta.job}\t")
    add_page_field(footer)

    # Title block: two columns without borders.
    table = doc.add_table(rows=1, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    left, right = table.rows[0].cells
    left.text = "\n".join(meta.title_left)
    right.text = "\n".join(meta.title_right)

    para_num = bullet_num = 0
    if auto_numbering:
        para_num, bullet_num = numbering_ids(doc)
    rows: list[Item] = []

    def flush_rows() -> None:
        if not rows:
            return
        head = "文号 标题" if meta.language == "zh" else "Symbol Title"
        grid = doc.add_table(rows=1, cols=2)
        grid.style = "Table Grid"
        grid.rows[0].cells[0].text, grid.rows[0].cells[1].text = head.split(" ", 1)
        for row in rows:
            cells = grid.add_row().cells
            cells[0].text, cells[1].text = row.label, row.text
        rows.clear()

    for item in items:
        if item.kind != "row":
            flush_rows()
        if item.kind == "title":
            p = doc.add_paragraph(item.text)
            p.alignment = WD_ALIGN_PARAGRAPH.LEFT
        elif item.kind == "heading":
            if item.text.startswith(("附件", "Annex")):
                doc.add_page_break()
            text = f"{item.label} {item.text}".strip()
            doc.add_heading(text, level=1)
        elif item.kind == "subheading":
            doc.add_heading(item.text, level=2)
        elif item.kind == "rowhead":
            continue  # the table carries its own header row
        elif item.kind == "row":
            rows.append(item)
        elif auto_numbering and item.kind in ("para", "item", "bullet"):
            p = doc.add_paragraph(item.text)
            if item.kind == "bullet":
                set_numbering(p, bullet_num, 0)
            else:
                set_numbering(p, para_num, 0 if item.kind == "para" else 1)
        else:
            p = doc.add_paragraph(f"{item.label} {item.text}".strip())
            if item.kind in ("bullet", "item"):
                p.paragraph_format.left_indent = Cm(1.5)
            p.paragraph_format.space_after = Pt(4)
    flush_rows()
    section.start_type = WD_SECTION.NEW_PAGE
    doc.core_properties.title = meta.symbol
    doc.core_properties.author = "ccwdiff test fixtures"
    doc.save(str(out))


def to_pdf(docx_path: Path) -> Path:
    """LibreOffice headless conversion (tools/soffice.py), beside the DOCX."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from tools.soffice import docx_to_pdf

    return docx_to_pdf(docx_path)


# --- the fixtures ---------------------------------------------------------------------------

ZH_LEFT = [
    "缔约方会议",
    "《禁止或限制使用某些可被认为具有过分伤害力",
    "或滥杀滥伤作用的常规武器公约》",
]


def zh_meta(year: int, job: str) -> Meta:
    dates = {2022: "2022 年 12 月 2 日", 2023: "2023 年 12 月 5 日"}[year]
    return Meta(
        f"CCW/MSP/{year}/7", job, "zh", ZH_LEFT, [f"CCW/MSP/{year}/7", "Distr.: General", dates]
    )


def en_meta(side: str) -> Meta:
    symbol, date, place, agenda, job, _title, _blocks = make_en_pair.SIDES[side]
    left = [
        "Convention on Prohibitions or Restrictions on the Use of Certain Conventional "
        "Weapons Which May Be Deemed to Be Excessively Injurious or to Have Indiscriminate "
        "Effects",
        "Group of Governmental Experts on Emerging Technologies in the Area of Lethal "
        "Autonomous Weapons System",
        place,
        agenda,
        "Adoption of the report (last session only)",
    ]
    return Meta(symbol, job, "en", left, ["Distr.: General", date, "Original: English"])


def en_title(side: str) -> list[Item]:
    title = make_en_pair.SIDES[side][5].replace("|", " ")
    return [Item("title", title)]


def main() -> None:
    zh_dir, en_dir = HERE / "zh", HERE / "en"
    zh_dir.mkdir(exist_ok=True)
    en_dir.mkdir(exist_ok=True)
    jobs = {2022: "GE.22-26870", 2023: "GE.23-23130"}
    outputs: list[Path] = []
    for year in (2022, 2023):
        items = parse_zh(SAMPLES / f"CCW-MSP-{year}-7.zh.txt")
        docx = zh_dir / f"CCW-MSP-{year}-7.zh.docx"
        build_docx(zh_meta(year, jobs[year]), items, docx, auto_numbering=False)
        outputs += [docx, to_pdf(docx)]
    for side in ("old", "new"):
        items = en_title(side) + en_items(make_en_pair.SIDES[side][6])
        docx = en_dir / f"report-{side}.docx"
        build_docx(en_meta(side), items, docx, auto_numbering=True)
        outputs += [docx, to_pdf(docx)]

    text = (SAMPLES / "CCW-MSP-2022-7.zh.txt").read_text(encoding="utf-8")
    gb = zh_dir / "CCW-MSP-2022-7.gb18030.txt"
    gb.write_bytes(text.encode("gb18030"))
    u16 = zh_dir / "CCW-MSP-2022-7.utf16.txt"
    u16.write_bytes(b"\xff\xfe" + text.encode("utf-16-le"))
    outputs += [gb, u16]
    for path in outputs:
        print(f"{path.relative_to(ROOT)}  {path.stat().st_size // 1024} KB")


if __name__ == "__main__":  # pragma: no cover - run by hand
    if shutil.which("soffice") is None:
        raise SystemExit("LibreOffice (soffice) is needed to make the PDFs")
    main()
