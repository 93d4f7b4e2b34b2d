"""The act a day is told with: two acts of one story fall on two days (conflicts/day_acts.py)."""

from rashomon.comparison.claims import extract_claims
from rashomon.comparison.conflicts.day_acts import day_verb, other_acts
from tests.conftest import make_article


def _day(text):
    claim = next(c for c in extract_claims([make_article("a1", text)]) if any(v.kind == "weekday" for v in c.values))
    return claim, next(v for v in claim.values if v.kind == "weekday")


def test_the_verb_before_the_day_in_its_clause():
    began = day_verb(*_day("Rangers began burning the dry scrub on the hills on Friday."))
    assert began and began == day_verb(*_day("Rangers started burning the dry scrub on Friday."))  # one act, two verbs
    assert day_verb(*_day("The park authority ordered the burning on Thursday, after a dry month.")) == "order"


def test_the_verb_after_the_day_when_none_stands_before():
    assert day_verb(*_day("On the hills of Marrow on Friday began the burning of the scrub.")) == day_verb(*_day("Rangers began it on Friday."))


def test_a_subordinate_clause_keeps_its_verb_to_itself():
    # "after a fire was reported" dates nothing: the day is the clearing's
    assert day_verb(*_day("Wardens cleared the trail on Sunday after a fire was reported.")) == "clear"


def test_two_verbs_are_two_acts_and_one_verb_of_one_meaning_one():
    ordered, began = _day("The park authority ordered the burning on Thursday."), _day("Rangers began the burning on Friday.")
    assert other_acts(*ordered, *began)
    halted, suspended = _day("The operator halted the ferry service on Monday."), _day("The operator suspended the ferry service on Tuesday.")
    assert not other_acts(*halted, *suspended)  # one act told in two words (claims.acts)
    told = _day("The closure was announced on Monday.")
    assert not other_acts(*told, *_day("The ferry service stopped on Tuesday."))  # "announced" reports; no act read


def test_an_article_telling_both_acts_on_both_days_shows_two_acts():
    from rashomon.backends.embedders import get_embedder
    from rashomon.comparison.align import align_claims
    from rashomon.comparison.conflicts import find_conflicts

    def dates(*texts):
        articles = [make_article(f"a{k + 1}", text) for k, text in enumerate(texts)]
        claims = extract_claims(articles)
        alignment = align_claims(claims, get_embedder("tfidf"), entities=())
        return [c for c in find_conflicts(claims, alignment, (), articles) if c.kind == "date"]

    started = "Rangers started burning the dry scrub on the Marrow hills on Friday, the park authority said."
    ordered = "The park authority ordered the burning of the dry scrub on the Marrow hills on Thursday."
    both = started + "\nThe park authority ordered the burning on Thursday, after a dry month."
    assert not dates(both, ordered)  # a1 tells the order's Thursday too: the two days are two acts
    assert dates(started, "Rangers started burning the dry scrub on the Marrow hills on Saturday, the park authority said.")


def test_an_act_told_in_the_other_sentence_only_after_after_is_the_event_its_day_counts_from():
    from rashomon.comparison.conflicts.day_acts import act_counted_from
    from rashomon.comparison.conflicts.days import time_findings

    reopened = _day("Road crews reopened the mountain road to Kell on Thursday after a landslide buried it under mud.")
    buried = _day("A landslide buried the mountain road to Kell on Tuesday.")
    assert act_counted_from(*reopened, *buried, 12)
    # aligned as one proposition, the two days still date two acts: no finding
    assert not [f for f in time_findings(reopened[0], buried[0], aligned=True) if type(f).__name__ == "Disagreement"]
    # the same act on another day is still a conflict
    again = _day("Road crews reopened the mountain road to Kell on Friday.")
    assert not act_counted_from(*reopened, *again, 12)
    assert [f for f in time_findings(reopened[0], again[0], aligned=True) if type(f).__name__ == "Disagreement"]


