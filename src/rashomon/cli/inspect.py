"""``rashomon inspect SOURCE...``: each article on its own (cleaned text, entities, claims, framing cues)."""

from __future__ import annotations

from typing import Annotated

import typer

from ._common import (FORMAT_HELP, AllowPrivateOption, ColumnsOption, check_reading, err, hint_stdin, linked_client, parse_columns,
                      print_skipped, report_format, shown, user_errors, write_output)


def inspect_command(
    sources: Annotated[list[str], typer.Argument(help="Files (text, HTML, JSON, JSONL, CSV), folders, URLs or feeds; - reads standard input.")],
    format: Annotated[str | None, typer.Option("--format", "-f", help=FORMAT_HELP, show_default=False)] = None,
    output: Annotated[str | None, typer.Option("--output", "-o", help="Write to this file instead of the terminal (- is the terminal).")] = None,
    voices: Annotated[bool, typer.Option(help="Also list whom each article quotes.")] = False,
    sensitivity: Annotated[str, typer.Option(
        help="Loaded words: 'precise' (few, most of them right) or 'broad' (more found, most of the added ones false).")] = "precise",
    contextual_cues: Annotated[bool, typer.Option("--contextual-cues", help="Framing: also the loaded words a contextual word model is surest of (needs the semantic extra).")] = False,
    max_bytes: Annotated[int, typer.Option(help="Skip inputs larger than this.")] = 5_000_000,
    timeout: Annotated[float, typer.Option(help="Seconds to wait for a URL.")] = 15.0,
    allow_private_urls: AllowPrivateOption = False,
    columns: ColumnsOption = None,
) -> None:
    """Inspect each article on its own: its framing cues, entities and claims, no comparison.

    Read alone, an article may be told otherwise than by compare: a loaded word is judged by the one-article model and its own bar (compare's story model also weighs whether another outlet writes the word: a word near either bar may be flagged by one only), and a name's type rests on this article alone (compare pools every outlet's evidence: another's dateline makes a name a place).
    """  # one line: the help wraps it to the terminal
    from ..comparison.framing import SENSITIVITIES
    from ..comparison.single import INSPECT_FORMATS, inspect_articles, render_inspection
    from ..errors import InputError
    from ..settings import Settings

    format = report_format(format, output)
    csv_columns = parse_columns(columns)
    with user_errors():
        from ..renderers import format_name

        if format_name(format) not in INSPECT_FORMATS:
            raise InputError("--format", f"unknown format {format!r}; valid: {', '.join(INSPECT_FORMATS)}")
        if sensitivity not in SENSITIVITIES:
            raise InputError("--sensitivity", f"unknown sensitivity {sensitivity!r}; valid: {', '.join(SENSITIVITIES)}")
        check_reading(max_bytes, timeout)
        settings = Settings(max_bytes=max_bytes, timeout=timeout, contextual_cues=contextual_cues or None)
        hint_stdin(sources)
        with err.status("inspecting…"), linked_client(allow_private_urls, timeout) as client:
            inspection = inspect_articles(sources, settings=settings, voices=voices, client=client, sensitivity=sensitivity,
                                          csv_columns=csv_columns)
        print_skipped(inspection.skipped)
        for note in inspection.notes:
            err.print(f"[yellow]note:[/] {shown(note)}", highlight=False, soft_wrap=True)
        write_output(render_inspection(inspection, format), output)
        if not inspection.articles:
            err.print("[bold red]error:[/] no usable article to inspect", highlight=False)
            raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command("inspect")(inspect_command)
