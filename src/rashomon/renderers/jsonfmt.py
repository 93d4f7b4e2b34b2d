"""The JSON report: ``Report.to_dict()`` as text, and back.

The shape is documented in ``docs/schema.md`` and described by the JSON Schema shipped in
``rashomon/data/report.schema.json``; :data:`rashomon.model.SCHEMA` names its major version.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from importlib import resources
from typing import Any

from ..errors import InputError
from ..model import PREVIOUS_SCHEMA, SCHEMA, Report

SCHEMA_RESOURCE = "report.schema.json"


def to_json(report: Report) -> str:
    """The report as JSON text: UTF-8 characters kept as they are, two-space indents."""
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=2)


def from_json(text: str | bytes, source: str = "<report JSON>") -> Report:
    """Read a report written by :func:`to_json`.

    Raises :class:`rashomon.errors.InputError` naming ``source`` when the text is not JSON,
    is not a report, carries a schema version other than this one or the previous one (read, its
    left-out agreements moved from ``skipped`` to ``left_out``), or misses a required field.
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
    if found not in (SCHEMA, PREVIOUS_SCHEMA):
        raise InputError(source, f"schema {found!r} is not {SCHEMA!r} (or {PREVIOUS_SCHEMA!r}), the versions this rashomon reads")
    problem = _shape_problem(Report, data, "report")
    if problem:
        raise InputError(source, f"not a valid {found} report: {problem}")
    return Report.from_dict(data)


def _shape_problem(tp: Any, value: Any, path: str) -> str | None:
    """The first place where ``value`` does not fit the annotated type, or None.

    Checked before decoding because ``Record.from_dict`` trusts its input: a string where a
    list belongs would quietly become a list of characters.
    """
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        options = typing.get_args(tp)
        if value is None and type(None) in options:
            return None
        problems = [_shape_problem(t, value, path) for t in options if t is not type(None)]
        return None if any(p is None for p in problems) else problems[0]
    if origin is tuple:
        if not isinstance(value, list):
            return f"{path}: expected a list, got {_json_type(value)}"
        item_tp = typing.get_args(tp)[0]
        return next((p for i, v in enumerate(value) if (p := _shape_problem(item_tp, v, f"{path}[{i}]"))), None)
    if origin is dict or tp is dict:
        return None if isinstance(value, dict) else f"{path}: expected an object, got {_json_type(value)}"
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        if not isinstance(value, dict):
            return f"{path}: expected an object ({tp.__name__}), got {_json_type(value)}"
        hints = typing.get_type_hints(tp)
        for f in dataclasses.fields(tp):
            if f.name not in value:
                if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
                    return f"{path}: {tp.__name__} needs the field {f.name!r}"
                continue
            problem = _shape_problem(hints[f.name], value[f.name], f"{path}.{f.name}")
            if problem:
                return problem
        return None
    expected = _SCALARS.get(tp)
    if expected is None:  # Any
        return None
    ok = isinstance(value, expected) and not isinstance(value, bool) if tp is not bool else isinstance(value, bool)
    return None if ok else f"{path}: expected {_SCALAR_NAMES[tp]}, got {_json_type(value)}"


_SCALARS: dict[Any, tuple[type, ...]] = {str: (str,), int: (int,), float: (int, float), bool: (bool,)}
_SCALAR_NAMES = {str: "a string", int: "an integer", float: "a number", bool: "true or false"}


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    return {bool: "a boolean", int: "an integer", float: "a number", str: "a string", list: "a list", dict: "an object"}.get(type(value), type(value).__name__)


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of the report, as shipped with the package."""
    text = (resources.files("rashomon") / "data" / SCHEMA_RESOURCE).read_text(encoding="utf-8")
    return json.loads(text)
