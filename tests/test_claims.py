import pytest

from rashomon.comparison.claims import extract_claims, find_quotes, modality, find_speaker, find_values, parse_number
from tests.conftest import make_article


@pytest.mark.parametrize(
    "text, number",
    [("two dozen", 24), ("24", 24), ("4,2 million", 4_200_000), ("1,500", 1500), ("a dozen", 12),
     ("thirty-one", 31), ("3.5 billion", 3.5e9), ("four", 4), ("two hundred", 200), ("4.200.000", 4_200_000)],
)
def test_numbers_in_words_and_digits(text, number):
    assert parse_number(text) == pytest.approx(number)


def test_values_carry_kind_unit_and_offsets():
    text = "Some 31 people were injured on Friday, March 3, 2021, and 4,2 million euros were lost."
    values = find_values(text, offset=100)
    kinds = [(v.kind, v.normalized) for v in values]
    assert ("number", "31") in kinds
    assert ("weekday", "friday") in kinds
    assert ("date", "2021-03-03") in kinds
    assert ("number", "4200000 EUR") in kinds
    assert [v.counted for v in values if v.normalized == "31"] == ["people"]
    for v in values:
        assert text[v.start - 100 : v.end - 100] == v.text


def test_equal_figures_in_other_words_normalise_alike():
    a = [v for v in find_values("two dozen people were hurt") if v.kind == "number"]
    b = [v for v in find_values("24 were hurt in the blast") if v.kind == "number"]
    assert a[0].normalized == b[0].normalized == "24"


def test_speaker_is_the_attribution_not_a_name_inside_the_quote():
    assert find_speaker("“Secretary Jones stressed the point,” the statement said.") == "the statement"
    assert find_speaker("Jones stressed the point, ministry spokeswoman Ana Ruiz said.") == "Ana Ruiz"
    assert find_speaker("According to the Interior Ministry, the road is closed.") == "the Interior Ministry"
    assert find_speaker("The road is closed.") == ""


def test_quotes_straight_and_curly():
    assert find_quotes('He called it “a disgrace” and "unacceptable."') == ("a disgrace", "unacceptable")


def test_short_fragments_are_not_claims():
    article = make_article("a1", "Breaking news\nThe council approved the budget on Monday.")
    claims = extract_claims([article])
    assert [c.text for c in claims] == ["The council approved the budget on Monday."]
    assert claims[0].sentence == "a1.s1"


def test_clock_times_are_times_not_counts():
    values = find_values("The blast came at 9 p.m., the sirens at 10pm and the all-clear at 21:15; 45 minutes later.")
    assert [(v.kind, v.text, v.normalized) for v in values] == [
        ("time", "9 p.m.", "21:00"), ("time", "10pm", "22:00"), ("time", "21:15", "21:15"), ("number", "45", "45"),
    ]


# --- bad input: fewer slots, never an exception, never a misread value -----------------------

from rashomon.comparison.claims import find_quantities, find_times, reference_date  # noqa: E402
from rashomon.comparison.claims.numbers import compatible  # noqa: E402


@pytest.mark.parametrize("text", ["version 2.0.1 shipped", "on 12.05.2024 it rained", "the host 127.0.0.1 answered", "build 1.2.3.4.5.6"])
def test_dotted_versions_dates_and_addresses_are_not_figures(text):
    assert [v for v in find_values(text) if v.kind == "number"] == []


def test_impossible_dates_are_not_read():
    assert [v for v in find_values("The deal was signed on 31 February and on February 30, 2025.") if v.kind == "date"] == []
    assert [v.normalized for v in find_values("It was signed on 29 February 2024.") if v.kind == "date"] == ["2024-02-29"]
    assert [v.normalized for v in find_values("It was signed on 29 February 2025.") if v.kind == "date"] == []


def test_absurd_numbers_mixed_scripts_and_long_sentences_do_not_crash():
    assert [v for v in find_values("9" * 5000 + " people were hurt") if v.kind == "number"] == []
    assert parse_number("1" * 400) is None
    for text in ("Москва 12 people 東京 ٣ قتلى", "\u202e42 \u200b people", "x" * 50_000 + " 3 dead", ("12 " * 20_000)):
        values = find_values(text)
        for v in values:
            assert 0 <= v.start < v.end <= len(text)


