"""Days and times shown to be of two different events, which are no date conflict (conflicts/days.py)."""

from rashomon.backends.embedders import get_embedder
from rashomon.comparison.align import align_claims
from rashomon.comparison.claims import extract_claims
from rashomon.comparison.conflicts import find_conflicts
from tests.conftest import make_article


def _dates(*texts):
    articles = [make_article(f"a{k + 1}", text) for k, text in enumerate(texts)]
    claims = extract_claims(articles)
    alignment = align_claims(claims, get_embedder("tfidf"), entities=())
    return [c for c in find_conflicts(claims, alignment, (), articles) if c.kind == "date"]


def test_a_relative_day_is_no_evidence_against_a_named_day():
    # "today" is counted from when the sentence was written; a reprint's dateline may be a day later
    assert not _dates(
        "Posted March 11, 2025.\nThe ferry ran aground near the harbour wall today, the coastguard said.",
        "Posted March 11, 2025.\nThe ferry ran aground near the harbour wall on Monday, the coastguard said.",
    )
    # a named day against a named day still disagrees
    assert _dates(
        "Posted March 11, 2025.\nThe ferry ran aground near the harbour wall on Sunday, the coastguard said.",
        "Posted March 11, 2025.\nThe ferry ran aground near the harbour wall on Monday, the coastguard said.",
    )


def test_a_date_restating_today_is_the_day_of_the_telling():
    assert not _dates(
        "Kelmar announced on Twitter today (14 October 2011) that it had restored service to all customers after the cable outage.",
        "The Kelmar cable went down on Saturday 8 October 2011, causing an outage for all customers.",
    )


def test_a_date_before_a_noun_dates_that_noun_not_the_act():
    # "the May 2 robbery" is the robbery's day; "sentenced May 20" the sentence's
    assert not _dates(
        "Kessler was sentenced May 20 for the robbery of the jeweller on Dock Street.",
        "Kessler was also sentenced for the May 2 robbery of the jeweller on Dock Street.",
    )
    assert not _dates(
        "The mayor resigned on Friday over the housing scandal, the council said.",
        "The mayor explained the housing scandal at a Monday news conference after he resigned.",
    )


def test_a_time_a_running_count_was_read_is_no_time_of_an_act():
    assert not _dates(
        "Polling stations opened at 7:00 am local time as voters cast their ballots in the regional election.",
        "About 60 percent of voters had cast their ballots as of 3:00 p.m. local time in the regional election.",
    )


def test_local_time_names_the_clock_not_what_happened():
    assert not _dates(
        "Voters began to cast their ballots at 8:00 am local time in the city.",
        "The 900 polling booths in 40 districts were closed at 7:00 p.m. local time.",
    )


def test_a_day_counted_from_the_other_event_is_that_events_neighbour():
    # the aftershock's Monday is not the earthquake's day: the earthquake came "a day before"
    assert not _dates(
        "The earthquake razed villages on the island on Sunday, killing nine people.",
        "A strong aftershock shook the island on Monday as the toll from the earthquake a day before rose to nine.",
    )


def test_a_year_the_sentence_also_states_makes_two_events():
    assert not _dates(
        "He was convicted in June 1998 of armed robbery in Coldwater County.",
        "Between 1991 and 1998 he was in and out of prison until he returned to prison in June 1999 for armed robbery.",
    )


def test_a_season_of_two_years_is_a_span():
    assert not _dates(
        "Posted May 20, 2003.\nThe club sacked its coach three weeks after the season ended on May 3 with a playoff defeat.",
        "The club sacked its coach after the 2002-03 season ended with a playoff defeat.",
    )


def test_a_bare_year_is_not_set_against_a_month():
    # the Emmys of 2001 and the Oscars of 2007: a bare year dates too many events
    assert not _dates(
        "She famously hosted the awards show in November 2001 after it was postponed twice.",
        "She previously hosted the awards show in 2007 and was nominated for her work.",
    )
    # a month against a month of the same act still disagrees
    assert _dates(
        "She famously hosted the awards show in November 2001 after it was postponed twice.",
        "She famously hosted the awards show in November 2002 after it was postponed twice.",
    )


