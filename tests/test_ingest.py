"""Ingest on the real seeds: metadata and cleaning against gold; the curator's work is safe."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from generator.cli import main
from generator.content import load_archive
from generator.frontmatter import read_document

from .conftest import FIXTURES, ROOT, SEEDS

GOLD = json.loads((Path(__file__).parent / "gold" / "seeds.json").read_text(encoding="utf-8"))
SEED_NAMES = sorted(name for name in GOLD if not name.startswith("_"))


@pytest.fixture(scope="module")
def ingested(tmp_path_factory) -> Path:
    content = tmp_path_factory.mktemp("ingest") / "content"
    files = [str(SEEDS / name) for name in SEED_NAMES]
    assert main(["ingest", *files, "--manifest", str(SEEDS / "manifest.csv"),
                 "--content", str(content)]) == 0
    return content


def article_for(content: Path, seed: str):
    for path in sorted((content / "articles").glob("*.md")):
        doc = read_document(path)
        if doc.meta["raw_file"] == f"raw/{seed}":
            return path, doc
    raise AssertionError(f"no article for {seed}")


@pytest.mark.parametrize("seed", SEED_NAMES)
def test_seed_metadata_matches_gold(ingested, seed):
    gold = GOLD[seed]
    _, doc = article_for(ingested, seed)
    for field in ("language", "published", "published_text", "title", "outlet", "author",
                  "updated", "title_derived"):
        if field in gold:
            assert doc.meta.get(field) == gold[field], field


@pytest.mark.parametrize("seed", SEED_NAMES)
def test_seed_body_keeps_the_story_and_drops_the_page(ingested, seed):
    gold = GOLD[seed]
    _, doc = article_for(ingested, seed)
    for segment in gold["must_contain"]:
        assert segment in doc.body, f"missing: {segment}"
    for segment in gold["must_not_contain"]:
        assert segment not in doc.body, f"kept boilerplate: {segment}"


def test_ingested_content_passes_check_and_keeps_raw_captures(ingested):
    archive = load_archive(ingested)
    assert archive.problems.errors == []
    assert len(archive.articles) == 5
    for seed in SEED_NAMES:
        assert (ingested / "raw" / seed).read_bytes() == (SEEDS / seed).read_bytes()


def test_source_url_comes_from_the_manifest(ingested):
    _, with_url = article_for(ingested, "004_26b40dc472a4c13d.txt")
    assert with_url.meta["url"].startswith("https://sarabic.ae/20251009/")
    _, without = article_for(ingested, "002_fc528dca72532d73.txt")
    assert "url" not in without.meta


def copy_content(ingested: Path, tmp_path: Path) -> Path:
    content = tmp_path / "content"
    shutil.copytree(ingested, content)
    return content


def ingest(content: Path, *seeds: str, extra: tuple[str, ...] = ()) -> int:
    return main(["ingest", *[str(SEEDS / s) for s in seeds], "--manifest",
                 str(SEEDS / "manifest.csv"), "--content", str(content), *extra])


def test_same_capture_twice_is_recognised_by_its_hash(ingested, tmp_path, capsys):
    content = copy_content(ingested, tmp_path)
    before = {p: p.read_bytes() for p in (content / "articles").glob("*.md")}
    assert ingest(content, *SEED_NAMES) == 0
    out = capsys.readouterr().out
    assert "5 captures: 5 unchanged" in out
    assert {p: p.read_bytes() for p in (content / "articles").glob("*.md")} == before


def test_re_cleaning_a_capture_without_its_address_keeps_the_address(ingested, tmp_path):
    content = copy_content(ingested, tmp_path)
    before = {p.name: read_document(p).meta for p in (content / "articles").glob("*.md")}
    # the raw copies under content/raw/, as a curator re-cleans them after a cleaner update
    raws = sorted((content / "raw").glob("*.txt"))
    assert main(["ingest", *map(str, raws), "--content", str(content)]) == 0
    after = {p.name: read_document(p).meta for p in (content / "articles").glob("*.md")}
    assert after.keys() == before.keys()
    for name, meta in before.items():
        for field in ("url", "title", "outlet", "published"):
            assert after[name].get(field) == meta.get(field), (name, field)


def test_curator_corrections_survive_reingest(ingested, tmp_path):
    content = copy_content(ingested, tmp_path)
    path, doc = article_for(content, "004_26b40dc472a4c13d.txt")
    text = path.read_text(encoding="utf-8")
    text = text.replace("published: '2025-10-09'", "published: 2025-10-09T14:30", 1)
    text = text.replace("title_derived: true", "title_derived: false\nevent: my-event\n"
                        "title_en: Putin meets Aliyev in Dushanbe", 1)
    text = text.replace("التقى الرئيس الروسي", "التقى الرئيس الروسي [تصحيح]")
    path.write_text(text, encoding="utf-8")
    assert ingest(content, "004_26b40dc472a4c13d.txt") == 0
    after = read_document(path)
    assert after.meta["published"] == "2025-10-09T14:30"
    assert after.meta["title_derived"] is False
    assert after.meta["event"] == "my-event"
    assert after.meta["title_en"] == "Putin meets Aliyev in Dushanbe"
    assert "[تصحيح]" in after.body
    # machine fields the curator did not touch are still refreshed from the capture
    assert after.meta["language"] == "ar"
    # a correction is noted, not a change: ingesting again leaves the file as it is
    settled = path.read_bytes()
    assert ingest(content, "004_26b40dc472a4c13d.txt") == 0
    assert path.read_bytes() == settled


def test_ingest_records_what_cleaning_removed_and_why(tmp_path):
    content = tmp_path / "content"
    assert ingest(content, "001_d5152aefd5127724.txt") == 0
    (article,) = (content / "articles").glob("*.md")
    record = json.loads((content / "provenance" / f"{article.stem}.json").read_text("utf-8"))
    assert record["raw_sha256"] == read_document(article).meta["raw_sha256"]
    assert record["input"] == "text"
    reasons = {text: reason for _, text, reason in record["lines"]}
    assert reasons["ABONE OL"] == "share row, button or footer"
    assert reasons["YORUMLAR 41 TÜMÜ"] == "after the story (comments, related lists, footer)"
    kept = [text for _, text, reason in record["lines"] if reason is None]
    body = read_document(article).body
    assert kept and all(line.lstrip("-• ").strip()[:30] in body for line in kept)
    archive = load_archive(content)
    assert not archive.problems and article.stem in archive.cleaning


def test_dry_run_writes_nothing(tmp_path, capsys):
    content = tmp_path / "content"
    assert ingest(content, "000_50d3ce7fa48e1626.txt", extra=("--dry-run",)) == 0
    assert "created (dry run)" in capsys.readouterr().out
    assert not content.exists() or not any(content.rglob("*.md"))


def test_show_removed_lists_dropped_lines_with_reasons(tmp_path, capsys):
    assert ingest(tmp_path / "c", "001_d5152aefd5127724.txt", extra=("--show-removed",)) == 0
    out = capsys.readouterr().out
    assert "[share row, button or footer] ABONE OL" in out
    assert "[after the story (comments, related lists, footer)] YORUMLAR 41 TÜMÜ" in out


def test_one_bad_file_does_not_stop_the_batch(tmp_path, capsys):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x00\x01\x02 not text \x00")
    missing = tmp_path / "missing.txt"
    content = tmp_path / "content"
    code = main(["ingest", str(empty), str(SEEDS / "003_5100fcf6f57e2c28.txt"), str(binary),
                 str(missing), "--content", str(content)])
    captured = capsys.readouterr()
    assert code == 1
    assert "4 captures: 1 created, 3 failed" in captured.out
    assert f"{empty}: error: the file is empty; capture the page again" in captured.err
    assert f"{missing}: error: no such file; check the path" in captured.err
    assert f"{binary}: error:" in captured.err
    assert len(list((content / "articles").glob("*.md"))) == 1


def test_manifest_with_a_bad_address_names_the_line(tmp_path, capsys):
    manifest = tmp_path / "manifest.csv"
    manifest.write_text("file,url\na.txt,https://example.org/a\nb.txt,javascript:alert(1)\n",
                        encoding="utf-8")
    code = main(["ingest", str(SEEDS / "000_50d3ce7fa48e1626.txt"), "--manifest", str(manifest),
                 "--content", str(tmp_path / "content")])
    assert code == 1
    err = capsys.readouterr().err
    assert (f"error: {manifest}:3: 'javascript:alert(1)' is not an http(s) address; only http:// "
            "and https:// links are allowed; the capture is not ingested: fix the address or "
            "leave it empty, then ingest it again") in err


def test_legacy_encodings_are_decoded(tmp_path):
    text = (SEEDS / "003_5100fcf6f57e2c28.txt").read_text(encoding="utf-8")
    # Windows-1256 has no Persian yeh and keheh: pages in it used the Arabic letters.
    arabic_letters = str.maketrans({"ی": "ي", "ک": "ك", "\u200c": None})
    legacy = tmp_path / "persian-windows-1256.txt"
    legacy.write_bytes(text.translate(arabic_letters).encode("cp1256", errors="replace"))
    utf16 = tmp_path / "persian-utf16.txt"
    utf16.write_bytes(text.encode("utf-16"))
    content = tmp_path / "content"
    assert main(["ingest", str(legacy), str(utf16), "--content", str(content)]) == 0
    titles = {read_document(p).meta["title"] for p in (content / "articles").glob("*.md")}
    expected = GOLD["003_5100fcf6f57e2c28.txt"]["title"]
    assert titles == {expected, expected.translate(arabic_letters)}


def test_a_broken_existing_article_is_reported_not_fatal(ingested, tmp_path, capsys):
    content = copy_content(ingested, tmp_path)
    path, _ = article_for(content, "003_5100fcf6f57e2c28.txt")
    path.write_text(path.read_text(encoding="utf-8").replace("language: fa", "language: fa: x"),
                    encoding="utf-8")
    code = ingest(content, "003_5100fcf6f57e2c28.txt", "000_50d3ce7fa48e1626.txt")
    captured = capsys.readouterr()
    assert code == 1
    assert "2 captures: 1 failed, 1 unchanged" in captured.out
    assert f"the article {path.name} has a broken header" in captured.err


CAPTURES = Path(__file__).parent / "fixtures" / "captures"


def test_html_page_is_extracted_with_its_metadata(tmp_path):
    content = tmp_path / "content"
    page = CAPTURES / "vestnik_article_with_nav_and_aside.html"
    assert main(["ingest", str(page), "--url", "https://vestnik.example.ru/news/1",
                 "--content", str(content)]) == 0
    (path,) = (content / "articles").glob("*.md")
    doc = read_document(path)
    assert doc.meta["title"] == "Паромный мост между Баку и Туркменбаши открыт"
    assert doc.meta["language"] == "ru"
    assert doc.meta["published"] == "2024-03-18T10:15+03:00"  # the offset the page states
    assert doc.meta["author"] == "Иван Петров"
    assert doc.body.strip().startswith("В понедельник в бакинском порту")
    assert "## Расписание" in doc.body and "- утренний рейс в 08:00" in doc.body
    for furniture in ("Главная", "Читайте также", "Другая новость дня", "Все права защищены"):
        assert furniture not in doc.body
    outlet = read_document(content / "outlets" / "example.yml").meta
    # the page's own site name, and in Latin letters as the schema asks; a draft to describe
    assert outlet["name_native"] == "Вечерний вестник"
    assert outlet["name"] == "Vechernii vestnik" and outlet["stub"] is True
    assert "notes" not in outlet


def write_warc(path: Path, records: list[tuple[str, bytes, str, str]]) -> None:
    from io import BytesIO

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for uri, body, content_type, status in records:
            headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(uri, "response", payload=BytesIO(body),
                                                          http_headers=headers))


def test_each_html_response_of_a_warc_becomes_an_article(tmp_path, capsys):
    page = (CAPTURES / "vestnik_article_with_nav_and_aside.html").read_bytes()
    legacy = (page.decode("utf-8").replace("открыт", "закрыт")
              .replace('charset="utf-8"', 'charset="windows-1251"').encode("cp1251"))
    warc = tmp_path / "crawl.warc.gz"
    write_warc(warc, [
        ("https://vestnik.example.ru/news/1", page, "text/html; charset=utf-8", "200 OK"),
        ("https://vestnik.example.ru/logo.png", b"\x89PNG", "image/png", "200 OK"),
        ("https://vestnik.example.ru/gone", page, "text/html", "404 Not Found"),
        ("https://vestnik.example.ru/news/2", legacy, "text/html", "200 OK"),
    ])
    content = tmp_path / "content"
    assert main(["ingest", str(warc), "--content", str(content)]) == 0
    assert "2 captures: 2 created" in capsys.readouterr().out
    docs = {read_document(p).meta["url"]: read_document(p) for p in (content / "articles").glob("*.md")}
    assert docs["https://vestnik.example.ru/news/2"].meta["title"].endswith("закрыт")
    first = docs["https://vestnik.example.ru/news/1"].meta
    assert first["raw_file"] == "raw/crawl.warc.gz.records/00001.html"
    assert first["retrieved"][:4] >= "2025"  # the record's WARC-Date
    assert (content / first["raw_file"]).read_bytes() == page
    assert (content / "raw" / "crawl.warc.gz").read_bytes() == warc.read_bytes()
    assert load_archive(content).problems.errors == []  # every raw hash verifies


def test_a_broken_warc_is_reported(tmp_path, capsys):
    broken = tmp_path / "broken.warc.gz"
    broken.write_bytes(b"\x1f\x8b\x08\x00not really gzip")
    assert main(["ingest", str(broken), "--content", str(tmp_path / "content")]) == 1
    assert f"{broken}: error: not a readable WARC file" in capsys.readouterr().err


def test_an_aggregators_copy_records_the_original_outlet(tmp_path):
    content = tmp_path / "content"
    (content / "outlets").mkdir(parents=True)
    shutil.copy(ROOT / "content" / "outlets" / "fars.yml",
                content / "outlets" / "fars.yml")
    assert main(["ingest", str(SEEDS / "003_5100fcf6f57e2c28.txt"), "--manifest",
                 str(SEEDS / "manifest.csv"), "--content", str(content)]) == 0
    _, doc = article_for(content, "003_5100fcf6f57e2c28.txt")
    assert doc.meta["outlet"] == "parsinews"
    assert doc.meta["original_outlet"] == "fars"


def bay_page(title: str, paragraphs: list[str], subheading: str) -> str:
    """A page of a fictional site whose furniture no phrase list knows."""
    return "\n\n".join([
        "The Bayside Gazette", "Tide tables   Ferry notices   Letters to the editor", title,
        "4 March 2025 08:10", paragraphs[0], "Tide tables", "Gazette lifeboat appeal: give today",
        subheading, *paragraphs[1:], "Gazette lifeboat appeal: give today",
        "The Bayside Gazette, printed on the quay since 1887",
    ]) + "\n"


def test_lines_recurring_across_a_sites_pages_are_its_template(tmp_path):
    first = bay_page("Council approves a new sea wall for the harbour front", [
        "The council approved plans on Monday for a new sea wall along the harbour front.",
        "Work is expected to start in the autumn and to last two years.",
        "Residents asked for the promenade to stay open during the works."], "Two years of works")
    second = bay_page("Lifeboat crew honoured for a night rescue in a storm", [
        "Four members of the lifeboat crew were honoured on Friday for a rescue last winter.",
        "They brought two fishermen ashore in gale-force winds after midnight.",
        "The ceremony was held at the town hall in front of their families."], "A night in a gale")
    for number, text in enumerate((first, second)):
        (tmp_path / f"bay{number}.txt").write_text(text, encoding="utf-8")
    manifest = tmp_path / "manifest.csv"
    manifest.write_text("file,url\nbay0.txt,https://bayside.example.com/a\n"
                        "bay1.txt,https://bayside.example.com/b\n", encoding="utf-8")

    alone = tmp_path / "alone"
    assert main(["ingest", str(tmp_path / "bay0.txt"), "--manifest", str(manifest),
                 "--content", str(alone)]) == 0
    (path,) = (alone / "articles").glob("*.md")
    # alone, the headline is still told from the menu above it (it stands over the dateline)
    assert read_document(path).meta["title"] == \
        "Council approves a new sea wall for the harbour front"

    together = tmp_path / "together"
    assert main(["ingest", str(tmp_path / "bay0.txt"), str(tmp_path / "bay1.txt"),
                 "--manifest", str(manifest), "--content", str(together)]) == 0
    titles = set()
    for path in (together / "articles").glob("*.md"):
        doc = read_document(path)
        titles.add(doc.meta["title"])
        assert "Gazette lifeboat appeal" not in doc.body and "Tide tables" not in doc.body
        assert "printed on the quay" not in doc.body
        assert any(sub in doc.body for sub in ("Two years of works", "A night in a gale"))
    assert titles == {"Council approves a new sea wall for the harbour front",
                      "Lifeboat crew honoured for a night rescue in a storm"}

    # a later capture of the site is cleaned with what the archive already holds
    third = bay_page("Harbour market returns for the summer", [
        "The harbour market returns on Saturday with forty stalls.",
        "Traders said bookings were higher than last year.",
        "Parking on the quay will be closed on market days."], "Forty stalls")
    (tmp_path / "bay2.txt").write_text(third, encoding="utf-8")
    assert main(["ingest", str(tmp_path / "bay2.txt"), "--url", "https://bayside.example.com/c",
                 "--content", str(together)]) == 0
    newest = max((together / "articles").glob("*.md"), key=lambda p: "market" in p.name)
    assert "market" in newest.name
    assert "Gazette lifeboat appeal" not in read_document(newest).body


def test_a_latin_page_in_a_legacy_code_page_gets_its_own_letters(tmp_path):
    text = ("Portada\nEl puerto inaugura una terminal de cruceros alimentada con energía solar\n"
            "21 de abril de 2025 - 17:05\n"
            + "\n".join(["El puerto de la ciudad inauguró este lunes una nueva terminal que "
                         "funciona con la energía de sus paneles solares, dijo el señor Muñoz.",
                         "La obra duró tres años y costó sesenta millones de euros según la "
                         "autoridad portuaria, que espera diez mil pasajeros al día.",
                         "Los vecinos del barrio marítimo llevaban años quejándose del humo de "
                         "los barcos y recibieron la noticia con cautela."]) + "\n")
    (tmp_path / "es.txt").write_bytes(text.encode("cp1252"))
    content = tmp_path / "content"
    assert main(["ingest", str(tmp_path / "es.txt"), "--content", str(content)]) == 0
    body = read_document(next((content / "articles").glob("*.md"))).body
    assert "tres años" in body and "Muñoz" in body and "ń" not in body


def test_a_short_page_wrapped_at_a_margin_is_rejoined(tmp_path):
    story = ("Residents of a small harbour town have voted by a narrow margin to ban private cars "
             "from its medieval quarter from next spring.")
    cut = story.rfind(" ", 0, 80)
    lines = ["The Harbour Herald", "", "Harbour town votes to ban cars from its old quarter", "",
             "3 September 2024", "", story[:cut], story[cut + 1:], "",
             "The council said delivery vans would still be allowed early in the morning, and",
             "that residents with mobility needs would receive permits.", "",
             "The ban will be reviewed after a trial year, the mayor said.", ""]
    assert all(len(line) <= 80 for line in lines)
    (tmp_path / "wrapped.txt").write_text("\n".join(lines), encoding="utf-8")
    content = tmp_path / "content"
    assert main(["ingest", str(tmp_path / "wrapped.txt"), "--content", str(content)]) == 0
    body = read_document(next((content / "articles").glob("*.md"))).body
    assert story in body
    assert ("The council said delivery vans would still be allowed early in the morning, and "
            "that residents with mobility needs would receive permits.") in body


def test_two_captures_of_one_story_keep_what_they_share(tmp_path):
    story = ["The council approved plans on Monday for a new sea wall along the harbour front.",
             "Work is expected to start in the autumn and to last two years.",
             "Residents asked for the promenade to stay open during the works."]
    desktop = bay_page("Council approves a new sea wall for the harbour front", story,
                       "Two years of works")
    mobile = desktop.replace("The Bayside Gazette\n", "Bayside Gazette mobile\n")
    (tmp_path / "desktop.txt").write_text(desktop, encoding="utf-8")
    (tmp_path / "mobile.txt").write_text(mobile, encoding="utf-8")
    manifest = tmp_path / "manifest.csv"
    manifest.write_text("file,url\ndesktop.txt,https://bayside.example.com/a\n"
                        "mobile.txt,https://m.bayside.example.com/a\n", encoding="utf-8")
    content = tmp_path / "content"
    assert main(["ingest", str(tmp_path / "desktop.txt"), str(tmp_path / "mobile.txt"),
                 "--manifest", str(manifest), "--content", str(content)]) == 0
    for path in (content / "articles").glob("*.md"):
        assert "Two years of works" in read_document(path).body


@pytest.mark.parametrize("seed", ["001_d5152aefd5127724.txt", "003_5100fcf6f57e2c28.txt"])
def test_mojibake_is_repaired(tmp_path, seed):
    """UTF-8 once decoded as Latin-1 and saved again ("GÃœNCELLEME", "Ø¨Ù‡")."""
    text = (SEEDS / seed).read_text(encoding="utf-8")
    garbled = tmp_path / f"garbled-{seed}"
    garbled.write_text(text.encode("utf-8").decode("latin-1"), encoding="utf-8")
    content = tmp_path / "content"
    assert main(["ingest", str(garbled), "--content", str(content)]) == 0
    (path,) = (content / "articles").glob("*.md")
    assert read_document(path).meta["title"] == GOLD[seed]["title"]


def test_without_an_address_the_outlet_is_the_name_the_page_prints(tmp_path):
    seed = SEEDS / "000_50d3ce7fa48e1626.txt"  # "AzerVoice Logo", "© 2026 Azervoice."
    fresh = tmp_path / "fresh"
    assert main(["ingest", str(seed), "--content", str(fresh)]) == 0
    _, doc = article_for(fresh, seed.name)
    assert doc.meta["outlet"] == "azervoice"
    assert read_document(fresh / "outlets" / "azervoice.yml").meta["name"] == "AzerVoice"
    registered = tmp_path / "registered"
    (registered / "outlets").mkdir(parents=True)
    (registered / "outlets" / "az-voice.yml").write_text(
        "name: AzerVoice\nkind: online news\n", encoding="utf-8")
    assert main(["ingest", str(seed), "--content", str(registered)]) == 0
    _, doc = article_for(registered, seed.name)
    assert doc.meta["outlet"] == "az-voice"


def test_a_capture_that_is_the_seeds_own_bytes_is_in_content_raw():
    for path in SEEDS.glob("*.txt"):
        assert (ROOT / "content" / "raw" / path.name).read_bytes() == path.read_bytes()


def _second_capture(tmp_path, seed: str, keep: int) -> tuple[Path, Path]:
    """A shorter capture of the seed's own address: the first ``keep`` lines of its story."""
    lines = (SEEDS / seed).read_text(encoding="utf-8").splitlines()
    second = tmp_path / "again" / seed
    second.parent.mkdir()
    second.write_text("\n".join(lines[:keep]) + "\n", encoding="utf-8")
    url = dict(row.split(",", 1) for row in
               (SEEDS / "manifest.csv").read_text(encoding="utf-8").splitlines()[1:])[seed]
    manifest = second.parent / "manifest.csv"
    manifest.write_text(f"file,url\n{seed},{url}\n", encoding="utf-8")
    return second, manifest


