"""``rashomon evaluate GOLD.json REPORT.json``: score a saved report against a gold file."""

from __future__ import annotations

import json
from enum import Enum
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from ..evaluation.scores import Scores, evaluate
from ._common import user_errors


class Format(str, Enum):
    text = "text"
    json = "json"


def _table(scores: Scores) -> Table:
    table = Table(title=f"rashomon evaluate: {scores.gold}", title_justify="left")
    table.add_column("score")
    table.add_column("found", justify="right")
    table.add_column("ratio", justify="right")
    table.add_column("notes", overflow="fold")
    ratios = scores.ratios()
    notes = {
        "unique": f"{len(scores.unique_agreed)} put in an agreement",
        "garbled": f"{len(scores.false_flags)} false flags",
        "conflicts": f"{len(scores.false_conflicts)} false conflicts",
        "boilerplate": f"{len(scores.content_lost)} other lines removed ({scores.gold_content_lost} with gold text)",
        "digest": f"{len(scores.invalid_citations)} bad citations",
    }
    for name in Scores.RATIOS:
        tally = getattr(scores, name)
        table.add_row(name, str(tally), f"{ratios[name]:.2f}", notes.get(name, ""))
    return table


def _details(console: Console, scores: Scores) -> None:
    sections = [
        ("unmatched gold articles", scores.unmatched_articles),
        ("gold texts absent from the report's article text", scores.absent_from_text),
        ("missed shared claims", scores.shared.missed),
        ("missed unique claims", scores.unique.missed),
        ("unique claims put in an agreement", scores.unique_agreed),
        ("missed conflicts", scores.conflicts.missed),
        ("false conflicts", scores.false_conflicts),
        ("missed garbled names", scores.garbled.missed),
        ("false flags", scores.false_flags),
        ("entities not merged", scores.entities.missed),
        ("missed framing cues", scores.framing.missed),
        ("missed boilerplate", scores.boilerplate.missed),
        ("content lost", scores.content_lost),
        ("invalid citations", scores.invalid_citations),
    ]
    for title, items in sections:
        if items:
            console.print(f"\n[bold]{title}[/bold] ({len(items)})", highlight=False)
            for item in items:
                console.print(f"  - {item}", highlight=False, markup=False)


def evaluate_command(
    gold: Path = typer.Argument(..., help="The gold file (the format of examples/*/gold.json)."),
    report: Path = typer.Argument(..., help="A report saved as JSON (rashomon compare --format json)."),
    format: Format = typer.Option(Format.text, "--format", "-f", help="text: a table; json: the scores."),
    details: bool = typer.Option(False, "--details", help="Also list what was missed and what was false."),
) -> None:
    """Score a report against a gold file, rule by rule (see rashomon.evaluation.scores)."""
    with user_errors():  # a bad gold or report file: the message on stderr, exit code 1
        scores = evaluate(gold, report)
    if format is Format.json:
        typer.echo(json.dumps(scores.to_dict(), indent=1, ensure_ascii=False))
        return
    console = Console()
    console.print(_table(scores))
    console.print(scores.summary(), highlight=False, markup=False, soft_wrap=True)
    if details:
        _details(console, scores)


def register(app: typer.Typer) -> None:
    app.command("evaluate")(evaluate_command)
