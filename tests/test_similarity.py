"""Near-duplicate texts: copies found through sketches, different stories left apart."""

from __future__ import annotations

import random

from generator.similarity import SketchMemo, estimate, jaccard, near_duplicates, shingles, sketch


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


def test_a_memo_compares_unchanged_texts_and_hashes_changed_ones_again():
    import pickle
    rng = random.Random(7)
    words = [f"w{n}" for n in range(400)]
    base = " ".join(rng.choice(words) for _ in range(300))
    texts = {"a": base, "b": base + " and one more sentence at the end", "c": " ".join(
        rng.choice(words) for _ in range(300))}
    memo = SketchMemo()
    first = near_duplicates(texts.items(), memo=memo)
    assert first == near_duplicates(texts.items()) and first[0][:2] == ("a", "b")
    # equal texts in new objects (a fresh load) are matched by comparison
    again = {key: "".join(list(text)) for key, text in texts.items()}
    assert near_duplicates(again.items(), memo=memo) == first
    assert all(memo.hashed[key][0] is again[key] for key in again)  # no second copy is kept
    # a changed text is hashed again, and a removed one is let go
    changed = {"a": base, "c": texts["b"]}
    assert near_duplicates(changed.items(), memo=memo) == near_duplicates(changed.items())
    assert set(memo.hashed) == {"a", "c"}
    # a memo kept on disk carries hashes of sketches, not the archive's texts
    stored = pickle.loads(pickle.dumps(memo))
    assert stored.hashed == {} and stored.sketches == memo.sketches
    assert near_duplicates(changed.items(), memo=stored) == near_duplicates(changed.items())
