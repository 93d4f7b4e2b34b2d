from rashomon.backends.embedders import get_embedder
from rashomon.comparison.align import align_claims
from rashomon.comparison.claims import extract_claims
from rashomon.comparison.conflicts import find_conflicts
from rashomon.comparison.conflicts.calendar import Anchor, StoryCalendar, story_calendar
from rashomon.comparison.conflicts.common import Disagreement
from rashomon.comparison.conflicts.days import time_findings
from tests.conftest import conflicts_of, make_article


def _dates(a_text, b_text):
    articles = [make_article("a1", a_text), make_article("a2", b_text)]
    claims = extract_claims(articles)
    alignment = align_claims(claims, get_embedder("tfidf"), entities=())
    return [c for c in find_conflicts(claims, alignment, (), articles) if c.kind == "date"]


def test_a_weekday_against_a_weekday_and_date_of_another_calendar():
    # No year anywhere: 12 April a Sunday (a2) makes a1's "Saturday" before its 13 April dateline the 11th
    (found,) = _dates(
        "KOVRIN, April 13 (Wire) — Riot police broke up a protest in the capital on Saturday evening.",
        "Police on Sunday, 12 April, dispersed a protest in the centre of the capital.",
    )
    by = {s.article: s for s in found.sides}
    assert by["a2"].value == "Sunday, 12 April" and by["a2"].normalized == "12 April"
    assert by["a1"].normalized == "11 April" and "April 13" in by["a1"].value


def test_the_same_day_by_both_calendars_is_no_conflict():
    assert not _dates(
        "KOVRIN, April 13 (Wire) — Riot police broke up a protest in the capital on Sunday evening.",
        "Police on Sunday, 12 April, dispersed a protest in the centre of the capital.",
    )


def test_two_days_of_two_acts_are_no_conflict():
    assert not _dates(
        "SAN AURELIO, 16 June (Ledger) — Shares in the shipping firm fell 7.5% on Monday as investors weighed the cost.",
        "The tanker ran aground this Saturday, 14 June, on rocks in front of the coast.",
    )


def test_one_weekday_with_two_dates_anywhere_in_an_article():
    # a2's lead "Tuesday" under its 18 March dateline against a1's "Tuesday, 19 March" in a later sentence
    articles = [
        make_article("a1", "The launch was watched by thousands. The agency thanked its staff. "
                           "On Tuesday, 19 March, the rocket lifted off from the coastal launch site."),
        make_article("a2", "OSTREL, March 18 (Wire) — A rocket carrying a weather satellite failed two minutes into its flight on Tuesday."),
    ]
    claims = extract_claims(articles)
    alignment = align_claims(claims, get_embedder("tfidf"), entities=())
    found = [c for c in find_conflicts(claims, alignment, (), articles) if c.kind == "date"]
    assert len(found) == 1
    assert {s.article for s in found[0].sides} == {"a1", "a2"}


def _dates_n(*texts):
    articles = [make_article(f"a{k + 1}", text) for k, text in enumerate(texts)]
    claims = extract_claims(articles)
    alignment = align_claims(claims, get_embedder("tfidf"), entities=())
    return [c for c in find_conflicts(claims, alignment, (), articles) if c.kind == "date"]


def test_a_third_lead_giving_the_same_day_by_the_same_calendar_joins_that_side():
    # a3's lead is a weekday under its dateline like a2's, on the same day under a1's calendar
    # (19 March a Tuesday: both count back to 12 March), though a1's sentence is not as close to it
    (found,) = _dates_n(
        "The launch was watched by thousands. The agency thanked its staff. "
        "On Tuesday, 19 March, the rocket lifted off from the coastal launch site.",
        "OSTREL, March 18 (Wire) — A rocket carrying a weather satellite failed two minutes into its flight on Tuesday.",
        "DORVESK, 18 March (Radio) — The flight of a launcher carrying a weather satellite ended two minutes early on Tuesday.",
    )
    groups = {}
    for s in found.sides:
        groups.setdefault(s.group, set()).add(s.article)
    assert sorted(groups.values(), key=len) == [{"a1"}, {"a2", "a3"}]


