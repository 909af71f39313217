"""Cleaning: furniture removal, footnotes, title-block columns and line re-joining."""

from __future__ import annotations

import pytest

from ccwdiff.core.clean import CleanResult, clean
from ccwdiff.core.model import RawDocument, SourceLine
from tests.core.rawtext import corpus_raw, raw_from_text

ZH = "CCW-MSP-2023-7.zh.txt"
EN_2019 = "CCW-GGE.1-2019-3.en.txt"
EN_WP1 = "CCW-GGE.1-2025-WP.1.en.txt"

# Paragraph 20 of the Chinese 2023 report, first bullet: 19 visual lines re-joined.
ZH_20_FIRST_BULLET = (
    "• 根据 CCW/CONF.V/10 号文件所载第五次审查会议决定 1 设立的致命性自主武器系统领域新兴技术"
    "问题不限成员名额政府专家组的工作，应遵循 CCW/CONF.V/2 号文件所载商定建议继续进行，以加强"
    "本公约。专家组应当联系本公约的目标和宗旨，进一步审议一项文书的一套要素，并在不预先判断该文"
    "书的性质的前提下以协商一致方式拟定这套要素，还应审议和拟定应对致命性自主武器系统领域新兴技"
    "术的其他可能的措施，同时以专家组各项建议和结论为基础，考虑到本公约框架内现有议定书的实例，"
    "缔约方提出的建议，以及与致命性自主武器系统领域新兴技术的规范和操作框架相关的其他备选办法，"
    "并吸收法律、军事和技术方面的专门知识。"
)


def texts(result: CleanResult, role: str = "body") -> list[str]:
    return [p.text for p in result.paragraphs if p.role == role]


def starting(result: CleanResult, prefix: str) -> str:
    """The first paragraph starting with ``prefix`` (report paragraphs come before annexes)."""
    matches = [p.text for p in result.paragraphs if p.text.startswith(prefix)]
    assert matches, prefix
    return matches[0]


@pytest.fixture(scope="module")
def zh() -> CleanResult:
    return clean(corpus_raw(ZH))


@pytest.fixture(scope="module")
def en2019() -> CleanResult:
    return clean(corpus_raw(EN_2019))


# -- Chinese text layer: a break every ~35 characters, blank lines between every line ----------


def test_zh_paragraph_20_rejoined_exactly(zh: CleanResult) -> None:
    body = texts(zh)
    position = body.index("20. 会议决定：")
    assert body[position + 1] == ZH_20_FIRST_BULLET
    assert body[position + 2] == "• 第六次审查会议的议事规则应比照适用于专家组。"
    assert body[position + 4] == "• 专家组将由东欧集团的一名代表担任主席。"
    assert body[position + 5].startswith("21. ")


def test_zh_furniture_found_by_position_and_repetition(zh: CleanResult) -> None:
    assert zh.symbol == "CCW/MSP/2023/7"
    url = (
        "https://meetings.unoda.org/ccw-mhcp/convention-on-certain-conventional-weapons-"
        "meeting-of-high-contracting-parties-2023"
    )
    assert zh.furniture == (url, url, "http://documents.un.org/", "CCW/MSP/2023/7", "GE.23-23130 5")
    body = texts(zh)
    assert "CCW/MSP/2023/7" not in body
    assert not any("GE.23-23130" in text for text in body)
    # The running header fell between items (d) and (e) of paragraph 24: both stay whole.
    assert starting(zh, "(d) ").endswith("缔约方第十八次会议；")
    assert starting(zh, "(e) ").endswith("缔约方第二十六届会议；")


def test_zh_joins_cjk_tight_and_cjk_latin_spaced_like_the_source(zh: CleanResult) -> None:
    paragraph_14 = starting(zh, "14. ")
    # The URL broken after "weapons-" is re-joined without a space and keeps its hyphen.
    assert (
        "网站(https://meetings.unoda.org/ccw-mhcp/convention-on-certain-conventional-weapons-"
        "meeting-of-high-contracting-parties-2023)上查阅" in paragraph_14
    )
    # "会议通" / "过了": CJK-CJK, no space; "确认" / "CCW/CONF.V/4": the file spaces Latin.
    assert "会议通过了 2023 年 9 月 8 日" in paragraph_14
    assert "缔约方无法确认 CCW/CONF.V/4 所载议事规则" in paragraph_14
    assert "于 2024 年 9 月 2 日举行" in starting(zh, "(a) ")
    assert "为期 10 天，2024 年" in starting(zh, "(c) ")


