"""The role CheckList at the conflict finder: two outlets giving one person a post, told as news tells
posts (a title before the name, an apposition, a relative clause, a possessive deputy, former and acting,
a spokesperson against a head, a machine translation's title). Rows: tests/roles_checklist_pairs.py;
bench/conflicts_checklist.py counts them per class and per half."""

import pytest

from tests.conftest import checklist_params, resolved_conflicts_of
from tests.roles_checklist_pairs import LEAD, ROWS

# Known gaps: (outlet a's sentence, outlet b's sentence) -> why the finder misses it.
KNOWN_GAPS = {
    ("Lukas Ferenc, who heads the water agency, said the dam had been inspected in May.", "Lukas Ferenc, the water agency's spokesman, said the dam had been inspected in May."):
        "a post told by a verb in a relative clause ('who heads') is not read",
    ("Hana Velkova, who leads the interior ministry, visited the flooded villages.", "Finance Minister Hana Velkova visited the flooded villages."):
        "a post told by a verb in a relative clause ('who leads the ministry') is not read",
    ("Dora Lenz, a spokeswoman for the ministry, said aid was on its way.", "Dora Lenz, the minister, said aid was on its way."):
        "a spokesperson against a minister stays incomparable (ministers speak for governments)",
    ("Engineer Pia Holm had warned of cracks in the wall.", "Geologist Pia Holm had warned of cracks in the wall."):
        "a capitalised occupation before an unlisted name is not split from it by the entity tagger",
    ("Pia Holm, a hydrologist, had warned of cracks in the wall.", "Pia Holm, an accountant, had warned of cracks in the wall."):
        "an untyped name counts only listed posts; occupations read from OEWN need a name typed as a person",
}


def test_the_checklist_is_large_and_balanced():
    assert len(ROWS) >= 60
    assert len({r[0] for r in ROWS}) >= 12
    assert sum(1 for r in ROWS if r[3]) >= 20 and sum(1 for r in ROWS if not r[3]) >= 20


@pytest.mark.parametrize("a, b, conflict", checklist_params(ROWS, KNOWN_GAPS))
def test_a_persons_post_told_by_two_outlets(a, b, conflict):
    roles = [c for c in resolved_conflicts_of(LEAD + a, LEAD + b) if c.kind == "role"]
    assert bool(roles) is conflict, [c.explanation for c in roles]
