"""Idioms and figurative expressions: the table, matching with inflection, own voice, the fitted rule."""

from __future__ import annotations

from rashomon.comparison.framing import find_framing
from rashomon.comparison.framing.idioms import (
    _compound_modifier,
    IDIOM_FEATURES, OEWN, echoed, find_idioms, idiom_hits, idiom_model, idiom_table, story_idioms,
)
from rashomon.comparison.framing.loaded import word_scores
from rashomon.comparison.framing.quotes import _quote_spans
from rashomon.comparison.segment import segment
from rashomon.model import Article

from script_loader import load_script


def make(article_id: str, text: str) -> Article:
    return Article(id=article_id, source=article_id, title="", text=text, sentences=segment(article_id, text))


def matched(text: str) -> list[tuple[str, str]]:
    return [(m.idiom.text, text[m.start : m.end]) for m in find_idioms(text)]


def test_the_table_loads_and_the_rule_names_its_features():
    assert sum(len(v) for v in idiom_table().values()) > 3000
    for part in ("single", "story"):
        assert idiom_model()[part]["features"] == list(IDIOM_FEATURES)


def test_inflected_verbs_and_flexible_owners_match():
    text = "The mayor spilled the beans at noon. The new rules were tying the council's hands."
    found = dict(matched(text))
    assert found["spill the beans"] == "spilled the beans"
    assert found["tie someone's hands"] == "tying the council's hands"


def test_an_article_slot_takes_one_word_and_words_must_touch():
    assert not matched("He has said so twice.")  # "have a say" wants its article
    assert not matched("They spilled the. Beans were everywhere.")


def test_an_expression_that_opens_with_an_article_matches():
    text = "For the tired army, the river crossing proved a bridge too far. Then the plot thickened."
    found = dict(matched(text))
    assert found["a bridge too far"] == "a bridge too far"
    assert found["the plot thickens"] == "the plot thickened"
    assert not matched("They reached a bridge over the river.")


def test_plain_phrases_and_common_frames_are_not_in_the_table():
    assert not matched("At least the talks took place on the other hand of the city.")
    assert not matched("He is in the game and over his head.")


def test_a_quoted_idiom_is_the_speakers_and_a_title_is_a_name():
    article = make("a1", 'The strike ended. "The workers were at loggerheads with the board," the mayor said. '
                         "The film Twist Of Fate opened on Friday.")
    quotes = _quote_spans(article.text)
    assert idiom_hits(article, quotes, word_scores(article, quotes), story_idioms([article])) == []


def test_a_figure_in_a_loud_article_is_reported_with_its_evidence():
    text = ("The shameless councillors, on the rampage again, sealed the deal behind closed doors. "
            "Outraged residents called the scandalous vote a disgrace.")
    cues = [c for c in find_framing([make("a1", text)]) if "figurative" in c.note]
    assert {"on the rampage", "sealed the deal"} <= {c.text for c in cues}
    assert all("MAGPIE" in c.note for c in cues)
    plain = "The council met on Tuesday and approved the budget for the new school."
    assert not [c for c in find_framing([make("a1", plain)]) if "figurative" in c.note]


def test_wordnet_figures_join_the_table_marked_by_their_source():
    text = "The plant churned out cheap tyres while the owners whipped up support."
    found = {m.idiom.text: m.idiom.source for m in find_idioms(text)}
    assert found.get("churn out") == OEWN and found.get("whip up") == OEWN
    assert all(m.idiom.source != OEWN for m in find_idioms("The mayor spilled the beans at noon."))


def test_a_wordnet_figure_counts_only_where_no_other_outlet_writes_its_words():
    own = make("a1", "The regime kicked out four reporters on Sunday, officials said.")
    plain = make("a2", "Four reporters were ordered to leave on Sunday, officials said.")
    literal = make("a3", "Four reporters left on Sunday after a player kicked the ball into the crowd.")
    match = next(m for m in find_idioms(own.text) if m.idiom.text == "kick out")
    assert not echoed(match, "a1", story_idioms([own, plain]))
    assert echoed(match, "a1", story_idioms([own, plain, literal]))
    assert echoed(match, "a1", story_idioms([own]))  # one article alone: nothing to tell a figure from a fact
    quotes = _quote_spans(own.text)
    alone = idiom_hits(own, quotes, word_scores(own, quotes), story_idioms([own]))
    assert not [h for h in alone if "WordNet" in h.note]