def test_zh_title_lines_stay_separate(zh: CleanResult) -> None:
    assert texts(zh, "title") == [
        "2023 年 11 月 15 日至 17 日，日内瓦",
        "议程项目 16",
        "审议并通过最后报告",
        "最后报告",
    ]


def test_zh_annex_rows_rejoined(zh: CleanResult) -> None:
    body = texts(zh)
    assert "CCW/MSP/2023/5 致命自主武器系统领域新兴技术问题政府专家组 2024 年会议费用估计" in body
    assert "CCW/MSP/2023/WP.15 以色列提交的工作文件" in body
    assert body[-1] == "CCW/MSP/2023/WP.16 主席提交的工作文件"


# -- pdftotext -layout dumps -----------------------------------------------------------------


def test_layout_title_block_right_column_removed(en2019: CleanResult) -> None:
    assert en2019.right_column == ("25 September 2019", "Original: English")
    assert texts(en2019, "title") == [
        "Convention on Prohibitions or Restrictions on the Use of Certain Conventional Weapons "
        "Which May Be Deemed to Be Excessively Injurious or to Have Indiscriminate Effects",
        "Group of Governmental Experts on Emerging Technologies in the Area of Lethal "
        "Autonomous Weapons System",
        "Geneva, 25–29 March 2019 and 20–21 August 2019",
        "Item 6 of the provisional agenda",
        "Adoption of the report (second session)",
        "Report of the 2019 session of the Group of Governmental Experts on Emerging "
        "Technologies in the Area of Lethal Autonomous Weapons Systems",
    ]


def test_layout_headers_footers_page_numbers_and_barcode_removed(en2019: CleanResult) -> None:
    furniture = en2019.furniture
    assert furniture.count("CCW/GGE.1/2019/3") == 14
    assert "GE.19-16520(E)" in furniture
    assert [f for f in furniture if f.isdigit()] == [str(n) for n in range(2, 15)]
    assert any(all("\ue000" <= c <= "\uf8ff" or c.isspace() for c in f) for f in furniture)
    assert not any(text.strip().isdigit() for text in texts(en2019))


def test_layout_paragraph_carried_across_page_break(en2019: CleanResult) -> None:
    paragraph_3 = starting(en2019, "3.")
    assert paragraph_3.endswith(
        "Michael Møller, Director-General of the United Nations Office at Geneva delivered a "
        "statement on behalf of the Secretary-General of the United Nations."
    )
    paragraph_10 = starting(en2019, "10.")
    assert "Université Lumière Lyon 2, University Institute" in paragraph_10


def test_layout_footnotes_kept_out_of_the_body(en2019: CleanResult) -> None:
    assert texts(en2019, "footnote") == [
        "1 CCW/GGE.1/2019/1.",
        "2 CCW/CONF.V/4.",
        "3 CCW/GGE.1/2019/2.",
        "4   As reflected in paragraph 13 of the report, the plenary meetings on 20 and 21 August "
        "were dedicated to the consideration and adoption of the final report in accordance with "
        "agenda item 6.",
    ]
    assert not any("CCW/CONF.V/4." == text for text in texts(en2019))


def test_layout_heading_and_table_rows_with_hanging_indent(en2019: CleanResult) -> None:
    body = texts(en2019)
    assert "II. Organization and work of the Group of Governmental Experts" in body
    rows = [text for text in body if text.startswith("CCW/GGE.1/2019/")]
    assert len(rows) == 12
    assert rows[1] == (
        "CCW/GGE.1/2019/2             Provisional Programme of Work. Submitted by the Chairperson"
    )
    assert rows[-2].endswith(
        "robotics: Technical aspects of human control. Submitted by the "
        "International Committee of the Red Cross (ICRC)."
    )


def test_printing_note_at_page_foot_is_furniture() -> None:
    result = clean(corpus_raw(EN_WP1))
    assert any(
        f.endswith("The present document is being issued without formal editing.")
        for f in result.furniture
    )
    assert not any("formal editing" in p.text for p in result.paragraphs)
    # A footnote continued after a blank line at the foot of the page stays one footnote.
    assert texts(result, "footnote")[1].endswith("and Reto Wollenmann of Switzerland.")
    # "Guiding Principle (a)4 - and of": a label glued to a footnote marker is not a label.
    assert "notably Guiding Principle (a)4 - and of the preambular part" in starting(result, "16.")


