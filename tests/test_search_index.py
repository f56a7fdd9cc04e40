"""The search index in Python: normalisation, records, scores, chunks and filters."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.build import build
from generator.site.search_index import (
    TEXT_LIMIT,
    TITLE_WEIGHT,
    Record,
    _lead,
    _term_counts,
    decode_numbers,
    encode_numbers,
    passages,
)
from generator.text.fold import arabic_stem, fold, tokens

from .conftest import FIXTURES


@pytest.mark.parametrize("text, expected", [
    ("PUTİN'İN Bush’un", ["putinin", "bushun"]),        # Turkish case, apostrophes
    ("Bakı Xəbər BAKI", ["baki", "xeber", "baki"]),       # dotless i, schwa, capitals
    ("Görüşmeleri", ["gorusmeleri"]),                     # Latin diacritics optional
    ("تنش‌های", ["تنشهای"]),                              # ZWNJ ignored
    ("تُقدّمُ", ["تقدم"]),                                  # harakat removed
    ("قمـــة", ["قمه"]),                                   # tatweel; ta marbuta
    ("كييف", ["کییف"]), ("کییف", ["کییف"]),               # Arabic and Persian kaf and yeh
    ("أزال إلى آذار", ["ازال", "الی", "اذار"]),            # alef forms
    ("۱۸ فوریه ١٨", ["18", "فوریه", "18"]),                # Persian and Arabic-Indic digits
    ("Ещё ЁЛКА", ["еще", "елка"]),                         # Cyrillic yo
])
def test_folding(text, expected):
    assert tokens(text) == expected


def test_word_by_word_folding_equals_folding_the_whole_text():
    from generator.text.fold import _WORD

    text = ("Putin'in\u00a0Bush’un «Путин» — پوتین، بوتين! تنش‌های x²½ ﬁne ΟΔΟΣ Σ\n"
            "Görüşmeleri\tقمـــة ۱۸/١٨ Ещё-ЁЛКА e\u0301 İstanbul")
    assert tokens(text) == _WORD.findall(fold(text))


def test_folding_is_idempotent():
    sample = "PUTİN'İN تنش‌های تُقدّمُ Görüşmeleri ЁЛКА ۱۸"
    assert fold(fold(sample)) == fold(sample)


def test_arabic_stem_strips_proclitics_only_from_arabic_script():
    assert arabic_stem(tokens("والرئيس")[0]) == "رییس"
    assert arabic_stem(tokens("لبوتين")[0]) == "بوتین"
    assert arabic_stem("bushun") is None
    assert arabic_stem(tokens("ولد")[0]) is None  # too short to strip


def load_js(path: Path):
    """The argument of the ArchiveSearch call in one index file."""
    text = path.read_text(encoding="utf-8")
    match = re.match(r"ArchiveSearch\.(\w+)\((.*)\);\n$", text, re.DOTALL)
    assert match, path
    return match.group(1), json.loads(f"[{match.group(2)}]")


@pytest.fixture(scope="module")
def index(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("docs")
    build(FIXTURES / "archive", out)
    return out / "search-index"


def test_one_record_per_article_and_event_newest_first(index):
    kind, (manifest,) = load_js(index / "manifest.js")
    assert kind == "manifest" and manifest["records"] == 7 + 2
    per_file = manifest["perFile"]
    records = all_records(index)
    assert len(records) == manifest["records"]
    # record n is in file n // perFile, which starts with record (n // perFile) * perFile
    for n in range(manifest["records"]):
        kind, (first, bundle) = load_js(index / "d" / f"{n // per_file}.js")
        assert kind == "records" and first == n // per_file * per_file
        assert bundle[n - first] == records[n]
    assert len(list((index / "d").glob("*.js"))) == -(-manifest["records"] // per_file)
    dates = [record.get("p", "") for record in records]
    assert dates == sorted(dates, reverse=True)


def all_records(index: Path) -> list[dict]:
    """Every record of the index, by its number."""
    found: dict[int, dict] = {}
    for path in (index / "d").glob("*.js"):
        _, (first, bundle) = load_js(path)
        found.update({first + n: record for n, record in enumerate(bundle)})
    assert sorted(found) == list(range(len(found)))
    return [found[n] for n in range(len(found))]


def test_records_carry_what_results_show(index):
    records = all_records(index)
    persian = next(r for r in records if r["l"] == "fa")
    assert persian["t"] == "پل شناور باکو و ترکمن‌باشی افتتاح شد"  # stored text is not folded
    assert persian["d"] == "rtl" and persian["o"] == "Aseman News Agency"
    assert persian["u"] == "articles/2024-03-19-aseman-pol/"
    assert persian["v"] == "Caspian ferry bridge opens between Baku and Turkmenbashi"
    assert persian["p"] == "2024-03-19"


def test_terms_are_folded_and_arabic_stems_come_from_arabic_text_only(index):
    _, (manifest,) = load_js(index / "manifest.js")
    terms = {}
    for path in (index / "t").glob("*.js"):
        terms.update(load_js(path)[1][1])
    assert "ترکمنباشی" in terms and "120" in terms and "baki" in terms
    assert "ترکمن‌باشی" not in terms and "Bakı" not in terms
    assert "میاه" in terms     # "المياه" in the Arabic article, without its article
    assert "ریه" not in terms  # no stem from the Persian "خبرگزاری"... (Persian is not stemmed)
    starts = manifest["chunks"]
    assert starts == sorted(starts, key=lambda t: t.encode("utf-16-be"))


def test_filters_are_values_and_columns_and_days_are_runs(index):
    _, (facets,) = load_js(index / "facets.js")
    langs = {value: count for value, _, count in facets["lang"]}
    assert langs == {"ar": 1, "az": 1, "en": 1, "fa": 1, "ru": 2, "tr": 1}
    records = all_records(index)
    for facet in ("lang", "outlet", "event"):
        kind, (name, encoded) = load_js(index / "c" / f"{facet}.js")
        column = decode_numbers(encoded)
        assert kind == "column" and name == facet and len(column) == len(records)
    _, (_, encoded) = load_js(index / "c" / "lang.js")
    values = [value for value, _, _ in facets["lang"]]
    assert [values[n - 1] if n else None for n in decode_numbers(encoded)] == [
        r["l"] if r["k"] == "article" else None for r in records]
    # the days: (first day, run), then (days back, run), ...; a record's day is its run's
    _, (encoded,) = load_js(index / "dates.js")
    numbers = decode_numbers(encoded)
    days, day = [], 0
    for at in range(0, len(numbers), 2):
        day = numbers[0] if at == 0 else day - numbers[at]
        days += [date.fromordinal(day).isoformat()] * numbers[at + 1]
    assert days == [r["p"] for r in records]
    _, (manifest,) = load_js(index / "manifest.js")
    assert manifest["dated"] == len(days) == len(records)


def test_long_texts_keep_their_passages_for_excerpts():
    """A text after its lead is cut in up to three passages, between paragraphs; each
    posting says which passage holds the term most, and a record says where its passages
    are."""
    paragraphs = [" ".join(f"w{p}x{n}" for n in range(60)) for p in range(12)]
    text = "\n".join(paragraphs)
    pieces = passages(text)
    assert len(pieces) == 3 and all(500 < len(piece) < 2000 for piece in pieces)
    joined = " ".join([_lead(text), *pieces]).split()
    assert joined == text.split()  # nothing lost, nothing doubled
    assert passages("short") == [] and passages("x " * 300)[0].startswith("x")
    record = Record(url="a/", kind="article", title="Title", language="en", text=text, date=None)
    counts, where = _term_counts(record, pieces)
    last_word = paragraphs[-1].split()[-1]
    assert where[last_word] == 3 and "w0x0" not in where and where.get("title") is None
    assert counts["title"] == TITLE_WEIGHT


def test_rebuild_removes_files_of_the_old_index(tmp_path):
    out = tmp_path / "docs"
    build(FIXTURES / "archive", out)
    stale = out / "search-index" / "d" / "999.js"
    stale.write_text("ArchiveSearch.records(7992, [{}]);\n", encoding="utf-8")
    build(FIXTURES / "archive", out)
    assert not stale.exists()


@given(st.lists(st.integers(min_value=0, max_value=2**40)))
def test_postings_numbers_read_back_as_written(numbers):
    text = encode_numbers(numbers)
    assert decode_numbers(text) == numbers
    assert json.dumps(text)[1:-1] == text  # nothing to escape in JSON


def test_postings_are_short_strings(index):
    """Gaps and scores below 32 take one character, below 1,024 two."""
    assert encode_numbers([3, 29, 31, 32, 1023, 1024]) == "3TVX0_VXW0"
    terms = {}
    for path in (index / "t").glob("*.js"):
        terms.update(load_js(path)[1][1])
    postings = decode_numbers(terms["baki"])
    assert len(postings) % 2 == 0 and postings and min(postings[1::2]) >= 1
    assert max(postings[1::2]) < 32  # weight and passage: one character
    assert sum(postings[0::2]) < len(all_records(index))  # the last gap lands on a record


def test_a_record_excerpts_the_lead_up_to_a_word_end():
    text = " ".join(f"word{n}" for n in range(400))
    lead = _lead(text)
    assert len(lead) <= TEXT_LIMIT and text.startswith(lead) and text[len(lead)] == " "
    assert _lead("short text") == "short text"


def test_records_kept_by_their_files_come_out_as_made_afresh(tmp_path):
    """An article's record is kept by the files it is made from (``CountMemo.sources``):
    after edits of an outlet's name, an entity's names and an article's text, the index
    patched from the memo is the one made from nothing, and the untouched articles' texts
    were not counted again."""
    import shutil

    from generator.content import load_archive
    from generator.site.model import derive
    from generator.site.search_index import CountMemo, index_files

    content = tmp_path / "content"
    shutil.copytree(FIXTURES / "archive", content)
    memo = CountMemo()
    index_files(derive(load_archive(content)), memo)
    assert len(memo.sources) == 7
    # (file, text, its edit, what the index shows of it, the records not made again: the
    # articles that neither are the file nor name it, nor come from the outlet it describes)
    edits = [("outlets/aseman.yml", "Aseman News Agency", "Aseman Agency", "Aseman Agency", 6),
             ("entities/baku.yml", "[Баку]", "[Баку, Бакуград]", '"бакуград"', 3),
             ("articles/2023-11-06-pusula-zirve.md", "İki gün süren", "Üç gün süren",
              "Üç gün süren", 6)]
    for name, old, new, shown, untouched in edits:
        path = content / name
        text = path.read_text(encoding="utf-8")
        assert old in text, (name, old)
        path.write_text(text.replace(old, new, 1), encoding="utf-8")
        model = derive(load_archive(content))
        before = dict(memo.sources)
        patched = index_files(model, memo)
        assert patched == index_files(model)
        assert shown in "".join(patched[1].values())
        assert len(set(memo.sources) & set(before)) == untouched


def test_a_memo_from_a_file_takes_passages_from_the_last_index(tmp_path):
    """A memo brought back from a file holds no passages (they are the last index's files):
    given those files, or without them (its records counted again), the index is the one made
    from nothing."""
    import pickle
    import shutil

    from generator.content import load_archive
    from generator.site.model import derive
    from generator.site.search_index import CountMemo, index_files

    content = tmp_path / "content"
    shutil.copytree(FIXTURES / "archive", content)
    article = content / "articles" / "2023-11-06-pusula-zirve.md"
    long_text = "\n\n".join(f"Paragraf {n}: " + " ".join(f"kelime{n}x{w}" for w in range(40))
                            for n in range(12))
    article.write_text(article.read_text(encoding="utf-8") + "\n" + long_text + "\n",
                       encoding="utf-8")
    model = derive(load_archive(content))
    memo = CountMemo()
    _, first = index_files(model, memo)
    assert sum(name.startswith("x/") for name in first) == 3
    loaded = pickle.loads(pickle.dumps(memo))
    assert all(not counted.passages for counted in loaded.counts.values())
    assert index_files(model, loaded, previous=first.get)[1] == first
    assert index_files(model, pickle.loads(pickle.dumps(memo)))[1] == first
    loaded.take_passages(first)
    assert any(counted.passages for counted in loaded.counts.values())
