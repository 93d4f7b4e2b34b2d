"""Gold format v2 and the precision measures, on a hand-made three-outlet story (not news text).

Mirrors rashomon.evaluation.{gold,rules,digest,totals}: 3-way conflicts and duplicates, kind
agreement, framing recall by kind and precision with hedges and voice apart, lines lost, digest
support and loaded terms, and set totals.
"""

from __future__ import annotations

import dataclasses
import json
import logging

import pytest

from rashomon.comparison.segment import segment
from rashomon.demo import example_stories
from rashomon.evaluation.digest import check_sentence, content_words, numbers
from rashomon.evaluation.gold import load_gold
from rashomon.evaluation.scores import Scores, evaluate
from rashomon.evaluation.totals import LISTS, totals
from rashomon.model import Agreement, Article, ClaimRef, Conflict, ConflictSide, DigestSentence, FramingCue, Removed, Report
from shared_data import shared_path


X = (
    "Flooding closed the Ombra bridge on Monday, officials said.\n"
    "At least 40 homes were flooded by the river.\n"
    "The reckless council ignored warnings for years."
)
PROMO = "Get our weather alerts by email."
Y = "The Ombra bridge was shut on Monday after floods.\nThe water damaged 60 houses, residents said.\nThe so-called flood plan failed."
Z = "The Ombra bridge closed on Tuesday because of flooding.\nRoughly 40 homes were flooded, the agency said."

GOLD_V2 = {
    "articles": ["x.txt", "y.txt", "z.txt"],
    "entities": [{"canonical": "Ombra bridge", "variants": ["Ombra bridge"], "garbled": []}],
    "shared": [{"x.txt": "closed the Ombra bridge", "y.txt": "The Ombra bridge was shut", "z.txt": "The Ombra bridge closed"}],
    "unique": [{"article": "y.txt", "text": "The so-called flood plan failed."}],
    "conflicts": [
        {"kind": "date", "sides": {"x.txt": "on Monday", "y.txt": "was shut on Monday", "z.txt": "closed on Tuesday"},
         "note": "x and y say Monday; z says Tuesday"},
        {"kind": "number", "sides": {"x.txt": "At least 40 homes", "y.txt": "damaged 60 houses"}, "note": "homes hit"},
    ],
    "framing": [
        {"article": "x.txt", "text": "reckless", "kind": "loaded"},
        {"article": "x.txt", "text": "ignored warnings for years", "kind": "loaded"},
        {"article": "y.txt", "text": "so-called", "kind": "hedge"},
    ],
    "boilerplate": [{"article": "x.txt", "text": PROMO}],
    "neutral": ["z.txt"],
}


def _article(aid: str, text: str, name: str, removed: tuple[Removed, ...] = ()) -> Article:
    return Article(id=aid, source=f"outlet-{name[0]}", title="", text=text, sentences=segment(aid, text), path=f"/in/{name}", removed=removed)


def _side(a: Article, index: int, value: str) -> ConflictSide:
    s = a.sentences[index]
    return ConflictSide(article=a.id, sentence=s.id, text=s.text, value=value)


def _cue(a: Article, text: str, kind: str, neutral: str = "") -> FramingCue:
    start = a.text.index(text)
    sentence = next(s.id for s in a.sentences if s.start <= start < s.end)
    return FramingCue(article=a.id, sentence=sentence, text=text, kind=kind, note="", start=start, end=start + len(text), neutral=neutral)


def _ref(a: Article, index: int) -> ClaimRef:
    s = a.sentences[index]
    return ClaimRef(article=a.id, sentence=s.id, text=s.text, start=s.start, end=s.end)


