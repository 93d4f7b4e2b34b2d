"""scripts/evidence_audit.py: every finding of a real report carries its evidence, and the audit
catches evidence that is wrong (reports written here by hand, with the helper's own sentences)."""

from __future__ import annotations

import dataclasses

import pytest

from rashomon.comparison.pipeline import compare
from rashomon.comparison.segment import segment
from rashomon.demo import example_stories, story_sources
from rashomon.model import (
    Article,
    ClaimRef,
    Conflict,
    ConflictSide,
    DigestSentence,
    Entity,
    FramingCue,
    Mention,
    Report,
    Suspect,
)
from rashomon.settings import Settings

from script_loader import load_script


@pytest.fixture(scope="module")
def evidence():
    return load_script("scripts/evidence_audit.py")


def _problems(evidence, report: Report) -> list[str]:
    return [f"{p.check} {p.where}: {p.detail}" for p in evidence.audit(report) + evidence.rendering_problems(report)]


@pytest.mark.parametrize("story", example_stories(), ids=lambda p: p.name)
def test_every_finding_of_a_bundled_example_carries_its_evidence(evidence, story):
    report = compare(story_sources(story), settings=Settings(embedder="static"))
    assert evidence.checked(report)["conflict_sides"] > 0 or story.name == "port-aldane-trade-summit"
    assert _problems(evidence, report) == []


def test_every_finding_of_the_seeds_carries_its_evidence(evidence, seeds_dir):
    import json

    names = json.loads((seeds_dir / "gold.json").read_text(encoding="utf-8"))["articles"]
    report = compare([seeds_dir / n for n in names], settings=Settings(embedder="static"))
    assert _problems(evidence, report) == []


def _article(article_id: str, source: str, text: str) -> Article:
    return Article(id=article_id, source=source, title="", text=text, sentences=segment(article_id, text))


A1 = _article("a1", "Hollin Gazette", "The ferry left Tarrow at 9 a.m. on Monday. About 40 cars were aboard.")
A2 = _article("a2", "Coastline Radio", "The ferry sailed from Tarrow on Tuesday. Some 60 cars were on deck.")


def _side(article: Article, sentence: int, value: str, group: int, shown: str | None = None) -> ConflictSide:
    s = article.sentences[sentence]
    start = article.text.index(value, s.start)
    return ConflictSide(article=article.id, sentence=s.id, text=s.text, value=shown or value, start=start,
                        end=start + len(value), normalized=value.lower(), group=group)


def _report(**findings) -> Report:
    return Report(articles=(A1, A2), **findings)


def test_a_sound_hand_made_report_has_no_problem(evidence):
    day = Conflict(kind="date", explanation="the day: a1 says Monday, a2 says Tuesday",
                   sides=(_side(A1, 0, "Monday", 0), _side(A2, 0, "Tuesday", 1)))
    cars = Conflict(kind="number", explanation="how many cars", sides=(_side(A1, 1, "40", 0, "about 40"), _side(A2, 1, "60", 1, "some 60")))
    cue = FramingCue(article="a2", sentence="a2.s1", text="on deck", kind="tone", note="a plain place",
                     start=A2.text.index("on deck"), end=A2.text.index("on deck") + 7)
    digest = (DigestSentence(text="Hollin Gazette says the ferry left Tarrow at 9 a.m.", citations=("a1.s0",)),)
    assert _problems(evidence, _report(conflicts=(day, cars), framing=(cue,), digest=digest)) == []


def test_offsets_that_slice_to_other_words_are_caught(evidence):
    cue = FramingCue(article="a1", sentence="a1.s0", text="ferry", kind="loaded", note="n", start=5, end=9)
    problems = _problems(evidence, _report(framing=(cue,)))
    assert any(p.startswith("cue span a1") or p.startswith("cue span cue") for p in problems)
    assert any("starts inside the word" in p for p in problems)


def test_a_side_whose_value_is_not_in_its_sentence_is_caught(evidence):
    wrong = dataclasses.replace(_side(A1, 0, "Monday", 0), sentence="a1.s1", text=A1.sentences[1].text)
    conflict = Conflict(kind="date", explanation="the day", sides=(wrong, _side(A2, 0, "Tuesday", 1)))
    problems = _problems(evidence, _report(conflicts=(conflict,)))
    assert any("outside its sentence" in p for p in problems)
    assert any(p.startswith("conflict value shown") for p in problems)


def test_a_conflict_of_one_group_and_a_twice_listed_finding_are_caught(evidence):
    same = Conflict(kind="date", explanation="the day", sides=(_side(A1, 0, "Monday", 0), _side(A2, 0, "Tuesday", 0)))
    problems = _problems(evidence, _report(conflicts=(same, same)))
    assert any("nothing conflicts" in p for p in problems)
    assert any(p.startswith("conflict unique") for p in problems)
    ref = ClaimRef(article="a1", sentence="a1.s1", text=A1.sentences[1].text, start=A1.sentences[1].start, end=A1.sentences[1].end)
    assert any(p.startswith("unique duplicate") for p in _problems(evidence, _report(unique=(ref, ref))))


def test_a_digest_that_states_what_its_sentences_do_not_is_caught(evidence):
    digest = (
        DigestSentence(text="The ferry carried 45 cars, Hollin Gazette says.", citations=("a1.s1",)),
        DigestSentence(text="The ferry left Tarrow for Brenmouth.", citations=("a1.s0",)),
        DigestSentence(text="Some 60 cars were on deck.", citations=("a2.s7",)),
    )
    problems = _problems(evidence, _report(digest=digest))
    assert any("'45' is in no cited sentence" in p for p in problems)
    assert any("'Brenmouth' is in no cited sentence" in p for p in problems)
    assert any("not in the report" in p for p in problems)


def test_a_name_the_digest_takes_from_the_entity_is_no_problem(evidence):
    # the digest names whom "she" means: the name is one the cited article's entity goes by
    text = "Captain Ilse Varrow spoke to reporters. She said the crossing was calm."
    article = _article("a1", "Hollin Gazette", text)
    mention = Mention(article="a1", sentence="a1.s0", text="Ilse Varrow", start=8, end=19)
    entity = Entity(id="e1", name="Ilse Varrow", type="PERSON", mentions=(mention,), variants=("Ilse Varrow",))
    digest = (DigestSentence(text="Varrow said the crossing was calm.", citations=("a1.s1",)),)
    assert _problems(evidence, Report(articles=(article,), entities=(entity,), digest=digest)) == []
    stray = Suspect(text="Varow", article="a1", reason="one letter off", sentence="a1.s0", start=8, end=13)
    flagged = dataclasses.replace(entity, suspect=(stray,))
    assert any(p.startswith("garbled span") for p in _problems(evidence, Report(articles=(article,), entities=(flagged,))))


def test_a_digest_that_quotes_words_no_outlet_wrote_is_caught(evidence):
    digest = (DigestSentence(text="Sources differ on the order: Hollin Gazette says “ferry/leav before car/board”; "
                                  "Coastline Radio says “sailed”.", citations=("a1.s0", "a2.s0")),)
    problems = _problems(evidence, _report(digest=digest))
    assert [p for p in problems if p.startswith("digest quote")] == [
        "digest quote digest 1: it quotes 'ferry/leav before car/board', which no cited sentence writes"]
