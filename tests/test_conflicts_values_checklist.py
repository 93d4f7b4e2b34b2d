"""The quantity checklist at the comparison: vague, qualified and ranged figures against exact ones
(conflicts/values.py). Each pair is two outlets telling one event in otherwise alike sentences."""

import pytest

from tests.conftest import conflicts_of

LEAD = "A fire swept through the Varn textile plant on Monday. "

# (figure told by outlet a, figure told by outlet b, whether they conflict)
PAIRS = [
    ("Nearly 50 workers were killed in the fire.", "47 workers were killed in the fire.", False),
    ("Two dozen workers were killed in the fire.", "30 workers were killed in the fire.", True),
    ("At least 212 workers were killed in the fire.", "188 workers were killed in the fire.", True),
    ("More than 40 workers were killed in the fire.", "45 workers were killed in the fire.", False),
    ("Between 40 and 50 workers were killed in the fire.", "45 workers were killed in the fire.", False),
    ("Between 40 and 50 workers were killed in the fire.", "70 workers were killed in the fire.", True),
    ("Dozens of workers were killed in the fire.", "40 workers were killed in the fire.", False),
    ("Almost 200 workers were killed in the fire.", "210 workers were killed in the fire.", True),
    ("Half a dozen workers were killed in the fire.", "six workers were killed in the fire.", False),
    ("About 30 workers were killed in the fire.", "31 workers were killed in the fire.", False),
    ("Fewer than 30 workers were killed in the fire.", "35 workers were killed in the fire.", True),
]


@pytest.mark.parametrize("a, b, conflict", PAIRS)
def test_a_figure_against_another_outlets(a, b, conflict):
    numbers = [c for c in conflicts_of(LEAD + a, LEAD + b) if c.kind == "number"]
    assert bool(numbers) is conflict, [c.explanation for c in numbers]
