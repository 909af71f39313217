"""Benchmarks of issue 7: run every workload, print the results table and save it as JSON.

Each measurement runs in a fresh Python process (cold caches, honest imports) and is
repeated; the table shows medians because the machine is shared. Usage::

    python benchmarks/run.py                    # everything (generates data if missing)
    python benchmarks/run.py --quick            # fewer repeats, no 8x, no window
    python benchmarks/run.py --only sample      # sample | large | pdf | baselines | window

Results go to ``benchmarks/results.json`` and the markdown table to standard output.
Each workload runs twice: with the optional accelerators of the ``fast`` extra when
installed (rjieba, fast-diff-match-patch: segmenter ``default``), and with the pure-Python
reference forced (``jieba``: CCWDIFF_SEGMENTER=jieba and CCWDIFF_DIFF=python).
``--segmenters`` picks one or both.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DATA = HERE / "data"
SAMPLES = ROOT / "resources" / "samples"
ZH_RENDERINGS = ROOT / "tests" / "data" / "zh"
SAMPLE_TXT = (SAMPLES / "CCW-MSP-2022-7.zh.txt", SAMPLES / "CCW-MSP-2023-7.zh.txt")
SAMPLE_DOCX = (ZH_RENDERINGS / "CCW-MSP-2022-7.zh.docx", ZH_RENDERINGS / "CCW-MSP-2023-7.zh.docx")
SAMPLE_PDF = (ZH_RENDERINGS / "CCW-MSP-2022-7.zh.pdf", ZH_RENDERINGS / "CCW-MSP-2023-7.zh.pdf")
# Compilations run past the default page and character limits on purpose.
BIG_LIMITS = {"CCWDIFF_MAX_PAGES": "20000", "CCWDIFF_MAX_CHARS": "50000000"}


def _env(segmenter: str | None = None) -> dict[str, str]:
    env = dict(os.environ, **BIG_LIMITS, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    if segmenter == "jieba":  # the pure-Python reference: jieba and diff-match-patch
        env["CCWDIFF_SEGMENTER"] = "jieba"
        env["CCWDIFF_DIFF"] = "python"
    return env


def _wall(command: list[str], env: dict[str, str] | None = None) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, env=env, capture_output=True, cwd=ROOT)
    return time.perf_counter() - start


def _child(args: list[str], segmenter: str | None = None) -> dict[str, Any]:
    """Run ``benchmarks/stages.py`` in a fresh process and read its JSON line."""
    done = subprocess.run(
        [sys.executable, str(HERE / "stages.py"), *args],
        check=True,
        env=_env(segmenter),
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def _median_runs(runs: list[dict[str, Any]]) -> dict[str, Any]:
    keys = [k for k, v in runs[0].items() if isinstance(v, (int, float))]
    out: dict[str, Any] = {k: statistics.median(r[k] for r in runs) for k in keys}
    out["runs"] = len(runs)
    if "align_diff" in runs[0]:
        # Every run's figure too: on a shared virtual machine the fastest run is the
        # least disturbed one, and the spread says how far a median can be trusted.
        out["align_diff_all"] = [r["align_diff"] for r in runs]
        out["align_diff_min"] = min(out["align_diff_all"])
    return out


# --- workloads ---------------------------------------------------------------------------


def bench_sample(repeats: int) -> dict[str, Any]:
    """CLI on the sample pair vs the jieba floor, interleaved so both see the same load."""
    result: dict[str, Any] = {}
    out = Path("/tmp/ccwdiff-bench-sample.json")
    floor_cmd = [sys.executable, str(HERE / "floor_segment.py"), *map(str, SAMPLE_TXT)]
    for kind, pair in (("txt", SAMPLE_TXT), ("docx", SAMPLE_DOCX), ("pdf", SAMPLE_PDF)):
        if not all(p.exists() for p in pair):
            continue
        cli = [sys.executable, "-m", "ccwdiff", "compare", *map(str, pair), "-f", "json"]
        cli += ["-o", str(out)]
        for segmenter in ("default", "jieba"):
            env = _env(segmenter)
            _wall(cli, env)  # warm the OS file cache and our dictionary cache
            _wall(floor_cmd, env)
            cli_times, floor_times = [], []
            for _ in range(repeats):
                cli_times.append(_wall(cli, env))
                floor_times.append(_wall(floor_cmd, env))
            cli_m, floor_m = statistics.median(cli_times), statistics.median(floor_times)
            result[f"{kind}/{segmenter}"] = {
                "cli": cli_m,
                "floor": floor_m,
                "ratio": cli_m / floor_m,
                "cli_min": min(cli_times),
                "floor_min": min(floor_times),
                "runs": repeats,
            }
            print(f"sample {kind}/{segmenter}: {result[f'{kind}/{segmenter}']}", flush=True)
    return result


def bench_large(
    langs: list[str], scales: list[int], repeats: int, segmenters: list[str]
) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for segmenter in segmenters:
        for lang in langs:
            pairs = {
                scale: (DATA / f"{lang}-{scale}x-old.txt", DATA / f"{lang}-{scale}x-new.txt")
                for scale in scales
                if (DATA / f"{lang}-{scale}x-old.txt").exists()
            }
            # 1x is the denominator of the growth ratio and its stages last 0.1-0.5 s:
            # three times the runs there, so one disturbed run cannot move the ratio.
            # The sizes take turns, round after round, so that a change in the shared
            # machine's load over the minutes falls on every size alike.
            order: list[int] = []
            for _round in range(max(2, repeats)):
                for scale in sorted(pairs, reverse=True):
                    order.extend([scale] * (3 if scale == 1 else 1))
            runs: dict[int, list[dict[str, Any]]] = {scale: [] for scale in pairs}
            for scale in order:
                if scale == 2 and len(runs[2]) >= repeats:
                    continue  # 2x: as many runs as asked, 4x and 8x at least two
                old, new = pairs[scale]
                runs[scale].append(_child([str(old), str(new)], segmenter))
            for scale, measured in runs.items():
                key = f"{lang}-{scale}x/{segmenter}"
                result[key] = _median_runs(measured)
                print(f"large {key}: {_short(result[key])}", flush=True)
    return result


def bench_pdf(langs: list[str], scales: list[int], repeats: int) -> dict[str, Any]:
    """Loading both PDFs, then the comparison and its PDF export."""
    result: dict[str, Any] = {}
    for lang in langs:
        for scale in scales:
            old, new = DATA / f"{lang}-{scale}x-old.pdf", DATA / f"{lang}-{scale}x-new.pdf"
            if not old.exists() or not new.exists():
                continue
            count = repeats if scale == 1 else 1
            try:
                runs = [_child([str(old), str(new), "--export-pdf"]) for _ in range(count)]
            except subprocess.CalledProcessError as error:  # recorded, not fatal
                result[f"{lang}-{scale}x"] = {"error": f"exit code {error.returncode}"}
                print(f"pdf {lang}-{scale}x: FAILED {error.returncode}", flush=True)
                continue
            result[f"{lang}-{scale}x"] = _median_runs(runs)
            print(f"pdf {lang}-{scale}x: {_short(result[f'{lang}-{scale}x'])}", flush=True)
    return result


def bench_baselines(langs: list[str], scales: list[int]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for lang in langs:
        for scale in scales:
            old, new = DATA / f"{lang}-{scale}x-old.txt", DATA / f"{lang}-{scale}x-new.txt"
            if not old.exists():
                continue
            row = _child([str(old), str(new), "--baselines"])
            if shutil.which("git"):
                start = time.perf_counter()
                subprocess.run(
                    ["git", "diff", "--no-index", "--word-diff", str(old), str(new)],
                    capture_output=True,
                    cwd="/tmp",
                )
                row["git_word_diff"] = time.perf_counter() - start
            result[f"{lang}-{scale}x"] = row
            print(f"baselines {lang}-{scale}x: {_short(row)}", flush=True)
    sample = _child([*map(str, SAMPLE_TXT), "--baselines"])
    if shutil.which("git"):
        start = time.perf_counter()
        subprocess.run(
            ["git", "diff", "--no-index", "--word-diff", *map(str, SAMPLE_TXT)],
            capture_output=True,
            cwd="/tmp",
        )
        sample["git_word_diff"] = time.perf_counter() - start
    result["sample"] = sample
    return result


def bench_window(repeats: int) -> dict[str, Any]:
    """Launch to comparison on screen, and UI-thread stalls, with an empty window as floor."""
    result: dict[str, Any] = {}
    probe = HERE / "window_probe.py"
    zh = [str(DATA / "zh-1x-old.txt"), str(DATA / "zh-1x-new.txt")]
    workloads = {"empty PySide6 window (floor)": ["--floor"], "sample pair": [], "zh-1x": zh}
    for name, files in workloads.items():
        runs = []
        for _ in range(repeats):
            done = subprocess.run(
                [sys.executable, str(probe), f"--t0={time.time()}", *files],
                env=_env(),
                capture_output=True,
                text=True,
                cwd=ROOT,
                timeout=600,
            )
            runs.append(json.loads(done.stdout.strip().splitlines()[-1]))
        result[name] = _median_runs(runs)
        print(f"window {name}: {_short(result[name])}", flush=True)
    return result


def _short(row: dict[str, Any]) -> str:
    return ", ".join(f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}" for k, v in row.items())


def machine() -> dict[str, Any]:
    cpu = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        load = os.getloadavg()
    except OSError:
        load = (0.0, 0.0, 0.0)
    packages = {}
    for name in (
        "jieba",
        "rjieba",
        "diff-match-patch",
        "fast-diff-match-patch",
        "PySide6-Essentials",
        "pypdfium2",
    ):
        try:
            from importlib.metadata import version

            packages[name] = version(name)
        except Exception:
            packages[name] = None
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "system": platform.platform(),
        "load_average": load,
        "packages": packages,
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
    }


def ensure_data(langs: list[str], scales: list[int], pdf_scales: list[int]) -> None:
    for lang in langs:
        for scale in scales:
            pdf = scale in pdf_scales
            missing = not (DATA / f"{lang}-{scale}x-new.txt").exists() or (
                pdf and not (DATA / f"{lang}-{scale}x-new.pdf").exists()
            )
            if missing:
                command = [sys.executable, str(HERE / "make_large_pair.py")]
                command += ["--lang", lang, "--scale", str(scale)] + (["--pdf"] if pdf else [])
                subprocess.run(command, check=True, cwd=ROOT)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--only", action="append", default=None)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--langs", default="zh,en")
    parser.add_argument("--scales", default="1,2,4,8")
    parser.add_argument("--pdf-scales", default="1,2,4")
    parser.add_argument("--segmenters", default="default,jieba")
    parser.add_argument("--output", type=Path, default=HERE / "results.json")
    args = parser.parse_args()
    langs = args.langs.split(",")
    scales = [int(s) for s in args.scales.split(",")]
    pdf_scales = [int(s) for s in args.pdf_scales.split(",")]
    repeats = args.repeats
    if args.quick:
        scales, pdf_scales, repeats = [s for s in scales if s <= 4], [1], 3
    parts = set(args.only or ["sample", "large", "pdf", "baselines", "window"])
    ensure_data(langs, scales, pdf_scales)
    results: dict[str, Any] = {"machine": machine()}
    if args.output.exists():  # keep earlier parts when re-running one of them
        previous = json.loads(args.output.read_text(encoding="utf-8"))
        results = {**previous, "machine": results["machine"]}

    def save() -> None:  # after every part: a crash later keeps what was measured
        args.output.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")

    if "sample" in parts:
        results["sample"] = {**results.get("sample", {}), **bench_sample(max(repeats * 2, 5))}
        save()
    if "large" in parts:
        results["large"] = {
            **results.get("large", {}),
            **bench_large(langs, scales, repeats, args.segmenters.split(",")),
        }
        save()
    if "pdf" in parts:
        results["pdf"] = {**results.get("pdf", {}), **bench_pdf(langs, pdf_scales, repeats)}
        save()
    if "baselines" in parts:
        results["baselines"] = {**results.get("baselines", {}), **bench_baselines(langs, [1])}
        save()
    if "window" in parts and not args.quick:
        results["window"] = {**results.get("window", {}), **bench_window(max(3, repeats // 2 + 1))}
        save()
    from table import render  # benchmarks/table.py

    print(render(results))


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    main()
