"""Two sentences told alike (close in meaning, naming the same people) whose values are told with
one verb as done are one event's, though few words around the values are shared
(claims/events.py ``one_act_told``; conflicts/days.py and conflicts/values.py ``alike``;
conflicts/__init__.py ``_same_people``)."""

from rashomon.comparison.claims import extract_claims
from rashomon.comparison.claims.events import one_act_told
from rashomon.comparison.conflicts import _same_people
from rashomon.comparison.conflicts.days import time_findings
from rashomon.comparison.conflicts.values import number_findings
from rashomon.model import Mention
from tests.conftest import make_article

_DAYS = ("weekday", "date")


def _claim(article_id, text, kinds=_DAYS):
    claim = next(c for c in extract_claims([make_article(article_id, text)]) if any(v.kind in kinds for v in c.values))
    return claim, next(v for v in claim.values if v.kind in kinds)


def _days(text_a, text_b, alike):
    (a, _), (b, _) = _claim("a1", text_a), _claim("a2", text_b)
    return [f for f in time_findings(a, b, aligned=False, alike=alike) if getattr(f, "kind", "") == "date"]


def test_one_verb_as_done_on_both_sides_is_one_act():
    a, va = _claim("a1", "Running water was restored to the valley on Friday.")
    b, vb = _claim("a2", "The water supply was restored across the district on Saturday.")
    assert one_act_told(a, va, b, vb)


def test_a_noun_or_a_plan_is_no_verb_told_as_done():
    a, va = _claim("a1", "Running water was restored to the valley on Friday.")
    b, vb = _claim("a2", "The restoration of the supply is expected on Saturday.")
    assert not one_act_told(a, va, b, vb)
    c, vc = _claim("a3", "Engineers will restore the water supply on Saturday.")
    assert not one_act_told(a, va, c, vc)


def test_two_verbs_of_two_acts_are_not_one():
    a, va = _claim("a1", "Running water was restored to the valley on Friday.")
    b, vb = _claim("a2", "The water supply was cut across the district on Saturday.")
    assert not one_act_told(a, va, b, vb)


def test_days_of_one_verb_disagree_only_in_sentences_told_alike():
    one = "Running water was restored to the valley on Friday."
    other = "The water supply was restored across the district on Saturday."
    assert not _days(one, other, alike=False)  # too few words in common around the two days
    assert _days(one, other, alike=True)


def test_told_alike_does_not_make_two_verbs_one_event():
    one = "Running water was restored to the valley on Friday."
    other = "The water supply was cut across the district on Saturday."
    assert not _days(one, other, alike=True)


def test_figures_of_one_counted_thing_and_one_verb_in_sentences_told_alike():
    (a, _), (b, _) = (_claim(k, t, ("number",)) for k, t in (
        ("a1", "The ferry carried 300 people across the strait."), ("a2", "Crews say the boat carried 450 people that night.")))
    assert not [f for f in number_findings(a, b) if getattr(f, "kind", "") == "number"]
    assert [f for f in number_findings(a, b, alike=True) if getattr(f, "kind", "") == "number"]


def test_figures_of_two_verbs_in_sentences_told_alike_are_not_compared():
    (a, _), (b, _) = (_claim(k, t, ("number",)) for k, t in (
        ("a1", "The ferry carried 300 people across the strait."), ("a2", "Crews say the boat left 450 people on the quay.")))
    assert not [f for f in number_findings(a, b, alike=True) if getattr(f, "kind", "") == "number"]


def _persons(**named):
    return {sentence: [(eid, Mention(article=sentence[:2], sentence=sentence, text=eid, start=0, end=1)) for eid in ids]
            for sentence, ids in named.items()}


def test_sentences_naming_other_people_are_not_told_alike():
    a, _ = _claim("a1", "Ilse Marrow was detained on Friday.")
    b, _ = _claim("a2", "Tomas Vell was detained on Sunday.")
    assert not _same_people(a, b, _persons(**{a.sentence: ["e1"], b.sentence: ["e2"]}))
    assert not _same_people(a, b, _persons(**{a.sentence: ["e1"], b.sentence: ["e1", "e2"]}))
    assert _same_people(a, b, _persons(**{a.sentence: ["e1"], b.sentence: ["e1"]}))
    assert _same_people(a, b, {})
