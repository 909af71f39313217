"""build_document on the real corpus, and invariants on arbitrary input (Hypothesis)."""

from __future__ import annotations

import importlib
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ccwdiff.core.clean import clean
from ccwdiff.core.document import build_document
from ccwdiff.core.meta import detect_language, parse_date
from ccwdiff.core.model import Document
from ccwdiff.core.structure import parse
from tests.core.rawtext import corpus_raw, raw_from_text

# file -> (language, symbol, title, date, block counts per kind)
CORPUS_EXPECTED: dict[str, tuple[str, str, str, str | None, dict[str, int]]] = {
    "CCW-MSP-2023-7.zh.txt": (
        "zh",
        "CCW/MSP/2023/7",
        "最后报告",
        None,
        {
            "title": 4,
            "heading": 8,
            "paragraph": 27,
            "bullet": 12,
            "item": 6,
            "annex": 2,
            "list-row": 41,
        },
    ),
    "CCW-GGE.1-2019-3.en.txt": (
        "en",
        "CCW/GGE.1/2019/3",
        "Report of the 2019 session of the Group of Governmental Experts on Emerging "
        "Technologies in the Area of Lethal Autonomous Weapons Systems",
        "2019-09-25",
        {
            "title": 6,
            "heading": 33,
            "paragraph": 32,
            "item": 55,
            "bullet": 28,
            "annex": 5,
            "list-row": 32,
            "footnote": 4,
        },
    ),
    "CCW-GGE.1-2023-2.en.txt": (
        "en",
        "CCW/GGE.1/2023/2",
        "Report of the 2023 session of the Group of Governmental Experts on Emerging "
        "Technologies in the Area of Lethal Autonomous Weapons Systems",
        "2023-05-24",
        {
            "title": 6,
            "heading": 7,
            "paragraph": 27,
            "item": 7,
            "bullet": 4,
            "annex": 1,
            "list-row": 9,
        },
    ),
    "CCW-GGE.1-2025-WP.1.en.txt": (
        "en",
        "CCW/GGE.1/2025/WP.1",
        "Chair’s summary – First 2025 session of the GGE on LAWS",
        "2025-04-07",
        {"title": 7, "heading": 8, "paragraph": 44, "item": 36, "footnote": 6},
    ),
    "CCW-GGE.1-2025-WP.9.en.txt": (
        "en",
        "CCW/GGE.1/2025/WP.9",
        "Chair’s summary – Second 2025 session of the GGE on LAWS",
        "2025-10-20",
        {"title": 7, "heading": 9, "paragraph": 52, "item": 45, "footnote": 7},
    ),
}


@pytest.mark.parametrize("name", sorted(CORPUS_EXPECTED))
def test_corpus_document(name: str) -> None:
    language, symbol, title, date, counts = CORPUS_EXPECTED[name]
    document = build_document(corpus_raw(name))
    assert (document.language, document.symbol, document.title, document.date) == (
        language,
        symbol,
        title,
        date,
    )
    assert dict(Counter(b.kind for b in document.blocks)) == counts
    assert document.warnings == ()
    assert_well_formed(document)
    # No page furniture inside a block: job numbers, page-number lines, header lines.
    for block in document.blocks:
        assert "GE.19-16520" not in block.text and "GE.2" not in block.text
        assert block.text.strip() != symbol
        assert not block.text.strip().isdigit()
        assert "formal editing" not in block.text
        assert "Original: English" not in block.text and "English only" not in block.text


def assert_well_formed(document: Document) -> None:
    ids = [b.id for b in document.blocks]
    assert ids == [f"b{n}" for n in range(1, len(ids) + 1)]
    seen: set[str] = set()
    for block in document.blocks:
        assert block.parent is None or block.parent in seen  # parents come first
        seen.add(block.id)


def test_detect_language_and_dates() -> None:
    assert detect_language(["会议决定继续监测财务状况。"]) == "zh"
    assert detect_language(["The Group of Governmental Experts met in Geneva."]) == "en"
    assert detect_language(["", "12345"]) == "und"
    assert parse_date("25 September 2019") == "2019-09-25"
    assert parse_date("7 avril 2025") == "2025-04-07"
    assert parse_date("20 de octubre de 2025") == "2025-10-20"
    assert parse_date("2023年12月1日") == "2023-12-01"
    assert parse_date("Distr.: General") is None


# -- properties --------------------------------------------------------------------------------

_HYPHENS = "-‐\xad"


def _visible(text: str) -> Counter[str]:
    return Counter(c for c in text if not c.isspace() and c not in _HYPHENS)


