"""The command line: one module per command, each a thin shell over one API function.

A command module defines ``register(app)``; adding a command is adding its module to
``_COMMANDS``.
"""

from __future__ import annotations

import importlib

import typer

app = typer.Typer(
    name="rashomon",
    help="One story, many tellings: compare how outlets report the same event, claim by claim.",
    no_args_is_help=True,
    add_completion=False,
)

_COMMANDS = ["compare", "inspect", "demo", "evaluate", "cluster", "store_commands", "serve", "compare_all"]

for _name in _COMMANDS:
    importlib.import_module(f"{__name__}.{_name}").register(app)
