"""The export model's summary counts and finding sentences (no Qt, no PDF)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from ccwdiff.core.model import Finding, Pair
from ccwdiff.export.report import build_report

from .fixtures import make_comparison


def test_summary_counts_mandate_changes_like_the_heading(tmp_path: Path) -> None:
    comparison = make_comparison(tmp_path)
    # Three paragraphs tagged mandate, grouped into fewer mandate changes.
    extra = Pair(old=None, new="n1", status="inserted", ops=(), similarity=0.0, tags=("mandate",))
    comparison = replace(comparison, pairs=(*comparison.pairs, extra))
    tagged = sum("mandate" in pair.tags for pair in comparison.pairs)
    assert tagged != len(comparison.mandate)
    counts = dict(build_report(comparison).counts)
    assert counts["Mandate changes"] == len(comparison.mandate)
    assert counts["Paragraphs tagged mandate"] == tagged


def test_list_members_joined_by_language(tmp_path: Path) -> None:
    comparison = make_comparison(tmp_path)
    findings = (
        Finding(
            code="list-change",
            block=comparison.pairs[0].new,
            detail={"kind": "members", "added": ["Bahrain", "Burundi"], "removed": []},
        ),
        Finding(
            code="list-change",
            block=comparison.pairs[0].new,
            detail={"kind": "members", "added": ["巴林", "多哥"], "removed": []},
        ),
    )
    texts = [entry.text for entry in build_report(replace(comparison, findings=findings)).findings]
    assert "added: Bahrain, Burundi." in texts[0]
    assert "added: 巴林、多哥." in texts[1]
