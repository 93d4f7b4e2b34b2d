"""``rashomon evaluate GOLD.json REPORT.json``: score a saved report against a gold file."""

from __future__ import annotations

import json
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from ._common import hint_stdin, user_errors, warnings_shown

if TYPE_CHECKING:  # the scoring loads when the command runs: other commands do not pay for it
    from ..evaluation.scores import Scores


class Format(str, Enum):
    text = "text"
    json = "json"


def _notes(scores: Scores) -> dict[str, str]:
    c = scores.counts()
    exact = "" if scores.complete else " (gold v1: an upper bound)"
    by_kind = lambda tallies: ", ".join(f"{t.label} {t}" for t in tallies)  # noqa: E731
    return {
        "entities": "",
        "garbled": f"{c['false_flags']} names wrongly flagged",
        "shared": ", ".join(f"{t.label}-way {t}" for t in scores.shared_by_size),
        "unique": f"{c['unique_agreed']} put in an agreement",
        "conflicts": f"{c['false_conflicts']} false{exact}, {c['duplicate_conflicts']} duplicate; " + by_kind(scores.conflicts_by_kind),
        "conflict_kinds": "found conflicts reported with their gold kind",
        "conflict_sides": "found conflicts told as one finding with every gold side",
        "framing": by_kind(scores.framing_by_kind),
        "framing_precision": f"{c['false_framing']} false{exact} (hedges and voice apart); {scores.voice_cues} voice cues",
        "hedges": f"{c['false_hedges']} hedges on no gold cue",
        "boilerplate": f"{c['content_lost']} story lines lost ({scores.gold_content_lost} with gold text)",
        "digest": f"{c['uncited']} uncited",
        "digest_supported": f"{c['unsupported']} unsupported; {c['digest_loaded']} loaded terms in the digest",
    }


def _table(scores: Scores) -> Table:
    from ..evaluation.scores import Scores

    table = Table(title=f"rashomon evaluate: {scores.gold} (gold v{scores.gold_version})", title_justify="left")
    table.add_column("score")
    table.add_column("found", justify="right")
    table.add_column("ratio", justify="right")
    table.add_column("notes", overflow="fold")
    ratios, notes = scores.ratios(), _notes(scores)
    for name in Scores.RATIOS:
        table.add_row(name.replace("_", " "), str(getattr(scores, name)), f"{ratios[name]:.2f}", notes.get(name, ""))
    return table


def _details(console: Console, scores: Scores) -> None:
    from ..evaluation.totals import LISTS, story_list

    sections = [("unmatched gold articles", scores.unmatched_articles)]
    sections += [(name.replace("-", " "), story_list(scores, name)) for name in LISTS]
    for title, items in sections:
        if items:
            console.print(f"\n[bold]{title}[/bold] ({len(items)})", highlight=False)
            for item in items:
                console.print(f"  - {item}", highlight=False, markup=False)


def _check_articles(scores: Scores, gold: Path, report: Path) -> None:
    """Say on stderr which gold articles the report lacks; none of them there (the report of
    another story): an error, exit code 1, no table of zeros."""
    missing = scores.unmatched_articles
    if not missing:
        return
    err = Console(stderr=True)
    names = ", ".join(missing[:5]) + (f" and {len(missing) - 5} more" if len(missing) > 5 else "")
    from ..evaluation.gold import load_gold

    total = len(load_gold(gold).articles)
    if len(missing) >= total:
        err.print(f"[bold red]error:[/] none of the {total} articles of the gold file {escape(str(gold))} is in the "
                  f"report {escape(str(report))} (is it the report of this story?): {escape(names)}",
                  highlight=False, soft_wrap=True)
        raise typer.Exit(1)
    err.print(f"[yellow]warning:[/] {len(missing)} of the {total} gold articles are not in the report, their "
              f"findings count as missed: {escape(names)}", highlight=False, soft_wrap=True)


def evaluate_command(
    gold: Path = typer.Argument(..., help="The gold file (v1 as in examples/*/gold.json, or v2 as in stories-dev)."),
    report: Path = typer.Argument(..., help="A report saved as JSON (rashomon compare --format json); - reads it from standard input."),
    format: Format = typer.Option(Format.text, "--format", "-f", help="text: a table; json: the scores."),
    details: bool = typer.Option(False, "--details", help="Also list what was missed and what was false."),
) -> None:
    """Score a report against a gold file: recall and precision, rule by rule (see rashomon.evaluation.scores)."""
    from ..evaluation.scores import evaluate

    hint_stdin([str(report)])
    # a bad gold or report file: the message on stderr, exit code 1; a doubtful one (a kind no rule
    # reports, a gold article two report articles match): a warning
    with user_errors(), warnings_shown("rashomon.evaluation"):
        scores = evaluate(gold, report)
    _check_articles(scores, gold, report)
    if format is Format.json:
        typer.echo(json.dumps({**scores.to_dict(), "ratios": scores.ratios(), "counts": scores.counts()}, indent=1, ensure_ascii=False))
        return
    console = Console()
    console.print(_table(scores))
    console.print(scores.summary(), highlight=False, markup=False, soft_wrap=True)
    if details:
        _details(console, scores)


def register(app: typer.Typer) -> None:
    app.command("evaluate")(evaluate_command)