@pytest.fixture
def story() -> Report:
    x = _article("a1", X, "x.txt", removed=(Removed(text=PROMO, reason="promo"),))
    y, z = _article("a2", Y, "y.txt"), _article("a3", Z, "z.txt")
    return Report(
        articles=(x, y, z),
        agreements=(Agreement(claims=(_ref(x, 0), _ref(y, 0), _ref(z, 0))),),
        unique=(_ref(y, 2),),
        conflicts=(Conflict(kind="date", explanation="the day", sides=(_side(x, 0, "Monday"), _side(y, 0, "Monday"), _side(z, 0, "Tuesday"))),),
        framing=(_cue(x, "reckless", "loaded"), _cue(y, "so-called", "hedge")),
        digest=(DigestSentence(text="The Ombra bridge closed on Monday.", citations=("a1.s0", "a2.s0")),),
    )


def test_v2_gold_is_told_from_v1_and_keeps_kinds_neutral_and_wide_conflicts():
    gold = load_gold(GOLD_V2)
    assert (gold.version, gold.complete, gold.neutral) == (2, True, ("z.txt",))
    assert [f.kind for f in gold.framing] == ["loaded", "loaded", "hedge"]
    assert len(gold.conflicts[0].sides) == 3
    v1 = {k: v for k, v in GOLD_V2.items() if k != "neutral"}
    v1["framing"] = [{"article": f["article"], "text": f["text"]} for f in GOLD_V2["framing"]]
    assert (load_gold(v1).version, load_gold(v1).complete) == (1, False)
    for example in example_stories():  # the bundled examples are v1 and still read
        assert load_gold(example / "gold.json").version == 1


def test_an_unknown_framing_kind_is_read_with_a_warning(caplog):
    gold = {**GOLD_V2, "framing": [{"article": "x.txt", "text": "reckless", "kind": "sneer"}]}
    with caplog.at_level(logging.WARNING):
        assert load_gold(gold).framing[0].kind == "sneer"
    assert "sneer" in caplog.text


def test_the_story_scores_full(story):
    scores = evaluate(GOLD_V2, story)
    for name in ("shared", "unique", "framing_precision", "hedges", "boilerplate", "digest", "digest_supported"):
        assert getattr(scores, name).ratio == 1.0, (name, getattr(scores, name))
    assert (scores.conflicts.found, scores.conflicts.total, scores.conflict_kinds.found) == (1, 2, 1)
    assert [(t.label, t.found, t.total) for t in scores.conflicts_by_kind] == [("date", 1, 1), ("number", 0, 1)]
    assert [(t.label, t.found, t.total) for t in scores.shared_by_size] == [("3", 1, 1)]
    assert scores.counts()["false_conflicts"] == scores.counts()["duplicate_conflicts"] == scores.counts()["content_lost"] == 0


def test_a_3_way_conflict_told_pair_by_pair_is_found_once_with_duplicates(story):
    x, y, z = story.articles
    pairs = (
        Conflict(kind="weekday", explanation="", sides=(_side(x, 0, "Monday"), _side(z, 0, "Tuesday"))),
        Conflict(kind="weekday", explanation="", sides=(_side(y, 0, "Monday"), _side(z, 0, "Tuesday"))),
    )
    scores = evaluate(GOLD_V2, dataclasses.replace(story, conflicts=pairs))
    assert scores.conflicts.found == 1 and scores.conflict_kinds.found == 1  # weekday and date: one family
    assert len(scores.duplicate_conflicts) == 1 and "repeats gold date" in scores.duplicate_conflicts[0]
    assert scores.conflict_sides.found == 0 and scores.conflict_sides.missed[0].endswith("no one finding holds y.txt")
    assert evaluate(GOLD_V2, story).conflict_sides.found == 1  # told once, with its three sides
    assert scores.false_conflicts == ()


