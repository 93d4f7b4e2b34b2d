"""An evaluative adjective on a noun, in a story: which pairs are cues, which are terms or verbs."""

from __future__ import annotations

import pytest

from rashomon.comparison.framing import find_framing, resources
from rashomon.comparison.framing.loaded import word_scores
from rashomon.comparison.framing.loaded_words import vocabulary
from rashomon.comparison.framing.modifiers import (
    ALIGNED_PROBABILITY,
    MIN_PROBABILITY,
    _added_to_shared_claim,
    _classifying_compound,
    _ranking_compound,
    _matter_named_elsewhere,
    _noun_after,
    _verb_reading,
    evaluative_modifier_hits,
)
from rashomon.comparison.framing.quotes import _quote_spans
from rashomon.comparison.segment import segment
from rashomon.errors import LexiconError
from rashomon.model import Article

PLAIN = "The council approved the budget on Tuesday. Critics made accusations about the explanation the mayor offered."
LOUD = ("The council approved the budget on Tuesday. Critics made wild accusations about the pathetic "
        "excuse the mayor offered. Stunned neighbours watched as years of reckless lending ended.")


def make(article_id: str, text: str) -> Article:
    return Article(id=article_id, source=article_id, title="", text=text, sentences=segment(article_id, text))


def hits(text: str, other: str | None = PLAIN) -> dict[str, str]:
    article = make("a1", text)
    quotes = _quote_spans(article.text)
    elsewhere = vocabulary(other) if other is not None else None
    found = evaluative_modifier_hits(article, word_scores(article, quotes, elsewhere), elsewhere)
    return {article.text[h.start : h.end]: h.note for h in found}


def test_the_table_knows_adjectives_nouns_and_terms():
    table = resources.attributive()
    assert {"wild", "reckless"} <= table.adjectives and "corporate" not in table.adjectives  # a pertainym classifies
    assert {"accusation", "excuse"} <= table.nouns and "seven" not in table.nouns  # a quantity
    assert {"civil servant", "natural gas"} <= table.terms


def test_judging_adjectives_no_other_outlet_writes_are_cues_with_their_evidence():
    found = hits(LOUD)
    assert {"wild accusations", "pathetic excuse", "reckless lending"} <= set(found)
    note = found["pathetic excuse"]
    assert "valence -2.7 (VADER)" in note and "no other outlet of the story writes 'pathetic'" in note


def test_a_shared_adjective_an_article_alone_and_an_attributed_view_give_nothing():
    assert "wild accusations" not in hits(LOUD, other="Critics made wild claims on Tuesday.")
    assert hits(LOUD, other=None) == {}
    assert hits("The vote on the plan was regarded as an unfriendly step by the opposition.") == {}


def test_terms_compounds_participles_and_past_verbs_are_no_adjective_on_a_noun():
    table = resources.attributive()
    assert _classifying_compound("high-risk", table.nouns) and _classifying_compound("last-minute", table.nouns)
    assert not _classifying_compound("long-suffering", table.nouns) and not _classifying_compound("wild", table.nouns)
    text = "Prisoners who were mistreated fell ill. The quakes flattened homes as stunned crowds fled."
    assert _verb_reading(text, text.index("mistreated"), "mistreated", table)
    assert _verb_reading(text, text.index("flattened"), "flattened", table)
    assert not _verb_reading(text, text.index("stunned"), "stunned", table)
    assert _noun_after(text, text.index("mistreated") + len("mistreated"), table) is None  # "fell" is a verb's past
    assert _noun_after("just seven", len("just"), table) is None  # a number counts, it is not judged


def test_the_cue_reaches_the_report_in_a_story():
    cues = find_framing([make("a1", LOUD), make("a2", PLAIN)])
    assert "wild accusations" in {c.text for c in cues if "evaluative adjective" in c.note}


