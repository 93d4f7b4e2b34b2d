"""Alignment: shared and unique claims, clauses, the lexical gate, and a compare without scikit-learn."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

import rashomon
from rashomon.comparison.align import align_claims, canonical_text, clauses, lexical_similarity, similarity_matrix
from rashomon.comparison.align.pieces import _CLAUSE_WEIGHT
from rashomon.backends.embedders import get_embedder
from rashomon.comparison.claims import extract_claims
from rashomon.model import Entity, Mention
from tests.conftest import make_article

A = (
    "The harbour authority closed the northern port on Tuesday after a chemical leak.\n"
    "Fishermen said the catch had fallen sharply this year.\n"
    "The mayor promised compensation for every family affected by the closure."
)
B = (
    "Officials shut the northern port after a chemical leak on Tuesday.\n"
    "A new stadium will open in the spring, the sports minister announced.\n"
    "Every family affected by the closure will receive compensation, the mayor promised."
)


def _align(*texts, entities=()):
    articles = [make_article(f"a{i + 1}", t) for i, t in enumerate(texts)]
    claims = extract_claims(articles)
    return claims, align_claims(claims, get_embedder("tfidf"), entities=entities)


def test_shared_and_unique_claims():
    _, alignment = _align(A, B)
    pairs = {tuple(sorted(c.sentence for c in g.claims)) for g in alignment.agreements}
    assert ("a1.s0", "a2.s0") in pairs
    assert ("a1.s2", "a2.s2") in pairs
    unique = {u.sentence for u in alignment.unique}
    assert {"a1.s1", "a2.s1"} <= unique
    assert not unique & {"a1.s0", "a2.s0", "a1.s2", "a2.s2"}


def test_claims_of_one_article_never_agree_with_each_other():
    _, alignment = _align(A + "\nThe harbour authority closed the northern port on Tuesday.", B)
    for group in alignment.agreements:
        articles = [c.article for c in group.claims]
        assert len(articles) == len(set(articles))


def test_three_sources_group_into_one_agreement():
    c = "After a chemical leak, the northern port was closed by the harbour authority on Tuesday."
    _, alignment = _align(A, B, c)
    groups = [g for g in alignment.agreements if len(g.claims) == 3]
    assert groups and {x.sentence for x in groups[0].claims} == {"a1.s0", "a2.s0", "a3.s0"}


def test_garbled_names_are_read_as_their_entity():
    articles = [make_article("a1", "Minister Olaf Brandt met the union on Monday."), make_article("a2", "Minister Olaf Brandtt met the union on Monday.")]
    claims = extract_claims(articles)
    b = articles[1]
    start = b.text.index("Olaf Brandtt")
    entity = Entity(id="e1", name="Olaf Brandt", type="PERSON", mentions=(
        Mention(article="a2", sentence="a2.s0", text="Olaf Brandtt", start=start, end=start + len("Olaf Brandtt")),
    ))
    assert canonical_text(claims[1], [entity]) == "Minister Olaf Brandt met the union on Monday."


def test_clauses_split_long_sentences_only_into_substantial_parts():
    parts = clauses("They spoke about the security challenges in the region, humanitarian aid to the people, and the normalisation of relations with neighbours.")
    assert "humanitarian aid to the people" in parts
    assert all(len(p.split()) >= 5 for p in parts)


def test_lexical_similarity_is_the_tfidf_similarity_matrix():
    """The story-level lexical gate (sparse TF-IDF) gives what the tfidf embedder's matrix gives."""
    texts = [A.splitlines()[0], B.splitlines()[0], A.splitlines()[2], B.splitlines()[2], B.splitlines()[1], "Too short."]
    expected = similarity_matrix(texts, get_embedder("tfidf"))
    got = lexical_similarity(texts)
    np.testing.assert_allclose(got, expected, atol=1e-5)
    assert got[0, 1] > 0.3 and got[0, 4] < got[0, 1]


def test_clause_matches_count_at_their_weight():
    long_a = "The mayor spoke at length on Monday about the harbour budget, and the northern port will reopen on Friday after repairs."
    long_b = "Fishermen complained loudly about the price of diesel this winter, and the northern port will reopen on Friday after repairs."
    sim = similarity_matrix([long_a, long_b], get_embedder("tfidf"))
    vectors = get_embedder("tfidf").embed([long_a, long_b, *clauses(long_a), *clauses(long_b)])
    whole = float(vectors[0] @ vectors[1])
    assert sim[0, 1] == pytest.approx(max(whole, _CLAUSE_WEIGHT * 1.0), abs=1e-5)  # the shared clause is identical


