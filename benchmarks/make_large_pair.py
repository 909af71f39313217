"""Generate the large benchmark pairs (issue 7): a compilation of reports and its next edition.

The OLD side is a compilation of report-like chapters built from real sentences of the
corpus (/work/shared/corpus) and the Chinese sample pair: a section heading, numbered
paragraphs (some with bullets or lettered items) made of 1-6 corpus sentences. At scale
1 each side has about 2,000 blocks and 600,000 characters; scale N multiplies both.

The NEW side applies the edits a secretariat makes between two editions:

* year roll-over (2022 -> 2023 style) in 30% of paragraphs,
* word edits (replace, insert or delete a few words) in 10% of paragraphs,
* 3% of paragraphs deleted, 3% new paragraphs inserted, 1% moved to another chapter,
* paragraph numbers recomputed, so everything after an edit is renumbered.

Everything is seeded: the same arguments give byte-identical files. Usage::

    python benchmarks/make_large_pair.py --lang zh --scale 1 [--pdf] [--out benchmarks/data]

writes ``{lang}-{scale}x-old.txt`` and ``-new.txt`` (and ``.docx``/``.pdf`` with --pdf:
python-docx, then LibreOffice headless with a private profile).
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CORPUS = Path("/work/shared/corpus")
DEFAULT_OUT = ROOT / "benchmarks" / "data"
BLOCKS_PER_SCALE = 2000
CHARS_PER_SCALE = 600_000
# Paragraph targets slightly above the mean: headings are short.
AVG_BLOCK = 1.08 * CHARS_PER_SCALE / BLOCKS_PER_SCALE

ZH_SOURCES = [
    CORPUS / "CCW-MSP-2023-7.zh.txt",
    ROOT / "resources" / "samples" / "CCW-MSP-2022-7.zh.txt",
]
EN_SOURCES = sorted(CORPUS.glob("*.en.txt"))
ZH_NUMERALS = "一二三四五六七八九十"
VARY_RATE = 0.15
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]


@dataclass
class Para:
    """One numbered paragraph with its bullets or items (texts without labels)."""

    text: str
    kids: list[str] = field(default_factory=list)
    kid_style: str = "bullet"  # bullet | item


@dataclass
class Chapter:
    title: str
    paras: list[Para]


def _sentences(lang: str) -> tuple[list[str], list[str]]:
    """Corpus sentences and headings, via the project's own loader and parser."""
    from ccwdiff.core.document import build_document
    from ccwdiff.core.loaders import load

    sentences: list[str] = []
    headings: list[str] = []
    splitter = re.compile(r"(?<=[。；])" if lang == "zh" else r"(?<=[.;])\s+(?=[A-Z(“\"])")
    for path in ZH_SOURCES if lang == "zh" else EN_SOURCES:
        for block in build_document(load(path)).blocks:
            if block.kind == "heading" and 2 <= len(block.text) <= 60:
                headings.append(block.text)
            if block.kind not in ("paragraph", "bullet", "item"):
                continue
            for piece in splitter.split(block.text):
                piece = piece.strip()
                if len(piece) >= (12 if lang == "zh" else 40):
                    sentences.append(piece)
    return sorted(set(sentences)), sorted(set(headings))


def _vocabulary(sentences: list[str]) -> list[str]:
    from ccwdiff.core.tokenize import is_word, tokenize

    words = {t for s in sentences for t in tokenize(s) if is_word(t) and len(t) >= 2}
    return sorted(words)


def _wide_vocabulary(lang: str, sentences: list[str]) -> list[str]:
    """Words to vary sentences with: jieba's dictionary (zh) or the corpus (en)."""
    if lang == "en":
        return _vocabulary(sentences)
    import jieba

    words: list[str] = []
    with open(Path(jieba.__file__).parent / "dict.txt", encoding="utf-8") as handle:
        for line in handle:
            word, freq, _tag = line.split(" ")
            if 2 <= len(word) <= 4 and int(freq) >= 100:
                words.append(word)
    return words


def _vary(rng: random.Random, sentence: str, vocabulary: list[str]) -> str:
    """Replace about 15% of a sentence's words, so each paragraph is distinct.

    A compilation holds many different reports; re-using a few hundred corpus
    sentences verbatim would make every paragraph look like fifty others, which no
    real document does. The replacements keep the sentence shape and give each
    paragraph its own rarer words, as real paragraphs have.
    """
    from ccwdiff.core.tokenize import is_word, tokenize

    tokens = tokenize(sentence)
    for at, token in enumerate(tokens):
        if is_word(token) and len(token) >= 2 and rng.random() < VARY_RATE:
            tokens[at] = rng.choice(vocabulary)
    return "".join(tokens)