# -- hand-made inputs --------------------------------------------------------------------------

FILLER = "The Group considered the proposals submitted by delegations during the session and"


@pytest.mark.parametrize(
    ("left", "right", "joined"),
    [
        # Real line-end hyphenation: nothing in the text argues for the hyphen.
        ("recognized by the inter-", "national community as a whole.", "international"),
        # The compound is attested elsewhere in the text: keep the hyphen.
        ("it is a well-", "known fact. It is well-known to all.", "well-known fact"),
        # A capital after the hyphen: a name or a proper compound.
        ("served by Ms. Sophie Guillermin-", "Golet at the two sessions.", "Guillermin-Golet"),
        # The same prefix is used with a hyphen elsewhere ("self-destruct").
        ("incorporate self-destruct or self-", "deactivation mechanisms.", "self-deactivation"),
        # A URL: never a hyphenation and never a space.
        ("see https://meetings.unoda.org/ccw-", "mhcp/2023 for details.", "ccw-mhcp/2023"),
    ],
)
def test_line_end_hyphens(left: str, right: str, joined: str) -> None:
    text = f"1. {FILLER} {left}\n{right}\n"
    result = clean(raw_from_text(text))
    assert joined in result.paragraphs[0].text
    dropped = 1 if joined == "international" else 0
    assert result.dropped_hyphens == dropped


def test_blank_lines_between_every_line_are_not_paragraph_breaks() -> None:
    lines = [
        "1. 会议决定继续监测《特定常规武器公约》的财务状况，并请执行支助股继续每年报告其活",
        "动情况，包括其估计费用和实际开支。",
        "2. 会议于 2023 年 11 月 15 日至 17 日在日内瓦举行，由主席主持并通过了议程和",
        "CCW/MSP/2023/1 号文件所载的工作计划。",
    ]
    result = clean(raw_from_text("\n\n".join(lines * 3)))
    assert texts(result)[:2] == [
        "1. 会议决定继续监测《特定常规武器公约》的财务状况，并请执行支助股继续每年报告其活动情况，"
        "包括其估计费用和实际开支。",
        "2. 会议于 2023 年 11 月 15 日至 17 日在日内瓦举行，由主席主持并通过了议程和 "
        "CCW/MSP/2023/1 号文件所载的工作计划。",
    ]


def test_form_feed_pages_with_running_header_and_footer() -> None:
    page = "CCW/XYZ/2020/1\n\n1. {0} the work.\n2. {0} a report.\n\nGE.20-01234 {1}"
    text = "\f".join(page.format(FILLER, n) for n in range(1, 4))
    result = clean(raw_from_text(text))
    assert result.symbol == "CCW/XYZ/2020/1"
    assert result.furniture.count("CCW/XYZ/2020/1") == 3
    assert "GE.20-01234 2" in result.furniture
    assert all("CCW/XYZ" not in p.text and "GE.20" not in p.text for p in result.paragraphs)


def test_docx_paragraph_lines_are_never_joined() -> None:
    text = (
        "1. First paragraph without a final stop\nsecond paragraph starting lowercase\n• A bullet"
    )
    result = clean(raw_from_text(text, "docx", paragraph_lines=True))
    assert [p.text for p in result.paragraphs] == text.split("\n")


def test_pdf_footnotes_told_apart_by_font_size_and_position() -> None:
    body = [
        "1. The Group of Governmental Experts met in Geneva from 4 to 8 March and adopted its",
        "agenda1 and its programme of work as contained in the annex to this report, as orally",
        "amended by the Chair.",
        "2. The session was opened by the Chairperson, who recalled the mandate of the Group and",
    ]
    footnote = ["1 CCW/GGE.1/2024/1, adopted on 4 March 2024."]
    page_2 = ["its work in 2024 and beyond.", "3. The Group adopted its report by consensus."]
    lines = [SourceLine(t, page=1, y=0.1 + 0.02 * n, x=0.1, size=10.0) for n, t in enumerate(body)]
    lines.append(SourceLine(footnote[0], page=1, y=0.9, x=0.1, size=8.0))
    lines.append(SourceLine("GE.24-01234 2", page=1, y=0.95, x=0.1, size=8.0))
    lines += [
        SourceLine(t, page=2, y=0.1 + 0.02 * n, x=0.1, size=10.0) for n, t in enumerate(page_2)
    ]
    raw = RawDocument(path="x.pdf", format="pdf", lines=tuple(lines), page_count=2)
    result = clean(raw)
    assert texts(result, "footnote") == footnote
    assert texts(result)[1] == (
        "2. The session was opened by the Chairperson, who recalled the mandate of the Group and "
        "its work in 2024 and beyond."
    )
    assert result.furniture == ("GE.24-01234 2",)


