"""``rashomon demo``: compare the bundled example stories and write their HTML reports."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ._common import err, user_errors


def demo_command(
    output: Annotated[Path, typer.Option("--output", "-o", help="Folder for the reports.")] = Path("rashomon-demo"),
) -> None:
    """Compare the bundled example stories; print the path of each HTML report."""
    from ..demo import run_demo

    if output.exists() and not output.is_dir():
        err.print(f"[bold red]error:[/] {output} is a file; --output names the folder for the reports",
                  highlight=False, markup=True)
        raise typer.Exit(1)
    with user_errors():
        with err.status("comparing the example stories…"):
            results = run_demo(output)
        for result in results:
            err.print(f"{result.story}: {result.summary}", highlight=False)
            typer.echo(str(result.html))


def register(app: typer.Typer) -> None:
    app.command("demo")(demo_command)
