"""Structure: labels, block kinds, parents and section paths, in several languages."""

from __future__ import annotations

import pytest

from ccwdiff.core.document import build_document
from ccwdiff.core.labels import parse_label
from ccwdiff.core.model import Block, Document
from tests.core.rawtext import corpus_raw, raw_from_text


@pytest.mark.parametrize(
    ("text", "label", "style", "value", "rest"),
    [
        ("20. 会议决定：", "20.", "number", 20, "会议决定："),
        ("1.     The 2018 Meeting", "1.", "number", 1, "The 2018 Meeting"),
        ("1.bis For these purposes", "1.bis", "number", 1, "For these purposes"),
        ("一. 导言", "一.", "cjk-heading", 1, "导言"),
        ("十二、 其他事项", "十二、", "cjk-heading", 12, "其他事项"),
        ("III.   Conclusions", "III.", "roman-heading", 3, "Conclusions"),
        ("B.       Box II", "B.", "letter", 2, "Box II"),
        ("(a) 根据《第五号议定书》", "(a)", "paren-letter", 1, "根据《第五号议定书》"),
        ("(iii) the conclusions", "(iii)", "paren-roman", 3, "the conclusions"),
        ("iv.    Avoiding", "iv.", "paren-roman", 4, "Avoiding"),
        ("（二） 各项", "（二）", "cjk-paren", 2, "各项"),
        ("5 (a) An exploration", "5 (a)", "agenda-sub", 5, "An exploration"),
        ("• 第六次审查会议", "•", "bullet", None, "第六次审查会议"),
        ("- a dash bullet", "-", "bullet", None, "a dash bullet"),
        ("附件一", "附件一", "annex", None, ""),
        ("ANNEX II List", "ANNEX II", "annex", None, "List"),
        ("Annexe I", "Annexe I", "annex", None, ""),
        ("Приложение I", "Приложение I", "annex", None, ""),
        ("CCW/MSP/2023/1 临时议程", "CCW/MSP/2023/1", "symbol", None, "临时议程"),
        (
            "CCW/GGE.1/2019/WP.2/Rev.1    Australia’s",
            "CCW/GGE.1/2019/WP.2/Rev.1",
            "symbol",
            None,
            "Australia’s",
        ),
        ("١. يقرر الاجتماع", "١.", "number", 1, "يقرر الاجتماع"),
        ("\u200f٢- وقرر", "\u200f٢-", "number", 2, "وقرر"),
        ("１２．会议决定", "１２．", "number", 12, "会议决定"),
    ],
)
def test_parse_label(text: str, label: str, style: str, value: int | None, rest: str) -> None:
    found = parse_label(text)
    assert found is not None
    assert (found.text, found.style, found.value, found.rest) == (label, style, value, rest)


@pytest.mark.parametrize(
    "text",
    ["2019.", "2024 年 11 月", "10:00 – 13:00", "1.5 million", "·苏亚雷斯", "(CCW/MSP/2022/7)"],
)
def test_not_a_label(text: str) -> None:
    assert parse_label(text) is None


@pytest.fixture(scope="module")
def zh() -> Document:
    return build_document(corpus_raw("CCW-MSP-2023-7.zh.txt"))


def by_label(document: Document, label: str, kind: str | None = None) -> Block:
    found = [b for b in document.blocks if b.label == label and (kind is None or b.kind == kind)]
    assert found, label
    return found[0]


def children(document: Document, parent: Block) -> list[Block]:
    return [b for b in document.blocks if b.parent == parent.id]


def test_zh_sections_and_paragraphs(zh: Document) -> None:
    headings = [(b.label, b.text) for b in zh.blocks if b.kind == "heading" and b.label]
    assert headings == [
        ("一.", "导言"),
        ("二.", "缔约方会议组织工作和参会情况"),
        ("三.", "缔约方会议的工作"),
        ("四.", "结论和建议"),
    ]
    numbered = [b.label for b in zh.blocks if b.kind == "paragraph" and b.label]
    assert numbered == [f"{n}." for n in range(1, 28)]
    paragraph_20 = by_label(zh, "20.")
    assert paragraph_20.text == "会议决定："
    assert paragraph_20.parent == by_label(zh, "四.").id
    assert paragraph_20.path == ("四.",)


def test_zh_quote_bullets_under_paragraph_18(zh: Document) -> None:
    bullets = children(zh, by_label(zh, "18."))
    assert [b.kind for b in bullets] == ["bullet"] * 4
    assert bullets[0].text.startswith("“根据 CCW/CONF.V/10 号文件")
    assert (
        bullets[3].text
        == "专家组将由巴西驻裁军谈判会议特别代表弗拉维奥·苏亚雷斯·达米科大使担任主席。”"
    )


