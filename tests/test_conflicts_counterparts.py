"""Each value paired with its best counterpart in the other article (conflicts/counterparts.py)."""

from rashomon.comparison.claims import extract_claims
from rashomon.comparison.conflicts.common import Disagreement
from rashomon.comparison.conflicts.counterparts import evidence, rivals_agree
from rashomon.comparison.conflicts.days import time_side
from tests.conftest import make_article


def _claims(article, text):
    return extract_claims([make_article(article, text)])


def _weekday(claims, name):
    claim = next(c for c in claims if any(v.text == name for v in c.values))
    return claim, next(v for v in claim.values if v.text == name)


def _no_similarity(a, b):
    return 0.0


# One article: the dam broke on Monday, the villagers were evacuated on Tuesday. The other tells
# the evacuation on Tuesday in one sentence and names Wednesday beside the breach in another.
_A = "The river dam broke on Monday near the village. Soldiers evacuated the villagers on Tuesday morning."
_B = "Soldiers evacuated the villagers on Tuesday as floodwater rose. The river dam that broke on Wednesday had been repaired in spring."


def test_the_nearest_words_weigh_most():
    a, b = _claims("a1", _A), _claims("a2", _B)
    tuesday_a, tuesday_b, wednesday = _weekday(a, "Tuesday"), _weekday(b, "Tuesday"), _weekday(b, "Wednesday")
    assert evidence(*tuesday_a, *tuesday_b) > evidence(*tuesday_a, *wednesday)


def test_a_day_told_alike_by_its_best_counterpart_is_no_side_against_a_rival():
    a, b = _claims("a1", _A), _claims("a2", _B)
    (tuesday, vt), (wednesday, vw) = _weekday(a, "Tuesday"), _weekday(b, "Wednesday")
    rival = Disagreement("date", "the day", time_side(tuesday, vt), time_side(wednesday, vw))
    assert rivals_agree([rival], a + b, _no_similarity) == [rival]  # the evacuation's Tuesday is told alike
    (monday, vm) = _weekday(a, "Monday")
    breach = Disagreement("date", "the day", time_side(monday, vm), time_side(wednesday, vw))
    assert rivals_agree([breach], a + b, _no_similarity) == []  # Monday / Wednesday: the breach's day differs


def test_a_side_of_two_values_is_left_to_the_calendar():
    a, b = _claims("a1", _A), _claims("a2", _B)
    (tuesday, vt), (wednesday, vw) = _weekday(a, "Tuesday"), _weekday(b, "Wednesday")
    wide = time_side(tuesday, vt)
    composed = Disagreement("date", "the day", type(wide)(wide.claim, "Tuesday morning", "x", vt.start, vt.end + 8), time_side(wednesday, vw))
    assert rivals_agree([composed], a + b, _no_similarity) == []
