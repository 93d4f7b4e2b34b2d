"""Figures told in two units of one dimension, and amounts per span of time (conflicts/values.py)."""

from rashomon.comparison.claims import extract_claims
from tests.conftest import conflicts_of, make_article


def _numbers(*texts):
    return [c for c in conflicts_of(*texts) if c.kind == "number"]


def test_one_figure_in_two_units_of_length_conflicts():
    numbers = _numbers(
        "The oil reached the shore. A fishing ban covers 20 nautical miles of coast.",
        "The oil reached the shore. The authorities imposed a 20-kilometre fishing ban.",
    )
    assert len(numbers) == 1
    assert {s.normalized for s in numbers[0].sides} == {"37040 m", "20000 m"}
    assert "20 nautical miles" in numbers[0].explanation


def test_one_length_in_two_units_agrees():
    assert not _numbers(
        "The oil reached the shore. A fishing ban covers 10 miles of coast.",
        "The oil reached the shore. The authorities imposed a 16-kilometre fishing ban.",
    )


def test_a_length_is_no_count_of_people_that_agrees_with_it():
    # "more than 140 people" fits any figure above 140, but counts no length: the two bans disagree
    numbers = _numbers(
        "A fishing ban covers 20 nautical miles of coast. More than 140 people work on the boats.",
        "The authorities have imposed a 20-kilometre fishing ban.",
    )
    assert len(numbers) == 1


def test_an_amount_per_minute_is_no_amount_held():
    assert not _numbers(
        "The tank farm holds 100,000 gallons of fuel, and firefighters poured water on the tank.",
        "Firefighters poured about 5,000 gallons of water a minute on the burning tank at the fuel farm.",
    )


def test_amounts_spilled_told_with_other_verbs_conflict():
    numbers = _numbers(
        "The coastguard estimated that 2,500 tonnes of crude had escaped from the tanker.",
        "Volunteers estimate that up to 6,000 tonnes of toxic crude have already poured into the sea from the tanker.",
    )
    assert len(numbers) == 1
    assert {s.normalized for s in numbers[0].sides} == {"2500000 kg", "6000000 kg"}


def test_money_near_a_leak_is_no_amount_spilled():
    # the leak is a tally of matter only: a sum of money beside it is compared as before
    assert _numbers(
        "The mayor wants an emergency investment of 120 million florins in new reservoirs.",
        "The mayor wants 1.2 billion florins emergency funds to repair leaking mains and reservoirs.",
    )


def test_a_winning_margin_told_with_other_words_conflicts():
    numbers = _numbers(
        "Schafer won the final in Varnholm and beat Dennison to the line by almost two seconds.",
        "Schäfer won the final in Varnholm with a lead of 0.8 seconds over Dennison.",
    )
    assert len(numbers) == 1
    assert {s.value for s in numbers[0].sides} == {"almost two", "0.8"}


def test_margins_of_two_winners_are_two_figures():
    assert not _numbers(
        "Schafer won the final in Varnholm and beat Dennison to the line by almost two seconds.",
        "Lindqvist won the final in Tessby with a lead of 0.8 seconds over Aalto.",
    )


def test_a_figure_joined_to_another_is_half_a_score_or_a_range():
    # "a 14-0 lead" and "a 31-24 lead" are two moments of one game, not two counts of the lead
    assert not _numbers(
        "Kellan ran to give the Otters a 14-0 lead in the second quarter of the game.",
        "Marsh intercepted a pass for a touchdown to give the Otters a 31-24 lead in the game.",
    )


def test_a_figure_hyphened_to_a_word_is_a_property_not_a_count():
    # "a 6.8-strength quake" tells the quake's strength, no number of the dead
    assert not _numbers(
        "A 6.8-strength quake killed more than 9,000 people in the valley towns in 1998.",
        "The toll rose after the bodies of two more victims were found in the valley towns.",
    )
    # a length before one noun is no length before another: a field goal is not a yard line
    assert not _numbers(
        "Vinatieri tied the game with a 45-yard field goal before the interception.",
        "Garrard drove the Otters to the 7-yard line before the interception.",
    )
    # the same property of the same thing still compares: "38-caliber revolver" / "357 caliber revolver"
    assert _numbers(
        "Police said the teenager pointed a 38-caliber revolver at the officers before they fired.",
        "Police said the teenager pointed a 357 caliber revolver at the officers before they fired.",
    )


