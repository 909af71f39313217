"""Paragraph alignment: pair each OLD block with its NEW counterpart, whatever its number.

The aligner never compares every block with every block. It works in five passes:

1. *Candidates* from an inverted index of informative words: each block is scored
   only against blocks that share one of its rarer words (IDF-weighted Dice over
   jieba/Latin word multisets; numbers weigh little, so a year roll-over does not
   hide a match).
2. *Order-preserving chain*: the heaviest increasing sequence of candidate pairs
   (weighted longest increasing subsequence with a Fenwick tree), so renumbering,
   insertions and deletions cost nothing and duplicates pair in order.
3. *Gap filling*: between two chained pairs, leftover blocks pair up in order when
   they are similar enough (a small dynamic programme per gap).
4. *Moves*: a leftover block whose best candidate is also leftover and clearly the
   same paragraph is paired as moved.
5. *Splits and merges*: a leftover block next to a paired one whose partner contains
   both texts is recognised as the other half of a split (or merge).

User anchors ("these two correspond") are forced into the chain first, like Meld's
sync points. The result is deterministic: ties break on position.
"""

from __future__ import annotations

import math
import zlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from .errors import Cancelled
from .model import Block, CancelCallback, PairStatus
from .tokenize import comparison_key

# Similarity thresholds, tuned on the corpus pairs and the fixtures (see tests/core/test_align.py).
CHAIN_MIN = 0.35  # a candidate may enter the order-preserving chain
GAP_MIN = 0.30  # leftovers between two chained pairs
MOVE_MIN = 0.60  # an out-of-order pair is called a move
MOVE_MIN_WEIGHT = 8.0  # ...and only for blocks with enough content to be sure
SPLIT_CONTAINMENT = 0.70  # share of the orphan's words found in the partner
MAX_CANDIDATES = 8  # per block
RARE_WORDS = 12  # index probes per block
NUMBER_WEIGHT = 0.25  # digits roll over every year; they say little about identity


@dataclass(frozen=True)
class AlignedPair:
    """Indices into the old and new block sequences (None: absent on that side)."""

    old: int | None
    new: int | None
    status: PairStatus
    similarity: float
    group: int | None = None  # index of the partner block for split/merge (other side's role)


@dataclass
class _Profile:
    key: str
    counts: Counter[str]
    weights: dict[str, float]
    total: float


def _is_number(word: str) -> bool:
    return any(char.isdigit() for char in word) and not any(char.isalpha() for char in word)


class _Scorer:
    """IDF-weighted word profiles of both documents' blocks."""

    def __init__(self, old_words: Sequence[list[str]], new_words: Sequence[list[str]]) -> None:
        frequency: Counter[str] = Counter()
        for words in (*old_words, *new_words):
            frequency.update(set(words))
        count = len(old_words) + len(new_words)
        self.frequency = frequency
        self.idf = {
            word: math.log((count + 1) / (df + 0.5)) * (NUMBER_WEIGHT if _is_number(word) else 1.0)
            for word, df in frequency.items()
        }

    def profile(self, text: str, words: list[str]) -> _Profile:
        counts = Counter(words)
        weights = {word: self.idf.get(word, 1.0) for word in counts}
        total = sum(weights[word] * n for word, n in counts.items())
        return _Profile(comparison_key(text), counts, weights, total)

    @staticmethod
    def similarity(a: _Profile, b: _Profile) -> float:
        if a.key == b.key:
            return 1.0
        if a.total == 0 or b.total == 0:
            return 0.0
        small, large = (a, b) if len(a.counts) <= len(b.counts) else (b, a)
        shared = 0.0
        for word, n in small.counts.items():
            m = large.counts.get(word)
            if m:
                shared += small.weights[word] * min(n, m)
        return min(1.0, 2.0 * shared / (a.total + b.total))

    @staticmethod
    def containment(part: _Profile, whole: _Profile) -> float:
        """Weighted share of ``part``'s words that also occur in ``whole``."""
        if part.total == 0:
            return 0.0
        shared = sum(
            part.weights[word] * min(n, whole.counts.get(word, 0))
            for word, n in part.counts.items()
        )
        return shared / part.total


