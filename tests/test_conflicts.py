"""Conflicts between articles: figures, days, quotes, order, actors and names, one finding per
disagreement with every side."""

from rashomon.backends.embedders import get_embedder
from rashomon.comparison.align import align_claims
from rashomon.comparison.claims import extract_claims
from rashomon.comparison.conflicts import find_conflicts
from rashomon.model import Entity
from tests.conftest import conflicts_of, make_article
from tests.conflict_helpers import mention_in, two_article_conflicts


def test_different_figures_for_the_same_count_conflict():
    conflicts, _ = two_article_conflicts(
        "At least 31 people were injured when the stage collapsed at the festival.",
        "Seventeen people were injured when the stage collapsed at the festival.",
    )
    numbers = [c for c in conflicts if c.kind == "number"]
    assert len(numbers) == 1
    assert {s.normalized for s in numbers[0].sides} == {"31", "17"}
    assert {s.group for s in numbers[0].sides} == {0, 1}
    assert {s.sentence for s in numbers[0].sides} == {"a1.s0", "a2.s0"}


def test_same_figure_in_other_words_is_no_conflict():
    conflicts, _ = two_article_conflicts(
        "Two dozen people were hurt when the stage collapsed at the festival.",
        "The stage collapsed at the festival and 24 people were hurt.",
    )
    assert not [c for c in conflicts if c.kind == "number"]


def test_weekday_conflict_and_its_evidence():
    conflicts, articles = two_article_conflicts(
        "The festival stage collapsed on Saturday night during the headline concert.",
        "The festival stage collapsed on Friday night during the headline concert.",
    )
    days = [c for c in conflicts if c.kind == "date"]
    assert len(days) == 1
    for side in days[0].sides:
        article = articles[0] if side.article == "a1" else articles[1]
        assert article.text[side.start : side.end] == side.value
        assert side.normalized in ("saturday", "friday")


def test_paraphrase_that_agrees_is_no_conflict():
    conflicts, _ = two_article_conflicts(
        "The council approved the new budget on Monday after a long debate.",
        "After a long debate, the new budget was approved by the council on Monday.",
    )
    assert conflicts == ()


def test_misquote_is_a_quote_conflict_but_an_excerpt_is_not():
    conflicts, _ = two_article_conflicts(
        "The minister said the plan was “a reckless gamble with the public money of every taxpayer” at the press conference.",
        "The minister said the plan was “a bold bet with the public money of every taxpayer” at the press conference.",
    )
    assert [c.kind for c in conflicts] == ["quote"]
    excerpt, _ = two_article_conflicts(
        "The minister said the plan was “a reckless gamble with public money” at the press conference.",
        "The minister said the plan was “a reckless gamble” at the press conference.",
    )
    assert not [c for c in excerpt if c.kind == "quote"]


def test_order_of_events_reversed():
    conflicts, _ = two_article_conflicts(
        "The mayor visited the flooded district an hour after the evacuation was announced.",
        "The mayor visited the flooded district before the evacuation was announced.",
    )
    assert [c.kind for c in conflicts] == ["order"]


def test_actor_conflict_when_one_doer_is_unknown_to_the_other_source():
    a_text = "The city council announced on Monday that it had suspended the construction permits."
    b_text = "Greenpeace suspended the construction permits on Monday, the report said."
    articles = [make_article("a1", a_text), make_article("a2", b_text)]
    entities = (
        Entity(id="e1", name="city council", type="ORG", mentions=(mention_in(articles[0], "city council", "city council"),)),
        Entity(id="e2", name="Greenpeace", type="ORG", mentions=(mention_in(articles[1], "Greenpeace", "Greenpeace"),)),
    )
    conflicts, _ = two_article_conflicts(a_text, b_text, entities)
    actors = [c for c in conflicts if c.kind == "actor"]
    assert len(actors) == 1
    assert {s.value for s in actors[0].sides} == {"city council", "Greenpeace"}