def test_soft_hyphen_at_line_end_is_removed() -> None:
    text = f"1. {FILLER} recognized by the inter\xad\nnational community as a whole.\n"
    result = clean(raw_from_text(text))
    assert "international community" in result.paragraphs[0].text
    assert result.dropped_hyphens == 1


def test_docx_title_table_distribution_column_is_furniture() -> None:
    text = (
        "缔约方会议 《禁止或限制使用某些常规武器公约》  "
        "CCW/MSP/2023/7 Distr.: General 2023 年 12 月 5 日\n"
        "议程项目 16\n最后报告\n一. 导言\n1. 会议决定："
    )
    result = clean(raw_from_text(text, "docx", paragraph_lines=True))
    assert result.furniture == ("CCW/MSP/2023/7 Distr.: General 2023 年 12 月 5 日",)
    assert result.symbol == "CCW/MSP/2023/7"
    assert texts(result, "title")[0] == "缔约方会议 《禁止或限制使用某些常规武器公约》"


def test_annex_named_inside_a_sentence_at_a_line_start_is_not_an_annex() -> None:
    """ "...listed in Annex I of this report, as well as in / Annex II of the report of
    the 2022 session" (a PDF of a generated compilation): the line break falls before
    "Annex II", which then opened an annex, and every numbered paragraph after it was
    read as a row of a list of documents."""
    lines = [
        "1. The Group considered the oral and written proposals, including those submitted",
        "as working papers and listed in Annex I of this report, as well as in",
        "Annex II of the report of the 2022 session of the Group (CCW/GGE.1/2022/2).",
        "2. The Group noted that the paper had not been agreed and had no status, and",
        "Annex III to the report was therefore not discussed at the session.",
        "3. The Group adopted its report.",
        "",
        "Annex II",
        "",
        "List of documents",
    ]
    text = "CCW/GGE.1/2023/2\n\nReport of the session\n\n" + "\n".join(lines)
    result = clean(raw_from_text(text))
    assert texts(result)[:3] == [
        f"{lines[0]} {lines[1]} {lines[2]}",
        f"{lines[3]} {lines[4]}",
        lines[5],
    ]
    from ccwdiff.core.document import build_document

    document = build_document(raw_from_text(text))
    kinds = [(block.kind, block.label) for block in document.blocks if block.kind != "title"]
    assert kinds[:3] == [("paragraph", "1."), ("paragraph", "2."), ("paragraph", "3.")]
    assert ("annex", "Annex II") in kinds


def test_chinese_annex_named_after_a_line_break_inside_a_sentence() -> None:
    """ "...并向会议提供了 / 附件二所列的文件。" (the Chinese 1x PDF of the benchmarks): a
    long line ending on a character runs on, so 附件二 there names an annex."""
    lines = [
        "CCW/MSP/2023/7",
        "",
        "最后报告",
        "",
        "1. 会议对裁军厅和执行支助股为支持《特定常规武器公约》而开展的工作深表感谢，并向会议提供了",
        "附件二所列的文件。会议注意到第十六次会议的成果，并决定继续审议这一问题，以加强本公约的执行。",
        "2. 会议决定继续监测《特定常规武器公约》的财务状况，并请执行支助股继续每年报告其活动情况。",
        "",
        "附件二",
        "",
        "文件清单",
    ]
    assert texts(clean(raw_from_text("\n".join(lines)))) == [
        lines[4] + lines[5],
        lines[6],
        "附件二",
        "文件清单",
    ]


# A Chinese report's first lines: symbol, title and a paragraph (lines[4]).
ZH_OPENING = [
    "CCW/MSP/2023/7",
    "",
    "最后报告",
    "",
    "1. 会议注意到缔约方关于杀伤人员地雷以外的地雷问题的不同意见，"
    "并决定在会议上继续讨论这一问题和相关事项。",
]


