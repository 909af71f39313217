"""Hand-built comparisons for UI tests, independent of the comparison engine.

The texts follow the real CCW reports (the 2022 → 2023 mandate shift of the
Group of Governmental Experts), so screenshots of the widgets look like the
product. Word ops come from the real word diff.
"""

from __future__ import annotations

from ccwdiff.core.model import Block, Comparison, Document, MandateChange, Pair
from ccwdiff.core.worddiff import diff_words

OLD_MANDATE = (
    "专家组应在本公约的目标和宗旨范围内，加紧审议各项提案，并以协商一致方式拟订可以采取的措施，"
    "包括以专家组各项建议和结论为基础，考虑到本公约框架内现有议定书的实例。"
)
NEW_MANDATE = (
    "专家组应在本公约的目标和宗旨范围内，进一步审议一项文书的一套要素，"
    "并以协商一致方式拟定这套要素，包括以专家组各项建议和结论为基础，考虑到本公约框架内现有议定书的实例。"
)

# (id, kind, label, parent, text, path)
OLD_BLOCKS = [
    ("o1", "heading", "一.", None, "导言", ()),
    (
        "o2",
        "paragraph",
        "1.",
        "o1",
        "2021 年 12 月 13 日至 17 日在日内瓦举行了第六次审查会议。",
        ("一.",),
    ),
    ("o3", "paragraph", "2.", "o1", "会议决定继续监测《特定常规武器公约》的财务状况。", ("一.",)),
    (
        "o4",
        "paragraph",
        "3.",
        "o1",
        "缔约方会议于 2022 年 11 月 16 日至 18 日在日内瓦举行。",
        ("一.",),
    ),
    ("o5", "heading", "二.", None, "会议工作安排", ()),
    ("o6", "paragraph", "4.", "o5", "会议选举了副主席和起草委员会主席。", ("二.",)),
    ("o7", "paragraph", "5.", "o5", "秘书处编写了关于赞助方案的说明。", ("二.",)),
    ("o8", "paragraph", "6.", "o5", "以下国家作为观察员出席了会议：埃及、以色列。", ("二.",)),
    ("o9", "heading", "三.", None, "结论和建议", ()),
    ("o10", "paragraph", "32.", "o9", OLD_MANDATE, ("三.",)),
    ("o11", "paragraph", "33.", "o9", "会议欢迎各缔约方提交的国家报告。", ("三.",)),
]
NEW_BLOCKS = [
    ("n1", "heading", "一.", None, "导言", ()),
    (
        "n2",
        "paragraph",
        "1.",
        "n1",
        "2022 年 11 月 16 日至 18 日在日内瓦举行了缔约方会议。",
        ("一.",),
    ),
    ("n3", "paragraph", "2.", "n1", "会议决定继续监测《特定常规武器公约》的财务状况。", ("一.",)),
    (
        "n4",
        "paragraph",
        "3.",
        "n1",
        "缔约方会议于 2023 年 11 月 15 日至 17 日在日内瓦举行。",
        ("一.",),
    ),
    ("n5", "heading", "二.", None, "会议工作安排", ()),
    (
        "n6",
        "paragraph",
        "4.",
        "n5",
        "以下国家作为观察员出席了会议：埃及、以色列、南苏丹。",
        ("二.",),
    ),
    ("n7", "paragraph", "5.", "n5", "会议选举了副主席和起草委员会主席。", ("二.",)),
    ("n8", "paragraph", "6.", "n5", "会议注意到网络安全问题工作组的报告。", ("二.",)),
    ("n9", "heading", "三.", None, "结论和建议", ()),
    ("n10", "paragraph", "20.", "n9", NEW_MANDATE, ("三.",)),
    ("n11", "paragraph", "21.", "n9", "会议欢迎各缔约方提交的国家报告。", ("三.",)),
]


def _document(path: str, symbol: str, date: str, rows: list[tuple]) -> Document:
    blocks = tuple(
        Block(id=i, kind=k, label=lab, parent=par, text=t, path=p) for i, k, lab, par, t, p in rows
    )
    return Document(path=path, format="txt", language="zh", symbol=symbol, blocks=blocks, date=date)


def _pair(old: Document, new: Document, o: str | None, n: str | None, status: str, tags=()) -> Pair:
    old_text = old.block(o).text if o else ""
    new_text = new.block(n).text if n else ""
    ops = diff_words(old_text, new_text) if o and n else ()
    return Pair(old=o, new=n, status=status, ops=ops, similarity=0.5, tags=tuple(tags))


def sample_comparison(old_path: str = "old.txt", new_path: str = "new.txt") -> Comparison:
    """Eleven blocks a side: headings, a routine date change, an inserted and a
    deleted paragraph, a moved paragraph and the mandate change."""
    old = _document(old_path, "CCW/MSP/2022/7", "2022-11-18", OLD_BLOCKS)
    new = _document(new_path, "CCW/MSP/2023/7", "2023-11-17", NEW_BLOCKS)
    pairs = (
        _pair(old, new, "o1", "n1", "unchanged"),
        _pair(old, new, "o2", "n2", "changed", ["substantive"]),
        _pair(old, new, "o3", "n3", "unchanged"),
        _pair(old, new, "o4", "n4", "changed", ["routine"]),
        _pair(old, new, "o5", "n5", "unchanged"),
        _pair(old, new, "o8", "n6", "moved", ["moved", "list"]),
        _pair(old, new, "o6", "n7", "unchanged", ["renumbered"]),
        _pair(old, new, "o7", None, "deleted"),
        _pair(old, new, None, "n8", "inserted", ["substantive"]),
        _pair(old, new, "o9", "n9", "unchanged"),
        _pair(old, new, "o10", "n10", "changed", ["mandate", "substantive", "renumbered"]),
        _pair(old, new, "o11", "n11", "unchanged", ["renumbered"]),
    )
    mandate = (
        MandateChange(
            old="o10",
            new="n10",
            removed=("加紧审议各项提案", "拟订可以采取的措施"),
            added=("进一步审议一项文书的一套要素", "拟定这套要素"),
            kinds=("task",),
            summary="从“拟订可以采取的措施”转向“拟定一项文书的一套要素”",
            score=0.9,
        ),
    )
    return Comparison(old=old, new=new, pairs=pairs, mandate=mandate)


def large_comparison(count: int = 2000) -> Comparison:
    """``count`` pairs of varied status, for scale checks."""
    old_rows = []
    new_rows = []
    pairs = []
    for i in range(count):
        text = f"第{i}段：缔约方会议审议了专家组的报告，并决定继续其工作，包括第 {i} 号提案。"
        old_rows.append((f"o{i}", "paragraph", f"{i + 1}.", None, text, ()))
        changed = text.replace("继续", "加强") if i % 7 == 0 else text
        new_rows.append((f"n{i}", "paragraph", f"{i + 1}.", None, changed, ()))
    old = _document("big-old.txt", "CCW/MSP/2022/7", "2022-11-18", old_rows)
    new = _document("big-new.txt", "CCW/MSP/2023/7", "2023-11-17", new_rows)
    for i in range(count):
        status = "changed" if i % 7 == 0 else "unchanged"
        pairs.append(_pair(old, new, f"o{i}", f"n{i}", status))
    return Comparison(old=old, new=new, pairs=tuple(pairs))
