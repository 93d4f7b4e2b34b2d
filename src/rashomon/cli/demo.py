"""``rashomon demo``: compare the bundled example stories and write their HTML reports."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from ._common import err, user_errors


def demo_command(
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Folder for the reports (default: rashomon/demo in the user's data folder)."),
    ] = None,
) -> None:
    """Compare the bundled example stories; print each HTML report's path and its score against the story's gold file."""
    from ..demo import default_output, run_demo

    folder = output or default_output()
    if str(output) == "-":
        err.print("[bold red]error:[/] the demo writes one HTML report per story; --output names a folder, "
                  "not standard output ('-')", highlight=False, markup=True)
        raise typer.Exit(2)
    if folder.exists() and not folder.is_dir():
        err.print(f"[bold red]error:[/] {escape(str(folder))} is a file; --output names the folder for the reports",
                  highlight=False, markup=True)
        raise typer.Exit(1)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:  # a file on the way, no permission: the user's to fix
        err.print(f"[bold red]error:[/] cannot write {escape(str(folder))}: {escape(exc.strerror or str(exc))}",
                  highlight=False, markup=True, soft_wrap=True)
        raise typer.Exit(1) from None
    with user_errors():
        with err.status("comparing the example stories…"):
            results = run_demo(folder)
        err.print(f"reports written to {escape(str(folder))}", highlight=False, soft_wrap=True)
        err.print("scores: each comparison against the gold file bundled with its story (gold.json: the findings "
                  "a person marked by hand)", highlight=False, soft_wrap=True)
        for result in results:
            err.print(f"  {escape(result.story)}: {escape(result.summary)}", highlight=False, soft_wrap=True)
            typer.echo(str(result.html))


def register(app: typer.Typer) -> None:
    app.command("demo")(demo_command)