def test_a_sentence_the_reader_cannot_parse_is_a_claim_with_fewer_slots():
    article = make_article("a1", "!!! 2.0.1 ??? “ “ ” ” 31/02/2025 0x1F 1e309 --- ∞ people were hurt.")
    claims = extract_claims([article])
    assert claims and "people were hurt" in claims[-1].text
    values = [v for c in claims for v in c.values]
    assert not [v for v in values if v.kind == "date"]
    assert all(v.kind != "number" or (v.low is not None and v.low < 1e308) for v in values)


def test_quantities_carry_qualifier_interval_unit_and_counted_thing():
    (q,) = find_quantities("at least 212 people were killed")
    assert (q.value, q.qualifier, q.counted, q.low) == (212, "at least", "people", 212) and q.high == float("inf")
    (r,) = find_quantities("the bank cut rates by 25 basis points")
    assert r.unit == "bp"
    (t,) = find_quantities("thousands of supporters gathered")
    assert (t.low, t.high, t.counted) == (2000, 99_999, "supporters")  # "thousands of drivers" for 38,000 a day is news usage
    (bn,) = find_quantities("a €3.1bn takeover")
    assert (bn.value, bn.unit) == (3.1e9, "EUR")
    (compound,) = find_quantities("return 3 million and 800 thousand crowns")
    assert compound.value == 3_800_000


def test_a_span_told_in_two_units_is_one_span():
    (span,) = find_quantities("The hearing ran for three hours and 20 minutes before the recess.")
    assert (span.text, round(span.value, 3), span.counted) == ("three hours and 20 minutes", 3.333, "hours")
    (days,) = find_quantities("The crew spent 4 days and 6 hours at sea.")
    assert (days.value, days.counted) == (4.25, "days")
    # a count after "and" is no part of the span
    assert [q.value for q in find_quantities("after two hours and 40 volunteers joined")] == [2, 40]


def test_a_fraction_of_a_round_figure_is_that_share_told_roughly():
    (third,) = find_quantities("A third of a million households lost power.")
    assert (third.text, round(third.value), third.counted) == ("A third of a million", 333_333, "households")
    (quarters,) = find_quantities("nearly three quarters of a billion euros")
    assert (round(quarters.value), quarters.qualifier, quarters.high) == (750_000_000, "nearly", 750_000_000)
    assert compatible(third, find_quantities("some 310,000 households")[0])
    assert not compatible(third, find_quantities("200,000 households")[0])
    # a fraction of a thing, not of a round figure, is a share in percent
    assert [(round(q.value, 2), q.unit, q.counted) for q in find_quantities("a third of the vote")] == [(33.33, "%", "vote")]


def test_a_currency_after_of_is_the_figures_unit():
    # a translation's "million of euros" is the sum in euros, as "million euros" is
    (told,) = find_quantities("estimated at around 40 million of euros")
    (plain,) = find_quantities("estimated at about 40 million euros")
    assert (told.unit, told.counted) == (plain.unit, plain.counted) == ("EUR", "")


def test_a_dot_grouping_thousands_is_read_before_a_count_of_things_only():
    (count,) = find_quantities("about 310.000 households lost power")
    assert (count.value, count.counted) == (310_000, "households")
    assert find_quantities("a 1.500 metres race") == []  # a measure may have decimals: left unread
    assert find_quantities("he ran it in 9.580 seconds") == []


def test_vague_and_exact_wordings_that_can_agree_are_compatible():
    nearly = find_quantities("nearly 50 people")[0]
    exact = find_quantities("47 people")[0]
    more = find_quantities("more than 200 dead")[0]
    least = find_quantities("at least 212 dead")[0]
    low = find_quantities("188 dead")[0]
    assert compatible(nearly, exact) and compatible(more, least)
    assert not compatible(least, low)


def test_relative_days_resolve_against_the_dateline():
    text = "VARNHOLM, Tuesday 9 September — The analyst was arrested last Friday. It was announced in 2025."
    ref = reference_date(text)
    assert ref is not None and ref.isoformat() == "2025-09-09"
    friday = [t for t in find_times(text, 0, ref) if t.kind == "weekday" and t.normalized == "friday"]
    assert friday and friday[0].resolved == "2025-09-05"
    assert reference_date("No dateline here. Something happened on Monday.") is None