def test_chinese_line_ending_on_a_number_runs_on() -> None:
    """ "...赞助方案延续至 2026 / 年(CCW/CONF.VI/11, 第 29 段)。" (the Chinese 1x PDF): the
    line ends early because "年(CCW/CONF.VI/11," could not be broken, so "年" would have
    fitted; a long Chinese line without final punctuation runs on whatever its last
    character."""
    lines = [
        *ZH_OPENING,
        "此外，举行的《特定常规武器公约》缔约方第六次审查会议决定将赞助方案延续至 2026",
        "年(CCW/CONF.VI/11, 第 29 段)。会议注意到缔约方关于杀伤人员地雷以外的地雷问题的不同意见。",
        "2. 会议决定继续监测《特定常规武器公约》的财务状况，"
        "并请执行支助股继续每年报告其活动情况和开支。",
    ]
    assert texts(clean(raw_from_text("\n".join(lines)))) == [
        lines[4] + lines[5] + " " + lines[6],
        lines[7],
    ]


def test_a_reference_wrapped_to_a_line_start_after_a_kept_space_is_the_same_sentence() -> None:
    """PDF text layers that keep the space between two words at the end of a wrapped line
    (the English PDFs of the benchmarks): after such a space, "IV." or "(a)" opening the
    next line is a reference inside the sentence ("from box III to / IV. The ..."), not
    a heading or an item; a list after "decided:" still starts its items."""
    lines = [
        "CCW/GGE.1/2023/2",
        "",
        "Report of the session",
        "",
        "1. Some delegations argued that it might be useful to move the elements from box III to ",
        "IV. The Chair said that the characterization remained one of the most debated parts of ",
        "the rolling text.",
        "2. The Group considered the proposals submitted by delegations during the session under ",
        "the agenda item 5 ",
        "(a) “An exploration of the potential challenges posed by emerging technologies”.",
        "3. The Group decided:",
        "(a) To continue its work in 2024 on the basis of the rolling text of the Chair; and",
        "(b) To report to the Meeting of the High Contracting Parties.",
        "4. The Group adopted its report by consensus at its final meeting on the last day of the ",
        "session, after a further exchange of views on the working methods of the Group.",
    ]
    assert texts(clean(raw_from_text("\n".join(lines)))) == [
        "".join(lines[4:7]),
        "".join(lines[7:10]),
        *lines[10:13],
        "".join(lines[13:15]),
    ]


def test_chinese_line_ending_before_an_unbreakable_url_runs_on() -> None:
    """ "...可在《特定常规武器公约》网 / 站(https://meetings.unoda.org/...)上查阅" (the Chinese
    1x PDF of the benchmarks): the line stops early because the character before the URL
    moves down with it; the URL could not have fitted, so the line was not short."""
    url = (
        "https://meetings.unoda.org/ccw-mhcp/"
        "convention-on-certain-conventional-weapons-meeting-of-high-contracting-parties-2023"
    )
    lines = [
        *ZH_OPENING,
        "2. 会议文件的所有正式语文本可在《特定常规武器公约》网",
        f"站({url})上查阅。",
        "3. 会议决定继续监测《特定常规武器公约》的财务状况，"
        "并请执行支助股继续每年报告其活动情况和开支。",
    ]
    assert texts(clean(raw_from_text("\n".join(lines)))) == [
        lines[4],
        lines[5] + lines[6],
        lines[7],
    ]