def test_a_new_capture_of_a_known_address_never_replaces_the_article(tmp_path, capsys):
    content = tmp_path / "content"
    seed = "001_d5152aefd5127724.txt"
    assert ingest(content, seed) == 0
    path, doc = article_for(content, seed)
    # the curator annotates a passage of the story
    quote = doc.body.split("\n\n")[-1].split(".")[0][:40].strip()
    text = path.read_text(encoding="utf-8").replace(
        "\nraw_sha256:", f"\nannotations:\n  - quote: {json.dumps(quote)}\n    note: A note.\n"
        "raw_sha256:", 1)
    path.write_text(text, encoding="utf-8")
    before = path.read_bytes()
    capsys.readouterr()

    second, manifest = _second_capture(tmp_path, seed, 40)
    assert main(["ingest", str(second), "--manifest", str(manifest), "--content", str(content)]) == 0
    out = capsys.readouterr().out
    assert "another capture" in out and "the article is unchanged" in out
    assert path.read_bytes() == before  # text, curator fields and annotations as they were
    assert main(["check", "--content", str(content)]) == 0
    assert "0 errors, 0 warnings" in capsys.readouterr().out
    # the new capture is kept: raw bytes beside the first, its cleaned text in provenance
    raws = sorted(p.name for p in (content / "raw").iterdir())
    assert len(raws) == 2 and seed in raws
    (record,) = (content / "provenance" / f"{path.stem}.captures").glob("*.json")
    data = json.loads(record.read_text(encoding="utf-8"))
    assert data["raw_file"].startswith("raw/") and data["raw_file"] != f"raw/{seed}"
    assert data["differs"]["removed"] > 0 and data["body"]

    # --replace refuses while a curator note would point at text that is gone
    assert main(["ingest", str(second), "--manifest", str(manifest), "--content", str(content),
                 "--replace"]) == 1
    err = capsys.readouterr().err
    assert "--replace would leave 1 curator note(s)" in err and quote[:20] in err
    assert path.read_bytes() == before