def test_compare_imports_no_scikit_learn_nor_scipy(tmp_path):
    """A comparison must not pay scikit-learn's import (about a second of every cold start), nor
    scipy's (a tenth of one)."""
    for i, text in enumerate((A, B)):
        (tmp_path / f"a{i}.txt").write_text(text, encoding="utf-8")
    code = (
        "import json, sys, rashomon\n"
        f"report = rashomon.compare([{str(tmp_path / 'a0.txt')!r}, {str(tmp_path / 'a1.txt')!r}])\n"
        "assert report.agreements, 'the two articles should share claims'\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in ('sklearn', 'scipy'))))\n"
    )
    src = str(Path(rashomon.__file__).resolve().parents[1])
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([src, os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.strip().splitlines()[-1]) == []


def test_best_of_pieces_is_the_maximum_over_each_claims_pieces():
    from rashomon.comparison.align import _best_of_pieces

    rng = np.random.default_rng(7)
    owner = np.array([0, 1, 2, 3, 1, 1, 3, 3, 3])  # claims 0 and 2 have no clauses
    cos = rng.uniform(-1, 1, (len(owner), len(owner))).astype(np.float32)
    got = _best_of_pieces(cos, owner, 4)
    for i in range(4):
        for j in range(4):
            best = max(cos[p, q] for p in np.flatnonzero(owner == i) for q in np.flatnonzero(owner == j))
            assert got[i, j] == pytest.approx(max(cos[i, j], _CLAUSE_WEIGHT * best), abs=1e-6)
    assert np.array_equal(_best_of_pieces(cos[:4, :4], owner[:4], 4), cos[:4, :4])  # no clauses: the cosines


def test_a_claim_told_by_three_articles_is_one_agreement():
    claims, alignment = _align(
        "The harbour authority closed the northern port on Tuesday after a chemical leak.",
        "Officials shut the northern port after a chemical leak on Tuesday.",
        "The northern port was closed on Tuesday after a chemical leak, the harbour authority said.",
    )
    assert any(len({c.article for c in g.claims}) == 3 for g in alignment.agreements)
    # one claim per article in a group
    for g in alignment.agreements:
        assert len({c.article for c in g.claims}) == len(g.claims)


def test_a_sentence_that_carries_a_shared_claim_can_carry_a_unique_one():
    claims, alignment = _align(
        "The harbour authority closed the northern port on Tuesday after a chemical leak, "
        "and a separate inquiry into the ferry operator's safety record was opened by the coast guard.",
        "Officials shut the northern port after a chemical leak on Tuesday.",
    )
    assert alignment.agreements
    clause = [u for u in alignment.unique if "inquiry" in u.text]
    assert clause and clause[0].text != claims[0].text
    article = claims[0]
    assert article.text[clause[0].start - article.start : clause[0].end - article.start] == clause[0].text


def test_the_pair_model_weighs_evidence_the_same_way_on_every_call():
    from rashomon.comparison.align import FEATURES, PAIR_WEIGHTS, pair_probability

    assert len(FEATURES) == len(PAIR_WEIGHTS)
    weak = pair_probability(np.array([-0.2, 0.05, -0.1, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.5, 0.0]))
    strong = pair_probability(np.array([0.1, 0.6, 0.2, 1.0, 1.0, 1.0, 1.0, 1.0, 2.0, 0.0, 0.0]))
    assert 0.0 < weak < 0.35 <= strong < 1.0
    # the same evidence, told far apart in the two articles, is weaker
    far = pair_probability(np.array([0.1, 0.6, 0.2, 1.0, 1.0, 1.0, 1.0, 1.0, 2.0, 0.9, 0.0]))
    assert far < strong
    # ... and one clock time both state makes it stronger
    timed = pair_probability(np.array([0.1, 0.6, 0.2, 1.0, 1.0, 1.0, 1.0, 1.0, 2.0, 0.0, 1.0]))
    assert timed > strong


# --- groups: one proposition per group, across all articles ----------------------------------


def _claims(*texts: str):
    """One claim per text, each from its own article unless the text starts with "aN|"."""
    articles: dict[str, list[str]] = {}
    for i, text in enumerate(texts):
        aid, _, body = text.partition("|") if "|" in text else (f"a{i + 1}", "", text)
        articles.setdefault(aid, []).append(body)
    return extract_claims([make_article(aid, "\n".join(lines)) for aid, lines in articles.items()])


# --- pair evidence ------------------------------------------------------------------------------


def test_figures_are_shared_however_qualified_and_compatible_when_close():
    from rashomon.comparison.align.pairs import compatible_figures, figure_keys, intervals

    a, b, c, d = _claims("About 1.9 million people watched the debate.", "The debate was watched by approximately 1,9 million viewers.",
                         "The train carried about 230 passengers.", "There were 232 passengers on the train.")
    assert figure_keys(a) & figure_keys(b)
    assert not figure_keys(c) & figure_keys(d)
    assert compatible_figures(intervals(c), intervals(d)) == 1
    assert compatible_figures(intervals(a), intervals(c)) == 0


def test_an_order_of_magnitude_is_a_shared_figure_only_of_the_same_thing():
    from rashomon.comparison.align.pairs import figure_keys

    a, b, c = _claims("The closure would cost hundreds of jobs at the mill.", "Hundreds of families fled the valley overnight.",
                      "Hundreds of jobs are at risk, the union warned.")
    assert not figure_keys(a) & figure_keys(b)  # "hundreds" of two things: no figure in common
    assert figure_keys(a) & figure_keys(c)


def test_rare_words_are_the_story_specific_wording_and_never_names():
    from rashomon.comparison.align.pairs import rare_words

    texts = ["Investigators examined the corroded valve near Halvik.", "Halvik police said the valve was corroded.",
             *(f"Officials said residents in district {i} were safe." for i in range(6))]
    words = rare_words(texts)
    assert {"valv", "corrod"} <= words[0] & words[1] or {"valve", "corrod"} <= words[0] & words[1]
    assert not any("halvik" in w for w in words[0] | words[1])
    assert "said" not in words[2] and not any(w.startswith("official") for w in words[2])


def test_the_same_figure_in_other_words_makes_a_pair_agree():
    claims, alignment = _align(
        "Officials said some 30,000 people had lost their homes in the earthquake.",
        "Roughly thirty thousand people in the town have lost their homes.",
    )
    assert any(len(g.claims) == 2 for g in alignment.agreements)


def test_a_figure_told_less_precisely_or_as_an_open_bound_is_compatible():
    from rashomon.comparison.align.pairs import compatible_figures, intervals

    a, b, c, d = _claims("Shares of the insurer rose 2.1% on Monday.", "The insurer's stock gained 2% in early trading.",
                         "Shares of the insurer rose more than 9% on Monday.", "Shares of the insurer rose 40% on Monday.")
    assert compatible_figures(intervals(a), intervals(b)) == 1  # 2.1% rounds to 2%
    e, = _claims("Shares of the insurer closed up 9.2% on Monday.")
    assert compatible_figures(intervals(c), intervals(e)) == 1  # "more than 9%" fits 9.2%
    assert compatible_figures(intervals(c), intervals(d)) == 0  # ... but not 40%
    assert compatible_figures(intervals(e), intervals(a)) == 0  # 9.2% is not 2.1%


def test_measures_compare_in_si_units_whatever_unit_or_spelling():
    from rashomon.comparison.align.pairs import compatible_figures, figure_keys, intervals

    a, b, c, d = _claims("A three-metre storm surge flooded the harbour.", "The sea rose up to three meters in some areas.",
                         "The storm surge reached nearly 10 feet.", "Rescuers drilled a 15-centimetre borehole.")
    e, f = _claims("They realized a perforation of 15 centimeters.", "The surge was 30 feet high.")
    assert figure_keys(a) & figure_keys(b)  # "three-metre" and "three meters": one figure
    assert figure_keys(d) & figure_keys(e)  # "15-centimetre" and "15 centimeters"
    assert compatible_figures(intervals(a), intervals(c)) == 1  # nearly 10 feet is about three metres
    assert compatible_figures(intervals(a), intervals(f)) == 0  # 30 feet is not
    assert not figure_keys(a) & figure_keys(d)


def test_a_span_in_months_fits_the_same_span_in_days():
    from rashomon.comparison.align.pairs import compatible_figures, intervals

    a, b, c, d = _claims("The council has 90 days to answer the inspectors.", "Inspectors gave the council three months to answer.",
                         "The council has 120 days to answer the inspectors.", "The licence runs for 25 months.")
    e, = _claims("The licence runs for two years.")
    assert compatible_figures(intervals(a), intervals(b)) == 1  # three months are 84 to 93 days
    assert compatible_figures(intervals(c), intervals(b)) == 0  # ... not 120
    assert compatible_figures(intervals(d), intervals(e)) == 0  # 25 months are more than two years


def test_one_span_told_in_two_units_is_compatible_and_told_alike_is_one_figure():
    from rashomon.comparison.align.pairs import compatible_figures, figure_keys, intervals

    a, b, c, d = _claims("The ferry sat in port for 48 hours.", "The ferry was stuck for two days.",
                         "The crossing resumed after an extra day and a half.", "Crews worked for 48 hours.")
    e, = _claims("The standoff lasted some 36 hours.")
    assert compatible_figures(intervals(a), intervals(b)) == 1  # 48 hours are two days
    assert compatible_figures(intervals(c), intervals(e)) == 1  # a day and a half is some 36 hours
    assert compatible_figures(intervals(c), intervals(a)) == 0  # ... not 48
    assert compatible_figures(intervals(a), intervals(d)) == 0  # the same figure both ways: shared, not compatible
    assert figure_keys(a) & figure_keys(d)


def test_a_comma_or_colon_inside_a_figure_does_not_cut_a_clause():
    parts = clauses("The council vetoed the takeover of the cement maker, a deal of 3,1 billion euros announced last November")
    assert parts[-1] == "a deal of 3,1 billion euros announced last November"
    assert any("at 7:50 in the morning" in p for p in clauses("The train left the station late, at 7:50 in the morning on Tuesday"))


def test_a_figure_both_state_passes_the_lexical_gate_without_shared_words():
    from rashomon.comparison.align.pairs import scored_pairs

    sim = np.full((2, 2), 0.7)
    lexical = np.zeros((2, 2))  # no shared wording at all
    figures = _claims("Crude worth an estimated $48m was aboard.", "The cargo is valued at 48 million dollars.")
    _, probability = scored_pairs(sim, lexical, figures, 0.65, [set(), set()])
    assert probability, "a pair stating one figure is weighed"
    words = _claims("Crude oil was aboard the ship.", "The cargo was worth a lot.")
    _, probability = scored_pairs(sim, lexical, words, 0.65, [set(), set()])
    assert not probability, "a pair with neither shared wording nor a figure is not"


def test_a_pair_sharing_one_name_and_no_wording_is_weighed_but_does_not_agree(monkeypatch):
    from rashomon.comparison.align import pairs

    sim = np.full((2, 2), 0.8)
    lexical = np.full((2, 2), 0.3)  # the company's name, as TF-IDF sees it
    actor = _claims("Harlow Mining said output at its other pits was unaffected.", "Harlow Mining did not respond to questions.")
    # a name only these two claims mention is rare, as good as rare wording (a chemical's name)
    assert pairs.scored_pairs(sim, lexical, actor, 0.65, [{"e1"}, {"e1"}])[0]
    monkeypatch.setattr(pairs, "RARE_NAME_ENOUGH", 0)  # as if the story's actor, named in most claims
    agree, probability = pairs.scored_pairs(sim, lexical, actor, 0.65, [{"e1"}, {"e1"}])
    assert probability and not agree  # one actor, two propositions
    monkeypatch.setattr(pairs, "WORDING_BEYOND_NAMES", 0)
    assert pairs.scored_pairs(sim, lexical, actor, 0.65, [{"e1"}, {"e1"}])[0]
    monkeypatch.setattr(pairs, "WORDING_BEYOND_NAMES", 1)
    # two names in common (who and where), or a short word of the proposition ("leg"), are enough
    assert pairs.scored_pairs(sim, lexical, actor, 0.65, [{"e1", "e2"}, {"e1", "e2"}])[0]
    colonel = _claims("Colonel Brandt's men stormed the gate.", "The rebels were led by a lieutenant-colonel, Brandt.")
    assert pairs.scored_pairs(sim, lexical, colonel, 0.65, [{"e1"}, {"e1"}])[0]  # "Colonel" is a word "colonel" of the other
    injured = _claims("Harlow Mining said two miners were hurt, one with a broken leg.", "Harlow Mining reported two injured workers, one with a fractured leg.")
    assert pairs.scored_pairs(sim, lexical, injured, 0.65, [{"e1"}, {"e1"}])[0]


def test_a_rare_count_both_state_lets_a_pair_agree_at_a_lower_probability(monkeypatch):
    from rashomon.comparison.align import pairs

    claims = extract_claims([
        make_article("a1", "Police dispersed the rally on Saturday. The Health Ministry said 46 people had sought "
                           "medical help, including 14 police officers. The opposition called a new protest for Monday."),
        make_article("a2", "Fourteen law enforcement officers were injured, two of them with burns from flares. "
                           "Police dispersed the rally on Saturday. Organisers blamed the city for the violence."),
    ])
    # only the figure rule can make a pair agree here
    monkeypatch.setattr(pairs, "PAIR_PROBABILITY", 0.999)
    monkeypatch.setattr(pairs, "CLOSE_PROBABILITY", 0.999)
    monkeypatch.setattr(pairs, "FIGURE_PROBABILITY", 1.0)
    monkeypatch.setattr(pairs, "SENSE_PROBABILITY", 1.0)  # "police" / "law enforcement" would tie it too
    assert align_claims(claims, get_embedder("static")).agreements == ()
    monkeypatch.setattr(pairs, "FIGURE_PROBABILITY", 0.01)
    agreed = [[c.sentence for c in g.claims] for g in align_claims(claims, get_embedder("static")).agreements]
    assert agreed == [["a1.s1", "a2.s0"]]  # "14 police officers" / "Fourteen ... officers"; not the rally


def test_anchors_name_the_clause_of_a_claim_that_matches_another_best():
    from rashomon.comparison.align.pieces import anchors

    # claims 0, 1, 2 (sentences), then claim 0's two clauses (pieces 3, 4)
    owner = np.array([0, 1, 2, 0, 0])
    cos = np.eye(5)
    cos[3, 1] = cos[1, 3] = 0.8  # claim 1 matches claim 0's first clause
    cos[4, 2] = cos[2, 4] = 0.7  # claim 2 matches its second
    anchor = anchors(cos, owner, 3)
    assert anchor[0, 1] == 3 and anchor[0, 2] == 4
    assert anchor[1, 0] == -1  # claim 1 is one unit


def test_a_claim_met_through_the_whole_of_a_two_clause_sentence_is_on_no_clause_in_particular():
    from rashomon.comparison.align.pieces import anchor_clause, anchors

    owner = np.array([0, 1, 2, 0, 0])
    cos = np.eye(5)
    cos[3, 1] = cos[1, 3] = 0.8
    cos[0, 1] = cos[1, 0] = 0.5  # claim 1 meets claim 0's first clause better than its sentence
    cos[4, 2] = cos[2, 4] = 0.6
    cos[0, 2] = cos[2, 0] = 0.7  # claim 2 meets claim 0's whole sentence better than its second clause
    anchor = anchors(cos, owner, 3)
    assert anchor[0, 1] == 3
    assert anchor[0, 2] <= -2 and anchor_clause(anchor[0, 2]) == 4


def test_a_sentence_of_three_clauses_keeps_its_clause_though_met_as_a_whole():
    from rashomon.comparison.align.pieces import anchors

    owner = np.array([0, 1, 0, 0, 0])
    cos = np.eye(5)
    cos[3, 1] = cos[1, 3] = 0.6
    cos[0, 1] = cos[1, 0] = 0.7  # a lead of three clauses met as a whole: still on its clause
    assert anchors(cos, owner, 2)[0, 1] == 3


def test_a_name_that_starts_with_the_does_not_double_the_article_before_it():
    article = make_article("a1", "Survivors accused the Castrelian authorities of a delay.")
    claim, = extract_claims([article])
    start = article.text.index("Castrelian")
    entity = Entity(id="e1", name="The Castrelian Coast Guard", type="ORG", mentions=(
        Mention(article="a1", sentence=claim.sentence, text="Castrelian", start=start, end=start + len("Castrelian")),
    ))
    assert canonical_text(claim, [entity]) == "Survivors accused the Castrelian Coast Guard authorities of a delay."


def test_clock_times_told_differently_but_compatibly_are_evidence_of_one_moment():
    from rashomon.comparison.align.pairs import clock_times, compatible_times

    a, b, c, d = _claims("Officers moved in shortly after 9 p.m. on the square.", "At 9:10 p.m. police fired tear gas.",
                         "At 11:40 p.m. the square was empty.", "Police moved in at 9 p.m. on the square.")
    assert clock_times(a) and clock_times(b)
    assert compatible_times(clock_times(a), clock_times(b)) == 1  # "shortly after 9 p.m." fits 9:10 p.m.
    assert compatible_times(clock_times(b), clock_times(c)) == 0  # 9:10 is not 11:40
    assert compatible_times(clock_times(a), clock_times(d)) == 0  # the same reading is a shared figure, not this


def test_a_small_count_of_a_thing_is_a_key_only_where_few_claims_state_it():
    from rashomon.comparison.align.pairs import counted_keys

    many = [f"x{i}|Police said {i} officers stood by and the crowd waited for two hours." for i in range(1, 7)]
    claims = _claims("Four of the six carriages left the tracks.", "The crash derailed four of the six carriages.",
                     "The wagon had three carriages.", *many)
    keys = counted_keys(claims)
    assert keys[0] & keys[1]  # six carriages, told by both
    assert not keys[0] & keys[2]
    # "two hours" in six claims says nothing about which claim is which
    assert not any(k.endswith(":hour") for ks in keys for k in ks)


def test_a_rare_quantity_or_clock_time_both_state_gets_a_pair_weighed_however_far_apart():
    from rashomon.comparison.align.pairs import far_figure_ties, pair_feature_matrix, story_figure_keys

    claims = _claims("Divers in dry suits freed the trapped whale by 4 p.m.", "Around 4 o'clock the whale swam free, said Ottoline Vasquez-Brennerman.",
                     "The council spent 2.7 million euros on the marina.", "a4|Its marina had cost 2.7 million euros.",
                     "The two towns signed the pact in 2019.", "a7|The two towns have quarrelled since 2019.")
    keys = story_figure_keys(claims)
    tied = far_figure_ties(keys)
    assert tied[0, 1]  # 4 p.m. and "4 o'clock" (one of its readings)
    assert tied[2, 3]  # a quantity with its unit
    assert not tied[4, 5]  # a year and "two towns": too loose to weigh a pair on
    # the embedder puts every pair far below its threshold: only the tied pairs are weighed
    sim = np.zeros((len(claims), len(claims)))
    names = [set() for _ in claims]
    first, second, _ = pair_feature_matrix(sim, sim, claims, 0.65, names, keys=keys)
    weighed = {(min(i, j), max(i, j)) for i, j in zip(first, second)}
    assert (0, 1) in weighed and (4, 5) not in weighed


def test_a_datelined_leads_clauses_are_units_with_their_own_values():
    from rashomon.comparison.align import lead_units

    lead = ("VIRELLE, June 10 (Orbis Wire) — The agency recalled 14 batches of the drug on Monday, "
            "after tests found an impurity at levels up to three times the accepted daily limit.")
    claims = extract_claims([make_article("a1", lead + "\nThe maker apologised to every patient."), make_article("a2", "Tests found 14 bad batches, the agency said.")])
    units = lead_units(claims)
    assert {k for k, _ in units} == {0}  # the lead only: no dateline, no units
    assert [u.id for _, u in units] == [f"{claims[0].id}.u{n + 1}" for n in range(len(units))] and len(units) >= 2
    for _, unit in units:
        assert lead[unit.start - claims[0].start : unit.end - claims[0].start] == unit.text
        assert all(unit.start <= v.start and v.end <= unit.end for v in unit.values)
    assert any("three times" in u.text and not any(v.normalized.startswith("14") for v in u.values) for _, u in units)


def test_a_lead_clause_weighed_on_its_own_brings_a_third_outlet_into_its_group(monkeypatch):
    import rashomon.comparison.align as align
    from rashomon.comparison.pipeline import compare
    from rashomon.evaluation.scores import covers
    from rashomon.settings import Settings
    from tests.shared_data import shared_path

    # the wire lead carries the recall, the impurity and its level; the level is told by the
    # tabloid on its own and by a translation that paraphrases both weakly
    story = shared_path("data", "stories-dev", "d4-bp-drug-recall-esterra")
    told = ["at levels up to three times the accepted daily limit", "up to three times the safe limit of a chemical called NDEA",
            "the values lay at up to the triple of the permitted limit value"]

    def grouped() -> bool:
        report = compare([story / f"{x}.txt" for x in "abc"], settings=Settings(embedder="static"))
        return any(all(any(covers(c.text, t) for c in ag.claims) for t in told) for ag in report.agreements)

    assert grouped()
    monkeypatch.setattr(align, "LEAD_UNITS", False)
    assert not grouped()


def test_a_clause_is_told_elsewhere_only_by_a_close_piece_that_shares_wording():
    from rashomon.comparison.align import unique_clauses
    from rashomon.comparison.align.pieces import pieces_of

    claims = _claims("The minister visited the flooded valley on Friday, and she promised every farmer a grant of 900 crowns.",
                     "The minister toured the flooded valley on Friday.")
    texts = [c.text for c in claims]
    pieces, _owner = pieces_of(texts)
    grant = next(p for p, t in enumerate(pieces) if "900 crowns" in t and p >= len(texts))

    def unique(cosine: float, wording: float) -> bool:
        cos, lexical = np.eye(len(pieces)), np.eye(len(pieces))
        cos[grant, 1] = cos[1, grant] = cosine
        lexical[grant, 1] = lexical[1, grant] = wording
        return any("900 crowns" in u.text for u in unique_clauses(claims, texts, {0}, cos, lexical, 0.65))

    assert unique(0.62, 0.02)  # near in the embedder's space, no wording in common: a story's hub
    assert not unique(0.62, 0.15) and not unique(0.66, 0.0) and not unique(0.3, 0.25)


def test_figure_keys_read_once_give_the_same_shared_figures():
    from rashomon.comparison.align.pairs import shared_figures, story_figure_keys

    claims = extract_claims([
        make_article("a1", "The ferry carried 412 passengers and four of its six lifeboats were lowered at 10.40pm."),
        make_article("a2", "About 412 people were aboard the ferry; the crew lowered four of the six lifeboats."),
    ])
    keys = story_figure_keys(claims)
    assert any(k.startswith("n:412") for ks in keys for k in ks)
    assert (shared_figures(claims, keys=keys) == shared_figures(claims)).all()
    assert (shared_figures(claims, 2, counts=True, keys=keys) == shared_figures(claims, 2, counts=True)).all()


def test_shared_counts_count_the_members_two_sets_share_up_to_the_cap():
    from rashomon.comparison.align.pairs import _shared_counts

    counts = _shared_counts([{"n:412", "d:friday"}, {"n:412", "d:friday", "t:22:40"}, set(), {"t:22:40"}], 2)
    assert counts.dtype == np.float64
    assert counts.tolist() == [[2, 2, 0, 0], [2, 2, 0, 1], [0, 0, 0, 0], [0, 1, 0, 1]]
    assert _shared_counts([{"a", "b", "c"}, {"a", "b", "c"}], 1).tolist() == [[1, 1], [1, 1]]
    assert _shared_counts([], 2).shape == (0, 0)


def test_a_clock_time_on_the_day_the_other_gives_with_its_part_of_the_day_is_one_moment():
    from rashomon.comparison.align.pairs import FEATURES, pair_feature_matrix

    claims = _claims("The blaze started shortly after 3 p.m. on Sunday near the sawmill.",
                     "The blaze, which began on Sunday in the afternoon, was blamed on a cigarette.",
                     "a3|Crews arrived on Sunday morning.", "a3|Crews arrived on Monday afternoon.")
    sim = np.full((len(claims), len(claims)), 0.6)
    first, second, features = pair_feature_matrix(sim, sim, claims, 0.65, [set() for _ in claims])
    clock = {(int(i), int(j)): f[FEATURES.index("same clock time")] for i, j, f in zip(first, second, features)}
    assert clock[(0, 1)] == 1.0  # 3 p.m. on Sunday / Sunday afternoon
    assert clock[(0, 2)] == 0.0  # ... not Sunday morning
    assert clock[(0, 3)] == 0.0  # ... nor Monday afternoon
    assert clock[(1, 3)] == 0.0  # two parts of the day without a clock time: no clock evidence


def test_content_words_of_the_stop_list_are_wording_for_alignment():
    from rashomon.backends.embedders.tfidf import stop_words
    from rashomon.comparison.align.pairs import alignment_stop_words, content_words, rare_words, share_wording

    assert "fire" in stop_words() and "fire" not in alignment_stop_words()
    assert "back" in alignment_stop_words() and "the" in alignment_stop_words()
    a, b = content_words(["The fire broke out near Tallis Mill.", "The fire, which began at noon, spread."])
    assert share_wording(a, b)
    assert rare_words(["Kastell must now go it alone.", "Kastell will now have to continue alone."])[0] & rare_words(
        ["Kastell will now have to continue alone.", "Kastell must now go it alone."])[0]
