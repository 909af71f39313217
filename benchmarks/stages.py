"""One measurement in a fresh process; prints one JSON line (run by benchmarks/run.py).

``python benchmarks/stages.py OLD NEW`` times every stage of a comparison:
segmenter start, loading and parsing both files, the dictionary reads, the *floor*
(segmenting both raw texts once with the same segmenter, outside ccwdiff's caches),
then the engine's own stages as it reports them (segment, align, diff, classify)
and the JSON serialisation; with the peak memory of the process.

``--export-pdf`` also writes the comparison as a PDF redline and times it;
``--baselines`` times what a user might script instead (difflib over paragraphs,
diff-match-patch over the whole text) and nothing else.
"""

from __future__ import annotations

import itertools
import json
import resource
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def baselines(old_path: str, new_path: str) -> dict[str, Any]:
    import difflib

    from diff_match_patch import diff_match_patch

    old = Path(old_path).read_text(encoding="utf-8")
    new = Path(new_path).read_text(encoding="utf-8")
    row: dict[str, Any] = {}
    start = time.perf_counter()
    old_paras = [p for p in old.split("\n\n") if p.strip()]
    new_paras = [p for p in new.split("\n\n") if p.strip()]
    opcodes = difflib.SequenceMatcher(None, old_paras, new_paras).get_opcodes()
    row["difflib_paragraphs"] = time.perf_counter() - start
    row["difflib_opcodes"] = len(opcodes)

    engine = diff_match_patch()  # as a user would script it: default 1 s time limit
    start = time.perf_counter()
    diffs = engine.diff_main(old, new)
    engine.diff_cleanupSemantic(diffs)
    row["dmp_whole_text"] = time.perf_counter() - start
    row["dmp_whole_text_diffs"] = len(diffs)

    start = time.perf_counter()
    chars_old, chars_new, lines = engine.diff_linesToChars(old, new)
    diffs = engine.diff_main(chars_old, chars_new, False)
    engine.diff_charsToLines(diffs, lines)
    row["dmp_line_mode"] = time.perf_counter() - start
    row["peak_mb"] = _peak_mb()
    return row


def measure(old_path: str, new_path: str, export_pdf: bool) -> dict[str, Any]:
    row: dict[str, Any] = {}
    start = time.perf_counter()
    from ccwdiff.core import tokenize
    from ccwdiff.core.compare import compare_documents
    from ccwdiff.core.document import build_document
    from ccwdiff.core.loaders import load
    from ccwdiff.core.model import Document
    from ccwdiff.core.perf import gc_paused
    from ccwdiff.core.serialize import to_dict

    row["import"] = time.perf_counter() - start

    start = time.perf_counter()
    tokenize.init_segmenter()
    row["segmenter_start"] = time.perf_counter() - start
    row["rjieba"] = int(tokenize._rust_cut is not None)

    # As in compare_files: loading and parsing run with the collector paused too.
    @gc_paused
    def load_and_parse() -> tuple[Document, Document]:
        start = time.perf_counter()
        old_raw = load(old_path)
        new_raw = load(new_path)
        row["load"] = time.perf_counter() - start
        row["pages"] = old_raw.page_count
        start = time.perf_counter()
        documents = build_document(old_raw), build_document(new_raw)
        row["parse"] = time.perf_counter() - start
        return documents

    old_doc, new_doc = load_and_parse()
    row["blocks"] = (len(old_doc.blocks) + len(new_doc.blocks)) / 2
    row["chars"] = sum(len(b.text) for doc in (old_doc, new_doc) for b in doc.blocks) / 2

    texts = ["\n".join(b.text for b in doc.blocks) for doc in (old_doc, new_doc)]
    start = time.perf_counter()
    if tokenize._lazy is not None:
        for text in texts:
            tokenize._lazy.ensure(text)
    row["dictionary_reads"] = time.perf_counter() - start

    # The floor: segment both texts once with the same segmenter, bypassing our caches.
    start = time.perf_counter()
    for text in texts:
        if tokenize._rust_cut is not None:
            tokenize._rust_cut(text, False)
        else:
            import jieba

            list(jieba.dt.cut(text, HMM=False))
    row["floor_segment"] = time.perf_counter() - start

    # Each stage in wall-clock time, and in CPU time of this process: the stages are
    # single-threaded, so CPU time is their cost without what other processes on the
    # shared machine took from them.
    marks: list[tuple[str, float, float]] = []

    def progress(stage: str, fraction: float) -> None:
        if not marks or marks[-1][0] != stage:
            marks.append((stage, time.perf_counter(), time.process_time()))

    start = time.perf_counter()
    comparison = compare_documents(old_doc, new_doc, progress=progress)
    end = time.perf_counter()
    row["compare"] = end - start
    marks.append(("end", end, time.process_time()))
    for (stage, at, cpu_at), (_next, until, cpu_until) in itertools.pairwise(marks):
        row[f"stage_{stage}"] = row.get(f"stage_{stage}", 0.0) + until - at
        row[f"cpu_{stage}"] = row.get(f"cpu_{stage}", 0.0) + cpu_until - cpu_at
    row["align_diff"] = row.get("stage_align", 0.0) + row.get("stage_diff", 0.0)
    row["cpu_align_diff"] = row.get("cpu_align", 0.0) + row.get("cpu_diff", 0.0)
    row["align_diff_over_floor"] = row["align_diff"] / row["floor_segment"]

    start = time.perf_counter()
    json.dumps(to_dict(comparison), ensure_ascii=False, indent=1)
    row["json"] = time.perf_counter() - start
    row["pairs"] = len(comparison.pairs)

    if export_pdf:
        from ccwdiff.export import export_pdf as export

        target = Path("/tmp") / f"ccwdiff-bench-{Path(old_path).stem}.pdf"
        start = time.perf_counter()
        export(comparison, target)
        row["export_pdf"] = time.perf_counter() - start
        row["export_over_load"] = row["export_pdf"] / row["load"]
        row["export_mb"] = target.stat().st_size / 1e6
    row["peak_mb"] = _peak_mb()
    return row


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if "--baselines" in sys.argv:
        row = baselines(args[0], args[1])
    else:
        row = measure(args[0], args[1], "--export-pdf" in sys.argv)
    print(json.dumps(row))


if __name__ == "__main__":
    main()