def test_replace_takes_the_new_text_and_keeps_the_old_capture(tmp_path, capsys):
    content = tmp_path / "content"
    seed = "001_d5152aefd5127724.txt"
    assert ingest(content, seed) == 0
    path, doc = article_for(content, seed)
    old_body = doc.body.strip()
    second, manifest = _second_capture(tmp_path, seed, 40)
    assert main(["ingest", str(second), "--manifest", str(manifest), "--content", str(content),
                 "--replace"]) == 0
    _, new = article_for_path(path)
    assert new.body.strip() != old_body and new.meta["raw_file"] != f"raw/{seed}"
    kept = [json.loads(p.read_text(encoding="utf-8"))
            for p in (content / "provenance" / f"{path.stem}.captures").glob("*.json")]
    assert [k["raw_file"] for k in kept] == [f"raw/{seed}"] and kept[0]["body"] == old_body
    assert main(["check", "--content", str(content)]) == 0


def article_for_path(path: Path):
    return path, read_document(path)


def test_a_capture_with_one_short_paragraph_is_ingested_and_flagged(tmp_path, capsys):
    capture = tmp_path / "short.txt"
    capture.write_text("Home\n\nNews\n\nMinister visits the port\n\n12 May 2025 10:00\n\n"
                       "The minister visited the new port on Monday and met its workers.\n\n"
                       "Share\n", encoding="utf-8")
    assert main(["ingest", str(capture), "--url", "https://port.example.com/news/1",
                 "--content", str(tmp_path / "content")]) == 0
    assert "flagged short: only" in capsys.readouterr().out
    (path,) = (tmp_path / "content" / "articles").glob("*.md")
    doc = read_document(path)
    assert doc.meta["machine"]["short"] is True
    assert "The minister visited the new port" in doc.body