def test_first_name_spellings_versus_different_names():
    from rashomon.comparison.conflicts.names import _spelling_variant

    assert _spelling_variant("Gabi Ashdown", "Gabby Ashdown")
    assert _spelling_variant("Anthony Blake", "Antony Blake")
    assert not _spelling_variant("Ines Kaldera", "Agnes Kaldera")
    assert not _spelling_variant("Joe Biden", "George W. Biden")
    # the same consonants told with other vowels: one name heard and written down again
    assert _spelling_variant("Graham Pellow", "Graeme Pellowe")
    assert not _spelling_variant("Martin Pellow", "Morgan Pellow")


def test_tallies_conflict_across_unaligned_paraphrases():
    conflicts, articles = two_article_conflicts(
        "Floodwater swept through the valley overnight. Nine residents were hurt as the river burst its banks. "
        "Three of them remain in hospital.",
        "A wall of muddy water tore into the lowland villages before dawn, officials said. "
        "Fourteen people suffered injuries in the chaos. Five are still in hospital.",
    )
    numbers = {c.explanation.split(":")[0]: c for c in conflicts if c.kind == "number"}
    assert set(numbers) == {"how many (injured)", "how many (in hospital)"}
    hurt = numbers["how many (injured)"]
    assert {s.normalized for s in hurt.sides} == {"9", "14"}
    for side in hurt.sides:  # the evidence points at the figure in its article
        article = articles[0] if side.article == "a1" else articles[1]
        assert article.text[side.start : side.end] in {"Nine", "Fourteen"}


def test_a_tally_the_other_source_also_gives_is_no_conflict():
    conflicts, _ = two_article_conflicts(
        "Nine residents were hurt as the river burst its banks. Six were taken to hospital.",
        "Six people were injured, according to the first reports; by evening the count of injured had risen to nine.",
    )
    assert not [c for c in conflicts if c.kind == "number"]


def test_different_clock_times_are_a_time_conflict_not_a_count():
    conflicts, _ = two_article_conflicts(
        "The first explosion at the warehouse was heard at 9 p.m. across the harbour district.",
        "The first explosion at the warehouse was heard at 10 p.m. across the harbour district.",
    )
    assert [c.kind for c in conflicts] == ["date"]
    assert conflicts[0].explanation.startswith("the time")
    assert {s.normalized for s in conflicts[0].sides} == {"21:00", "22:00"}
    assert {s.value for s in conflicts[0].sides} == {"9 p.m.", "10 p.m."}


def test_an_approximate_or_round_clock_time_agrees_with_one_close_to_it():
    for told, other in (("shortly after 9 p.m.", "at 9:20 p.m."), ("at 9 p.m.", "at 9:10 p.m."),
                        ("at around ten to eight in the morning", "at 7:50 a.m."), ("at ten to eight", "at 7:50 p.m.")):
        conflicts, _ = two_article_conflicts(
            f"The first explosion at the warehouse was heard {told} across the harbour district.",
            f"The first explosion at the warehouse was heard {other} across the harbour district.",
        )
        assert not conflicts, (told, other)
    conflicts, _ = two_article_conflicts(
        "The first explosion at the warehouse was heard at about 7 a.m. across the harbour district.",
        "The first explosion at the warehouse was heard at 8:15 a.m. across the harbour district.",
    )
    assert [c.kind for c in conflicts] == ["date"]


# --- one finding per disagreement, every side; precision on values ---------------------------




def test_three_articles_one_finding_with_the_agreeing_sides_grouped():
    conflicts = conflicts_of(
        "Eleven people were killed when the storm hit the coastal district of Marn.",
        "Nine people were killed when the storm hit the coastal district of Marn.",
        "The storm killed nine people when it hit the coastal district of Marn.",
    )
    numbers = [c for c in conflicts if c.kind == "number"]
    assert len(numbers) == 1
    groups = {}
    for side in numbers[0].sides:
        groups.setdefault(side.group, set()).add(side.article)
    assert sorted(groups.values(), key=len) == [{"a1"}, {"a2", "a3"}]
    assert "a2 and a3 say" in numbers[0].explanation


