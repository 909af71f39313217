"""Correcting the alignment by hand: pairs made (anchors) and undone (separations)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ccwdiff.core.cite import find_block
from ccwdiff.core.compare import compare_documents, compare_files
from ccwdiff.core.errors import BadReference
from ccwdiff.core.model import Block, Document
from ccwdiff.core.serialize import to_dict
from ccwdiff.resources import sample_pair

from .helpers import make_document
from .test_align import PARAGRAPHS, P, _check_invariants, summary


def test_unpairing_identical_paragraphs_shows_a_deletion_and_an_insertion() -> None:
    old = make_document([P[0], P[1], P[2]])
    new = make_document([P[0], P[1], P[2]])
    result = compare_documents(old, new, separations=[("b2", "b2")])
    assert summary(result) == [
        ("b1", "b1", "unchanged"),
        ("b2", None, "deleted"),
        (None, "b2", "inserted"),
        ("b3", "b3", "unchanged"),
    ]
    assert result.unpaired_by_hand == (("b2", "b2"),)
    assert result.paired_by_hand == ()


def test_unpairing_a_changed_paragraph_leaves_the_rest_aligned() -> None:
    rolled = "会议决定提名东欧集团的一名代表担任《公约》缔约方 2023 年会议主席。"
    old = make_document([P[0], rolled, P[1]])
    new = make_document([P[0], P[5], P[1]])
    assert ("b2", "b2", "changed") in summary(compare_documents(old, new))
    result = summary(compare_documents(old, new, separations=[("b2", "b2")]))
    assert ("b2", "b2", "changed") not in result
    assert ("b2", None, "deleted") in result and (None, "b2", "inserted") in result
    assert ("b1", "b1", "unchanged") in result and ("b3", "b3", "unchanged") in result


def test_unpaired_paragraph_is_not_found_as_a_move_either() -> None:
    # Large enough for the candidate probe (more than 400 item pairs), with the
    # separated paragraph's copy far away: it must not come back as a move.
    filler = [f"第{n}段，关于议题{n}的程序性安排和其他事项的说明{n}。" for n in range(30)]
    old = make_document([P[3], *filler])
    new = make_document([*filler, P[3]])
    assert ("b1", "b31", "moved") in summary(compare_documents(old, new))
    result = summary(compare_documents(old, new, separations=[("b1", "b31")]))
    assert ("b1", None, "deleted") in result and (None, "b31", "inserted") in result


def test_unpairing_a_bullet_inside_a_paired_paragraph() -> None:
    def document(bullets: list[str]) -> Document:
        blocks = [Block("b1", "paragraph", "1.", None, "会议决定：")]
        blocks += [
            Block(f"b{n}", "bullet", "•", "b1", text) for n, text in enumerate(bullets, 2)
        ]
        return Document("doc.txt", "txt", "zh", None, tuple(blocks))

    old, new = document([P[1], P[2]]), document([P[1], P[2]])
    result = summary(compare_documents(old, new, separations=[("b3", "b3")]))
    assert ("b1", "b1", "unchanged") in result and ("b2", "b2", "unchanged") in result
    assert ("b3", None, "deleted") in result and (None, "b3", "inserted") in result


def test_a_pair_made_by_hand_wins_over_unpairing_the_same_pair() -> None:
    old = make_document([P[0], P[1]])
    new = make_document([P[3], P[4]])
    result = compare_documents(
        old, new, anchors=[("b2", "b1")], separations=[("b2", "b1"), ("b1", "b2")]
    )
    assert ("b2", "b1", "changed") in summary(result)
    assert result.paired_by_hand == (("b2", "b1"),)
    assert result.unpaired_by_hand == (("b1", "b2"),)


def test_ids_not_in_the_documents_are_ignored_and_not_recorded() -> None:
    old = make_document([P[0], P[1]])
    new = make_document([P[0], P[1]])
    result = compare_documents(old, new, anchors=[("b9", "b1")], separations=[("b1", "b7")])
    assert summary(result) == [("b1", "b1", "unchanged"), ("b2", "b2", "unchanged")]
    assert result.paired_by_hand == () and result.unpaired_by_hand == ()


@settings(max_examples=40, deadline=None)
@given(
    old=PARAGRAPHS,
    new=PARAGRAPHS,
    cuts=st.lists(st.tuples(st.integers(1, 10), st.integers(1, 10)), max_size=4),
    ties=st.lists(st.tuples(st.integers(1, 10), st.integers(1, 10)), max_size=2),
)
def test_corrections_keep_every_invariant(
    old: list[str], new: list[str], cuts: list[tuple[int, int]], ties: list[tuple[int, int]]
) -> None:
    old_doc, new_doc = make_document(old), make_document(new)
    separations = [(f"b{o}", f"b{n}") for o, n in cuts]
    anchors = [(f"b{o}", f"b{n}") for o, n in ties]
    result = compare_documents(old_doc, new_doc, anchors=anchors, separations=separations)
    _check_invariants(result)
    paired = {(pair.old, pair.new) for pair in result.pairs}
    # No separated pair is made (unless the same pair is also made by hand), and the
    # split or merge groups do not join them either.
    groups = {(pair.old, pair.group) for pair in result.pairs if pair.group and pair.old}
    groups |= {(pair.group, pair.new) for pair in result.pairs if pair.group and pair.new}
    for pair in result.unpaired_by_hand:
        assert pair not in paired and pair not in groups
    # Every pair made by hand holds; of two that claim one block, the later is kept.
    assert set(result.paired_by_hand) <= paired
    kept = {pair for pair in anchors if pair[0] in old_ids(old) and pair[1] in old_ids(new)}
    for o, n in kept - set(result.paired_by_hand):
        later = anchors[len(anchors) - 1 - anchors[::-1].index((o, n)) :]
        assert any(a != (o, n) and (a[0] == o or a[1] == n) for a in later)


def old_ids(paragraphs: list[str]) -> set[str]:
    return {f"b{n}" for n in range(1, len(paragraphs) + 1)}


def test_two_pairs_by_hand_claiming_one_block_keep_the_later() -> None:
    old = make_document([P[0], P[0]])
    new = make_document([P[0]])
    result = compare_documents(old, new, anchors=[("b1", "b1"), ("b2", "b1")])
    assert summary(result) == [("b1", None, "deleted"), ("b2", "b1", "unchanged")]
    assert result.paired_by_hand == (("b2", "b1"),)


def test_references_as_the_outputs_cite_them() -> None:
    old, new = sample_pair()
    comparison = compare_files(old, new)
    doc = comparison.new
    paragraph = next(b for b in doc.blocks if b.label == "20." and not b.path[:1] == ("附件一",))
    assert find_block(doc, "20") == paragraph.id
    assert find_block(doc, "¶20") == paragraph.id
    assert find_block(doc, " ¶ 20. ") == paragraph.id
    assert find_block(doc, paragraph.id) == paragraph.id
    heading = next(b for b in doc.blocks if b.kind == "heading" and b.label == "四.")
    assert find_block(doc, "四.") == find_block(doc, "四") == heading.id


def test_a_recurring_number_needs_its_section() -> None:
    _old, new = sample_pair()
    doc = compare_files(_old, new).new
    twice = [b for b in doc.blocks if b.label == "16."]
    assert len(twice) == 2  # ¶16 of the report and ¶16 of its annex
    with pytest.raises(BadReference) as raised:
        find_block(doc, "16")
    assert raised.value.exit_code == 2
    assert "2 paragraphs" in str(raised.value) and twice[0].id in str(raised.value)
    for block in twice:
        assert find_block(doc, f"{block.path[-1]} ¶16") == block.id


def test_an_unknown_reference_is_a_clear_error() -> None:
    old, new = sample_pair()
    with pytest.raises(BadReference, match="has no paragraph '¶999'"):
        compare_files(old, new, anchors=[("¶999", "¶1")])


def test_the_json_records_the_corrections() -> None:
    old, new = sample_pair()
    comparison = compare_files(old, new, anchors=[("25", "四. 16")], separations=[("24", "四. 17")])
    data = to_dict(comparison)
    (made,) = data["paired_by_hand"]
    (undone,) = data["unpaired_by_hand"]
    pairs = {(pair["old"], pair["new"]): pair["status"] for pair in data["pairs"]}
    assert tuple(made) in pairs and tuple(undone) not in pairs
    labels = {b["id"]: b["label"] for b in data["old"]["blocks"]}
    assert labels[made[0]] == "25." and labels[undone[0]] == "24."


def test_references_that_fit_nothing_can_be_left_out() -> None:
    old, new = sample_pair()
    comparison = compare_files(
        old,
        new,
        anchors=[("¶999", "¶1"), ("25", "四. 16"), ("b37", "16")],
        separations=[("b1", "b99999")],
        strict_references=False,
    )
    labels = {b.id: b.label for b in comparison.old.blocks}
    assert [labels[o] for o, _n in comparison.paired_by_hand] == ["25."]
    assert comparison.unpaired_by_hand == ()


def test_a_pair_made_far_from_its_place_is_a_move_and_keeps_every_other_pair() -> None:
    filler = [f"第{n}段，关于议题{n}的程序性安排和其他事项的说明{n}。" for n in range(12)]
    old = make_document([P[3], *filler])
    new = make_document([*filler, P[6]])
    automatic = summary(compare_documents(old, new))
    assert ("b1", None, "deleted") in automatic and (None, "b13", "inserted") in automatic
    result = summary(compare_documents(old, new, anchors=[("b1", "b13")]))
    assert ("b1", "b13", "moved") in result
    kept = [pair for pair in automatic if pair[0] != "b1" and pair[1] != "b13"]
    assert all(pair in result for pair in kept)  # the twelve paragraphs between stay paired