def test_re_cleaning_never_takes_away_a_passage_a_curator_note_points_at(tmp_path, capsys,
                                                                         monkeypatch):
    content = tmp_path / "content"
    seed = "001_d5152aefd5127724.txt"
    assert ingest(content, seed) == 0
    path, doc = article_for(content, seed)
    last = doc.body.strip().split("\n\n")[-1]
    quote = last.split(".")[0][:40].strip()
    text = path.read_text(encoding="utf-8").replace(
        "\nraw_sha256:", f"\nannotations:\n  - quote: {json.dumps(quote)}\n    note: A note.\n"
        "raw_sha256:", 1)
    path.write_text(text, encoding="utf-8")
    before = path.read_bytes()

    # a later cleaner that no longer keeps the last paragraph
    from generator.ingest import pipeline

    original = pipeline.clean_text

    def stricter(*args, **kwargs):
        result = original(*args, **kwargs)
        result.blocks = result.blocks[:-1]
        return result

    monkeypatch.setattr(pipeline, "clean_text", stricter)
    capsys.readouterr()
    assert ingest(content, seed, extra=("-v",)) == 0
    out = capsys.readouterr().out
    assert "body: kept the current text: re-cleaning would leave 1 curator note(s)" in out
    assert read_document(path).body == read_document_bytes(before).body
    assert main(["check", "--content", str(content)]) == 0

    # asked for, the re-cleaned text is taken
    assert ingest(content, seed, extra=("--allow-stale",)) == 0
    assert last not in read_document(path).body