def test_a_future_meeting_day_is_no_day_of_a_past_decision():
    assert not _dates(
        "The water board raised the tariff for households on Tuesday, its chairman said.",
        "The water board will next review the tariff for households on Friday.",
    )


def test_the_day_a_result_was_communicated_is_no_day_of_the_count():
    assert not _dates(
        "The count of the postal ballots began on Tuesday and covered every district.",
        "As communicated on Saturday by the election office, the count of the postal ballots narrowed the gap.",
    )


def test_one_event_named_after_two_dates_disagrees():
    # "the 3 June referendum" / "the June 10 referendum": one event, dated by its name, however
    # little else the two sentences share
    found = _dates(
        "Holt voters turned out in large numbers for the June 10 referendum. The bridge was rejected by a wide margin.",
        "The bridge was rejected by a wide margin. Opponents had campaigned for weeks before the 3 June referendum.",
    )
    assert [{s.value for s in c.sides} for c in found] == [{"June 10", "3 June"}]
    # the plain day of that event, told as its subject, joins it
    found = _dates(
        "Opponents of the Holt bridge campaigned for weeks before the 3 June referendum.",
        "The referendum was held on 10 June. Opponents of the Holt bridge lost it.",
    )
    assert [{s.value for s in c.sides} for c in found] == [{"3 June", "10 June"}]


def test_a_dated_noun_is_not_the_day_of_another_act_about_it():
    # the conviction's day is no day of "the June 24 murder", though the murder is named
    assert not _dates(
        "Garron was convicted March 20 of murder for the killing of the guard at the Holt depot.",
        "Garron was charged over the June 24 murder of the guard at the Holt depot.",
    )


def test_a_possessive_day_names_its_event_for_a_plain_day_of_that_event():
    # "Friday's ballot" dates the ballot, as "in a close ballot on Friday" does: one event's day
    found = _dates(
        "Members of the Holt dockers' union rejected the pay offer in Friday's ballot, the union said.",
        "In a close ballot on Thursday, members of the Holt dockers' union rejected the pay offer.",
    )
    assert [{s.value for s in c.sides} for c in found] == [{"Friday", "Thursday"}]
    # a possessive day of another event stays apart from a plain day
    assert not _dates(
        "Members of the Holt dockers' union rejected the pay offer after Friday's meeting, the union said.",
        "In a close ballot on Thursday, members of the Holt dockers' union rejected the pay offer.",
    )


def test_two_years_of_an_act_done_once_disagree():
    # a building opens once: two years for its opening are two versions of one date
    found = _dates(
        "The old Holt library opened in 1958, the council said.",
        "The old Holt library was opened in the year 1962, the council said.",
    )
    assert [{s.value for s in c.sides} for c in found] == [{"1958", "1962"}]
    # an act done again and again is dated by a bare year among many
    assert not _dates(
        "The old Holt library hosted the book fair in 1958, the council said.",
        "The old Holt library hosted the book fair in 1962, the council said.",
    )


def test_found_discovered_and_spotted_tell_one_discovery():
    from rashomon.comparison.conflicts.days import time_findings

    a, b = extract_claims([
        make_article("a1", "Divers from the water board found the leak on Monday while checking the old sluice gates."),
        make_article("a2", "The leak was spotted on Thursday by a fisherman, who called the police at once."),
    ])
    assert [{f.a.value, f.b.value} for f in time_findings(a, b)] == [{"Monday", "Thursday"}]


def test_the_night_into_a_day_is_the_late_part_of_the_day_before():
    # "the night to Sunday" began on Saturday: one night, no disagreement
    assert not _dates(
        "Thieves broke into the Orvell museum late on Saturday and took two paintings.",
        "Thieves broke into the Orvell museum in the night to Sunday and took two paintings.",
    )
    assert _dates(
        "Thieves broke into the Orvell museum late on Friday and took two paintings.",
        "Thieves broke into the Orvell museum in the night to Sunday and took two paintings.",
    )


