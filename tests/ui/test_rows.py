"""Display rows: order, move markers, citations, filters and report ordering."""

from __future__ import annotations

from dataclasses import replace

from ccwdiff.core.compare import compare_documents
from ccwdiff.core.document import build_document
from ccwdiff.ui.colours import diff_colours
from ccwdiff.ui.render import RenderContext, inline_html, side_html
from ccwdiff.ui.rows import (
    Filters,
    build_rows,
    cite_label,
    document_year,
    is_reversed,
    mandate_pairs,
    row_visible,
)
from tests.core.rawtext import raw_from_text
from tests.ui.factory import sample_comparison


def test_every_pair_has_one_real_row_and_moves_get_a_marker() -> None:
    comparison = sample_comparison()
    rows = build_rows(comparison)
    real = [row for row in rows if row.kind == "pair"]
    assert [row.pair_index for row in real] == list(range(len(comparison.pairs)))
    ghosts = [row for row in rows if row.kind != "pair"]
    assert [(g.kind, g.old.id if g.old else None) for g in ghosts] == [("moved-from", "o8")]
    moved = next(row for row in real if row.status == "moved")
    # The marker sits where the paragraph was in the old report (after 2022 ¶5)
    # and both rows link to each other.
    ghost = ghosts[0]
    assert rows[ghost.index - 1].old is not None and rows[ghost.index - 1].old.id == "o7"
    assert moved.partner == ghost.index and ghost.partner == moved.index
    assert [row.index for row in rows] == list(range(len(rows)))


def test_citation_labels() -> None:
    comparison = sample_comparison()
    blocks = {block.id: block for block in comparison.new.blocks}
    assert cite_label(comparison.new.block("n10"), blocks) == "¶20"
    assert cite_label(comparison.new.block("n1"), blocks) == "一."
    assert document_year(comparison.old) == "2022"


def test_older_report_detected_from_dates() -> None:
    comparison = sample_comparison()
    assert not is_reversed(comparison.old, comparison.new)
    assert is_reversed(comparison.new, comparison.old)
    undated = replace(comparison.old, date=None, symbol=None, title=None)
    assert not is_reversed(undated, comparison.new)  # unknown: keep the drop order


def test_filters_select_rows() -> None:
    comparison = sample_comparison()
    rows = build_rows(comparison)
    ids = mandate_pairs(comparison)

    def visible(filters: Filters) -> list[int]:
        return [row.index for row in rows if row_visible(row, filters, ids)]

    assert visible(Filters(mandate_only=True)) == [11]
    assert 3 not in visible(Filters(hide_routine=True))
    assert all(rows[i].status != "unchanged" for i in visible(Filters(hide_unchanged=True)))
    assert visible(Filters(search="南苏丹")) == [5]  # only in the new text
    assert visible(Filters(search="第六次审查会议")) == [1]  # only in the old text
    assert visible(Filters(search="ＣＣＷ")) == []  # width-folded, and no false hits


def test_footnote_rows_are_set_smaller_and_cited_as_footnotes() -> None:
    text = "I.   Session\n\n1.   The Group adopted its agenda.1\n\n     1 CCW/GGE.1/2022/1.\n"
    document = build_document(raw_from_text(text))
    rows = build_rows(compare_documents(document, document))
    context = RenderContext(colours=diff_colours(False, False), old_year="", new_year="")
    footnote = next(row for row in rows if row.new is not None and row.new.kind == "footnote")
    paragraph = next(row for row in rows if row.new is not None and row.new.kind == "paragraph")
    assert cite_label(footnote.new) == "fn. 1"
    small = '<div style="font-size:small">CCW/GGE.1/2022/1.</div>'
    assert small in side_html(footnote, "new", context)
    assert small in inline_html(footnote, context)
    assert '<div style="font-size:small">The Group' not in side_html(paragraph, "new", context)
