"""Instructions that align + diff execute, counted by valgrind: the same count every run.

On the shared virtual machine one timing of the same work varies by 20-40 % from run to
run (benchmarks/README.md), so a growth ratio of medians moves by half a unit between
runs. The number of machine instructions does not: cachegrind counts them exactly, and
with ``PYTHONHASHSEED=0`` the same pair gives the same count every time. It measures the
*work* the engine does; the time also pays for where the data sits (processor caches,
fresh memory), which instructions do not show.

For each pair the comparison runs twice under cachegrind, through ``compare_files`` (the
path of ``ccwdiff compare``): once stopping when the alignment starts, once when the
classification starts. The difference is the align and diff stages, as
``benchmarks/stages.py`` times them. ``--cache`` also simulates the caches (first level
and a last level the size of one core's 1 MiB second-level cache) and reports the data
misses of those stages.

Usage::

    python benchmarks/instructions.py                       # en and zh, 1x and 8x: ~20 min
    python benchmarks/instructions.py --langs en --cache    # with cache misses: ~15 min
    python benchmarks/instructions.py --langs en --pure     # the pure-Python diff

``--keep DIR`` keeps cachegrind's counts per C function of the interpreter: ``cg_diff
DIR/en-8x-align.cg DIR/en-8x-classify.cg > d.cg; cg_annotate d.cg`` shows where the align
and diff stages spend their instructions and misses.

Needs valgrind (``apt-get install valgrind``). Results go to ``benchmarks/results.json``
under "instructions", and a table to standard output.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DATA = HERE / "data"
BIG_LIMITS = {"CCWDIFF_MAX_PAGES": "40000", "CCWDIFF_MAX_CHARS": "80000000"}
LAST_LEVEL = "1048576,16,64"  # one core's second-level cache: 1 MiB, 16-way, 64-byte lines
SUMMARY = {
    "instructions": re.compile(r"I\s+refs:\s+([\d,]+)"),
    "d1_misses": re.compile(r"D1\s+misses:\s+([\d,]+)"),
    "ll_data_misses": re.compile(r"LLd\s+misses:\s+([\d,]+)"),
}


def child(stop: str, old: str, new: str) -> None:
    """Compare OLD and NEW; leave the process at once when ``stop`` begins."""
    sys.path.insert(0, str(ROOT))
    from ccwdiff.core.compare import compare_files

    def progress(stage: str, _fraction: float) -> None:
        if stage == stop:
            sys.stdout.flush()
            os._exit(0)  # cachegrind writes its counts when the process ends

    compare_files(old, new, progress=progress)
    os._exit(1)  # the stage never began


def _run(
    stop: str, old: Path, new: Path, cache: bool, pure: bool, keep: Path | None
) -> subprocess.Popen[str]:
    out = keep / f"{old.stem.removesuffix('-old')}-{stop}.cg" if keep else "/dev/null"
    command = ["valgrind", "--tool=cachegrind", f"--cachegrind-out-file={out}"]
    command += [f"--cache-sim={'yes' if cache else 'no'}"]
    if cache:
        command += [f"--LL={LAST_LEVEL}"]
    command += [sys.executable, str(Path(__file__).resolve()), "--child", stop, str(old), str(new)]
    # A fixed environment: its size moves where objects are allocated, and with them
    # the hashes of the dictionaries keyed by object identity, by a few per cent of
    # the count. With the same environment the count is the same every run.
    env = {name: os.environ[name] for name in ("PATH", "HOME", "LANG") if name in os.environ}
    env.update(BIG_LIMITS, PYTHONHASHSEED="0", PYTHONPATH=str(ROOT), PYTHONDONTWRITEBYTECODE="1")
    if pure:  # the pure-Python references, as run.py's "pure Python" rows
        env.update(CCWDIFF_SEGMENTER="jieba", CCWDIFF_DIFF="python")
    return subprocess.Popen(
        command, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )


def _counts(process: subprocess.Popen[str]) -> dict[str, int]:
    _out, err = process.communicate()
    if process.returncode != 0:
        raise SystemExit(f"valgrind run failed ({process.returncode}):\n{err[-2000:]}")
    found: dict[str, int] = {}
    for name, pattern in SUMMARY.items():
        match = pattern.search(err)
        if match:
            found[name] = int(match.group(1).replace(",", ""))
    return found


def measure(lang: str, scale: int, cache: bool, pure: bool, keep: Path | None) -> dict[str, Any]:
    old, new = DATA / f"{lang}-{scale}x-old.txt", DATA / f"{lang}-{scale}x-new.txt"
    if not old.exists():
        make = [sys.executable, str(HERE / "make_large_pair.py"), "--lang", lang]
        subprocess.run([*make, "--scale", str(scale)], check=True, cwd=ROOT)
    # The two runs at once: one per core.
    before = _run("align", old, new, cache, pure, keep)
    after = _run("classify", old, new, cache, pure, keep)
    start, end = _counts(before), _counts(after)
    return {name: end[name] - start[name] for name in end if name in start}


def table(rows: dict[str, dict[str, Any]]) -> str:
    names = ["instructions", "d1_misses", "ll_data_misses"]
    titles = {
        "instructions": "instructions",
        "d1_misses": "first-level misses",
        "ll_data_misses": "1 MiB-cache data misses",
    }
    lines = [
        "| pair | " + " | ".join(f"{titles[n]} (millions) | growth from 1×" for n in names) + " |",
        "| --- |" + " ---: | ---: |" * len(names),
    ]
    for key, row in rows.items():
        lang, rest = key.split("-", 1)
        base = rows.get(f"{lang}-1x" + ("/pure" if rest.endswith("/pure") else ""), {})
        cells = []
        for name in names:
            value = row.get(name)
            if value is None:
                cells += ["", ""]
                continue
            growth = value / base[name] if base.get(name) else None
            cells += [f"{value / 1e6:,.1f}", f"**{growth:.2f} ×**" if growth else ""]
        lines.append(f"| {key} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(*sys.argv[2:5])
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--langs", default="en,zh")
    parser.add_argument("--scales", default="1,8")
    parser.add_argument("--cache", action="store_true", help="simulate the caches too")
    parser.add_argument(
        "--pure", action="store_true", help="pure-Python jieba and diff-match-patch (slow)"
    )
    parser.add_argument(
        "--keep",
        type=Path,
        default=None,
        help="keep cachegrind's per-function counts in this folder (see the module docstring)",
    )
    parser.add_argument("--output", type=Path, default=HERE / "results.json")
    args = parser.parse_args()
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed (apt-get install valgrind)")
    rows: dict[str, dict[str, Any]] = {}
    for lang in args.langs.split(","):
        for scale in (int(s) for s in args.scales.split(",")):
            key = f"{lang}-{scale}x" + ("/pure" if args.pure else "")
            rows[key] = measure(lang, scale, args.cache, args.pure, args.keep)
            print(f"{key}: {rows[key]}", flush=True)
    results: dict[str, Any] = {}
    if args.output.exists():
        results = json.loads(args.output.read_text(encoding="utf-8"))
    results["instructions"] = {**results.get("instructions", {}), **rows}
    args.output.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    print(table(rows))


if __name__ == "__main__":
    main()