def test_an_addition_to_a_total_is_not_the_total():
    # "two more victims were found" adds to the toll; it is not a toll of two
    assert not _numbers(
        "Ten people were killed when the earthquake razed villages on the island.",
        "The death toll rose after the bodies of two more victims were found on the island.",
    )


def test_time_left_on_a_clock_is_no_span():
    assert not _numbers(
        "Clark caught a touchdown pass with 12 minutes, 31 seconds remaining in the game against the Otters.",
        "Marsh caught a touchdown pass with 4 minutes 48 seconds remaining in the game against the Otters.",
    )


def test_a_singular_word_before_a_plural_noun_only_modifies_it():
    # "pirate ships" and "pirate boats" count ships and boats, not pirates
    assert not _numbers(
        "The frigate intercepted 3 pirate ships in the gulf and seized arms from the pirates.",
        "Five pirate boats tried to attack the vessels in the gulf before the frigate intervened.",
    )
    # the same noun told with the same modifier still compares
    assert _numbers(
        "Internet traffic was disrupted after two undersea cables in the sea were damaged on Friday.",
        "Internet traffic was disrupted after three undersea cables in the sea were damaged on Friday.",
    )


def test_a_figure_with_its_thousands_set_apart_is_read_whole_or_not_at_all():
    # "2 400 posts" is 2,400, never a figure of 400 (its noun is "posts" once the modifier is passed)
    assert not _numbers(
        "The government agreed to create 2,400 new teaching posts in the schools.",
        "The agreement foresees the creation of 2 400 supplementary posts of teachers in the schools.",
    )


def test_a_noun_one_article_counts_with_several_figures_names_no_one_quantity():
    # a1 counts yards twice (rushed, caught): the word "yards" alone ties neither to a2's 30
    assert not _numbers(
        "Hollis rushed for 189 yards in the win. He caught four passes for 66 yards.",
        "Hollis sprained the knee and was limited to only 30 yards on six carries.",
    )


def test_a_length_before_a_noun_is_that_things_length():
    # "a 73-yard drive" is the drive's length; "90 yards to go" is told of no drive
    assert not _numbers(
        "The Otters embarked on a 13-play, 73-yard drive capped by the winning score.",
        "With 90 yards to go and two time outs, the Otters ran the winning plays.",
    )


def test_figures_counted_over_different_spans_are_two_quantities():
    assert not _numbers(
        "Hollis has scored nine touchdowns in 10 games for the Otters this season.",
        "Hollis has scored two touchdowns in his last two games for the Otters this season.",
    )


def test_an_amount_in_each_of_several_spans_is_a_rate():
    assert not _numbers(
        "Varga has scored at least 25 goals in each of the past five seasons for the Otters.",
        "Varga scored 13 goals in the second half of last season for the Otters.",
    )


def test_a_figure_of_an_event_years_ago_is_an_earlier_events():
    assert not _numbers(
        "The former clerk allegedly shot and killed two co-workers two years ago at the plant.",
        "In February, a former clerk opened fire at the plant, killing three co-workers.",
    )


def test_a_figure_with_a_fraction_is_not_read_in_pieces():
    # "4 1/2 months" is neither 4 nor 1 nor 2 months
    assert not _numbers(
        "He served 4 1/2 months in federal prison for obstructing justice.",
        "He served six months in federal prison for obstructing justice.",
    )


def test_an_age_told_as_years_old_is_no_count():
    assert not _numbers(
        "The leader was charged after taking an 11-year old girl as a wife, and 11 other men were arrested.",
        "He testified that the leader abused him when he was 5 years old, and the leader was arrested.",
    )


def test_a_figure_in_a_sentence_about_an_earlier_years_event_is_that_events():
    assert not _numbers(
        "A 6.1-magnitude quake struck the province on Tuesday, injuring dozens.",
        "The 2004 tsunami that killed 230,000 people was triggered by a massive 9.1-magnitude quake off the province.",
    )


def test_the_stated_figures_of_a_claim_leave_out_denied_and_quoted_ones():
    from rashomon.comparison.conflicts.values import stated_numbers

    text = 'Rescuers said 15 workers are trapped, not 14. The foreman said "we lost 3 trucks" on Monday.'
    claims = extract_claims([make_article("a1", text)])
    stated = [v.text for c in claims for v in stated_numbers(c)]
    assert "15" in stated and "14" not in stated and "3" not in stated


def test_a_rate_change_in_percent_beside_the_rate_is_told_in_points():
    # "a rise of 0.5%, to 6%": the loose wording of a half-point rise, the same figure as 50 basis points
    assert not _numbers(
        "The reserve bank lifted its lending rate by 50 basis points to 6 percent on Tuesday.",
        "The reserve bank lifted its lending rate by 0.5% to 6% on Tuesday.",
    )