def test_a_third_lead_with_a_bare_date_takes_no_side_of_a_weekday_and_date():
    # "12 April" agrees with the pair's date, but the pair's weekday may be the wrong half
    (found,) = _dates_n(
        "KOVRIN, April 13 (Wire) — Riot police broke up a protest in the capital on Saturday evening.",
        "Police on Sunday, 12 April, dispersed a protest in the centre of the capital.",
        "Kovrin, 13 April. Police restored order in the centre of the capital on the evening of 12 April after a protest.",
    )
    assert {s.article for s in found.sides} == {"a1", "a2"}


def test_a_third_article_naming_the_pairs_weekday_joins_it_against_a_wrong_year():
    # 14 June 2024 was a Friday: a3's "Saturday" for the grounding is a2's day, not a1's
    (found,) = _dates_n(
        "The tanker North Star ran aground on 14 June 2024 on the rocks near the coast of Brisland, spilling oil.",
        "The tanker North Star ran aground this Saturday, 14 June, on the rocks near the coast of Brisland.",
        "Fishermen watched a black tide wash into the harbour, days after the tanker North Star ran aground on Saturday "
        "on the rocks near the coast of Brisland.",
    )
    groups = {}
    for s in found.sides:
        groups.setdefault(s.group, set()).add(s.article)
    assert sorted(groups.values(), key=len) == [{"a1"}, {"a2", "a3"}]


def _night(text):
    (claim,) = extract_claims([make_article("a1", text)])
    from rashomon.comparison.conflicts.calendar import night_of

    return [night_of(claim, v) for v in claim.values if v.kind == "weekday"]


def test_a_night_is_keyed_by_the_morning_it_ends():
    assert _night("Burglars entered the depot on Friday night.") == ["saturday"]
    assert _night("Burglars entered the depot late on Friday.") == ["saturday"]
    assert _night("Burglars entered the depot in the early hours of Saturday.") == ["saturday"]
    assert _night("Burglars entered the depot shortly after midnight on Saturday.") == ["saturday"]
    assert _night("Burglars entered the depot in the night between Friday and Saturday.") == ["saturday", "saturday"]
    assert _night("Burglars entered the depot on Saturday.") == [None]


def test_two_nights_of_one_break_in_disagree_when_they_end_on_other_mornings():
    found = _dates(
        "Burglars emptied the Velmar jewellery depot in the early hours of Tuesday, the owners said.",
        "Burglars emptied the Velmar jewellery depot in the night between Saturday and Sunday, the owners said.",
    )
    assert [{s.value for s in c.sides} for c in found] == [{"Tuesday", "Sunday"}]


def test_one_night_told_by_its_evening_and_by_its_morning_is_no_conflict():
    assert not _dates(
        "Burglars emptied the Velmar jewellery depot on Saturday night, the owners said.",
        "Burglars emptied the Velmar jewellery depot in the early hours of Sunday, the owners said.",
    )
    assert not _dates(
        "Burglars emptied the Velmar jewellery depot on Saturday, the owners said.",
        "Burglars emptied the Velmar jewellery depot in the night between Saturday and Sunday, the owners said.",
    )


# --- the story's calendar: a weekday against a date without its year ---------------------------


def _claims(*texts):
    return extract_claims([make_article(f"a{k + 1}", t) for k, t in enumerate(texts)])


def _value(claim, kind):
    return next(v for v in claim.values if v.kind == kind)


def test_two_articles_pairing_a_weekday_with_a_date_fix_the_weekday_of_a_nearby_date():
    claims = _claims(
        "The ferry left the harbour on Friday, 12 September, with forty cars aboard.",
        "Divers reached the wreck on Sunday, 14 September, after the storm eased.",
    )
    calendar = story_calendar(claims)
    assert calendar.weekday("????-09-13") == "saturday"
    assert calendar.weekday("????-10-01") == "wednesday"


def test_one_article_alone_fixes_no_calendar():
    # its weekday and date may be the very thing it got wrong
    calendar = story_calendar(_claims("The ferry left the harbour on Friday, 12 September, with forty cars aboard."))
    assert calendar.weekday("????-09-13") is None


def test_two_articles_giving_one_day_two_weekdays_fix_nothing():
    calendar = story_calendar(_claims(
        "The ferry left the harbour on Friday, 12 September, with forty cars aboard.",
        "The ferry left the harbour on Saturday, 12 September, with forty cars aboard.",
    ))
    assert calendar.weekday("????-09-13") is None
    assert calendar.weekday("????-09-12") is None


