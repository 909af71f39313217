"""Generate the "previous year" Chinese report, resources/samples/CCW-MSP-2022-7.zh.txt.

CCW/MSP/2022/7 is written here as logical blocks (paragraphs, bullets, items, headings,
list rows) and laid out in the raw text-layer format of the real CCW/MSP/2023/7 dump in
/work/shared/corpus: a hard line break every ~35 full-width columns with a blank line
after each line, trailing spaces at block ends, a leading space on the first line of each
page, one running header + footer left inline at a page break, and the footnote URLs
repeated at the bottom of a page.

The text is derived from the 2023 report; every deliberate difference is listed in
tests/data/README.md, which is the answer key other tests assert against. Officer names
of 2022 are invented for the fixture. Run by hand, commit the output:

    python tests/data/make_zh_sample.py
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "resources" / "samples" / "CCW-MSP-2022-7.zh.txt"

SYMBOL = "CCW/MSP/2022/7"
JOB = "GE.22-26870"
URL_SITE = (
    "https://meetings.unoda.org/ccw-mhcp/convention-on-certain-conventional-weapons-"
    "meeting-of-high-contracting-parties-2022"
)
URL_ODS = "http://documents.un.org/"

# Characters that may not begin a line (Chinese line-breaking rule, kinsoku).
NO_LINE_START = set("，。、；：？！）》」』”’,.;:)]")
# Characters that may not end a line.
NO_LINE_END = set("《「『“‘(（[")


def width(text: str) -> float:
    """Visual width in full-width columns: CJK counts 1, everything else 1/2."""
    return sum(1.0 if unicodedata.east_asian_width(c) in "WF" else 0.5 for c in text)


def tokens(text: str) -> list[str]:
    """Break units: one CJK character, one space, or one run of other characters."""
    out: list[str] = []
    run = ""
    for ch in text:
        if ch == " " or unicodedata.east_asian_width(ch) in "WF":
            if run:
                out.append(run)
                run = ""
            out.append(ch)
        else:
            run += ch
    if run:
        out.append(run)
    return out


def wrap(text: str, limit: float, first_limit: float | None = None) -> list[str]:
    """Greedy line filling the way the PDF was set: Latin runs stay whole, spaces at a
    break are dropped, closing punctuation hangs on the previous line."""
    lines: list[str] = []
    line = ""
    cap = first_limit if first_limit is not None else limit
    for tok in tokens(text):
        if tok == " " and not line:
            continue
        fits = width(line + tok) <= cap
        if fits or tok in NO_LINE_START or not line.strip():
            line += tok
            continue
        if width(tok) > limit and "-" in tok:
            # Over-long URL: the PDF set it on a line of its own, broken after a hyphen
            # (proportional Latin glyphs let the line run a little past the CJK grid).
            cut = tok.rfind("-", 0, 2 * int(limit) + 12) + 1
            lines.append(line.rstrip(" "))
            lines.append(tok[:cut])
            line, cap = tok[cut:], limit
            continue
        carry = ""
        while line and line[-1] in NO_LINE_END:
            carry = line[-1] + carry
            line = line[:-1]
        lines.append(line.rstrip(" "))
        line, cap = (carry + tok).lstrip(" "), limit
    if line:
        lines.append(line)
    return lines


@dataclass(frozen=True)
class Block:
    """One logical block and how the PDF laid it out."""

    kind: str  # para | bullet | item | heading | row | agenda | raw
    text: str
    label: str = ""
    page_break_before: bool = False
    # Inline page furniture inside the block, after this many of its lines.
    furniture_after_line: int = 0
    urls_after: bool = False


def para(label: str, text: str, **kw: bool | int) -> Block:
    return Block("para", text, label, **kw)  # type: ignore[arg-type]


def bullet(text: str, **kw: bool | int) -> Block:
    return Block("bullet", text, **kw)  # type: ignore[arg-type]


def item(label: str, text: str, **kw: bool | int) -> Block:
    return Block("item", text, label, **kw)  # type: ignore[arg-type]


def raw(text: str, **kw: bool | int) -> Block:
    return Block("raw", text, **kw)  # type: ignore[arg-type]


def row(symbol: str, title: str, **kw: bool | int) -> Block:
    return Block("row", title, symbol, **kw)  # type: ignore[arg-type]


def layout(block: Block) -> list[str]:
    """The block's physical lines, trailing space on the last one as in the dump."""
    if block.kind == "para":
        lines = wrap(f"{block.label} {block.text}", 35)
    elif block.kind == "bullet":
        lines = wrap(f"• {block.text}", 30, 31)
    elif block.kind == "item":
        # items keep the leading space of their indent, on any page
        lines = wrap(f"{block.label} {block.text}", 35, 32.5)
        lines[0] = " " + lines[0]
    elif block.kind == "row":
        body = wrap(block.text, 26.5)
        lines = [f"{block.label} {body[0]}", *body[1:]]
    else:
        lines = [block.text]
    lines[-1] += " "
    return lines