def test_declaring_something_void_is_an_act_not_words_said():
    from rashomon.comparison.conflicts.days import stated_on

    acts = extract_claims([make_article("a1", (
        "The supreme court declared on Monday the new tax unconstitutional. "
        "The court's president declared on Monday that the tax was unconstitutional."
    ))])
    assert [stated_on(c, c.values[0]) for c in acts] == ["", "declare"]


def test_a_future_in_a_later_clause_leaves_the_leads_day_past():
    from rashomon.comparison.conflicts.leads import lead_time

    past = extract_claims([make_article("a1", "The council on Monday approved a budget that will raise bus fares.")])
    assert lead_time(list(past))[1].text == "Monday"
    coming = extract_claims([make_article("a1", "The council will vote on Monday on a budget for bus fares.")])
    assert lead_time(list(coming)) is None


def test_the_day_something_was_announced_is_not_the_leads_day():
    from rashomon.comparison.conflicts.leads import lead_time

    claims = extract_claims([make_article("a1", (
        "The port authority announced on Thursday a record seizure of fake watches. "
        "The lorry was stopped on Monday at the northern gate."
    ))])
    assert lead_time(list(claims))[1].text == "Monday"


def test_the_year_a_figure_is_reached_is_one_milestone():
    from rashomon.comparison.conflicts.days import once_in_a_life

    (claim,) = extract_claims([make_article("a1", "The toll on the Harrow bridge will rise every year until it reaches 9 in 2031.")])
    assert once_in_a_life(claim, claim.values[-1]) == "reach 9"
    found = _dates(
        "The toll on the Harrow bridge will rise by one crown a year until it reaches 9 in 2031.",
        "The plan foresees a rise of the toll on the Harrow bridge by one crown a year, until reaching the 9 crowns in 2029.",
    )
    assert [{s.value for s in c.sides} for c in found] == [{"2031", "2029"}]
    # two figures reached are two milestones
    assert not _dates(
        "The toll on the Harrow bridge will rise by one crown a year until it reaches 9 in 2031.",
        "The plan foresees a rise of the toll on the Harrow bridge by one crown a year, until reaching 7 in 2029.",
    )


def test_a_statement_day_after_in_is_a_statement_day_as_after_on():
    # translations write "in Sunday" for "on Sunday": the lab's confirmation day is compared as one statement's day
    from rashomon.comparison.claims import extract_claims
    from rashomon.comparison.conflicts.days import stated_on

    claim = extract_claims([make_article("a1", "The county laboratory confirmed in Sunday the presence of the virus.")])[0]
    assert stated_on(claim, next(v for v in claim.values if v.kind == "weekday")) == "confirm"
    assert _dates(
        "The presence of the virus was confirmed on Saturday by the county laboratory in Harrowby.",
        "The presence of the virus the county laboratory in Harrowby confirmed in Sunday.",
    )


def test_a_word_of_an_after_clause_is_no_evidence_of_the_days_own_act():
    from rashomon.comparison.conflicts.days import time_findings

    # the anglers found the oil on Sunday; the council closed the promenade on Monday, after it was found
    a, b = extract_claims([
        make_article("a1", "Two anglers found oil slicks along the northern beach on Sunday afternoon."),
        make_article("a2", "The council closed the promenade on Monday, after oil slicks were found along the northern beach."),
    ])
    assert not [f for f in time_findings(a, b, aligned=True) if f.a.value != f.b.value]
    # both "after" phrases tell one earlier event, and the two days still disagree
    a, b = extract_claims([
        make_article("a1", "The council closed the northern beach on Sunday after oil slicks were found along the pier."),
        make_article("a2", "The council shut the northern beach on Monday, after oil slicks were found along the pier."),
    ])
    assert [{f.a.value, f.b.value} for f in time_findings(a, b, aligned=True)] == [{"Sunday", "Monday"}]


