"""Renaming an article or an event without breaking anything that points at it.

``archive rename OLD NEW`` moves the file (an article with its cleaning record and its other
captures), rewrites every reference to it in the content (an article's ``event`` field, links
in curator Markdown), and records a redirect in ``content/redirects.yml`` so that the old
address keeps working: the archive plugin hands it to MkDocs' redirects plugin
(``mkdocs-redirects``), which writes a page that forwards readers to the new one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from .frontmatter import FrontMatterError, dump_yaml, parse_yaml
from .fsutil import write_atomic
from .schema import ARTICLE_NAME, ID_PATTERN

REDIRECTS = "redirects.yml"
TEXT_FOLDERS = ("articles", "events", "outlets", "entities")


class RenameError(Exception):
    """The rename cannot be done; the message says why and what to do. Nothing was moved."""


@dataclass
class Renamed:
    kind: str  # "article" or "event"
    old: str
    new: str
    moved: list[tuple[Path, Path]] = field(default_factory=list)
    edited: list[Path] = field(default_factory=list)
    redirects: dict[str, str] = field(default_factory=dict)


def _stem(value: str) -> str:
    return Path(value).name.removesuffix(".md")


def plan(content: Path, old: str, new: str) -> Renamed:
    """What renaming ``old`` (an article's or event's file name or id) to ``new`` does."""
    old, new = _stem(old), _stem(new)
    article, event = content / "articles" / f"{old}.md", content / "events" / f"{old}.md"
    if article.is_file() and event.is_file():
        raise RenameError(f"'{old}' is both an article and an event; give the file's path "
                          "(articles/... or events/...)")
    if article.is_file():
        kind, folder, pattern = "article", "articles", ARTICLE_NAME
    elif event.is_file():
        kind, folder, pattern = "event", "events", ID_PATTERN
    else:
        raise RenameError(f"no article or event '{old}' in {content}; give the name of a file "
                          "of articles/ or events/")
    if not pattern.match(new):
        rule = ("letters a-z, digits, '-', '_' and '.'" if kind == "article"
                else "lower-case letters, digits and hyphens")
        raise RenameError(f"'{new}' cannot name an {kind}: use {rule}")
    if new == old:
        raise RenameError(f"'{old}' already has that name")
    target = content / folder / f"{new}.md"
    if target.exists():
        raise RenameError(f"{target} exists already; choose another name (nothing is overwritten)")
    renamed = Renamed(kind, old, new)
    renamed.moved.append((content / folder / f"{old}.md", target))
    pages = {f"{folder}/{old}.md": f"{folder}/{new}.md"}
    if kind == "article":
        provenance = content / "provenance"
        for suffix in (".json", ".captures"):
            source = provenance / f"{old}{suffix}"
            if source.exists():
                destination = provenance / f"{new}{suffix}"
                if destination.exists():
                    raise RenameError(f"{destination} exists already; move it away first")
                renamed.moved.append((source, destination))
        pages[f"captures/{old}.md"] = f"captures/{new}.md"
    renamed.redirects = pages
    return renamed


def _references(text: str, renamed: Renamed) -> str:
    """``text`` with its links to the old page (``events/old.md``, ``../articles/old/``)
    pointing at the new one."""
    folder = "articles" if renamed.kind == "article" else "events"
    link = re.compile(rf"(?<![\w-]){folder}/{re.escape(renamed.old)}(?=\.md\b|/|\)|#|\s|$)")
    text = link.sub(f"{folder}/{renamed.new}", text)
    if renamed.kind == "article":
        captures = re.compile(rf"(?<![\w-])captures/{re.escape(renamed.old)}(?=\.md\b|/|\)|#|\s|$)")
        text = captures.sub(f"captures/{renamed.new}", text)
    return text


def _event_field(text: str, renamed: Renamed) -> str:
    """An article's text with ``event: old`` (in its header only) made ``event: new``."""
    if not text.startswith("---"):
        return text
    end = text.find("\n---", 3)
    if end < 0:
        return text
    header = re.sub(rf"(?m)^(event:[ \t]*)(['\"]?){re.escape(renamed.old)}\2[ \t]*$",
                    rf"\g<1>\g<2>{renamed.new}\g<2>", text[:end])
    return header + text[end:]


def apply(content: Path, renamed: Renamed, *, dry_run: bool = False) -> Renamed:
    """Do the rename: references first (each file written atomically), then the moves, then
    the redirects."""
    for folder in TEXT_FOLDERS:
        for path in sorted((content / folder).glob("*")):
            if not path.is_file() or path.suffix not in (".md", ".yml", ".yaml"):
                continue
            text = path.read_text(encoding="utf-8")
            changed = _references(text, renamed)
            if renamed.kind == "event" and folder == "articles":
                changed = _event_field(changed, renamed)
            if changed != text:
                renamed.edited.append(path)
                if not dry_run:
                    write_atomic(path, changed)
    if not dry_run:
        for source, destination in renamed.moved:
            source.rename(destination)
        _record_redirects(content, renamed.redirects)
    return renamed


def load_redirects(content: Path) -> dict[str, str]:
    """``content/redirects.yml``: old page -> new page (paths of generated pages)."""
    path = content / REDIRECTS
    if not path.is_file():
        return {}
    try:
        data = parse_yaml(path.read_text(encoding="utf-8")).meta
    except (FrontMatterError, OSError, UnicodeDecodeError):
        return {}
    return {str(old): str(new) for old, new in data.items()}


def _record_redirects(content: Path, pages: dict[str, str]) -> None:
    redirects = load_redirects(content)
    # an address renamed twice forwards straight to its latest name
    redirects = {old: pages.get(new, new) for old, new in redirects.items()}
    redirects.update(pages)
    redirects = {old: new for old, new in redirects.items() if old != new}
    header = ("# Old page -> new page, written by `archive rename`; MkDocs' redirects plugin\n"
              "# (mkdocs-redirects) forwards readers of an old address to the new one.\n")
    write_atomic(content / REDIRECTS, header + dump_yaml(dict(sorted(redirects.items()))))