def render(blocks: list[Block]) -> str:
    """Lay out the blocks with the blank-line and page-break conventions of the dump."""
    out: list[str] = []
    page_no = 1
    for block in blocks:
        lines = layout(block)
        if block.page_break_before:
            page_no += 1
            if out and out[-1] == "":
                out.pop()  # a page's first line follows the previous line directly
            if block.kind != "item":  # an item's indent already gives it the space
                lines[0] = " " + lines[0]
        for n, line in enumerate(lines, 1):
            out += [line, ""]
            if n == block.furniture_after_line and n < len(lines):
                # header of the next page and its footer, in drawing order, then the
                # next line opens the page with the usual leading space
                page_no += 1
                out += ["", "", f"{SYMBOL} ", "", f"{JOB} {page_no} ", ""]
                if not lines[n].startswith(" "):
                    lines[n] = " " + lines[n]
        if block.urls_after:
            out += [URL_SITE, URL_SITE, URL_ODS]
    return "\n".join(out).rstrip("\n") + "\n "


# --- the report ----------------------------------------------------------------------
# Paragraph numbers are those of CCW/MSP/2022/7; the comment on each block names its
# counterpart in CCW/MSP/2023/7 (tests/data/README.md holds the full answer key).

PRESIDENT = "奥地利常驻联合国日内瓦办事处和日内瓦其他国际组织代表埃里希·霍夫曼大使"
CONVENTION = "《禁止或限制使用某些可被认为具有过分伤害力或滥杀滥伤作用的常规武器公约》"
GGE = "致命性自主武器系统领域新兴技术问题"
MANDATE_BULLET_1 = (
    "根据 CCW/CONF.V/10 号文件所载第五次审查会议决定 1 设立的致命性自主武器系统领域"
    "新兴技术问题不限成员名额政府专家组的工作，应遵循 CCW/CONF.V/2 号文件所载商定建议"
    "继续进行，以加强本公约。专家组应在本公约的目标和宗旨范围内，{verb}审议各项提案，"
    "并以协商一致方式拟订可以采取的措施，包括以专家组各项建议和结论为基础，考虑到本公约"
    "框架内现有议定书的实例以及有关致命性自主武器系统领域新兴技术相关规范和操作框架的"
    "其他备选办法，并吸收法律、军事和技术方面的专门知识。"
)
RULES_BULLET = "第六次审查会议的议事规则应比照适用于专家组。"
CHAIR_BULLET = "专家组将由巴西驻裁军谈判会议特别代表弗拉维奥·苏亚雷斯·达米科大使担任主席。"