def _build_script():
    return load_script("scripts/build_idioms_oewn.py")


def test_the_build_keeps_a_concrete_head_turned_abstract():
    build = _build_script()
    synsets = {
        "s1": {"lex": "verb.contact", "members": ["shove"], "hypernym": []},
        "s2": {"lex": "verb.social", "members": ["shove aside"], "hypernym": ["s3"]},
        "s3": {"lex": "verb.social", "members": ["ignore"], "hypernym": []},
        "s4": {"lex": "verb.contact", "members": ["shove in"], "hypernym": ["s1"]},
        "s5": {"lex": "verb.social", "members": ["befriend"], "hypernym": []},
        "s6": {"lex": "verb.social", "members": ["befriend over"], "hypernym": []},
    }
    entries = {
        "shove": {"v": {"sense": [{"synset": "s1"}]}},
        "shove aside": {"v": {"sense": [{"synset": "s2"}]}},
        "shove in": {"v": {"sense": [{"synset": "s4"}]}},
        "befriend": {"v": {"sense": [{"synset": "s5"}]}},
        "befriend over": {"v": {"sense": [{"synset": "s6"}]}},
    }
    assert build.figurative(synsets, entries, "shove aside") == "v"  # a physical verb, a social sense
    assert build.figurative(synsets, entries, "shove in") is None  # still a physical act, under the head
    assert build.figurative(synsets, entries, "befriend over") is None  # the head is no physical act


def test_the_build_leaves_out_a_noun_whose_definition_names_its_head():
    build = _build_script()
    synsets = {
        "s1": {"lex": "noun.substance", "members": ["stone"], "hypernym": []},
        "s2": {"lex": "noun.possession", "members": ["dear stone"], "hypernym": ["s3"],
               "definition": ["any of the rare stones kept as a store of wealth"]},
        "s3": {"lex": "noun.possession", "members": ["wealth"], "hypernym": []},
        "s4": {"lex": "noun.attribute", "members": ["heart of stone"], "hypernym": ["s5"],
               "definition": ["a cold and unfeeling nature"]},
        "s5": {"lex": "noun.attribute", "members": ["nature"], "hypernym": []},
        "s6": {"lex": "noun.artifact", "members": ["box"], "hypernym": []},
        "s7": {"lex": "noun.cognition", "members": ["lucky box"], "hypernym": ["s5"],
               "definition": ["a method that puts several boxes of luck into one rule"]},
    }
    entries = {
        "stone": {"n": {"sense": [{"synset": "s1"}]}},
        "dear stone": {"n": {"sense": [{"synset": "s2"}]}},
        "heart of stone": {"n": {"sense": [{"synset": "s4"}]}},
        "box": {"n": {"sense": [{"synset": "s6"}]}},
        "lucky box": {"n": {"sense": [{"synset": "s7"}]}},
    }
    assert build.figurative(synsets, entries, "dear stone") is None  # a kind of stone, told in its gloss
    assert build.figurative(synsets, entries, "lucky box") is None  # the plural names the head too
    assert build.figurative(synsets, entries, "heart of stone") == "n"  # the gloss leaves the head behind


def test_lazy_index_files_each_expression_as_the_whole_parse_would() -> None:
    """Each key's expressions, parsed when looked up, are those a parse of the whole table files
    under it, in the table's order."""
    from importlib import resources as importlib_resources

    from rashomon.comparison.framing.idioms import LISTS, _index_key, _parse

    eager: dict[str, list[str]] = {}
    seen: set[str] = set()
    for name, source in (("idioms.tsv", LISTS), ("idioms_oewn.tsv", OEWN)):
        text = importlib_resources.files("rashomon").joinpath("data", name).read_text(encoding="utf-8")
        for line in text.splitlines():
            expression = line.split("\t")[0]
            if not line.strip() or line.startswith("#") or expression in seen:
                continue
            seen.add(expression)
            idiom = _parse(expression, source)
            if idiom is not None:
                eager.setdefault(_index_key(idiom.parts), []).append(idiom.text)
    table = idiom_table()
    lazy = {key: [i.text for i in table[key]] for key in table}
    assert {k: v for k, v in lazy.items() if v} == eager
    assert table.get("no such stem at all", []) == []


