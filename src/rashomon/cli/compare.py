"""``rashomon compare SOURCE...``: compare two or more articles about one event."""

from __future__ import annotations

from typing import Annotated

import typer

from ._common import (FORMAT_HELP, AllowPrivateOption, ColumnsOption, check_reading, err, freeze_at_exit, hint_stdin, linked_client,
                      parse_columns, print_skipped, report_format, user_errors, write_output)


def compare_command(
    sources: Annotated[list[str], typer.Argument(help="Files (text, HTML, JSON, JSONL, CSV), folders, URLs or feeds; - reads standard input.")],
    format: Annotated[str | None, typer.Option("--format", "-f", help=FORMAT_HELP, show_default=False)] = None,
    output: Annotated[str | None, typer.Option("--output", "-o", help="Write to this file instead of the terminal (- is the terminal).")] = None,
    embedder: Annotated[str, typer.Option(help="auto, tfidf, minilm or static.")] = "auto",
    max_bytes: Annotated[int, typer.Option(help="Skip inputs larger than this.")] = 5_000_000,
    timeout: Annotated[float, typer.Option(help="Seconds to wait for a URL.")] = 15.0,
    contextual_cues: Annotated[bool | None, typer.Option("--contextual-cues/--no-contextual-cues", help="Framing: also the contextual word model's loaded words (needs the semantic extra; on by default with --embedder minilm).")] = None,
    allow_private_urls: AllowPrivateOption = False,
    columns: ColumnsOption = None,
) -> None:
    """Compare how two or more sources tell one story."""
    from ..comparison.pipeline import compare
    from ..renderers import render
    from ..settings import Settings

    csv_columns = parse_columns(columns)
    with user_errors():
        check_reading(max_bytes, timeout)
        settings = Settings(embedder=embedder, max_bytes=max_bytes, timeout=timeout, contextual_cues=contextual_cues)
        hint_stdin(sources)
        with err.status("comparing…"), linked_client(allow_private_urls, timeout) as client:
            report = compare(sources, settings=settings, client=client, csv_columns=csv_columns)
        print_skipped(report.skipped)
        write_output(render(report, report_format(format, output)), output)
    freeze_at_exit()


def register(app: typer.Typer) -> None:
    app.command("compare")(compare_command)
