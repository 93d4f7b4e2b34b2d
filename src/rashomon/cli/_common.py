"""What the command modules share: stderr console, error exits, skip reports, output files.

Exit codes: 0 when something usable was processed (what was skipped is reported on stderr), 1
when nothing was (or the user must fix something: the message says what), 2 for a failure of
rashomon itself (a one-line message; ``RASHOMON_DEBUG=1`` shows the traceback).
"""

from __future__ import annotations

import atexit
import gc
import logging
import os
import re
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Annotated, Any, NoReturn

import typer
from rich.console import Console
from rich.markup import escape

err = Console(stderr=True)

AllowPrivateOption = Annotated[
    bool,
    typer.Option("--allow-private-urls",
                 help="Let the links a local feed file holds reach loopback, private and link-local addresses "
                      "(refused by default, as on the web; URLs given here on the command line are always fetched)."),
]


@contextmanager
def linked_client(allow_private_urls: bool, timeout: float) -> Iterator[Any]:
    """The HTTP client for a command's sources: ``None`` (the library's default: URLs given on the
    command line are fetched, the links inside local feed files obey the web's URL policy), or
    with ``allow_private_urls`` one unguarded client for both."""
    if not allow_private_urls:
        yield None
        return
    from ..sources.url import make_client

    with make_client(timeout, allow_private_urls=True) as client:
        yield client

_SURROGATE = re.compile("[\ud800-\udfff]")


def shown(text: object) -> str:
    """User text (a file name, an article's words, a reason) safe to print: rich markup such as
    ``[/bold]`` escaped, and lone surrogates (a file name's undecodable bytes) made U+FFFD."""
    return escape(_SURROGATE.sub("\ufffd", str(text)))


def stdin_is_terminal() -> bool:
    """Whether standard input is a terminal (someone would type the article), not a pipe or file."""
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except (AttributeError, ValueError):  # closed or replaced by an object without isatty
        return False


def hint_stdin(sources: Iterable[str]) -> None:
    """One line on stderr before ``-`` waits on a terminal, so a prompt that says nothing is not
    taken for a hang: how to end the input."""
    if "-" in sources and stdin_is_terminal():
        end = "Ctrl-Z then Enter" if os.name == "nt" else "Ctrl-D"
        err.print(f"reading standard input; end with {end}", highlight=False)


class _StderrWarnings(logging.Handler):
    """A library logger's warnings as the CLI's own "warning:" lines (the package's NullHandler
    keeps them off stderr otherwise: a gold file's unknown kind was never said)."""

    def emit(self, record: logging.LogRecord) -> None:
        err.print(f"[yellow]warning:[/] {shown(self.format(record))}", highlight=False, markup=True, soft_wrap=True)


@contextmanager
def warnings_shown(logger: str) -> Iterator[None]:
    """The warnings ``logger`` (and its children) logs while the block runs, on stderr."""
    handler = _StderrWarnings(logging.WARNING)
    target = logging.getLogger(logger)
    target.addHandler(handler)
    try:
        yield
    finally:
        target.removeHandler(handler)


@contextmanager
def user_errors() -> Iterator[None]:
    """Turn rashomon's own errors into a message on stderr and exit code 1; anything else into
    a one-line message and exit code 2 (the traceback with ``RASHOMON_DEBUG=1``)."""
    from ..errors import RashomonError

    try:
        yield
    except RashomonError as exc:
        err.print(f"[bold red]error:[/] {shown(exc)}", highlight=False, markup=True, soft_wrap=True)
        raise typer.Exit(1) from None
    except (typer.Exit, typer.Abort, KeyboardInterrupt, SystemExit):
        raise
    except Exception as exc:  # noqa: BLE001 - a bug of ours on some input: say so, no traceback
        if os.environ.get("RASHOMON_DEBUG"):
            raise
        err.print(f"[bold red]internal error:[/] {shown(type(exc).__name__)}: {shown(str(exc)[:500])} "
                  "(run with RASHOMON_DEBUG=1 for the traceback, and please report it)",
                  highlight=False, markup=True, soft_wrap=True)
        raise typer.Exit(2) from None


def check_reading(max_bytes: int, timeout: float) -> None:
    """``--max-bytes`` and ``--timeout`` as the readers need them, or InputError (exit code 1): a
    timeout of 0 or below would skip every URL with a baffling reason, a size below 1 every input."""
    from ..errors import InputError

    if max_bytes < 1:
        raise InputError("--max-bytes", f"must be at least 1, got {max_bytes}")
    if not timeout > 0:  # nan too
        raise InputError("--timeout", f"seconds to wait must be positive, got {timeout:g}")