STATES_2022 = (
    "阿尔巴尼亚、阿尔及利亚、阿根廷、澳大利亚、奥地利、孟加拉国、白俄罗斯、比利时、"
    "玻利维亚、波斯尼亚和黑塞哥维那、巴西、保加利亚、加拿大、智利、中国、哥伦比亚、"
    "哥斯达黎加、科特迪瓦、克罗地亚、古巴、塞浦路斯、捷克共和国、丹麦、多米尼加共和国、"
    "厄瓜多尔、萨尔瓦多、爱沙尼亚、芬兰、法国、格鲁吉亚、德国、希腊、危地马拉、教廷、"
    "洪都拉斯、匈牙利、印度、伊拉克、爱尔兰、以色列、意大利、日本、约旦、哈萨克斯坦、"
    "科威特、老挝人民民主共和国、拉脱维亚、立陶宛、卢森堡、马拉维、马耳他、墨西哥、"
    "蒙古、黑山、摩洛哥、荷兰、新西兰、尼加拉瓜、挪威、巴基斯坦、巴拿马、巴拉圭、秘鲁、"
    "菲律宾、波兰、葡萄牙、卡塔尔、摩尔多瓦共和国、大韩民国、罗马尼亚、俄罗斯联邦、"
    "沙特阿拉伯、塞内加尔、塞尔维亚、斯洛伐克、斯洛文尼亚、南非、西班牙、斯里兰卡、"
    "巴勒斯坦国、瑞典、瑞士、突尼斯、土耳其、乌克兰、阿拉伯联合酋长国、"
    "大不列颠及北爱尔兰联合王国、美利坚合众国、乌拉圭、委内瑞拉"
)
NGOS_2022 = (
    "第 36 条、制止杀手机器人运动、尼日利亚反化学和生物战剂中心、人道主义对话中心、"
    "国际安全和政策中心、人权观察、国际机器人武器控制委员会、玛特和平、发展和人权基金会、"
    "地雷行动加拿大、挪威人民援助组织、国际基督和平会、拉丁美洲和加勒比地区人类安全网络、"
    "斯德哥尔摩国际和平研究所、剑桥大学、昆士兰大学、国际妇女争取和平与自由联盟、"
    "世界基督教教会联合会"
)
SPONSORSHIP_2023_16 = (
    "会议重申赞赏《特定常规武器公约》赞助方案的报告和赞助方案指导委员会的工作，同时强调"
    "该方案对于促进普遍加入和加强《公约》及其议定书的执行的重要性。会议还呼吁所有有能力的"
    "缔约方和尚未加入《公约》的国家为赞助方案捐款。"
)
COMPLIANCE_2023_17 = (
    "缔约方强调国家执行和遵守《公约》及其议定书条款的重要性，重申致力于落实《公约》及其"
    "议定书的遵约机制，并再次呼吁所有缔约方按照第六次审查会议的决定提交国家遵约报告。"
    "会议注意到缔约方提交并在《公约》网站上公布的国家遵约报告。"
)
WP_NAM = "委内瑞拉玻利瓦尔共和国代表不结盟运动和《特定常规武器公约》其他缔约国提交的工作文件"
AGENDA_2022 = [
    "会议开幕",
    "选举会议主席",
    "通过议程",
    "确认议事规则",
    "确认会议秘书长提名",
    "安排工作，包括会议任何附属机构的工作",
    "一般性交换意见",
    f"{GGE}政府专家组的报告",
    "与《公约》及其所附议定书相关的资金问题",
    "与执行支助股相关的问题",
    "杀伤人员地雷以外的地雷",
    "新出现的与《公约》的目标和宗旨相关的问题",
    "促进普遍加入《公约》及其所附议定书",
    "审议《特定常规武器公约》赞助方案报告",
    "《公约》及其议定书的实施和遵守情况",
    "其他事项",
    "审议并通过最后报告",
    "会议闭幕",
]