def test_a_day_naming_its_event_tells_no_tense_against_the_same_event_to_come():
    # "the June 8 referendum" names the vote by its day; "which will be held on June 15" is the same vote
    found = _dates(
        "Campaigners for both sides held final rallies on Saturday ahead of Norland's June 8 referendum on the new port.",
        "The last rallies of the campaign took place on Saturday, before the referendum on the new port, which will be held on June 15.",
    )
    assert {"June 8", "June 15"} in [{s.value for s in c.sides} for c in found]
    # a day told as to come still stays apart from a day told as past
    assert not _dates(
        "The port authority approved the new berth for ferries on June 8, its chairman said.",
        "The port authority will review the new berth for ferries on June 15.",
    )


def test_shared_words_outside_one_days_clause_date_another_act():
    from rashomon.comparison.conflicts.days import time_findings

    # the ferry sailed on Monday; the inspectors grounded it on Thursday, "finding that" its sailing was unsafe
    a, b = extract_claims([
        make_article("a1", "The old ferry sailed to Orrin Island with forty passengers on Monday morning."),
        make_article("a2", "Inspectors grounded the vessel on Thursday, finding that its sailing to Orrin Island with forty passengers broke the rules."),
    ])
    assert not [f for f in time_findings(a, b, aligned=True) if f.a.value != f.b.value]
    # the same act in both days' own clauses still disagrees
    a, b = extract_claims([
        make_article("a1", "The old ferry sailed to Orrin Island with forty passengers on Monday morning."),
        make_article("a2", "The old ferry sailed to Orrin Island with forty passengers on Tuesday, finding calm seas."),
    ])
    assert [{f.a.value, f.b.value} for f in time_findings(a, b, aligned=True)] == [{"Monday", "Tuesday"}]


def test_a_reported_would_and_an_obligation_tell_a_day_to_come():
    # "said he would meet them on Thursday" and "must appear on Tuesday" are told ahead, as "will" is:
    # they may stand against a day told with "will"
    met = _dates(
        "The mediator, Anna Berg, said he would meet both unions in Orlen on Thursday.",
        "The mediator, Anna Berg, will meet both unions in Orlen on Friday.",
    )
    assert [{s.normalized for s in c.sides} for c in met] == [{"thursday", "friday"}]
    court = _dates(
        "The six suspects will appear in court in Tarvo on Monday.",
        "The suspects must appear before the court of Tarvo on Tuesday.",
    )
    assert [{s.normalized for s in c.sides} for c in court] == [{"monday", "tuesday"}]
    # "must have" looks back: no day to come, so no side against "will"
    assert not _dates(
        "The six suspects will appear in court in Tarvo on Monday.",
        "The suspects must have appeared in court in Tarvo on Tuesday.",
    )


def test_told_ahead_reads_a_reported_would_and_a_must():
    from rashomon.comparison.conflicts.days import told_ahead

    claims = extract_claims([make_article("a1", "She said she would resign on Friday. He must leave by Monday. It must have rained on Monday. They met on Monday.")])
    assert [told_ahead(c) for c in claims] == [True, True, False, False]


def test_a_reporting_participle_after_a_thing_dates_the_thing():
    # "a case reported on 29 September" is the day the case came to light, no speaker's statement:
    # it stands against "the first case was recorded on 19 September"
    cases = _dates(
        "The outbreak in Orlen began with a case reported on 29 September in a boy back from a trip abroad, said the health officer.",
        "The health officer said the first case in Orlen was recorded on 19 September, in a boy back from a trip abroad.",
    )
    assert [{s.normalized[5:] for s in c.sides} for c in cases] == [{"09-29", "09-19"}]
    # a body that speaks is the reporting verb's subject: "the ministry announced on Monday"
    from rashomon.comparison.conflicts.days import stated_on

    claim = extract_claims([make_article("a1", "The ministry announced on Monday that the bridge would close.")])[0]
    assert stated_on(claim, claim.values[0]) == "announce"