def test_negation_and_modality_are_read_outside_quotes():
    article = make_article("a1", "The minister did not resign on Monday.\n“We will never resign,” the minister said on Monday.\nThe port may reopen on Friday, officials said.")
    claims = extract_claims([article])
    assert [c.negated for c in claims] == [True, False, False]
    assert claims[2].modality == "possible"
    assert claims[1].speaker == "the minister" and claims[1].verb == "say"


def test_the_month_may_is_no_modal():
    assert modality("The port may reopen on Friday.") == "possible"
    assert modality("May the best crew win, the coach said.") == "possible"
    assert modality("The port reopened on May 9.") == ""
    assert modality("In May the port will reopen.") == "future"
    assert modality("May 9 was the day the port reopened.") == ""


def test_a_date_at_the_edge_of_the_calendar_leaves_the_claim_with_fewer_slots():
    from dataclasses import replace

    article = replace(make_article("a1", "The ferry sank last Monday, two days before yesterday's storm."), date="0001-01-01")
    (claim,) = extract_claims([article])
    assert claim.text.startswith("The ferry sank")
    assert all(not v.resolved or v.resolved >= "0001-01-01" for v in claim.values)


def test_speeds_carry_their_unit_and_a_glued_m_without_money_is_metres():
    (glued,) = find_quantities("where the limit is 60km/h.")
    (spaced,) = find_quantities("travelling at 118 km/h on the bend")
    assert (glued.value, glued.unit) == (60, "km/h") and (spaced.value, spaced.unit) == (118, "km/h")
    (depth,) = find_quantities("trapped 480m underground")
    assert (depth.value, depth.counted) == (480, "metres")
    (money,) = find_quantities("counted on €140m a year")
    assert (money.value, money.unit) == (140_000_000, "EUR")


@pytest.mark.parametrize(
    "text, value, counted",
    [("the curfew will last a month", 1, "months"), ("talks ran for an hour and a half", 1.5, "hours"),
     ("within half an hour", 0.5, "hours"), ("they met for a fortnight", 2, "weeks"),
     ("it took two and a half hours to reach them", 2.5, "hours"), ("for one week", 1, "weeks")],
)
def test_spans_of_time_told_without_a_figure_are_read(text, value, counted):
    (q,) = find_quantities(text)
    assert (q.value, q.counted) == (value, counted) and text[q.start : q.end] == q.text


@pytest.mark.parametrize("text", ["he calls twice a day", "a year ago the plant closed", "it happened a day after the vote",
                                  "a year-long inquiry", "once a week"])
def test_a_rate_or_a_time_elapsed_is_no_span(text):
    assert find_quantities(text) == []


@pytest.mark.parametrize(
    "text, figure, counted",
    [("The ferry carries 3,500 passengers a week in summer.", 3500, "passengers"),
     ("The new tax would raise about 80 million florins a year.", 80_000_000, "florins"),
     ("The herd can graze 20 kilometres a day.", 20, "kilometres")],
)
def test_a_span_after_a_figure_and_its_noun_is_its_rate(text, figure, counted):
    # "3,500 passengers a week" is one count per week, not 3,500 passengers and a span of one week
    (q,) = find_quantities(text)
    assert (q.value, q.counted) == (figure, counted)


def test_a_span_after_a_figure_and_other_words_stays_a_span():
    spans = [q for q in find_quantities("He spent 12 years in the navy and a year at sea.") if q.counted == "years" and q.value == 1]
    assert len(spans) == 1


@pytest.mark.parametrize("text, counted", [("The fire's only fatality so far was a firefighter.", "fatality"),
                                           ("She was the sole survivor of the crash.", "survivor")])
def test_the_only_one_of_a_tally_is_a_count_of_one(text, counted):
    (q,) = find_quantities(text)
    assert (q.value, q.counted) == (1, counted) and text[q.start : q.end] == q.text
    assert find_quantities("It is the only way out.") == []


def test_a_month_is_any_length_of_the_calendar():
    (month,) = find_quantities("within a month")
    assert month.low * 30.4375 <= 28 and month.high * 30.4375 >= 31


@pytest.mark.parametrize("text, value", [("one hundred and twenty passengers", 120), ("a hundred and ten people", 110),
                                         ("five hundred and sixty-two votes", 562), ("one thousand and one nights", 1001)])
def test_a_british_and_after_hundred_or_thousand_is_one_figure(text, value):
    (q,) = find_quantities(text)
    assert q.value == value


def test_and_between_two_figures_is_no_sum():
    assert [q.value for q in find_quantities("3 and four dogs")] == [3, 4]


