"""The act a figure or a day is told with (claims/events.py), and its use by the day and figure judgements."""

from rashomon.backends.embedders import get_embedder
from rashomon.comparison.align import align_claims
from rashomon.comparison.claims import extract_claims
from rashomon.comparison.claims.events import act_key, event_key, event_of, same_event, told_ahead_of
from rashomon.comparison.conflicts import find_conflicts
from rashomon.comparison.conflicts.days import time_findings
from tests.conftest import make_article

_DAYS = ("weekday", "date", "year", "month")


def _value(text, kinds=_DAYS, nth=0):
    claim = next(c for c in extract_claims([make_article("a1", text)]) if any(v.kind in kinds for v in c.values))
    return claim, [v for v in claim.values if v.kind in kinds][nth]


def _event(text, kinds=_DAYS, nth=0):
    return event_of(*_value(text, kinds, nth))


def test_a_verb_told_as_done_before_the_value():
    ev = _event("The roof of the grain store collapsed on Tuesday.")
    assert (ev.word, ev.shape) == ("collapsed", "verb")


def test_a_passive_and_a_participle_after_a_noun():
    assert _event("About 300 tenants were evacuated on Monday.").shape == "passive"
    assert _event("A trawler seized Friday was towed into Port Alder.").word == "seized"


def test_the_verb_after_a_day_that_opens_the_sentence():
    ev = _event("On Tuesday, the district board voted to shut the clinic.")
    assert (ev.word, ev.shape) == ("voted", "after")


def test_a_reporting_verb_tells_no_event():
    assert _event("The water authority said on Monday that the reservoir had dropped.") is None
    assert _event("The reservoir dropped sharply, the water authority said on Monday.") is None


def test_a_copula_tells_no_event():
    assert _event("Turnout was 61 percent.", kinds=("number",)) is None


def test_an_event_noun_beside_the_day():
    ev = _event("The collapse on Tuesday shut the depot for a week.")
    assert (ev.word, ev.shape) == ("collapse", "noun")
    ev = _event("Thursday's vote drew a crowd to the town hall.")
    assert (ev.word, ev.shape) == ("vote", "possessive")
    ev = _event("Wednesday's sudden evacuation emptied the ward.")
    assert ev.word == "evacuation"


def test_a_noun_of_a_body_is_no_event():
    # "the commission" names a body, not an act, though it ends as an act's noun does
    assert _event("The commission in 2019 had a smaller staff.") is None


def test_a_counted_noun_that_tells_an_act():
    ev = _event("The 14 deaths stunned the valley.", kinds=("number",))
    assert (ev.word, ev.shape) == ("deaths", "counted")


def test_an_act_to_come():
    assert told_ahead_of(*_value("The council will vote on Thursday."))
    assert told_ahead_of(*_value("The bridge is due to reopen on Monday."))
    assert told_ahead_of(*_value("Construction is scheduled to start in 2027."))
    assert _event("Construction is scheduled to start in 2027.").word == "start"  # not "scheduled"
    assert not told_ahead_of(*_value("The bridge reopened on Monday."))
    # "to" before a noun is no act to come
    assert _event("Nine people were sent to hospital on Sunday.").word == "sent"


def test_a_plan_whose_own_day_stands_before_its_to_is_an_act_to_come():
    # the plan's day ("on Monday evening") stands between the plan and its act; the act's day is ahead
    assert told_ahead_of(*_value("The mayor agreed on Monday evening to meet the tenants on Friday.", nth=1))
    assert not told_ahead_of(*_value("The mayor came on Monday evening to meet the tenants.", nth=0))


def test_another_value_between_the_act_and_a_figure_keeps_the_act_to_the_first():
    text = "The tremor was centred 14 miles east of Harrow and 3 miles from the dam."
    assert _event(text, kinds=("number",), nth=0).word == "centred"
    assert _event(text, kinds=("number",), nth=1) is None


def test_a_noun_and_its_verb_share_a_key():
    assert event_key("collapse") == event_key("collapsed")
    assert event_key("evacuation") == event_key("evacuated")
    assert event_key("arrests") == event_key("arrested")
    assert event_key("deaths") == event_key("died")
    assert event_key("explosion") == event_key("exploded")
    assert event_key("collapse") != event_key("closed")


