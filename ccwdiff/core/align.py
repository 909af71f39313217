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

User anchors ("these two correspond") pair first, whatever their texts; the chain is
built from the other blocks, and an anchor out of its order is a move (a paragraph the
reader paired far from where it was is not a reason to break the pairs in between).
User separations ("these two are not the same paragraph") are pairs no pass may make.
The result is deterministic: ties break on position.
"""

from __future__ import annotations

import bisect
import itertools
import math
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Sequence, Set
from dataclasses import dataclass, field
from operator import itemgetter
from typing import TypeVar

from .errors import raise_if_cancelled as _check
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
PROBE_LIMIT = 12  # blocks scored per block, the ones sharing most of its rare words
SURE_MATCH = 0.9  # a candidate this similar ends the probe for weaker ones
LOCAL_WINDOW = 8  # unsettled blocks between two settled neighbours tried before the probe
SAME_TEXT_WINDOW = 3  # copies of a recurring text offered either side of its rank
NUMBER_WEIGHT = 0.25  # digits roll over every year; they say little about identity
OTHER_KIND = 0.9  # a candidate of another kind (a heading for a paragraph) counts for less

_T = TypeVar("_T")
_U = TypeVar("_U")
TextKey = tuple[int, ...]  # numbered comparison keys of a profile's texts (see _Profile)


@dataclass(frozen=True, slots=True)
class AlignedPair:
    """Indices into the old and new block sequences (None: absent on that side)."""

    old: int | None
    new: int | None
    status: PairStatus
    similarity: float
    group: int | None = None  # index of the partner block for split/merge (other side's role)


class _Profile:
    """A text's words with their IDF weights, for similarity and containment.

    The word counts and their weighted total are built on first use: most of two
    successive reports is text found once on each side, paired by its key alone,
    whose counts are never needed. A profile is either a text's own (``words``) or
    the concatenation of others (``parts``), counted and summed in the same order
    as when they were built eagerly, so every similarity is the same float.

    ``key``: the numbers of its texts' comparison keys (``_Scorer.texts``), one for a
    block, several for a paragraph with its bullets. Equal keys mean the same texts,
    in the same order, without a copy of the texts or a comparison of them.
    """

    __slots__ = ("_counts", "_parts", "_total", "_words", "key", "rare", "weights")

    def __init__(
        self,
        key: TextKey,
        weights: dict[str, float],
        words: list[str] | None = None,
        parts: list[_Profile] | None = None,
    ) -> None:
        self.key = key
        self.weights = weights
        self.rare: list[str] | None = None  # memo of _rare_words (frequencies never change)
        self._words = words
        self._parts = parts
        self._counts: Counter[str] | None = None
        self._total = 0.0

    @property
    def counts(self) -> Counter[str]:
        if self._counts is None:
            self._build()
        assert self._counts is not None
        return self._counts

    @property
    def total(self) -> float:
        if self._counts is None:
            self._build()
        return self._total

    def _build(self) -> None:
        parts = self._parts
        if parts is None:
            counts = Counter(self._words)
            weights = self.weights
            self._total = sum(weights[word] * n for word, n in counts.items())
        else:
            # The parts' counts added in order (as ``Counter.__add__`` and a left fold
            # of it order them: all counts are positive), their totals summed in order.
            counts = Counter()
            total = parts[0].total
            for number, part in enumerate(parts):
                counts.update(part.counts)
                if number:
                    total += part.total
            self._total = total
        self._counts = counts


def _is_number(word: str) -> bool:
    if word.isalpha():  # most words: letters only, no digit
        return False
    return any(char.isdigit() for char in word) and not any(char.isalpha() for char in word)


class _Scorer:
    """IDF-weighted word profiles of both documents' blocks."""

    def __init__(self, old_words: Sequence[list[str]], new_words: Sequence[list[str]]) -> None:
        # Document frequency: the number of blocks each word occurs in. Blocks of one
        # text share a word list (compare.py), and most texts are found once on each
        # side: each list's distinct words are counted once and doubled, then
        # corrected for the lists found once (or more than twice).
        # (Each set is dropped once counted; the few lists found once or more than
        # twice make theirs again.)
        every = list(itertools.chain(old_words, new_words))
        blocks = Counter(map(id, every))
        distinct = {id(words): words for words in every}
        twice = Counter(itertools.chain.from_iterable(map(set, distinct.values())))
        single = Counter(
            itertools.chain.from_iterable(
                map(set, (distinct[key] for key, n in blocks.items() if n == 1))
            )
        )
        for key, n in blocks.items():
            for _ in range(n - 2):  # a list found three times or more
                single.subtract(set(distinct[key]))
        missing = single.get
        frequency = {word: 2 * n - missing(word, 0) for word, n in twice.items()}
        count = len(every)
        self.frequency = frequency
        self.idf = {
            word: math.log((count + 1) / (df + 0.5)) * (NUMBER_WEIGHT if _is_number(word) else 1.0)
            for word, df in frequency.items()
        }

        # Each distinct comparison key, numbered: profiles hold numbers, not copies.
        self.texts: list[str] = []
        self._numbers: dict[str, int] = {}

    def profile(self, text: str, words: list[str]) -> _Profile:
        # Every word of every block is in ``idf``: all profiles (and their combinations)
        # share it as their weights.
        normal = comparison_key(text)
        number = self._numbers.get(normal)
        if number is None:
            number = self._numbers[normal] = len(self.texts)
            self.texts.append(normal)
        return _Profile((number,), self.idf, words=words)

    def joined(self, key: TextKey) -> str:
        """The texts of ``key`` as one string, separated by NUL characters."""
        texts = self.texts
        return "\x00".join([texts[number] for number in key])

    @staticmethod
    def similarity(a: _Profile, b: _Profile) -> float:
        if a.key == b.key:
            return 1.0
        if a.total == 0 or b.total == 0:
            return 0.0
        small, large = (a, b) if len(a.counts) <= len(b.counts) else (b, a)
        shared = 0.0
        # The hottest loop of the aligner: bound methods and an inline min (same sum,
        # same order, so the same float) make it about a third faster.
        other = large.counts.get
        weights = small.weights
        for word, n in small.counts.items():
            m = other(word)
            if m:
                shared += weights[word] * (n if n < m else m)
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


