"""``rashomon cluster INPUT.jsonl -o OUTPUT.jsonl``: group records into stories, no store needed.

Each input line is ``{id, title, text, date?, source?, url?}``; each output line is
``{"id": ..., "story": ...}`` (plus ``"duplicate_of"`` for a near duplicate). When streaming,
an article that a later split moved is written again with ``"moved": true``: the last line of
an id says where it is. Bad lines are reported on stderr with their line number and skipped.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from typing import Annotated, Any

import typer

from ._common import err, user_errors


def _read_jsonl(path: str, line_numbers: list[int], problems: list[str]) -> Iterator[Any]:
    """Decoded lines; ``line_numbers[i]`` is the line of the i-th one yielded."""
    handle = sys.stdin if path == "-" else open(path, encoding="utf-8")
    try:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                value = json.loads(line)
            except json.JSONDecodeError as exc:
                problems.append(f"line {number}: invalid JSON ({exc.msg} at column {exc.colno})")
                err.print(f"[yellow]skipped[/] {path}:{number}: invalid JSON ({exc.msg} at column {exc.colno})",
                          highlight=False, soft_wrap=True)
                continue
            line_numbers.append(number)
            yield value
    finally:
        if handle is not sys.stdin:
            handle.close()


def cluster_command(
    input: Annotated[str, typer.Argument(help="JSONL records {id, title, text, date?, source?, url?}; - for stdin.")],
    output: Annotated[str | None, typer.Option("--output", "-o", help="Write the JSONL here instead of stdout.")] = None,
    threshold: Annotated[float | None, typer.Option(help="Cosine needed to join a story (default: calibrated).")] = None,
    batch: Annotated[bool, typer.Option("--batch", help="Read everything first, then cluster in date order and refine (reassignment sweeps).")] = False,
    embedder: Annotated[str, typer.Option(help="tfidf (default, no model) or a model-backed embedder.")] = "tfidf",
    progress: Annotated[bool | None, typer.Option("--progress/--no-progress", help="Progress bar (default: on a terminal).")] = None,
) -> None:
    """Group articles into stories: near duplicates first, then same-event clustering."""
    from ..stories.cluster import cluster_records

    if input != "-":
        try:
            open(input, encoding="utf-8").close()
        except OSError as exc:
            err.print(f"[bold red]error:[/] cannot read {input}: {exc.strerror}", highlight=False)
            raise typer.Exit(1) from None
    line_numbers: list[int] = []
    problems: list[str] = []

    def skipped(position: int, reason: str) -> None:
        line = line_numbers[position]
        problems.append(f"line {line}: {reason}")
        err.print(f"[yellow]skipped[/] {input}:{line}: {reason}", highlight=False, markup=True, soft_wrap=True)

    show_progress = err.is_terminal if progress is None else progress
    from ..stories.headlines import HeadlineCount

    counted = HeadlineCount()
    records = counted(_read_jsonl(input, line_numbers, problems))
    final: dict[str, str] = {}
    duplicates = 0
    with user_errors():
        out = open(output, "w", encoding="utf-8") if output else sys.stdout
        try:
            for line in cluster_records(records, batch=batch, progress=show_progress, threshold=threshold,
                                        embedder=embedder, on_skip=skipped):
                out.write(json.dumps(line, ensure_ascii=False) + "\n")
                final[line["id"]] = line["story"]
                duplicates += "duplicate_of" in line
        finally:
            if output:
                out.close()
    err.print(f"{len(final)} records in {len(set(final.values()))} stories ({duplicates} near duplicates); "
              f"{len(problems)} lines skipped" + (f"; wrote {output}" if output else ""), highlight=False,
              soft_wrap=True)
    err.print(counted.settings(threshold), highlight=False, soft_wrap=True)


def register(app: typer.Typer) -> None:
    app.command("cluster")(cluster_command)
