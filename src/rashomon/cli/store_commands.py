"""``rashomon ingest | stories | show | search``: the store, from the command line.

Each command parses its arguments, calls one function of :mod:`rashomon.stories.ingestion` or
:class:`rashomon.store.facade.Store`, and prints. Exit codes: 0 done, 1 a user error (the message
says what to fix).
"""

from __future__ import annotations

import json
import re
import sys
from typing import Annotated, NoReturn

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from ..text.controls import show_direction_controls
from ._common import (FORMAT_HELP, AllowPrivateOption, ColumnsOption, check_reading, err, hint_stdin, linked_client, parse_columns,
                      print_skipped, report_format, shown, user_errors, write_output)

DbOption = Annotated[
    str | None,
    typer.Option("--db", help="A SQLite file or a SQLAlchemy URL (default: rashomon.db in the user's data directory)."),
]


def _fail(message: str) -> NoReturn:
    err.print(f"[bold red]error:[/] {shown(message)}", highlight=False, soft_wrap=True)
    raise typer.Exit(1)


def _check_options(csv_columns: dict[str, str] | None, reader: str, watch: float | None, rounds: int | None) -> None:
    """The options the library would refuse with ValueError, checked here so that a ValueError
    from deep in reading is never reported as a wrong option."""
    from ..sources.records import RECORD_FIELDS

    unknown = sorted(set(csv_columns or {}) - set(RECORD_FIELDS))
    if unknown:
        _fail(f"--columns: csv_columns keys must be record fields {RECORD_FIELDS}; unknown: {unknown}")
    if reader not in ("auto", "inline", "process"):
        _fail(f"--reader: reader must be one of auto, inline, process; got {reader!r}")
    if watch is not None and watch <= 0:
        _fail(f"--watch: the interval must be positive, got {watch:g}")
    if rounds is not None and rounds < 1:
        _fail(f"--rounds: must be at least 1, got {rounds}")
    if rounds is not None and watch is None:
        _fail("--rounds counts the polls of --watch: give --watch SECONDS too (one ingest reads the sources once)")


def plural(n: int, one: str, many: str) -> str:
    """``1 story``, ``2 stories``: a count as English."""
    return f"{n} {one if n == 1 else many}"


def missing_store(db: str | None):  # -> Path | None
    """The path of the SQLite store ``db`` names (None: the user's store) when it is not there
    (or is an empty file: no store); None when it is, or when ``db`` is another database's URL."""
    from pathlib import Path

    from ..store.facade import default_url

    url = default_url() if db is None else db
    if "://" not in url or url.startswith("sqlite:///"):
        path = Path(url.removeprefix("sqlite:///")).expanduser() if url.startswith("sqlite:///") else Path(url).expanduser()
        if ":memory:" not in str(path) and not (path.is_file() and path.stat().st_size):  # an empty file is no store
            return path
    return None


def _open(db: str | None, *, create: bool = True):  # -> Store
    """The store; a read command (``create=False``) never creates one: a SQLite file that is
    not there (or empty) is an error naming the path."""
    from ..store.facade import Store

    if not create:
        path = missing_store(db)
        if path is not None:
            _fail(f"no store at {path}: rashomon ingest SOURCE... --db {path} creates one"
                  if db is not None else f"no store yet at {path}: rashomon ingest SOURCE... creates it")
    return Store(db)


def _print_ingest(result, *, round_number: int | None = None) -> None:  # result: IngestResult
    print_skipped(result.skipped)
    prefix = f"round {round_number}: " if round_number is not None else ""
    gained = len(result.stories)
    typer.echo(
        f"{prefix}stored {plural(result.added, 'new article', 'new articles')}, {result.duplicates} already stored"
        f"{f' ({result.reprints} by another outlet, kept as reprints)' if result.reprints else ''}, "
        f"{len(result.skipped)} skipped; {plural(gained, 'story', 'stories')} gained articles ({result.new_stories} new)"
    )


