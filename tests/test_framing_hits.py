"""Candidate cues: where hits of one family overlap, one is kept (the longest, then the best ranked);
whether a word stands in speech told indirectly after a plain verb of saying, and whether it tells the
speaker's account there or names a referent."""

from __future__ import annotations

import random

from rashomon.comparison.framing.hits import _FAMILY, _Hit, _resolve, speakers_account, told_indirectly
from rashomon.comparison.segment import segment
from rashomon.model import Article


def resolve_by_walk(hits: list[_Hit]) -> list[_Hit]:
    """The rule read plainly: each hit, longest first, against every hit kept before it."""
    kept: list[_Hit] = []
    for hit in sorted(hits, key=lambda h: (-(h.end - h.start), h.rank, h.start)):
        if not any(_FAMILY[k.kind] == _FAMILY[hit.kind] and k.start < hit.end and hit.start < k.end for k in kept):
            kept.append(hit)
    return kept


def test_overlapping_hits_of_one_family_keep_the_longest():
    hits = [_Hit("loaded", 10, 15, "a"), _Hit("naming", 5, 20, "b"), _Hit("hedge", 12, 14, "c"), _Hit("loaded", 20, 22, "d")]
    assert [h.note for h in _resolve(hits)] == ["b", "c", "d"]  # "a" lies inside "b" (both wording); "d" only touches it


def test_resolve_keeps_what_a_walk_over_every_kept_hit_keeps():
    rng = random.Random(3)
    for _ in range(200):
        hits = []
        for n in range(rng.randint(0, 30)):
            start = rng.randint(0, 60)
            hits.append(_Hit(rng.choice(list(_FAMILY)), start, start + rng.randint(0, 8), str(n), rank=rng.randint(0, 3)))
        assert _resolve(hits) == resolve_by_walk(hits)


def at(text: str, word: str) -> bool:
    article = Article(id="a1", source="a1", title="", text=text, sentences=segment("a1", text))
    return told_indirectly(article, text.index(word))


def test_a_clause_after_a_plain_verb_of_saying_is_told_indirectly():
    assert at("The guide told the paper he had grown wary of the slope.", "wary")
    assert at("Villagers said their windows shook for an hour.", "shook")
    assert at("The ministry says that the figures were wrong.", "wrong")


def test_a_break_the_verbs_object_or_another_sentence_is_the_outlets_own():
    assert not at("The president said, to loud applause, that he would stay.", "loud")
    assert not at("She told the chamber, as if nothing had happened, that the plan stood.", "nothing")
    assert not at("The club told the world a lower fee.", "world")
    assert not at("The club said nothing. Its fans were furious.", "furious")
    assert not at("Crowds gathered in the square before dawn.", "dawn")


def account(text: str, word: str) -> bool:
    article = Article(id="a1", source="a1", title="", text=text, sentences=segment("a1", text))
    return speakers_account(article, text.index(word))


def test_a_verb_a_predicate_or_an_adverb_of_a_reported_clause_is_the_speakers_account():
    assert account("Villagers said their windows rattled as the rocket broke up.", "rattled")
    assert account("Locals say the gas was already seeping into their kitchens.", "seeping")
    assert account("The referee told reporters he had become suspicious after the first half.", "suspicious")
    assert account("The coach said the track was perfectly legal.", "perfectly")


def test_a_word_opening_a_noun_phrase_in_a_reported_clause_names_a_referent():
    # an indirect report does not carry the speaker's words: how the referent is named stays the outlet's
    assert not account("She told how the madman paced the aisle for an hour.", "madman")
    assert not account("Investigators said the train took the notorious bend too fast.", "notorious")
    assert not account("Villagers said their windows rattled.", "windows")
    # outside a reported clause nothing is the speaker's account
    assert not account("Their windows rattled as the rocket broke up.", "rattled")
    assert not account("The president said, to loud applause, that he would stay.", "loud")
