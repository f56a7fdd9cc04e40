"""Benchmark of ``archive discover``: a generated crawl, its speed, memory and quality.

    python -m tests.benchmarks.discover --records 100000 [--files 4] [--jobs 1 2]
        [--scheduler local:2]

Writes a crawl of ``--records`` HTML pages answered 200 in ``--files`` WARC.gz files: news-like
pages in six languages (words drawn as ``synthetic`` draws them), most of them about nothing in
the archive, with reports of the archive's event ``putin-aliyev-dushanbe-2025`` planted among
them (in English, Russian, Turkish, Azerbaijani, Arabic and Persian) and hard negatives: the
same two people on another day, by phone, in a book, two days before the event. Then runs
``discover`` with each number of processes asked, and on each Dask cluster asked (``local:2``
starts a local cluster of two workers), and reports records per second (and per core), the
peak memory of the command and of its workers, and the recall and precision of the planted
reports among the candidates at the default score. Every run reads the whole crawl (``--fresh``:
no journal of an earlier run is used).
"""

from __future__ import annotations

import argparse
import io
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from ..conftest import ROOT
from . import synthetic

EVENT = "putin-aliyev-dushanbe-2025"
REPORT_EVERY = 400  # one planted report (or hard negative) in this many pages

# (language, title, lead): reports of the meeting in Dushanbe on 9 October 2025
REPORTS = [
    ("en", "Putin and Aliyev meet in Dushanbe",
     "Russian President Vladimir Putin met Azerbaijani President Ilham Aliyev in Dushanbe on "
     "Thursday, on the sidelines of his visit to Tajikistan, and spoke of the AZAL crash."),
    ("ru", "Путин и Алиев встретились в Душанбе",
     "Владимир Путин встретился с Ильхамом Алиевым в Душанбе в четверг, на полях визита в "
     "Таджикистан, и выразил соболезнования в связи с крушением самолёта AZAL."),
    ("tr", "Putin ile Aliyev Duşanbe'de görüştü",
     "Rusya Devlet Başkanı Vladimir Putin, Azerbaycan Cumhurbaşkanı İlham Aliyev ile "
     "Tacikistan'ın başkenti Duşanbe'de bir araya geldi ve AZAL kazasını konuştu."),
    ("az", "Putin və Əliyev Düşənbədə görüşüb",
     "Rusiya Prezidenti Vladimir Putin Azərbaycan Prezidenti İlham Əliyev ilə Düşənbədə "
     "görüşüb və AZAL təyyarəsinin qəzasına görə təəssüf ifadə edib."),
    ("ar", "بوتين يلتقي علييف في دوشنبه",
     "التقى الرئيس الروسي فلاديمير بوتين الرئيس الأذربيجاني إلهام علييف في دوشنبه على هامش "
     "زيارته إلى طاجيكستان، وتحدث عن تحطم طائرة أزال."),
    ("fa", "دیدار پوتین و علی‌اف در دوشنبه",
     "ولادیمیر پوتین رئیس‌جمهور روسیه با الهام علی‌اف رئیس‌جمهور آذربایجان در دوشنبه دیدار "
     "کرد و درباره سقوط هواپیمای آزال گفت‌وگو کرد."),
]
# (title, lead, published): the same people on another occasion
NEGATIVES = [
    ("Putin and Aliyev speak by phone", "Vladimir Putin and Ilham Aliyev spoke by telephone "
     "about the South Caucasus, the Kremlin said.", "2025-10-12"),
    ("Putin and Aliyev to meet in Dushanbe next week", "Vladimir Putin will meet Ilham Aliyev "
     "in Tajikistan, the Kremlin announced on Tuesday.", "2025-10-07"),
    ("A book on Putin and Aliyev", "A new book traces two decades of talks between Vladimir "
     "Putin and Ilham Aliyev, from Baku to Moscow.", "2021-04-02"),
    ("Putin and Aliyev discuss transit by phone", "Vladimir Putin and Ilham Aliyev discussed "
     "the North–South transport corridor in a phone call.", "2025-06-20"),
]


def html_page(title: str, paragraphs: list[str], published: str, lang: str) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}'
            f'</title><meta property="article:published_time" content="{published}T10:00:00Z">'
            f'</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article>'
            f"<h1>{title}</h1>{body}</article><footer>© Example</footer></body></html>"
            ).encode()