def test_a_fraction_of_a_point_in_words_is_basis_points():
    assert not _numbers(
        "The reserve bank lifted its lending rate by 25 basis points to 6 percent on Tuesday.",
        "The reserve bank lifted its lending rate by a quarter of a percentage point to 6 percent on Tuesday.",
    )
    numbers = _numbers(
        "The reserve bank lifted its lending rate by 25 basis points to 6 percent on Tuesday.",
        "The reserve bank lifted its lending rate by half a percentage point to 6 percent on Tuesday.",
    )
    assert len(numbers) == 1


def test_a_large_change_in_percent_is_no_change_in_points():
    # a relative fall of 12% is not a fall of 12 points: the two disagree
    assert len(_numbers(
        "Turnout among young voters fell by 12 percentage points to 41 percent this year.",
        "Turnout among young voters fell by 12% to 41% this year.",
    )) == 1


def test_a_group_named_by_a_proper_adjective_is_no_count_of_the_whole():
    # "80 Chilean engineers" are some of the mine's workers, a group the other claim never names
    assert not _numbers(
        "The operator said about 600 engineers at the mine would stay on full pay.",
        "The operator employs some 80 Chilean engineers at the mine.",
    )
    # both name the group: one count, two figures
    assert len(_numbers(
        "The operator said about 600 Chilean engineers at the mine would stay on full pay.",
        "The operator employs some 80 Chilean engineers at the mine.",
    )) == 1


def test_a_tally_over_told_games_is_no_tally_of_another_season():
    assert not _numbers(
        "The striker has scored six goals in 14 league games for Varde this season.",
        "Last season the striker scored 21 goals for his old club Varde.",
    )


def test_a_hyphened_property_of_the_event_is_no_span_a_tally_is_counted_over():
    assert len(_numbers(
        "The landslide in the north has killed at least 90 people, officials said.",
        "Officials said 61 people lost their lives in the 40-metre landslide in the north.",
    )) == 1


def test_an_amount_for_each_one_of_a_thing_is_no_total():
    assert not _numbers(
        "The league fined the club 400,000 euros for the late payments.",
        "The club paid the league almost two million euros a match, the accounts show.",
    )
    numbers = _numbers(
        "The league fined the club 400,000 euros for the late payments.",
        "The league fined the club 600,000 euros for the late payments. That is 50,000 euros a player.",
    )
    assert [{s.normalized for s in c.sides} for c in numbers] == [{"400000 EUR", "600000 EUR"}]


def test_a_count_of_people_from_places_is_no_part_of_the_places():
    # "2,000 people out of nine hamlets": the hamlets are counted too, and told differently
    numbers = _numbers(
        "The new reservoir would force about 2,000 people out of nine hamlets in the valley.",
        "Nobody asked the 2,000 residents of the 10 hamlets that the reservoir would flood in the valley.",
    )
    assert [{s.normalized for s in c.sides} for c in numbers] == [{"9", "10"}]


def test_two_lengths_of_one_strike_compare_in_hours():
    numbers = _numbers(
        "Bus drivers in the capital began a 24-hour strike over pensions on Monday.",
        "Bus drivers in the capital began a two-day walkout on Monday, stranding commuters.",
    )
    assert len(numbers) == 1 and numbers[0].explanation.startswith("how long")


def test_one_month_after_two_figures_shows_one_measurement():
    numbers = _numbers(
        "The central bank raised its rate to 5.5 percent on Tuesday as it tried to curb unemployment that reached 7.2 percent in March.",
        "Annual unemployment stood at 6.8 percent in March.",
    )
    assert len(numbers) == 1
    # two months: two measurements, no conflict
    assert not _numbers(
        "The central bank raised its rate to 5.5 percent on Tuesday as it tried to curb unemployment that reached 7.2 percent in March.",
        "Annual unemployment stood at 6.8 percent in February.",
    )


def test_a_value_and_a_worth_are_one_sum():
    numbers = _numbers(
        "Insurers value the jewels at about 12 million euros.",
        "The gang's haul is worth a staggering 20 million euros.",
    )
    assert len(numbers) == 1