def read_document_bytes(data: bytes):
    from generator.frontmatter import parse_markdown

    return parse_markdown(data.decode("utf-8"))


def test_an_html_capture_loses_nothing_silently(tmp_path, capsys):
    from generator.ingest.pipeline import LEFT_BY_EXTRACTOR

    page = FIXTURES / "captures" / "gold" / "en_html.html"
    content = tmp_path / "content"
    assert main(["ingest", str(page), "--url", "https://tidings.example.com/2024/09/03/cars",
                 "--content", str(content), "--show-removed"]) == 0
    out = capsys.readouterr().out
    assert f"[{LEFT_BY_EXTRACTOR}] Related stories" in out
    (record,) = (content / "provenance").glob("*.json")
    lines = json.loads(record.read_text(encoding="utf-8"))["lines"]
    texts = {text: reason for _, text, reason in lines}
    # every block of the page is in the record: kept, or removed with a reason
    for block in ("The Tidings", "Related stories", "About time, the traffic has been unbearable.",
                  "Residents of a small harbour town have voted by a narrow margin to ban "
                  "private cars from its medieval quarter from next spring."):
        assert block in texts
    assert texts["Related stories"] == LEFT_BY_EXTRACTOR
    assert texts["Residents of a small harbour town have voted by a narrow margin to ban "
                 "private cars from its medieval quarter from next spring."] is None