@pytest.mark.parametrize("bad", ["wild", "wild\tadjective\textra", "wild\tadverb"])
def test_a_malformed_attributive_line_is_named(tmp_path, monkeypatch, bad):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "attributive.tsv").write_text(f"# word, kind\nreckless\tadjective\n{bad}\n", encoding="utf-8")
    monkeypatch.setattr(resources.resources, "files", lambda package: tmp_path)
    resources.attributive.cache_clear()
    try:
        with pytest.raises(LexiconError, match="attributive.tsv:3"):
            resources.attributive()
    finally:
        resources.attributive.cache_clear()


def test_an_adjective_naming_a_charge_under_inquiry_is_the_offence_not_a_judgment():
    assert set(hits("The crash followed negligent maintenance of the brakes.")) == {"negligent maintenance"}
    assert hits("Police opened an investigation into possible negligent homicide after the crash.") == {}
    assert hits("After the crash, negligent maintenance is suspected.") == {}  # the suspicion, not the outlet's charge


def test_an_adjective_in_what_a_party_demands_is_the_demanders_wording():
    # the demand's own adjective is the families'; the outlet's "reckless" beside it stays its own
    assert set(hits("After the crash, families demand exemplary sanctions against the reckless driver.")) == {"reckless driver"}


def test_people_who_investigate_are_no_charge_before_an_adjective():
    assert set(hits("A clerk handed investigators reckless notes about the deal.")) == {"reckless notes"}


def test_an_unrated_adjective_whose_matter_another_outlet_names_is_the_storys_word():
    loud = ("The mayor quit on Friday over his plagiarised dissertation. Stunned voters watched as years of reckless "
            "lending ended. Critics made wild accusations about the irregular payments the council offered.")
    before = hits(loud)
    assert {"plagiarised dissertation", "irregular payments", "reckless lending"} <= set(before)
    other = ("The mayor resigned on Friday after the plagiarism report. Auditors found irregularities in the payments "
             "and blamed the recklessness of the lending.")
    after = hits(loud, other)
    assert "plagiarised dissertation" not in after and "irregular payments" not in after
    assert "reckless lending" in after  # VADER rates "reckless": the judgment stays the outlet's


def test_a_matter_named_elsewhere_needs_one_stem_and_an_oewn_relation():
    assert _matter_named_elsewhere("plagiarised", {"plagiarism", "report"}) == "plagiarism"
    assert _matter_named_elsewhere("general", {"generous"}) is None  # one stem, unrelated words
    assert _matter_named_elsewhere("decisive", {"decision"}) is None  # VADER rates it: a judgment


# A claim two outlets tell alike; one adds an adjective the loaded-word model scores under its usual bar.
RATE_ADDED = ("The central bank raised its main rate on Monday after speculative attacks on the krone. "
              "The decision takes effect on Wednesday.")
RATE_PLAIN = "The central bank raised its main rate on Monday after attacks on the krone. Markets were calm."


PAIRED = {"a1.s0": [("a2", RATE_PLAIN.split(". ")[0] + ".")]}  # the comparison's alignment: sentence -> other passages


def added(text: str, aligned: dict[str, list[tuple[str, str]]]) -> dict[str, str]:
    article = make("a1", text)
    elsewhere = vocabulary(RATE_PLAIN)
    found = evaluative_modifier_hits(article, word_scores(article, _quote_spans(text), elsewhere), elsewhere, aligned)
    return {article.text[h.start : h.end]: h.note for h in found}


def test_an_adjective_added_to_a_claim_the_others_tell_plainly_counts_under_the_lower_bar():
    article = make("a1", RATE_ADDED)
    scores = word_scores(article, _quote_spans(RATE_ADDED), vocabulary(RATE_PLAIN))
    p = next(float(p) for m, p in zip(scores.tokens, scores.probabilities) if m.group() == "speculative")
    assert ALIGNED_PROBABILITY <= p < MIN_PROBABILITY  # under the bar of an adjective anywhere
    found = added(RATE_ADDED, PAIRED)
    assert set(found) == {"speculative attacks"}
    assert "in a claim other outlets tell without it" in found["speculative attacks"]