@pytest.mark.parametrize("kept_space", [False, True])
def test_a_dash_wrapped_to_a_line_start_is_punctuation_not_a_bullet(kept_space: bool) -> None:
    """ "...and that some of its paragraphs / – given their significance – might be better
    placed..." (CCW/GGE.1/2025/WP.9, and the English PDFs of the benchmarks): after a full
    line, a dash before a lowercase word in the same column is the sentence's own dash.
    Dash lists keep their bullets: after a lead-in ("decided:"), after "; and", inside a
    dash bullet, with capitalised entries, after a line that stopped short, and indented
    further than the line before. With ``kept_space``, every line that does not end its
    paragraph keeps the space before the next word, as some PDF text layers do."""
    paragraphs = [
        [
            "1. Some delegations said that the text could be streamlined, and that its paragraphs",
            "– given their significance – might be better placed in other boxes of the text.",
        ],
        [
            "2. The Group decided to hold two sessions in 2026 and asked the Chair for a text, and",
            "– in particular – to consult the High Contracting Parties and observers on the text.",
        ],
        ["3. The Group decided:"],
        ["– to continue its consideration of the elements of an instrument; and"],
        ["– to report to the Meeting of the High Contracting Parties in November 2026 on its work"],
        ["– including on the characterization of the systems under consideration by the Group."],
        ["4. The following questions were raised by delegations during the exchange of views"],
        ["– Human control over the use of force in the operation of weapons systems"],
        ["– Legal reviews of weapons under Article 36 of Additional Protocol I"],
        ["5. The Chair noted the views of delegations on the draft"],
        ["– to be reflected in the rolling text of the Chair to be circulated before the session."],
        ["6. The Group decided to continue its work on the characterization of the systems; and"],
        ["– to report to the Meeting of the High Contracting Parties on its work in 2026."],
        ["7. The Group noted the proposals made by delegations on the characterization of systems"],
        ["    – in particular those on the definitions of the systems under consideration."],
    ]
    lines = ["CCW/GGE.1/2025/WP.9", "", "Chair's summary", ""]
    for paragraph in paragraphs:
        lines.extend(line + " " if kept_space else line for line in paragraph[:-1])
        lines.append(paragraph[-1])
    assert texts(clean(raw_from_text("\n".join(lines)))) == [
        " ".join(line.strip() for line in paragraph) for paragraph in paragraphs
    ]


def test_a_bullet_carried_over_a_page_break_in_its_own_column_goes_on() -> None:
    """A bullet whose sentence ends at the foot of a page goes on at the top of the next
    page, in the bullet's own (indented) column (the English and Chinese PDFs of the
    benchmarks); an indented first line in another column still opens a paragraph."""
    pages = [
        [
            "CCW/MSP/2023/INF.2",
            "1. The Group of Governmental Experts met in Geneva in 2023 and adopted its report.",
            "2. The following views were expressed by delegations during the general exchange:",
            "    • Similar to the previous sessions of the Group, divergent opinions were",
            "    expressed on the need to continue including the term lethal when referring",
            "    to autonomous weapons systems in the elements of a possible instrument.",
            "GE.23-12345",
        ],
        [
            "CCW/MSP/2023/INF.2",
            "    Several delegations welcomed the text defining the term and declared they",
            "    could support it as a basis for the further work of the Group in 2024.",
            "3. The Group considered the rolling text of the Chair and the proposals that were",
            "submitted by delegations at the session, including those on the characterization.",
            "4. The Group adopted its report at its final meeting on the last day of the session.",
            "GE.23-12345",
        ],
        [
            "CCW/MSP/2023/INF.2",
            "      The Chair thanked delegations for their constructive engagement in the work.",
            "5. The Group recommended that the Meeting decide on the future work of the Group.",
            "GE.23-12345",
        ],
    ]
    result = clean(raw_from_text("\f".join("\n".join(page) for page in pages)))
    strip = " ".join
    assert texts(result) == [
        pages[0][1],
        pages[0][2],
        strip(line.strip() for line in pages[0][3:6] + pages[1][1:3]),
        strip(line.strip() for line in pages[1][3:5]),
        pages[1][5],
        pages[2][1].strip(),
        pages[2][2],
    ]


def test_a_document_symbol_wrapped_onto_a_line_of_its_own_is_text() -> None:
    """ "...as contained in document / CCW/GGE.1/2025/2." twice in a report: a lone
    symbol that ends a sentence is text, however often it recurs; the running header
    (the same symbol at every page top, without a full stop) is still furniture."""
    page = (
        "CCW/GGE.1/2025/3\n\n"
        "{0}. The Group adopted its agenda and its programme of work, as contained in document\n"
        "CCW/GGE.1/2025/2.\n"
        "{1}. The Group considered the rolling text of the Chair at its meetings in March.\n\n"
        "GE.25-01234"
    )
    text = "\f".join(page.format(2 * n - 1, 2 * n) for n in (1, 2))
    result = clean(raw_from_text(text))
    assert result.furniture.count("CCW/GGE.1/2025/3") == 2
    assert "CCW/GGE.1/2025/2." not in result.furniture
    body = texts(result)
    assert body[0].endswith("as contained in document CCW/GGE.1/2025/2.")
    assert body[2].endswith("as contained in document CCW/GGE.1/2025/2.")
    assert len(body) == 4