def test_a_suspension_in_months_and_a_ban_in_years_compare_in_hours():
    numbers = _numbers(
        "The cycling union on Friday suspended team manager Olav Brekke for 18 months over the doping case.",
        "Team manager Olav Brekke was hit with a two-year ban on Friday over the doping case.",
    )
    assert len(numbers) == 1 and numbers[0].explanation.startswith("how long")
    assert {s.value for s in numbers[0].sides} == {"18 months", "two-year"}


def test_a_count_of_times_is_read_and_compared():
    numbers = _numbers(
        "The winger has scored five goals in 22 league games this season.",
        "The winger has scored just twice in 22 league games this season.",
    )
    assert len(numbers) == 1 and {s.normalized for s in numbers[0].sides} == {"5", "2"}


def test_a_margin_cut_to_only_some_votes_is_the_end_of_the_change():
    # "from 150 to only 40": 40 is the new margin, 150 the old one
    numbers = _numbers(
        "The recount cut the mayor's lead over her rival from 150 to only 40 votes on Friday.",
        "The recount cut the mayor's lead over her rival to 44 votes on Friday.",
    )
    assert [{s.normalized for s in c.sides} for c in numbers] == [{"40", "44"}]


def test_a_possessive_is_the_name_it_owns():
    from rashomon.comparison.conflicts.common import word_class

    assert word_class("Dornholm's") == word_class("Dornholm") == word_class("Dornholm’s")
    assert word_class("its") == "its"


def test_a_name_near_a_figure_is_no_class_its_letters_open():
    # "Killany" opens with "kill", "Tollard" with "toll": names, not the tally of the dead
    from rashomon.comparison.conflicts.common import context
    from rashomon.model import Claim

    text = "Killany has had three years to act, Tollard said."
    claim = Claim(id="a1.s1", article="a1", sentence="a1.s1", text=text, start=0, end=len(text))
    at = text.index("three")
    assert "dead" not in context(claim, at, at + len("three"))
    deaths = "Deaths rose to three on Monday."
    claim = Claim(id="a1.s2", article="a1", sentence="a1.s2", text=deaths, start=0, end=len(deaths))
    assert "dead" in context(claim, deaths.index("three"), deaths.index("three") + 5)


def test_the_hour_of_a_clock_time_is_no_count():
    # "at 14:20 pm" (a 24-hour clock with "pm") is no time the reader takes: its 14 is left as
    # a figure, which must count nothing ("left at 14:20 pm" against "left with 12 passengers")
    from rashomon.comparison.conflicts.figure_roles import clock_hour
    from rashomon.comparison.conflicts.values import shared_context

    claims = extract_claims([
        make_article("a1", "The ferry left Holt harbour at 14:20 pm for Marrow, the port said."),
        make_article("a2", "The ferry left Holt harbour with 12 passengers for Marrow, the port said."),
    ])
    (a, va), (b, vb) = [(c, v) for c in claims for v in c.values if v.kind == "number"]
    assert clock_hour(a, va) and not clock_hour(b, vb)
    assert shared_context(a, va, b, vb, aligned=True) is None


def test_customers_and_consumers_of_one_outage_are_one_count():
    # one population under two nouns, each counted once: the figures disagree
    numbers = _numbers(
        "The storm outage cut power in the valley to about 40,000 customers on Sunday.",
        "The storm outage, which cut power in the valley for some 25,000 consumers, began on Sunday.",
    )
    assert len(numbers) == 1
    assert {s.normalized for s in numbers[0].sides} == {"40000", "25000"}


def test_another_name_of_the_population_counted_once_names_the_quantity_alone():
    # no word of what happened stands near both figures: the nouns, each counted once, suffice
    numbers = _numbers(
        "The valley storm outage came on Sunday night; by dawn about 40,000 customers sat in the dark.",
        "The valley storm outage came on Sunday night; it was felt by some 25,000 consumers.",
    )
    assert len(numbers) == 1


def test_a_whole_figure_agrees_with_the_exact_one_it_rounds():
    assert not _numbers(
        "Unemployment in the province rose to 7.3 percent in March, the statistics office said.",
        "Unemployment in the province rose to 7 percent in March, the statistics office said.",
    )


def test_a_rounded_headline_figure_cannot_settle_two_exact_ones():
    # the first article's "above 6%" headline figure rounds both 6.2 and 6.4: the two still disagree
    numbers = _numbers(
        "Prices climb 6% in Halvor. Consumer prices in Halvor rose 6.4 percent in May, the office said.",
        "Consumer prices in Halvor rose 6.2 percent in May, the office said.",
    )
    assert len(numbers) == 1


