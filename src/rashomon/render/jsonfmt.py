"""The JSON report: ``Report.to_dict()`` as text, and back.

The shape is documented in ``docs/schema.md`` and described by the JSON Schema shipped in
``rashomon/data/report.schema.json``; :data:`rashomon.model.SCHEMA` names its major version.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from ..errors import InputError
from ..model import SCHEMA, Report

SCHEMA_RESOURCE = "report.schema.json"


def to_json(report: Report) -> str:
    """The report as JSON text: UTF-8 characters kept as they are, two-space indents."""
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=2)


def from_json(text: str | bytes, source: str = "<report JSON>") -> Report:
    """Read a report written by :func:`to_json`.

    Raises :class:`rashomon.errors.InputError` naming ``source`` when the text is not JSON,
    is not a report, carries another major schema version, or misses a required field.
    Fields this version does not know (added by a later minor version) are ignored.
    """
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(source, f"not JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}") from exc
    except UnicodeDecodeError as exc:
        raise InputError(source, f"not UTF-8 text: {exc.reason} at byte {exc.start}") from exc
    if not isinstance(data, dict):
        raise InputError(source, f"a report is a JSON object, got {type(data).__name__}")
    found = data.get("schema")
    if found != SCHEMA:
        raise InputError(source, f"schema {found!r} is not {SCHEMA!r}, the version this rashomon reads")
    try:
        return Report.from_dict(data)
    except (TypeError, AttributeError, ValueError, KeyError) as exc:
        # A missing required field or a value of the wrong shape somewhere in the tree.
        raise InputError(source, f"not a valid {SCHEMA} report: {exc}") from exc


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of the report, as shipped with the package."""
    text = (resources.files("rashomon") / "data" / SCHEMA_RESOURCE).read_text(encoding="utf-8")
    return json.loads(text)