def test_ingest_on_several_cores_makes_the_same_archive(tmp_path):
    """Cleaning in worker processes, storing in one: every file comes out byte for byte as a
    single process makes it (but for the minute ingest ran, which the record notes)."""
    import re

    captures = sorted(p for p in (ROOT / "tests" / "fixtures" / "captures" / "gold").glob("*")
                      if p.name != "manifest.csv")
    manifest = ROOT / "tests" / "fixtures" / "captures" / "gold" / "manifest.csv"
    made = {}
    for jobs in (1, 2):
        content = tmp_path / f"content-{jobs}"
        code = main(["ingest", *map(str, captures), "--manifest", str(manifest),
                     "--content", str(content), "--jobs", str(jobs)])
        assert code == 0
        made[jobs] = {p.relative_to(content).as_posix():
                      re.sub(rb"ingested: '?[0-9T:-]+'?", b"ingested: -", p.read_bytes())
                      for p in sorted(content.rglob("*")) if p.is_file()}
    assert len(made[1]) > 100
    assert made[1] == made[2]


def test_file_names_are_transliterated_from_any_script(tmp_path):
    from generator.ingest.pipeline import _title_slug

    assert _title_slug("Путин и Алиев провели переговоры в Душанбе", "0" * 64) == \
        "putin-i-aliev-proveli-peregovory-v-dushanbe"
    assert _title_slug("بوتين يلتقي علييف في دوشنبه", "0" * 64) == "bwtyn-yltqy-lyyf-fy-dwshnbh"
    assert _title_slug("İlham Əliyev Moskvada", "0" * 64) == "ilham-eliyev-moskvada"
    assert _title_slug("Путин Әлиевтен кешірім сұрады", "0" * 64) == "putin-alievten-keshirim-surady"
    assert _title_slug("«»", "abcdef0123456789") == "abcdef0123"  # nothing left: the hash
    # Georgian and Armenian as their names are romanised (not "bak-oshi", "powtinn-ow")
    assert _title_slug("ირაკლი კობახიძე ბაქოში", "0" * 64) == "irakli-kobakhidze-bakoshi"
    assert _title_slug("Պուտինն ու Ալիևը Դուշանբեում", "0" * 64) == "putinn-u-alieve-dushanbeum"
    # the first words that fit, not the short words after a long one that does not
    assert _title_slug("Poutine présente ses excuses à Aliev pour le crash de l'avion d'AZAL",
                       "0" * 64) == "poutine-presente-ses-excuses-a-aliev-pour-le"
    code = main(["ingest", str(SEEDS / "003_5100fcf6f57e2c28.txt"), "--content",
                 str(tmp_path / "content")])
    assert code == 0
    names = [p.name for p in (tmp_path / "content" / "articles").glob("*.md")]
    assert len(names) == 1 and names[0].isascii() and not names[0].endswith("5100fcf6f5.md")


def test_a_publication_time_keeps_the_offset_the_page_states(tmp_path):
    story = ("The two ministers met on Thursday in the capital and agreed to resume the talks. "
             "Officials said the meeting had been constructive. ") * 4
    page = (
        "<html lang='en'><head><meta charset='utf-8'><title>Ministers meet in the capital</title>"
        "<meta property='article:published_time' content='2025-10-09T16:05:00+03:30'></head>"
        "<body><article><h1>Ministers meet in the capital</h1><p>9 October 2025 16:05</p>"
        f"<p>{story}</p><p>{story}</p></article></body></html>")
    source = tmp_path / "page.html"
    source.write_text(page, encoding="utf-8")
    content = tmp_path / "content"
    assert main(["ingest", str(source), "--content", str(content)]) == 0
    meta = read_document(next((content / "articles").glob("*.md"))).meta
    assert meta["published"] == "2025-10-09T16:05+03:30"


def test_a_text_dateline_that_prints_its_zone_gives_the_offset(tmp_path):
    story = ("Паромная линия между двумя портами открылась в понедельник утром. Первые "
             "пассажиры поднялись на борт рано, и рейс прошёл спокойно. ") * 4
    capture = tmp_path / "parom.txt"
    capture.write_text(f"Паром открыт между портами\n\n18 марта 2024, 10:15 МСК\n\n{story}\n\n{story}\n",
                       encoding="utf-8")
    content = tmp_path / "content"
    assert main(["ingest", str(capture), "--content", str(content)]) == 0
    meta = read_document(next((content / "articles").glob("*.md"))).meta
    assert meta["published"] == "2024-03-18T10:15+03:00"  # Moscow time, as printed
    assert "МСК" in meta["published_text"]


def test_ingest_says_what_it_found_in_each_capture(tmp_path, capsys):
    content = tmp_path / "content"
    files = [str(SEEDS / name) for name in SEED_NAMES]
    assert main(["ingest", *files, "--manifest", str(SEEDS / "manifest.csv"),
                 "--content", str(content)]) == 0
    table = capsys.readouterr().out.splitlines()
    assert table[0].split() == ["capture", "result", "lang", "published", "outlet", "title",
                                "check", "article"]
    row = next(line for line in table if line.startswith("003_"))
    # one line: its language, its date and where the date came from, outlet, title
    assert " fa " in row and "2022-05-14T09:47 (printed)" in row and " parsinews " in row
    assert "اولین تماس تلفنی" in row
    assert "title derived" in next(line for line in table if line.startswith("004_"))
    assert table[-1] == "5 captures: 5 created; 2 with something to check"
    # the same as data, and the JSON alone on stdout
    assert main(["ingest", *files, "--manifest", str(SEEDS / "manifest.csv"),
                 "--content", str(content), "--json"]) == 0
    records = {r["capture"]: r for r in json.loads(capsys.readouterr().out)}
    assert records["003_5100fcf6f57e2c28.txt"]["published_source"] == "printed"
    assert records["003_5100fcf6f57e2c28.txt"]["result"] == "unchanged"
    assert records["004_26b40dc472a4c13d.txt"]["flags"] == ["title derived"]
    assert records["002_fc528dca72532d73.txt"]["flags"] == ["no outlet"]