def test_a_finding_of_one_gold_conflict_that_overlaps_another_of_another_kind_repeats_neither(story):
    x, _, z = story.articles
    actor = {"kind": "actor", "sides": {"x.txt": "Flooding closed the Ombra bridge on Monday",
                                        "z.txt": "The Ombra bridge closed on Tuesday because of flooding"}, "note": "what closed it"}
    gold = {**GOLD_V2, "conflicts": [*GOLD_V2["conflicts"], actor]}
    by_actor = Conflict(kind="actor", explanation="", sides=(_side(x, 0, "Flooding"), _side(z, 0, "flooding")))
    scores = evaluate(gold, dataclasses.replace(story, conflicts=(*story.conflicts, by_actor)))
    assert scores.conflicts.found == 2 and scores.conflict_kinds.found == 2
    assert scores.duplicate_conflicts == ()  # the date finding also stands on the actor sides, but is the date's
    told_twice = dataclasses.replace(by_actor, explanation="again")
    scores = evaluate(gold, dataclasses.replace(story, conflicts=(*story.conflicts, by_actor, told_twice)))
    assert len(scores.duplicate_conflicts) == 1 and "repeats gold actor" in scores.duplicate_conflicts[0]


def test_a_false_conflict_carries_its_explanation_and_a_wrong_kind_is_listed(story):
    x, y, z = story.articles
    false = Conflict(kind="number", explanation="how many homes: 40 vs roughly 40", sides=(_side(x, 1, "40"), _side(z, 1, "40")))
    wrong = Conflict(kind="actor", explanation="who", sides=(_side(x, 1, "40"), _side(y, 1, "60")))
    scores = evaluate(GOLD_V2, dataclasses.replace(story, conflicts=(*story.conflicts, false, wrong)))
    assert scores.false_conflicts == ("number: how many homes: 40 vs roughly 40 [x.txt: '40'; z.txt: '40']",)
    assert scores.conflicts.found == 2 and scores.conflict_kinds.found == 1
    assert scores.conflict_kinds.missed[0].startswith("number: x.txt: At least 40 homes") and "reported as actor" in scores.conflict_kinds.missed[0]


def test_a_conflict_must_stand_on_the_gold_sides_with_its_values_not_just_its_sentences(story):
    x, y, _ = story.articles
    same_sentences = Conflict(kind="number", explanation="", sides=(_side(x, 1, "the river"), _side(y, 1, "the water")))
    scores = evaluate(GOLD_V2, dataclasses.replace(story, conflicts=(same_sentences,)))
    assert scores.conflicts.found == 0 and len(scores.false_conflicts) == 1  # same sentences, other values
    on_the_values = Conflict(kind="actor", explanation="", sides=(_side(x, 1, "40 homes"), _side(y, 1, "60 houses")))
    scores = evaluate(GOLD_V2, dataclasses.replace(story, conflicts=(on_the_values,)))
    assert scores.conflicts.found == 1 and scores.conflict_kinds.found == 0 and scores.false_conflicts == ()
    unplaced = Conflict(kind="number", explanation="", sides=(_side(x, 1, "forty"), _side(y, 1, "sixty")))
    assert evaluate(GOLD_V2, dataclasses.replace(story, conflicts=(unplaced,))).conflicts.found == 1  # by sentence


def test_a_side_in_another_sentence_of_the_right_article_does_not_stand_on_the_gold_side(story):
    x, _, z = story.articles
    elsewhere = Conflict(kind="date", explanation="", sides=(_side(x, 2, "years"), _side(z, 0, "Tuesday")))
    scores = evaluate(GOLD_V2, dataclasses.replace(story, conflicts=(elsewhere,)))
    assert scores.conflicts.found == 0 and len(scores.false_conflicts) == 1


def test_framing_recall_by_kind_and_a_sprawling_cue_finds_only_what_it_nearly_is(story):
    x, y, _ = story.articles
    sentence = _cue(x, "The reckless council ignored warnings for years.", "loaded")
    scores = evaluate(GOLD_V2, dataclasses.replace(story, framing=(sentence,)))
    assert scores.framing.missed == ("loaded: x.txt: reckless", "hedge: y.txt: so-called")
    assert [(t.label, t.found, t.total) for t in scores.framing_by_kind] == [("hedge", 0, 1), ("loaded", 1, 2)]
    assert scores.framing_precision.ratio == 1.0  # it stands on a gold cue: not false