def test_zh_items_a_to_f_under_paragraph_24(zh: Document) -> None:
    items = children(zh, by_label(zh, "24."))
    assert [(b.kind, b.label) for b in items] == [("item", f"({letter})") for letter in "abcdef"]
    assert items[2].text == (
        "致命性自主武器系统领域新兴技术问题缔约方政府专家组会议，为期 10 天，2024 年 3 月 4 日至 "
        "8 日和 2024 年 8 月 26 日至 30 日。会议还通过了 CCW/MSP/2023/5 号文件所载 "
        "2024 年相关费用估计；"
    )


def test_zh_annexes_agenda_and_document_list(zh: Document) -> None:
    annex_1, annex_2 = [b for b in zh.blocks if b.kind == "annex"]
    assert (annex_1.label, annex_2.label) == ("附件一", "附件二")
    contents = children(zh, annex_1)
    assert [(b.kind, b.text) for b in contents[:2]] == [
        ("heading", "临时议程"),
        ("heading", "(2023 年缔约方会议 2023 年 11 月 17 日最后一次全体会议建议)"),
    ]
    agenda = [b for b in contents if b.kind == "list-row"]
    assert [b.label for b in agenda] == [f"{n}." for n in range(1, 18)]
    assert agenda[0].text == "会议开幕"
    rows = [b for b in children(zh, annex_2) if b.kind == "list-row"]
    assert len(rows) == 24
    assert (rows[0].label, rows[0].text) == ("CCW/MSP/2023/1", "临时议程")
    assert (rows[6].label, rows[6].text) == ("CCW/MSP/2023/7", "最后报告")
    assert rows[-1].label == "CCW/MSP/2023/WP.16"
    assert all(b.path == ("附件二",) for b in rows)


def test_en_headings_items_and_roman_subitems() -> None:
    document = build_document(corpus_raw("CCW-GGE.1-2019-3.en.txt"))
    headings = [(b.label, b.text) for b in document.blocks if b.kind == "heading" and b.label]
    assert headings == [
        ("I.", "Introduction"),
        ("II.", "Organization and work of the Group of Governmental Experts"),
        ("III.", "Conclusions"),
        ("IV.", "Recommendations"),
        ("V.", "Adoption of the report"),
    ]
    # (a)..(i) of paragraph 17: "(i)" after "(h)" is the ninth letter, not roman one.
    items_17 = children(document, by_label(document, "17."))
    assert [b.label for b in items_17] == [f"({c})" for c in "abcdefghi"]
    # (i)..(iii) after (e) of paragraph 26 are roman sub-items of (e).
    item_e = next(b for b in children(document, by_label(document, "26.")) if b.label == "(e)")
    assert [b.label for b in children(document, item_e)] == ["(i)", "(ii)", "(iii)"]
    # Agenda sub-items "5 (a)" of paragraph 11.
    assert [b.label for b in children(document, by_label(document, "11."))] == [
        f"5 ({c})" for c in "abcde"
    ]
    annexes = [b.label for b in document.blocks if b.kind == "annex"]
    assert annexes == ["Annex I", "Annex II", "Annex III", "Annex IV", "Annex V"]
    # Numbered lines of an annex are agenda lines, not report paragraphs.
    assert by_label(document, "1.", "list-row").text == "Opening of the meeting."
    assert by_label(document, "CCW/GGE.1/2019/WP.7").kind == "list-row"


def test_en_quoted_elements_are_items_of_their_lead_in() -> None:
    document = build_document(corpus_raw("CCW-GGE.1-2025-WP.9.en.txt"))
    paragraph_9 = by_label(document, "9.", "paragraph")
    assert paragraph_9.path == ("II.", "A.")
    assert [b.label for b in children(document, paragraph_9)] == ["1.", "2.", "3."]
    assert by_label(document, "10.").kind == "paragraph"
    assert by_label(document, "1.bis").kind == "item"
    item_6 = next(b for b in document.blocks if b.label == "6." and b.kind == "item")
    item_d = next(b for b in children(document, item_6) if b.label == "(d)")
    assert [b.label for b in children(document, item_d)] == ["(i)", "(ii)", "(iii)", "(iv)", "(v)"]
    numbered = [b.label for b in document.blocks if b.kind == "paragraph" and b.label]
    assert numbered == [f"{n}." for n in range(1, 51)]