def _combine(a: _Profile, b: _Profile) -> _Profile:
    """A paragraph's own profile followed by its bullets' (``b`` from ``_merge``)."""
    return _Profile(a.key + b.key, a.weights, parts=[a, b])


def _merge(parts: list[_Profile]) -> _Profile | None:
    """The profiles of a unit's bullets as one: ``_combine`` folded left, in one pass.

    Folding pairwise copied the growing counts once per bullet (quadratic in a long
    list of bullets); the counts, their order, the key and the total (summed in the
    same order, so the same float) are those of the fold.
    """
    if not parts:
        return None
    if len(parts) == 1:
        return parts[0]
    key = tuple(itertools.chain.from_iterable(part.key for part in parts))
    return _Profile(key, parts[0].weights, parts=list(parts))


@dataclass(slots=True)
class _Item:
    """One thing to align: a block, or a paragraph unit with its bullets/items."""

    index: int  # flat block index of the item (the unit's root block)
    kind: str
    own: _Profile
    kids: _Profile | None
    whole: _Profile  # own + kids, for probing, containment and move weight


class _Sequence:
    """Aligns two sequences of items; results are recorded in flat block indices.

    ``separate``: pairs of flat block indices (old, new) the user said are not the
    same paragraph; no pass pairs them.
    """

    def __init__(
        self,
        scorer: _Scorer,
        olds: list[_Item],
        news: list[_Item],
        separate: frozenset[tuple[int, int]] = frozenset(),
    ) -> None:
        self.scorer = scorer
        self.olds = olds
        self.news = news
        self.separate = separate

    def separated(self, a: _Item, b: _Item) -> bool:
        """Whether the user said old item ``a`` and new item ``b`` do not correspond."""
        return bool(self.separate) and (a.index, b.index) in self.separate

    def similarity(self, a: _Item, b: _Item) -> float:
        if a.whole.key == b.whole.key:
            return 1.0
        if a.kids is not None and b.kids is not None:
            # The lead-in decides what a paragraph *is* ("会议决定：" vs "会议忆及…决定："),
            # its bullets what it says: weigh both, so a quotation of last year's
            # decision does not steal the pairing from this year's decision.
            own = self.scorer.similarity(a.own, b.own)
            kids = self.scorer.similarity(a.kids, b.kids)
            return 0.5 * own + 0.5 * kids
        return self.scorer.similarity(a.whole, b.whole)

    def candidates(self) -> list[tuple[int, int, float]]:
        """Scored candidate pairs (positions in olds/news), probed from both sides."""
        found: dict[tuple[int, int], float] = {}
        paired: list[tuple[int, int, float]] = []  # settled items and their partners
        if len(self.olds) * len(self.news) <= 400:
            for i, a in enumerate(self.olds):
                for j, b in enumerate(self.news):
                    score = self._kind_adjusted(a, b)
                    if score > 0:
                        found[(i, j)] = score
        else:
            # An item whose text occurs exactly once on each side has found its
            # partner: it is not probed, and it is no candidate for anything else.
            # Most of two successive reports is such text, so only the rest is scored,
            # and a changed paragraph's rare words are not spent on paired text.
            old, new = _settle(self.olds, self.news, self.separated)
            scores: dict[tuple[int, int], float] = {}

            def scored(i: int, j: int) -> float:
                value = scores.get((i, j))
                if value is None:
                    value = scores[(i, j)] = self._kind_adjusted(self.olds[i], self.news[j])
                return value

            # A settled item's one candidate is its partner (same text: similarity 1),
            # and it is no other item's candidate: it is ranked first by both, and
            # needs no ranking.
            olds, news = self.olds, self.news
            for i, j in enumerate(old.partner):
                if j >= 0:
                    paired.append((i, j, 1.0 if olds[i].kind == news[j].kind else OTHER_KIND))
            # The changed paragraphs of two successive reports lie between the same two
            # unchanged ones: a sure partner there (on either side) pairs them like
            # settled text, before any rare-word list is read, and neither is offered to
            # paragraphs elsewhere.

            def from_new(j: int, i: int) -> float:
                return scored(i, j)

            old.windows = _local_windows(old.partner, new.partner)
            new.windows = _local_windows(new.partner, old.partner)
            old.sure = _sure(old.windows, scored)
            new.sure = _sure(new.windows, from_new)
            for i, j in self._probe(old, new, scored):
                found[(i, j)] = 0.0
            for j, i in self._probe(new, old, from_new):
                found[(i, j)] = 0.0
            for i, j in list(found):
                found[(i, j)] = scored(i, j)
        # A weaker pair can neither enter the chain nor be a move: dropping it here
        # changes nothing but the work of ranking and chaining.
        found = {pair: score for pair, score in found.items() if score >= CHAIN_MIN}
        ranked = [(i, j, found[(i, j)]) for i, j in _top_per_side(found)]
        ranked.extend(paired)
        ranked.sort()
        return ranked

    def _kind_adjusted(self, a: _Item, b: _Item) -> float:
        if self.separated(a, b):
            return 0.0
        score = self.similarity(a, b)
        return score * OTHER_KIND if a.kind != b.kind else score

    def _probe(
        self, side: _Side, other: _Side, score: Callable[[int, int], float]
    ) -> set[tuple[int, int]]:
        """Candidate pairs of ``side``'s loose items among ``other``'s."""
        items, others = side.items, other.items
        postings: dict[str, list[int]] = {}
        for index in other.loose:
            if index in other.sure:
                continue
            for word in _rare_words(self.scorer, others[index].whole):
                postings.setdefault(word, []).append(index)
        # A word found in very many blocks is no use as a probe.
        cap = max(50, int(math.sqrt(len(others)) * 4))
        pairs: set[tuple[int, int]] = set()
        ranks: Counter[TextKey] = Counter()  # how many items of each text came before
        for index in side.loose:
            item = items[index]
            key = item.whole.key
            seen = _same_text(other.at.get(key, []), ranks, key, len(side.at[key]))
            if index in side.sure:
                window = side.windows[index]
                if any(others[block].whole.key == key for block in window):
                    # A recurring text (a heading in every report of a compilation)
                    # with a copy in place: the copies elsewhere lie beyond a settled
                    # neighbour, and the chain could take one only by dropping that
                    # neighbour's pair for a pair no heavier than the one in place.
                    seen = set(window)
                else:
                    seen.update(window)
                pairs.update((index, block) for block in seen)
                continue
            hits: list[int] = []
            for word in _rare_words(self.scorer, item.whole):
                found = postings.get(word, ())
                if len(found) <= cap:
                    hits.extend(found)
            shared = Counter(hits)
            # Score only the blocks sharing the most rare words (ties: rarer word
            # first, then position): a fixed number per block keeps the scoring linear
            # in the number of blocks; without it a compilation eight times longer
            # aligned 27 times slower (benchmarks/README.md).
            # Counter.most_common, without its per-item Python key function.
            ranked = sorted(shared.items(), key=itemgetter(1), reverse=True)[:PROBE_LIMIT]
            if len(shared) > PROBE_LIMIT:
                # A block met through one rare word only is a coincidence when others
                # share several (in a long compilation every word recurs somewhere).
                ranked = [(block, n) for block, n in ranked if n > 1 or ranked[0][1] == 1]
            # Once a block is surely the same paragraph (a year rolled over, a word
            # changed), blocks sharing fewer of its rare words are not worth scoring.
            sure_at = 0
            for block, n in ranked:
                if n < sure_at:
                    break
                seen.add(block)
                if not sure_at and score(index, block) >= SURE_MATCH:
                    sure_at = n
            pairs.update((index, block) for block in seen)
        return pairs


