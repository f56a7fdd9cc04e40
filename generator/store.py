"""The article store: writing article files the one way, and the one rule for who owns a field.

Field order and ownership are declared with the fields in ``schema`` (``field_order``,
``machine_fields``); a field the machine detected and the curator changed since is the
curator's from then on (``schema.corrected``). Ingest, ``mentions`` and ``assign`` all write
through here.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .content import load_profiles
from .entities import Registry
from .frontmatter import FrontMatterError, read_document, render_markdown
from .fsutil import write_atomic
from .problems import Problems
from .schema import Article, corrected, field_order, machine_fields

MACHINE_FIELDS = machine_fields(Article)
"""The fields ingest owns (declared in the schema, with each field)."""
FIELD_ORDER = field_order(Article)


def render_article(meta: dict[str, Any], body: str) -> str:
    """An article file's text, its fields in the usual order; raises ValueError (pydantic's
    ValidationError) rather than give text that `check` would reject."""
    ordered = {name: meta[name] for name in FIELD_ORDER if name in meta}
    ordered.update({k: v for k, v in meta.items() if k not in ordered})
    Article.model_validate(ordered)
    return render_markdown(ordered, body)


def load_registry(content: Path) -> Registry:
    """The name authority of a content folder (files that do not validate are left out:
    ``check`` reports them)."""
    _, entities = load_profiles(content, Problems())
    return Registry({entity_id: entry.meta for entity_id, entry in entities.items()})


def refresh_mentions(content: Path, *, dry_run: bool = False) -> list[tuple[Path, str]]:
    """Find the registry's entities in every article again and update the machine-owned
    ``mentions`` where the curator has not corrected it. Returns (article, what happened)."""
    registry = load_registry(content)
    results: list[tuple[Path, str]] = []
    for path in sorted((content / "articles").glob("*.md")):
        try:
            doc = read_document(path)
        except (FrontMatterError, OSError, UnicodeDecodeError) as exc:
            message = getattr(exc, "message", str(exc))
            results.append((path, f"skipped: {message}; fix it (python -m generator check)"))
            continue
        meta = dict(doc.meta)
        title, language = str(meta.get("title") or ""), str(meta.get("language") or "en")
        found = registry.mentions(f"{title}\n{doc.body}", language)
        record = meta.get("machine") or {}
        detected = dict(record.get("detected") or {})
        current = meta.get("mentions") or []
        kept = corrected(meta, detected, "mentions")
        if (detected.get("mentions") or []) == found and (kept or current == found):
            results.append((path, "unchanged"))
            continue
        if found:
            detected["mentions"] = found
        else:
            detected.pop("mentions", None)
        # the record of what was found, so that a later correction is recognised (an article
        # written by hand gets a record holding only this)
        meta["machine"] = {**record, "detected": detected}
        status = "kept the curator's list" if kept else "updated"
        if not kept:
            if found:
                meta["mentions"] = found
            else:
                meta.pop("mentions", None)
        try:
            text = render_article(meta, doc.body)
        except ValueError:
            results.append((path, "skipped: it does not pass check; fix it "
                                  "(python -m generator check)"))
            continue
        if not dry_run:
            write_atomic(path, text)
        results.append((path, status))
    return results