def test_a_hyphenated_idiom_before_a_noun_is_a_term_not_a_figure():
    text = "Tenants pay out-of-pocket fees, and the pantry stays open round-the-clock. Nurses worked round the clock."
    matches = {text[m.start : m.end]: m for m in find_idioms(text)}
    assert {"out-of-pocket", "round-the-clock", "round the clock"} <= set(matches)
    assert _compound_modifier(text, text.index("out-of-pocket"), text.index("out-of-pocket") + len("out-of-pocket"))
    at = text.index("round-the-clock")
    assert not _compound_modifier(text, at, at + len("round-the-clock"))  # a full stop follows: no noun to modify
    at = text.index("round the clock")
    assert not _compound_modifier(text, at, at + len("round the clock"))  # written in words: the figure
    loud = "The shameless councillors were left out of pocket again. Outraged residents called the scandalous vote a disgrace."
    term = "The shameless councillors cut out-of-pocket costs again. Outraged residents called the scandalous vote a disgrace."
    assert "out of pocket" in {c.text for c in find_framing([make("a1", loud)]) if "figurative" in c.note}
    assert not [c for c in find_framing([make("a1", term)]) if "figurative" in c.note]


def _fit_script():
    return load_script("scripts/fit_framing_idioms.py")


def _story(root, slug: str, loud: str, plain: str, gold_text: str) -> None:
    import json

    folder = root / slug
    folder.mkdir(parents=True)
    (folder / "a.txt").write_text(loud, encoding="utf-8")
    (folder / "b.txt").write_text(plain, encoding="utf-8")
    gold = {"articles": ["a.txt", "b.txt"], "framing": [{"article": "a.txt", "text": gold_text, "kind": "loaded"}]}
    (folder / "gold.json").write_text(json.dumps(gold), encoding="utf-8")


def test_the_fit_holds_out_whole_sets_when_given_several(tmp_path):
    fit = _fit_script()
    plain = "The council of Brantholm met on Tuesday and voted to close the old ferry pier by the end of the year."
    one, two = tmp_path / "set-one", tmp_path / "set-two"
    _story(one, "s1-pier", "Brantholm's council lashed out at its critics on Tuesday and voted to close the old ferry pier.",
           plain, "lashed out")
    _story(one, "s2-pier", "The mayor of Brantholm shed crocodile tears on Tuesday as the council voted to close the pier.",
           plain, "crocodile tears")
    _story(two, "s3-pier", "Brantholm's council swept the protests under the carpet and voted to close the old ferry pier.",
           plain, "under the carpet")
    alone = fit.examples([one])
    assert set(alone["story_id"]) == {"s1-pier", "s2-pier"}  # one set: each story is held out in turn
    both = fit.examples([one, two])
    assert set(both["story_id"]) == {"set-one", "set-two"}  # several: each set is held out whole
    assert sum(both["y"]) >= 3 and len(both["story"]) == len(both["single"]) == len(both["y"])


def test_the_story_rule_scores_a_figure_higher_where_no_other_outlet_writes_it():
    from rashomon.comparison.framing.idioms import idiom_probability

    model = idiom_model()["story"]
    written_by_others = [0.0, 0.0, 1.5, 0.3, 0.5, 0.4, 0.0, 0.0]
    alone = list(written_by_others)
    alone[IDIOM_FEATURES.index("unshared")] = 1.0
    assert idiom_probability(alone, model) > idiom_probability(written_by_others, model)
    assert "stories-dev" in idiom_model()["note"]