def test_framing_precision_counts_every_kind_but_hedges_and_voice(story):
    x, y, z = story.articles
    cues = (
        *story.framing,
        _cue(x, "bridge", "loaded"),
        _cue(z, "flooding", "tone"),
        _cue(x, "officials said", "hedge"),
        _cue(y, "residents", "voice"),
    )
    scores = evaluate(GOLD_V2, dataclasses.replace(story, framing=cues))
    assert (scores.framing_precision.found, scores.framing_precision.total) == (1, 3)
    assert scores.false_framing == ("loaded: x.txt: 'bridge'", "tone: z.txt: 'flooding'")
    assert (scores.hedges.found, scores.hedges.total, scores.false_hedges) == (1, 2, ("hedge: x.txt: 'officials said'",))
    assert scores.voice_cues == 1 and scores.framing.found == 2
    voice_only = evaluate(GOLD_V2, dataclasses.replace(story, framing=(_cue(x, "reckless", "voice"),)))
    assert voice_only.framing.found == 0  # a voice cue is not framing, even on a framing word


def test_cues_on_neutral_wire_copy_are_counted_apart(story):
    x, y, z = story.articles
    cues = (*story.framing, _cue(z, "flooding", "tone"), _cue(z, "Roughly", "loaded"), _cue(z, "the agency said", "hedge"),
            _cue(z, "agency", "voice"), _cue(x, "bridge", "loaded"))
    scores = evaluate(GOLD_V2, dataclasses.replace(story, framing=cues))
    assert scores.wire_cues == ("tone: z.txt: 'flooding'", "loaded: z.txt: 'Roughly'")  # not the hedge, the voice, x's cue
    assert scores.counts()["wire_cues"] == 2 and "2 on wire copy" in scores.summary()
    assert evaluate(GOLD_V2, story).wire_cues == ()


def test_a_removed_story_line_is_lost_and_counted_as_gold_content(story):
    x, y, z = story.articles
    line = x.sentences[1].text
    x = dataclasses.replace(x, removed=(*x.removed, Removed(text=line, reason="promo")))
    scores = evaluate(GOLD_V2, dataclasses.replace(story, articles=(x, y, z)))
    assert scores.boilerplate.found == 1
    assert scores.content_lost == (f"x.txt: {line} (promo)",) and scores.gold_content_lost == 1


@pytest.mark.parametrize(
    "text, citations, supported",
    [
        ("The Ombra bridge closed on Monday.", ("a1.s0", "a2.s0"), True),
        ("Forty homes were flooded.", ("a1.s1",), True),  # a number word meets its digits
        ("About 40 homes were flooded.", ("a3.s1",), True),
        ("Shares in the bridge operator fell 6 percent.", ("a1.s0",), False),  # a number its citation lacks
        ("The Ombra bridge closed on Monday.", ("a1.s0", "a1.s2"), False),  # a citation that shares nothing
        ("The careless council ignored warnings.", ("a1.s2",), False),  # a word of its own...
        ("Outlet-y says the Ombra bridge was shut.", ("a2.s0",), True),  # the outlet's name is not a claim
    ],
)
def test_a_digest_sentence_is_supported_by_what_it_cites(story, text, citations, supported):
    scores = evaluate(GOLD_V2, dataclasses.replace(story, digest=(DigestSentence(text=text, citations=citations),)))
    assert (scores.digest_supported.found == 1) is supported, scores.unsupported


def test_the_digest_may_use_the_neutral_wording_a_cue_offers(story):
    x = story.articles[0]
    digest = (DigestSentence(text="The careless council ignored warnings.", citations=("a1.s2",)),)
    report = dataclasses.replace(story, digest=digest, framing=(_cue(x, "reckless", "loaded", neutral="careless"),))
    assert evaluate(GOLD_V2, report).digest_supported.found == 1


