"""Entities: mentions with offsets and title cues, cross-document resolution, garbled-name flags.

Runs the real default tagger ("rules") on the seed articles, on a story written for this test
(different topic, different garbles) and on over-merge traps.
"""

from __future__ import annotations

import json
import re
from importlib import resources
from pathlib import Path

import pytest

from rashomon.comparison.entities import (
    TAGGERS,
    find_mentions,
    get_tagger,
    name_disagreements,
    resolve_entities,
    role_disagreements,
)
from rashomon.errors import InputError, MissingExtra, UnknownBackend
from rashomon.model import Article, Entity, Sentence

from entity_helpers import entity_of, make, suspects


# --- the seeds: scored like rashomon.evaluation.scores scores a report --------------------------------


@pytest.fixture(scope="module")
def seed_articles(seeds_dir: Path) -> list[Article]:
    gold = json.loads((seeds_dir / "gold.json").read_text(encoding="utf-8"))
    return [make(f"a{n}", (seeds_dir / name).read_text(encoding="utf-8")) for n, name in enumerate(gold["articles"], start=1)]


@pytest.fixture(scope="module")
def seed_gold(seeds_dir: Path) -> dict:
    return json.loads((seeds_dir / "gold.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def seed_entities(seed_articles: list[Article]) -> tuple[Entity, ...]:
    return resolve_entities(seed_articles)


def _norm(text: str) -> str:
    return " ".join(text.replace("’", "'").casefold().split())


def score_groups(gold: dict, entities: tuple[Entity, ...]) -> list[str]:
    """Gold groups that are split, merged with another group, or never mentioned."""
    forms = {e.id: {_norm(m.text) for m in e.mentions} for e in entities}
    groups = [{_norm(v) for v in (g["canonical"], *g["variants"])} for g in gold["entities"]]
    failed = []
    for n, group in enumerate(groups):
        holders = [eid for eid, f in forms.items() if f & group]
        others = set().union(*(g for k, g in enumerate(groups) if k != n)) - group
        if len(holders) != 1 or forms[holders[0]] & others:
            failed.append(f"{gold['entities'][n]['canonical']}: in {holders}")
    return failed


def test_every_seed_gold_group_is_one_entity(seed_gold: dict, seed_entities: tuple[Entity, ...]) -> None:
    assert score_groups(seed_gold, seed_entities) == []


def test_every_seed_variant_in_the_text_is_mentioned(seed_gold: dict, seed_articles: list[Article],
                                                    seed_entities: tuple[Entity, ...]) -> None:
    mentioned = {_norm(m.text) for e in seed_entities for m in e.mentions}
    text = _norm(" ".join(a.text for a in seed_articles))
    for group in seed_gold["entities"]:
        for variant in group["variants"]:
            if _norm(variant) in text:
                assert _norm(variant) in mentioned, variant


def test_seed_garbled_forms_are_flagged_without_false_flags(seed_gold: dict, seed_entities: tuple[Entity, ...]) -> None:
    flagged = {_norm(s) for s in suspects(seed_entities)}
    gold_garbled = {_norm(g) for group in seed_gold["entities"] for g in group["garbled"]}
    # "Anthony Blinken" and "Fatou Bensuda" need outside knowledge: every other garble is flagged.
    for form in ["Blinkin", "Blink", "Blinkon", "Anthony Blink", "Gabby Ashkenazi", "George W. Biden"]:
        assert any(re.search(rf"\b{re.escape(_norm(form))}\b", s) for s in flagged), form
    false_flags = [s for s in flagged if not any(re.search(rf"\b{re.escape(g)}\b", s) for g in gold_garbled)]
    assert false_flags == []


def test_seed_suspect_reasons_are_readable(seed_entities: tuple[Entity, ...]) -> None:
    reasons = suspects(seed_entities)
    assert reasons["Blinkin"] == "near miss of the more frequent 'Blinken' (edit distance 1)"
    assert reasons["Blink"] == "truncated form of 'Blinken'"
    assert "first name 'George W.' differs from 'Joe' used for the same person elsewhere" in reasons["George W. Biden"]
    assert "first name 'Gabby' differs from 'Gabi'" in reasons["Gabby Ashkenazi"]
    assert "title 'Secretary of State' differs from 'Foreign Minister'" in reasons["Gabby Ashkenazi"]


def test_the_canonical_form_is_never_flagged(seed_entities: tuple[Entity, ...]) -> None:
    for entity in seed_entities:
        assert entity.name not in {s.text for s in entity.suspect}, entity.name


def test_seed_canonical_names_and_types(seed_entities: tuple[Entity, ...]) -> None:
    assert entity_of(seed_entities, "Blinkon").name == "Anthony Blinken"
    assert entity_of(seed_entities, "George W. Biden").name == "Joe Biden"
    icc = entity_of(seed_entities, "ICC")
    assert (icc.name, icc.type) == ("International Criminal Court", "ORG")
    assert entity_of(seed_entities, "Ned Price").type == "PERSON"
    assert entity_of(seed_entities, "Israel").type == "PLACE"
    blinken = entity_of(seed_entities, "Blinken")
    assert {"Blinken", "Blinkin", "Blinkon", "Blink", "Anthony Blink", "Anthony Blinken"} <= set(blinken.variants)


def test_seed_disagreements_for_conflicts(seed_entities: tuple[Entity, ...]) -> None:
    roles = {((a.article, a.text, a.title), (b.article, b.text, b.title)) for a, b in role_disagreements(seed_entities)}
    assert (("a1", "Gabi Ashkenazi", "Foreign Minister"), ("a2", "Gabby Ashkenazi", "Secretary of State")) in roles
    names = {(a.text, b.text) for a, b in name_disagreements(seed_entities)}
    assert ("Joe Biden", "George W. Biden") in names
    assert ("Gabi Ashkenazi", "Gabby Ashkenazi") not in names  # a spelling of one first name: a flag, no conflict
    for a, b in [*role_disagreements(seed_entities), *name_disagreements(seed_entities)]:
        assert a.article != b.article


# --- mentions -------------------------------------------------------------------------------


def test_every_mention_points_at_its_text(seed_articles: list[Article], seed_entities: tuple[Entity, ...]) -> None:
    by_id = {a.id: a for a in seed_articles}
    for entity in seed_entities:
        for m in entity.mentions:
            article = by_id[m.article]
            assert article.text[m.start : m.end] == m.text
            sentence = article.sentence(m.sentence)
            assert sentence.start <= m.start < m.end <= sentence.end
        for s in entity.suspect:
            assert by_id[s.article].text[s.start : s.end] == s.text


def test_title_cue_and_nationality_are_read_apart_from_the_name() -> None:
    text = ("Israeli Foreign Minister Gabi Ashkenazi met US Secretary of State Antony Blinken. "
            "State Department spokeswoman Jalina Porter and ICC chief prosecutor Karim Khan spoke later.")
    found = {t.mention.text: t for t in find_mentions(make("x1", text))}
    assert found["Gabi Ashkenazi"].mention.title == "Foreign Minister"
    assert found["Gabi Ashkenazi"].nationality == "Israeli"
    assert found["Antony Blinken"].mention.title == "Secretary of State"
    assert found["Antony Blinken"].nationality == "US"
    assert found["Jalina Porter"].mention.title == "spokeswoman"
    assert found["Karim Khan"].mention.title == "chief prosecutor"
    assert found["State Department"].type == "ORG"
    assert all(t.type == "PERSON" for k, t in found.items() if k in {"Gabi Ashkenazi", "Jalina Porter", "Karim Khan"})


def test_doctor_abbreviated_without_a_full_stop_is_a_title_as_with_one() -> None:
    text = "Dr Lusa Mendrik opened the clinic. Dr. Oren Valli spoke after her."
    found = {t.mention.text: t for t in find_mentions(make("x1", text))}
    assert found["Lusa Mendrik"].mention.title == "Dr"
    assert found["Oren Valli"].mention.title == "Dr."


def test_common_capitalised_words_are_not_entities() -> None:
    text = ("According to officials, the talks went well. Last month, the deal collapsed. "
            "In March, on a Friday, Speaking to reporters, nobody answered. However, it rained. Receive our newsletter. "
            "The Hague-based court ruled on Monday.")
    found = [t.mention.text for t in find_mentions(make("x1", text))]
    assert found == ["Hague"]


def test_an_english_word_or_a_number_opening_a_sentence_is_no_name() -> None:
    # "shoddy" and "subscribe" are OEWN words the embedder's vocabulary splits into pieces;
    # "About 600": the number the leading word had joined
    text = ("Shoddy footbridge finally closed. Subscribe to the weekly letter for more. "
            "About 600 residents of Velbrook left. Velbrook mourns.")
    found = [t.mention.text for t in find_mentions(make("x1", text))]
    assert found == ["Velbrook", "Velbrook"]


def test_sentence_initial_names_are_kept() -> None:
    text = ("Mira Kowalczyk arrived. Kowalczyk said the vote was close. "
            "Dorrance’s office refused to comment. Brandt, the mayor, agreed with Tessa Brandt.")
    found = [t.mention.text for t in find_mentions(make("x1", text))]
    assert found == ["Mira Kowalczyk", "Kowalczyk", "Dorrance", "Brandt", "Tessa Brandt"]


def test_possessives_with_straight_and_curly_apostrophes_join_the_name() -> None:
    a1 = make("a1", "Minister Halvard Oskarsen's plan was approved. Oskarsen’s deputy resigned.")
    entities = resolve_entities([a1])
    person = entity_of(entities, "Halvard Oskarsen")
    assert [m.text for m in person.mentions] == ["Halvard Oskarsen", "Oskarsen"]


def test_acronym_joins_its_long_form_and_not_another() -> None:
    a1 = make("a1", "The World Health Organization warned of a new wave. The World Trade Organization met in Geneva.")
    a2 = make("a2", "The WHO said cases rose. WTO talks stalled.")
    entities = resolve_entities([a1, a2])
    assert entity_of(entities, "WHO").name == "World Health Organization"
    assert entity_of(entities, "WTO").name == "World Trade Organization"
    assert entity_of(entities, "WHO") != entity_of(entities, "WTO")


def test_a_name_split_by_a_line_break_is_two_mentions() -> None:
    found = [t.mention.text for t in find_mentions(make("x1", "He met Alma Vance\nTorres spoke."))]
    assert "Alma Vance Torres" not in found


# --- a story written for this test -----------------------------------------------------------

STORY = {
    "b1": """German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris on Tuesday to discuss gas prices.
According to the Chancellery, Scholz said the two countries would buy gas together next winter.
Finance Minister Christian Lindner joined the talks and told reporters that Germany would not borrow more.
The European Commission will present a plan in March, Macron said.
Scholz’s spokesman Steffen Hebestreit said the meeting lasted three hours.""",
    "b2": """Chancellor Olaf Scholtz and President Emanuel Macron spoke in Paris on Tuesday.
Scholts insisted that gas prices must fall before the winter.
Economy Minister Christian Lindner also attended the meeting, the EC said.
Macron’s office said the European Commission would draft the rules.""",
    "b3": """Last month, Lindner warned that the budget was tight.
Finance Minister Christian Lindner said on Wednesday that Berlin would keep its debt brake.
Scholz and Macron will meet again in Berlin in May.""",
}
STORY_GOLD = {
    "entities": [
        {"canonical": "Olaf Scholz", "variants": ["Scholz", "Olaf Scholtz", "Scholts"], "garbled": ["Olaf Scholtz", "Scholts"]},
        {"canonical": "Emmanuel Macron", "variants": ["Macron", "Emanuel Macron"], "garbled": ["Emanuel Macron"]},
        {"canonical": "Christian Lindner", "variants": ["Lindner"], "garbled": []},
        {"canonical": "European Commission", "variants": ["EC"], "garbled": []},
        {"canonical": "Steffen Hebestreit", "variants": [], "garbled": []},
        {"canonical": "Paris", "variants": [], "garbled": []},
        {"canonical": "Berlin", "variants": [], "garbled": []},
    ]
}


@pytest.fixture(scope="module")
def story_entities() -> tuple[Entity, ...]:
    return resolve_entities([make(k, v) for k, v in STORY.items()])


def test_story_groups_are_one_entity_each(story_entities: tuple[Entity, ...]) -> None:
    assert score_groups(STORY_GOLD, story_entities) == []
    assert entity_of(story_entities, "Scholts").name == "Olaf Scholz"
    assert entity_of(story_entities, "Emanuel Macron").name == "Emmanuel Macron"
    assert entity_of(story_entities, "EC").type == "ORG"


def test_story_garbles_and_title_are_flagged(story_entities: tuple[Entity, ...]) -> None:
    reasons = {(s.article, s.text): s.reason for e in story_entities for s in e.suspect}
    assert reasons[("b2", "Olaf Scholtz")] == "near miss of the more frequent 'Scholz' (edit distance 1)"
    assert reasons[("b2", "Scholts")] == "transliteration of the more frequent 'Scholz'"
    assert reasons[("b2", "Emanuel Macron")] == "first name 'Emanuel' differs from 'Emmanuel' used for the same person elsewhere"
    # A differing title alone is a role disagreement (see the next test), not a garbled name.
    assert set(reasons) == {("b2", "Olaf Scholtz"), ("b2", "Scholts"), ("b2", "Emanuel Macron")}


def test_story_disagreements(story_entities: tuple[Entity, ...]) -> None:
    roles = [(a.article, a.title, b.article, b.title) for a, b in role_disagreements(story_entities)]
    assert roles == [("b1", "Finance Minister", "b2", "Economy Minister"), ("b2", "Economy Minister", "b3", "Finance Minister")]
    names = [(a.text, b.text) for a, b in name_disagreements(story_entities)]
    assert names == []  # "Emanuel" is a misspelt "Emmanuel": flagged on the entity, no name conflict
    assert "Emanuel Macron" in suspects(story_entities)


# --- over-merge traps -----------------------------------------------------------------------


def test_same_surname_different_people_in_one_article() -> None:
    a1 = make("a1", "Former President George Bush praised his son. Florida Governor Jeb Bush said he would run. "
                    "Bush, the governor, thanked his supporters.")
    entities = resolve_entities([a1])
    george, jeb = entity_of(entities, "George Bush"), entity_of(entities, "Jeb Bush")
    assert george != jeb
    assert "Bush" in jeb.variants  # the nearest full name before it
    assert not george.suspect and not jeb.suspect


def test_different_first_names_in_different_roles_stay_apart() -> None:
    a1 = make("a1", "Senator Maria Okafor voted against the bill.")
    a2 = make("a2", "Judge Daniel Okafor dismissed the case.")
    entities = resolve_entities([a1, a2])
    assert entity_of(entities, "Maria Okafor") != entity_of(entities, "Daniel Okafor")


def test_places_demonyms_and_persons_named_after_places_stay_apart() -> None:
    a1 = make("a1", "Israel said on Monday it would respond. Israeli officials met Foreign Minister Israel Katz. "
                    "Israelis voted. Katz said Israel would win.")
    entities = resolve_entities([a1])
    place, person = entity_of(entities, "Israel"), entity_of(entities, "Israel Katz")
    assert place != person
    assert (place.type, person.type) == ("PLACE", "PERSON")
    assert {"Israeli", "Israelis"} <= set(place.variants)
    assert set(person.variants) == {"Israel Katz", "Katz"}


def test_similar_surnames_of_different_people_stay_apart() -> None:
    entities = resolve_entities([
        make("c1", "Donald Trump spoke with reporters. Trump said the talks went well. Paul Martin met Lee Marvin."),
        make("c2", "Harry Truman was president in 1945. Truman dropped the bomb. Lee Marvin starred in it. Martin left."),
    ])
    assert entity_of(entities, "Trump") != entity_of(entities, "Truman")
    assert entity_of(entities, "Paul Martin") != entity_of(entities, "Lee Marvin")
    assert not any(e.suspect for e in entities)


def test_short_names_one_letter_apart_stay_apart() -> None:
    entities = resolve_entities([make("c1", "Ambassador Tom Lee met Mayor Anna Leo."), make("c2", "Lee and Leo signed it.")])
    assert entity_of(entities, "Tom Lee") != entity_of(entities, "Anna Leo")
    assert not any(e.suspect for e in entities)


def test_truncation_needs_the_same_name_slot() -> None:
    # "Mill" is a prefix of "Miller" but stands for nothing Miller stands for: no first name, no title.
    entities = resolve_entities([make("c1", "Governor Ann Miller opened the Mill Museum. Miller cut the ribbon."),
                                 make("c2", "Visitors to Mill said the exhibition was good.")])
    assert entity_of(entities, "Mill") != entity_of(entities, "Ann Miller")


# --- contract -------------------------------------------------------------------------------


def test_ids_follow_first_appearance_and_runs_are_deterministic(story_entities: tuple[Entity, ...]) -> None:
    assert [e.id for e in story_entities] == [f"e{n}" for n in range(1, len(story_entities) + 1)]
    firsts = [(e.mentions[0].article, e.mentions[0].start) for e in story_entities]
    assert firsts == sorted(firsts)
    again = resolve_entities([make(k, v) for k, v in STORY.items()])
    assert [e.to_dict() for e in again] == [e.to_dict() for e in story_entities]
    assert [Entity.from_dict(e.to_dict()) for e in story_entities] == list(story_entities)


def test_articles_without_sentences_are_segmented() -> None:
    text = "Finance Minister Christian Lindner spoke. Lindner left."
    bare = Article(id="a1", source="x", title="", text=text)
    assert [m.sentence for e in resolve_entities([bare]) for m in e.mentions] == ["a1.s0", "a1.s1"]


def test_sentence_offsets_that_do_not_match_the_text_are_refused() -> None:
    bad = Article(id="a1", source="x", title="", text="Olaf Scholz spoke.",
                  sentences=(Sentence(id="a1.s0", article="a1", index=0, text="Olaf Scholz spoke.", start=3, end=21),))
    with pytest.raises(InputError, match="a1.s0"):
        resolve_entities([bad])


def test_repeated_article_ids_are_refused() -> None:
    with pytest.raises(ValueError, match="a1"):
        resolve_entities([make("a1", "Olaf Scholz spoke."), make("a1", "Scholz left.")])


def test_empty_input_gives_no_entities() -> None:
    assert resolve_entities([]) == ()
    assert resolve_entities([make("a1", "nothing capitalised here, only words.")]) == ()


def test_unknown_tagger_lists_the_valid_ones() -> None:
    with pytest.raises(UnknownBackend) as info:
        resolve_entities([make("a1", "Olaf Scholz spoke.")], tagger="nltk")
    assert "rules" in str(info.value) and "spacy:<model name>" in str(info.value)
    assert "rules" in TAGGERS.names()


def test_spacy_tagger_without_spacy_names_the_extra() -> None:
    try:
        import spacy  # noqa: F401
    except ImportError:
        with pytest.raises(MissingExtra, match=r"pip install 'rashomon\[spacy\]'"):
            get_tagger("spacy:en_core_web_sm")
    else:
        pytest.skip("spaCy is installed here; the missing-extra path cannot be exercised")


@pytest.mark.parametrize("name", ["titles.txt", "honorifics.txt", "org_heads.txt", "place_words.txt",
                                  "common_words.txt", "first_names.txt", "places.tsv"])
def test_every_word_list_cites_its_source(name: str) -> None:
    header = resources.files("rashomon").joinpath("data", name).read_text(encoding="utf-8").split("\n[")[0]
    assert "Source:" in header


def test_a_name_with_an_unlisted_first_name_joins_its_surname() -> None:
    entities = resolve_entities([make("a1", "The actress Tamsin Rhee checked into a clinic. Rhee thanked her fans.")])
    person = entity_of(entities, "Tamsin Rhee")
    assert person.type == "PERSON" and "Rhee" in person.variants


def test_abbreviated_and_spelled_out_titles_agree() -> None:
    entities = resolve_entities([make("a1", "Alaska Gov. Sarah Palin spoke."), make("a2", "Governor Sarah Palin left Alaska.")])
    assert not any(e.suspect for e in entities)
    assert role_disagreements(entities) == []


def test_demonyms_and_derived_words_are_not_garbles() -> None:
    entities = resolve_entities([make("a1", "Alaskan voters met in Wasilla. Alaska's governor spoke. The Hague-based court ruled."),
                                 make("a2", "Voters in Alaska and in The Hague agreed.")])
    assert not any(e.suspect for e in entities)
    assert entity_of(entities, "The Hague").type != "PERSON"


# --- titles built from parts, ranks, and garbles without a first name ------------------------


def test_titles_built_from_parts_are_read_as_titles_and_ranks_make_another_office() -> None:
    entities = resolve_entities([
        make("t1", "Transport Minister Oskar Pelling opened the bridge. Deputy Chief Inspector Runa Teglby led the inquiry."),
        make("t2", "Housing Minister Oskar Pelling cut the ribbon. Chief Inspector Runa Teglby spoke to reporters."),
        make("t3", "The party leader Oskar Pelling waved to the crowd."),
    ])
    pelling, teglby = entity_of(entities, "Oskar Pelling"), entity_of(entities, "Runa Teglby")
    assert {m.title for m in pelling.mentions} == {"Transport Minister", "Housing Minister", "party leader"}
    assert {m.title for m in teglby.mentions} == {"Deputy Chief Inspector", "Chief Inspector"}
    roles = {(a.title, b.title) for a, b in role_disagreements(entities)}
    assert ("Transport Minister", "Housing Minister") in roles
    assert ("Deputy Chief Inspector", "Chief Inspector") in roles
    assert not any("party leader" in pair for pair in roles)  # a description, not an office
    assert not pelling.suspect and not teglby.suspect  # a title alone does not make a garbled name


def test_a_lone_truncation_and_a_near_miss_with_the_same_first_name_join_their_person() -> None:
    entities = resolve_entities([
        make("g1", "Spokeswoman Hedda Marrowby said the port would reopen. Marrowby gave no date."),
        make("g2", "Hedda Marowby told the press the port would reopen. Marrow added that talks continue."),
    ])
    person = entity_of(entities, "Hedda Marrowby")
    assert {"Hedda Marowby", "Marrow"} <= set(person.variants)
    flagged = suspects(entities)
    assert flagged["Hedda Marowby"].startswith("near miss of the more frequent 'Marrowby'")
    assert flagged["Marrow"] == "truncated form of 'Marrowby'"


def test_a_short_word_or_a_first_name_is_not_taken_for_a_truncation() -> None:
    entities = resolve_entities([
        make("h1", "Chancellor Edith Robertson met bankers. Robertson said rates would hold."),
        make("h2", "Robert spoke to Edith Robertson. Roberts, a banker, disagreed."),
    ])
    person = entity_of(entities, "Edith Robertson")
    assert "Robert" not in person.variants
    assert "Robert" not in suspects(entities)


def test_a_post_the_title_list_lacks_is_no_wrong_first_name() -> None:
    articles = [
        make("r1", "The university's rector, Anselm Vidrek, resigned on Monday. Vidrek denied wrongdoing."),
        make("r2", "Anselm Vidrek stepped down as rector after the audit."),
        make("r3", "Rector Vidrek announced his resignation to the senate."),
    ]
    reasons = {s.text: s.reason for e in resolve_entities(articles) for s in e.suspect}
    assert "Rector Vidrek" not in reasons
    garbled = [
        make("g1", "The university's rector, Anselm Vidrek, resigned on Monday. Vidrek denied wrongdoing."),
        make("g2", "Anselm Vidrek stepped down as rector after the audit."),
        make("g3", "Anton Vidrek announced his resignation to the senate."),
    ]
    reasons = {s.text: s.reason for e in resolve_entities(garbled) for s in e.suspect}
    assert reasons.get("Anton Vidrek", "").startswith("first name 'Anton' differs")


def test_a_translated_first_name_that_is_also_a_noun_for_a_person_is_still_flagged() -> None:
    articles = [
        make("b1", "Chief executive Benoît Marlowe resigned on Monday. Marlowe denied wrongdoing."),
        make("b2", "Benoît Marlowe stepped down after the audit."),
        make("b3", "Benedict Marlowe announced his resignation to the board."),
    ]
    reasons = {s.text: s.reason for e in resolve_entities(articles) for s in e.suspect}
    assert reasons.get("Benedict Marlowe", "").startswith("first name 'Benedict' differs")


def test_a_body_named_for_two_fields_joined_by_and_is_one_name() -> None:
    entities = resolve_entities([
        make("b1", "The case was backed by the Porters and Warehouse Union. The Porters and Warehouse Union said it would appeal."),
        make("b2", "Anna Velk and Tomas Rund spoke for the workers on Monday."),
    ])
    names = {e.name for e in entities}
    assert "Porters and Warehouse Union" in names
    assert "Warehouse Union" not in names
    assert {"Anna Velk", "Tomas Rund"} <= names  # two people joined by "and" stay two


def test_a_portuguese_do_joins_a_place_name() -> None:
    entities = resolve_entities([make("p1", "The appeal will be heard in Serrada do Sul next month.")])
    assert "Serrada do Sul" in {e.name for e in entities}


def test_a_sentence_opening_group_of_people_of_a_name_is_not_part_of_the_name() -> None:
    def texts(sentence: str) -> list[str]:
        return [tm.mention.text for tm in find_mentions(make("g", sentence))]

    assert texts("Lawyers of Dunmore said they would appeal.") == ["Dunmore"]
    assert texts("Residents of Velbrook fled the flood on Sunday.") == ["Velbrook"]
    assert texts("Families of Kellmoor miners marched to the pit.") == ["Kellmoor"]
    # a body named for a group keeps its name: "the" or an English word follows, or a body's head opens it
    assert texts("Friends of the Earth said the plan was weak.") == ["Friends of the Earth"]
    assert texts("Sisters of Mercy ran the hospital.") == ["Sisters of Mercy"]
    assert texts("Bank of Orvesia raised rates.") == ["Bank of Orvesia"]
    # capitalised inside a sentence too, the plural is part of a name
    assert "Veterans of Dunmore" in texts("Veterans of Dunmore met. The club Veterans of Dunmore paid.")


def test_the_people_of_a_garbled_name_leave_the_name_to_be_flagged() -> None:
    entities = resolve_entities([
        make("l1", "The estate belongs to Marcus Barlow-Reyes. A lawyer for Barlow-Reyes said he would appeal."),
        make("l2", "Collector Marcus Barlow-Reyes inherited the painting. Barlow-Reyes declined to comment."),
        make("l3", "The collector Marcus Barlou-Rejs inherited it. Lawyers of Barlou-Rejs declared they will defend it."),
    ])
    person = entity_of(entities, "Marcus Barlow-Reyes")
    assert {"Marcus Barlou-Rejs", "Barlou-Rejs"} <= {s.text for s in person.suspect}


def test_a_day_after_a_month_or_a_weekday_is_a_date_not_a_model_number() -> None:
    # "May 12" in a dateline was the entity "12" (the month joined the number as a model's, then
    # left the span as a month); a model or route number still joins its name
    text = "HALDEN FALLS, May 12 (Valley Courier) - The gate cracked on June 3 and on Friday 13 men fled. The Boeing 737 waited."
    found = [t.mention.text for t in find_mentions(make("x1", text))]
    assert not any(name.isdigit() for name in found), found
    assert "Boeing 737" in found and "Theresa May" in [
        t.mention.text for t in find_mentions(make("x2", "Theresa May 12 times said no."))]