def test_the_lower_bar_needs_an_aligned_sentence_in_the_outlets_own_voice():
    assert added(RATE_ADDED, {}) == {}  # no other outlet tells the claim: the usual bar holds
    reported = RATE_ADDED.replace("on the krone.", "on the krone, the governor said.")
    assert added(reported, PAIRED) == {}  # someone's words told indirectly
    quoted = RATE_ADDED.replace("speculative attacks on the krone", "speculative attacks on the “krone”")
    assert added(quoted, PAIRED) == {}


def test_a_verbs_irregular_past_is_no_added_adjective():
    text = "Fans stuck outside heard the final whistle. Fans left early."
    article = make("a1", text)
    assert not _added_to_shared_claim(article, text.index("stuck"), "stuck", {"a1.s0"})
    assert _added_to_shared_claim(article, text.index("Fans"), "fans", {"a1.s0"})
    assert not _added_to_shared_claim(article, text.index("left"), "left", {"a1.s0"})  # not aligned


def test_the_added_adjective_reaches_the_report_when_sentences_pair_by_their_words():
    cues = find_framing([make("a1", RATE_ADDED), make("a2", RATE_PLAIN)])
    assert "speculative attacks" in {c.text for c in cues if "in a claim other outlets tell without it" in c.note}
    assert not [c for c in cues if c.article == "a2" and c.kind == "loaded"]


def test_every_item_of_a_list_of_demands_is_the_demanders_wording():
    # the adjective of a later demand is the demanders' too; a new clause after the list is the outlet's again
    assert set(hits("The families held a public hearing, reckless conduct charges for the owners and a new fence.")) == {"reckless conduct"}
    assert hits("The families demand a public hearing, reckless conduct charges for the owners and a new fence.") == {}
    assert set(hits("The families demand a public hearing, but the owners showed reckless disregard for safety.")) == {"reckless disregard"}
    assert set(hits("The families demand a public hearing. The owners showed reckless disregard for safety.")) == {"reckless disregard"}


def test_an_adjective_in_speech_reported_indirectly_is_the_speakers_account():
    assert hits("The guide told the paper he had heard reckless shouting in the valley.") == {}
    assert hits("Farmers said reckless drivers had used the lane for weeks.") == {}
    # after a break, or as the verb's object, the words are the outlet's own again
    assert set(hits("The mayor said, to reckless cheering, that the plan stood.")) == {"reckless cheering"}
    assert set(hits("Farmers said nothing on Tuesday. By then reckless drivers had used the lane for weeks.")) == {"reckless drivers"}


def test_a_word_of_degree_before_a_plural_unit_measures_the_span():
    from rashomon.comparison.framing.modifiers import _degree_before_quantity

    text = "The climbers left the hut just hours after the warning."
    assert _degree_before_quantity("just", text, text.index("just") + 4)
    assert _degree_before_quantity("only", "stood only metres away", len("stood only"))
    # another adjective before a unit, or the word of degree before a plain noun, is read as before
    assert not _degree_before_quantity("terrifying", "three terrifying hours", len("three terrifying"))
    assert not _degree_before_quantity("just", "a just verdict", len("a just"))


def test_a_superlative_on_an_unrated_participle_ranks_and_does_not_judge():
    assert _ranking_compound("best-known") and _ranking_compound("longest-serving") and _ranking_compound("most-watched")
    assert not _ranking_compound("best-loved")  # VADER rates "loved": a judgment
    assert not _ranking_compound("well-known") and not _ranking_compound("long-suffering")  # no superlative
    assert not _ranking_compound("honest-looking") and not _ranking_compound("best")  # "honest" is no superlative
    found = hits("The museum's best-known painting was sold, and its best-loved painting too.", "The museum sold a painting.")
    assert not any(k.startswith("best-known") for k in found)
