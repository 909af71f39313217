"""End to end: the installed ``ccwdiff`` command on real fixture files (TXT, DOCX, PDF)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ccwdiff.resources import sample_pair

DATA = Path(__file__).resolve().parents[1] / "data"
CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"


def ccwdiff_command() -> list[str]:
    """The installed entry point next to this interpreter (falls back to -m)."""
    script = Path(sys.executable).with_name("ccwdiff")
    if script.exists():
        return [str(script)]
    found = shutil.which("ccwdiff")
    return [found] if found else [sys.executable, "-m", "ccwdiff"]


def run(*args: str | Path, check: bool = True) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_COLOR": "1", "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [*ccwdiff_command(), *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    if check and result.returncode != 0:
        raise AssertionError(f"exit {result.returncode}: {result.stderr}")
    return result


def load_json(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def check_contract(data: dict) -> None:
    assert data["schema"] == "ccwdiff.compare/1"
    for side, field in (("old", "old"), ("new", "new")):
        ids = [b["id"] for b in data[side]["blocks"]]
        paired = [p[field] for p in data["pairs"] if p[field] is not None]
        assert sorted(paired) == sorted(ids), f"{side}: every block in exactly one pair"
        texts = {b["id"]: b["text"] for b in data[side]["blocks"]}
        keep = "-" if side == "old" else "+"
        for pair in data["pairs"]:
            rebuilt = "".join(t for op, t in pair["ops"] if op in ("=", keep))
            assert rebuilt == (texts[pair[field]] if pair[field] else "")


def test_sample_pair_json(tmp_path: Path) -> None:
    old, new = sample_pair()
    out = tmp_path / "out.json"
    run("compare", old, new, "--format", "json", "-o", out)
    data = load_json(out)
    check_contract(data)
    assert data["old"]["symbol"] == "CCW/MSP/2022/7"
    assert data["new"]["symbol"] == "CCW/MSP/2023/7"
    assert data["old"]["language"] == data["new"]["language"] == "zh"
    # Each block carries the citation the terminal and the exports give it.
    refs = {block["id"]: block["ref"] for block in data["new"]["blocks"]}
    (mandate,) = [m for m in data["mandate"] if m["old"] and m["new"]][:1]
    assert refs[mandate["new"]] == "¶20"
    assert "¶20 •1" in refs.values() and "三." in refs.values()
    # No page furniture anywhere in the changes.
    for pair in data["pairs"]:
        for op, text in pair["ops"]:
            if op != "=":
                assert "GE.22-" not in text and "GE.23-" not in text


def test_sample_pair_terminal_summary_starts_with_mandate() -> None:
    old, new = sample_pair()
    result = run("compare", old, new)
    lines = result.stdout.splitlines()
    mandate_at = next(i for i, line in enumerate(lines) if line.startswith("MANDATE CHANGES"))
    assert mandate_at < 6
    head = "\n".join(lines[mandate_at : mandate_at + 40])
    assert "加紧" in head and "一套要素" in head
    assert "¶32" in head and "¶20" in head


@pytest.mark.slow
@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_renderings_compare_like_the_text(tmp_path: Path, suffix: str) -> None:
    old = DATA / "zh" / f"CCW-MSP-2022-7.zh.{suffix}"
    new = DATA / "zh" / f"CCW-MSP-2023-7.zh.{suffix}"
    if not old.exists():
        pytest.skip(f"fixture {old.name} not built")
    out = tmp_path / "out.json"
    run("compare", old, new, "--format", "json", "-o", out)
    data = load_json(out)
    check_contract(data)
    assert data["old"]["format"] == suffix
    changed = " ".join(t for p in data["pairs"] for op, t in p["ops"] if op != "=")
    assert "GE.2" not in changed
    assert "加紧" in changed and "一套要素" in changed


def test_mixed_formats_and_encodings(tmp_path: Path) -> None:
    gb = DATA / "zh" / "CCW-MSP-2022-7.gb18030.txt"
    utf16 = DATA / "zh" / "CCW-MSP-2022-7.utf16.txt"
    if not gb.exists() or not utf16.exists():
        pytest.skip("re-encoded fixtures not built")
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    run("compare", gb, sample_pair()[1], "--format", "json", "-o", a)
    run("compare", utf16, sample_pair()[1], "--format", "json", "-o", b)
    pairs_a = [(p["old"], p["new"], p["status"]) for p in load_json(a)["pairs"]]
    pairs_b = [(p["old"], p["new"], p["status"]) for p in load_json(b)["pairs"]]
    assert pairs_a == pairs_b


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("CCW-GGE.1-2019-3.en.txt", "CCW-GGE.1-2023-2.en.txt"),
        ("CCW-GGE.1-2025-WP.1.en.txt", "CCW-GGE.1-2025-WP.9.en.txt"),
    ],
)
def test_english_corpus_pairs(tmp_path: Path, old: str, new: str) -> None:
    if not CORPUS.exists():
        pytest.skip("shared corpus not beside the checkout")
    out = tmp_path / "out.json"
    run("compare", CORPUS / old, CORPUS / new, "--format", "json", "-o", out)
    data = load_json(out)
    check_contract(data)
    assert data["old"]["language"] == "en"
    assert data["new"]["symbol"] == new.removesuffix(".en.txt").replace("-", "/")
    furniture = ("GE.19-", "GE.23-", "GE.25-", "Please recycle")
    for pair in data["pairs"]:
        for op, text in pair["ops"]:
            if op != "=":
                assert not any(f in text for f in furniture), text


def test_footnotes_are_cited_as_footnotes() -> None:
    if not CORPUS.exists():
        pytest.skip("shared corpus not beside the checkout")
    old, new = CORPUS / "CCW-GGE.1-2025-WP.1.en.txt", CORPUS / "CCW-GGE.1-2025-WP.9.en.txt"
    out = run("compare", old, new, "--all").stdout
    # Footnote 6 became footnote 5, word for word: a footnote, not paragraph 6 of II. D.
    assert "II. > D. > fn. 6 → fn. 5  unchanged [renumbered]" in out
    assert "II. > B. > fn. 4 → —  deleted" in out
    assert "II. > B. > ¶4 → —" not in out
    # WP.9 ¶8 ends its new date with footnote 2's mark: the mandate panel leaves it out.
    assert "     + 12 May 2025)\n" in out and "2025),2" not in out.split("CHANGES\n")[0]
    data = json.loads(run("compare", old, new, "--format", "json").stdout)
    kinds = [block["kind"] for block in data["old"]["blocks"]]
    assert kinds.count("footnote") == 6 and "other" not in kinds
    refs = [block["ref"] for block in data["old"]["blocks"] if block["kind"] == "footnote"]
    assert refs == [f"fn. {number}" for number in range(1, 7)]


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    result = run("compare", tmp_path / "nope.pdf", sample_pair()[1], check=False)
    assert result.returncode == 3
    assert "nope.pdf" in result.stderr
    assert "Traceback" not in result.stderr


def test_refuses_to_write_over_an_input(tmp_path: Path) -> None:
    old, new = sample_pair()
    copy = tmp_path / "old.txt"
    copy.write_bytes(Path(old).read_bytes())
    result = run("compare", copy, new, "--format", "json", "-o", copy, check=False)
    assert result.returncode == 6
    assert copy.read_bytes() == Path(old).read_bytes()


def test_usage_error_exit_code() -> None:
    result = run("compare", "only-one-file", check=False)
    assert result.returncode == 2


def test_lists_are_reported_as_members_added_and_removed() -> None:
    old, new = sample_pair()
    out = run("compare", old, new).stdout
    block = out[out.index("2022 ¶10 → 2023 ¶9") :].splitlines()[:3]
    assert block[0].endswith("list: 4 removed, 5 added")
    assert block[1].strip() == "− 希腊、马耳他、荷兰、尼加拉瓜"
    assert block[2].strip() == "+ 巴林、马达加斯加、荷兰王国、塞拉利昂、多哥"


def test_terminal_cites_bullets_and_shows_splits_and_merges_whole() -> None:
    old, new = sample_pair()
    out = run("compare", old, new).stdout
    assert "2022 ¶32 •1 → 2023 ¶20 •1  changed [mandate]" in out
    assert "2022 ¶24 → 2023 ¶16 + 2023 ¶17  split" in out
    assert "(same words, divided into two paragraphs)" in out
    merged = out[out.index("2022 ¶15 + 2022 ¶16 → 2023 ¶14  merged") :].splitlines()[1]
    # The edits inside the merged-away half show as a word diff, not a whole deletion.
    assert "[-四次-]{+两次+}" in merged
    assert "[-CCW/MSP/2022/1-]{+CCW/MSP/2023/1+}" in merged
    assert "[paragraph b" not in out and "(with b" not in out


def test_html_goes_to_standard_output_without_o() -> None:
    old, new = sample_pair()
    page = run("compare", old, new, "--format", "html").stdout
    assert page.startswith("<!DOCTYPE html>")
    assert "一套要素" in page and "CCW/MSP/2022/7" in page


def test_pairs_corrected_by_hand(tmp_path: Path) -> None:
    old, new = sample_pair()
    out = tmp_path / "out.json"
    run(
        "compare", old, new, "--pair", "25=四. 16", "--unpair", "24=四. 17", "-f", "json", "-o", out
    )
    data = load_json(out)
    check_contract(data)
    old_label = {b["id"]: b["label"] for b in data["old"]["blocks"]}
    new_label = {b["id"]: b["label"] for b in data["new"]["blocks"]}
    statuses = {
        (old_label.get(p["old"]), new_label.get(p["new"])): p["status"] for p in data["pairs"]
    }
    # Without the corrections: 2022 ¶25 deleted, ¶24 split into 2023 ¶16 and ¶17.
    assert statuses[("25.", "16.")] == "changed"
    assert statuses[("24.", None)] == "deleted"
    assert statuses[(None, "17.")] == "inserted"
    assert [[old_label[o], new_label[n]] for o, n in data["paired_by_hand"]] == [["25.", "16."]]
    assert [[old_label[o], new_label[n]] for o, n in data["unpaired_by_hand"]] == [["24.", "17."]]
    text = run("compare", old, new, "--pair", "25=四. 16", "--unpair", "24=四. 17").stdout
    assert "paired by hand: 2022 ¶25 → 2023 ¶16" in text
    assert "unpaired by hand: 2022 ¶24 → 2023 ¶17" in text


@pytest.mark.parametrize(
    ("option", "message"),
    [
        ("25=16", "CCW-MSP-2023-7.zh.txt has 2 paragraphs '16'"),
        ("999=16", "CCW-MSP-2022-7.zh.txt has no paragraph '999'"),
        ("25", "is not OLD=NEW"),
    ],
)
def test_a_bad_paragraph_reference_is_a_usage_error(option: str, message: str) -> None:
    old, new = sample_pair()
    result = run("compare", old, new, "--pair", option, check=False)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_word_export(tmp_path: Path) -> None:
    import docx

    old, new = sample_pair()
    missing = run("compare", old, new, "-f", "docx", check=False)
    assert missing.returncode == 6 and "DOCX output needs a file name" in missing.stderr
    out = tmp_path / "diff.docx"
    run("compare", old, new, "-f", "docx", "-o", out, "--layout", "inline")
    document = docx.Document(str(out))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "2022 ¶32 → 2023 ¶20" in text and "一套要素" in text


def test_corrections_from_an_earlier_json_output(tmp_path: Path) -> None:
    old, new = sample_pair()
    first = tmp_path / "first.json"
    run(
        "compare",
        old,
        new,
        "--pair",
        "25=四. 16",
        "--unpair",
        "24=四. 17",
        "-f",
        "json",
        "-o",
        first,
    )
    again = tmp_path / "again.json"
    run("compare", old, new, "--corrections", first, "-f", "json", "-o", again)
    before, after = load_json(first), load_json(again)
    assert after["paired_by_hand"] == before["paired_by_hand"] != []
    assert after["unpaired_by_hand"] == before["unpaired_by_hand"] != []
    assert after["pairs"] == before["pairs"]
    broken = tmp_path / "broken.json"
    broken.write_text('{"paired_by_hand": "b1"}', encoding="utf-8")
    result = run("compare", old, new, "--corrections", broken, check=False)
    assert result.returncode == 2 and "is not ccwdiff's JSON output" in result.stderr
    missing = run("compare", old, new, "--corrections", tmp_path / "none.json", check=False)
    assert missing.returncode == 2 and "cannot be read" in missing.stderr
