"""The HTML export: one self-contained page with the same facts as the PDF."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest

from ccwdiff.core.errors import ExportError
from ccwdiff.core.model import Comparison
from ccwdiff.export import export_html


class _Page(HTMLParser):
    """Collects what the tests look at: text, ids, links, tags, external references."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.tags: dict[str, int] = {}
        self.external: list[str] = []
        self.title = ""
        self._in_title = False
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags[tag] = self.tags.get(tag, 0) + 1
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(values["id"] or "")
        if tag == "a" and values.get("href"):
            self.links.append(values["href"] or "")
        for name in ("src", "href"):
            value = values.get(name) or ""
            if value and not value.startswith("#"):
                self.external.append(value)
        self._in_title = tag == "title"
        if tag == "style":
            self._skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "style":
            self._skip -= 1
        self._in_title = False

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        elif not self._skip:
            self.text.append(data)


def _parse(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    page.close()
    return page


def test_self_contained_page_with_the_facts(comparison: Comparison, tmp_path: Path) -> None:
    target = tmp_path / "diff.html"
    report = export_html(comparison, target)
    assert report.path == target and report.format == "html"
    page = _parse(target)
    text = "".join(page.text)
    assert page.title.startswith("Comparison of CCW/MSP/2022/7 and CCW/MSP/2023/7")
    assert "script" not in page.tags and "link" not in page.tags and page.external == []
    assert page.tags.get("style") == 1
    for needle in (
        "CCW/MSP/2022/7",
        "CCW/MSP/2023/7",
        "2022 ¶32 → 2023 ¶20",
        "加紧审议各项提案",
        "一项文书的一套要素",
        "Российская",
        "السعودية",
        "Members added: 哥伦比亚; removed: 智利.",
    ):
        assert needle in text, needle
    assert page.tags.get("del", 0) >= 5 and page.tags.get("ins", 0) >= 5


def test_table_of_changes_links_resolve(comparison: Comparison, tmp_path: Path) -> None:
    target = tmp_path / "diff.html"
    export_html(comparison, target)
    page = _parse(target)
    assert {"summary", "mandate", "findings", "changes"} <= page.ids
    internal = [link[1:] for link in page.links if link.startswith("#")]
    assert len(internal) >= 10
    assert set(internal) <= page.ids
    # Every changed pair is listed in the table of changes: 10 changes in the fixture.
    changed_rows = {i for i in internal if i.startswith("pair-")}
    assert len(changed_rows) == 10


def test_inline_layout_and_hidden_routine(comparison: Comparison, tmp_path: Path) -> None:
    target = tmp_path / "inline.html"
    export_html(comparison, target, layout="inline", page_size="Letter", show_routine=False)
    html = target.read_text(encoding="utf-8")
    page = _parse(target)
    text = "".join(page.text)
    assert "size: letter" in html
    assert "进一步审议一项文书的一套要素" in text
    assert 'class="para' in html and '<table class="diff"' not in html
    # The routine ¶1 is gone from the full text, though the table of changes lists it.
    assert "2022年会议于2022年11月16日" not in text.split("Full text", 1)[1]


def test_refuses_to_overwrite_an_input(comparison: Comparison) -> None:
    with pytest.raises(ExportError) as caught:
        export_html(comparison, comparison.old.path)
    assert caught.value.code == "export-over-input"


def test_warnings_and_empty_comparison(comparison: Comparison, tmp_path: Path) -> None:
    from dataclasses import replace

    empty = replace(
        comparison,
        old=replace(comparison.old, blocks=()),
        new=replace(comparison.new, blocks=()),
        pairs=(),
        mandate=(),
        findings=(),
        warnings=("identical",),
    )
    target = tmp_path / "empty.html"
    report = export_html(empty, target)
    text = "".join(_parse(target).text)
    assert "identical in wording" in text
    assert "No mandate change found." in text
    assert report.warnings == ()


def test_html_export_and_fonts_do_not_load_qt() -> None:
    import subprocess
    import sys

    code = (
        "import sys, ccwdiff.export, ccwdiff.export.html, ccwdiff.export.report, ccwdiff.fonts;"
        "assert 'PySide6' not in sys.modules, 'Qt loaded'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