def _compose(
    rng: random.Random,
    sentences: list[str],
    lang: str,
    target: int,
    vocabulary: list[str] | None = None,
) -> str:
    """A paragraph of (varied) corpus sentences, about ``target`` characters long."""
    parts: list[str] = []
    total = 0
    while total < target:
        sentence = rng.choice(sentences)
        if vocabulary is not None:
            sentence = _vary(rng, sentence, vocabulary)
        if parts and total + len(sentence) - target > target - total:
            break  # stop nearer the target than one more sentence would take us
        parts.append(sentence)
        total += len(sentence)
    glue = "" if lang == "zh" else " "
    return glue.join(parts)


def build_old(lang: str, scale: int, seed: int) -> list[Chapter]:
    rng = random.Random(seed)
    sentences, headings = _sentences(lang)
    wide = _wide_vocabulary(lang, sentences)
    blocks = BLOCKS_PER_SCALE * scale
    # Average block: heading ~1/25, paragraph, kids ~40% of blocks.
    avg = AVG_BLOCK
    chapters: list[Chapter] = []
    count = 0
    while count < blocks:
        title = rng.choice(headings)
        paras: list[Para] = []
        count += 1
        for _ in range(rng.randint(12, 30)):
            para = Para(_compose(rng, sentences, lang, int(avg * rng.uniform(0.6, 1.5)), wide))
            count += 1
            if rng.random() < 0.2:
                para.kid_style = rng.choice(("bullet", "item"))
                for _k in range(rng.randint(2, 5)):
                    para.kids.append(_compose(rng, sentences, lang, int(avg * 0.8), wide))
                    count += 1
            paras.append(para)
            if count >= blocks:
                break
        chapters.append(Chapter(title, paras))
    return chapters


_YEAR = re.compile(r"20(1[5-9]|2[0-5])")


def _roll_years(text: str) -> str:
    return _YEAR.sub(lambda m: str(int(m.group()) + 1), text)


def _edit_words(rng: random.Random, text: str, vocabulary: list[str]) -> str:
    from ccwdiff.core.tokenize import is_word, tokenize

    tokens = tokenize(text)
    spots = [i for i, t in enumerate(tokens) if is_word(t)]
    for _ in range(rng.randint(1, 3)):
        if not spots:
            break
        at = rng.choice(spots)
        action = rng.random()
        if action < 0.5:
            tokens[at] = rng.choice(vocabulary)
        elif action < 0.8:
            tokens[at] = tokens[at] + ("" if _is_cjk(tokens[at]) else " ") + rng.choice(vocabulary)
        else:
            tokens[at] = ""
    return re.sub(r"  +", " ", "".join(tokens))