_REPORTISH = st.lists(
    st.sampled_from(
        [
            *list("ab AB.,;:()•·1234567890。，会议《》（）一二三\n\n\n\x0c\t-"),
            "附件一",
            "Annex I",
            "CCW/MSP/2023/7",
            "GE.23-23130 5",
            "https://x.org/a-",
            "inter\xad",
            "\u200f",
            "１．",
            "\x00",
            "\r",
            "\u2028",
            "\u3000",
            "١",
            "ا",
            "\ue02a",
            "(a) ",
            "1. ",
            "I. ",
        ]
    ),
    max_size=300,
).map("".join)
_TEXTS = st.one_of(st.text(max_size=400), _REPORTISH, st.text(min_size=2000, max_size=4000))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXTS, st.booleans())
def test_nothing_is_lost_and_nothing_raises(text: str, paragraph_lines: bool) -> None:
    """Every visible character ends up in a block (text or label) or in the furniture."""
    raw = raw_from_text(text, paragraph_lines=paragraph_lines)
    cleaned = clean(raw)
    blocks, _ = parse(cleaned.paragraphs)
    kept = "".join(cleaned.furniture) + "".join((b.label or "") + b.text for b in blocks)
    assert _visible(text) == _visible(kept)
    lost_hyphens = sum(text.count(h) for h in _HYPHENS) - sum(kept.count(h) for h in _HYPHENS)
    assert lost_hyphens == cleaned.dropped_hyphens
    assert_well_formed(build_document(raw))


_WORDS = st.sampled_from(
    "the group decided to continue its work on emerging technologies and weapons systems "
    "会议 决定 继续 监测 公约 的 财务 状况 专家组 报告".split()
)
_SENTENCE = st.lists(_WORDS, min_size=3, max_size=40).map(lambda w: " ".join(w) + ".")


@settings(max_examples=100, deadline=None)
@given(st.lists(st.lists(_SENTENCE, min_size=1, max_size=6), min_size=2, max_size=6), st.booleans())
def test_furniture_never_inside_a_block(pages: list[list[str]], form_feeds: bool) -> None:
    """Running headers and job-number footers are found on any page layout."""
    chunks = []
    number = 0
    for page_number, sentences in enumerate(pages, 1):
        body = []
        for sentence in sentences:
            number += 1
            body.append(f"{number}. {sentence}")
        chunks.append("CCW/TEST/2020/9\n\n" + "\n".join(body) + f"\n\nGE.20-01234 {page_number}\n")
    text = ("\f" if form_feeds else "\n").join(chunks)
    document = build_document(raw_from_text(text))
    assert document.symbol == "CCW/TEST/2020/9"
    for block in document.blocks:
        assert "CCW/TEST" not in block.text and "GE.20" not in block.text
    assert [b.label for b in document.blocks if b.kind == "paragraph"] == [
        f"{n}." for n in range(1, number + 1)
    ]


# -- real loaders, once they exist -------------------------------------------------------------

FIXTURES = Path(__file__).parents[1] / "data"


def _load(path: Path) -> Document:
    try:
        loaders = importlib.import_module("ccwdiff.core.loaders")
    except ImportError:
        pytest.skip("ccwdiff.core.loaders is not available yet")
    if not hasattr(loaders, "load"):
        pytest.skip("ccwdiff.core.loaders.load is not available yet")
    if not path.is_file():
        pytest.skip(f"fixture {path} not present")
    return build_document(loaders.load(str(path)))


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_zh_renderings_parse_like_the_text(suffix: str) -> None:
    document = _load(FIXTURES / "zh" / f"CCW-MSP-2023-7.zh.{suffix}")
    assert document.language == "zh"
    numbered = [b.label for b in document.blocks if b.kind == "paragraph" and b.label]
    assert numbered == [f"{n}." for n in range(1, 28)]
    paragraph_20 = next(b for b in document.blocks if b.label == "20.")
    bullets = [b for b in document.blocks if b.parent == paragraph_20.id]
    assert len(bullets) == 4 and bullets[0].text.startswith("根据 CCW/CONF.V/10 号文件")
    for block in document.blocks:
        assert "GE.23-23130" not in block.text
        assert block.text.strip() != "CCW/MSP/2023/7"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_en_renderings_parse_like_the_text(suffix: str) -> None:
    text_document = build_document(
        raw_from_text((FIXTURES / "en" / "report-new.txt").read_text(encoding="utf-8"))
    )
    document = _load(FIXTURES / "en" / f"report-new.{suffix}")
    expected = [b.label for b in text_document.blocks if b.kind == "paragraph" and b.label]
    assert [b.label for b in document.blocks if b.kind == "paragraph" and b.label] == expected
