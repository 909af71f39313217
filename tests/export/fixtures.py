"""A hand-made 2022 → 2023 comparison for the export tests.

Built from the real texts (the 2022 mandate as the 2023 report quotes it in ¶1, the
2023 mandate of ¶20 of /work/shared/corpus/CCW-MSP-2023-7.zh.txt), with every kind
of pair an export must print: a mandate change, routine roll-over, a list, a move,
an insertion, a deletion, a long paragraph that must break across pages, and
Russian and Arabic text. Word ops come from the real word diff.
"""

from __future__ import annotations

from pathlib import Path

from ccwdiff.core.model import (
    Block,
    Comparison,
    Document,
    Finding,
    MandateChange,
    Pair,
    PairStatus,
)
from ccwdiff.core.worddiff import diff_words

MANDATE_2022 = (
    "根据 CCW/CONF.V/10 号文件所载第五次审查会议决定 1 设立的致命性自主武器系统领域新兴技术"
    "问题不限成员名额政府专家组的工作，应遵循 CCW/CONF.V/2 号文件所载商定建议继续进行，以加强"
    "本公约。专家组应在本公约的目标和宗旨范围内，加紧审议各项提案，并以协商一致方式拟订可以采取的"
    "措施，包括以专家组各项建议和结论为基础，考虑到本公约框架内现有议定书的实例以及有关致命性自主"
    "武器系统领域新兴技术相关规范和操作框架的其他备选办法，并吸收法律、军事和技术方面的专门知识。"
)
MANDATE_2023 = (
    "根据 CCW/CONF.V/10 号文件所载第五次审查会议决定 1 设立的致命性自主武器系统领域新兴技术"
    "问题不限成员名额政府专家组的工作，应遵循 CCW/CONF.V/2 号文件所载商定建议继续进行，以加强"
    "本公约。专家组应当联系本公约的目标和宗旨，进一步审议一项文书的一套要素，并在不预先判断该文书"
    "的性质的前提下以协商一致方式拟定这套要素，还应审议和拟定应对致命性自主武器系统领域新兴技术的"
    "其他可能的措施，同时以专家组各项建议和结论为基础，考虑到本公约框架内现有议定书的实例，缔约方"
    "提出的建议，以及与致命性自主武器系统领域新兴技术的规范和操作框架相关的其他备选办法，并吸收法律"
    "、军事和技术方面的专门知识。"
)
CHAIR_2022 = "专家组将由巴西驻裁军谈判会议特别代表弗拉维奥·苏亚雷斯·达米科大使担任主席。"
CHAIR_2023 = "专家组将由东欧集团的一名代表担任主席。"
LONG_SENTENCE = (
    "缔约方重申，执行支助股是有效执行《特定常规武器公约》及其保持业务连续性的关键，"
    "并强调应按时全额缴纳摊款，以确保执行支助股能够履行其任务授权。"
)
STATES_2022 = "阿尔巴尼亚、阿根廷、澳大利亚、奥地利、巴西、保加利亚、加拿大、智利、中国、法国"
STATES_2023 = "阿尔巴尼亚、阿根廷、澳大利亚、奥地利、巴西、保加利亚、加拿大、中国、哥伦比亚、法国"
RUSSIAN_OLD = (
    "Российская Федерация заявила, что работа Группы должна продолжаться на основе консенсуса."
)
RUSSIAN_NEW = (
    "Российская Федерация заявила, что работа Группы должна продолжаться строго на основе "
    "консенсуса."
)
ARABIC = "وأكدت المملكة العربية السعودية أهمية التوافق في الآراء."


def _block(bid: str, kind: str, label: str | None, text: str, parent: str | None = None) -> Block:
    return Block(id=bid, kind=kind, label=label, parent=parent, text=text)  # type: ignore[arg-type]