def test_clock_times_in_words_are_read_after_a_preposition_of_time_or_with_a_part_of_the_day():
    from rashomon.comparison.claims import find_times, times_agree

    def read(text):
        return [(t.normalized, t.qualifier) for t in find_times(text) if t.kind == "time"]

    assert read("The train derailed at around ten to eight.") == [("07:50", "about 12h")]
    assert read("It began at half past nine in the evening.") == [("21:30", "")]
    assert read("The quake struck at 3.42 o'clock in the morning.") == [("03:42", "")]
    assert read("Police arrived at a quarter past six.") == [("06:15", "12h")]
    assert read("Ten to one he wins.") == [] and read("one of five to eight candidates") == []
    assert times_agree("07:50", "about 12h", "19:50", "")  # no part of the day: either reading
    assert not times_agree("07:00", "", "08:15", "")
    assert times_agree("21:00", "", "21:10", "")  # a round hour stands for the minutes near it
    assert not times_agree("21:05", "", "21:10", "")


def test_the_noun_after_a_name_is_what_a_figure_counts():
    from rashomon.comparison.claims import find_quantities

    assert [q.counted for q in find_quantities("Lirenia expelled four Darvandi diplomats.")] == ["diplomats"]
    assert [q.counted for q in find_quantities("Tamaruk will free the 14 Brigade members.")] == ["members"]
    assert [q.counted for q in find_quantities("Some 64 people were held.")] == ["people"]


def test_glued_length_and_mass_units_read_by_their_kind():
    from rashomon.comparison.claims.numbers import find_quantities

    got = [(q.value, q.counted) for q in find_quantities("The dyke stood 20ft tall beside a 30cm drain and a 12lb stone.")]
    assert got == [(20.0, "ft"), (30.0, "cm"), (12.0, "lb")]


def test_a_figure_of_an_owners_things_counts_the_things():
    from rashomon.comparison.claims import find_values

    (four,) = [v for v in find_values("Lirenia expelled four of our country's diplomats on Monday.") if v.kind == "number"]
    assert four.counted == "diplomats"


def test_a_singular_word_before_a_plural_noun_is_no_counted_noun():
    assert [q.counted for q in find_quantities("the frigate intercepted 3 pirate ships")] == ["ships"]
    assert [q.counted for q in find_quantities("10 fire engines fought the blaze")] == ["engines"]
    assert [q.counted for q in find_quantities("11 people were killed")] == ["people"]
    assert [q.counted for q in find_quantities("1 man dies")] == ["man"]  # one: a singular noun and its verb
    assert [q.counted for q in find_quantities("the 7.5 magnitude quakes struck")] == ["magnitude"]


def test_two_singular_words_before_a_plural_noun_are_no_counted_noun():
    # a count of kinds told with its modifiers counts the kinds, not the first modifier
    assert [q.counted for q in find_quantities("the garden grows 300 rare plant varieties")] == ["varieties"]
    assert [q.counted for q in find_quantities("about 40 river ferry boats were moored")] == ["boats"]
    # a verb or a function word between is no modifier: the first noun is counted
    assert [q.counted for q in find_quantities("12 people lost homes in the storm")] == ["people"]
    assert [q.counted for q in find_quantities("30 people from towns nearby came")] == ["people"]


def test_a_modifier_before_the_noun_is_no_counted_noun():
    # a hyphenated compound or a participle before a plural describes the noun the figure counts
    assert [q.counted for q in find_quantities("Rangers recovered twelve mud-caked tusks.")] == ["tusks"]
    assert [q.counted for q in find_quantities("Fuel leaked from three cracked storage drums.")] == ["drums"]
    assert [q.counted for q in find_quantities("Police found dozens of abandoned bicycles.")] == ["bicycles"]
    # told after the figure as what happened, the participle names the counted itself
    assert [q.counted for q in find_quantities("Two were killed and 35 injured on Friday.")] == ["killed", "injured"]
    assert [q.counted for q in find_quantities("The last two closed altogether.")] == ["closed"]
    # a compound joined to the figure is the figure's own unit
    assert [q.counted for q in find_quantities("a 19-year-old cyclist was hurt")] == ["year-old"]
    # a superlative picks out a ranked group, which the figure counts
    assert [q.counted for q in find_quantities("aid reached the 9 hardest-hit towns")] == ["hardest-hit"]


