"""Two different verbs of one act, told as done in a pair of sentences told alike or each the
other's best match (claims/events.py ``kindred_act``; conflicts/days.py and conflicts/values.py
``kindred``; conflicts/__init__.py ``_best_matches``). Invented sentences."""

from types import SimpleNamespace

import numpy as np

from rashomon.comparison.claims import extract_claims
from rashomon.comparison.claims.events import appraised, event_of, kindred_act
from rashomon.comparison.conflicts import _best_matches
from rashomon.comparison.conflicts.days import time_findings
from rashomon.comparison.conflicts.common import names_apart
from rashomon.comparison.conflicts.values import number_findings
from rashomon.text.stems import suffix_stem
from tests.conftest import make_article

_DAYS = ("weekday", "date")


def _claim(article_id, text, kinds=_DAYS):
    claim = next(c for c in extract_claims([make_article(article_id, text)]) if any(v.kind in kinds for v in c.values))
    return claim, next(v for v in claim.values if v.kind in kinds)


def _days(text_a, text_b, kindred):
    (a, _), (b, _) = _claim("a1", text_a), _claim("a2", text_b)
    return [f for f in time_findings(a, b, aligned=False, kindred=kindred) if getattr(f, "kind", "") == "date"]


def _numbers(text_a, text_b, kindred, several=frozenset()):
    (a, _), (b, _) = (_claim(k, t, ("number",)) for k, t in (("a1", text_a), ("a2", text_b)))
    return [f for f in number_findings(a, b, kindred=kindred, several=several) if getattr(f, "kind", "") == "number"]


def test_two_verbs_oewn_gives_one_sense_are_one_act():
    a, va = _claim("a1", "The wage negotiations collapsed on Thursday.")
    b, vb = _claim("a2", "Negotiators said the wage talks broke down on Saturday.")
    assert kindred_act(a, va, b, vb)


def test_antonyms_and_unrelated_verbs_are_two_acts():
    a, va = _claim("a1", "The museum closed its doors on Thursday.")
    b, vb = _claim("a2", "The museum opened its doors on Saturday.")
    assert not kindred_act(a, va, b, vb)
    c, vc = _claim("a3", "The wage talks collapsed on Thursday.")
    d, vd = _claim("a4", "The union leader was arrested on Saturday.")
    assert not kindred_act(c, vc, d, vd)


def test_one_verb_is_left_to_the_same_event_reading():
    a, va = _claim("a1", "The wage talks collapsed on Thursday.")
    b, vb = _claim("a2", "The negotiations collapsed on Saturday.")
    assert not kindred_act(a, va, b, vb)  # one key: ``one_act_told`` reads it


def test_a_noun_or_a_plan_is_no_verb_told_as_done():
    a, va = _claim("a1", "The wage talks collapsed on Thursday.")
    b, vb = _claim("a2", "A breakdown of the talks is feared on Saturday.")
    assert not kindred_act(a, va, b, vb)
    c, vc = _claim("a3", "The talks will break down on Saturday, the union warned.")
    assert not kindred_act(a, va, c, vc)


def test_days_of_two_kindred_verbs_disagree_only_in_matched_sentences():
    one = "The wage negotiations collapsed on Thursday."
    other = "Negotiators said the wage talks broke down on Saturday."
    assert not _days(one, other, kindred=False)
    assert _days(one, other, kindred=True)


def test_days_of_two_unrelated_verbs_stay_apart_in_matched_sentences():
    one = "The wage talks collapsed on Thursday."
    other = "The union leader was arrested on Saturday."
    assert not _days(one, other, kindred=True)


def test_people_counted_with_two_kindred_verbs_are_one_quantity_in_matched_sentences():
    one = "The clinic vaccinated 300 people in the village."
    other = "Nurses say the clinic inoculated 450 people."
    assert not _numbers(one, other, kindred=False)
    assert _numbers(one, other, kindred=True)


def test_people_counted_with_two_unrelated_verbs_stay_apart():
    assert not _numbers("The clinic vaccinated 300 people in the village.", "Nurses say the clinic turned away 450 people.", kindred=True)


def test_the_one_figure_of_its_noun_told_with_one_act_to_come():
    one = "A ban on fishing in the bay will last for three weeks."
    other = "The ban, health officials said, will last two weeks."
    assert not _numbers(one, other, kindred=False)
    assert _numbers(one, other, kindred=True)


def test_a_second_figure_of_the_unit_leaves_the_one_figure_reading_out():
    one = "A ban on fishing in the bay will last for three weeks."
    other = "The ban, set two days ago, will last two weeks after 5 weeks of tests."
    assert not _numbers(one, other, kindred=True)


def test_best_matches_are_mutual_across_articles():
    claims = [SimpleNamespace(article=a) for a in ("a1", "a1", "a2", "a2")]
    sim = np.array([
        [1.0, 0.0, 0.9, 0.2],
        [0.0, 1.0, 0.8, 0.3],
        [0.9, 0.8, 1.0, 0.0],
        [0.2, 0.3, 0.0, 1.0],
    ])
    best = _best_matches(claims, sim)
    assert (0, 2) in best and (2, 0) in best
    assert (1, 2) not in best  # claim 2's best in a1 is claim 0
    assert (1, 3) not in best  # claim 3's best in a1 is claim 1, but claim 1's best in a2 is claim 2


def test_two_sentences_naming_only_other_names_are_apart():
    (a, _), (b, _) = _claim("a1", "Marten Olvey won the race in Dunmore on Sunday."), _claim("a2", "Petra Saule won the race in Kestrel on Sunday.")
    assert names_apart(a, b)
    (c, _) = _claim("a3", "The race in Dunmore was won on Saturday.")
    assert not names_apart(a, c)
    (d, _) = _claim("a4", "the race was won on Saturday, officials said.")
    assert not names_apart(a, d)  # one side names nothing


def test_a_value_set_at_a_figure_is_an_estimate_not_the_act_the_verb_may_name():
    # "put" is one step from "spend" in OEWN only as "invest": "put the price at" appraises
    one = "By the end of March, 2.3 million thalers had been spent on the new bridge."
    other = "The engineers now put the price at nearly 7 million thalers."
    # each article counts thalers with other figures too, so the noun alone names no one quantity
    several = frozenset({("a1", suffix_stem("thalers")), ("a2", suffix_stem("thalers"))})
    assert _numbers(one, other, kindred=False, several=frozenset())  # counted once each: the noun alone pairs them
    assert not _numbers(one, other, kindred=True, several=several)
    a, va = _claim("a1", other, ("number",))
    assert appraised(a, va, event_of(a, va))
    b, vb = _claim("a2", "The city put 7 million thalers into the new bridge.", ("number",))
    assert not appraised(b, vb, event_of(b, vb))


def test_two_appraisals_of_one_figure_stay_comparable():
    one = "The engineers put the price of the bridge at 7 million thalers."
    other = "The engineers estimated the price of the bridge at 9 million thalers."
    assert _numbers(one, other, kindred=True)