def test_two_leads_whose_acts_one_counts_from_the_other_give_no_day_finding():
    from rashomon.comparison.conflicts.leads import lead_findings

    refloated = _day("Volunteers refloated twenty dolphins on Wednesday after the pod stranded on the mudflats of Ness Cove.")
    stranded = _day("Twenty dolphins stranded on the mudflats of Ness Cove on Sunday night, and crowds gathered by morning.")
    assert not [f for f in lead_findings(*refloated, *stranded) if type(f).__name__ == "Disagreement"]


def test_a_lead_shares_with_another_only_the_event_its_day_is_counted_from():
    from rashomon.comparison.conflicts.leads import lead_findings

    # the town's apology is dated, and the felling stands only in its "after" phrase
    apology = _day("The town council of Merrow apologised on Friday after workers cut down the old oak on Mill Lane at dawn.")
    felling = _day("The much-loved old oak of Merrow was chopped down on Tuesday by careless workers with chainsaws.")
    assert not [f for f in lead_findings(*apology, *felling) if type(f).__name__ == "Disagreement"]
    # two leads dating the felling itself still disagree
    other = _day("Workers of the council cut down the old oak on Mill Lane in Merrow on Friday at dawn.")
    assert [f for f in lead_findings(*other, *felling) if type(f).__name__ == "Disagreement"]


def test_another_act_is_not_set_against_a_start_its_own_article_dates_on_its_own_day():
    from rashomon.comparison.conflicts.common import Disagreement
    from rashomon.comparison.conflicts.day_acts import dated_acts, told_as_two_acts
    from rashomon.comparison.conflicts.days import time_side

    a1 = make_article("a1", "The power cut in the district began on Thursday morning.\nPower was restored to the district on Saturday.")
    a2 = make_article("a2", "The power cut in the district, which began on Wednesday evening, angered shopkeepers.")
    claims = extract_claims([a1, a2])
    restored = next(c for c in claims if "restored" in c.text)
    began = next(c for c in claims if c.article == "a2")
    day = lambda c: next(v for v in c.values if v.kind == "weekday")  # noqa: E731
    found = Disagreement("date", "the day", time_side(restored, day(restored)), time_side(began, day(began)))
    # a1 dates the start on Thursday: its Saturday dates the restoring, not the start a2 puts on Wednesday
    assert told_as_two_acts(found, dated_acts(claims))
    # without a start of its own, a1's other act still stands against a2's start (no evidence either way)
    only = [c for c in claims if c.article == "a2" or "restored" in c.text]
    assert not told_as_two_acts(found, dated_acts(only))


def test_an_act_told_in_a_relative_clause_is_not_the_act_the_sentence_dates():
    from rashomon.comparison.conflicts.day_acts import dates_another_act
    from rashomon.comparison.conflicts.days import time_findings
    from rashomon.comparison.conflicts.leads import lead_findings

    closed = _day("A gas leak closed Harbour Road in Selby on Tuesday, and 300 people were moved out, the fire service said.")
    met = _day("The council met again on Wednesday to question the gas company about the leak that closed Harbour Road in Selby.")
    assert dates_another_act(*closed, *met) and dates_another_act(*met, *closed)
    assert not [f for f in lead_findings(*closed, *met) if type(f).__name__ == "Disagreement"]
    assert not [f for f in time_findings(closed[0], met[0], aligned=True, alike=True, kindred=True, people=True)
                if type(f).__name__ == "Disagreement"]
    # the closing dated on another day is still a conflict; so is a participle of the dated event's own consequence
    again = _day("A gas leak closed Harbour Road in Selby on Monday, the fire service said.")
    assert not dates_another_act(*closed, *again)
    assert [f for f in lead_findings(*closed, *again) if type(f).__name__ == "Disagreement"]
    swept = _day("A flash flood swept through Ombrel on Saturday evening, killing six people.")
    killed = _day("A high water killed six people in Ombrel on Friday evening.")
    assert not dates_another_act(*swept, *killed)