@dataclass
class _Side:
    """One side of a sequence, as the candidate search sees it.

    ``partner``: the position of each item's settled partner on the other side (-1:
    none); ``loose``: the positions without one, in order; ``at``: the positions of
    each of their texts; ``windows`` and ``sure``: each loose item's local window, and
    the items with a sure partner in theirs.
    """

    items: list[_Item]
    at: dict[TextKey, list[int]]
    partner: list[int]
    loose: list[int] = field(default_factory=list)
    windows: dict[int, list[int]] = field(default_factory=dict)
    sure: set[int] = field(default_factory=set)


def _settle(
    olds: list[_Item],
    news: list[_Item],
    separated: Callable[[_Item, _Item], bool] | None = None,
) -> tuple[_Side, _Side]:
    """Both sides with their settled partners: texts found exactly once on each side.

    A pair the user separated is not settled: both stay loose (and score 0 together).
    """
    old_first, old_more = _first_positions(olds)
    new_first, new_more = _first_positions(news)
    old_partner = [-1] * len(olds)
    new_partner = [-1] * len(news)
    for key, i in old_first.items():
        j = new_first.get(key)
        if (
            j is not None
            and key not in old_more
            and key not in new_more
            and not (separated and separated(olds[i], news[j]))
        ):
            old_partner[i] = j
            new_partner[j] = i

    def side(items: list[_Item], partner: list[int]) -> _Side:
        loose = [index for index, other in enumerate(partner) if other < 0]
        # Every copy of a text that is not settled is loose: its positions are these.
        at: dict[TextKey, list[int]] = {}
        for index in loose:
            at.setdefault(items[index].whole.key, []).append(index)
        return _Side(items, at, partner, loose)

    return side(olds, old_partner), side(news, new_partner)


