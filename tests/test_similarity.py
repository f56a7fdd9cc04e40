"""Near-duplicate texts: copies found through sketches, different stories left apart."""

from __future__ import annotations

import random

from generator.similarity import estimate, jaccard, near_duplicates, shingles, sketch


def story(seed: int, words: int = 300) -> str:
    rng = random.Random(seed)
    vocabulary = [f"w{n}" for n in range(2000)]
    return " ".join(rng.choice(vocabulary) for _ in range(words))


def test_a_lightly_edited_copy_is_a_near_duplicate_and_other_stories_are_not():
    texts = {f"s{n}": story(n) for n in range(40)}
    words = texts["s3"].split()
    words[100:103] = ["inserted", "by", "the", "aggregator"]
    texts["copy-of-s3"] = " ".join(words)
    texts["copy-of-s7"] = "Source: an agency. " + texts["s7"] + " Read more on our site."
    pairs = near_duplicates(texts.items())
    assert [(a, b) for a, b, _ in pairs] == [("s3", "copy-of-s3"), ("s7", "copy-of-s7")]
    assert all(0.5 <= similarity <= 1 for *_, similarity in pairs)


def test_folded_spellings_count_as_the_same_words():
    persian = "این گزارش درباره تنش‌های بی سابقه میان دو کشور است و ادامه دارد " * 3
    assert jaccard(shingles(persian), shingles(persian.replace("\u200c", ""))) == 1.0


def test_the_sketch_estimate_follows_the_exact_similarity():
    first, second = shingles(story(1, 600)), shingles(story(1, 600)[:2400] + story(2, 300))
    exact = jaccard(first, second)
    assert abs(estimate(sketch(first), sketch(second)) - exact) < 0.2
    assert estimate(sketch(first), sketch(shingles(story(5, 600)))) < 0.1
