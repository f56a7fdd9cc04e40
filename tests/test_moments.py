"""Times right: local times placed by their offset or their outlet's time zone, a date without
a time after the reports of that day that have one."""

from __future__ import annotations

import shutil
from xml.etree import ElementTree as ET

import pytest

from generator.build import build
from generator.text.dates import find_dates
from generator.text.moments import Moment

from .conftest import FIXTURES

ATOM = "{http://www.w3.org/2005/Atom}"


def test_a_local_time_is_placed_by_its_zone_or_its_offset():
    tehran = Moment.parse("2025-10-09T16:05", "Asia/Tehran")
    assert tehran.utc().isoformat() == "2025-10-09T12:35:00+00:00"
    assert tehran.shown() == "2025-10-09 16:05 +03:30"
    assert Moment.parse("2025-10-09T16:05+03:30").utc() == tehran.utc()
    unknown = Moment.parse("2025-10-09T16:05")
    assert unknown.utc().isoformat() == "2025-10-09T16:05:00+00:00" and not unknown.known_zone
    assert Moment.parse("2025-10-09T16:05", "Not/AZone").utc() == unknown.utc()


def test_a_date_without_a_time_sorts_after_that_days_timed_reports():
    reports = [Moment.parse("2025-10-09"), Moment.parse("2025-10-09T23:10", "Asia/Baku"),
               Moment.parse("2025-10-08"), Moment.parse("2025-10-09T08:00", "Europe/Moscow")]
    ordered = sorted(reports, key=Moment.sort_key)
    assert [m.shown() for m in ordered] == [
        "2025-10-08 (date only)", "2025-10-09 08:00 +03:00", "2025-10-09 23:10 +04:00",
        "2025-10-09 (date only)"]


def test_the_spread_and_the_feed_use_real_instants(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(FIXTURES / "archive", content)
    outlet = content / "outlets" / "aseman.yml"
    outlet.write_text(outlet.read_text(encoding="utf-8") + "timezone: Asia/Tehran\n", "utf-8")
    out = tmp_path / "docs"
    build(content, out, site_name="Test archive", site_url="https://example.org/")
    page = (out / "events" / "caspian-bridge-opening.md").read_text(encoding="utf-8")
    assert "<td><span class=\"date\">2024-03-19 09:30 +03:30</span></td>" in page  # Aseman prints Tehran time
    assert "<td><span class=\"date\">2024-03-18 (date only)</span></td><td>same day</td>" in page
    feed = ET.parse(out / "feed.xml").getroot()
    stamps = {e.findtext(f"{ATOM}title"): e.findtext(f"{ATOM}updated")
              for e in feed.iter(f"{ATOM}entry")}
    assert stamps["Water summit in Amman ends without an agreement"] == "2023-11-06T18:00:00Z"


@pytest.mark.parametrize(("line", "iso"), [
    ("18 March 2024, 10:15 GMT+3", "2024-03-18T10:15+03:00"),
    ("09.10.2025, 16:05 (UTC+03:30)", "2025-10-09T16:05+03:30"),
    ("2024-03-18 10:15 +0300", "2024-03-18T10:15+03:00"),
    ("18 March 2024 10:15 UTC", "2024-03-18T10:15+00:00"),
    ("May 14, 2022 9:47 EST", "2022-05-14T09:47-05:00"),
    ("24 Yanvar 2026 19:49 Bakı vaxtı", "2026-01-24T19:49+04:00"),
    ("12 Kasım 2024 14:30 TSİ", "2024-11-12T14:30+03:00"),
    ("5 мая 2024 г., 14:00 МСК", "2024-05-05T14:00+03:00"),
    ("5 мая 2012 г., 14:00 мск", "2012-05-05T14:00+04:00"),   # Moscow's offset that year
    ("۲۴ اردیبهشت ۱۴۰۱ ساعت ۱۶:۰۵ به وقت تهران", "2022-05-14T16:05+04:30"),  # Iran's summer time
    ("۲۴ اردیبهشت ۱۴۰۲ ساعت ۱۶:۰۵ به وقت تهران", "2023-05-14T16:05+03:30"),  # abolished in 2023
    ("21 يناير 2026 الساعة 10:30 بتوقيت مكة المكرمة", "2026-01-21T10:30+03:00"),
    ("18 March 2024, 10:15 Estonia", "2024-03-18T10:15"),      # not a zone
    ("18 March 2024 10:15", "2024-03-18T10:15"),
    ("18 March 2024 GMT+3", "2024-03-18"),                      # no time, no offset
])
def test_a_dateline_keeps_the_zone_it_prints(line, iso):
    found = find_dates(line)
    assert found and found[0].iso == iso
    if "+" in iso[10:] or "-" in iso[10:]:
        assert Moment.parse(found[0].iso).known_zone