def _first_positions(items: list[_Item]) -> tuple[dict[TextKey, int], set[TextKey]]:
    """Each text's first position, and the texts found more than once."""
    first: dict[TextKey, int] = {}
    more: set[TextKey] = set()
    for index, item in enumerate(items):
        key = item.whole.key
        if first.setdefault(key, index) != index:
            more.add(key)
    return first, more


def _sure(windows: dict[int, list[int]], score: Callable[[int, int], float]) -> set[int]:
    """The items with a partner in their local window similar enough to be sure of."""
    return {
        index
        for index, window in windows.items()
        if max(score(index, other) for other in window) >= SURE_MATCH
    }


def _local_windows(partner: list[int], other_partner: list[int]) -> dict[int, list[int]]:
    """For each item without a settled partner, the others between its settled neighbours'.

    ``partner``: each item's settled partner (-1: none); ``other_partner``: the
    same for the other side. Only small windows (at most LOCAL_WINDOW others, the
    neighbours in order, none of them settled) are kept: a paragraph moved far away,
    or a long run of new text, is left to the probe.
    """
    following = [len(other_partner)] * len(partner)
    next_partner = len(other_partner)
    for index in range(len(partner) - 1, -1, -1):
        following[index] = next_partner
        if partner[index] >= 0:
            next_partner = partner[index]
    windows: dict[int, list[int]] = {}
    previous = -1
    for index, mine in enumerate(partner):
        if mine >= 0:
            previous = mine
            continue
        low, high = previous + 1, following[index]
        if 0 < high - low <= LOCAL_WINDOW:
            window = [o for o in range(low, high) if other_partner[o] < 0]
            if window:
                windows[index] = window
    return windows


def _same_text(copies: list[int], ranks: Counter[TextKey], key: TextKey, count: int) -> set[int]:
    """The copies of a text (``key``) on the other side that may pair with an item of it.

    A heading such as "Conclusions and recommendations" recurs in every report of a
    compilation: pairing each copy with every copy would grow with the square of the
    document. The r-th copy on one side is offered the copies around the r-th on the
    other (scaled when the counts differ), which is where the chain pairs it. ``count``
    is the number of copies on the item's own side.
    """
    rank = ranks[key]
    ranks[key] += 1
    if len(copies) <= 2 * SAME_TEXT_WINDOW + 1:
        return set(copies)
    centre = rank * len(copies) // count if count > 1 else 0
    low = max(0, min(centre - SAME_TEXT_WINDOW, len(copies) - 2 * SAME_TEXT_WINDOW - 1))
    return set(copies[low : low + 2 * SAME_TEXT_WINDOW + 1])


def _top_per_side(found: dict[tuple[int, int], float]) -> set[tuple[int, int]]:
    """Keep each item's best MAX_CANDIDATES partners (from either side's view)."""
    by_old: dict[int, list[tuple[float, int, int]]] = {}
    by_new: dict[int, list[tuple[float, int, int]]] = {}
    for (i, j), score in found.items():
        by_old.setdefault(i, []).append((-score, j, i))
        by_new.setdefault(j, []).append((-score, i, j))
    keep: set[tuple[int, int]] = set()
    for i, ranked in by_old.items():
        if len(ranked) > MAX_CANDIDATES:  # most items have one or two: all are kept
            ranked = sorted(ranked)[:MAX_CANDIDATES]
        keep.update((i, j) for _s, j, _i in ranked)
    for j, ranked in by_new.items():
        if len(ranked) > MAX_CANDIDATES:
            ranked = sorted(ranked)[:MAX_CANDIDATES]
        keep.update((i, j) for _s, i, _j in ranked)
    return keep