def test_two_spans_of_one_act_to_come_that_cannot_overlap_disagree():
    found = _dates(
        "Posted March 12, 2025.\nThe Kessel bridge will reopen to traffic in the first half of 2026, officials said.",
        "Posted March 12, 2025.\nThe Kessel bridge will reopen to traffic in the autumn of 2026, officials said.",
    )
    assert [c.explanation for c in found] == [
        "the year: a1 says “the first half of 2026” (2026-01-01 to 2026-06-30); a2 says “the autumn of 2026” (2026-09-01 to 2026-12-20)"
    ]
    # a span that holds the other's month is no conflict
    assert not _dates(
        "Posted March 12, 2025.\nThe Kessel bridge will reopen to traffic in the first half of 2026, officials said.",
        "Posted March 12, 2025.\nThe Kessel bridge will reopen to traffic in May 2026, officials said.",
    )


def test_a_span_counted_from_the_articles_date_is_no_evidence_against_a_named_month():
    assert not _dates(
        "Posted March 12, 2025.\nThe Marl council will vote on the budget within two weeks, the mayor said.",
        "Posted March 12, 2025.\nThe Marl council will vote on the budget in June, the mayor said.",
    )


def test_a_day_dating_the_report_a_statement_was_made_in_is_the_reports_own_act():
    # "said in a report published on Tuesday": the day is the publishing's, not the saying's
    from rashomon.comparison.conflicts.days import stated_on

    claim = extract_claims([make_article("a1", (
        "The Harbour Board's new ferry terminal will cost 40 million marks, the city auditor said in a report published on Tuesday."
    ))])[0]
    day = next(v for v in claim.values if v.kind == "weekday")
    assert stated_on(claim, day) == ""
    said = extract_claims([make_article("a1", "The ferry terminal will cost 40 million marks, the city auditor said in a report on Tuesday.")])[0]
    assert stated_on(said, next(v for v in said.values if v.kind == "weekday")) == "say"


def test_a_day_told_with_a_past_verb_is_past_whatever_else_the_sentence_says_will():
    from rashomon.comparison.conflicts.days import _ahead

    (claim,) = extract_claims([make_article("a1", "The ferry terminal will open in May, after the city council approved its funding on Monday.")])
    assert not _ahead(claim, next(v for v in claim.values if v.kind == "weekday"))
    (coming,) = extract_claims([make_article("a1", "The city council will approve the funding of the ferry terminal on Monday.")])
    assert _ahead(coming, next(v for v in coming.values if v.kind == "weekday"))
    # a perfect after "will" is still to come
    (perfect,) = extract_claims([make_article("a1", "By then the city council will have approved the funding on Monday.")])
    assert _ahead(perfect, next(v for v in perfect.values if v.kind == "weekday"))


def test_the_publishing_day_of_a_report_against_another_outlets_publishing_day():
    found = _dates(
        "The ferry terminal at Orsund will cost 40 million marks and will not open before 2031, the city auditor said in a report published on Tuesday.",
        "The city auditor of Orsund published on Wednesday its report on the ferry terminal, which is two years late.",
    )
    assert [{s.value for s in c.sides} for c in found] == [{"Tuesday", "Wednesday"}]


def test_one_statement_copied_word_for_word_with_another_day_is_one_statements_two_days():
    found = _dates(
        "Two paintings were taken from the Orvell gallery in Harrowby overnight, the county police said on Sunday.",
        "Two paintings were taken from the Orvell gallery in Harrowby overnight, the county police said on Monday.",
    )
    assert [{s.value for s in c.sides} for c in found] == [{"Sunday", "Monday"}]
    # told in other words, the two may be two statements made on two days
    assert not _dates(
        "Two paintings were taken from the Orvell gallery in Harrowby overnight, the county police said on Sunday.",
        "Two paintings were stolen from the Orvell gallery in Harrowby, the county police said on Monday.",
    )