def _documents(folder: Path) -> tuple[Document, Document]:
    long_old = LONG_SENTENCE * 14
    long_new = LONG_SENTENCE * 9 + "缔约方还注意到2023年的财务状况有所改善。" + LONG_SENTENCE * 5
    old_blocks = (
        _block("o1", "title", None, "《特定常规武器公约》缔约方2022年会议 最后报告"),
        _block("o2", "heading", "一.", "导言"),
        _block("o3", "paragraph", "1.", "2022年会议于2022年11月16日至18日在日内瓦举行。", "o2"),
        _block("o4", "paragraph", "2.", "下列缔约方参加了会议：" + STATES_2022 + "。", "o2"),
        _block("o5", "paragraph", "3.", "会议收到了秘书处编写的关于财务状况的说明。", "o2"),
        _block("o6", "heading", "二.", "会议工作"),
        _block("o7", "paragraph", "4.", long_old, "o6"),
        _block("o8", "paragraph", "5.", RUSSIAN_OLD + " " + ARABIC, "o6"),
        _block("o9", "paragraph", "6.", "会议还审议了关于地雷的议程项目，并决定推迟讨论。", "o6"),
        _block("o10", "heading", "三.", "结论和建议"),
        _block("o11", "paragraph", "32.", "会议决定：", "o10"),
        _block("o12", "bullet", "•", MANDATE_2022, "o11"),
        _block("o13", "bullet", "•", CHAIR_2022, "o11"),
    )
    new_blocks = (
        _block("n1", "title", None, "《特定常规武器公约》缔约方2023年会议 最后报告"),
        _block("n2", "heading", "一.", "导言"),
        _block("n3", "paragraph", "1.", "2023年会议于2023年11月15日至17日在日内瓦举行。", "n2"),
        _block("n4", "paragraph", "2.", "下列缔约方参加了会议：" + STATES_2023 + "。", "n2"),
        _block("n5", "heading", "二.", "会议工作"),
        _block("n6", "paragraph", "3.", long_new, "n5"),
        _block("n7", "paragraph", "4.", RUSSIAN_NEW + " " + ARABIC, "n5"),
        _block("n8", "paragraph", "5.", "会议收到了秘书处编写的关于财务状况的说明。", "n5"),
        _block("n9", "heading", "三.", "结论和建议"),
        _block("n10", "paragraph", "20.", "会议决定：", "n9"),
        _block("n11", "bullet", "•", MANDATE_2023, "n10"),
        _block("n12", "bullet", "•", CHAIR_2023, "n10"),
        _block("n13", "paragraph", "21.", "会议强调，缔约方按时全额支付年度摊款至关重要。", "n9"),
    )
    old = Document(
        path=str(folder / "CCW-MSP-2022-7.zh.txt"),
        format="txt",
        language="zh",
        symbol="CCW/MSP/2022/7",
        blocks=old_blocks,
        title="《特定常规武器公约》缔约方2022年会议 最后报告",
        date="2022年11月18日",
    )
    new = Document(
        path=str(folder / "CCW-MSP-2023-7.zh.txt"),
        format="txt",
        language="zh",
        symbol="CCW/MSP/2023/7",
        blocks=new_blocks,
        title="《特定常规武器公约》缔约方2023年会议 最后报告",
        date="2023年11月17日",
    )
    return old, new


def make_comparison(folder: Path) -> Comparison:
    """The fixture comparison; its input paths are files created in ``folder``."""
    old, new = _documents(folder)
    for doc in (old, new):
        Path(doc.path).write_text(
            "\n".join(f"{b.label or ''} {b.text}" for b in doc.blocks), encoding="utf-8"
        )
    text_of = {b.id: b.text for b in old.blocks + new.blocks}

    def pair(o: str | None, n: str | None, status: PairStatus, *tags: str) -> Pair:
        ops = diff_words(text_of[o] if o else "", text_of[n] if n else "")
        return Pair(o, n, status, ops, 1.0 if status == "unchanged" else 0.7, tags)

    pairs = (
        pair("o1", "n1", "changed", "routine"),
        pair("o2", "n2", "unchanged"),
        pair("o3", "n3", "changed", "routine"),
        pair("o4", "n4", "changed", "list"),
        pair("o6", "n5", "unchanged"),
        pair("o7", "n6", "changed", "substantive"),
        pair("o8", "n7", "changed", "substantive"),
        pair("o5", "n8", "moved", "moved"),
        pair("o9", None, "deleted", "substantive"),
        pair("o10", "n9", "unchanged"),
        pair("o11", "n10", "unchanged", "renumbered"),
        pair("o12", "n11", "changed", "mandate", "substantive"),
        pair("o13", "n12", "changed", "mandate", "substantive"),
        pair(None, "n13", "inserted", "substantive"),
    )
    mandate = (
        MandateChange(
            old="o12",
            new="n11",
            removed=("在本公约的目标和宗旨范围内", "加紧审议各项提案", "拟订可以采取的措施"),
            added=("进一步审议一项文书的一套要素", "拟定这套要素", "其他可能的措施"),
            kinds=("task", "strength"),
            summary="任务从“加紧审议各项提案”变为“审议一项文书的一套要素”并以协商一致方式拟定",
            score=0.9,
        ),
        MandateChange(
            old="o13",
            new="n12",
            removed=("巴西驻裁军谈判会议特别代表弗拉维奥·苏亚雷斯·达米科大使",),
            added=("东欧集团的一名代表",),
            kinds=("chair",),
            summary="主席人选改变",
            score=0.4,
        ),
    )
    findings = (
        Finding(
            "list-change",
            "n4",
            {
                "old": "o4",
                "new": "n4",
                "kind": "members",
                "added": ["哥伦比亚"],
                "removed": ["智利"],
            },
        ),
        Finding(
            "quote-mismatch",
            "n3",
            {"cites": "CCW/MSP/2022/7", "paragraph": "32", "old": "o12", "form": "quoted"},
        ),
    )
    return Comparison(old=old, new=new, pairs=pairs, mandate=mandate, findings=findings)