def test_a_fraction_of_a_percentage_point_in_words_is_read_in_points():
    from rashomon.comparison.claims.numbers import find_quantities

    read = {(q.text, q.value, q.unit) for q in find_quantities("Rates rose by half a point in May and by a quarter of a percentage point in June.")}
    assert ("half a point", 0.5, "pp") in read and ("a quarter of a percentage point", 0.25, "pp") in read


def test_an_adjective_in_ss_before_the_noun_is_not_what_is_counted():
    from rashomon.comparison.claims.numbers import find_quantities

    assert [q.counted for q in find_quantities("Raiders took five priceless tapestries from the abbey.")] == ["tapestries"]


def test_once_and_twice_are_counts_but_not_rates_or_multiples():
    from rashomon.comparison.claims.numbers import find_quantities

    assert [(q.text, q.value) for q in find_quantities("She has won twice in five starts.")][:1] == [("twice", 2.0)]
    assert not [q for q in find_quantities("The pills are taken twice a day, twice as often as before.") if q.text == "twice"]


def test_a_plural_multiplier_after_a_figure_is_a_translations_multiplier():
    (q,) = find_quantities("The harbour fees reached 4,2 millions of euros last year.")
    assert (q.value, q.unit) == (4_200_000, "EUR")
    (q,) = find_quantities("Millions of visitors came.")
    assert q.low == 2_000_000  # no figure before: an order of magnitude still


def test_the_first_figure_of_a_pair_counts_the_noun_after_the_second():
    first, second = find_quantities("The board decided with five to four votes.")
    assert first.counted == second.counted == "votes"
    first, _ = find_quantities("Prices rose from 5 to 7 percent.")
    assert first.counted == ""  # a unit after the pair is no counted noun


def test_half_an_hour_as_spoken_and_the_hours_of_a_day_as_translated():
    from rashomon.comparison.claims import find_times

    def read(text):
        return [(t.text, t.normalized, t.qualifier) for t in find_times(text) if t.kind == "time"]

    assert read("The sirens went off at half three.") == [("half three", "03:30", "12h")]
    assert read("The strike began around the 21 hours of Monday.") == [("the 21 hours", "21:00", "about")]
    assert read("The ferry left at the 9 hours.") == [("the 9 hours", "09:00", "")]
    # a length of time is no clock time; "half" alone is no hour
    assert read("Delegates argued through the 12 hours of talks.") == []
    assert read("At about the 12 hours of talks, they stopped.") == []
    assert read("Half the town lost power.") == []


def test_a_figure_after_a_name_is_a_name_unless_it_counts_people():
    def figures(text):
        claim = extract_claims([make_article("a1", text)])[0]
        return [v.normalized for v in claim.values if v.kind == "number"]

    assert figures("Passengers waited for hours at the station for Intercity 214 to leave.") == []  # a train's name
    assert figures("On the crowded Marren Bridge 14 people were crushed to death.") == ["14"]  # people, after a name


def test_a_figure_hyphened_to_a_capitalised_word_is_a_designation():
    import re

    from rashomon.comparison.claims.numbers import in_designation
    from rashomon.comparison.conflicts.values import stated_numbers

    def designations(text):
        return [text[m.start() : m.end()] for m in re.finditer(r"\d+", text) if in_designation(text, m.start())]

    assert designations("Traffic moved to the older Vellink-1 line after the Vellink-3 line failed.") == ["1", "3"]
    assert designations("Three Harrow-7 drones, an SK-20 jet and the QX-BRAVO-4 unit flew over.") == ["7", "20", "4"]
    # a score, a range and a lower-case compound are figures
    assert designations("Tarrow won 3-1 against Elmside, 30-40 boats sailed and the under-19 squad lost.") == []
    # kept as a value (two articles naming one line likely tell of one thing), but no count of lines
    claim = extract_claims([make_article("a1", "The Vellink-3 line failed 12 kilometres offshore.")])[0]
    assert [v.normalized for v in claim.values if v.kind == "number"] == ["3", "12"]
    assert [v.normalized for v in stated_numbers(claim)] == ["12"]

def test_a_few_hundred_several_thousand_and_a_handful_are_read_wide():
    from rashomon.comparison.claims.numbers import find_quantities

    read = [(q.text, q.low, q.high, q.counted) for q in find_quantities(
        "The base brings a few hundred permanent jobs. Several thousand fans came. Only a handful of pickets stood there."
    )]
    assert read == [("a few hundred", 200, 900, "jobs"), ("Several thousand", 2000, 9000, "fans"), ("a handful", 1, 12, "pickets")]
    # "a few" alone is no figure
    assert not find_quantities("A few fans came.")