class _Fenwick:
    """Prefix maximum over positions, remembering which item achieved it.

    Values are exact integers and ties keep the value seen first, so the result
    never depends on floating-point summation order.
    """

    def __init__(self, size: int) -> None:
        self.size = size
        self.best = [(0, -1)] * (size + 1)

    def update(self, position: int, value: tuple[int, int]) -> None:
        index = position + 1
        while index <= self.size:
            if value[0] > self.best[index][0]:
                self.best[index] = value
            index += index & -index

    def query(self, position: int) -> tuple[int, int]:
        """Best over positions < ``position``."""
        result = (0, -1)
        index = position
        while index > 0:
            if self.best[index][0] > result[0]:
                result = self.best[index]
            index -= index & -index
        return result


def _check(cancel: CancelCallback | None) -> None:
    if cancel is not None and cancel():
        raise Cancelled()


def align_blocks(
    old_blocks: Sequence[Block],
    new_blocks: Sequence[Block],
    old_words: Sequence[list[str]],
    new_words: Sequence[list[str]],
    *,
    anchors: Sequence[tuple[int, int]] = (),
    cancel: CancelCallback | None = None,
) -> list[AlignedPair]:
    """Align two block sequences; every block ends up in exactly one AlignedPair."""
    scorer = _Scorer(old_words, new_words)
    old_profiles = [scorer.profile(b.text, w) for b, w in zip(old_blocks, old_words, strict=True)]
    new_profiles = [scorer.profile(b.text, w) for b, w in zip(new_blocks, new_words, strict=True)]
    _check(cancel)

    candidates = _candidates(scorer, old_profiles, new_profiles, old_blocks, new_blocks)
    _check(cancel)
    old_match: dict[int, int] = {}
    new_match: dict[int, int] = {}
    similarity: dict[tuple[int, int], float] = {}
    for old_index, new_index in anchors:
        if old_index in old_match or new_index in new_match:
            continue
        old_match[old_index] = new_index
        new_match[new_index] = old_index
        similarity[(old_index, new_index)] = scorer.similarity(
            old_profiles[old_index], new_profiles[new_index]
        )

    keys = {
        (o, n): _content_tiebreak(old_profiles[o].key, new_profiles[n].key)
        for o, n, _s in candidates
    }
    keys.update({(o, n): 0 for o, n in old_match.items()})
    chain = _heaviest_chain(candidates, old_match, len(new_blocks), keys)
    for old_index, new_index, score in chain:
        old_match[old_index] = new_index
        new_match[new_index] = old_index
        similarity[(old_index, new_index)] = score
    _check(cancel)

    _fill_gaps(scorer, old_profiles, new_profiles, old_blocks, new_blocks, old_match, new_match,
               similarity)
    _check(cancel)

    moved = _find_moves(candidates, old_profiles, new_profiles, old_match, new_match, similarity)
    splits, merges = _find_splits_merges(
        scorer, old_profiles, new_profiles, old_match, new_match, moved
    )
    return _assemble(
        len(old_blocks), len(new_blocks), old_match, similarity, moved, splits, merges
    )


def _candidates(
    scorer: _Scorer,
    old_profiles: list[_Profile],
    new_profiles: list[_Profile],
    old_blocks: Sequence[Block],
    new_blocks: Sequence[Block],
) -> list[tuple[int, int, float]]:
    """Scored candidate pairs from shared rare words and identical texts."""
    # Probe from both sides so that swapping OLD and NEW gives the mirror result.
    found: dict[tuple[int, int], float] = {}
    for old_index, new_index, score in _probe(scorer, old_profiles, new_profiles,
                                              old_blocks, new_blocks):
        found[(old_index, new_index)] = score
    for new_index, old_index, score in _probe(scorer, new_profiles, old_profiles,
                                              new_blocks, old_blocks):
        found[(old_index, new_index)] = score
    return [(o, n, s) for (o, n), s in sorted(found.items())]


