"""Generate the controlled English pair tests/data/en/report-old.txt and report-new.txt.

Both are derived from CCW/GGE.1/2023/2 (in /work/shared/corpus) and laid out the way
`pdftotext -layout` renders a UN report: the symbol on the first line, a two-column title
block (convention name left, distribution/date/original language right), running headers
alternating left and right, page numbers at the bottom, the GE job number and its barcode
line at the foot of page 1, "Please recycle", and a text margin that shifts from page to page.

"report-old" stands for the 2023 session report under the 2022 mandate, "report-new" for the
2024 session report under the 2023 mandate. Every deliberate difference is listed in
tests/data/README.md (the answer key). Run by hand, commit the output:

    python tests/data/make_en_pair.py
"""

from __future__ import annotations

import textwrap
import unicodedata
from dataclasses import dataclass
from pathlib import Path

OUT_DIR = Path(__file__).resolve().parent / "en"
LINE = 100  # right edge of the text column
BODY_LINES = (30, 46)  # lines of body text on page 1, on later pages
MARGINS = (13, 12, 7, 11, 9, 12)  # left margin by page: pdftotext shifts it per page


@dataclass(frozen=True)
class Block:
    """One logical block of the report."""

    kind: str  # heading | para | bullet | item | row | raw
    text: str
    label: str = ""


def H(label: str, text: str) -> Block:
    return Block("heading", text, label)


def P(label: str, text: str) -> Block:
    return Block("para", text, label)


def B(text: str) -> Block:
    return Block("bullet", text)


def I(label: str, text: str) -> Block:  # noqa: E743 - mirrors H/P/B
    return Block("item", text, label)


def R(symbol: str, title: str) -> Block:
    return Block("row", title, symbol)


def T(text: str) -> Block:
    return Block("raw", text)


NEW_PAGE = Block("newpage", "")


def sort_key(name: str) -> str:
    """Alphabetical order of UN lists: accents ignored, Türkiye where Turkey stood."""
    plain = unicodedata.normalize("NFD", name.replace("Türkiye", "Turkey"))
    return "".join(c for c in plain if not unicodedata.combining(c)).casefold()


def layout_block(block: Block, margin: int) -> list[str]:
    """Physical lines of one block, relative to the page's left margin."""
    pad = " " * margin
    if block.kind == "heading":
        return ["", f"{pad[:-6]}{block.label:>4}   {block.text}", ""]
    if block.kind == "para":
        # the gap after the number varies in the real dumps (justified first line)
        gap = " " * (7 - len(block.label) - (len(block.text) % 3))
        first = f"{block.label}.{gap}"
        lines = textwrap.wrap(
            first + block.text, LINE - margin, subsequent_indent="", break_on_hyphens=False
        )
        return [pad + line for line in lines]
    if block.kind == "bullet":
        lines = textwrap.wrap(block.text, LINE - margin - 12, break_on_hyphens=False)
        head = f"{pad}       •   "
        return [head + lines[0]] + [" " * len(head) + line for line in lines[1:]]
    if block.kind == "item":
        lines = textwrap.wrap(block.text, LINE - margin - 11, break_on_hyphens=False)
        head = f"{pad}       {block.label} "
        return [head + lines[0]] + [f"{pad}           {line}" for line in lines[1:]]
    if block.kind == "row":
        lines = textwrap.wrap(block.text, 56, break_on_hyphens=False)
        sym = f"{block.label:<29} " if len(block.label) < 26 else f"{block.label} "
        out = [pad + sym + lines[0]] + [pad + " " * 30 + line for line in lines[1:]]
        return [*out, ""]
    return [pad + block.text if block.text else ""]