def write_crawl(folder: Path, records: int, files: int, seed: int = 7) -> dict:
    """The crawl's files in ``folder``; what was planted where (addresses)."""
    rng = random.Random(seed)
    vocab = synthetic.vocabularies(rng)
    codes = list(vocab)
    planted = {"reports": [], "negatives": []}
    per_file = -(-records // files)
    number = 0
    for part in range(files):
        with (folder / f"crawl-{part:03}.warc.gz").open("wb") as out:
            writer = WARCWriter(out, gzip=True)
            for _ in range(min(per_file, records - number)):
                number += 1
                day = f"2025-10-{rng.randint(1, 28):02}"
                if number % REPORT_EVERY == 0:
                    if (number // REPORT_EVERY) % 3:
                        lang, title, lead = REPORTS[number % len(REPORTS)]
                        url = f"https://{lang}.news.example/2025/10/09/report-{number}.html"
                        payload = html_page(title, [lead] + _filler(rng, vocab[lang], 4),
                                            "2025-10-09", lang)
                        planted["reports"].append(url)
                        fetched = "2025-10-09T18:00:00Z"
                    else:
                        title, lead, published = NEGATIVES[number % len(NEGATIVES)]
                        url = f"https://en.news.example/{published.replace('-', '/')}/n-{number}"
                        payload = html_page(title, [lead] + _filler(rng, vocab["en"], 4),
                                            published, "en")
                        planted["negatives"].append(url)
                        fetched = "2025-10-10T08:00:00Z"  # a crawl revisits old pages
                else:
                    lang = rng.choice(codes)
                    paragraphs = _filler(rng, vocab[lang], rng.randint(3, 8))
                    title = paragraphs[0][:60]
                    url = f"https://{lang}.example/{day.replace('-', '/')}/story-{number}.html"
                    payload = html_page(title, paragraphs, day, lang)
                    fetched = f"{day}T12:00:00Z"
                headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                           protocol="HTTP/1.1")
                writer.write_record(writer.create_warc_record(
                    url, "response", payload=io.BytesIO(payload), http_headers=headers,
                    warc_headers_dict={"WARC-Date": fetched}))
    return planted


def _filler(rng: random.Random, vocab: synthetic.Vocabulary, paragraphs: int) -> list[str]:
    return [" ".join(synthetic._sentence(rng, vocab, rng.randint(8, 20))
                     for _ in range(rng.randint(2, 5))) for _ in range(paragraphs)]


def run(folder: Path, how: list[str]) -> dict:
    out = folder / f"candidates-{'-'.join(how).strip('-').replace(':', '')}.json"
    command = [sys.executable, "-m", "generator", "discover", str(folder / "*.warc.gz"),
               "--event", EVENT, "--content", str(ROOT / "content"), *how, "--fresh",
               "--out", str(out)]
    started = time.perf_counter()
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    seconds = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(result.stderr)
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {"seconds": round(seconds, 1), "summary": " / ".join(result.stderr.strip().splitlines()[-2:]),
            "peak_mb": round(max(peak, before) / 1024), "candidates": json.loads(
                out.read_text(encoding="utf-8"))}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--files", type=int, default=4)
    parser.add_argument("--jobs", type=int, nargs="*", default=[1, 2])
    parser.add_argument("--scheduler", nargs="*", default=[],
                        help="Dask schedulers to run on too (local:2)")
    parser.add_argument("--keep", type=Path, help="write the crawl here and keep it")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="discover-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    planted = write_crawl(folder, args.records, args.files)
    size = sum(p.stat().st_size for p in folder.glob("*.warc.gz"))
    print(f"crawl: {args.records:,} pages in {args.files} files, {size / 1e6:.0f} MB, "
          f"{len(planted['reports'])} reports and {len(planted['negatives'])} hard negatives "
          f"planted ({time.perf_counter() - started:.0f} s to write)")
    reports = set(planted["reports"])
    runs = [(["--jobs", str(jobs)], jobs) for jobs in args.jobs]
    runs += [(["--scheduler", address], int(address.split(":")[1])
              if address.startswith("local:") else 1) for address in args.scheduler]
    for how, cores in runs:
        found = run(folder, how)
        urls = [c["url"] for c in found["candidates"]]
        right = sum(1 for u in urls if u in reports)
        recall = right / len(reports) if reports else 0.0
        precision = right / len(urls) if urls else 0.0
        rate = args.records / found["seconds"]
        print(f"{' '.join(how)}: {found['seconds']} s, {rate:,.0f} records/s "
              f"({rate / cores:,.0f} per process), peak memory {found['peak_mb']} MB; "
              f"{len(urls)} candidates: recall {recall:.3f}, precision {precision:.3f}")
        wrong = [u for u in urls if u not in reports]
        if wrong:
            print("   wrong: " + ", ".join(wrong[:5]))
        print(f"   {found['summary']}")


if __name__ == "__main__":
    main()