def ingest_command(
    sources: Annotated[list[str], typer.Argument(help="Folders, files (text, HTML, JSON, JSONL, CSV), URLs or RSS/Atom feeds; - reads standard input.")],
    db: DbOption = None,
    columns: ColumnsOption = None,
    watch: Annotated[
        float | None, typer.Option("--watch", metavar="SECONDS", help="Poll the sources every SECONDS until interrupted.")
    ] = None,
    rounds: Annotated[int | None, typer.Option("--rounds", help="With --watch: stop after this many polls.")] = None,
    batch_size: Annotated[int, typer.Option("--batch-size", min=1, help="Articles per commit.")] = 200,
    max_bytes: Annotated[
        int, typer.Option("--max-bytes", help="Skip inputs larger than this (in a JSONL dump: lines).")
    ] = 5_000_000,
    timeout: Annotated[float, typer.Option(help="Seconds to wait for a URL.")] = 15.0,
    cluster: Annotated[bool, typer.Option("--cluster/--no-cluster", help="Group the new articles into stories.")] = True,
    progress: Annotated[
        bool | None, typer.Option("--progress/--no-progress", help="A progress bar (default: when stderr is a terminal).")
    ] = None,
    reader: Annotated[
        str,
        typer.Option("--reader", help="auto, inline or process: read and store big local inputs in a second process "
                                      "while this one clusters (auto: over 4 MB, on 2+ CPUs)."),
    ] = "auto",
    compare: Annotated[
        bool, typer.Option("--compare/--no-compare", help="Compare the stories that changed, so their reports are current "
                                                          "(rashomon compare-all does it later).")
    ] = True,

    scheduler: Annotated[
        str | None, typer.Option("--scheduler", metavar="ADDRESS|local:N",
                                 help="Extract pages and prepare articles on dask workers (needs the 'distributed' extra: pip install 'rashomon\\[distributed]').")
    ] = None,
    allow_private_urls: AllowPrivateOption = False,
) -> None:
    """Store articles once each, group them into stories, and compare the stories that changed."""
    from ..stories import ingestion as library

    csv_columns = parse_columns(columns)
    _check_options(csv_columns, reader, watch, rounds)
    if watch is not None and "-" in sources:
        _fail("--watch cannot poll standard input (it is read once); ingest it without --watch")
    with user_errors():
        check_reading(max_bytes, timeout)
    if allow_private_urls and scheduler:
        _fail("--allow-private-urls reads in this process; it cannot go with --scheduler")
    show_progress = sys.stderr.isatty() if progress is None else progress
    options = dict(
        csv_columns=csv_columns,
        max_bytes=max_bytes,
        timeout=timeout,
        batch_size=batch_size,
        cluster=cluster,
        progress=show_progress,
        reader=reader,
        **({"scheduler": scheduler} if scheduler else {}),
    )
    hint_stdin(sources)
    with user_errors(), linked_client(allow_private_urls, timeout) as client:
        if client is not None:
            options["client"] = client  # read in this process (a given client keeps the reader inline)
        store = _open(db)
        if watch is not None:
            try:
                library.watch(
                    sources,
                    watch,
                    store,
                    rounds,
                    on_round=lambda n, result: _after_round(store, result, n, compare and cluster, show_progress,
                                                            scheduler),
                    **options,
                )
            except KeyboardInterrupt:
                err.print("stopped watching")
            return
        result = library.ingest(sources, store=store, **options)
    _print_ingest(result)
    if cluster and result.added:
        from ..stories.headlines import clustering_settings

        err.print(clustering_settings(), highlight=False, soft_wrap=True)
    if result.added == 0 and result.duplicates == 0 and result.skipped:
        _fail("nothing could be read from the sources")
    if compare and cluster:
        _refresh(store, show_progress, scheduler)


def _after_round(store, result, number: int, compare: bool, show_progress: bool, scheduler: str | None) -> None:
    _print_ingest(result, round_number=number)
    if compare and result.stories:
        _refresh(store, show_progress, scheduler)