def test_verbs_of_one_meaning_share_an_act():
    assert act_key("closure") == act_key("halted") == act_key("suspended")
    assert act_key("began") == act_key("started")
    assert act_key("seizure") == act_key("detained")
    assert act_key("approved") != act_key("rejected")


def test_same_event_across_parts_of_speech():
    a, b = _value("The collapse on Friday buried two cars."), _value("The car park collapsed on Sunday.")
    assert same_event(*a, *b)
    c = _value("The car park reopened on Sunday.")
    assert not same_event(*a, *c)


def _years(a, b):
    """The date disagreements of two sentences aligned as one proposition."""
    ca = next(c for c in extract_claims([make_article("a1", a)]) if c.values)
    cb = next(c for c in extract_claims([make_article("a2", b)]) if c.values)
    return [f for f in time_findings(ca, cb, aligned=True) if getattr(f, "kind", "") == "date"]


def test_two_planned_years_of_one_act_disagree():
    found = _years(
        "Construction of the tidal barrage is scheduled to start in 2027, the port authority said.",
        "The port authority will start construction of the tidal barrage in 2026.",
    )
    assert found and {found[0].a.normalized, found[0].b.normalized} == {"2027", "2026"}


def test_two_years_of_acts_told_as_done_are_too_often_two_events():
    assert not _years(
        "A strong storm struck the northern coast in 2011, flooding the harbour.",
        "A strong storm struck the northern coast in 2014, flooding the harbour.",
    )


def test_two_years_of_two_planned_acts_do_not_disagree():
    assert not _years(
        "Construction of the tidal barrage is scheduled to start in 2027, the port authority said.",
        "The port authority will finish construction of the tidal barrage in 2031.",
    )


def _conflicts(*texts):
    articles = [make_article(f"a{k + 1}", text) for k, text in enumerate(texts)]
    claims = extract_claims(articles)
    alignment = align_claims(claims, get_embedder("tfidf"), entities=())
    return list(find_conflicts(claims, alignment, (), articles))


def test_a_closure_and_a_halt_to_come_are_one_act_on_two_dates():
    found = [c for c in _conflicts(
        "Posted March 11, 2025.\nThe Brennmoor steelworks will close by the end of June 2026, the owner said.",
        "Posted March 11, 2025.\nThe Brennmoor steelworks will halt production by March 2026, according to a notice.",
    ) if c.kind == "date"]
    assert found


def test_a_time_governed_by_before_or_after_keeps_its_clause_verb():
    ev = _event("Power was restored to every street shortly before 2 a.m. on Friday, the utility said.")
    assert ev.word == "restored"
    # a day inside "before the ... referendum" dates the noun, not the clause's act
    ev = _event("Opponents had campaigned for weeks before the 3 June referendum.")
    assert ev is None or ev.word != "campaigned"


def test_a_clock_time_is_part_of_its_day():
    # the colon of "19:00" ends no clause, and a time between the act and the day is the day's own
    ev = _event("The riot began at about 19:00 on Sunday in the east wing.", kinds=("weekday",))
    assert ev.word == "began"


def test_an_event_noun_after_a_name_is_the_act_a_day_dates():
    ev = _event("The walkout at the Tarnby mill on Friday halted the looms.")
    assert (ev.word, ev.shape) == ("walkout", "noun")


def test_a_forecast_against_an_outcome():
    from rashomon.comparison.claims.events import forecast, forecast_against_outcome

    nums = ("number",)
    a, va = _value("Promoters expected 8,000 runners at the Kelby marathon.", nums)
    b, vb = _value("The Kelby marathon drew 5,500 runners.", nums)
    c, vc = _value("Promoters say the Kelby marathon can reach 9,000 runners.", nums)
    assert forecast(a, va) and not forecast(b, vb)
    assert forecast_against_outcome(a, va, b, vb) and not forecast_against_outcome(b, vb, a, va)
    assert not forecast_against_outcome(a, va, c, vc)  # two forecasts stay comparable
    d, vd = _value("An estimated 5,000 runners took part.", nums)
    assert not forecast(d, vd)  # an estimate of what happened is no forecast


