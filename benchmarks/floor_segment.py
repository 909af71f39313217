"""The floor of issue 7: a bare Python process that imports jieba and segments two texts.

Any jieba-based tool pays this much (interpreter start, jieba import, dictionary
load from jieba's own cache, segmentation with HMM off as ccwdiff uses it).
Usage: ``python benchmarks/floor_segment.py OLD.txt NEW.txt``.
"""

from __future__ import annotations

import sys

import jieba

jieba.setLogLevel(60)
for name in sys.argv[1:]:
    with open(name, encoding="utf-8") as handle:
        list(jieba.cut(handle.read(), HMM=False))
