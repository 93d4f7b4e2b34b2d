"""The place CheckList (tests/place_checklist_pairs.py) through the conflict finder: one event told
by two outlets at differently named places (or of differently named persons) must give a ``name``
conflict; one place at another level, in another spelling or form, or two different acts, must
give none. Known gaps are xfail with their reason (bench/pair_checklist.py places prints the per-class
score of both halves)."""

import pytest

from tests.conftest import resolved_conflicts_of
from tests.place_checklist_pairs import PAIRS

_NO_TITLE = "two first names of one person are a conflict only with agreeing titles; a role noun ('the climber') is no title"
_HELD_OUT = "a held-out row the finder misses; left unexamined so the held-out half stays a fair estimate"
# (first words of outlet a's sentence, label) -> why the finder fails it
KNOWN_GAPS = {
    ("The fire started in the north wing", "conflict"): "a lowercase part of a building ('north wing') is no place name",
    ("The body of the climber Erik Sallow", "conflict"): _NO_TITLE,
    ("The freed hostage, Maria Lenz", "conflict"): _NO_TITLE,
    ("The suspect, Piet Varga, was captured", "conflict"): _HELD_OUT,
    ("Police said the smuggler Ivo Darnel", "conflict"): _HELD_OUT,
    ("The blaze destroyed the Kessel", "conflict"): _HELD_OUT,
    ("The peace talks will take place", "conflict"): _HELD_OUT,
    ("The ministers met in Kessan", "conflict"): _HELD_OUT,
    ("The signing ceremony was held at the Tarvo palace", "conflict"): _HELD_OUT,
    ("Gunmen killed nine villagers in Amarru on", "conflict"): _HELD_OUT,
    ("The driver, a 34-year-old named Jonas Pell", "conflict"): _HELD_OUT,
    ("Protesters gathered on Liberty Square", "conflict"): _HELD_OUT,
    ("The victim, a teacher from Osterby", "conflict"): _HELD_OUT,
    ("The ship, registered in Marren", "conflict"): _HELD_OUT,
    ("The ferry passengers were held in Darnholt", "agree"): "a town and its country told in a sentence of their own ('Darnholt is a port in Velmaria') is not read by levels",
    ("The passengers were taken to St. Anne's", "agree"): "'St.' is cut at its full stop and read as a place name of its own",
    ("The first fire broke out at the Harnet depot", "unrelated"): "'first' / 'second' fire is not read as two occasions (which depot, from structures)",
}


def _gap(a: str, label: str) -> str:
    return next((why for (start, lab), why in KNOWN_GAPS.items() if a.startswith(start) and lab == label), "")


@pytest.mark.parametrize(
    "kind, a, b, label",
    [pytest.param(*row, marks=pytest.mark.xfail(reason=why, strict=True)) if (why := _gap(row[1], row[3])) else row for row in PAIRS],
)
def test_where_or_whom(kind, a, b, label):
    found = [c for c in resolved_conflicts_of(a, b) if c.kind == "name"]
    assert bool(found) is (label == "conflict"), [c.explanation for c in found]