def _refresh(store, show_progress: bool, scheduler: str | None = None) -> None:  # store: Store
    """Compare the stories that changed: here, or with ``--scheduler`` on the same dask cluster
    the pages were extracted on (as ``rashomon compare-all --scheduler`` does)."""
    from ..stories.refresh import refresh_reports

    if scheduler is not None:
        from ..stories.compare_all import compare_all

        with user_errors():
            done = compare_all(store, scheduler=scheduler, progress=show_progress)
        for story_id, reason in done.failed:
            err.print(f"[yellow]story {story_id} not compared[/]: {escape(reason)}", highlight=False, soft_wrap=True)
        typer.echo(f"compared {plural(len(done.compared), 'story', 'stories')}"
                   + (f"; {len(done.failed)} could not be compared" if done.failed else ""))
        return
    with user_errors():
        if show_progress:
            with err.status("comparing the stories that changed…") as status:
                result = refresh_reports(store, on_story=lambda done, total, sid: status.update(
                    f"comparing the stories that changed: {done} of {total}"))
        else:
            result = refresh_reports(store)
    for failed in result.failed:
        err.print(f"[yellow]not compared[/] {escape(failed.source)}: {escape(failed.reason)}", highlight=False, soft_wrap=True)
    typer.echo(f"compared {plural(len(result.compared), 'story', 'stories')}"
               + (f"; {len(result.failed)} could not be compared" if result.failed else ""))




def stories_command(
    db: DbOption = None,
    format: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table",
    query: Annotated[str, typer.Option("--query", "-q", help="Only stories whose title or articles have these words.")] = "",
    outlet: Annotated[str, typer.Option(help="Only stories this outlet covered (its name in any case; surrounding spaces ignored).")] = "",
    since: Annotated[str, typer.Option(help="Only stories covered on or after this ISO date.")] = "",
    until: Annotated[str, typer.Option(help="Only stories covered on or before this ISO date.")] = "",
    min_outlets: Annotated[int, typer.Option("--min-outlets", min=1, help="Only stories with at least this many outlets (2: the ones there is something to compare in).")] = 1,
    limit: Annotated[int, typer.Option(min=0, help="Stories to list, most recent first (0: all).")] = 0,
    offset: Annotated[int, typer.Option(min=0, help="Stories to skip first.")] = 0,
) -> None:
    """List the stories: size, outlets, time span, title (most recent first)."""
    if format not in ("table", "json"):
        _fail(f"--format: {format!r} is not one of table, json")
    from ..store.browse import is_iso_day

    for name, value in (("--since", since), ("--until", until)):
        if value and not is_iso_day(value):
            _fail(f"{name}: {value!r} is not an ISO date (YYYY-MM-DD)")
    if since and until and since[:10] > until[:10]:
        _fail(f"--since {since} is after --until {until}: no day is in both (swap them?)")
    with user_errors():
        store = _open(db, create=False)
        summaries, total = store.story_page(query=query, outlet=outlet, since=since, until=until, min_outlets=min_outlets,
                                            limit=limit or max(store.story_count(), 1), offset=offset)
    if format == "json":
        typer.echo(json.dumps([s.to_dict() for s in summaries], indent=1, ensure_ascii=False))
        return
    if not summaries:
        err.print("no stories match" if total or query or outlet or since or until or min_outlets > 1 or offset
                  else "no stories yet: rashomon ingest SOURCE... adds some")
        return
    shown = plural(len(summaries), "story", "stories") if len(summaries) == total else f"stories {offset + 1}-{offset + len(summaries)} of {total}"
    table = _table(shown)
    table.add_column("story", justify="right", no_wrap=True)
    table.add_column("articles", justify="right", no_wrap=True)
    # wrapped at the ", " between outlets, never inside a name (up to 24 characters)
    table.add_column("outlets", min_width=_widest((o for s in summaries for o in s.outlets[:5]), 24))
    table.add_column("dates", no_wrap=True)
    table.add_column("title", min_width=20)
    for s in summaries:
        table.add_row(
            str(s.id),
            str(s.size),
            Text(show_direction_controls(", ".join(s.outlets[:5])) + (f" +{len(s.outlets) - 5}" if len(s.outlets) > 5 else "")),
            _span(s.first_date, s.last_date),
            Text(show_direction_controls(s.title)),
        )
    Console().print(table)