def test_a_date_far_away_or_past_29_february_is_not_reached_without_the_year():
    calendar = StoryCalendar((Anchor(2, 20, 4, None, "a1"), Anchor(2, 27, 4, None, "a2")))
    assert calendar.weekday("????-02-24") == "tuesday"
    assert calendar.weekday("????-03-02") is None  # a leap year would move it a day
    assert calendar.weekday("????-09-20") is None  # more than four months away: maybe another year
    dated = StoryCalendar((Anchor(2, 20, 3, 2025, "a1"), Anchor(2, 27, 3, 2025, "a2")))
    assert dated.weekday("????-03-02") == "sunday"  # 2 March 2025


def test_a_weekday_resolved_against_a_dated_article_is_evidence_with_its_year():
    claims = extract_claims([
        make_article("a1", "PORTVALE, Tuesday 9 September 2025 (Wire) — The council closed the bridge on Monday after cracks were found."),
        make_article("a2", "Engineers inspected the bridge on Friday, 5 September, and found nothing wrong."),
    ])
    calendar = story_calendar(claims)
    assert any(a.year == 2025 and (a.month, a.day) == (9, 8) for a in calendar.anchors)
    assert calendar.weekday("????-09-10") == "wednesday"


def test_a_bare_weekday_against_a_yearless_date_is_compared_by_the_storys_calendar():
    claims = _claims(
        "The ferry left the harbour on Friday, 12 September, with forty cars aboard.",
        "Divers reached the wreck on Sunday, 14 September, after the storm eased.",
        "The ferry Marisol sank off Kelder Point on Saturday, killing three crew members.",
        "The ferry Marisol sank off Kelder Point on 14 September, killing three crew members.",
    )
    calendar = story_calendar(claims)
    a = next(c for c in claims if c.article == "a3")
    b = next(c for c in claims if c.article == "a4")
    assert not [f for f in time_findings(a, b, aligned=True) if isinstance(f, Disagreement)]  # no calendar: not comparable
    found = [f for f in time_findings(a, b, aligned=True, calendar=calendar) if isinstance(f, Disagreement)]
    assert len(found) == 1 and {found[0].a.value, found[0].b.value} == {"Saturday", "14 September"}


def test_a_bare_weekday_the_calendar_gives_the_date_agrees():
    claims = _claims(
        "The ferry left the harbour on Friday, 12 September, with forty cars aboard.",
        "Divers reached the wreck on Sunday, 14 September, after the storm eased.",
        "The ferry Marisol sank off Kelder Point on Saturday, killing three crew members.",
        "The ferry Marisol sank off Kelder Point on 13 September, killing three crew members.",
    )
    calendar = story_calendar(claims)
    a = next(c for c in claims if c.article == "a3")
    b = next(c for c in claims if c.article == "a4")
    assert not [f for f in time_findings(a, b, aligned=True, calendar=calendar) if isinstance(f, Disagreement)]


def test_two_yearless_dates_of_one_act_are_compared():
    found = [c for c in conflicts_of(
        "The ferry Marisol sank off Kelder Point on 12 September, killing three crew members.",
        "The ferry Marisol sank off Kelder Point on 13 September, killing three crew members.",
    ) if c.kind == "date"]
    assert len(found) == 1


def test_a_weekday_and_date_of_an_act_to_come_is_no_day_of_a_lead_told_as_done():
    # a2 names the next walkout, two weeks on, a Thursday too: no second date of a1's walkout
    articles = [
        make_article("a1", "MARLOW, 9 October (Wire) - Ferry crews stopped work on Thursday in a dispute over rosters."),
        make_article("a2", "Ferry crews held the line today. If the operator does not move, crews will stop work again "
                           "in two weeks, on Thursday 23 October."),
    ]
    claims = extract_claims(articles)
    alignment = align_claims(claims, get_embedder("tfidf"), entities=())
    assert not [c for c in find_conflicts(claims, alignment, (), articles) if c.kind == "date"]


def test_a_weekday_and_date_told_as_done_still_gives_the_lead_a_second_date():
    articles = [
        make_article("a1", "MARLOW, 9 October (Wire) - Ferry crews stopped work on Thursday in a dispute over rosters."),
        make_article("a2", "Ferry crews held the line. The crews stopped work in a dispute over rosters on Thursday 2 October."),
    ]
    claims = extract_claims(articles)
    alignment = align_claims(claims, get_embedder("tfidf"), entities=())
    assert [c for c in find_conflicts(claims, alignment, (), articles) if c.kind == "date"]
