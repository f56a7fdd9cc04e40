"""Near-duplicate texts: the same story syndicated by several outlets, or captured twice.

Each text becomes the set of its word 5-shingles (folded words, so spelling variants and
joiners don't matter), hashed. A bottom-k sketch (the k smallest hashes, a MinHash
variant with one hash function) estimates the Jaccard similarity of two sets; candidates are
the pairs sharing sketch values, found through an inverted index, so the archive is never
compared pair by pair, and each candidate pair is then measured exactly.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import lru_cache
from itertools import chain

from .text.fold import tokens

SHINGLE = 5
SKETCH = 64
NEAR_DUPLICATE = 0.5
"""Jaccard similarity of shingle sets from which two texts are the same story."""
COMMON = 50
LEAD_WORDS = 400


def _stable_hash(words: list[str]) -> int:
    """A 64-bit hash of some words that is the same in every run (Python's ``hash`` of text
    changes with PYTHONHASHSEED, and with it which pairs a bottom-k sketch compares)."""
    digest = hashlib.blake2b("\x1f".join(words).encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big")


@lru_cache(maxsize=500_000)
def _word_hash(word: str) -> int:
    return _stable_hash([word])


def shingles(text: str) -> frozenset[int]:
    """The word 5-shingles of the text's first ``LEAD_WORDS`` words (copies of one story
    share their lead), hashed with a stable hash, so that every run suggests the same: each
    word's hash once (blake2b), and a shingle's the hash of its words' tuple, which Python
    computes the same in every run and on every 64-bit machine (a blake2b of every
    shingle's text took most of the time of suggesting near-duplicates)."""
    words = tokens(text[:LEAD_WORDS * 12])[:LEAD_WORDS]
    if len(words) < SHINGLE:
        return frozenset({_stable_hash(words)}) if words else frozenset()
    h = list(map(_word_hash, words))
    return frozenset(map(hash, zip(*(h[i:] for i in range(SHINGLE)), strict=False)))


def sketch(values: frozenset[int], size: int = SKETCH) -> list[int]:
    return sorted(values)[:size]


def estimate(a: list[int], b: list[int], size: int = SKETCH) -> float:
    """Jaccard similarity estimated from two bottom-k sketches: of the ``size`` smallest
    values of their union, the share found in both."""
    if not a or not b:
        return 0.0
    both = set(a) & set(b)
    smallest = sorted(set(a) | set(b))[:size]
    return sum(1 for value in smallest if value in both) / len(smallest)


def jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def _text_key(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).digest()


class SketchMemo:
    """What ``near_duplicates`` keeps between calls: each text's sketch by a hash of the
    text, and the last answer with a hash of every (key, sketch) it came from."""

    def __init__(self) -> None:
        self.sketches: dict[bytes, tuple[int, ...]] = {}
        self.inputs: bytes | None = None
        self.pairs: list[tuple[str, str, float]] = []
        self.hashed: dict[str, tuple[str, bytes]] = {}
        """key -> (its text, the text's hash), in memory only: an unchanged text is compared,
        not hashed again, by the next call in the same process (a preview's rebuilds)."""

    def __getstate__(self) -> dict:  # the texts are the archive's; a cache keeps hashes
        return {**self.__dict__, "hashed": {}}

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update({"hashed": {}, **state})

    def text_key(self, key: str, text: str) -> bytes:
        found = self.hashed.get(key)
        if found is not None and found[0] == text:  # a compare costs far less than a hash
            self.hashed[key] = (text, found[1])  # the text the archive holds now, not a copy
            return found[1]
        text_key = _text_key(text)
        self.hashed[key] = (text, text_key)
        return text_key


def _sketches(texts: list[str]):
    """The sketch of each text, in order (an iterator), made as it is asked for."""
    return (tuple(sketch(shingles(text))) for text in texts)


def near_duplicates(texts: Iterable[tuple[str, str]], *, threshold: float = NEAR_DUPLICATE,
                    memo: SketchMemo | None = None) -> list[tuple[str, str, float]]:
    """Pairs of keys whose texts are near-duplicates, with their Jaccard similarity.

    ``texts``: (key, text) pairs. Two sets with Jaccard J share about J of their sketch, so
    pairs sharing fewer than a fifth of the threshold's worth of values are not measured.
    With a ``memo`` kept between calls, an archive with one article changed shingles that
    article only, and when no sketch changed (an edit of anything but a text) the pairs are
    the last call's.
    """
    current: dict[bytes, tuple[int, ...]] = {}
    known = memo.sketches if memo is not None else {}
    sketched: list[tuple[str, str, tuple[int, ...]]] = []
    inputs = hashlib.blake2b(f"{threshold}".encode(), digest_size=16)
    seen: set[str] = set()
    read: list[tuple[str, str, bytes]] = []
    for key, text in texts:
        seen.add(key)
        text_key = memo.text_key(key, text) if memo is not None else _text_key(text)
        read.append((key, text, text_key))
    new = _sketches([text for _, text, text_key in read if text_key not in known])
    for key, text, text_key in read:
        values = known.get(text_key)
        if values is None:
            values = next(new)  # one per text not known, in order
        current[text_key] = values
        inputs.update(key.encode("utf-8") + b"\0" + text_key)
        if values:
            sketched.append((key, text, values))
    if memo is not None:
        memo.sketches = current
        if len(memo.hashed) > len(seen):  # articles removed: their texts are let go
            memo.hashed = {key: found for key, found in memo.hashed.items() if key in seen}
        if memo.inputs == inputs.digest():
            return list(memo.pairs)
    bodies = {key: text for key, text, _ in sketched}
    # the values in more than one sketch, and not in very many: a shingle in very many texts
    # is boilerplate ("said in a statement on"), not a story (most values are in one sketch
    # alone, and are counted, not listed)
    seen = Counter(chain.from_iterable(values for _, _, values in sketched))
    common = {value for value, count in seen.items() if 1 < count <= COMMON}
    postings: defaultdict[int, list[str]] = defaultdict(list)
    for key, _, values in sketched:
        for value in common.intersection(values):
            postings[value].append(key)
    shared: Counter[tuple[str, str]] = Counter()
    for keys in postings.values():
        for i, first in enumerate(keys):
            for second in keys[i + 1:]:
                shared[(first, second)] += 1
    minimum = max(1, int(SKETCH * threshold / 5))
    sets: dict[str, frozenset[int]] = {}

    def shingled(key: str) -> frozenset[int]:
        if key not in sets:
            sets[key] = shingles(bodies[key])
        return sets[key]

    pairs = []
    for (first, second), count in shared.items():
        if count >= minimum:
            similarity = jaccard(shingled(first), shingled(second))
            if similarity >= threshold:
                pairs.append((first, second, round(similarity, 3)))
    pairs.sort()
    if memo is not None:
        memo.inputs, memo.pairs = inputs.digest(), list(pairs)
    return pairs
