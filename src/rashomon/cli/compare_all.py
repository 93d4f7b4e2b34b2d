"""``rashomon compare-all``: compute the report of every story that changed (on dask when asked)."""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer
from rich.markup import escape

from ._common import err, user_errors


def compare_all_command(
    db: Annotated[
        str | None,
        typer.Option("--db", help="A SQLite file or a SQLAlchemy URL (default: rashomon.db in the user's data directory)."),
    ] = None,
    scheduler: Annotated[
        str | None, typer.Option("--scheduler", metavar="ADDRESS|local:N",
                                 help="Compare the stories on dask workers (needs the 'distributed' extra: pip install 'rashomon\\[distributed]').")
    ] = None,
    refresh: Annotated[bool, typer.Option("--refresh", help="Compare every story again, also those with a report.")] = False,
    limit: Annotated[
        int | None, typer.Option("--limit", min=1, help="Compare at most N stories, oldest first (with --refresh: the stalest reports first); the rest wait for the next run.")
    ] = None,
    format: Annotated[str, typer.Option("--format", "-f", help="text or json.")] = "text",
    progress: Annotated[
        bool | None, typer.Option("--progress/--no-progress", help="A progress bar (default: when stderr is a terminal).")
    ] = None,
) -> None:
    """Compute and store the report of every story of two or more articles that has none."""
    from ..stories.compare_all import compare_all
    from .store_commands import _open, plural

    if format not in ("text", "json"):
        err.print(f"[bold red]error:[/] --format: {escape(repr(format))} is not one of text, json")
        raise typer.Exit(1)
    with user_errors():
        try:
            result = compare_all(_open(db, create=False), scheduler=scheduler, refresh=refresh, limit=limit,
                                 progress=sys.stderr.isatty() if progress is None else progress)
        except ValueError as exc:  # a malformed --scheduler
            err.print(f"[bold red]error:[/] {escape(str(exc))}")
            raise typer.Exit(1) from None
    if format == "json":
        typer.echo(json.dumps(result.to_dict(), indent=1))
        return
    for story_id, reason in result.failed:
        err.print(f"[yellow]story {story_id} not compared[/]: {escape(reason)}", highlight=False)
    rate = len(result.compared) / result.seconds if result.seconds else 0.0
    typer.echo(f"compared {plural(len(result.compared), 'story', 'stories')} in {result.seconds:.1f} s ({rate:.1f}/s); "
               f"{result.current} already had a current report, {result.single} {'has' if result.single == 1 else 'have'} one article, "
               f"{len(result.failed)} failed" + (f", {result.left} left for the next run" if result.left else ""))


def register(app: typer.Typer) -> None:
    app.command("compare-all")(compare_all_command)
