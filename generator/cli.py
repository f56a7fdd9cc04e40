"""Command line: ``python -m generator <command>`` (also installed as ``archive``).

Exit codes: 0 success, 1 content problems or failed captures, 2 wrong usage.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
from pathlib import Path

from . import __version__

DEFAULT_CONTENT = Path("content")
DEFAULT_DOCS = Path("generated")


def _progress(index: int, total: int, name: str, started: float | None = None) -> None:
    """A progress bar on a terminal: done, the rate and the time left."""
    if sys.stderr.isatty() and total > 1:
        width = 30
        done = int(width * index / total)
        pace = ""
        if started is not None and index:
            elapsed = max(time.monotonic() - started, 1e-6)
            rate = index / elapsed
            pace = f" {rate:.1f}/s, {max(total - index, 0) / rate:.0f} s left"
        sys.stderr.write(f"\r[{'#' * done}{'.' * (width - done)}] {index}/{total}{pace} "
                         f"{name[:32]:<32}")
        sys.stderr.flush()
        if index == total:
            sys.stderr.write("\n")


def _captures_in(args: argparse.Namespace) -> list[Path]:
    """The files named, a folder standing for the files in it (hidden ones and its
    manifest.csv left out; that manifest is used when no --manifest is given)."""
    files: list[Path] = []
    for given in args.files:
        if not given.is_dir():
            files.append(given)
            continue
        manifest = given / "manifest.csv"
        if manifest.is_file() and args.manifest is None:
            args.manifest = manifest
            print(f"using {manifest} as the manifest", file=sys.stderr)
        files += sorted(p for p in given.iterdir() if p.is_file() and not p.name.startswith(".")
                        and p.name != "manifest.csv")
    return files


def cmd_ingest(args: argparse.Namespace) -> int:
    from .ingest.pipeline import Ingester, ManifestError, Outcome, Status, read_manifest
    from .schema import address_problem, iso_date_or_time, printable

    args.files = _captures_in(args)
    if args.url and len(args.files) != 1:
        print("error: --url names the address of one capture; give exactly one FILE with it",
              file=sys.stderr)
        return 2
    urls: dict[str, str | None] = {}
    refused: dict[str, str] = {}
    if args.url and (problem := address_problem(args.url)):
        print(f"error: --url: {problem}; give the page's http(s) address", file=sys.stderr)
        return 2
    seen: dict[str, str] = {}
    if args.retrieved:
        try:
            args.retrieved = iso_date_or_time(args.retrieved)
        except ValueError as exc:
            print(f"error: --retrieved: {exc}", file=sys.stderr)
            return 2
    if args.manifest:
        try:
            manifest = read_manifest(args.manifest)
        except ManifestError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
        urls, refused, seen = manifest.urls, manifest.refused, manifest.seen
        for note in manifest.notes:
            print(f"warning: {note}", file=sys.stderr)
    # a manifest given among the captures (``ingest captures/*``) is not a capture
    if args.manifest:
        args.files = [f for f in args.files if f.resolve() != args.manifest.resolve()]
    ingester = Ingester(args.content, dry_run=args.dry_run, replace=args.replace,
                        allow_stale=args.allow_stale)
    # when each file's page was saved, where the curator says: the manifest's row, else
    # --retrieved for the whole batch
    ingester.seen = {f: seen[f.name] if f.name in seen else args.retrieved
                     for f in args.files if f.name in seen or args.retrieved}
    # Lines that recur on several pages of one site are its template: learn them first.
    ingester.learn_templates([(f, args.url or urls.get(f.name)) for f in args.files])
    outcomes = []
    usable = [(f, args.url or urls.get(f.name)) for f in args.files
              if f.name not in refused and f.is_file()]
    stored = ingester.ingest_files(usable, jobs=args.jobs or os.cpu_count() or 1)
    started = time.monotonic()
    for index, source in enumerate(args.files, start=1):
        if source.name in refused:
            results = [Outcome(source, Status.FAILED, message=refused[source.name])]
        elif not source.is_file():
            results = [Outcome(source, Status.FAILED, message="no such file; check the path")]
        else:
            results = next(stored)  # in the order given, whichever process cleaned it
        outcomes += results
        _progress(index, len(args.files), source.name, started)
        notes = sys.stderr if args.json else sys.stdout  # the JSON alone on stdout
        for outcome in results:
            name = outcome.label or source.name
            if (args.verbose or args.dry_run or outcome.status is Status.ANOTHER_CAPTURE
                    or any(c.startswith("flagged") for c in outcome.changes)):
                for change in outcome.changes:
                    print(f"  {name}: {change}", file=notes)
            if args.show_removed:
                print(f"--- {name}: {len(outcome.removed)} lines removed", file=notes)
                for removed in outcome.removed:
                    print(f"  line {removed.line:>4} [{removed.reason}] {removed.text}",
                          file=notes)
    # an outlet first known by a later page changes earlier ones: settle them now, so that
    # the batch comes out as it would the next time
    for settled in ingester.settle_names():
        for number, outcome in enumerate(outcomes):
            if outcome.article == settled.article and settled.article is not None:
                settled.status = outcome.status  # what happened to it in this batch
                outcomes[number] = settled
    print(_as_data(outcomes, args.dry_run) if args.json else _summary(outcomes, args.dry_run))
    given = {f.name for f in args.files}
    unused = [message for name, message in refused.items() if name not in given]
    for message in unused:  # a refused row of a capture not in this batch: still an error
        print(f"error: {message}", file=sys.stderr)
    failed = [o for o in outcomes if o.status is Status.FAILED]
    for outcome in failed:
        where = outcome.source if not outcome.label or outcome.label == outcome.source.name \
            else f"{outcome.source} (record {outcome.label.rsplit('#', 1)[-1]})"
        print(f"{where}: error: {printable(outcome.message, 400)}", file=sys.stderr)
    return 1 if failed or unused else 0


def _columns(text: str) -> int:
    """Columns ``text`` takes in a terminal: CJK characters two, joiners and combining marks
    (Persian's non-joiner, Devanagari's vowel signs) none."""
    import unicodedata

    from .ingest.paragraphs import width

    if text.isascii():
        return len(text)
    return width(text) - sum(1 for ch in text if ch in "\u200c\u200d\u200b\u2060"
                             or unicodedata.combining(ch) or unicodedata.category(ch) == "Mn")


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _summary(outcomes, dry_run: bool) -> str:
    """One line per capture: what happened to it, and what ingest found in it (language,
    date and where it came from, outlet, title, what to check), then the article's file."""
    from .ingest.pipeline import Status
    from .schema import printable

    rows = [("capture", "result", "lang", "published", "outlet", "title", "check", "article")]
    for outcome in outcomes:
        found = outcome.found
        article = outcome.article.name if outcome.article else printable(outcome.message, 160)
        status = outcome.status + (" (dry run)" if dry_run and outcome.status in (
            Status.CREATED, Status.UPDATED) else "")
        published = ""
        if found.get("published"):
            published = f"{str(found['published'])[:16]} ({found.get('published_source', '?')})"
        rows.append((outcome.label or outcome.source.name, status, found.get("language", ""),
                     published, found.get("outlet", ""),
                     printable(_clip(str(found.get("title", "")), 48), 60),
                     ", ".join(found.get("flags", [])), article))
    widths = [max(_columns(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(cell + " " * (widths[i] - _columns(cell)) for i, cell in enumerate(row))
             .rstrip() for row in rows]
    counts = {}
    for outcome in outcomes:
        counts[outcome.status] = counts.get(outcome.status, 0) + 1
    total = ", ".join(f"{n} {status}" for status, n in sorted(counts.items()))
    flagged = sum(1 for outcome in outcomes if outcome.found.get("flags"))
    tail = f"; {flagged} with something to check" if flagged else ""
    return "\n".join(lines + [f"{counted(len(outcomes), 'capture')}: {total}{tail}"])


def _as_data(outcomes, dry_run: bool) -> str:
    """The same as ``_summary``, as JSON: one object per capture."""
    import json

    records = []
    for outcome in outcomes:
        record = {"capture": outcome.label or outcome.source.name, "file": str(outcome.source),
                  "result": str(outcome.status), "dry_run": dry_run,
                  "article": str(outcome.article) if outcome.article else None}
        if outcome.message:
            record["message"] = outcome.message
        for name in ("title", "title_derived", "title_uncertain", "language", "published",
                     "published_text", "published_source", "published_uncertain", "outlet",
                     "original_outlet", "url",
                     "author", "flags"):
            if name in outcome.found:
                record[name] = outcome.found[name]
        records.append(record)
    return json.dumps(records, ensure_ascii=False, indent=1, default=str)


def cmd_check(args: argparse.Namespace) -> int:
    from .content import advise, load_archive

    archive = load_archive(args.content)
    advise(archive)
    for problem in archive.problems:
        print(problem)
    errors = len(archive.problems.errors)
    warnings = len(archive.problems.warnings)
    todos = len(archive.problems.todos)
    print(f"checked {counted(len(archive.articles), 'article')}, "
          f"{counted(len(archive.events), 'event')}, {counted(len(archive.outlets), 'outlet')}, "
          f"{counted(len(archive.entities), 'entity', 'entities')}: "
          f"{counted(errors, 'error')}, {counted(warnings, 'warning')}"
          + (f", {todos} to do" if todos else ""))
    if errors or (args.strict and warnings) or (args.fail_on_todo and todos):
        return 1
    return 0


def counted(count: int, singular: str, plural: str | None = None) -> str:
    """"1 article", "2 articles" (``plural``: where adding an s is not it)."""
    return f"{count} {singular if count == 1 else plural or singular + 's'}"


def cmd_mentions(args: argparse.Namespace) -> int:
    from .store import refresh_mentions

    results = refresh_mentions(args.content, dry_run=args.dry_run)
    counts: dict[str, int] = {}
    for path, status in results:
        counts[status.split(":")[0]] = counts.get(status.split(":")[0], 0) + 1
        if status != "unchanged":
            print(f"{path}: {status}" + (" (dry run)" if args.dry_run else ""),
                  file=sys.stderr if status.startswith("skipped") else sys.stdout)
    summary = ", ".join(f"{n} {status}" for status, n in sorted(counts.items()))
    print(f"{counted(len(results), 'article')}: {summary or 'none'}")
    return 1 if counts.get("skipped") else 0


def cmd_discover(args: argparse.Namespace) -> int:
    from datetime import date

    from .content import _did_you_mean
    from .discover.crawl import is_address
    from .discover.run import (
        ClusterError,
        Job,
        Journal,
        Progress,
        as_csv,
        as_json,
        crawl_files,
        discover_files,
        weigher_for,
    )
    from .fsutil import write_atomic

    dates = {}
    for name in ("since", "until"):
        value = getattr(args, name)
        try:
            dates[name] = date.fromisoformat(value) if value else None
        except ValueError:
            print(f"error: --{name} {value!r} is not a date; give it as YYYY-MM-DD",
                  file=sys.stderr)
            return 2
    try:
        files = crawl_files(args.crawl)
    except (OSError, ImportError, ValueError) as exc:
        print(f"error: the crawl files could not be listed ({exc}); check the address, and "
              "for s3:// install s3fs", file=sys.stderr)
        return 2
    missing = [path for path in files if not is_address(path) and not Path(path).is_file()]
    if missing or not files:
        for path in missing:
            print(f"error: {path}: no such crawl file; give WARC or WARC.gz files, or a "
                  "pattern such as 'crawl/*.warc.gz'", file=sys.stderr)
        if not files:
            print("error: no crawl file matches; check the pattern", file=sys.stderr)
        return 2
    languages = frozenset(part.strip().lower().split("-")[0]
                          for part in (args.languages or "").split(",") if part.strip())
    if any(not re.fullmatch(r"[a-z]{2,3}", language) for language in languages):
        print(f"error: --languages {args.languages!r}: give language codes separated by "
              "commas (az,fa,ru)", file=sys.stderr)
        return 2
    job = Job(str(args.content), args.event, dates["since"], dates["until"], args.min_score,
              languages)
    try:
        weigher_for(job)
    except KeyError:
        hint = _did_you_mean(args.event, args.content / "events")
        print(f"error: no event '{args.event}' in {args.content / 'events'};{hint} list the "
              "events with `ls content/events`", file=sys.stderr)
        return 2
    journal = Journal(args.content.resolve().parent / ".cache" / "archive" / "discover"
                      / f"{args.event}-{job.key()}.jsonl")
    if args.fresh and journal.path.exists():
        journal.path.unlink()
    progress = Progress(len(files), show=_progress_line() if sys.stderr.isatty() else None)
    jobs = args.jobs or os.cpu_count() or 1
    try:
        found = discover_files(files, job, jobs=jobs, scheduler=args.scheduler,
                               journal=journal, progress=progress)
    except ClusterError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"\nstopped after {counted(progress.done, 'crawl file')} of {len(files)}: "
              "each file finished is kept in the job's journal; run the same command again "
              "and only the rest is read", file=sys.stderr)
        return 130
    if sys.stderr.isatty():
        print(file=sys.stderr)
    if journal.problem:
        print(f"warning: the job's journal could not be kept ({journal.problem}); a run "
              "stopped now would read every file again", file=sys.stderr)
    for damage in found.damage:
        print(f"damaged: {damage}", file=sys.stderr)
    for problem in found.unreadable:
        print(f"no story: {problem}", file=sys.stderr)
    if args.out:
        text = as_json(found.candidates) if args.out.suffix == ".json" else \
            as_csv(found.candidates)
        write_atomic(args.out, text)
    else:
        for candidate in found.candidates:
            print(f"{candidate.score:.2f}  {candidate.url or candidate.file + '@' + str(candidate.offset)}"
                  f"\n      {candidate.language}  {candidate.published or 'undated'}  "
                  f"{candidate.title}")
            for reason in candidate.reasons:
                print(f"      {reason}")
    print(f"{counted(found.files, 'crawl file')}: {counted(found.pages, 'page')} read, "
          f"{found.sifted} passed the sieve (the event's names, its days"
          + (", its languages" if languages else "") + "), "
          + (f"{found.other_language} found in another language, " if languages else "")
          + f"{counted(len(found.candidates), 'candidate')} scoring {args.min_score:.2f} or more"
          + (f", written to {args.out}" if args.out else "")
          + (f"; {counted(len(found.damage), 'damaged stretch', 'damaged stretches')} skipped"
             if found.damage else ""), file=sys.stderr)
    seconds = time.monotonic() - progress.started
    print(f"{found.records - progress.carried:,} records read in {seconds:,.1f} s "
          f"({progress.rate():,.0f} records/s)"
          + (f"; {counted(progress.lost, 'worker process')} died, and the files "
             "they held were weighed again" if progress.lost else "")
          + (f"; {counted(found.resumed, 'crawl file')} weighed by an earlier run of this job "
             "were not read again (--fresh reads everything)" if found.resumed else ""),
          file=sys.stderr)
    if not args.ingest:
        return 0
    from .discover.take import take
    from .ingest.pipeline import Status
    from .schema import printable

    def ingest() -> int:
        outcomes = take(found.candidates, args.content)
        print(_summary(outcomes, False))
        failed = [o for o in outcomes if o.status is Status.FAILED]
        for outcome in failed:
            print(f"{outcome.label}: error: {printable(outcome.message, 400)}",
                  file=sys.stderr)
        return 1 if failed else 0

    # the archive is locked for the writing only, not for the (long) reading of the crawl
    return _writing(args.content, ingest)


def _progress_line():
    """A line on the terminal, redrawn at most four times a second: files done, records read
    and records a second, pages, pages that passed the sieve, candidates."""
    last = [0.0]

    def show(progress) -> None:
        now = time.monotonic()
        if now - last[0] < 0.25 and progress.done < progress.files:
            return
        last[0] = now
        print(f"\r{progress.done}/{progress.files} files  {progress.records:,} records "
              f"({progress.rate():,.0f}/s)  {progress.pages:,} pages  {progress.sifted:,} "
              f"passed the sieve  {progress.candidates:,} candidates ", end="",
              file=sys.stderr, flush=True)

    return show


def cmd_suggest(args: argparse.Namespace) -> int:
    import json

    from .content import load_archive
    from .problems import display_path
    from .suggest import PLACE_SCORE, suggest

    archive = load_archive(args.content)
    if archive.problems.errors:
        # Work on the rest: an article with an error is left out, and said so.
        broken = {problem.path for problem in archive.problems.errors}
        archive.articles = [a for a in archive.articles if display_path(a.path) not in broken]
        for problem in archive.problems.errors:
            print(f"skipped: {problem}", file=sys.stderr)
        print(f"{counted(len(broken), 'file')} with errors {'was' if len(broken) == 1 else 'were'} left out; fix them "
              "(python -m generator check) and run suggest again", file=sys.stderr)
    suggestions = suggest(archive)
    root = Path.cwd()
    if args.json:
        print(json.dumps([s.as_json(root) for s in suggestions], ensure_ascii=False, indent=1))
        return 0
    print(f"placing needs a score of {PLACE_SCORE:.2f}. A score is the chance that the "
          "placement is right, as estimated on the project's evaluation set (reports in 19 "
          "languages, most of them other occasions of the same people); there, every "
          "placement at or above it was right. Check the ones below 0.90 before accepting.\n")
    for item in suggestions:
        if item.needs_date:
            target = f"needs a date (best candidate: event {item.candidate})"
        else:
            target = f"event {item.event}" if item.event else f"new group {item.new_group}"
        print(f"{item.as_json(root)['article']}\n  -> {target} (score {item.score:.2f})")
        for reason in item.reasons:
            print(f"     {reason}")
    placed = sum(1 for s in suggestions if s.event)
    undated = sum(1 for s in suggestions if s.needs_date)
    groups = {s.new_group for s in suggestions if s.new_group}
    print(f"{counted(len(suggestions), 'unassigned article')}: {placed} placed in existing "
          f"events, {undated} {'needs' if undated == 1 else 'need'} a date, "
          f"{len(suggestions) - placed - undated} in "
          f"{counted(len(groups), 'proposed new event')}")
    if suggestions:
        print("accept one: python -m generator assign ARTICLE EVENT; all, after review: "
              "python -m generator suggest --json > s.json, edit s.json, then "
              "python -m generator assign --from s.json")
    return 0


def cmd_assign(args: argparse.Namespace) -> int:
    from .assign import AssignError, accept, assign

    try:
        if args.from_file:
            if args.article or args.event:
                print("error: give either ARTICLE EVENT or --from FILE", file=sys.stderr)
                return 2
            changes = accept(args.content, args.from_file, min_score=args.min_score,
                             new_events=not args.no_new_events, dry_run=args.dry_run)
        else:
            if not (args.article and args.event):
                print("error: give ARTICLE EVENT, or --from FILE", file=sys.stderr)
                return 2
            changes = [assign(args.content, args.article, args.event, dry_run=args.dry_run)]
    except AssignError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    for change in changes:
        line = f"{change.article}: {change.status}" + (f" ({change.event})" if change.event else "")
        print(line + (" (dry run)" if args.dry_run else ""),
              file=sys.stderr if change.status.startswith("skipped") else sys.stdout)
    skipped = sum(1 for c in changes if c.status.startswith("skipped"))
    print(f"{counted(len(changes) - skipped, 'article')} assigned or unchanged, {skipped} skipped")
    return 1 if skipped and not args.from_file else 0


def cmd_build(args: argparse.Namespace) -> int:
    from .build import build, site_settings
    from .problems import ContentError

    # the site as mkdocs.yml describes it, read by MkDocs itself: the same pages as mkdocs build
    try:
        settings = site_settings(args.config)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    content = args.content or settings.content
    # the pages written, the command is done: its children may still be keeping the cache
    # (the next build waits for them)
    from .reuse.forked import leave_at_exit

    leave_at_exit()
    try:
        report = build(content, args.out, site_name=settings.site_name, strict=args.strict,
                       directory_urls=settings.directory_urls, site_url=settings.site_url,
                       language=settings.language,
                       cache=None if args.no_cache else settings.cache)
    except ContentError as exc:
        print(exc, file=sys.stderr)
        return 1
    for warning in report.warnings:
        print(warning, file=sys.stderr)
    print(f"{counted(report.pages, 'page')} in {args.out}/: {report.written} written, "
          f"{report.pages - report.written} unchanged, {report.removed} removed; search index: "
          f"{counted(report.search.records, 'record')}, {counted(report.search.terms, 'term')} "
          f"in {counted(report.search.chunks, 'chunk')}")
    return 0


def cmd_rename(args: argparse.Namespace) -> int:
    from .rename import RenameError, apply, plan

    try:
        renamed = apply(args.content, plan(args.content, args.old, args.new),
                        dry_run=args.dry_run)
    except RenameError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    suffix = " (dry run)" if args.dry_run else ""
    for source, destination in renamed.moved:
        print(f"moved {source} -> {destination}{suffix}")
    for path in renamed.edited:
        print(f"updated the references in {path}{suffix}")
    for old, new in renamed.redirects.items():
        print(f"redirect {old} -> {new}{suffix}")
    print(f"renamed the {renamed.kind} {renamed.old} to {renamed.new}{suffix}; old links keep "
          "working (content/redirects.yml, served by the redirects plugin)")
    return 0


def cmd_schema(args: argparse.Namespace) -> int:  # noqa: ARG001
    from .schema_docs import schema_markdown

    print(schema_markdown(), end="")
    return 0


def parser() -> argparse.ArgumentParser:
    main = argparse.ArgumentParser(
        prog="python -m generator",
        description="Build an annotated, multilingual news archive: ingest raw captures, "
                    "check the content, generate the pages MkDocs renders.",
    )
    main.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = main.add_subparsers(dest="command", required=True, metavar="COMMAND")

    ingest = commands.add_parser(
        "ingest", help="turn raw captures into article files under content/",
        description="Clean raw captures (text dumps of web pages, HTML pages, WARC files) into "
                    "articles. Each capture is "
                    "kept under content/raw/ with its SHA-256; re-ingesting refreshes what ingest "
                    "detects and never what the curator wrote.")
    ingest.add_argument("files", nargs="+", type=Path, metavar="FILE",
                        help="raw captures, or folders of them (a folder's manifest.csv is its "
                             "manifest, unless --manifest names one)")
    ingest.add_argument("--manifest", type=Path, metavar="CSV",
                        help="CSV with columns file,url: the address each capture came from "
                             "(and optionally retrieved: when it was saved)")
    ingest.add_argument("--url", help="the address of the single FILE given")
    ingest.add_argument("--retrieved", metavar="WHEN",
                        help="when the pages were saved (2023-03-12 or 2023-03-12T10:05): a "
                             "date a page prints as 'today, 18:06' or '3 hours ago' is read "
                             "from it (a WARC record's own time, or a manifest row's, wins)")
    ingest.add_argument("--json", action="store_true",
                        help="print what was found in each capture as JSON (one object each: "
                             "result, article, title, language, date and its source, outlet, "
                             "flags) instead of the table")
    ingest.add_argument("--jobs", type=int, metavar="N",
                        help="clean in N processes (default: every core); the archive comes "
                             "out the same as with --jobs 1")
    ingest.add_argument("--content", type=Path, default=DEFAULT_CONTENT, metavar="DIR",
                        help="content folder (default: content)")
    ingest.add_argument("--dry-run", action="store_true",
                        help="show what would be created or changed; write nothing")
    ingest.add_argument("--show-removed", action="store_true",
                        help="print every line the cleaner removed, with the reason")
    ingest.add_argument("--replace", action="store_true",
                        help="a new capture of an address the archive holds takes the "
                             "article's text (the old capture is kept beside it); refused when "
                             "curator notes would go stale")
    ingest.add_argument("--allow-stale", action="store_true",
                        help="with --replace: replace even when curator notes would go stale")
    ingest.add_argument("-v", "--verbose", action="store_true", help="print each change")
    ingest.set_defaults(func=cmd_ingest)

    check = commands.add_parser(
        "check", help="validate everything under content/; writes nothing",
        description="Validate all articles, events and outlets, report every problem with its "
                    "file and line, and exit 1 if there is any error; then list what is left "
                    "to do (articles in no event, titles without an English one, outlets "
                    "still in ingest's draft, names that recur and match no entity).")
    check.add_argument("--content", type=Path, default=DEFAULT_CONTENT, metavar="DIR")
    check.add_argument("--strict", action="store_true", help="fail on warnings too")
    check.add_argument("--fail-on-todo", action="store_true",
                       help="fail when anything is left to do, too")
    check.set_defaults(func=cmd_check)

    build = commands.add_parser(
        "build", help="write the archive's pages as Markdown (for another engine)",
        description="Write the archive's pages (Markdown with front matter), data, citations "
                    "and search index from content/ into a folder, for another engine than "
                    "MkDocs or to read them; mkdocs build and serve need no such step (the "
                    "archive plugin adds the same pages in memory). Unchanged files are not "
                    "rewritten; stale generated pages are removed.")
    build.add_argument("--content", type=Path, metavar="DIR",
                       help="content folder (default: the archive plugin's in mkdocs.yml)")
    build.add_argument("--out", type=Path, default=DEFAULT_DOCS, metavar="DIR",
                       help="where to write the pages (default: generated)")
    build.add_argument("--config", type=Path, default=Path("mkdocs.yml"),
                       help="the site's mkdocs.yml, read as MkDocs reads it: site name, address "
                            "(site_url) and use_directory_urls")
    build.add_argument("--strict", action="store_true", help="fail on warnings too")
    build.add_argument("--no-cache", action="store_true",
                       help="make everything again, without the cache folder (the archive "
                            "plugin's cache_dir, .cache/archive by default)")
    build.set_defaults(func=cmd_build)

    mentions = commands.add_parser(
        "mentions", help="find the name authority's entities in every article again",
        description="Look for every entity of content/entities/ in every article (whatever "
                    "the script, with Arabic proclitics and Turkish, Azerbaijani and Russian "
                    "endings) and update each article's machine-owned 'mentions'; a list the "
                    "curator corrected is kept. Run it after editing the entities.")
    mentions.add_argument("--content", type=Path, default=DEFAULT_CONTENT, metavar="DIR")
    mentions.add_argument("--dry-run", action="store_true", help="report, write nothing")
    mentions.set_defaults(func=cmd_mentions)

    suggest = commands.add_parser(
        "suggest", help="suggest an event for each unassigned article, with the reasons",
        description="For each article without an event, rank the existing events by shared "
                    "people, organisations and places, closeness of dates and near-duplicate "
                    "text, and place it in the best one when the evidence suffices; group the "
                    "others into proposed new events. Writes nothing.")
    suggest.add_argument("--content", type=Path, default=DEFAULT_CONTENT, metavar="DIR")
    suggest.add_argument("--json", action="store_true",
                         help="print a JSON array: one object per unassigned article with "
                              "article, event, new_group, score, reasons")
    suggest.set_defaults(func=cmd_suggest)

    from .discover.weigh import DEFAULT_MIN_SCORE

    discover_command = commands.add_parser(
        "discover", help="find an event's reports in web crawls (WARC files)",
        description="Read WARC or WARC.gz files as a stream and list the pages that may "
                    "report an event, best first: every HTML page answered 200 goes through a "
                    "cheap sieve (the event's names in every script the name authority knows, "
                    "its days); those that pass are cleaned as ingest cleans and scored as "
                    "suggest scores. Damaged records are reported (file, offset) and skipped. "
                    "Writes nothing in the archive, unless --ingest.")
    discover_command.add_argument("crawl", nargs="+", metavar="CRAWL",
                                  help="WARC or WARC.gz files, patterns ('crawl/*.warc.gz'), "
                                       "or addresses fsspec reads (s3://…, https://…)")
    discover_command.add_argument("--event", required=True, metavar="ID",
                                  help="the event whose reports to find")
    discover_command.add_argument("--since", metavar="DATE",
                                  help="first day a report may be of (default: the day "
                                       "before the event)")
    discover_command.add_argument("--until", metavar="DATE",
                                  help="last day (default: a few days after the event)")
    discover_command.add_argument("--languages", metavar="LANG,...",
                                  help="only pages in these languages (az,fa,ru): the sieve "
                                       "drops pages that declare another, the careful pass "
                                       "those it finds in another (default: every language)")
    discover_command.add_argument("--out", type=Path, metavar="FILE",
                                  help="write the candidates here: .json for JSON, else CSV")
    discover_command.add_argument("--min-score", type=float, default=DEFAULT_MIN_SCORE,
                                  metavar="X", help="list pages scoring X or more, on "
                                  f"suggest's scale (default {DEFAULT_MIN_SCORE})")
    discover_command.add_argument("--jobs", type=int, default=0, metavar="N",
                                  help="weigh N crawl files at once, each in its own process "
                                       "(default: every core); the candidates are the same")
    discover_command.add_argument("--scheduler", metavar="ADDRESS",
                                  help="run on a Dask cluster: its scheduler's address "
                                       "(tcp://host:8786), or local:N to start a local cluster "
                                       "of N workers (needs the cluster extra: pip install "
                                       "'news-archive-generator[cluster]')")
    discover_command.add_argument("--fresh", action="store_true",
                                  help="weigh every crawl file again, even those an earlier "
                                       "run of the same job finished")
    discover_command.add_argument("--ingest", action="store_true",
                                  help="take the candidates (those scoring --min-score or "
                                       "more) into the archive, each kept as its WARC record "
                                       "with the crawl file and offset; existing captures are "
                                       "recognised, none is erased")
    discover_command.add_argument("--content", type=Path, default=DEFAULT_CONTENT, metavar="DIR")
    discover_command.set_defaults(func=cmd_discover)

    assign = commands.add_parser(
        "assign", help="assign an article to an event, or accept reviewed suggestions",
        description="Write the curator's 'event' field: `assign ARTICLE EVENT` for one article "
                    "(moving it if it had another event), or `assign --from FILE` to accept a "
                    "reviewed `suggest --json` file: its placements, and a new event file for "
                    "each proposed group (dates, place and participants filled in). Articles "
                    "already assigned are left alone by --from.")
    assign.add_argument("article", nargs="?", metavar="ARTICLE",
                        help="the article's path or file name")
    assign.add_argument("event", nargs="?", metavar="EVENT", help="the event's id")
    assign.add_argument("--from", dest="from_file", type=Path, metavar="FILE",
                        help="a reviewed `suggest --json` file to accept")
    assign.add_argument("--min-score", type=float, default=0.0, metavar="X",
                        help="with --from: skip suggestions scoring below X, on suggest's "
                             "scale (the chance a placement is right; suggest places from "
                             "0.5; 0.9 keeps only the surest)")
    assign.add_argument("--no-new-events", action="store_true",
                        help="with --from: do not create events from proposed groups")
    assign.add_argument("--content", type=Path, default=DEFAULT_CONTENT, metavar="DIR")
    assign.add_argument("--dry-run", action="store_true", help="report, write nothing")
    assign.set_defaults(func=cmd_assign)

    rename = commands.add_parser(
        "rename", help="rename an article or an event, its references and its address",
        description="Rename an article (with its cleaning record and other captures) or an "
                    "event: every reference in content/ follows (an article's event field, "
                    "links in curator notes), and the old address redirects to the new one "
                    "(content/redirects.yml, for MkDocs' redirects plugin).")
    rename.add_argument("old", metavar="OLD", help="the article's or event's file name or id")
    rename.add_argument("new", metavar="NEW", help="its new name (without .md)")
    rename.add_argument("--content", type=Path, default=DEFAULT_CONTENT, metavar="DIR")
    rename.add_argument("--dry-run", action="store_true", help="say what would change")
    rename.set_defaults(func=cmd_rename)

    schema = commands.add_parser("schema", help="print the content schema as Markdown tables",
                                 description="Print the documented fields of every content kind.")
    schema.set_defaults(func=cmd_schema)
    return main


WRITERS = {"cmd_ingest", "cmd_mentions", "cmd_assign", "cmd_rename"}
"""Commands that write curated content: one at a time per content folder (``discover
--ingest`` takes the lock itself, once the crawl is read)."""


def main(argv: list[str] | None = None) -> int:
    try:
        return _run(argv)
    except KeyboardInterrupt:
        # every write is atomic: what was written stands, and nothing is half-written
        print("\ninterrupted: what was written before stands; run the command again to go "
              "on", file=sys.stderr)
        return 130


def _run(argv: list[str] | None) -> int:
    args = parser().parse_args(argv)
    if args.func.__name__ not in WRITERS or getattr(args, "dry_run", False):
        return args.func(args)
    return _writing(args.content, lambda: args.func(args))


def _writing(content: Path, write) -> int:
    """``write()`` run as the one writer of ``content``: after any other command writing it
    has ended, with what an interrupted write left behind removed."""
    from .fsutil import content_lock, remove_stale_temporaries

    def waiting(holder: str) -> None:
        print(f"waiting: {content} is being written by {holder}; this command goes on "
              "when that one ends (stop it, or wait)", file=sys.stderr, flush=True)

    try:
        with content_lock(content, on_wait=waiting):
            for path in remove_stale_temporaries(content):
                print(f"removed {path}, left by an interrupted write", file=sys.stderr)
            return write()
    except TimeoutError as exc:
        print(f"error: {exc}; is another command stuck? stop it and run this again",
              file=sys.stderr)
        return 1
