"""Labels for a referent from WordNet (framing/labels.py, data/label_nouns.tsv): a company called a
being of size or power, a noun WordNet marks as disparaging."""

from __future__ import annotations

from rashomon.comparison.framing import find_framing
from rashomon.comparison.framing.labels import disparaging_hits, power_label_hits
from rashomon.comparison.framing.resources import label_nouns
from rashomon.comparison.segment import segment
from rashomon.model import Article, Entity, Mention


def make(article_id: str, text: str) -> Article:
    return Article(id=article_id, source=article_id, title="", text=text, sentences=segment(article_id, text))


def labels(article: Article, elsewhere: set[str] | None = None, entities=()) -> list[str]:
    return [article.text[h.start : h.end] for h in power_label_hits(article, [article], entities, [], elsewhere)]


def test_the_table_holds_power_nouns_their_literal_compounds_and_slurs():
    table = label_nouns()
    assert table["giant"].kind == "power" and "enterprise" in table["giant"].sense
    assert "heavyweight" not in table  # a boxer first: a literal role, no label
    assert table["gas giant"].kind == "literal" and table["giant panda"].kind == "literal"
    assert table["wetback"].kind == "disparaging"


def test_a_power_noun_after_a_modifier_labels_the_referent():
    text = ("The brewing giant Holmqvist Ales said on Monday it would shut two plants. "
            "Two shipping giants have cut routes. The retail giant's profits fell.")
    assert labels(make("a1", text)) == ["brewing giant", "shipping giants", "retail giant"]


def test_an_adjective_a_literal_compound_or_a_team_is_no_label():
    text = ("A giant wave hit the coast. Astronomers found a new gas giant near the star. "
            "The zoo's endangered giant pandas ate. The New York Giants won. Scientists saw a giant squid. "
            "The Swedish giant-killers won again.")
    assert labels(make("a1", text)) == []


def test_a_literal_compound_after_its_owner_is_the_company_the_field_names():
    text = ("The state gas giant has patched the pipe for a decade. Officials in Norvia said a Norvian gas giant "
            "would pay. Astronomers found a new gas giant near the star.")
    assert labels(make("a1", text)) == ["state gas giant", "gas giant"]


def test_a_label_every_outlet_writes_is_the_coverages_name_not_a_choice():
    text = "The software giant Brenlo said it fixed the flaw."
    assert labels(make("a1", text), elsewhere={"giant", "said"}) == []
    assert labels(make("a1", text), elsewhere={"said"}) == ["software giant"]


def test_a_quoted_label_is_the_speakers():
    text = 'The union said "this mining giant has ignored us" for years.'
    assert [h for h in power_label_hits(make("a1", text), [], [], [(text.index('"'), text.rindex('"') + 1)])] == []


def test_the_note_says_what_the_other_outlets_call_a_named_referent():
    a1 = make("a1", "Regulators fined chemical giant Tessaro Chemie on Tuesday.")
    a2 = make("a2", "Regulators fined Tessaro Chemie on Tuesday.")
    at1, at2 = a1.text.index("Tessaro"), a2.text.index("Tessaro")
    entity = Entity(id="e1", name="Tessaro Chemie", type="ORG", mentions=(
        Mention(article="a1", sentence=a1.sentences[0].id, text="Tessaro Chemie", start=at1, end=at1 + 14),
        Mention(article="a2", sentence=a2.sentences[0].id, text="Tessaro Chemie", start=at2, end=at2 + 14)))
    cues = [c for c in find_framing([a1, a2], [entity]) if c.kind == "naming" and c.article == "a1"]
    assert [c.text for c in cues] == ["chemical giant"]
    assert "calls Tessaro Chemie a giant" in cues[0].note and "a2 writes 'Tessaro Chemie'" in cues[0].note


def test_a_disparaging_noun_in_the_outlets_voice_is_a_naming_cue():
    article = make("a1", "The paper called the pickers wetbacks in its editorial. A caller said \"wetbacks\" too.")
    quotes = [(article.text.index('"'), article.text.rindex('"') + 1)]
    hits = disparaging_hits(article, quotes)
    assert [article.text[h.start : h.end] for h in hits] == ["wetbacks"]
    assert "ethnic slur" in hits[0].note


def test_a_common_word_that_holds_a_slur_is_not_one():
    article = make("a1", "Hospitals saw spikes in cases.")
    assert disparaging_hits(article, []) == []


def test_a_regime_of_silence_or_ceasefire_is_a_mode_not_a_government():
    from rashomon.comparison.framing import find_framing
    from rashomon.comparison.segment import segment
    from rashomon.model import Article

    def regime_cues(text: str) -> list[str]:
        article = Article(id="a1", source="a1", title="", text=text, sentences=segment("a1", text))
        return [c.text for c in find_framing([article]) if c.text.lower().startswith("regime")]

    assert regime_cues("Rebel units broke the regime of silence near the town on Saturday.") == []
    assert regime_cues("Mortar fire on Saturday broke the ceasefire regime near the town.") == []
    assert regime_cues("The regime of the general jailed its critics on Saturday.") == ["regime"]