@dataclass
class _Matching:
    """Flat results: matched block indices and how they were matched."""

    old_match: dict[int, int] = field(default_factory=dict)
    new_match: dict[int, int] = field(default_factory=dict)
    similarity: dict[tuple[int, int], float] = field(default_factory=dict)
    moved: set[int] = field(default_factory=set)
    splits: dict[int, int] = field(default_factory=dict)  # orphan new -> old
    merges: dict[int, int] = field(default_factory=dict)  # orphan old -> new

    def add(self, old: int, new: int, score: float) -> None:
        self.old_match[old] = new
        self.new_match[new] = old
        self.similarity[(old, new)] = score


def _align_sequence(sequence: _Sequence, matching: _Matching, fixed: dict[int, int]) -> None:
    """Chain, gaps, moves, then splits/merges for one pair of item sequences.

    ``fixed`` maps old positions to new positions that must pair (user anchors).
    """
    olds, news = sequence.olds, sequence.news
    candidates = sequence.candidates()
    local_old: dict[int, int] = {}
    local_new: dict[int, int] = {}
    scores: dict[tuple[int, int], float] = {}
    keys = {
        (i, j): _content_tiebreak(
            sequence.scorer.joined(olds[i].whole.key), sequence.scorer.joined(news[j].whole.key)
        )
        for i, j, _s in candidates
    }
    chain = _heaviest_chain(candidates, fixed, len(news), keys)
    for i, j, score in chain:
        local_old[i], local_new[j] = j, i
        scores[(i, j)] = score
    # User anchors: paired whatever their texts; out of the chain's order, moved.
    out_of_order = _out_of_order(chain, fixed)
    for i, j in fixed.items():
        local_old[i], local_new[j] = j, i
        scores[(i, j)] = sequence.similarity(olds[i], news[j])
    _fill_gaps(sequence, local_old, local_new, scores, out_of_order)
    moved = _find_moves(candidates, olds, news, local_old, local_new, scores) | out_of_order
    for i, j in local_old.items():
        matching.add(olds[i].index, news[j].index, scores[(i, j)])
        if i in moved:
            matching.moved.add(olds[i].index)
    splits, merges = _find_splits_merges(sequence, local_old, local_new, moved)
    for j, i in splits.items():
        matching.splits[news[j].index] = olds[i].index
    for i, j in merges.items():
        matching.merges[olds[i].index] = news[j].index


def _out_of_order(chain: list[tuple[int, int, float]], fixed: dict[int, int]) -> set[int]:
    """The old positions of ``fixed`` pairs that cross a pair of the chain."""
    olds = [old for old, _new, _score in chain]  # the chain is in order on both sides
    crossing = set()
    for old, new in fixed.items():
        at = bisect.bisect_left(olds, old)
        before = chain[at - 1][1] if at > 0 else -1
        after = chain[at][1] if at < len(chain) else math.inf
        if not before < new < after:
            crossing.add(old)
    last = -1  # anchors within one gap of the chain may still cross each other
    for old in sorted(fixed):
        if old not in crossing:
            if fixed[old] < last:
                crossing.add(old)
            else:
                last = fixed[old]
    return crossing


def _units(blocks: Sequence[Block]) -> tuple[list[int], dict[int, list[int]]]:
    """Root block indices in order, and each root's descendants (bullets, items...)."""
    position = {block.id: index for index, block in enumerate(blocks)}
    container_kinds = ("heading", "annex", "title")
    roots: list[int] = []
    children: dict[int, list[int]] = {}
    root_of: dict[int, int] = {}
    for index, block in enumerate(blocks):
        parent = position.get(block.parent) if block.parent is not None else None
        if parent is None or parent >= index or blocks[parent].kind in container_kinds:
            roots.append(index)
            root_of[index] = index
            children[index] = []
        else:
            root = root_of[parent]
            root_of[index] = root
            children[root].append(index)
    return roots, children


