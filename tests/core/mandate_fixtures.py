"""Hand-built documents and comparisons for the classification tests.

The texts are the real wording of the corpus: the 2022 mandate of the expert group as
the 2023 Chinese report quotes it (¶18), the 2023 mandate (¶20), the participants
paragraph (¶9), and the English mandates of the GGE reports. Pairs are word-diffed
with the real engine, as compare.py does, so the classifier sees realistic ops.
"""

from __future__ import annotations

from collections.abc import Sequence

from ccwdiff.core.model import Block, Comparison, Document, Pair
from ccwdiff.core.worddiff import diff_words

# (id, kind, label, parent, text)
Spec = tuple[str, str, str | None, str | None, str]

ZH_MANDATE_2022 = (
    "根据 CCW/CONF.V/10 号文件所载第五次审查会议决定 1 设立的致命性自主武器系统领域新兴技术问题"
    "不限成员名额政府专家组的工作，应遵循 CCW/CONF.V/2 号文件所载商定建议继续进行，以加强本公约。"
    "专家组应在本公约的目标和宗旨范围内，加紧审议各项提案，并以协商一致方式拟订可以采取的措施，"
    "包括以专家组各项建议和结论为基础，考虑到本公约框架内现有议定书的实例以及有关致命性自主武器"
    "系统领域新兴技术相关规范和操作框架的其他备选办法，并吸收法律、军事和技术方面的专门知识。",
    "第六次审查会议的议事规则应比照适用于专家组。",
    "专家组应以协商一致方式开展工作和通过报告，并向缔约方会议提交报告。应按照《特定常规武器公约》"
    "赞助方案的目标，促进所有缔约方尽可能广泛参与。",
    "专家组将由巴西驻裁军谈判会议特别代表弗拉维奥·苏亚雷斯·达米科大使担任主席。",
)

ZH_MANDATE_2023 = (
    "根据 CCW/CONF.V/10 号文件所载第五次审查会议决定 1 设立的致命性自主武器系统领域新兴技术问题"
    "不限成员名额政府专家组的工作，应遵循 CCW/CONF.V/2 号文件所载商定建议继续进行，以加强本公约。"
    "专家组应当联系本公约的目标和宗旨，进一步审议一项文书的一套要素，并在不预先判断该文书的性质的"
    "前提下以协商一致方式拟定这套要素，还应审议和拟定应对致命性自主武器系统领域新兴技术的其他可能的"
    "措施，同时以专家组各项建议和结论为基础，考虑到本公约框架内现有议定书的实例，缔约方提出的建议，"
    "以及与致命性自主武器系统领域新兴技术的规范和操作框架相关的其他备选办法，并吸收法律、军事和"
    "技术方面的专门知识。",
    "第六次审查会议的议事规则应比照适用于专家组。",
    "专家组以协商一致方式开展工作和通过报告，并向第七次审查会议提交报告。专家组应当尽快，最好在"
    " 2025 年底之前完成工作。专家组主席将向缔约方年度会议通报专家组工作最新情况。应按照《特定常规"
    "武器公约》赞助方案的目标，促进所有缔约方尽可能广泛参与。专家组将每年举行为期 10 天的会议。",
    "专家组将由东欧集团的一名代表担任主席。",
)

ZH_PARTICIPANTS_2023 = (
    "《公约》的下列缔约方参加了会议的工作：阿尔巴尼亚、阿尔及利亚、阿根廷、澳大利亚、奥地利、巴林、"
    "孟加拉国、白俄罗斯、比利时、玻利维亚、波斯尼亚和黑塞哥维那、巴西、保加利亚、加拿大、智利、中国、"
    "荷兰王国、卡塔尔、大韩民国、摩尔多瓦共和国、罗马尼亚、多哥、大不列颠及北爱尔兰联合王国、"
    "美利坚合众国、乌拉圭、委内瑞拉。"
)
# 2022: 巴林, 荷兰王国, 多哥 absent; 希腊, 荷兰, 马耳他 present; two states in another order.
ZH_PARTICIPANTS_2022 = (
    "《公约》的下列缔约方参加了会议的工作：阿尔巴尼亚、阿尔及利亚、阿根廷、澳大利亚、奥地利、"
    "孟加拉国、白俄罗斯、比利时、玻利维亚、波斯尼亚和黑塞哥维那、巴西、保加利亚、加拿大、智利、中国、"
    "希腊、马耳他、荷兰、卡塔尔、摩尔多瓦共和国、大韩民国、罗马尼亚、大不列颠及北爱尔兰联合王国、"
    "美利坚合众国、乌拉圭、委内瑞拉。"
)