def _probe(
    scorer: _Scorer,
    profiles: list[_Profile],
    others: list[_Profile],
    blocks: Sequence[Block],
    other_blocks: Sequence[Block],
) -> list[tuple[int, int, float]]:
    """For each profile, the best-scoring others sharing its text or a rare word."""
    by_key: dict[str, list[int]] = {}
    postings: dict[str, list[int]] = {}
    for index, profile in enumerate(others):
        by_key.setdefault(profile.key, []).append(index)
        for word in _rare_words(scorer, profile):
            postings.setdefault(word, []).append(index)
    # A word found in very many blocks is no use as a probe; this bound keeps the
    # candidate search linear in the number of blocks.
    posting_cap = max(50, int(math.sqrt(len(others)) * 4))
    result: list[tuple[int, int, float]] = []
    for index, profile in enumerate(profiles):
        seen: set[int] = set(by_key.get(profile.key, ())) if profile.key else set()
        for word in _rare_words(scorer, profile):
            hits = postings.get(word, ())
            if len(hits) <= posting_cap:
                seen.update(hits)
        scored = []
        for other in seen:
            score = scorer.similarity(profile, others[other])
            if blocks[index].kind != other_blocks[other].kind:
                score *= 0.9
            scored.append((score, -other))
        scored.sort(reverse=True)
        for score, negative_other in scored[:MAX_CANDIDATES]:
            result.append((index, -negative_other, score))
    return result


def _content_tiebreak(old_key: str, new_key: str) -> int:
    """A small integer that depends on the two texts, not on which side is which."""
    first, second = sorted((old_key, new_key))
    return zlib.crc32(f"{first}\x00{second}".encode()) & 0x7FFFF


def _rare_words(scorer: _Scorer, profile: _Profile) -> list[str]:
    words = sorted(profile.counts, key=lambda word: (scorer.frequency[word], word))
    return words[:RARE_WORDS]


def _heaviest_chain(
    candidates: list[tuple[int, int, float]],
    fixed: dict[int, int],
    new_count: int,
    keys: dict[tuple[int, int], int],
) -> list[tuple[int, int, float]]:
    """Order-preserving subset of candidates with the largest total score.

    Fixed pairs (user anchors) enter with an overwhelming weight so the chain is
    built around them.
    """
    edges = [(o, n, s) for o, n, s in candidates if s >= CHAIN_MIN and o not in fixed]
    edges.extend((o, n, 1000.0) for o, n in fixed.items())
    # Same old index: process larger new index first so two edges of one old block
    # cannot both enter the chain (strictly increasing in both coordinates).
    edges.sort(key=lambda edge: (edge[0], -edge[1]))
    tree = _Fenwick(new_count)
    back: list[int] = []
    for index, (old, new, score) in enumerate(edges):
        # Integer weight: score squared (one strong pair beats two weak ones), then a
        # tie-break that is the same whichever side is called OLD (prefer early
        # positions, then content), so swapping the documents mirrors the result.
        weight = (
            (round(score * score * 1_000_000) << 84)
            - ((old + new) << 60)
            - ((old * old + new * new) << 20)
            + keys[(old, new)]
        )
        previous_total, previous_index = tree.query(new)
        back.append(previous_index)
        tree.update(new, (previous_total + weight, index))
    if not edges:
        return []
    _total, index = tree.query(new_count)
    chain: list[tuple[int, int, float]] = []
    while index >= 0:
        old, new, score = edges[index]
        if old not in fixed:
            chain.append((old, new, score))
        index = back[index]
    chain.reverse()
    return chain