def align_blocks(
    old_blocks: Sequence[Block],
    new_blocks: Sequence[Block],
    old_words: Sequence[list[str]],
    new_words: Sequence[list[str]],
    *,
    anchors: Sequence[tuple[int, int]] = (),
    separate: Sequence[tuple[int, int]] = (),
    cancel: CancelCallback | None = None,
) -> list[AlignedPair]:
    """Align two block sequences; every block ends up in exactly one AlignedPair.

    Paragraphs are aligned as units (lead-in plus bullets and items) first, then the
    bullets and items inside each pair of units, then leftovers across the document.
    ``anchors``: (old, new) block indices that must pair (of two that claim one block,
    the later wins); ``separate``: pairs that must not (an anchor wins over a
    separation of the same pair).
    """
    anchors = one_to_one(anchors)
    separations = frozenset(separate) - frozenset(anchors)
    scorer = _Scorer(old_words, new_words)
    # Identical text with the same word list has one profile, shared (never modified
    # but for the memo of its rare words, which the words decide). compare.py gives
    # the blocks of one text one list; a caller that does not gets one profile per
    # block, with the same values.
    profiles: dict[tuple[str, int], _Profile] = {}

    def profile(block: Block, words: list[str]) -> _Profile:
        key = (block.text, id(words))
        found = profiles.get(key)
        if found is None:
            found = profiles[key] = scorer.profile(block.text, words)
        return found

    old_profiles = [profile(b, w) for b, w in zip(old_blocks, old_words, strict=True)]
    new_profiles = [profile(b, w) for b, w in zip(new_blocks, new_words, strict=True)]
    old_roots, old_children = _units(old_blocks)
    new_roots, new_children = _units(new_blocks)
    _check(cancel)

    def unit(
        index: int,
        blocks: Sequence[Block],
        profiles: list[_Profile],
        children: dict[int, list[int]],
    ) -> _Item:
        own = profiles[index]
        kids = _merge([profiles[child] for child in children[index]])
        whole = own if kids is None else _combine(own, kids)
        return _Item(index, blocks[index].kind, own, kids, whole)

    def leaf(index: int, blocks: Sequence[Block], profiles: list[_Profile]) -> _Item:
        return _Item(index, blocks[index].kind, profiles[index], None, profiles[index])

    matching = _Matching()
    old_root_pos = {index: pos for pos, index in enumerate(old_roots)}
    new_root_pos = {index: pos for pos, index in enumerate(new_roots)}
    # Footnotes are aligned among themselves: where they fall between the paragraphs
    # depends on the page breaks (a PDF's page foot) or on the format (a DOCX gives
    # each after its paragraph), not on what the report says.
    for notes in (False, True):
        olds = [i for i in old_roots if (old_blocks[i].kind == "footnote") is notes]
        news = [j for j in new_roots if (new_blocks[j].kind == "footnote") is notes]
        old_pos = {index: pos for pos, index in enumerate(olds)}
        new_pos = {index: pos for pos, index in enumerate(news)}
        fixed_units = {old_pos[o]: new_pos[n] for o, n in anchors if o in old_pos and n in new_pos}
        sequence = _Sequence(
            scorer,
            [unit(i, old_blocks, old_profiles, old_children) for i in olds],
            [unit(j, new_blocks, new_profiles, new_children) for j in news],
            separations,
        )
        _align_sequence(sequence, matching, fixed_units)
    _check(cancel)

    # Bullets and items inside each pair of units.
    for old_root, new_root in sorted(
        (o, n) for o, n in matching.old_match.items() if o in old_children
    ):
        old_kids, new_kids = old_children[old_root], new_children[new_root]
        if not old_kids or not new_kids:
            continue
        fixed_kids = {
            old_kids.index(o): new_kids.index(n)
            for o, n in anchors
            if o in old_kids and n in new_kids
        }
        if (
            not fixed_kids
            and len(old_kids) == len(new_kids)
            and all(
                old_profiles[o].key == new_profiles[n].key
                and old_blocks[o].kind == new_blocks[n].kind
                and (o, n) not in separations
                for o, n in zip(old_kids, new_kids, strict=True)
            )
        ):
            # The same bullets in the same order: the chain would pair them one to one.
            for o, n in zip(old_kids, new_kids, strict=True):
                matching.add(o, n, 1.0)
            continue
        sequence = _Sequence(
            scorer,
            [leaf(i, old_blocks, old_profiles) for i in old_kids],
            [leaf(j, new_blocks, new_profiles) for j in new_kids],
            separations,
        )
        _align_sequence(sequence, matching, fixed_kids)
    _check(cancel)

    # Leftover bullets and items anywhere: only clear moves pair up.
    old_left = [
        i
        for i in range(len(old_blocks))
        if i not in matching.old_match and i not in old_root_pos and i not in matching.merges
    ]
    new_left = [
        j
        for j in range(len(new_blocks))
        if j not in matching.new_match and j not in new_root_pos and j not in matching.splits
    ]
    if old_left and new_left:
        sequence = _Sequence(
            scorer,
            [leaf(i, old_blocks, old_profiles) for i in old_left],
            [leaf(j, new_blocks, new_profiles) for j in new_left],
            separations,
        )
        local_old: dict[int, int] = {}
        local_new: dict[int, int] = {}
        scores: dict[tuple[int, int], float] = {}
        moved = _find_moves(
            sequence.candidates(), sequence.olds, sequence.news, local_old, local_new, scores
        )
        for i, j in local_old.items():
            matching.add(old_left[i], new_left[j], scores[(i, j)])
            if i in moved:
                matching.moved.add(old_left[i])

    # User anchors between blocks at different levels win over whatever was found.
    for o, n in anchors:
        if matching.old_match.get(o) == n:
            continue
        for old_index in (o, matching.new_match.get(n)):
            if old_index is not None and old_index in matching.old_match:
                del matching.new_match[matching.old_match.pop(old_index)]
        matching.add(o, n, scorer.similarity(old_profiles[o], new_profiles[n]))
    return _assemble(len(old_blocks), len(new_blocks), matching)


