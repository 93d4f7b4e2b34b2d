"""One outlet and one entity across their stories (web/across.py): whom an outlet quotes, an entity by name."""

from __future__ import annotations

import pytest

pytest.importorskip("fastapi")

from rashomon import compare  # noqa: E402
from rashomon.model import Document  # noqa: E402
from rashomon.store.browse import StorySummary  # noqa: E402
from rashomon.web.across import entity_key, entity_view, outlet_view  # noqa: E402


def test_whom_an_outlet_quotes_counts_speakers_not_sourcing_notes():
    report = compare([
        Document(source="North Post", text="Critics claim the new bridge toll will hurt commuters in Ostby. The council approved the toll on Monday, "
        "Mayor Lena Vos said."),
        Document(source="South Wire", text="The Ostby council approved a bridge toll on Monday. Mayor Lena Vos said the toll would pay for repairs."),
    ])
    name = report.articles[0].source
    assert any(c.kind == "voice" and "unnamed group" in c.note for c in report.framing), "the sourcing note fires"
    summary = StorySummary(id=1, title="Toll", size=2, outlets=tuple(a.source for a in report.articles),
                           first_date=None, last_date=None, has_report=True)
    voices = outlet_view(name, [(summary, report)])["voices"]
    names = [v[0] if isinstance(v, tuple) else v for v in voices]
    assert names and all("[sourcing]" not in str(n) and "unnamed group" not in str(n) for n in names), voices


def test_an_entity_is_found_by_its_name_as_by_its_key():
    """/entities/Ingrid%20Solvang answered 404 where the page's own link, /entities/ingrid-solvang, worked."""
    report = compare([
        Document(source="North Post", text="The Ostby council approved a bridge toll on Monday, Mayor Lena Vos said."),
        Document(source="South Wire", text="The Ostby council approved a bridge toll on Monday. Mayor Lena Vos said the toll would pay for repairs."),
    ])
    summary = StorySummary(id=1, title="Toll", size=2, outlets=tuple(a.source for a in report.articles),
                           first_date=None, last_date=None, has_report=True)
    by_key = entity_view(entity_key("Lena Vos"), [(summary, report)])
    assert by_key is not None
    assert entity_view("Lena Vos", [(summary, report)]) == by_key == entity_view("LENA  VOS", [(summary, report)])