def test_one_measure_of_one_stuff_is_one_quantity():
    # "tonnes" alone names no quantity; "tonnes of cod", weighed once in each article, does
    numbers = _numbers(
        "Inspectors found around 40 tonnes of cod in the two holds, the ministry said.",
        "According to the ministry, the inspectors found in the holds of the Marta and the Sela some 65 tonnes of cod, a quantity well above the quota.",
    )
    assert len(numbers) == 1


def test_how_long_one_thing_stays_closed_told_twice_conflicts():
    found = _numbers(
        "The Holt ferry pier will remain closed for at least two months while divers inspect the damage, the mayor said.",
        "The Holt ferry pier will stay shut for ten days while divers inspect the damage, port staff said.",
    )
    assert [{s.value for s in c.sides} for c in found] == [{"at least two months", "ten days"}]
    # two things closed for two spans are two closures
    assert not _numbers(
        "The Holt ferry pier will remain closed for at least two months while divers inspect the damage, the mayor said.",
        "Some Holt roads will stay shut for ten days while crews clear the damage, the mayor said.",
    )


def test_jobs_cut_and_workers_laid_off_count_one_workforce():
    # a job is one worker's post: "cutting 420 jobs" and "all 510 workers will lose their jobs"
    found = _numbers(
        "Brannock Foods will close its Holt bakery, cutting 420 jobs.",
        "All 510 workers at the Holt bakery will lose their jobs when Brannock Foods closes it.",
    )
    assert [{s.normalized for s in c.sides} for c in found] == [{"420", "510"}]


def test_one_things_size_in_two_units_conflicts_whoever_found_it():
    # "a 2-metre split" / "two splits, the larger about 60 centimetres": the size of one thing
    found = _numbers(
        "Divers from Halvard Marine found a 2-metre split in the hull of the Holt ferry on Sunday.",
        "Divers found two splits, the larger about 60 centimetres, in the hull of the Holt ferry on Sunday.",
    )
    assert [{s.normalized for s in c.sides} for c in found] == [{"2 m", "0.6 m"}]
    # the yard line a play reached is a place on the field, no size of anything
    from rashomon.comparison.conflicts.figure_roles import measured_thing

    (claim,) = extract_claims([make_article("a1", "The Holt Rams were stopped at the 27-yard line.")])
    assert measured_thing(claim, claim.values[0]) == ""


def test_pay_told_as_a_span_of_work_conflicts():
    found = _numbers(
        "Brannock Foods will pay three months' wages for every year of service to the Holt bakers.",
        "The Holt bakers get a mere six weeks' pay for each year of service from Brannock Foods.",
    )
    assert [{s.value for s in c.sides} for c in found] == [{"three months'", "six weeks'"}]
    # a sum per year of service is no lump sum
    from rashomon.comparison.conflicts.figure_roles import pay_of_a_span

    a, b = extract_claims([
        make_article("a1", "Brannock Foods will pay three months' wages for every year of service to the Holt bakers."),
        make_article("a2", "The Holt bakers get a mere six weeks' pay from Brannock Foods."),
    ])
    assert not pay_of_a_span(a, a.values[0], b, b.values[0])


def test_a_sum_hyphened_to_its_noun_is_that_things_sum():
    # "the 90,000-euro repair fund" and "a repair fund of 60,000 euros" are one fund told twice
    assert _numbers(
        "The town council of Brell set up a repair fund of 60,000 euros for the flooded school.",
        "The town council of Brell set up the 90,000-euro repair fund for the flooded school.",
    )
    assert not _numbers(
        "The town council of Brell set up a repair fund of 60,000 euros for the flooded school.",
        "The town council of Brell paid a 90,000-euro bonus to the builders of the flooded school.",
    )


def test_a_running_total_is_no_count_of_one_occasion():
    total = "In their three patrols so far, the coast guard crews have seized 22 shotguns and 600 cartridges."
    one = "During the patrol, nine shotguns and about 200 cartridges were found and seized."
    assert not _numbers(total, one)
    assert not _numbers(one, total)
    assert not _numbers(
        "Since the verdict, more than 80 arrests have been made over five nights of rioting in Harwick.",
        "By the end of the night, 35 people had been arrested in Harwick.",
    )
    assert not _numbers(
        "In the Herons' win over the Larks on Sunday, Dunmore ran for 45 yards.",
        "Dunmore has run for only 300 yards this season for the Herons.",
    )


