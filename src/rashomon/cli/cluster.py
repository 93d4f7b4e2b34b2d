"""``rashomon cluster INPUT... -o OUTPUT.jsonl``: group records into stories, no store needed.

The inputs are what ``rashomon ingest`` reads: files (text, HTML, JSON, JSONL, CSV), folders,
URLs, and ``-`` for stdin (JSONL streamed; a CSV dump or anything else read as ingest reads
it). A JSONL line is ``{id, title, text, date?, source?, url?}`` and keeps its ``id``; any other
article's id is where it came from (its path, or ``file.csv:12``). Each output line is
``{"id": ..., "story": ...}`` (plus ``"duplicate_of"`` for a near duplicate). When streaming,
an article that a later split moved is written again with ``"moved": true``: the last line of
an id says where it is. Bad lines are reported on stderr with their place and skipped; an
input that gives no usable record at all is an error (exit 1).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Annotated, Any

import typer

from ._common import ColumnsOption, err, hint_stdin, open_output, parse_columns, shown, to_file, user_errors


@dataclass(slots=True)
class _Input:
    name: str
    jsonl: bool = False
    usable: int = 0
    problems: list[str] = field(default_factory=list)


def _plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _is_jsonl(name: str) -> bool:
    return (name == "-" and _stdin_is_jsonl()) or name.lower().endswith((".jsonl", ".ndjson"))


def _stdin_is_jsonl() -> bool:
    """Whether standard input starts with a JSON object (JSON Lines, streamed a line at a time);
    anything else (a CSV dump, a JSON list, a page) is read whole and sniffed, as ingest reads it.
    Looks ahead without taking anything."""
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is None:
        return True
    if hasattr(buffer, "peek"):
        head = buffer.peek(4096)[:4096]
    elif buffer.seekable():
        at = buffer.tell()
        head = buffer.read(4096)
        buffer.seek(at)
    else:
        return True
    head = head.removeprefix(b"\xef\xbb\xbf").lstrip()
    return not head or head.startswith(b"{")


def _read_jsonl(item: _Input, where: list[str]) -> Iterator[Any]:
    """Decoded lines; ``where[i]`` names the place of the i-th record yielded."""
    from ..sources.records import line_problem

    handle = sys.stdin if item.name == "-" else open(item.name, encoding="utf-8", errors="replace")
    try:
        for number, line in enumerate(handle, 1):
            if number == 1:
                line = line.removeprefix("\ufeff")  # a byte order mark (Notepad's UTF-8)
            if not line.strip():
                continue
            try:
                value = json.loads(line)
            except json.JSONDecodeError as exc:
                reason = line_problem(exc)
            except (ValueError, RecursionError) as exc:  # a 5,000-digit number, 100,000 nested brackets
                reason = "invalid JSON (nested too deeply)" if isinstance(exc, RecursionError) else f"invalid JSON ({exc})"
            else:
                where.append(f"{item.name}:{number}")
                yield _dated(value, f"{item.name}:{number}")
                continue
            item.problems.append(f"line {number}: {reason}")
            err.print(f"[yellow]skipped[/] {shown(item.name)}:{number}: {shown(reason)}", highlight=False, soft_wrap=True)
    finally:
        if handle is not sys.stdin:
            handle.close()


def _dated(value: Any, place: str) -> Any:
    """A JSON line with its date read as ingest reads a record's (RFC 2822, "05.06.2026", epoch
    seconds -> ISO 8601; a form ingest keeps as written: clustered without a date), as a CSV row's is."""
    from ..sources.record_dates import iso_date
    from ..sources.records import field_key
    from ..stories.records import iso_or_none

    if not isinstance(value, dict):
        return value
    key = field_key(value, "date")
    if value.get(key) is None:
        return value
    return {**value, key: iso_or_none(iso_date(value[key]), place)}


def _mapped(record: Any, columns: dict[str, str] | None) -> Any:
    """A JSON line's fields under the names ``--columns`` maps them to ({"text": "story_body"}: its
    ``story_body`` is its text), as ingest reads them; a line without the mapped key keeps its own."""
    if not columns or not isinstance(record, dict):
        return record
    return {**record, **{field: record[name] for field, name in columns.items() if name in record}}


def _read_documents(item: _Input, where: list[str], columns: dict[str, str] | None = None) -> Iterator[dict[str, Any]]:
    """Any other input, read as ``rashomon ingest`` reads it."""
    from ..model import Skipped
    from ..sources.reading import iter_sources
    from ..stories.records import iso_or_none  # a date kept as written ("5 June 2026"): clustered without it, as ingest does

    for found in iter_sources([item.name], csv_columns=columns):
        if isinstance(found, Skipped):
            item.problems.append(f"{found.source}: {found.reason}")
            err.print(f"[yellow]skipped[/] {shown(found.source)}: {shown(found.reason)}", highlight=False, soft_wrap=True)
            continue
        record_id = found.origin or found.path or found.url or f"{item.name}#{len(where)}"
        where.append(record_id)
        yield {"id": record_id, "title": found.title, "text": found.text, "date": iso_or_none(found.date),
               "source": found.source, "url": found.url}