def test_a_few_hundred_disagrees_only_with_a_figure_clearly_outside():
    from tests.test_conflicts_values import _numbers

    outside = _numbers(
        "The Orlen wind farm will bring about 120 permanent jobs at a base in the harbour.",
        "The Orlen wind farm will bring a few hundred permanent jobs at a base in the harbour.",
    )
    assert [{s.normalized for s in c.sides} for c in outside] == [{"120", "200"}]
    assert not _numbers(
        "The Orlen wind farm will bring about 300 permanent jobs at a base in the harbour.",
        "The Orlen wind farm will bring a few hundred permanent jobs at a base in the harbour.",
    )


@pytest.mark.parametrize(
    "text, figure, counted",
    [("Roughly 4 700 nurses walked out.", "4700", "nurses"),
     ("The levy raised 1 250 000 crowns last year.", "1250000", None),
     ("Some 12\u00a0300 fans filled the ground.", "12300", "fans"),
     ("Organisers counted 60\u202f000 walkers.", "60000", "walkers")],
)
def test_thousands_grouped_by_a_space_are_one_figure(text, figure, counted):
    numbers = [v for v in find_values(text) if v.kind == "number"]
    assert len(numbers) == 1
    assert numbers[0].normalized.split()[0] == figure
    if counted:
        assert numbers[0].counted == counted


@pytest.mark.parametrize(
    "text, figures",
    [("Ring the desk on 0161 496 035 today.", {"161", "496", "35"}),  # a telephone number stays apart
     ("On June 14 600 pupils sat the exam.", {"600"}),  # a day and a count, not 14,600
     ("The vote was 5 to 4 with 200 abstaining.", {"5", "4", "200"})],
)
def test_a_space_between_figures_that_are_not_thousands(text, figures):
    numbers = {v.normalized.split()[0] for v in find_values(text) if v.kind == "number"}
    assert figures <= numbers
    assert not any(len(n) > 4 for n in numbers)


def test_spaced_thousands_parse():
    assert parse_number("3 400") == pytest.approx(3400)
    assert parse_number("25 000") == pytest.approx(25000)


@pytest.mark.parametrize(
    "text, figure, counted",
    [("Negotiators needed an extra day and a half.", "1.5", "days"), ("It took a full year to rebuild.", "1", "years"),
     ("The works add one whole week.", "1", "weeks")],
)
def test_a_span_told_without_a_figure_with_an_adjective(text, figure, counted):
    (span,) = [v for v in find_values(text) if v.kind == "number"]
    assert (span.normalized, span.counted) == (figure, counted)


def test_a_rate_or_an_elapsed_time_with_an_adjective_is_no_span():
    assert not [v for v in find_values("Trains run twice a full day.") if v.kind == "number"]
    assert not [v for v in find_values("An extra hour later the lights came on.") if v.kind == "number"]


@pytest.mark.parametrize(
    "text, figure",
    [("About 9,000 marchers crossed the bridge.", "9,000"), ("The dispute lasted four decades.", "four"),
     ("Some 25 mayors wrote to the minister.", "25"), ("The repairs came to 70,000 marks.", "70,000"),
     ("Around 14 Mayors met in the hall.", "14"), ("As many as 30 may have left the town.", "30"),
     ("Some 2,000 Junior staff went on strike.", "2,000"), ("The 12 Octoberfest tents were closed.", "12")],
)
def test_a_word_a_month_name_begins_is_no_month(text, figure):
    assert figure in [v.text for v in find_values(text) if v.kind == "number"]


@pytest.mark.parametrize(
    "text",
    ["The vote is set for 14 March.", "Talks ran on 3-4 December.", "It closed on 9 Sept. after the storm.",
     "The deadline is the 2 of June.", "THE PORT REOPENED ON 5 MAY.", "The fair opens 12 Aug, later than planned."],
)
def test_a_day_before_a_month_name_is_no_count(text):
    assert [v.text for v in find_values(text) if v.kind == "number"] == []


def test_a_figure_too_large_for_a_day_before_a_month_name_is_a_count():
    assert "4,000" in [v.text for v in find_values("Some 4,000 May Day walkers filled the park.") if v.kind == "number"]