def test_two_running_totals_over_one_span_still_disagree():
    numbers = _numbers(
        "In their three patrols so far, the coast guard crews have seized 22 shotguns.",
        "The coast guard crews have seized 17 shotguns in their three patrols to date.",
    )
    assert [{s.normalized for s in c.sides} for c in numbers] == [{"22", "17"}]
    # over two spans they are two totals: only the count of patrols disagrees
    numbers = _numbers(
        "In their three patrols so far, the coast guard crews have seized 22 shotguns.",
        "In their five patrols so far, the coast guard crews have seized 31 shotguns.",
    )
    assert [{s.normalized for s in c.sides} for c in numbers] == [{"3", "5"}]


def test_a_running_total_against_a_total_told_without_its_span_still_disagrees():
    # "has recovered" tells a sum up to now too: the same haul, told without its seasons
    numbers = _numbers(
        "Over two seasons the divers have raised 2,100 silver coins from the wreck.",
        "The salvage firm has recovered 2,900 silver coins from the wreck.",
    )
    assert [{s.normalized for s in c.sides} for c in numbers] == [{"2100", "2900"}]


def test_a_figure_that_counts_the_rest_is_no_count_of_the_whole():
    rest = "The ministry will also review admissions at the country's other four public universities."
    whole = "The ministry promised a review of all five public universities in the country."
    assert not _numbers(rest, whole)
    assert not _numbers(whole, rest)
    assert not _numbers("Five more volunteers from the trial were taken to hospital on Monday.",
                        "Seven volunteers from the trial received the highest dose on Monday.")
    # two counts of the rest still disagree
    assert _numbers("Four other volunteers from the trial were taken to hospital on Monday.",
                    "Five other volunteers from the trial were taken to hospital on Monday.")


def test_a_figure_that_counts_the_sources_of_a_claim_is_no_count_of_the_event():
    assert not _numbers("According to two volunteers who spoke to the paper, the trial went on for days.",
                        "The trial gave the drug to 40 volunteers at lower doses.")
    assert not _numbers("Three officials who asked not to be named said 12 soldiers were hurt.",
                        "Nine officials were moved to the border post after the attack.")


def test_two_years_tallies_are_two_quantities():
    assert not _numbers("In 2021, 38 hikers died on the Korran ridge.", "In 2022, 26 hikers died on the Korran ridge.")
    assert _numbers("In 2022, 38 hikers died on the Korran ridge.", "In 2022, 26 hikers died on the Korran ridge.")


def test_a_counted_noun_named_by_another_word_of_one_sense():
    assert _numbers("The hailstorm in Brenn damaged 300 homes.", "The hailstorm in Brenn damaged 700 houses.")
    assert not _numbers("The hailstorm in Brenn damaged 300 homes.", "The hailstorm in Brenn damaged some 300 houses.")


def test_a_magnitude_is_no_count_of_quakes():
    assert not _numbers("A magnitude 5.8 earthquake struck the Orvel coast.", "Two strong earthquakes struck the Orvel coast.")


def test_two_places_counts_are_two_quantities():
    assert not _numbers("The gale felled 40 trees in the village of Hesk.", "The gale felled 90 trees in the village of Morrow.")
    assert _numbers("The gale felled 40 trees in Hesk.", "The gale felled 90 trees in Hesk, the council said.")


def test_a_share_against_a_reference_is_no_level_even_in_aligned_sentences():
    # the one share of its unit in each sentence, aligned as one proposition: "above the market" tells a
    # difference from a reference, "growth of" a level; nothing counted is read after either
    from rashomon.comparison.conflicts.values import against_reference, shared_context

    claims = extract_claims([
        make_article("a1", "The board agreed to buy the steel at prices 30 percent above the market rate, auditors said."),
        make_article("a2", "The minister said growth of 3.2 percent this year proved the plan was working."),
    ])
    (a, va), (b, vb) = [(c, v) for c in claims for v in c.values if v.kind == "number"]
    assert (va.counted, vb.counted) == ("", "")
    assert against_reference(a, va) and not against_reference(b, vb)
    assert shared_context(a, va, b, vb, aligned=True) is None


def test_two_shares_against_a_reference_may_be_one_quantity():
    from rashomon.comparison.conflicts.values import shared_context

    claims = extract_claims([
        make_article("a1", "Auditors said the state paid prices 30 percent above the market rate for the gas."),
        make_article("a2", "The state bought the gas at 45 percent above the market price, auditors found."),
    ])
    (a, va), (b, vb) = [(c, v) for c in claims for v in c.values if v.kind == "number"]
    assert shared_context(a, va, b, vb, aligned=True) is not None