def test_a_day_told_by_its_acts_noun_against_its_verb():
    from tests.conftest import conflicts_of

    found = [c for c in conflicts_of("The Tarnby footbridge collapsed on Tuesday.", "Monday's collapse of the Tarnby footbridge closed the path.")
             if c.kind == "date"]
    assert found


def test_a_weekday_and_a_date_that_restate_one_day_are_read_as_one():
    # the date right after its weekday, by a space, a comma or in brackets, shares the weekday's clause
    ev = _event("The relay, staged on Sunday 4 May at the harbour track, drew a record field.", nth=1)
    assert (ev.word, ev.shape) == ("staged", "verb")
    ev = _event("The ferry docked at Pellow on Tuesday, 9 June, after a rough crossing.", nth=1)
    assert ev.word == "docked"
    ev = _event("The next hearing of the appeal panel is 14 March (Friday).", nth=1)
    assert (ev.word, ev.shape) == ("hearing", "noun")


def test_a_part_of_the_day_after_an_opening_day_still_opens_the_clause():
    ev = _event("On Monday morning, the striking crews blocked the depot gates.")
    assert (ev.word, ev.shape) == ("blocked", "after")


def test_a_figure_that_opens_what_was_said_is_told_with_the_verb_after_it():
    ev = _event("The organisers said about 9,000 cyclists had ridden through the valley.", kinds=("number",))
    assert (ev.word, ev.shape) == ("ridden", "after")
    ev = _event("The Courier can reveal that 23 inspectors were suspended.", kinds=("number",))
    assert ev.word == "suspended"


def test_a_reported_act_told_as_the_object_of_the_report():
    ev = _event("The league announced on Friday the suspension of the Kerrow club.")
    assert (ev.word, ev.shape) == ("suspension", "noun")
    ev = _event("The board confirmed the dismissal of the youth team coach on Monday.")
    assert ev.word == "dismissal"
    # a clause after the statement's day is still what was said, not an act dated by it
    assert _event("The water authority said Monday that the reservoir had dropped.") is None


def test_an_act_noun_heads_the_of_phrase_the_day_ends():
    ev = _event("The closure of the old riverside clinic on Thursday angered residents.")
    assert (ev.word, ev.shape) == ("closure", "noun")
    # the phrase ends at a conjunction: the figure after it is told by its own verb
    ev = _event("The evacuation of the low streets and 40 farms followed.", kinds=("number",))
    assert (ev.word, ev.shape) == ("followed", "after")


def test_the_predicate_words_of_a_sentence():
    from rashomon.comparison.claims.events import predicate_words

    assert predicate_words("The bakery was bought by a Dutch chain in 2019.") == ("bought",)
    assert predicate_words("The chain is acquiring three more bakeries.") == ("acquiring",)
    assert predicate_words("The ferry will open a new route and the closure of the old one follows.") == ("open", "closure")
    assert predicate_words("The ferry will open a new route and the closure of the old one follows.", nouns=False) == ("open",)
    # a participle after an article or a possessive is an adjective or a noun; a reporting verb, a
    # name and a noun of a time or a thing in -ing tell no act
    assert predicate_words("Our injured colleagues said the wounded were in the building that evening.") == ()


def test_two_sentences_share_a_predicate_by_one_act_or_one_sense():
    from rashomon.comparison.claims.events import predicate_words, share_a_predicate

    left = predicate_words("The tug left the bay before dawn.")
    assert share_a_predicate(left, predicate_words("The tugboat departed from the bay at first light."), broad=False)
    assert share_a_predicate(predicate_words("The museum closed its east wing."), predicate_words("The closure of the wing"))
    bought, acquiring = predicate_words("The mill was bought in 2019."), predicate_words("Since acquiring the mill in 2019 ...")
    assert not share_a_predicate(bought, acquiring, broad=False)
    assert share_a_predicate(bought, acquiring)  # buying is acquiring, a hypernym apart
    assert not share_a_predicate(predicate_words("The gate was opened."), predicate_words("The gate was closed."))
    assert not share_a_predicate(left, predicate_words("Crowds gathered at the harbour."))