def test_vague_and_exact_figures_that_can_agree_are_no_conflict():
    conflicts = conflicts_of(
        "At least 212 people were killed by the earthquake in the northern province.",
        "More than 200 people were killed by the earthquake in the northern province.",
    )
    assert not [c for c in conflicts if c.kind == "number"]


def test_figures_of_different_things_are_no_conflict():
    conflicts = conflicts_of(
        "The council plans to cut 210 of the plant's 640 jobs at the cement works.",
        "The cement works employs 640 people and the council plans to cut 210 jobs.",
    )
    assert not [c for c in conflicts if c.kind == "number"]
    durations = conflicts_of(
        "Fishermen watched the oil reach the harbour two days after the tanker ran aground.",
        "Three days after the tanker ran aground, fishermen watched the oil reach the harbour.",
    )
    assert not [c for c in durations if c.kind == "number"]


def test_misread_values_never_make_a_conflict():
    conflicts = conflicts_of(
        "Version 2.0.1 of the control software was installed on 12.05.2024 at the plant.",
        "Version 2.0.3 of the control software was installed on 12.06.2024 at the plant.",
    )
    assert not [c for c in conflicts if c.kind in ("number", "date")]
    odd = conflicts_of("The plant's address 127.0.0.1 was attacked on 31 February.", "The plant's address 127.0.0.2 was attacked on 30 February.")
    assert odd == ()


def test_a_translated_quote_is_not_a_misquote_but_a_dropped_negation_is():
    from rashomon.comparison.conflicts.quotes import quote_change

    assert quote_change("We will not tolerate espionage on our soil, whoever is behind it",
                        "We will not allow espionage on our land, whoever is behind it") is None
    assert quote_change("No one in this government is above the law", "Nobody in this government is above the law") is None
    assert quote_change("We do not expect supply constraints this winter", "We expect supply this winter to be constrained") == "the negation differs"
    assert quote_change("We have found no evidence that our equipment started this fire",
                        "We have found no evidence yet that our equipment started this fire") == "words are added"
    assert quote_change("The next 24 hours are critical", "The next 48 hours are critical") == "a figure differs"


def test_a_weekday_resolved_against_the_dateline_conflicts_with_another_day():
    conflicts = conflicts_of(
        "KESTON, Saturday 8 February 2025 — The regulator took over the bank on Friday evening after a run on deposits.",
        "KESTON, Monday 10 February 2025 — The regulator took over the bank last Thursday evening after a run on deposits.",
    )
    dates = [c for c in conflicts if c.kind == "date"]
    assert len(dates) == 1
    assert {s.normalized for s in dates[0].sides} == {"2025-02-07", "2025-02-06"}


def test_a_denied_figure_is_not_stated_and_two_figures_of_one_article_are_two_quantities():
    conflicts = conflicts_of(
        "Crews made contact with 14 miners trapped underground at the copper mine.",
        "There are 15 workers trapped down there, not 14, the union leader said at the copper mine.",
    )
    numbers = [c for c in conflicts if c.kind == "number"]
    assert len(numbers) == 1 and {s.normalized for s in numbers[0].sides} == {"14", "15"}


def test_changes_of_one_rate_in_basis_points_and_percentage_points_compare():
    conflicts = conflicts_of(
        "The central bank cut its key rate by 25 basis points to 3.25 percent on Friday.",
        "The central bank lowered the key interest rate by 0.5 percentage points, to 3.25%, on Friday.",
    )
    numbers = [c for c in conflicts if c.kind == "number"]
    assert len(numbers) == 1
    assert {s.normalized for s in numbers[0].sides} == {"25 basis points", "0.5 percentage points"}