EN_MANDATE_2022 = (
    "“That the work of the open-ended Group of Governmental Experts related to emerging "
    "technologies in the area of lethal autonomous weapon systems established by Decision 1 of "
    "the Fifth Review Conference as contained in document CCW/CONF.V/10, adhering to the agreed "
    "recommendations contained in document CCW/CONF.V/2, is to continue, to strengthen the "
    "Convention. In the context of the objectives and purpose of the Convention, the Group is to "
    "intensify the consideration of proposals and elaborate, by consensus, possible measures, "
    "including taking into account the example of existing protocols within the Convention, and "
    "other options related to the normative and operational framework on emerging technologies in "
    "the area of lethal autonomous weapon systems, building upon the recommendations and "
    "conclusions of the Group of Governmental Experts related to emerging technologies in the area "
    "of lethal autonomous weapon systems, and bringing in expertise on legal, military, and "
    "technological aspects;"
)
EN_MANDATE_2023 = (
    "“That the work of the open-ended Group of Governmental Experts related to emerging "
    "technologies in the area of lethal autonomous weapon systems established by Decision 1 of "
    "the Fifth Review Conference as contained in document CCW/CONF.V/10, adhering to the agreed "
    "recommendations contained in document CCW/CONF.V/2, is to continue, to strengthen the "
    "Convention. In the context of the objectives and purpose of the Convention, the Group is to "
    "further consider and formulate, by consensus, a set of elements of an instrument, without "
    "prejudging its nature, and other possible measures to address emerging technologies in the "
    "area of lethal autonomous weapon systems, taking into account the example of existing "
    "Protocols within the Convention, proposals presented by High Contracting Parties and other "
    "options related to the normative and operational framework on emerging technologies in the "
    "area of lethal autonomous weapon systems, building upon the recommendations and conclusions "
    "of the Group, and bringing in expertise on legal, military, and technological aspects.”"
)


def make_document(
    specs: Sequence[Spec],
    *,
    language: str = "zh",
    symbol: str | None = None,
    path: str = "doc.txt",
) -> Document:
    """A document from (id, kind, label, parent, text) tuples, in reading order."""
    blocks = tuple(
        Block(id=block_id, kind=kind, label=label, parent=parent, text=text)  # type: ignore[arg-type]
        for block_id, kind, label, parent, text in specs
    )
    return Document(path=path, format="txt", language=language, symbol=symbol, blocks=blocks)


def make_pair(old: Document, new: Document, old_id: str | None, new_id: str | None) -> Pair:
    """A pair with real word-diff ops and the status compare.py would give it."""
    old_text = old.block(old_id).text if old_id else ""
    new_text = new.block(new_id).text if new_id else ""
    if old_id is None:
        return Pair(
            old=None, new=new_id, status="inserted", ops=diff_words("", new_text), similarity=0.0
        )
    if new_id is None:
        return Pair(
            old=old_id, new=None, status="deleted", ops=diff_words(old_text, ""), similarity=0.0
        )
    ops = diff_words(old_text, new_text)
    status = "unchanged" if all(op.op == "=" for op in ops) else "changed"
    return Pair(old=old_id, new=new_id, status=status, ops=ops, similarity=0.5)


def make_comparison(
    old: Document, new: Document, links: Sequence[tuple[str | None, str | None]]
) -> Comparison:
    """A comparison whose pairs link the given (old id, new id) couples."""
    pairs = tuple(make_pair(old, new, old_id, new_id) for old_id, new_id in links)
    return Comparison(old=old, new=new, pairs=pairs)


def zh_mandate_documents() -> tuple[Document, Document]:
    """2022 ¶32 (the decision as ¶18 of 2023 quotes it) and 2023 ¶20, with their bullets."""
    old = make_document(
        [("o32", "paragraph", "32.", None, "会议决定：")]
        + [(f"o32b{n}", "bullet", "•", "o32", text) for n, text in enumerate(ZH_MANDATE_2022, 1)],
        symbol="CCW/MSP/2022/7",
    )
    new = make_document(
        [("n20", "paragraph", "20.", None, "会议决定：")]
        + [(f"n20b{n}", "bullet", "•", "n20", text) for n, text in enumerate(ZH_MANDATE_2023, 1)],
        symbol="CCW/MSP/2023/7",
    )
    return old, new


def zh_mandate_comparison() -> Comparison:
    old, new = zh_mandate_documents()
    links = [("o32", "n20")] + [(f"o32b{n}", f"n20b{n}") for n in range(1, 5)]
    return make_comparison(old, new, links)