LANGUAGE_SAMPLES = {
    "fr": (
        "Réunion des Hautes Parties contractantes\n\nI. Introduction\n"
        "1. La Réunion a décidé de poursuivre les travaux du Groupe et de les achever.\n"
        "a) les éléments d’un instrument ;\n"
        "Annexe I\nOrdre du jour\n1. Ouverture de la réunion\n"
    ),
    "es": (
        "Reunión de las Altas Partes Contratantes\n\nI. Introducción\n"
        "1. La Reunión decidió que el Grupo continuaría sus trabajos en el año.\n"
        "Anexo I\nPrograma\n1. Apertura de la reunión\n"
    ),
    "ru": (
        "Совещание Высоких Договаривающихся Сторон\n\nI. Введение\n"
        "1. Совещание постановило, что работа Группы будет продолжена в этом году.\n"
        "Приложение I\nПовестка дня\n1. Открытие совещания\n"
    ),
    "ar": (
        "اجتماع الأطراف المتعاقدة السامية\n\nأولاً - مقدمة\n"
        "١. قرر الاجتماع أن يواصل الفريق عمله في هذه السنة وفقاً للولاية.\n"
        "٢. وقرر الاجتماع أيضاً أن يقدم الفريق تقريره إلى الاجتماع.\n"
        "المرفق الأول\nجدول الأعمال\n"
    ),
}


@pytest.mark.parametrize("language", sorted(LANGUAGE_SAMPLES))
def test_other_official_languages_do_not_break(language: str) -> None:
    document = build_document(raw_from_text(LANGUAGE_SAMPLES[language]))
    assert document.language == language
    numbered = [b for b in document.blocks if b.kind == "paragraph" and b.label]
    assert numbered, document.blocks
    annexes = [b for b in document.blocks if b.kind == "annex"]
    assert len(annexes) == 1
    if language != "ar":
        assert [b.kind for b in document.blocks if b.parent == annexes[0].id] == [
            "heading",
            "list-row",
        ]


def test_text_without_structure_falls_back_to_paragraphs() -> None:
    text = "Just some words here.\n\nAnd another paragraph there, with nothing numbered."
    document = build_document(raw_from_text(text))
    assert document.warnings == ("no-structure",)
    assert [(b.kind, b.label, b.text) for b in document.blocks] == [
        ("paragraph", None, "Just some words here."),
        ("paragraph", None, "And another paragraph there, with nothing numbered."),
    ]


def test_paragraph_numbers_past_999_continue_the_sequence() -> None:
    # A compilation numbered through: "1000." follows "999.", so it is a label; a
    # year opening a wrapped line ("2023. The Group...") is not.
    assert parse_label("1000. The Group met.", 1000) is not None
    assert parse_label("2023. The Group met.", 1000) is None
    assert parse_label("2023. The Group met.") is None
    paragraphs = [f"{n}. Paragraph number {n} of the compilation." for n in range(1, 1004)]
    text = "I. Introduction\n\n" + "\n\n".join(paragraphs) + "\n\n2023. A year, not a label."
    document = build_document(raw_from_text(text))
    labels = [b.label for b in document.blocks if b.kind == "paragraph" and b.label]
    assert labels == [f"{n}." for n in range(1, 1004)]
    assert "2023. A year, not a label." in document.blocks[-1].text
    assert not any(b.label == "2023." for b in document.blocks)


def test_a_paragraph_opening_with_an_annex_named_in_a_sentence_is_no_annex() -> None:
    """One paragraph per line (DOCX): "Annex II of the report ..." and "Annex I, containing
    ..." go on as sentences."""
    lines = [
        "CCW/GGE.1/2023/2",
        "Report of the session",
        "1. The Group considered the proposals listed in the annexes.",
        "Annex II of the report of the 2022 session was also considered.",
        "Annex I, containing the list of participants, was not discussed.",
        "2. The Group adopted its report.",
        "Annex II",
        "List of documents",
        "CCW/GGE.1/2023/1 Provisional agenda",
    ]
    document = build_document(raw_from_text("\n".join(lines), "docx", paragraph_lines=True))
    kinds = {block.text: block.kind for block in document.blocks}
    assert kinds["Annex II of the report of the 2022 session was also considered."] != "annex"
    assert kinds["Annex I, containing the list of participants, was not discussed."] != "annex"
    assert kinds["The Group adopted its report."] == "paragraph"
    assert [block.label for block in document.blocks if block.kind == "annex"] == ["Annex II"]
    assert kinds["Provisional agenda"] == "list-row"