BLOCKS: list[Block] = [
    raw(" 2022 年 11 月 16 日至 18 日，日内瓦"),
    raw("议程项目 17"),
    raw("审议并通过最后报告"),
    raw("  最后报告"),
    raw(" 一. 导言"),
    # 1 -> 2023 ¶1: lead-in rolled over; the quoted decision is last year's mandate.
    # CCW/MSP/2021/7 is fictional (2021 held the Sixth Review Conference instead): it lets
    # ¶1-¶5 be pure year roll-overs of 2023 ¶1-¶6.
    para(
        "1.",
        f"2021 年 12 月 20 日至 21 日在日内瓦举行的{CONVENTION}缔约国 2021 年会议在会议"
        "最后报告(CCW/MSP/2021/7)第 32 段中决定：",
    ),
    bullet(MANDATE_BULLET_1.format(verb="进一步")),
    bullet(RULES_BULLET),
    bullet(
        "专家组应以协商一致方式开展工作和通过报告，并向 2022 年缔约方会议提交报告。应按照"
        "《特定常规武器公约》赞助方案的目标，促进所有缔约方尽可能广泛参与。专家组将于 2022 年"
        "举行为期 10 天的会议。"
    ),
    bullet(CHAIR_BULLET),
    # 2..5 -> 2023 ¶2, ¶3, ¶4, ¶6 (year roll-over; ¶4 also changes the nominated group)
    para(
        "2.",
        "《特定常规武器公约》缔约方 2021 年会议还决定继续监测《特定常规武器公约》的财务"
        "状况(CCW/MSP/2021/7, 第 35 段)。",
    ),
    para(
        "3.",
        "《特定常规武器公约》缔约方 2021 年会议还决定，按照《特定常规武器公约》的惯例，"
        "并在具备可用资源的情况下，于 2022 年 11 月 16 日至 18 日组织现场出席的《公约》"
        "缔约方会议(CCW/MSP/2021/7, 第 37 段)。",
    ),
    para(
        "4.",
        "《特定常规武器公约》缔约方 2021 年会议还决定提名西欧和其他国家集团的一名代表"
        "担任《公约》缔约方 2022 年会议主席(CCW/MSP/2021/7, 第 38 段)。",
        page_break_before=True,
    ),
    para(
        "5.",
        "《特定常规武器公约》缔约方 2021 年会议请执行支助股继续每年报告其活动情况，包括"
        "其估计费用和实际开支(CCW/MSP/2021/7, 第 39 段)。",
    ),
    # 6, 7 deleted in 2023
    para(
        "6.",
        "此外，2021 年 12 月 13 日至 17 日举行的《特定常规武器公约》缔约方第六次审查会议决定"
        "将《特定常规武器公约》赞助方案延续至 2026 年(CCW/CONF.VI/11, 第 29 段)。",
    ),
    para(
        "7.",
        "《特定常规武器公约》缔约方第六次审查会议还通过了 CCW/CONF.VI/11 号文件所载最后"
        "宣言，缔约方在其中重申致力于充分实现《公约》的目标和宗旨。",
    ),
    raw(" 二. 缔约方会议组织工作和参会情况"),
    # 8 -> 2023 ¶7 (dates, president, manner of election)
    para(
        "8.",
        "《公约》缔约方会议于 2022 年 11 月 16 日至 18 日在日内瓦举行。这次会议由"
        f"{PRESIDENT}主持，他在第一次全体会议上以鼓掌方式当选为主席。",
    ),
    # 9 -> 2023 ¶8 (officers' names only)
    para(
        "9.",
        "政治事务干事 Peter Kolarov 先生担任会议秘书。裁军厅日内瓦办事处政治事务干事 Tania "
        "Bañuelos Mejía 女士和裁军厅日内瓦办事处协理政治事务干事女士 Sophie Guillermin-Golet "
        "在会议秘书处任职。",
    ),
    # 10 -> 2023 ¶9 (list), 11 -> ¶10 (list), 12 -> ¶11 (renumbered only)
    para("10.", f"《公约》的下列缔约方参加了会议的工作：{STATES_2022}。", page_break_before=True),
    para("11.", "下列签署国参加了会议的工作：埃及、苏丹。"),
    para("12.", "下列观察员代表团参加了会议的工作：缅甸、新加坡。"),
    # 13 -> 2023 ¶12 (list), 14 -> ¶13 (list)
    para(
        "13.",
        "下列组织的代表参加了会议的工作：欧洲联盟、日内瓦国际人道主义排雷中心、红十字国际"
        "委员会、联合国裁军研究所(裁研所)、《禁止杀伤人员地雷公约》执行支助股。",
    ),
    para("14.", f"下列非政府组织参加了会议的工作：{NGOS_2022}。"),
    raw(" 三. 缔约方会议的工作", page_break_before=True),
    # 15 + 16 -> merged into 2023 ¶14
    para(
        "15.",
        f"会议于 2022 年 11 月 16 日由当选主席，{PRESIDENT}宣布开幕。向会议提供了附件"
        "二所列的文件。会议文件的所有正式语文本可在《特定常规武器公约》网站"
        f"({URL_SITE})上查阅，也可通过联合国正式文件系统(http://documents.un.org)查阅。",
    ),
    para(
        "16.",
        "在 2022 年 11 月 16 日第一次全体会议上，会议通过了 2022 年 9 月 2 日 CCW/MSP/2022/1 "
        "号文件所载的议程。缔约方无法确认 CCW/CONF.V/4 所载议事规则，因为各方没有就这一"
        "事项达成协商一致。会议举行了四次全体会议。",
        urls_after=True,
    ),
    # 17, 18, 19 deleted
    para(
        "17.",
        "在 2022 年 11 月 16 日和 17 日的全体会议上，会议进行了一般性交换意见。",
        page_break_before=True,
    ),
    para(
        "18.",
        f"在议程项目 8 下，{GGE}政府专家组主席弗拉维奥·苏亚雷斯·达米科大使介绍了专家组 "
        "2022 年届会的报告(CCW/GGE.1/2022/2)。",
    ),
    para(
        "19.",
        "在议程项目 9 下，会议审议了与《公约》及其所附议定书相关的资金问题，并听取了秘书处"
        "关于《公约》财务状况的介绍。",
    ),
    # 20 -> 2023 ¶21, moved from section III to section IV, text unchanged
    para(
        "20.",
        "会议强调，缔约方按时全额支付年度摊款至关重要，是《特定常规武器公约》可持续性的先决"
        "条件，并敦促所有缔约方履行《公约》规定的资金义务。",
    ),
    # 21 deleted
    para("21.", "在议程项目 10 下，执行支助股介绍了其 2022 年活动报告(CCW/MSP/2022/4)。"),
    raw(" 四. 结论和建议"),
    # 22 -> 2023 ¶15 (year roll-over only; the page furniture sits inside it)
    para(
        "22.",
        f"会议重申致力于实现普遍加入和遵守{CONVENTION}、第一条修正案及其议定书，建议联合国"
        "秘书长和《公约》缔约方 2023 年会议当选主席努力实现普遍加入《公约》及其议定书的目标。",
        furniture_after_line=2,
    ),
    # 23 deleted
    para(
        "23.",
        "会议欢迎自第六次审查会议以来新加入《公约》及其议定书的国家，并鼓励尚未加入的国家"
        "尽早加入。",
    ),
    # 24 -> split into 2023 ¶16 + ¶17 (text is exactly their concatenation)
    para("24.", SPONSORSHIP_2023_16 + COMPLIANCE_2023_17),
    # 25..30 deleted
    para(
        "25.",
        "会议注意到缔约方关于杀伤人员地雷以外的地雷问题的不同意见，并决定在 2023 年会议上"
        "继续讨论这一问题。",
    ),
    para(
        "26.",
        "会议注意到一些缔约方对使用燃烧武器造成的人道主义后果表示关切，并注意到在《第三号"
        "议定书》框架内继续讨论的提议。",
    ),
    para(
        "27.",
        "会议注意到《第五号议定书》缔约方第十六次会议和《经修正后的第二号议定书》缔约方"
        "第二十四届年度会议的成果。",
    ),
    para(
        "28.",
        "会议强调妇女和男子平等、充分和有效参与《公约》相关工作的重要性。",
        page_break_before=True,
    ),
    para(
        "29.",
        "会议欢迎政府专家组主席在 2022 年届会期间组织的非正式协商，并鼓励主席在 2023 年继续"
        "采用这种做法。",
    ),
    para("30.", "会议注意到缔约方提交的工作文件，这些文件列于附件二。"),
    # 31 -> 2023 ¶19 (roll-over + “和“建议”” added)
    para(
        "31.",
        f"会议注意到{GGE}政府专家组 2022 年届会的报告(CCW/GGE.1/2022/2)以及该报告所载“结论”。",
    ),
    # 32 -> 2023 ¶20: THE mandate change (quoted word for word by 2023 ¶1 and ¶18)
    para("32.", "会议决定："),
    bullet(MANDATE_BULLET_1.format(verb="加紧")),
    bullet(RULES_BULLET),
    bullet(
        "专家组应以协商一致方式开展工作和通过报告，并向缔约方会议提交报告。应按照《特定常规"
        "武器公约》赞助方案的目标，促进所有缔约方尽可能广泛参与。"
    ),
    bullet(CHAIR_BULLET),
    # 33, 34 deleted
    para("33.", "会议请裁军事务厅继续为专家组的工作提供必要的实质性和组织支持。"),
    para("34.", "会议忆及第六次审查会议通过的财务措施，并请尚未缴纳摊款的缔约方尽快缴纳。"),
    # 35 -> 2023 ¶22: operative, renumbered only (no mandate change)
    para("35.", "缔约方还决定继续监测《特定常规武器公约》的财务状况。"),
    # 36 -> 2023 ¶23 (word-level insertion)
    para("36.", "缔约方重申，执行支助股是有效执行《特定常规武器公约》的基本要素。"),
    # 37 -> 2023 ¶24 (roll-over; item (a) becomes (c))
    para(
        "37.",
        "会议决定按照《特定常规武器公约》的惯例，并在具备可用资源的情况下，于 2023 年组织"
        "以下与《特定常规武器公约》有关的现场出席活动：",
        page_break_before=True,
    ),
    item(
        "(a)",
        f"{GGE}缔约方政府专家组会议，为期 10 天，2023 年 3 月 6 日至 10 日和 2023 年 5 月 15 日"
        "至 19 日。会议还通过了 CCW/MSP/2022/5 号文件所载 2023 年相关费用估计；",
    ),
    item(
        "(b)",
        "根据《第五号议定书》缔约方第十六次年度会议的相关决定，于 2023 年 4 月 24 日举行"
        "《第五号议定书》缔约方专家会议；",
    ),
    item(
        "(c)",
        "根据《经修正后的第二号议定书》缔约方第二十四届年度会议作出的相关决定，于 2023 年 "
        "4 月 25 日至 26 日举行《经修正后的第二号议定书》缔约方专家小组会议；",
    ),
    item(
        "(d)",
        "根据《第五号议定书》缔约方第十六次年度会议作出的相关决定，于 2023 年 11 月 13 日举行"
        "《第五号议定书》缔约方第十七次会议；",
    ),
    item(
        "(e)",
        "根据《经修正后的第二号议定书》缔约方第二十四届年度会议的相关决定，于 2023 年 11 月 "
        "14 日举行《经修正后的第二号议定书》缔约方第二十五届会议；",
    ),
    item(
        "(f)",
        "《公约》缔约方会议，2023 年 11 月 15 日至 17 日。会议还通过了 CCW/MSP/2022/6 号文件"
        "所载相关费用估计。",
    ),
    # 38 -> 2023 ¶25 (nominating group changed + year)
    para("38.", "会议决定提名不结盟运动集团的一名代表担任《公约》缔约方 2023 年会议主席。"),
    # 39 -> 2023 ¶26: operative, year roll-over only (no mandate change)
    para(
        "39.",
        "会议对裁军厅和执行支助股 2022 年为支持《特定常规武器公约》而开展的工作深表感谢。"
        "会议请执行支助股继续每年报告其活动，包括其估计费用和实际开支。",
    ),
    # 40 -> 2023 ¶27 (symbols only)
    para(
        "40.",
        "在最后一次会议上，会议通过了经口头订正的最后报告。该报告载于 CCW/MSP/2022/CRP.1 "
        "号文件，将作为 CCW/MSP/2022/7 号文件印发。",
    ),
    raw("附件一", page_break_before=True),
    raw("  临时议程"),
    raw("  (2022 年缔约方会议 2022 年 11 月 18 日最后一次全体会议建议)"),
    *[raw(f"{n}. {title}") for n, title in enumerate(AGENDA_2022, 1)],
    raw("附件二", page_break_before=True),
    raw("  文件清单"),
    raw("文号 标题"),
    row("CCW/MSP/2022/1", "临时议程"),
    row("CCW/MSP/2022/2", "临时工作计划"),
    row("CCW/MSP/2022/3", "《特定常规武器公约》赞助方案报告"),
    row("CCW/MSP/2022/4", "执行支助股的报告"),
    row("CCW/MSP/2022/5", "致命自主武器系统领域新兴技术问题政府专家组 2023 年会议费用估计"),
    row("CCW/MSP/2022/6", "《公约》缔约方 2023 年会议费用估计"),
    row("CCW/MSP/2022/7", "最后报告"),
    row("CCW/MSP/2022/INF.1", "与会者名单"),
    row("CCW/MSP/2022/WP.1", "俄罗斯联邦提交的工作文件"),
    row("CCW/MSP/2022/WP.2", "中国提交的工作文件"),
    row("CCW/MSP/2022/WP.3", "澳大利亚提交的工作文件"),
    row("CCW/MSP/2022/WP.4", WP_NAM),
    row("CCW/MSP/2022/WP.5", "乌克兰提交的工作文件", page_break_before=True),
    row("CCW/MSP/2022/WP.6", "主席提交的工作文件"),
]


if __name__ == "__main__":  # pragma: no cover - run by hand
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(render(BLOCKS), encoding="utf-8")
    print(f"wrote {OUT}")
