"""What the user says about the outlets: a CSV or TOML file of outlet, country, owner, stated
stance. The pages show coverage by these groups; rashomon itself rates no outlet, and ships no
such list.

CSV (cells between commas, or semicolons as many spreadsheets export): a header row with ``outlet``
and any of ``country``, ``owner``, ``stance`` (other columns
are kept too). TOML: one table per outlet, ``["Kelmark Herald"] country = "Kelmark"``, or an
``[[outlet]]`` array of tables with a ``name`` (or ``outlet``) key.
"""

from __future__ import annotations

import csv
import os
import tomllib
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError
from ..sources.records import csv_delimiter

FIELDS = ("country", "owner", "stance")
LABELS = {"country": "Country", "owner": "Owner", "stance": "Stated stance"}


@dataclass(frozen=True, slots=True)
class Group:
    field: str  # its label
    values: list[tuple[str, list[str]]]  # (value, outlets), most outlets first


@dataclass(frozen=True, slots=True)
class OutletGroups:
    outlets: Mapping[str, Mapping[str, str]] = field(default_factory=dict)  # outlet -> field -> value
    fields: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.outlets)

    def of(self, outlet: str) -> list[tuple[str, str]]:
        """(label, value) pairs the user gave for one outlet."""
        known = self.outlets.get(outlet, {})
        return [(LABELS.get(f, f.capitalize()), known[f]) for f in self.fields if known.get(f)]

    def coverage(self, outlets: Iterable[str]) -> list[Group]:
        """How the given outlets fall into each field's values ("unlisted" for the others)."""
        names = list(dict.fromkeys(outlets))
        if not self.outlets or not names:
            return []
        groups = []
        for name in self.fields:
            by_value: dict[str, list[str]] = defaultdict(list)
            for outlet in names:
                by_value[self.outlets.get(outlet, {}).get(name) or "unlisted"].append(outlet)
            if set(by_value) == {"unlisted"}:
                continue
            values = sorted(by_value.items(), key=lambda kv: (kv[0] == "unlisted", -len(kv[1]), kv[0].casefold()))
            groups.append(Group(field=LABELS.get(name, name.capitalize()), values=values))
        return groups


def load_outlet_groups(path: str | os.PathLike[str]) -> OutletGroups:
    """Read the file; a missing file, a file without outlets or a row without a name is an
    InputError naming the file and the place."""
    file = Path(path)
    try:
        raw = file.read_bytes()
    except OSError as exc:
        raise InputError(str(file), f"cannot read the outlet file: {exc.strerror or exc}") from None
    rows: list[tuple[str, dict[str, str]]] = []  # (its place: "entry 2", "line 3"; its fields)
    if file.suffix.lower() == ".toml":
        try:
            data = tomllib.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise InputError(str(file), f"not TOML: {exc}") from None
        entries = data.get("outlet") if isinstance(data.get("outlet"), list) else None
        if entries is None:
            entries = [{"outlet": name, **value} for name, value in data.items() if isinstance(value, dict)]
        for i, entry in enumerate(entries, 1):
            if not isinstance(entry, dict):
                raise InputError(str(file), f"outlet entry {i} is not a table")
            rows.append((f"entry {i}", {str(k): str(v) for k, v in entry.items()}))
    else:
        try:
            text = raw.decode("utf-8-sig")
            # a spreadsheet's export in many locales has ';' between the cells, as the article readers know
            reader = csv.DictReader(text.splitlines(), delimiter=csv_delimiter(text[:4096]))
            for row in reader:
                cells = {(k or "").strip().casefold(): (v or "").strip() for k, v in row.items() if isinstance(v, str)}
                if any(cells.values()):  # a row of empty cells (",,,") is a spreadsheet's blank row
                    rows.append((f"line {reader.line_num}", cells))
        except (UnicodeDecodeError, csv.Error) as exc:
            raise InputError(str(file), f"not CSV: {exc}") from None
    outlets: dict[str, dict[str, str]] = {}
    seen_fields: dict[str, None] = {}
    for place, row in rows:
        name = (row.pop("outlet", "") or row.pop("name", "")).strip()
        if not name:
            raise InputError(str(file), f"{place} names no outlet (an 'outlet' column or key)")
        values = {k.strip().casefold(): v.strip() for k, v in row.items() if k and v and v.strip()}
        outlets[name] = values
        for key in values:
            seen_fields[key] = None
    if not outlets:
        raise InputError(str(file), "no outlet found (CSV: a header row with an 'outlet' column)")
    ordered = tuple(f for f in FIELDS if f in seen_fields) + tuple(f for f in seen_fields if f not in FIELDS)
    return OutletGroups(outlets=outlets, fields=ordered)
