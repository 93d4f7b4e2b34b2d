"""``rashomon serve``: the web app and REST API (needs the ``web`` extra)."""

from __future__ import annotations

import os
from typing import Annotated

import typer

from ._common import err, user_errors


def serve_command(
    host: Annotated[str, typer.Option(help="Address to listen on; beyond loopback, writes need a token.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8000,
    db: Annotated[str | None, typer.Option("--db", help="A SQLite file or a SQLAlchemy URL (default: the user's store).")] = None,
    token: Annotated[str | None, typer.Option(help="The write token (default: $RASHOMON_TOKEN; generated and printed beyond loopback).")] = None,
    allow_private_urls: Annotated[bool, typer.Option("--allow-private-urls", help="Let URL fetches reach loopback, private and link-local addresses.")] = False,
    embedder: Annotated[str, typer.Option(help="auto, tfidf, minilm or static.")] = "auto",
    max_compares: Annotated[int, typer.Option("--max-compares", min=0, help="Comparisons run at once (0: one per CPU core); more wait, then get 503.")] = 0,
    refresh_every: Annotated[float, typer.Option("--refresh-every", min=0, metavar="SECONDS", help="Compare the stories that changed every SECONDS in the background, so outlet and entity pages read compared stories (0: only when a story is opened).")] = 30.0,
    outlets: Annotated[str | None, typer.Option("--outlets", metavar="FILE", help="Your outlet list (CSV or TOML: outlet, country, owner, stance), shown as coverage by group.")] = None,
    create: Annotated[bool, typer.Option("--create", help="Start an empty store when --db names a SQLite file that is not there (else refused: a mistyped name would serve nothing).")] = False,
) -> None:
    """Serve the web app: the stories, a compare form, and the REST API (/openapi.json)."""
    from ..settings import Settings
    from .store_commands import missing_store

    with user_errors():
        from ..web.server import serve

        missing = missing_store(db)
        if missing is not None and db is not None and not create:
            err.print(f"error: no store at {missing}: rashomon ingest SOURCE... --db {db} fills one, "
                      "or give --create to serve an empty one", highlight=False, markup=False, soft_wrap=True)
            raise typer.Exit(1)
        if missing is not None:
            err.print(f"no store yet at {missing}: serving an empty one (rashomon ingest SOURCE... fills it)",
                      highlight=False, markup=False, soft_wrap=True)

        try:
            serve(host=host, port=port, db=db, token=token or os.environ.get("RASHOMON_TOKEN"),
                  allow_private_urls=allow_private_urls, settings=Settings(embedder=embedder), max_compares=max_compares,
                  refresh_every=refresh_every, outlets_file=outlets,
                  announce=lambda text: err.print(text, highlight=False, markup=False, soft_wrap=True))
        except ValueError as exc:
            err.print(f"error: {exc}", highlight=False, markup=False)
            raise typer.Exit(1) from None


def register(app: typer.Typer) -> None:
    app.command("serve")(serve_command)