def show_command(
    story: Annotated[int, typer.Argument(help="A story id, as listed by rashomon stories.")],
    db: DbOption = None,
    format: Annotated[str | None, typer.Option("--format", "-f", help=FORMAT_HELP, show_default=False)] = None,
    output: Annotated[str | None, typer.Option("--output", "-o", help="Write to this file instead of the terminal (- is the terminal).")] = None,
    refresh: Annotated[bool, typer.Option("--refresh", help="Compare again even if a report is stored.")] = False,
) -> None:
    """Show a story's comparison report (compared now if none is stored)."""
    from ..stories import ingestion as library

    format = report_format(format, output)
    if format not in ("md", "json", "html"):
        _fail(f"--format: {format!r} is not one of md, json, html")
    with user_errors():
        store = _open(db, create=False)
        report = None if refresh else store.report(story)
        if report is None:
            if len(store.story_articles(story)) == 1:
                _fail(f"story {story} has one article: nothing to compare it with (at least two are needed; "
                      "the web app shows the article alone)")
            with err.status(f"comparing story {story}…"):
                report = library.compare_story(story, store)
        write_output(_render(report, format), output)


def _render(report, fmt: str) -> str:  # report: Report
    try:
        from ..renderers import render
    except ImportError:  # the renderers are optional to this command: JSON needs none
        if fmt != "json":
            err.print(f"[yellow]no {fmt} renderer installed; showing JSON[/]")
        return json.dumps(report.to_dict(), indent=1, ensure_ascii=False)
    return render(report, fmt)


def search_command(
    text: Annotated[str, typer.Argument(help="Words to find (all of them); quotes and operators are plain text.")],
    db: DbOption = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="At most this many articles.")] = 20,
    format: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table",
) -> None:
    """Full-text search over the stored articles."""
    if format not in ("table", "json"):
        _fail(f"--format: {format!r} is not one of table, json")
    with user_errors():
        hits = _open(db, create=False).search(text, limit=limit + 1)  # one more: are there more?
    more, hits = len(hits) > limit, hits[:limit]
    if format == "json":
        typer.echo(json.dumps([h.to_dict() for h in hits], indent=1, ensure_ascii=False))
        return
    if not hits:
        err.print(f"nothing matches {escape(repr(text))}", highlight=False)
        return
    verb = "matches" if len(hits) == 1 else "match"
    first = "the first article" if len(hits) == 1 else f"the first {len(hits)} articles"
    table = _table(f"{first} matching {escape(repr(text))}, best first (more match: raise --limit)" if more
                   else f"{plural(len(hits), 'article', 'articles')} {verb} {escape(repr(text))}")
    table.add_column("article", justify="right", no_wrap=True)
    table.add_column("story", justify="right", no_wrap=True)
    table.add_column("source", min_width=_widest((h.source for h in hits), 20))
    table.add_column("date", no_wrap=True)
    table.add_column("title", min_width=16)
    table.add_column("snippet", min_width=16)
    for h in hits:
        table.add_row(
            str(h.article_id),
            "" if h.story_id is None else str(h.story_id),
            Text(show_direction_controls(h.source + (f" (also run by {', '.join(h.reprinted_by)})" if h.reprinted_by else ""))),
            (h.date or "")[:10],
            Text(show_direction_controls(h.title)),
            _snippet(h.snippet),
        )
    Console().print(table)


def _table(title: str) -> Table:
    """A table that fits 80 columns: no vertical rules, one space between columns; text wraps
    at spaces (rich folds only a word wider than its whole column)."""
    from rich import box

    return Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, padding=(0, 1, 0, 0), pad_edge=False)


def _span(first: str | None, last: str | None) -> str:
    """``2024-04-13`` or ``2024-04-13…04-15`` (the year, or year and month, once)."""
    a, b = (first or "")[:10], (last or "")[:10]
    if not a or not b or a == b:
        return a or b
    if a[:4] != b[:4]:
        return f"{a}…{b}"
    return f"{a}…{b[5:]}"


def _widest(words, cap: int) -> int:  # words: Iterable[str]
    """The width the longest word needs (at most ``cap``), so a column never cuts a word."""
    return min(cap, max((len(w) for w in words), default=0)) or 1


def _snippet(snippet: str) -> Text:
    """The store marks matched terms ``[like this]``: show them bold, brackets dropped."""
    text = Text()
    for i, part in enumerate(re.split(r"\[([^\[\]]*)\]", snippet)):
        text.append(part, style="bold" if i % 2 else None)
    return text


def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest_command)
    app.command("stories")(stories_command)
    app.command("show")(show_command)
    app.command("search")(search_command)