def render(symbol: str, title_block: list[str], job: str, blocks: list[Block]) -> str:
    """The whole dump: title block, body paginated with running headers and footers."""
    out = [symbol, *title_block]
    page = 1
    used = 0
    # the job-number barcode comes out as private-use glyphs of the barcode font
    barcode = "".join(chr(0xF000 + ord(c)) for c in f"*{job[3:5]}{job[6:]}*")

    def new_page() -> None:
        nonlocal page, used
        if page == 1:
            out.extend(["", "Please recycle", "", f"{job}(E)", "", barcode, ""])
        elif page % 2 == 0:
            out.extend(["", str(page), ""])
        else:
            out.extend(["", f"{page:>{LINE + 8}}", ""])
        page += 1
        out.extend([symbol if page % 2 == 0 else f"{symbol:>{LINE - 4}}", ""])
        used = 0

    for block in blocks:
        if block.kind == "newpage":
            new_page()
            continue
        margin = MARGINS[(page - 1) % len(MARGINS)]
        shift = 0
        for line in layout_block(block, margin):
            if used >= BODY_LINES[page > 1]:
                new_page()
                # the rest of the block follows the new page's margin
                shift = MARGINS[(page - 1) % len(MARGINS)] - margin
            if line.strip() and shift:
                line = " " * (shift + len(line) - len(line.lstrip(" "))) + line.lstrip(" ")
            out.append(line)
            used += 1
    out.extend(["", f"{page:>{LINE + 8}}" if page % 2 else str(page)])
    return "\n".join(out) + "\n"


def title_block(date: str, place: str, item: str, title: list[str]) -> list[str]:
    """Two columns: the Convention's name on the left, distribution data on the right."""
    left = [
        "Convention on Prohibitions or Restrictions on the",
        "Use of Certain Conventional Weapons Which",
        "May Be Deemed to Be Excessively Injurious",
        "or to Have Indiscriminate Effects",
    ]
    right = ["Distr.: General", date, "", "Original: English"]
    lines = [f"{a:<83}{b}".rstrip() for a, b in zip(left, right, strict=True)]
    return [
        *lines,
        "",
        "Group of Governmental Experts on Emerging Technologies",
        "in the Area of Lethal Autonomous Weapons System",
        place,
        item,
        "Adoption of the report (last session only)",
        "",
        *[f"             {line}" for line in title],
    ]


# --- shared text -----------------------------------------------------------------------

