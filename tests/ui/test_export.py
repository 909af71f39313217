"""File > Export PDF…/HTML…/Word…/JSON… from the window, in the background, refusing the inputs."""

from __future__ import annotations

import pytest

from ccwdiff.ui.qt import QFileDialog


@pytest.fixture
def save_as(monkeypatch: pytest.MonkeyPatch):
    chosen: list[str] = []

    def fake(*args, **kwargs):
        return chosen[0], ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    return chosen


@pytest.mark.parametrize("kind", ["html", "pdf", "json", "docx"])
def test_export_writes_the_file(shown, save_as, tmp_path, qtbot, kind) -> None:
    target = tmp_path / f"comparison.{kind}"
    save_as.append(str(tmp_path / "comparison"))  # the extension is added
    shown.export(kind)
    qtbot.waitUntil(lambda: "Exported to" in shown.status.currentMessage(), timeout=60000)
    assert target.exists() and target.stat().st_size > 1000
    if kind == "pdf":
        assert target.read_bytes().startswith(b"%PDF")
    if kind == "docx":
        import docx

        assert docx.Document(str(target)).core_properties.title.startswith("Comparison of")
    if kind == "json":
        import json

        from ccwdiff.core.serialize import to_dict

        assert json.loads(target.read_text(encoding="utf-8")) == json.loads(
            json.dumps(to_dict(shown.comparison), ensure_ascii=False)
        )
    assert shown.actions_.export_json in shown.actions_.menus["file"].actions()
    assert shown.actions_.export_docx in shown.actions_.menus["file"].actions()


def test_export_over_an_input_is_refused(window, save_as, messages, tmp_path) -> None:
    from tests.ui.factory import sample_comparison

    source = tmp_path / "old-report.html"
    source.write_text("<p>the 2022 report</p>", encoding="utf-8")
    window.set_comparison(sample_comparison(str(source), str(tmp_path / "new.txt")))
    save_as.append(str(source))
    window.export("html")
    assert "one of the compared reports" in messages[0]
    assert source.read_text(encoding="utf-8") == "<p>the 2022 report</p>"


def test_export_without_a_comparison(window, messages) -> None:
    window.export("pdf")
    assert "Compare two reports first" in messages[0]


@pytest.mark.parametrize(("letter", "width_points"), [(False, 595), (True, 612)])
def test_letter_paper_choice_reaches_the_pdf(
    shown, save_as, tmp_path, qtbot, letter: bool, width_points: int
) -> None:
    from pypdf import PdfReader

    shown.actions_.letter_paper.setChecked(letter)
    target = tmp_path / "paper.pdf"
    save_as.append(str(target))
    shown.export("pdf")
    qtbot.waitUntil(lambda: "Exported to" in shown.status.currentMessage(), timeout=60000)
    assert shown.options.letter_paper is letter
    box = PdfReader(str(target)).pages[0].mediabox
    assert round(float(box.width)) == width_points