def test_an_age_a_whole_and_another_owners_figure_are_no_count_of_the_event():
    age, _ = two_article_conflicts(
        "The court found Karavel, 58, guilty on three of the four charges.",
        "The judge found him guilty on three charges out of four charges.",
    )
    assert not [c for c in age if c.kind == "number"]
    whole, _ = two_article_conflicts(
        "The plan was to cut 210 of the plant's 640 jobs at the works.",
        "The closure of the oven would have removed about 200 jobs at the works.",
    )
    assert not [c for c in whole if c.kind == "number"]
    owner, _ = two_article_conflicts(
        "Greyhaven's 96 branches will reopen on Monday under new management.",
        "Depositors queued at the subsidiary's two branches on Monday morning.",
    )
    assert not [c for c in owner if c.kind == "number"]


def test_up_to_a_figure_is_not_any_smaller_figure():
    conflicts, _ = two_article_conflicts(
        "Officials estimated that 2,500 tonnes of crude had escaped from the tanker.",
        "Up to 6,000 tonnes of crude have already escaped from the tanker, the group said.",
    )
    assert [c.kind for c in conflicts if c.kind == "number"] == ["number"]


def test_a_vague_figure_compatible_with_both_sides_joins_neither():
    articles = [
        make_article("a1", "Police detained 212 people after the protest, the ministry said."),
        make_article("a2", "More than 500 people were detained after the protest, a rights group said."),
        make_article("a3", "More than two hundred people were detained after the protest."),
    ]
    claims = extract_claims(articles)
    alignment = align_claims(claims, get_embedder("tfidf"), entities=())
    (found,) = [c for c in find_conflicts(claims, alignment, (), articles) if c.kind == "number"]
    assert {s.article for s in found.sides} == {"a1", "a2"}


def test_figure_pairs_past_the_story_budget_are_reported_not_compared(tmp_path, monkeypatch):
    import rashomon
    from rashomon.comparison import conflicts as conflicts_stage

    first = "Officials said on Monday that 12 people died and 40 were injured in the flood in Orlen."
    second = "Officials said on Monday that 15 people died and 40 were injured in the flood in Orlen."
    (tmp_path / "a.txt").write_text(f"Flood in Orlen\n{first}\n")
    (tmp_path / "b.txt").write_text(f"Flood in Orlen\n{second}\n")
    paths = [tmp_path / "a.txt", tmp_path / "b.txt"]
    within = rashomon.compare(paths)
    assert any(c.kind == "number" for c in within.conflicts)
    assert not any("figure pairs" in s.reason for s in within.skipped)

    monkeypatch.setattr(conflicts_stage, "MAX_VALUE_PAIRS", 1)
    past = rashomon.compare(paths)
    assert not any(c.kind == "number" for c in past.conflicts)
    assert any(s.source == "conflicts" and "figure pairs" in s.reason for s in past.skipped)


def test_two_articles_that_name_nothing_in_common_tell_two_events():
    from rashomon.comparison.pipeline import compare
    from rashomon.model import Document
    from rashomon.settings import Settings

    quake = Document(text="Quake strikes Drunesk\nAn earthquake in Drunesk killed 212 people on Tuesday, "
                          "the Veskarian emergency ministry said. Minister Rada Kesel flew to Drunesk with the Red Crescent.",
                     source="Wire A")
    flood = Document(text="Floods hit Ombrel\nFloods in Ombrel killed 11 people on Friday, the mayor of Ombrel, "
                          "Ilse Varga, said. The Tavrin Water Board opened the Ombrel dam sluices.", source="Wire B")
    report = compare([quake, flood], settings=Settings(embedder="static"))
    assert report.conflicts == ()
    (note,) = [s for s in report.skipped if s.source == "conflicts"]
    assert "a1 and a2 name several people, places or bodies and none in common" in note.reason
    # one event told by both: the figures are set against each other again
    other = Document(text="Quake strikes Drunesk\nAn earthquake in Drunesk killed 230 people on Tuesday, "
                          "the Veskarian emergency ministry said. Minister Rada Kesel flew to Drunesk with the Red Crescent.",
                     source="Wire C")
    report = compare([quake, other], settings=Settings(embedder="static"))
    assert [c.kind for c in report.conflicts] == ["number"]
    assert not [s for s in report.skipped if s.source == "conflicts"]