CONVENTION_LONG = (
    "the Convention on Prohibitions or Restrictions on the Use of Certain Conventional Weapons "
    "Which May Be Deemed to Be Excessively Injurious or Have Indiscriminate Effects (hereinafter "
    "“the Convention”)"
)
MANDATE_HEAD = (
    "“That the work of the open-ended Group of Governmental Experts related to emerging "
    "technologies in the area of lethal autonomous weapon systems established by Decision 1 of "
    "the Fifth Review Conference as contained in document CCW/CONF.V/10, adhering to the agreed "
    "recommendations contained in document CCW/CONF.V/2, is to continue, to strengthen the "
    "Convention. In the context of the objectives and purpose of the Convention, the Group "
)
MANDATE_OLD = MANDATE_HEAD + (
    "should intensify the consideration of proposals and elaborate, by consensus, possible "
    "measures, including taking into account the example of existing protocols within the "
    "Convention, and other options related to the normative and operational framework on "
    "emerging technologies in the area of lethal autonomous weapon systems, building upon the "
    "recommendations and conclusions of the Group of Governmental Experts related to emerging "
    "technologies in the area of lethal autonomous weapon systems, and bringing in expertise on "
    "legal, military, and technological aspects;"
)
MANDATE_NEW = MANDATE_HEAD + (
    "is to further consider and formulate, by consensus, a set of elements of an instrument, "
    "without prejudging its nature, and other possible measures to address emerging "
    "technologies in the area of lethal autonomous weapon systems, taking into account the "
    "example of existing protocols within the Convention, proposals presented by High "
    "Contracting Parties and other options related to the normative and operational framework "
    "on emerging technologies in the area of lethal autonomous weapon systems, building upon "
    "the recommendations and conclusions of the Group, and bringing in expertise on legal, "
    "military, and technological aspects;"
)
RULES = (
    "The rules of procedure of the Sixth Review Conference shall apply mutatis mutandis to the "
    "Group;"
)
SPONSORSHIP = (
    "The widest possible participation of all High Contracting Parties is to be promoted in "
    "accordance with the goals of the CCW Sponsorship Program;"
)
STATES_BASE = [
    "Algeria", "Argentina", "Australia", "Austria", "Belarus", "Belgium",
    "Bosnia and Herzegovina", "Brazil", "Bulgaria", "Burkina Faso", "Burundi", "Canada",
    "Chile", "China", "Colombia", "Costa Rica", "Côte d’Ivoire", "Croatia", "Cuba", "Cyprus",
    "Czech Republic", "Denmark", "Djibouti", "Dominican Republic", "Ecuador", "El Salvador",
    "Estonia", "Finland", "France", "Georgia", "Germany", "Greece", "Guatemala", "Holy See",
    "Honduras", "Hungary", "India", "Iraq", "Ireland", "Israel", "Italy", "Japan", "Jordan",
    "Kazakhstan", "Kuwait", "Lao People’s Democratic Republic", "Lithuania", "Luxembourg",
    "Madagascar", "Malawi", "Malta", "Mexico", "Montenegro", "Morocco", "Netherlands",
    "New Zealand", "Nicaragua", "Norway", "Pakistan", "Panama", "Peru", "Philippines", "Poland",
    "Portugal", "Qatar", "Republic of Korea", "Romania", "Russian Federation", "Saudi Arabia",
    "Serbia", "Sierra Leone", "Slovakia", "Slovenia", "South Africa", "Spain", "Sri Lanka",
    "State of Palestine", "Sweden", "Switzerland", "Togo", "Tunisia", "Türkiye", "Ukraine",
    "United Arab Emirates", "United Kingdom", "United States of America", "Uruguay",
    "Venezuela (Bolivarian Republic of)",
]  # fmt: skip
STATES_OLD_ONLY = ["Jamaica", "Lebanon", "Malta", "Turkey"]
STATES_NEW_ONLY = ["Bahrain", "Burundi", "Djibouti", "Latvia", "Nicaragua", "Türkiye"]
NGOS_BASE = [
    "Amnesty International", "Asociación para Políticas Públicas (APP)", "Article 36",
    "Campaign to Stop Killer Robots",
    "Center for Countermeasures against Chemical and Biological Warfare Agents (CCACBWA)",
    "Centre for Humanitarian Dialogue", "DFG-VK", "Future of Life Institute",
    "Human Rights Watch", "INHR", "InterAgency Institute",
    "Maat for Peace, Development and Human Rights", "Norwegian Peace Association",
    "Norwegian People’s Aid", "PAX", "Pax Christi International", "Pirate Parties International",
    "PROTECTION", "Research Society of International Law (RSIL)", "SEHLAC NETWORK",
    "Sustainable Peace and Development Organization (SPADO)",
    "Swiss Chinese Law Association (SCLA)", "Virtual Planet Africa",
    "Women’s International League for Peace and Freedom (WILPF)",
]  # fmt: skip
NGOS_OLD_ONLY = ["Pirate Parties International", "Virtual Planet Africa"]
NGOS_NEW_ONLY = ["Mines Action Canada"]


def enumerate_en(names: list[str]) -> str:
    """'A, B, C and D' in the order given (callers sort alphabetically)."""
    return ", ".join(names[:-1]) + " and " + names[-1]


def states(side: str) -> str:
    drop = STATES_NEW_ONLY if side == "old" else STATES_OLD_ONLY
    add = STATES_OLD_ONLY if side == "old" else STATES_NEW_ONLY
    names = [s for s in STATES_BASE if s not in drop] + [s for s in add if s not in STATES_BASE]
    # Türkiye/Turkey sorts where the country always stood
    return enumerate_en(sorted(set(names), key=sort_key))


