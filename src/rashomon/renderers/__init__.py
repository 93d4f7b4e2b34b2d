"""Rendering a report: JSON (the data), Markdown (the terminal), HTML (one self-contained page).

    render(report, "html")      any format by name; an unknown name lists the valid ones
    to_json / from_json         the JSON report and back (schema: docs/schema.md)
    to_markdown, to_html        the two readable forms

The HTML report's body (templates/_report_body.html.j2, built from view.report_view and led
by summary.summary_of) is the web app's story page too.

Formats are backends in a :class:`~rashomon.registry.Registry`, so the CLI and the web app
can list them and pick one by name.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..model import Report
from ..registry import Registry
from .jsonfmt import from_json, json_schema, to_json

# The readable forms load on first use: a JSON comparison does not pay for the templates.
_LAZY = {"to_html": ".html", "to_markdown": ".markdown"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name], __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "FORMATS",
    "Format",
    "from_json",
    "json_schema",
    "render",
    "to_html",
    "to_json",
    "to_markdown",
]


@dataclass(frozen=True, slots=True)
class Format:
    """A report format: its renderer, the media type to serve it as, and a file suffix."""

    name: str
    media_type: str
    suffix: str
    renderer: Callable[[Report], str]

    def render(self, report: Report) -> str:
        return self.renderer(report)


FORMATS: Registry[Format] = Registry("report format")
FORMATS.register("json")(lambda: Format("json", "application/json", ".json", to_json))
FORMATS.register("md")(lambda: Format("md", "text/markdown; charset=utf-8", ".md", __getattr__("to_markdown")))
FORMATS.register("html")(lambda: Format("html", "text/html; charset=utf-8", ".html", __getattr__("to_html")))


# The long names a reader may give a format by ("markdown" for "md"), in any case.
ALIASES = {"markdown": "md", "htm": "html"}


def format_name(fmt: str) -> str:
    """The registered name of a format given by its name or long name, in any case ("Markdown": "md")."""
    name = fmt.strip().lower()
    return ALIASES.get(name, name)


def render(report: Report, fmt: str) -> str:
    """The report in format ``fmt`` (json, md or html; "markdown" is md, in any case).

    Raises :class:`rashomon.errors.UnknownBackend` listing the valid names for any other.
    """
    return FORMATS.create(format_name(fmt)).render(report)