def one_to_one(pairs: Iterable[tuple[_T, _U]]) -> list[tuple[_T, _U]]:
    """``pairs`` without repeats or conflicts: of two that share a side, the later wins."""
    kept: dict[_T, _U] = {}
    for old, new in pairs:
        for claimed in [o for o, n in kept.items() if o == old or n == new]:
            del kept[claimed]
        kept[old] = new
    return list(kept.items())


def _content_tiebreak(old_key: str, new_key: str) -> int:
    """A small integer that depends on the two texts, not on which side is which."""
    first, second = sorted((old_key, new_key))
    return zlib.crc32(f"{first}\x00{second}".encode()) & 0x7FFFF


def _rare_words(scorer: _Scorer, profile: _Profile) -> list[str]:
    if profile.rare is None:  # probed from both sides, as item and as target: sort once
        # Sorted by (document frequency, word), built without a Python key function.
        counts = profile.counts
        ranked = sorted(zip(map(scorer.frequency.__getitem__, counts), counts, strict=True))
        profile.rare = [word for _frequency, word in ranked[:RARE_WORDS]]
    return profile.rare


def _heaviest_chain(
    candidates: list[tuple[int, int, float]],
    fixed: dict[int, int],
    new_count: int,
    keys: dict[tuple[int, int], int],
) -> list[tuple[int, int, float]]:
    """Order-preserving subset of candidates with the largest total score.

    The blocks of ``fixed`` pairs (user anchors, paired apart) are in no edge.
    """
    fixed_new = set(fixed.values())
    edges = [
        (o, n, s)
        for o, n, s in candidates
        if s >= CHAIN_MIN and o not in fixed and n not in fixed_new
    ]
    # Same old index: process larger new index first so two edges of one old block
    # cannot both enter the chain (strictly increasing in both coordinates).
    edges.sort(key=lambda edge: (edge[0], -edge[1]))
    # A Fenwick tree of prefix maxima over new positions, as two flat lists (the best
    # total and the edge that reached it): values are exact integers and ties keep
    # the value seen first, so the result never depends on floating-point order.
    size = new_count
    best = [0] * (size + 1)
    best_edge = [-1] * (size + 1)
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
        total, previous = 0, -1  # the best chain ending before ``new``
        at = new
        while at > 0:
            if best[at] > total:
                total, previous = best[at], best_edge[at]
            at &= at - 1
        back.append(previous)
        total += weight
        at = new + 1
        while at <= size:
            if total > best[at]:
                best[at], best_edge[at] = total, index
            at += at & -at
    if not edges:
        return []
    total, index = 0, -1
    at = size
    while at > 0:
        if best[at] > total:
            total, index = best[at], best_edge[at]
        at &= at - 1
    chain: list[tuple[int, int, float]] = []
    while index >= 0:
        chain.append(edges[index])
        index = back[index]
    chain.reverse()
    return chain


def _fill_gaps(
    sequence: _Sequence,
    old_match: dict[int, int],
    new_match: dict[int, int],
    scores: dict[tuple[int, int], float],
    moved: Set[int] = frozenset(),
) -> None:
    """Pair leftovers lying between the same two chained pairs, in order.

    ``moved``: old positions paired out of order (user anchors): no bound of a gap.
    """
    anchors = sorted((i, j) for i, j in old_match.items() if i not in moved)
    bounds = [(-1, -1), *anchors, (len(sequence.olds), len(sequence.news))]
    for (old_start, new_start), (old_end, new_end) in itertools.pairwise(bounds):
        olds = [i for i in range(old_start + 1, old_end) if i not in old_match]
        news = [j for j in range(new_start + 1, new_end) if j not in new_match]
        if not olds or not news:
            continue
        if len(olds) * len(news) > 40_000:
            continue  # a huge unmatched region: leave it to the move pass
        for i, j, score in _gap_alignment(sequence, olds, news):
            old_match[i] = j
            new_match[j] = i
            scores[(i, j)] = score