def cluster_command(
    inputs: Annotated[list[str], typer.Argument(help="Files (text, HTML, JSON, JSONL, CSV), folders or URLs, as for ingest; - reads stdin (JSONL, or a CSV dump as for ingest).")],
    output: Annotated[str | None, typer.Option("--output", "-o", help="Write the JSONL here instead of stdout (- is stdout). Streaming, an article a later sweep moved is written again with \"moved\": true: an id's last line is its story.")] = None,
    threshold: Annotated[float | None, typer.Option(help="Cosine needed to join a story (default: calibrated).")] = None,
    batch: Annotated[bool, typer.Option("--batch", help="Read everything first, then cluster in date order and refine (reassignment sweeps).")] = False,
    embedder: Annotated[str, typer.Option(help="tfidf (default, no model) or a model-backed embedder.")] = "tfidf",
    progress: Annotated[bool | None, typer.Option("--progress/--no-progress", help="Progress bar (default: on a terminal).")] = None,
    columns: ColumnsOption = None,
) -> None:
    """Group articles into stories: near duplicates first, then same-event clustering."""
    from pathlib import Path

    from ..stories.cluster import cluster_records
    from ..sources.addresses import is_url

    if threshold is not None and not 0 <= threshold <= 1:  # nan too
        err.print(f"[bold red]error:[/] --threshold: a cosine between 0 and 1, got {threshold}", highlight=False)
        raise typer.Exit(1)
    csv_columns = parse_columns(columns)
    hint_stdin(inputs)
    items = [_Input(name, jsonl=_is_jsonl(name)) for name in inputs]
    for item in items:
        if item.name == "-" or is_url(item.name):
            continue
        path = Path(item.name)
        if not path.exists():
            err.print(f"[bold red]error:[/] cannot read {shown(item.name)}: no such file or folder", highlight=False)
            raise typer.Exit(1)
        if path.is_file():
            try:
                open(path, encoding="utf-8").close()
            except OSError as exc:
                err.print(f"[bold red]error:[/] cannot read {shown(item.name)}: {shown(exc.strerror)}", highlight=False)
                raise typer.Exit(1) from None
    where: list[str] = []
    owner: list[_Input] = []  # owner[i]: the input of the i-th record
    ids: list[str | None] = []  # ids[i]: its id

    def records() -> Iterator[Any]:
        for item in items:
            read = (_mapped(r, csv_columns) for r in _read_jsonl(item, where)) if item.jsonl else _read_documents(item, where, csv_columns)
            for record in read:
                owner.append(item)
                ids.append(str(record.get("id")) if isinstance(record, dict) else None)
                yield record

    def skipped(position: int, reason: str) -> None:
        reason = reason.removeprefix(f"{where[position]}: ")  # a record named by its place: named once
        owner[position].problems.append(f"{where[position]}: {reason}")
        counted.drop(position)
        err.print(f"[yellow]skipped[/] {shown(where[position])}: {shown(reason)}", highlight=False, soft_wrap=True)

    show_progress = err.is_terminal if progress is None else progress
    from ..stories.headlines import HeadlineCount

    counted = HeadlineCount()
    final: dict[str, str] = {}
    duplicates = 0
    output = to_file(output)
    with user_errors():
        out = open_output(output) if output else sys.stdout
        try:
            for line in cluster_records(counted(records()), batch=batch, progress=show_progress, threshold=threshold,
                                        embedder=embedder, on_skip=skipped):
                out.write(json.dumps(line, ensure_ascii=False) + "\n")
                final[line["id"]] = line["story"]
                duplicates += "duplicate_of" in line
        finally:
            if output:
                out.close()
    for position, item in enumerate(owner):
        if ids[position] in final:
            item.usable += 1
    problems = sum(len(item.problems) for item in items)
    err.print(f"{_plural(len(final), 'record', 'records')} in {_plural(len(set(final.values())), 'story', 'stories')} "
              f"({_plural(duplicates, 'near duplicate', 'near duplicates')}); "
              + (f"{_plural(problems, 'line', 'lines')} skipped" if all(i.jsonl for i in items) else f"{problems} skipped")
              + (f"; wrote {shown(output)}" if output else ""),
              highlight=False, soft_wrap=True)
    err.print(counted.settings(threshold, embedder), highlight=False, soft_wrap=True)
    empty = [item for item in items if not item.usable]
    for item in empty:
        reason = item.problems[0] if item.problems else "it holds no article"
        more = f" (and {_plural(len(item.problems) - 1, 'other problem', 'other problems')})" if len(item.problems) > 1 else ""
        err.print(f"[bold red]error:[/] no usable record in {shown(item.name)}: {shown(reason)}{more}", highlight=False, soft_wrap=True)
    if empty:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command("cluster")(cluster_command)