def ngos(side: str) -> str:
    drop = NGOS_NEW_ONLY if side == "old" else NGOS_OLD_ONLY
    add = NGOS_OLD_ONLY if side == "old" else NGOS_NEW_ONLY
    names = [n for n in NGOS_BASE if n not in drop] + [n for n in add if n not in NGOS_BASE]
    return enumerate_en(sorted(set(names), key=sort_key))


# Text common to both sides (moved, renumbered or unchanged paragraphs).
SIGNATORY = (
    "The following Signatory State to the Convention participated in the work of the Group: Egypt."
)
ORGS = (
    "The representatives of the European Union, the International Committee of the Red Cross "
    "(ICRC) and the United Nations Institute for Disarmament Research (UNIDIR) participated in "
    "the work of the Group in accordance with the rules of procedure."
)
VALUE = (
    "The Group acknowledged the value of the conclusions and recommendations of the Group and "
    "the agreed recommendations contained in document CCW/CONF.V/2, and the endorsement by the "
    "Meeting of the High Contracting Parties in 2019 of the Guiding Principles affirmed by the "
    "Group."
)
UNLIMITED = (
    "The Group recalled that the right of parties to an armed conflict to choose methods or means "
    "of warfare is not unlimited. Furthermore, international law, in particular the United "
    "Nations Charter and International Humanitarian Law (IHL) as well as relevant ethical "
    "perspectives, should continue to guide the work of the Group. The Group reaffirmed the "
    "relevant paragraphs related to emerging technologies in the area of LAWS of documents "
    "CCW/CONF.VI/11 and CCW/CONF.V/10."
)
CHARACTERIZATION = (
    "The characterization of weapon systems based on emerging technologies in the area of lethal "
    "autonomous weapons systems should take into consideration the possible future development "
    "of those technologies."
)
IHL_LEAD = (
    "Without prejudice to the future work of the Group that continues to be guided by "
    "international law, in particular the United Nations Charter and IHL as well as relevant "
    "ethical perspectives, the Group concluded that:"
)
IHL_ITEMS = [
    ("(a)", "IHL continues to apply fully to the potential development and use of LAWS;"),
    (
        "(b)",
        "Weapons systems based on emerging technologies in the area of LAWS must not be used if "
        "they are incapable of being used in compliance with IHL;",
    ),
    (
        "(c)",
        "Control with regard to weapon systems based on emerging technologies in the area of LAWS "
        "is needed to uphold compliance with international law, in particular IHL, including the "
        "principles and requirements of distinction, proportionality and precautions in attack.",
    ),
]
LIFECYCLE_LEAD = (
    "States must ensure compliance with their obligations under international law, in particular "
    "IHL, throughout the lifecycle of weapon systems based on emerging technologies in the area "
    "of LAWS. When necessary, States should, inter alia:"
)
REVIEW_1 = (
    "In accordance with States’ obligations under international law, in the study, development, "
    "acquisition, or adoption of a new weapon, means or method of warfare, determination must be "
    "made whether its employment would, in some or all circumstances, be prohibited by "
    "international law."
)
REVIEW_2 = (
    "In this context, the voluntary exchange of relevant best practices between States is "
    "encouraged, bearing in mind national security considerations or commercial restrictions on "
    "proprietary information."
)
AGENDA_TAIL = (
    "including taking into account the example of existing protocols within the Convention, and "
    "other options related to the normative and operational framework on emerging technologies "
    "in the area of lethal autonomous weapon systems, building upon the recommendations and "
    "conclusions of the Group of Governmental Experts related to emerging technologies in the "
    "area of lethal autonomous weapon systems, and bringing in expertise on legal, military, and "
    "technological aspects.”"
)


# --- report-old: the 2023 session under the 2022 mandate ---------------------------------

