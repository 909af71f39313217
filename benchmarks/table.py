"""Render benchmarks/results.json as the markdown tables of benchmarks/README.md.

``python benchmarks/table.py [results.json]`` prints the tables; run.py calls
:func:`render` after a run.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

# The two engines every workload runs on (run.py's segmenters "default" and "jieba").
FAST = "fast extra"  # rjieba and fast-diff-match-patch, when installed
PURE = "pure Python"  # jieba and diff-match-patch, forced

HERE = Path(__file__).resolve().parent


def _s(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


def _sample(results: dict[str, Any]) -> list[str]:
    rows = [
        "| input | engine | `ccwdiff compare` → JSON (s) | jieba floor (s) | ratio "
        "(target ≤ 1.5) |",
        "| --- | --- | ---: | ---: | ---: |",
    ]
    for key, row in results.get("sample", {}).items():
        kind, segmenter = key.split("/")
        name = FAST if segmenter == "default" else PURE
        rows.append(
            f"| sample pair, {kind.upper()} | {name} | {_s(row['cli'])} | {_s(row['floor'])} "
            f"| **{row['ratio']:.2f}** |"
        )
    return rows


def _large(results: dict[str, Any]) -> list[str]:
    rows = [
        "| pair | engine | blocks/side | chars/side | load+parse | segment (engine) "
        "| floor: segment once | align | diff | align+diff ÷ floor (≤ 3) | classify "
        "| whole compare | peak MB (< 500) |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: "
        "| ---: |",
    ]
    for key, row in results.get("large", {}).items():
        pair, segmenter = key.split("/")
        name = FAST if segmenter == "default" else PURE
        rows.append(
            f"| {pair} | {name} | {row['blocks']:.0f} | {row['chars']:,.0f} "
            f"| {_s(row['load'] + row['parse'])} | {_s(row.get('stage_segment'))} "
            f"| {_s(row['floor_segment'])} | {_s(row.get('stage_align'))} "
            f"| {_s(row.get('stage_diff'))} | **{row['align_diff_over_floor']:.2f}** "
            f"| {_s(row.get('stage_classify'))} | {_s(row['compare'])} | {row['peak_mb']:.0f} |"
        )
    return rows


def _growth(results: dict[str, Any]) -> list[str]:
    rows = [
        "| language | engine | align+diff 1× (s) | 2× | 4× | 8× | growth 1×→8× (≤ 9) "
        "| the same in CPU time | fastest runs 1× → 8× (s) | their growth "
        "| whole compare 1× → 8× (s) | growth |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    large = results.get("large", {})
    for lang in ("zh", "en"):
        for segmenter in ("default", "jieba"):
            cells = [large.get(f"{lang}-{s}x/{segmenter}") for s in (1, 2, 4, 8)]
            if cells[0] is None:
                continue
            name = FAST if segmenter == "default" else PURE
            values = [c["align_diff"] if c else None for c in cells]
            growth = values[3] / values[0] if values[3] and values[0] else None
            cpu = [c.get("cpu_align_diff") if c else None for c in cells]
            cpu_growth = f"{_s(cpu[3] / cpu[0])}×" if cpu[3] and cpu[0] else "–"
            fastest = [c.get("align_diff_min") if c else None for c in cells]
            if fastest[0] and fastest[3]:
                fast_cells = f"{fastest[0]:.3f} → {fastest[3]:.3f} | {fastest[3] / fastest[0]:.2f}×"
            else:
                fast_cells = "– | –"
            whole = [c["compare"] if c else None for c in cells]
            whole_growth = whole[3] / whole[0] if whole[3] and whole[0] else None
            rows.append(
                f"| {lang} | {name} | "
                + " | ".join(_s(v) for v in values)
                + f" | **{_s(growth)}×** | {cpu_growth} | {fast_cells}"
                + f" | {_s(whole[0])} → {_s(whole[3])} | {_s(whole_growth)}× |"
            )
    return rows


def _pdf(results: dict[str, Any]) -> list[str]:
    rows = [
        "| pair | pages (old) | load both PDFs (s) | compare (s) | PDF export (s) "
        "| export ÷ load (< 1) | export MB | peak MB |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for key, row in results.get("pdf", {}).items():
        if "error" in row:
            rows.append(f"| {key} | | | | **export crashed ({row['error']})** | | | |")
            continue
        rows.append(
            f"| {key} | {row.get('pages', 0):.0f} | {_s(row['load'])} | {_s(row['compare'])} "
            f"| {_s(row.get('export_pdf'))} | **{_s(row.get('export_over_load'))}** "
            f"| {_s(row.get('export_mb'))} | {row['peak_mb']:.0f} |"
        )
    return rows


def _baselines(results: dict[str, Any]) -> list[str]:
    rows = [
        "| pair | ccwdiff whole compare (s) | difflib.SequenceMatcher over paragraphs (s) "
        "| diff-match-patch, whole text, default 1 s limit (s) | diff-match-patch line mode (s) "
        "| `git diff --no-index --word-diff` (s) |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    large = results.get("large", {})
    for key, row in results.get("baselines", {}).items():
        ours = large.get(f"{key}/default", {}).get("compare")
        if key == "sample":
            ours = results.get("sample", {}).get("txt/default", {}).get("cli")
        rows.append(
            f"| {key} | {_s(ours)} | {_s(row['difflib_paragraphs'])} "
            f"| {_s(row['dmp_whole_text'])} | {_s(row['dmp_line_mode'])} "
            f"| {_s(row.get('git_word_diff'))} |"
        )
    return rows


def _window(results: dict[str, Any]) -> list[str]:
    window = results.get("window", {})
    rows = [
        "| workload | first event-loop tick (s) | comparison on screen (s) "
        "| longest UI stall while comparing (ms) "
        "| longest UI stall incl. showing the result (ms) |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    for key, row in window.items():
        rows.append(
            f"| {key} | {_s(row.get('loop'))} | {_s(row.get('shown'))} "
            f"| {1000 * row.get('stall_computing', 0):.0f} "
            f"| {1000 * row.get('stall_total', 0):.0f} |"
        )
    return rows


def render(results: dict[str, Any]) -> str:
    machine = results.get("machine", {})
    parts = [
        f"Machine: {machine.get('cpu')}, {machine.get('cores')} cores, Python "
        f"{machine.get('python')}, {machine.get('system')}; load average at the end "
        f"{', '.join(f'{x:.1f}' for x in machine.get('load_average', ()))}; {machine.get('date')}.",
        f"Packages: {', '.join(f'{k} {v}' for k, v in machine.get('packages', {}).items())}.",
        "",
        "### Sample pair (process start to JSON written)",
        *_sample(results),
        "",
        "### Large pairs (stages in seconds, medians)",
        *_large(results),
        "",
        "### Growth with size",
        *_growth(results),
        "",
        "### PDF input and PDF export",
        *_pdf(results),
        "",
        "### Baselines a user might script instead",
        *_baselines(results),
        "",
        "### The window (offscreen)",
        *_window(results),
    ]
    return "\n".join(parts)


if __name__ == "__main__":
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "results.json"
    print(render(json.loads(path.read_text(encoding="utf-8"))))