def test_the_table_keeps_persian_joiners_and_aligns_wide_titles(tmp_path, capsys):
    from generator.cli import _columns
    from generator.schema import printable

    assert printable("علی\u200cاف") == "علی\u200cاف"  # a joiner spells the word
    assert printable("a\u202eb\x1b") == "a\\u202eb\\x1b"  # a direction override, an escape
    assert _columns("علی\u200cاف") == 5 and _columns("戰勝詹姆斯") == 10
    captures = []
    for name, title in (("fa.txt", "دیدار پوتین و علی\u200cاف در دوشنبه"),
                        ("zh.txt", "9年來第1次戰勝詹姆斯"), ("en.txt", "Putin and Aliyev meet")):
        path = tmp_path / name
        path.write_text(f"{title}\n\n9 October 2025\n\n" + " ".join([title] * 12) + ".\n",
                        encoding="utf-8")
        captures.append(str(path))
    assert main(["ingest", *captures, "--content", str(tmp_path / "content")]) == 0
    rows = [line for line in capsys.readouterr().out.splitlines()
            if line.split(" ", 1)[0] in ("fa.txt", "zh.txt", "en.txt")]
    assert len(rows) == 3
    # the column after the title starts at the same terminal column on every row
    starts = {_columns(row[: row.index("2025-10-09-")]) for row in rows}
    assert len(starts) == 1, rows


def test_an_html_body_is_plain_text_without_markdown_escapes_or_formatting_tags():
    from generator.ingest.html import extract_html

    story = " ".join(["The council met on Monday and approved the plan for the new bridge."] * 4)
    page = ("<html><body><article><h1>Council approves the bridge</h1>"
            f"<p>{story}</p><p>1. The first point of the plan, in <u>underlined</u> words.</p>"
            "<p>Tunisia fell to the 142<sup>e</sup> position [CNET] this year, it said.</p>"
            f"<h2>[Engadget]</h2><p>{story}</p></article></body></html>")
    text = extract_html(page).text
    assert "1. The first point of the plan, in underlined words." in text
    assert "142e position [CNET] this year" in text
    assert "## [Engadget]" in text
    assert "\\" not in text and "<" not in text


def test_a_story_laid_out_in_a_table_is_found_in_the_page_and_its_source_lines_rejoined(
        tmp_path):
    from generator.frontmatter import read_document

    sentence = ("I am a rather elderly man, and the nature of my avocations for the last "
                "thirty years has brought me into contact with an interesting set of men.")
    # the page's source breaks its lines inside sentences; the browser shows spaces there
    wrapped = sentence.replace(", ", ",\n        ")
    cells = "".join(f"<tr><td><p>{wrapped} Part {n}.</p></td></tr>" for n in range(6))
    page = (f"<html><head><title>Bartleby, a study text</title></head><body><table>{cells}"
            f"</table><pre>keep\n   this</pre></body></html>")
    (tmp_path / "study.html").write_text(page, encoding="utf-8")
    content = tmp_path / "content"
    assert main(["ingest", str(tmp_path / "study.html"), "--content", str(content)]) == 0
    body = read_document(next((content / "articles").glob("*.md"))).body
    assert f"{sentence} Part 0." in body


def test_a_photo_captions_date_is_not_the_storys(tmp_path):
    dump = tmp_path / "stadium.txt"
    dump.write_text("\n".join([
        "Home  News  Sport  Weather",
        "",
        "City council approves the new stadium after a decade of delays",
        "",
        "In this March 3, 2006, file photo, the old stadium stands empty. (AP Photo/J. Doe)",
        "",
        "By A. Reporter On 11/13/19 at 4:00 PM EST",
        "",
        "The city council voted 7 to 2 on Wednesday to approve the new stadium, ending a dispute "
        "that began more than ten years ago over its cost and its place by the river.",
        "",
        "Supporters said the building would bring visitors to the riverside all year, while its "
        "opponents warned that the council had not yet said how the city would pay its share.",
        "",
        "Work is expected to start next spring and to last about three years, the mayor said.",
    ]), encoding="utf-8")
    content = tmp_path / "content"
    assert main(["ingest", str(dump), "--url", "https://news.example.com/stadium-approved",
                 "--content", str(content)]) == 0
    (path,) = (content / "articles").glob("*.md")
    assert str(read_document(path).meta["published"]).startswith("2019-11-13")


def test_a_standfirst_the_page_marks_up_is_kept_in_its_own_field_and_shown_escaped(tmp_path):
    story = ("Президент России провел в Душанбе переговоры с президентом Азербайджана. Стороны "
             "обсудили катастрофу самолета и расследование. ") * 3
    page = (
        "<html lang='ru'><head><meta charset='utf-8'>"
        "<title>Путин и Алиев провели переговоры - РИА Новости, 09.10.2025</title></head><body>"
        "<nav><a href='/'>Главная</a> <a href='/p/'>Политика</a></nav><article>"
        "<h1>Путин и Алиев провели переговоры</h1><time>09.10.2025 14:10</time>"
        "<div class='article__announce'>Президенты обсудили <b>катастрофу</b> &lt;script&gt;"
        "</div><div class='article__text'>"
        f"<p>{story}</p><p>{story}</p></div></article></body></html>")
    source = tmp_path / "ria.html"
    source.write_text(page, encoding="utf-8")
    content = tmp_path / "content"
    assert main(["ingest", str(source), "--content", str(content)]) == 0
    doc = read_document(next((content / "articles").glob("*.md")))
    assert doc.meta["standfirst"] == "Президенты обсудили катастрофу <script>"
    assert "Президенты обсудили" not in doc.body  # the story's text, as the extractor kept it
    # the site's name without the date its title prints after it
    outlet = next((content / "outlets").glob("*.yml")).read_text(encoding="utf-8")
    assert "РИА Новости\n" in outlet and "09.10.2025" not in outlet
    from generator.build import build

    build(content, tmp_path / "docs")
    html = next((tmp_path / "docs" / "articles").glob("*.md")).read_text(encoding="utf-8")
    assert '<p class="standfirst" lang="ru" dir="ltr">Президенты обсудили катастрофу ' \
           '&lt;script&gt;</p>' in html