def _is_cjk(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def build_new(lang: str, old: list[Chapter], seed: int) -> list[Chapter]:
    rng = random.Random(seed + 1)
    sentences, _headings = _sentences(lang)
    vocabulary = _vocabulary(sentences)
    wide = _wide_vocabulary(lang, sentences)
    avg = AVG_BLOCK
    new: list[Chapter] = []
    moving: list[Para] = []
    for chapter in old:
        paras: list[Para] = []
        for para in chapter.paras:
            roll = rng.random()
            if roll < 0.03:
                continue  # deleted
            if roll < 0.04:
                moving.append(para)
                continue
            text, kids = para.text, list(para.kids)
            if rng.random() < 0.30:
                text = _roll_years(text)
                kids = [_roll_years(k) for k in kids]
            if rng.random() < 0.10:
                text = _edit_words(rng, text, vocabulary)
                if kids and rng.random() < 0.5:
                    at = rng.randrange(len(kids))
                    kids[at] = _edit_words(rng, kids[at], vocabulary)
            paras.append(Para(text, kids, para.kid_style))
            if rng.random() < 0.03:
                length = int(avg * rng.uniform(0.6, 1.5))
                paras.append(Para(_compose(rng, sentences, lang, length, wide)))
        new.append(Chapter(_roll_years(chapter.title), paras))
    for para in moving:  # moved paragraphs land in another chapter
        target = rng.choice(new).paras
        target.insert(rng.randint(0, len(target)), para)
    return new


@dataclass(frozen=True)
class Line:
    kind: str  # heading | para | kid
    label: str
    text: str


def layout(lang: str, chapters: list[Chapter]) -> list[Line]:
    """Numbered lines: sections 一./I., paragraphs numbered through, bullets, (a) items."""
    lines: list[Line] = []
    number = 0
    for index, chapter in enumerate(chapters):
        numerals = ZH_NUMERALS if lang == "zh" else ROMAN
        label = numerals[index % len(numerals)] + "."
        lines.append(Line("heading", label, chapter.title))
        for para in chapter.paras:
            number += 1
            lines.append(Line("para", f"{number}.", para.text))
            for k, kid in enumerate(para.kids):
                kid_label = "•" if para.kid_style == "bullet" else f"({chr(ord('a') + k)})"
                lines.append(Line("kid", kid_label, kid))
    return lines


def write_txt(lines: list[Line], path: Path) -> None:
    out: list[str] = []
    for line in lines:
        indent = "    " if line.kind == "kid" else ""
        out.append(f"{indent}{line.label} {line.text}")
    path.write_text("\n\n".join(out) + "\n", encoding="utf-8")


def write_docx(lines: list[Line], lang: str, symbol: str, path: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    doc = Document()
    section = doc.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    section.left_margin = section.right_margin = Cm(2.2)
    normal = doc.styles["Normal"]
    rpr = normal.element.get_or_add_rPr()
    fonts = OxmlElement("w:rFonts")
    for attr in ("w:ascii", "w:hAnsi", "w:cs"):
        fonts.set(qn(attr), "Liberation Serif")
    fonts.set(qn("w:eastAsia"), "Noto Serif CJK SC")
    rpr.insert(0, fonts)
    normal.font.size = Pt(10.5)
    header = section.header.paragraphs[0]
    header.text = symbol
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    section.footer.paragraphs[0].text = "GE.24-99999"
    for line in lines:
        if line.kind == "heading":
            doc.add_heading(f"{line.label} {line.text}", level=1)
            continue
        p = doc.add_paragraph(f"{line.label} {line.text}")
        p.paragraph_format.space_after = Pt(4)
        if line.kind == "kid":
            p.paragraph_format.left_indent = Cm(1.5)
    doc.save(str(path))


def to_pdf(docx_path: Path) -> Path:
    """LibreOffice headless (tools/soffice.py); a 4x compilation takes minutes."""
    from tools.soffice import docx_to_pdf

    return docx_to_pdf(docx_path, timeout=1800)


def make(lang: str, scale: int, out: Path, pdf: bool, seed: int = 7) -> dict[str, Path]:
    """Write the pair; returns the paths written."""
    out.mkdir(parents=True, exist_ok=True)
    old = build_old(lang, scale, seed)
    new = build_new(lang, old, seed)
    written: dict[str, Path] = {}
    stem = f"{lang}-{scale}x" if seed == 7 else f"{lang}-{scale}x-s{seed}"
    for side, chapters, year in (("old", old, 2022), ("new", new, 2023)):
        lines = layout(lang, chapters)
        txt = out / f"{stem}-{side}.txt"
        write_txt(lines, txt)
        written[f"{side}.txt"] = txt
        if pdf:
            docx = out / f"{stem}-{side}.docx"
            write_docx(lines, lang, f"CCW/MSP/{year}/INF.{scale}", docx)
            written[f"{side}.docx"] = docx
            written[f"{side}.pdf"] = to_pdf(docx)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lang", choices=("zh", "en"), default="zh")
    parser.add_argument("--scale", type=int, default=1)
    parser.add_argument("--pdf", action="store_true", help="also write DOCX and PDF")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument(
        "--seed", type=int, default=7, help="another draw of the same workload (files *-sSEED-*)"
    )
    args = parser.parse_args()
    if args.pdf and shutil.which("soffice") is None:
        raise SystemExit("LibreOffice (soffice) is needed for --pdf")
    start = time.perf_counter()
    for name, path in make(args.lang, args.scale, args.out, args.pdf, args.seed).items():
        print(f"{name:9} {path} ({path.stat().st_size / 1e6:.2f} MB)")
    print(f"done in {time.perf_counter() - start:.1f} s")


if __name__ == "__main__":
    main()