OLD: list[Block] = [
    H("I.", "Introduction"),
    P(
        "1",
        f"The 2022 Meeting of the High Contracting Parties to {CONVENTION_LONG}, held in Geneva "
        "from 16 to 18 November 2022, decided, as contained in its final report (CCW/MSP/2022/7):",
    ),
    B(MANDATE_OLD),
    B(RULES),
    B(
        "The Group shall conduct its work and adopt its report by consensus and shall submit a "
        "report to the meeting of High Contracting Parties. " + SPONSORSHIP
    ),
    B("The Group shall meet for a duration of five days in 2023;"),
    B(
        "The Group will be chaired by Ambassador Flavio Soares Damico, Special Representative "
        "of Brazil to the Conference on Disarmament.”"
    ),
    P(
        "2",
        "The 2022 Meeting of the High Contracting Parties to the Convention also adopted the "
        "relevant cost estimates for the Group for 2023 as contained in CCW/MSP/2022/5.",
    ),
    P(
        "3",
        "In 2023, the Group of Governmental Experts of the High Contracting Parties related to "
        "emerging technologies in the area of lethal autonomous weapons systems (LAWS) "
        "(hereinafter “the Group”) met from 15 to 19 May in Geneva. The Chairperson organized "
        "informal meetings on 20 February and 20 April 2023.",
    ),
    H("II.", "Organization and work of the Group of Governmental Experts"),
    P(
        "4",
        "On Monday 15 May 2023, the session was opened by the Chairperson, Ambassador Flávio "
        "Soares Damico. The High Representative for Disarmament Affairs, Ms. Izumi Nakamitsu "
        "delivered a video statement. At the same meeting, the Group adopted its agenda "
        "(CCW/GGE.1/2023/1), and confirmed the Rules of Procedure, as adopted by the Sixth Review "
        "Conference (CCW/CONF.VI/11). The session was closed on Friday 19 May 2023.",
    ),
    P(
        "5",
        "Ms. Tania Bañuelos Mejía, Political Affairs Officer, CCW Implementation Support Unit, "
        "served as Secretary of the Group. Ms. Juliana Helou-van der Berg, Political Affairs "
        "Officer, CCW Implementation Support Unit, and Ms. Sophie Guillermin-Golet, Associate "
        "Political Affairs Officer, UNODA Geneva Branch, served in the Secretariat.",
    ),
    P(
        "6",
        "The following High Contracting Parties to the Convention participated in the work of "
        f"the Group: {states('old')}.",
    ),
    P("7", SIGNATORY),
    P(
        "8",
        "The following States not party to the Convention participated as observers: Angola, "
        "Iran (Islamic Republic of) and Singapore.",
    ),
    P("9", ORGS),
    P(
        "10",
        "The representatives of the following non-governmental organizations participated in "
        f"the work of the Group: {ngos('old')}.",
    ),
    P(
        "11",
        "The representatives of the following entities also participated in the work of the "
        "Group: Center for International Security and Policy, Geneva Centre for Security Policy "
        "(GCSP), Geneva Graduate Institute, RAND Corporation, Stockholm International Peace "
        "Research Institute (SIPRI), University of Cambridge and University of Queensland.",
    ),
    P(
        "12",
        "In accordance with its agenda and mandate, the Group considered the following agenda "
        "item: “5. Intensify the consideration of proposals and elaborate, by consensus, "
        f"possible measures, {AGENDA_TAIL}",
    ),
    P(
        "13",
        "Discussion on agenda item 5 took place at its plenary meetings from 15 to 17 May 2023. "
        "On 18 and 19 May 2023 the Group considered its draft final report.",
    ),
    P(
        "14",
        "The Group considered the oral and written proposals, including those submitted as "
        "working papers and listed in Annex I of this report, as well as in Annex II of the "
        "report of the 2022 session of the Group (CCW/GGE.1/2022/2). The Group expressed "
        "appreciation for the contributions of the High Contracting Parties, civil society, "
        "academia and industry.",
    ),
    H("III.", "Conclusions"),
    P(
        "15",
        "The Group recalled the decision of the Sixth Review Conference in December 2021 and by "
        "the High Contracting Parties of the Convention in November 2022 that the work of the "
        "open-ended Group of Governmental Experts related to emerging technologies in the area of "
        "lethal autonomous weapons systems established by Decision 1 of the Fifth Review "
        "Conference as contained in document CCW/CONF.V/10, adhering to the agreed "
        "recommendations contained in document CCW/CONF.V/2, is to continue, to strengthen the "
        "Convention.",
    ),
    P("16", VALUE),
    P("17", UNLIMITED),
    P(
        "18",
        "Building upon its previous work and in accordance with its mandate, in the context of "
        "the objectives and purpose of the Convention, and without prejudice to the future work "
        "of the Group, on the basis of the intensified consideration of proposals, the Group "
        "concluded as follows:",
    ),
    P("19", CHARACTERIZATION),
    P("20", IHL_LEAD),
    *[I(label, text) for label, text in IHL_ITEMS],
    P("21", LIFECYCLE_LEAD),
    I("(a)", "Limit the types of targets that the system can engage;"),
    I(
        "(b)",
        "Limit the duration, geographical scope, and scale of the operation of the weapon system;",
    ),
    I("(c)", "Provide appropriate training and instructions for human operators."),
    P("22", f"{REVIEW_1} {REVIEW_2}"),
    P(
        "23",
        "The Group emphasized the importance of further work on the risk of unintended "
        "engagements and on the reliability of weapon systems based on emerging technologies in "
        "the area of LAWS.",
    ),
    H("IV.", "Recommendations"),
    P(
        "24",
        "The Group recommends that the 2023 Meeting of High Contracting Parties decide by "
        "consensus on the modalities of the future work of the Group.",
    ),
    H("V.", "Adoption of the report"),
    P(
        "25",
        "On Friday 19 May 2023, the Group adopted its final report as contained in "
        "CCW/GGE.1/2023/CRP.2, as orally amended.",
    ),
    NEW_PAGE,
    T("Annex I"),
    T(""),
    T("List of documents"),
    T(""),
    T(f"{'Symbol':<30}Title"),
    T(""),
    R("CCW/GGE.1/2023/1", "Provisional Agenda. Submitted by the Chairperson"),
    R(
        "CCW/GGE.1/2023/2",
        "Report of the 2023 session of the Group of Governmental Experts on Emerging "
        "Technologies in the Area of Lethal Autonomous Weapons Systems",
    ),
    R("CCW/GGE.1/2023/WP.1/Rev.1", "Revised working paper. Submitted by Austria"),
    R(
        "CCW/GGE.1/2023/WP.2/Rev.1",
        "Proposal for an international legal instrument on Lethal Autonomous Weapons Systems. "
        "Submitted by Pakistan",
    ),
    R(
        "CCW/GGE.1/2023/WP.3/Rev.2",
        "Draft articles on autonomous weapons systems – prohibitions and other regulatory "
        "measures on the basis of international humanitarian law (“IHL”). Submitted by "
        "Australia, Canada, Japan, Poland, the Republic of Korea, the United Kingdom and the "
        "United States",
    ),
    R(
        "CCW/GGE.1/2023/WP.4",
        "Concepts of Activities of the Armed Forces of the Russian Federation in the Development "
        "and Use of Weapons Systems with Artificial Intelligence Technologies. Submitted by the "
        "Russian Federation",
    ),
    R("CCW/GGE.1/2023/INF.1", "List of participants"),
]