def _gap_alignment(
    sequence: _Sequence, olds: list[int], news: list[int]
) -> list[tuple[int, int, float]]:
    rows, cols = len(olds), len(news)
    score = [[0.0] * cols for _ in range(rows)]
    for r, i in enumerate(olds):
        for c, j in enumerate(news):
            a, b = sequence.olds[i], sequence.news[j]
            if sequence.separated(a, b):
                continue
            value = sequence.similarity(a, b)
            same_shape = a.kind == b.kind and a.kind in ("heading", "annex", "title")
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
    olds: list[_Item],
    news: list[_Item],
    old_match: dict[int, int],
    new_match: dict[int, int],
    scores: dict[tuple[int, int], float],
) -> set[int]:
    """Leftover pairs that are clearly the same paragraph, out of order."""
    moved: set[int] = set()
    # Only pairs of two leftovers similar enough can be moves (most candidates are in
    # the chain); best first, ties broken the same way whichever document is OLD.
    ordered = sorted(
        (
            edge
            for edge in candidates
            if edge[2] >= MOVE_MIN and edge[0] not in old_match and edge[1] not in new_match
        ),
        key=lambda e: (-e[2], e[0] + e[1], e[0] * e[0] + e[1] * e[1]),
    )
    for i, j, score in ordered:
        if i in old_match or j in new_match:
            continue
        if min(olds[i].whole.total, news[j].whole.total) < MOVE_MIN_WEIGHT:
            continue
        old_match[i] = j
        new_match[j] = i
        scores[(i, j)] = score
        moved.add(i)
    return moved


def _find_splits_merges(
    sequence: _Sequence,
    old_match: dict[int, int],
    new_match: dict[int, int],
    moved: set[int],
) -> tuple[dict[int, int], dict[int, int]]:
    """Orphans that are the second half of a split (new side) or merge (old side).

    Returns ``{orphan new position: old position}`` for splits and
    ``{orphan old position: new position}`` for merges. A moved pair is never
    part of a split or merge.
    """
    olds, news = sequence.olds, sequence.news
    splits = _second_halves(
        news,
        olds,
        new_match,
        sequence.scorer,
        lambda _n, partner: partner in moved,
        lambda orphan, partner: sequence.separated(olds[partner], news[orphan]),
    )
    merges = _second_halves(
        olds,
        news,
        old_match,
        sequence.scorer,
        lambda neighbour, _p: neighbour in moved,
        lambda orphan, partner: sequence.separated(olds[orphan], news[partner]),
    )
    return splits, merges


def _second_halves(
    items: list[_Item],
    others: list[_Item],
    match: dict[int, int],
    scorer: _Scorer,
    pair_is_moved: Callable[[int, int], bool],
    separated: Callable[[int, int], bool],
) -> dict[int, int]:
    """Unmatched items whose neighbour's partner contains them: ``{item: partner}``.

    Written for one side; called with the sides swapped for the other direction.
    ``separated(item, partner)``: the user said the two do not correspond.
    """
    result: dict[int, int] = {}
    for index in range(len(items)):
        if index in match:
            continue
        for neighbour in (index - 1, index + 1):
            partner = match.get(neighbour)
            if (
                partner is None
                or pair_is_moved(neighbour, partner)
                or partner in result.values()
                or separated(index, partner)
            ):
                continue
            orphan = items[index].whole
            if orphan.total == 0 or scorer.containment(orphan, others[partner].whole) < (
                SPLIT_CONTAINMENT
            ):
                continue
            # The orphan's words must be ones the paired neighbour does not already explain.
            if scorer.containment(orphan, items[neighbour].whole) >= SPLIT_CONTAINMENT:
                continue
            result[index] = partner
            break
    return result


def _assemble(old_count: int, new_count: int, matching: _Matching) -> list[AlignedPair]:
    """Pairs in reading order of NEW, with deletions placed where they were in OLD."""
    old_match, similarity, moved = matching.old_match, matching.similarity, matching.moved
    splits, merges = matching.splits, matching.merges
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
        matched = new_to_old.get(new)
        if matched is None:
            if new in splits:
                pairs.append(AlignedPair(None, new, "split", 0.0, group=splits[new]))
            else:
                pairs.append(AlignedPair(None, new, "inserted", 0.0))
            continue
        old = matched
        score = similarity[(old, new)]
        status: PairStatus
        if old in split_main:
            status, group = "split", split_main[old]
        elif new in merge_main:
            status, group = "merged", merge_main[new]
        else:
            group = None
            # Whether the words changed is decided from the word diff (compare.py).
            status = "moved" if old in moved else "changed"
        pairs.append(AlignedPair(old, new, status, score, group=group))
        if old not in moved:
            pairs.extend(orphans(trailing.get(old, [])))
    return pairs
