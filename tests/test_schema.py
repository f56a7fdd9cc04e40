"""The content model: what each schema accepts, and the exact messages a curator sees."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from generator.schema import Article, Event, Outlet

HASH = "a" * 64


def messages(model, data) -> list[tuple[str, str]]:
    with pytest.raises(ValidationError) as info:
        model.model_validate(data)
    return [(".".join(map(str, e["loc"])), e["msg"].removeprefix("Value error, "))
            for e in info.value.errors()]


def test_minimal_article_is_valid():
    article = Article.model_validate({"title": "Başlık", "language": "tr", "raw_sha256": HASH})
    assert article.url is None and article.event is None and article.keywords == []


@pytest.mark.parametrize("published", ["2022-05-14", "2022-05-14T09:47", "2022-05-14T09:47:00+04:30"])
def test_published_accepts_iso_dates_and_times(published):
    article = Article.model_validate(
        {"title": "t", "language": "fa", "raw_sha256": HASH, "published": published})
    assert article.published == published


@pytest.mark.parametrize("value", ["14 May 2022", "2022-5-14", "1401-02-24x", "2022-02-30"])
def test_published_rejects_other_forms(value):
    assert messages(Article, {"title": "t", "language": "fa", "raw_sha256": HASH,
                              "published": value}) == [
        ("published", f"'{value}' is not an ISO 8601 date; write it as YYYY-MM-DD or YYYY-MM-DDTHH:MM")
    ]


@pytest.mark.parametrize("url", ["javascript:alert(1)", "ftp://example.org/x", "data:text/html,x",
                                 "//example.org/x"])
def test_only_http_links_are_accepted(url):
    assert messages(Article, {"title": "t", "language": "en", "raw_sha256": HASH, "url": url}) == [
        ("url", f"'{url}' is not an http(s) address; only http:// and https:// links are allowed")
    ]


def test_language_must_be_a_known_bcp47_tag():
    assert messages(Article, {"title": "t", "language": "Persian", "raw_sha256": HASH}) == [
        ("language", "'Persian' is not a BCP 47 language tag such as 'fa' or 'az-Latn'")
    ]
    assert Article.model_validate({"title": "t", "language": "az-Arab", "raw_sha256": HASH})


def test_unknown_fields_are_errors_not_ignored():
    errors = messages(Article, {"title": "t", "language": "en", "raw_sha256": HASH, "titel": "x"})
    assert errors == [("titel", "Extra inputs are not permitted")]


def test_event_requires_a_date_and_its_title_is_asked_for_by_check():
    # an event made from proposals may have no English title yet: check warns (test_suggest)
    assert {loc for loc, _ in messages(Event, {"place": "Baku"})} == {"date"}


def test_primary_source_urls_are_checked():
    errors = messages(Event, {"title": "t", "date": "2025-10-09",
                              "primary_sources": [{"title": "x", "url": "javascript:x"}]})
    assert errors[0][0] == "primary_sources.0.url"


def test_outlet_kind_is_one_of_the_documented_kinds():
    assert Outlet.model_validate({"name": "X", "kind": "news agency"}).kind.value == "news agency"
    assert messages(Outlet, {"name": "X", "kind": "tabloid"})[0][0] == "kind"