# --- report-new: the 2024 session under the 2023 mandate ---------------------------------

NEW: list[Block] = [
    H("I.", "Introduction"),
    P(
        "1",
        f"The 2023 Meeting of the High Contracting Parties to {CONVENTION_LONG}, held in Geneva "
        "from 15 to 17 November 2023, decided, as contained in its final report (CCW/MSP/2023/7):",
    ),
    B(MANDATE_NEW),
    B(RULES),
    B(
        "The Group shall conduct its work and adopt its report by consensus and shall submit a "
        "report to the Seventh Review Conference. The Group is to complete its work as soon as "
        "possible, preferably before the end of 2025. " + SPONSORSHIP
    ),
    B("The Group shall meet for a duration of ten days in 2024;"),
    B(
        "The Group will be chaired by Ambassador Robert in den Bosch, Permanent Representative "
        "of the Kingdom of the Netherlands to the Conference on Disarmament.”"
    ),
    P(
        "2",
        "The 2023 Meeting of the High Contracting Parties to the Convention also adopted the "
        "relevant cost estimates for the Group for 2024 as contained in CCW/MSP/2023/5.",
    ),
    P(
        "3",
        "In 2024, the Group of Governmental Experts of the High Contracting Parties related to "
        "emerging technologies in the area of lethal autonomous weapons systems (LAWS) "
        "(hereinafter “the Group”) met from 4 to 8 March and from 26 to 30 August in Geneva. "
        "The Chairperson organized informal meetings on 15 February and 1 July 2024.",
    ),
    H("II.", "Organization and work of the Group of Governmental Experts"),
    P(
        "4",
        "On Monday 4 March 2024, the first session was opened by the Chairperson, Ambassador "
        "Robert in den Bosch. The High Representative for Disarmament Affairs, Ms. Izumi "
        "Nakamitsu delivered a video statement. At the same meeting, the Group adopted its agenda "
        "(CCW/GGE.1/2024/1), and confirmed the Rules of Procedure, as adopted by the Sixth Review "
        "Conference (CCW/CONF.VI/11). The first session was closed on Friday 8 March 2024.",
    ),
    P(
        "5",
        "The second session took place on 26-30 August 2024. On Monday 26 August 2024, the "
        "second session was opened by the Chairperson, Ambassador Robert in den Bosch. The "
        "second session was closed on Friday 30 August 2024.",
    ),
    P(
        "6",
        "Ms. Juliana Helou-van der Berg, Political Affairs Officer, CCW Implementation Support "
        "Unit, served as Secretary of the Group. Ms. Tania Bañuelos Mejía, Political Affairs "
        "Officer, CCW Implementation Support Unit, and Ms. Sophie Guillermin-Golet, Associate "
        "Political Affairs Officer, UNODA Geneva Branch, served in the Secretariat.",
    ),
    P(
        "7",
        "The following High Contracting Parties to the Convention participated in the work of "
        f"the Group: {states('new')}.",
    ),
    P("8", SIGNATORY),
    P(
        "9",
        "The following States not party to the Convention participated as observers: Iran "
        "(Islamic Republic of), Myanmar and Singapore.",
    ),
    P("10", ORGS),
    P(
        "11",
        "The representatives of the following non-governmental organizations participated in "
        f"the work of the Group: {ngos('new')}.",
    ),
    P(
        "12",
        "In accordance with its agenda and mandate, the Group considered the following agenda "
        "item: “5. Further consider and formulate, by consensus, a set of elements of an "
        "instrument, without prejudging its nature, and other possible measures to address "
        "emerging technologies in the area of lethal autonomous weapon systems, "
        f"{AGENDA_TAIL}",
    ),
    P(
        "13",
        "Discussion on agenda item 5 took place at its plenary meetings from 4 to 8 March 2024 "
        "and from 26 to 28 August 2024. On 29 and 30 August 2024 the Group considered its draft "
        "final report.",
    ),
    P(
        "14",
        "The Group considered the oral and written proposals, including those submitted as "
        "working papers and listed in Annex I of this report, as well as in Annex I of the "
        "report of the 2023 session of the Group (CCW/GGE.1/2023/2). The Group expressed "
        "appreciation for the contributions of the High Contracting Parties, civil society, "
        "academia and industry.",
    ),
    P("15", UNLIMITED),
    H("III.", "Conclusions"),
    P(
        "16",
        "The Group recalled the decision of the Sixth Review Conference in December 2021 and by "
        "the High Contracting Parties of the Convention in November 2023 that the work of the "
        "open-ended Group of Governmental Experts related to emerging technologies in the area of "
        "lethal autonomous weapons systems established by Decision 1 of the Fifth Review "
        "Conference as contained in document CCW/CONF.V/10, adhering to the agreed "
        "recommendations contained in document CCW/CONF.V/2, is to continue, to strengthen the "
        "Convention.",
    ),
    P("17", VALUE),
    P(
        "18",
        "Building upon its previous work and in accordance with its mandate, in the context of "
        "the objectives and purpose of the Convention, and without prejudice to the future work "
        "of the Group, on the basis of its further consideration of a set of elements of an "
        "instrument, the Group concluded as follows:",
    ),
    P("19", CHARACTERIZATION),
    P("20", IHL_LEAD),
    *[I(label, text) for label, text in IHL_ITEMS],
    P("21", LIFECYCLE_LEAD),
    I("(a)", "Limit the types of targets that the system can engage;"),
    I(
        "(b)",
        "Limit the duration, geographical scope, and scale of the operation of the weapon system;",
    ),
    I(
        "(c)",
        "Provide appropriate training and instructions for human operators, including on the "
        "limits of the system.",
    ),
    P("22", REVIEW_1),
    P("23", REVIEW_2),
    H("IV.", "Recommendations"),
    P(
        "24",
        "The Group recommends that the 2024 Meeting of High Contracting Parties decide by "
        "consensus on the modalities of the future work of the Group.",
    ),
    H("V.", "Adoption of the report"),
    P(
        "25",
        "On Friday 30 August 2024, the Group adopted its final report as contained in "
        "CCW/GGE.1/2024/CRP.1, as orally amended.",
    ),
    NEW_PAGE,
    T("Annex I"),
    T(""),
    T("List of documents"),
    T(""),
    T(f"{'Symbol':<30}Title"),
    T(""),
    R("CCW/GGE.1/2024/1", "Provisional Agenda. Submitted by the Chairperson"),
    R(
        "CCW/GGE.1/2024/2",
        "Report of the 2024 session of the Group of Governmental Experts on Emerging "
        "Technologies in the Area of Lethal Autonomous Weapons Systems",
    ),
    R("CCW/GGE.1/2024/WP.1", "Revised working paper. Submitted by Austria"),
    R(
        "CCW/GGE.1/2024/WP.2",
        "Draft articles on autonomous weapons systems – prohibitions and other regulatory "
        "measures on the basis of international humanitarian law (“IHL”). Submitted by "
        "Australia, Canada, Japan, Poland, the Republic of Korea, the United Kingdom and the "
        "United States",
    ),
    R(
        "CCW/GGE.1/2024/WP.3",
        "Elements of an instrument on lethal autonomous weapons systems. Submitted by the State "
        "of Palestine",
    ),
    R("CCW/GGE.1/2024/INF.1", "List of participants"),
]

SIDES = {
    "old": (
        "CCW/GGE.1/2023/2",
        "24 May 2023",
        "Geneva, 15-19 May 2023",
        "Agenda item 7",
        "GE.23-10215",
        "Report of the 2023 session of the Group of Governmental|Experts on Emerging "
        "Technologies in the Area of Lethal|Autonomous Weapons Systems",
        OLD,
    ),
    "new": (
        "CCW/GGE.1/2024/2",
        "6 September 2024",
        "Geneva, 4-8 March and 26-30 August 2024",
        "Agenda item 7",
        "GE.24-15528",
        "Report of the 2024 session of the Group of Governmental|Experts on Emerging "
        "Technologies in the Area of Lethal|Autonomous Weapons Systems",
        NEW,
    ),
}


def build(side: str) -> str:
    symbol, date, place, item, job, title, blocks = SIDES[side]
    return render(symbol, title_block(date, place, item, title.split("|")), job, blocks)


if __name__ == "__main__":  # pragma: no cover - run by hand
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    for side in SIDES:
        path = OUT_DIR / f"report-{side}.txt"
        path.write_text(build(side), encoding="utf-8")
        print(f"wrote {path}")