def test_loaded_terms_in_the_digest_are_gold_cues_of_any_article_and_kind(story):
    digest = (
        DigestSentence(text="The reckless council ignored warnings for years.", citations=("a1.s2",)),
        DigestSentence(text="The so-called plan failed; recklessness is not claimed.", citations=("a2.s2",)),
    )
    scores = evaluate(GOLD_V2, dataclasses.replace(story, digest=digest))
    assert len(scores.digest_loaded) == 3  # two cues in the first sentence, the hedge in the second
    assert scores.digest_loaded[2].startswith('[1] "so-called" (hedge, y.txt)')
    elsewhere = (DigestSentence(text="Some called the bridge plan reckless; it ignored warnings for years.", citations=("a2.s0",)),)
    scores = evaluate(GOLD_V2, dataclasses.replace(story, digest=elsewhere))
    assert [t.split('"')[1] for t in scores.digest_loaded] == ["ignored warnings for years"]  # one word: only where copied


def test_words_and_numbers_are_compared_lightly():
    assert content_words("Forced, forcing and force: the evacuations") == {"forc", "evacuation"}
    assert numbers("6,200 or 6.200 or 6200") == {"6200"}
    assert numbers("a dozen", words=True) == {"12"}
    assert numbers("Sixty-two people were hurt", words=True) == {"62"}
    assert content_words("11.3%") == content_words("11.3 per cent") == {"percent"}
    assert check_sentence("Crews forced evacuations.", {"s": "The crew is forcing an evacuation."}, set()) == ""


def test_totals_sum_tallies_and_prefix_every_list(story):
    one = evaluate(GOLD_V2, story)
    two = evaluate(GOLD_V2, dataclasses.replace(story, conflicts=()))
    total = totals({"one": one, "two": two})
    assert total["stories"] == 2 and total["tallies"]["conflicts"] == [1, 4]
    assert total["ratios"]["conflicts"] == 0.25 and total["by"]["conflicts_by_kind"]["date"] == [1, 2]
    assert set(total["lists"]) == set(LISTS) and all(item.startswith(("one: ", "two: ")) for item in total["lists"]["missed-conflicts"])
    assert total["counts"]["false_conflicts"] == 0 and set(Scores.COUNTS) <= set(total["counts"])
    assert json.loads(json.dumps(total)) == total


def test_every_stories_dev_gold_reads_as_v2_and_its_texts_occur_in_its_articles():
    golds = sorted(shared_path("data", "stories-dev").glob("*/gold.json"))
    for path in golds:
        gold = load_gold(path)
        assert gold.version == 2 and gold.complete, path
        texts = {name: (path.parent / name).read_text(encoding="utf-8") for name in gold.articles}
        assert [t for t in gold.texts() if t.text not in texts[t.article]] == [], path


def test_loaded_words_quoted_from_an_outlet_are_its_words_not_the_digests(story):
    quoted = (DigestSentence(text="Sources differ on the council: x says “it ignored warnings for years”; y says it acted.",
                             citations=("a1.s2",)),)
    assert evaluate(GOLD_V2, dataclasses.replace(story, digest=quoted)).digest_loaded == ()
    told = (DigestSentence(text="Sources differ on the council: it ignored warnings for years, x says.", citations=("a1.s2",)),)
    assert len(evaluate(GOLD_V2, dataclasses.replace(story, digest=told)).digest_loaded) == 1


def test_a_scare_quote_in_the_digest_is_the_cue_in_quotation_marks_of_its_own(story):
    gold = {**GOLD_V2, "framing": [*GOLD_V2["framing"], {"article": "y.txt", "text": "\"flood plan\"", "kind": "scare_quote"}]}
    named = (DigestSentence(text="The Flood Plan Office said the bridge closed on Monday.", citations=("a2.s0",)),)
    assert evaluate(gold, dataclasses.replace(story, digest=named)).digest_loaded == ()
    scare = (DigestSentence(text="The \"flood plan\" failed, the bridge closed on Monday.", citations=("a2.s0",)),)
    found = evaluate(gold, dataclasses.replace(story, digest=scare)).digest_loaded
    assert len(found) == 1 and '"flood plan"" (scare_quote, y.txt)' in found[0]