CAPPED = "capped: "


def print_skipped(skipped: Iterable[object]) -> None:
    """Each skipped input on stderr, its name and reason escaped; a gold file (expected
    findings beside example articles) stays quiet: it is in the report, not a warning."""
    from ..sources.records import GOLD_REASON

    for item in skipped:
        reason = getattr(item, "reason", "")
        if reason == GOLD_REASON:
            continue
        # An article cut to the analysis budget was still compared: "capped", not "skipped".
        label, capped = ("capped", reason[len(CAPPED):]) if reason.startswith(CAPPED) else ("skipped", reason)
        err.print(f"[yellow]{label}[/] {shown(getattr(item, 'source', ''))}: {shown(capped)}", highlight=False,
                  soft_wrap=True)


def open_output(output: str) -> Any:
    """``output`` open for writing, or a one-line error and exit code 1 (a missing folder, no
    permission, a folder given for a file): the user's to fix, not a failure of rashomon."""
    try:
        return open(output, "w", encoding="utf-8")
    except OSError as exc:
        err.print(f"[bold red]error:[/] cannot write {shown(output)}: {shown(exc.strerror or exc)}", highlight=False,
                  soft_wrap=True)
        raise typer.Exit(1) from None


# -o's suffix names the report's format when -f is not given ("-o story.html" writes HTML)
_SUFFIX_FORMATS = {".html": "html", ".htm": "html", ".json": "json", ".md": "md", ".markdown": "md"}
FORMAT_HELP = "md, json or html (default: from -o's suffix, .html, .json or .md; else md)."


def report_format(format: str | None, output: str | None) -> str:
    """The format asked for with ``-f``; without it, the one ``-o``'s suffix names, else Markdown."""
    if format is not None:
        return format
    file = to_file(output)
    return _SUFFIX_FORMATS.get(os.path.splitext(file)[1].lower(), "md") if file else "md"


def to_file(output: str | None) -> str | None:
    """``-o``'s file, or None for standard output: nothing given, or ``-`` (standard input among the sources)."""
    return None if output == "-" else output


def freeze_at_exit() -> None:
    """For a command whose work is done and whose output is written and closed: when the process
    ends, what is alive is frozen out of the reach of the interpreter's own full collections,
    which would walk every imported module and loaded model again (about a tenth of a cold
    ``rashomon compare``). Only what the collector walks changes: the other exit handlers still run
    (temporary folders are removed), an object not in a reference cycle is freed as before, one in
    a cycle is left to the system (an unclosed file in a cycle would not be flushed: the command
    has none). Once per process."""
    global _freezing_at_exit
    if not _freezing_at_exit:
        atexit.register(gc.freeze)
        _freezing_at_exit = True


_freezing_at_exit = False


def write_output(text: str, output: str | None) -> None:
    text = _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text
    output = to_file(output)
    if output:
        with open_output(output) as f:
            f.write(text)
        err.print(f"wrote {shown(output)}", highlight=False)
    else:
        typer.echo(text)


ColumnsOption = Annotated[
    str | None,
    typer.Option("--columns", help="Field mapping for CSV columns and JSON/JSONL keys, FIELD=NAME,...: title=headline,text=body."),
]


def parse_columns(spec: str | None) -> dict[str, str] | None:
    """``"title=headline,text=body"`` -> ``{"title": "headline", "text": "body"}`` (field = CSV column)."""
    if not spec:
        return None
    from ..sources.records import RECORD_FIELDS

    columns: dict[str, str] = {}
    for part in spec.split(","):
        field, sep, column = part.partition("=")
        field, column = field.strip(), column.strip()
        if not sep or not field or not column:
            _columns_fail(f"--columns: {part!r} is not FIELD=COLUMN (example: title=headline,text=body)")
        if "=" in column:  # "text=body;title=headline": the second mapping would be a column's name
            _columns_fail(f"--columns: {part!r} holds two mappings: separate the mappings with commas (title=headline,text=body)")
        if field not in RECORD_FIELDS:
            _columns_fail(f"--columns: {field!r} is not a record field ({', '.join(RECORD_FIELDS)})")
        if field in columns:
            _columns_fail(f"--columns: {field!r} is mapped twice ({columns[field]!r} and {column!r}); give one column for it")
        columns[field] = column
    return columns


def _columns_fail(message: str) -> NoReturn:
    err.print(f"[bold red]error:[/] {shown(message)}", highlight=False, soft_wrap=True)
    raise typer.Exit(1)