def _fill_gaps(
    scorer: _Scorer,
    old_profiles: list[_Profile],
    new_profiles: list[_Profile],
    old_blocks: Sequence[Block],
    new_blocks: Sequence[Block],
    old_match: dict[int, int],
    new_match: dict[int, int],
    similarity: dict[tuple[int, int], float],
) -> None:
    """Pair leftovers lying between the same two chained pairs, in order."""
    anchors = sorted(old_match.items())
    bounds = [(-1, -1), *anchors, (len(old_profiles), len(new_profiles))]
    for (old_start, new_start), (old_end, new_end) in zip(bounds, bounds[1:], strict=False):
        if new_end <= new_start:
            continue  # a user anchor out of order; nothing sensible lies between
        olds = [i for i in range(old_start + 1, old_end) if i not in old_match]
        news = [j for j in range(new_start + 1, new_end) if j not in new_match]
        if not olds or not news:
            continue
        if len(olds) * len(news) > 40_000:
            continue  # a huge unmatched region: leave it to the move pass
        for i, j, score in _gap_alignment(scorer, old_profiles, new_profiles, old_blocks,
                                          new_blocks, olds, news):
            old_match[i] = j
            new_match[j] = i
            similarity[(i, j)] = score


def _gap_alignment(
    scorer: _Scorer,
    old_profiles: list[_Profile],
    new_profiles: list[_Profile],
    old_blocks: Sequence[Block],
    new_blocks: Sequence[Block],
    olds: list[int],
    news: list[int],
) -> list[tuple[int, int, float]]:
    rows, cols = len(olds), len(news)
    score = [[0.0] * cols for _ in range(rows)]
    for r, i in enumerate(olds):
        for c, j in enumerate(news):
            value = scorer.similarity(old_profiles[i], new_profiles[j])
            same_shape = (
                old_blocks[i].kind == new_blocks[j].kind
                and old_blocks[i].kind in ("heading", "annex", "title")
            )
            if value >= GAP_MIN or (same_shape and rows == cols == 1):
                score[r][c] = max(value, 0.01)
    table = [[0.0] * (cols + 1) for _ in range(rows + 1)]
    for r in range(rows - 1, -1, -1):
        for c in range(cols - 1, -1, -1):
            take = table[r + 1][c + 1] + score[r][c] if score[r][c] > 0 else -1.0
            table[r][c] = max(take, table[r + 1][c], table[r][c + 1])
    result: list[tuple[int, int, float]] = []
    r = c = 0
    while r < rows and c < cols:
        if score[r][c] > 0 and table[r][c] == table[r + 1][c + 1] + score[r][c]:
            result.append((olds[r], news[c], score[r][c]))
            r += 1
            c += 1
        elif table[r][c] == table[r + 1][c]:
            r += 1
        else:
            c += 1
    return result


def _find_moves(
    candidates: list[tuple[int, int, float]],
    old_profiles: list[_Profile],
    new_profiles: list[_Profile],
    old_match: dict[int, int],
    new_match: dict[int, int],
    similarity: dict[tuple[int, int], float],
) -> set[int]:
    """Leftover pairs that are clearly the same paragraph, out of order."""
    moved: set[int] = set()
    # Best first; ties broken the same way whichever document is called OLD.
    ordered = sorted(candidates, key=lambda e: (-e[2], e[0] + e[1], e[0] * e[0] + e[1] * e[1]))
    for old_index, new_index, score in ordered:
        if score < MOVE_MIN:
            break
        if old_index in old_match or new_index in new_match:
            continue
        if min(old_profiles[old_index].total, new_profiles[new_index].total) < MOVE_MIN_WEIGHT:
            continue
        old_match[old_index] = new_index
        new_match[new_index] = old_index
        similarity[(old_index, new_index)] = score
        moved.add(old_index)
    return moved


