"""The actor CheckList (tests/actor_checklist_pairs.py) through the conflict finder: one act told
by two outlets with different doers must give an actor conflict; the same doer in another
structure, or two different acts, must give none. Known gaps are xfail with their reason
(bench/pair_checklist.py actors prints the per-class score of both halves)."""

import pytest

from tests.actor_checklist_pairs import PAIRS
from tests.conftest import resolved_conflicts_of

_UNREAD = "the act or its doer is not read on one side"
_JUDGED_ALIKE = "the two doers are judged one side (near in meaning, or a person only described)"
# (first words of outlet a's sentence, label) -> why the finder fails it
KNOWN_GAPS = {
    ("Border police arrested the journalist", "conflict"): "police against officers: judged one side",
    ("Volunteers from the Red Cross evacuated", "conflict"): "an object of people ('the care home' read as a body)",
    ("The budget was rejected in a late vote", "conflict"): "'upper house' / 'lower house': one head, judged one side",
    ("The arrest of the smuggler", "conflict"): "a nominalisation with 'by' is not read as an act",
    ("The seizure of the cargo by the navy", "conflict"): "a nominalisation with 'by' is not read as an act",
    ("The closure of the border crossing", "conflict"): "a nominalisation with 'by' is not read as an act",
    ("The files were destroyed on orders", "conflict"): "'the prime minister's office' against 'the director': a person only described",
    ("The talks took place under the auspices", "conflict"): "'under the auspices of' is not read",
    ("The agency, which suspended", "conflict"): "the doer of a relative clause is not read ('which' is no subject)",
    ("The union, which called the strike", "conflict"): "the doer of a relative clause is not read; 'called' has no object read as a thing",
    ("The environment agency inspected the river", "conflict"): "a pronoun subject of another sentence is not resolved",
    ("The coast guard searched the bay", "conflict"): "a pronoun subject of another sentence is not resolved",
    ("Finance Minister Eva Lind spoke", "conflict"): "a pronoun subject of another sentence is not resolved",
    ("The interior minister ordered the expulsion", "conflict"): "'ordered the expulsion' is read with the posts as entities of one kind",
    ("The organisers called off the marathon", "conflict"): "'called off' / 'cancelled' are not one act",
    ("The union called off the strike", "conflict"): "'called off' / 'cancelled' are not one act",
    ("The customs service seized two tonnes", "conflict"): "an object opening on a figure is read as nothing",
    ("Firefighters put out the blaze", "conflict"): "'put out' / 'extinguished' are not one act",
    ("The Interior Ministry said it had deported", "conflict"): "an object opening on a figure is read as nothing",
    ("The report, written by an independent panel", "conflict"): _JUDGED_ALIKE,
    ("A separatist group claimed responsibility", "conflict"): "'claimed responsibility for' is not read as the act",
    ("Parliament approved the reform", "agree"): "a body against its members ('Parliament' / 'Lawmakers') is judged two doers",
    ("Riot police detained the opposition leader", "conflict"): _JUDGED_ALIKE,
    ("The gold reserves were transferred", "conflict"): "'reserves' is read by its commonest sense, a body of people",
    ("The ministry's decision to close", "conflict"): "the owner of a decision is not read as its doer",
    ("The league's decision to suspend", "conflict"): "the owner of a decision is not read as its doer",
    ("The governor's order to evacuate", "conflict"): "the owner of an order is not read as its doer",
    ("The hearing was postponed at the request", "conflict"): "'defence lawyers' / 'prosecutors': near in meaning",
    ("The troops withdrew from the town", "conflict"): "an act with no thing acted on ('withdrew') is not read",
    ("The road was blocked on the orders", "conflict"): "two persons only described ('police chief' / 'governor')",
    ("The delegation was led by the foreign minister", "conflict"): "'delegation' is read as a body acted on, no thing",
    ("The raid was carried out under the command", "conflict"): "two persons only described ('navy officer' / 'army colonel')",
    ("The excavation proceeded under the direction", "conflict"): _UNREAD,
    ("The club's coach dropped the striker", "conflict"): "a person dropped is no thing for 'dropped'",
    ("The regulator halted trading", "conflict"): "'stock exchange' is not read as a doer",
    ("The airline said it had grounded", "conflict"): "each article names the airline",
    ("The company said it had recalled", "conflict"): "'recalled' is a reporting verb; a figure object",
    ("It was the neighbours who called the police", "conflict"): "'the police' is a body, no thing called",
    ("The raid, carried out by special forces", "conflict"): _JUDGED_ALIKE,
    ("Hackers linked to the Voskov group", "conflict"): "one head for both doers ('Hackers')",
    ("The World Health Organization declared", "conflict"): "'declared the outbreak over': the thing is not read",
    ("The army shelled the village", "conflict"): "'army' / 'fighters': near in meaning",
}


def _gap(a: str, label: str) -> str:
    return next((why for (start, lab), why in KNOWN_GAPS.items() if a.startswith(start) and lab == label), "")


@pytest.mark.parametrize(
    "kind, a, b, label",
    [pytest.param(*row, marks=pytest.mark.xfail(reason=why, strict=True)) if (why := _gap(row[1], row[3])) else row for row in PAIRS],
)
def test_who_did_the_act(kind, a, b, label):
    found = [c for c in resolved_conflicts_of(a, b) if c.kind == "actor"]
    assert bool(found) is (label == "conflict"), [c.explanation for c in found]
