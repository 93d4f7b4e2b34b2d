"""What the command modules share: stderr console, error exits."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import typer
from rich.console import Console

err = Console(stderr=True)


@contextmanager
def user_errors() -> Iterator[None]:
    """Turn rashomon's own errors into a message on stderr and exit code 1."""
    from ..errors import RashomonError

    try:
        yield
    except RashomonError as exc:
        err.print(f"[bold red]error:[/] {exc}", highlight=False, markup=True)
        raise typer.Exit(1) from None


def write_output(text: str, output: str | None) -> None:
    if output:
        with open(output, "w", encoding="utf-8") as f:
            f.write(text)
        err.print(f"wrote {output}")
    else:
        typer.echo(text)