def _find_splits_merges(
    scorer: _Scorer,
    old_profiles: list[_Profile],
    new_profiles: list[_Profile],
    old_match: dict[int, int],
    new_match: dict[int, int],
    moved: set[int],
) -> tuple[dict[int, int], dict[int, int]]:
    """Orphans that are the second half of a split (new side) or merge (old side).

    Returns ``{orphan new index: old index}`` for splits and
    ``{orphan old index: new index}`` for merges.
    """
    splits: dict[int, int] = {}
    for new_index in range(len(new_profiles)):
        if new_index in new_match:
            continue
        for neighbour in (new_index - 1, new_index + 1):
            old_index = new_match.get(neighbour)
            if old_index is None or old_index in moved or old_index in splits.values():
                continue
            orphan = new_profiles[new_index]
            whole = old_profiles[old_index]
            if orphan.total == 0 or scorer.containment(orphan, whole) < SPLIT_CONTAINMENT:
                continue
            # The orphan's words must be ones the paired new block does not already explain.
            if scorer.containment(orphan, new_profiles[neighbour]) >= SPLIT_CONTAINMENT:
                continue
            splits[new_index] = old_index
            break
    merges: dict[int, int] = {}
    for old_index in range(len(old_profiles)):
        if old_index in old_match:
            continue
        for neighbour in (old_index - 1, old_index + 1):
            new_index = old_match.get(neighbour)
            if new_index is None or neighbour in moved or new_index in merges.values():
                continue
            orphan = old_profiles[old_index]
            whole = new_profiles[new_index]
            if orphan.total == 0 or scorer.containment(orphan, whole) < SPLIT_CONTAINMENT:
                continue
            if scorer.containment(orphan, old_profiles[neighbour]) >= SPLIT_CONTAINMENT:
                continue
            merges[old_index] = new_index
            break
    return splits, merges


def _assemble(
    old_count: int,
    new_count: int,
    old_match: dict[int, int],
    similarity: dict[tuple[int, int], float],
    moved: set[int],
    splits: dict[int, int],
    merges: dict[int, int],
) -> list[AlignedPair]:
    """Pairs in reading order of NEW, with deletions placed where they were in OLD."""
    new_to_old = {new: old for old, new in old_match.items()}
    split_main = {old: new for new, old in splits.items()}
    merge_main = {new: old for old, new in merges.items()}
    # Old blocks without a place in NEW (deleted, merged-away) follow the nearest
    # preceding old block that is paired in order.
    trailing: dict[int, list[int]] = {}
    leading: list[int] = []
    last_anchor: int | None = None
    for old in range(old_count):
        if old in old_match and old not in moved:
            last_anchor = old
        elif old not in old_match:
            (trailing.setdefault(last_anchor, []) if last_anchor is not None else leading).append(
                old
            )

    def orphans(olds: list[int]) -> list[AlignedPair]:
        result = []
        for old in olds:
            if old in merges:
                result.append(AlignedPair(old, None, "merged", 0.0, group=merges[old]))
            else:
                result.append(AlignedPair(old, None, "deleted", 0.0))
        return result

    pairs: list[AlignedPair] = orphans(leading)
    for new in range(new_count):
        old = new_to_old.get(new)
        if old is None:
            if new in splits:
                pairs.append(AlignedPair(None, new, "split", 0.0, group=splits[new]))
            else:
                pairs.append(AlignedPair(None, new, "inserted", 0.0))
            continue
        score = similarity[(old, new)]
        status: PairStatus
        if old in split_main:
            status, group = "split", split_main[old]
        elif new in merge_main:
            status, group = "merged", merge_main[new]
        else:
            group = None
            if old in moved:
                status = "moved"
            else:
                status = "unchanged" if score >= 1.0 else "changed"
        pairs.append(AlignedPair(old, new, status, score, group=group))
        if old not in moved:
            pairs.extend(orphans(trailing.get(old, [])))
    return pairs