def _html_page(head: str, header: str, lang: str = "it") -> str:
    story = ("Il presidente russo ha incontrato a Dushanbe il presidente azero e si è scusato "
             "per l'abbattimento dell'aereo della compagnia di bandiera. ") * 3
    return (f"<html lang='{lang}'><head><meta charset='utf-8'>{head}</head><body>"
            f"<header><nav><a href='/'>Home</a> <a href='/mondo'>Mondo</a></nav>{header}</header>"
            "<article><h1>Putin si scusa con Aliyev a Dushanbe</h1>"
            f"<div class='testo'><p>{story}</p><p>{story}</p></div></article>"
            "<footer><p>© 2025 Notizie. Tutti i diritti riservati.</p></footer></body></html>")


def _ingest_page(tmp_path: Path, page: str, url: str | None) -> dict:
    source = tmp_path / "page.html"
    source.write_text(page, encoding="utf-8")
    content = tmp_path / "content"
    args = ["ingest", str(source), "--content", str(content)]
    assert main([*args, "--url", url] if url else args) == 0
    return read_document(next((content / "articles").glob("*.md"))).meta


def test_an_html_pages_copyright_year_is_no_publication_date(tmp_path):
    # nothing dates the page but its footer's "© 2025": no date, and not the 1st of January
    meta = _ingest_page(tmp_path, _html_page("<title>Putin si scusa con Aliyev</title>", ""),
                        "https://notizie.example.it/mondo/putin-si-scusa-con-aliyev")
    assert "published" not in meta


def test_an_html_pages_address_dates_it_where_nothing_else_does(tmp_path):
    # a Solar Hijri day in the address (15 Mehr 1404), and the footer's year: the address wins
    meta = _ingest_page(tmp_path, _html_page("<title>گفت‌وگوی تلفنی</title>", ""),
                        "https://www.tasnim.example.ir/fa/news/1404/07/15/3412345/")
    assert (str(meta["published"]), meta["published_source"]) == ("2025-10-07", "address")


def test_an_html_pages_date_printed_outside_its_story_region_is_read(tmp_path):
    # the day is printed in the page's header block, which the extractor leaves out
    header = "<div class='masthead-date'><span>15 agosto 2016, 13:43</span></div>"
    meta = _ingest_page(tmp_path, _html_page("<title>Putin si scusa con Aliyev</title>", header),
                        None)
    assert str(meta["published"]).startswith("2016-08-15")
    assert meta["published_source"] == "printed"


def test_an_html_pages_title_bar_dates_it_where_nothing_else_does(tmp_path):
    head = "<title>Putin si scusa con Aliyev a Dushanbe - 07.12.2017 - NOTIZIE</title>"
    meta = _ingest_page(tmp_path, _html_page(head, ""), None)
    assert str(meta["published"]) == "2017-12-07"


def _masthead_dump(today: str, copyright_line: str) -> str:
    return "\n".join([
        "  • Новини", "  • Статті", "  • Блоги", "", f"ZAXID NET {today}", "",
        "Наступного тижня на Україну чекають аномальна спека та грози", "",
        "Синоптики попереджають про аномальну спеку, яка триматиметься в Україні щонайменше "
        "до вихідних, а на заході країни можливі грози та короткочасні дощі.", "",
        "У понеділок, 8 червня, в Україні буде переважно сонячно, вітер південно-східний, "
        "а температура вдень сягне двадцяти шести градусів тепла на заході.", "",
        "Таку спеку синоптики обіцяють як мінімум до вихідних, а на сході температура "
        "перетне позначку тридцяти чотирьох градусів.", "", copyright_line])


@pytest.mark.parametrize("today, copyright_line, expected", [
    # the masthead's "today" without a year: the copyright's last year, where the weekday
    # falls on that day then (Sunday 7 June 2020)
    ("7 ЧЕРВНЯ, НЕДІЛЯ", "Усі права захищені. © 2005—2020, Zaxid.net", "2020-06-07"),
    # the weekday does not fall on that day in that year: no date
    ("7 ЧЕРВНЯ, НЕДІЛЯ", "Усі права захищені. © 2005—2021, Zaxid.net", None),
    # no year anywhere: no date
    ("7 ЧЕРВНЯ, НЕДІЛЯ", "Усі права захищені.", None),
])
def test_a_mastheads_day_without_a_year_dates_a_page_that_prints_nothing_else(
        tmp_path, today, copyright_line, expected):
    dump = tmp_path / "zaxid.txt"
    dump.write_text(_masthead_dump(today, copyright_line), encoding="utf-8")
    content = tmp_path / "content"
    assert main(["ingest", str(dump), "--content", str(content)]) == 0
    meta = read_document(next((content / "articles").glob("*.md"))).meta
    if expected is None:
        assert "published" not in meta
    else:
        assert str(meta["published"]) == expected
        assert meta["published_source"] == "printed" and meta["published_uncertain"] is True


def test_a_sites_name_marked_up_as_its_h1_is_not_the_title(tmp_path):
    # the logo is the page's only <h1>; the headline is an <h2>, and the page's <title> holds
    # both: the title is the headline, which the text does not then repeat
    page = (
        "<html lang='ru'><head><meta charset='utf-8'><title>Путин и Алиев встретились в Душанбе"
        " | Новости Азербайджана</title></head><body><header><h1 class='logo'><a href='/'>"
        "Новости Азербайджана</a></h1><ul><li><a href='/p'>Политика</a></li></ul></header>"
        "<div class='content'><h2>Путин и Алиев встретились в Душанбе</h2>"
        "<div class='date'>09 Октября 2025 14:22</div><div class='text'>"
        + "".join(f"<p>Президент Азербайджана и президент России встретились в Душанбе, где "
                  f"проходит саммит, и обсудили катастрофу самолета, абзац {n}.</p>"
                  for n in range(4))
        + "</div></div><footer>© 2025 Новости Азербайджана</footer></body></html>")
    meta = _ingest_page(tmp_path, page, "https://news.example.az/ru/politics/123456.html")
    assert meta["title"] == "Путин и Алиев встретились в Душанбе"
    body = read_document(next((tmp_path / "content" / "articles").glob("*.md"))).body
    assert not body.lstrip().startswith("Путин и Алиев встретились")
