"""rashomon.web.outlet_meta: the user's outlet file (``rashomon serve --outlets``) as a
spreadsheet writes it."""

from __future__ import annotations

from pathlib import Path

import pytest

from rashomon.errors import InputError
from rashomon.web.outlet_meta import load_outlet_groups


def test_a_spreadsheet_s_empty_rows_are_passed_over(tmp_path: Path) -> None:
    """A spreadsheet's export ends with rows of empty cells (",,,"): they name no outlet and
    are no mistake; the file was refused ("entry 3 names no outlet")."""
    path = tmp_path / "outlets.csv"
    path.write_text("outlet,country,owner,stance\nWire,DE,Wire AG,centre\nDaily Tribune,UK,,tabloid\n,,,\n,,,\n", encoding="utf-8")
    groups = load_outlet_groups(path)
    assert set(groups.outlets) == {"Wire", "Daily Tribune"}
    assert groups.of("Daily Tribune") == [("Country", "UK"), ("Stated stance", "tabloid")]


def test_a_row_without_an_outlet_is_named_by_its_line(tmp_path: Path) -> None:
    path = tmp_path / "outlets.csv"
    path.write_text("outlet,country\nWire,DE\n,UK\n", encoding="utf-8")
    with pytest.raises(InputError, match="line 3 names no outlet"):
        load_outlet_groups(path)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig"])
def test_a_csv_written_with_semicolons_is_read_by_its_columns(tmp_path: Path, encoding: str) -> None:
    """Spreadsheets in many locales export with ';' (as the article readers know): the header
    "outlet;country" was one column, and every row "named no outlet"."""
    path = tmp_path / "outlets.csv"
    path.write_text("outlet;country;stance\nWire;DE;centre\nNordkurier;DE;regional\n", encoding=encoding)
    groups = load_outlet_groups(path)
    assert groups.of("Nordkurier") == [("Country", "DE"), ("Stated stance", "regional")]
