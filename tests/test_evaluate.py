"""The evaluation contract: each rule of rashomon.evaluation.scores, hit and missed, on hand-made reports."""

from __future__ import annotations

import dataclasses
import json
import re

import pytest
import typer
from typer.testing import CliRunner

from rashomon.cli.evaluate import register
from rashomon.errors import GoldError, InputError
from rashomon.evaluation.scores import Scores, Tally, covers, evaluate, load_gold, match_articles, normalize, overlaps
from rashomon.model import (
    Agreement,
    Article,
    Claim,
    ClaimRef,
    Conflict,
    ConflictSide,
    DigestSentence,
    Entity,
    FramingCue,
    Mention,
    Removed,
    Report,
    Suspect,
)
from rashomon.comparison.segment import segment


TEXT_A = (
    "Harbour master Ilse Varga closed the port on Monday after a tanker ran aground.\n"
    "Some 12 crew members were rescued by the coastguard.\n"
    "The spill is a “catastrophe” for the bay, fishermen said.\n"
    "The port authority said cleanup crews would work through the night."
)
TEXT_B = (
    "The port was shut on Tuesday by harbourmaster Ilsa Varga once the tanker grounded.\n"
    "A dozen sailors were pulled from the water by coastguard boats.\n"
    "Eco-radicals called the leak a disaster.\n"
    "Varga said it was the worst accident in twenty years."
)
PROMO = "Subscribe to our harbour newsletter for daily shipping news"

GOLD = {
    "about": "a hand-made test story",
    "articles": ["port-a.txt", "port-b.txt"],
    "entities": [
        {"canonical": "Ilse Varga", "variants": ["Ilse Varga", "Ilsa Varga", "Varga"], "garbled": ["Ilsa Varga"]},
        {"canonical": "Coastguard", "variants": ["coastguard"], "garbled": []},
    ],
    "shared": [
        {"port-a.txt": "closed the port", "port-b.txt": "The port was shut"},
        {"port-a.txt": "Some 12 crew members were rescued", "port-b.txt": "A dozen sailors were pulled from the water"},
    ],
    "unique": [
        {"article": "port-a.txt", "text": "cleanup crews would work through the night"},
        {"article": "port-b.txt", "text": "the worst accident in twenty years"},
    ],
    "conflicts": [
        {"kind": "weekday", "sides": {"port-a.txt": "closed the port on Monday", "port-b.txt": "The port was shut on Tuesday"}, "note": "which day"},
    ],
    "framing": [
        {"article": "port-a.txt", "text": "“catastrophe”"},
        {"article": "port-b.txt", "text": "Eco-radicals"},
    ],
    "boilerplate": [{"article": "port-a.txt", "text": PROMO}],
}


def article(article_id: str, text: str, path: str, removed: tuple[Removed, ...] = ()) -> Article:
    return Article(id=article_id, source=path, title="", text=text, sentences=segment(article_id, text), path=path, removed=removed)


def sentence_claim(a: Article, index: int) -> ClaimRef:
    s = a.sentences[index]
    return ClaimRef.of(Claim(id=s.id, article=a.id, sentence=s.id, text=s.text, start=s.start, end=s.end))


def mention(a: Article, name: str) -> Mention:
    start = a.text.index(name)
    return Mention(article=a.id, sentence="", text=name, start=start, end=start + len(name))


def side(a: Article, index: int, value: str) -> ConflictSide:
    s = a.sentences[index]
    return ConflictSide(article=a.id, sentence=s.id, text=s.text, value=value, start=s.start, end=s.end)


def cue(a: Article, text: str, kind: str = "loaded") -> FramingCue:
    start = a.text.index(text)
    return FramingCue(article=a.id, sentence="", text=text, kind=kind, note="", start=start, end=start + len(text))


@pytest.fixture
def perfect() -> Report:
    """A report that finds everything GOLD holds, and nothing else."""
    a = article("a1", TEXT_A, "/tmp/in/port-a.txt", removed=(Removed(text=PROMO, reason="promo", line=4),))
    b = article("a2", TEXT_B, "corpus/port-b.txt")
    return Report(
        articles=(a, b),
        entities=(
            Entity(
                id="e1",
                name="Ilse Varga",
                type="PERSON",
                mentions=(mention(a, "Ilse Varga"), mention(b, "Ilsa Varga"), Mention(article="a2", sentence="a2.s3", text="Varga's", start=0, end=7)),
                suspect=(Suspect(text="Ilsa Varga", article="a2", reason="near miss"),),
            ),
            Entity(id="e2", name="coastguard", type="ORG", mentions=(mention(a, "coastguard"), mention(b, "coastguard"))),
        ),
        agreements=(
            Agreement(claims=(sentence_claim(a, 0), sentence_claim(b, 0)), score=0.8),
            Agreement(claims=(sentence_claim(a, 1), sentence_claim(b, 1)), score=0.7),
        ),
        unique=(sentence_claim(a, 3), sentence_claim(b, 3)),
        conflicts=(Conflict(kind="weekday", explanation="Monday vs Tuesday", sides=(side(a, 0, "Monday"), side(b, 0, "Tuesday"))),),
        framing=(cue(a, "“catastrophe”", "scare_quote"), cue(b, "Eco-radicals")),
        digest=(
            DigestSentence(text="The port closed after a tanker grounded.", citations=("a1.s0", "a2.s0")),
            DigestSentence(text="About twelve crew were rescued.", citations=("a1.s1",)),
        ),
    )


def test_a_perfect_report_scores_full(perfect):
    scores = evaluate(GOLD, perfect)
    for name, ratio in scores.ratios().items():
        assert ratio == 1.0, (name, getattr(scores, name))
    assert scores.counts() == {name: 0 for name in Scores.COUNTS}
    assert scores.absent_from_text == ()
    assert scores.meets({"shared": 1.0, "conflicts": 1.0, "false_conflicts": 0})


def test_missing_one_agreement_loses_exactly_that_pair(perfect):
    scores = evaluate(GOLD, dataclasses.replace(perfect, agreements=perfect.agreements[:1]))
    assert (scores.shared.found, scores.shared.total) == (1, 2)
    assert scores.shared.missed == (
        "(2-way) port-a.txt: Some 12 crew members were rescued <> port-b.txt: A dozen sailors were pulled from the water",
    )
    assert scores.unique.ratio == scores.conflicts.ratio == scores.framing.ratio == 1.0


def test_an_agreement_needs_a_claim_of_each_gold_article(perfect):
    a, b = perfect.articles
    one_sided = Agreement(claims=(sentence_claim(a, 0), sentence_claim(a, 1)))
    assert evaluate(GOLD, dataclasses.replace(perfect, agreements=(one_sided,))).shared.found == 0


def test_containment_rule_needs_five_words_when_the_claim_is_inside_the_gold_text():
    assert covers("Harbour master Ilse Varga closed the port on Monday", "closed the port")  # claim holds gold
    assert covers("crew members were rescued by boats", "Some 12 crew members were rescued by boats today")
    assert not covers("were rescued", "Some 12 crew members were rescued")  # too short to count
    assert not covers("the port reopened", "closed the port")


def test_a_claim_inside_a_gold_text_of_two_sentences_is_covered_without_its_full_stop():
    gold = "The harbour stays shut for days. About 40 boats will be moved to Varn"
    assert covers("About 40 boats will be moved to Varn.", gold)
    assert not covers("About 40 boats will be moved to Varn today.", gold)  # more than the gold says
    assert not covers("be moved to Varn.", gold)  # still too short to count


def test_normalising_ignores_case_curly_quotes_and_spacing():
    assert normalize("  It’s  a “Catastrophe”\n now ") == "it's a \"catastrophe\" now"
    assert covers("It's a \"catastrophe\" now, they said", "it’s a “CATASTROPHE”")
    assert overlaps("\"catastrophe\"", "a “catastrophe” for the bay")


def test_unique_claims_must_come_from_the_same_article(perfect):
    a, b = perfect.articles
    swapped = (ClaimRef(article="a2", sentence="a2.s9", text=a.sentences[3].text), sentence_claim(b, 3))
    scores = evaluate(GOLD, dataclasses.replace(perfect, unique=swapped))
    assert (scores.unique.found, scores.unique.total) == (1, 2)
    assert scores.unique.missed == ("port-a.txt: cleanup crews would work through the night",)


def test_a_gold_unique_claim_put_in_an_agreement_is_listed(perfect):
    a, b = perfect.articles
    wrong = Agreement(claims=(sentence_claim(a, 3), sentence_claim(b, 2)))
    scores = evaluate(GOLD, dataclasses.replace(perfect, agreements=(*perfect.agreements, wrong)))
    assert scores.unique_agreed == ("port-a.txt: cleanup crews would work through the night",)
    assert scores.unique.found == 2 and scores.shared.found == 2  # listed, not taken off other scores
    assert scores.shortfalls({"unique_agreed": 0}) == {"unique_agreed": (1, 0)}


def test_a_false_conflict_is_counted_and_a_wrong_kind_is_not_kind_correct(perfect):
    a, b = perfect.articles
    false = Conflict(kind="number", explanation="12 vs a dozen", sides=(side(a, 1, "12"), side(b, 1, "a dozen")))
    scores = evaluate(GOLD, dataclasses.replace(perfect, conflicts=(*perfect.conflicts, false)))
    assert scores.conflicts.found == 1
    assert scores.false_conflicts == ("number: 12 vs a dozen [port-a.txt: '12'; port-b.txt: 'a dozen']",)

    wrong_kind = dataclasses.replace(perfect.conflicts[0], kind="number")  # "date" would agree: one family
    scores = evaluate(GOLD, dataclasses.replace(perfect, conflicts=(wrong_kind,)))
    assert (scores.conflicts.found, scores.conflict_kinds.found, len(scores.false_conflicts)) == (1, 0, 0)


def test_a_gold_conflict_with_more_sides_is_found_by_any_two_of_them(perfect):
    a, b = perfect.articles
    c = article("a3", "Officials confirmed the Monday closure of the port.", "port-c.txt")
    sides = {**GOLD["conflicts"][0]["sides"], "port-c.txt": "confirmed the Monday closure"}
    gold = {**GOLD, "articles": [*GOLD["articles"], "port-c.txt"], "conflicts": [{"kind": "weekday", "sides": sides}]}
    b_vs_c = Conflict(kind="weekday", explanation="", sides=(side(b, 0, "Tuesday"), side(c, 0, "Monday")))
    report = dataclasses.replace(perfect, articles=(a, b, c), conflicts=(b_vs_c,))
    assert evaluate(gold, report).conflicts.found == 1
    b_off_text = Conflict(kind="weekday", explanation="", sides=(side(b, 2, "Tuesday"), side(c, 0, "Monday")))
    scores = evaluate(gold, dataclasses.replace(report, conflicts=(b_off_text,)))
    assert scores.conflicts.found == 0 and len(scores.false_conflicts) == 1


def test_a_conflict_with_one_side_only_in_the_right_article_is_missed(perfect):
    a, _ = perfect.articles
    half = Conflict(kind="weekday", explanation="", sides=(side(a, 0, "Monday"), side(a, 2, "Tuesday")))
    scores = evaluate(GOLD, dataclasses.replace(perfect, conflicts=(half,)))
    assert scores.conflicts.found == 0 and len(scores.false_conflicts) == 1


def test_a_citation_to_a_missing_sentence_or_no_citation_is_invalid(perfect):
    digest = (
        *perfect.digest,
        DigestSentence(text="Invented.", citations=("a1.s0", "a9.s1")),
        DigestSentence(text="Uncited.", citations=()),
    )
    scores = evaluate(GOLD, dataclasses.replace(perfect, digest=digest))
    assert (scores.digest.found, scores.digest.total) == (2, 4)
    assert scores.uncited == ("[2] Invented. (cites unknown a9.s1)", "[3] Uncited. (no citation)")
    assert scores.counts()["uncited"] == 2 and scores.counts()["unsupported"] == 2


def test_an_empty_digest_does_not_meet_a_digest_target(perfect):
    scores = evaluate(GOLD, dataclasses.replace(perfect, digest=()))
    assert scores.ratios()["digest"] == 0.0
    assert not scores.meets({"digest": 1.0})


def test_entities_split_or_merged_with_another_group_are_not_merged(perfect):
    e1, e2 = perfect.entities
    split = (dataclasses.replace(e1, mentions=e1.mentions[:1]), dataclasses.replace(e1, id="e3", mentions=e1.mentions[1:]), e2)
    assert evaluate(GOLD, dataclasses.replace(perfect, entities=split)).entities.found == 1
    lumped = (dataclasses.replace(e1, mentions=e1.mentions + e2.mentions),)
    scores = evaluate(GOLD, dataclasses.replace(perfect, entities=lumped))
    assert scores.entities.found == 0
    assert scores.entities.missed == ("Ilse Varga (merged with another)", "Coastguard (merged with another)")


def test_garbled_forms_are_matched_as_whole_words_and_false_flags_are_listed(perfect):
    e1, e2 = perfect.entities
    suspects = (
        Suspect(text="harbourmaster Ilsa Varga", article="a2", reason="near miss"),
        Suspect(text="coastguard", article="a1", reason="odd"),
    )
    scores = evaluate(GOLD, dataclasses.replace(perfect, entities=(dataclasses.replace(e1, suspect=suspects), e2)))
    assert scores.garbled.found == 1
    assert scores.false_flags == ("coastguard (in Ilse Varga: odd)",)
    inside_a_word = (Suspect(text="Ilsa Vargas", article="a2", reason="near miss"),)
    scores = evaluate(GOLD, dataclasses.replace(perfect, entities=(dataclasses.replace(e1, suspect=inside_a_word), e2)))
    assert scores.garbled.found == 0


def test_framing_cues_overlap_in_either_direction_within_the_same_article(perfect):
    a, b = perfect.articles
    longer = cue(a, "a “catastrophe” for the bay")
    shorter = cue(b, "radicals")
    scores = evaluate(GOLD, dataclasses.replace(perfect, framing=(longer, shorter)))
    assert scores.framing.found == 2
    wrong_article = FramingCue(article="a1", sentence="", text="Eco-radicals", kind="loaded", note="")
    assert evaluate(GOLD, dataclasses.replace(perfect, framing=(wrong_article,))).framing.found == 0


def test_removed_lines_that_are_not_boilerplate_are_content_lost(perfect):
    a, b = perfect.articles
    lost = Removed(text="The port authority said cleanup crews would work through the night.", reason="promo")
    other = Removed(text="Share this story", reason="share")
    a = dataclasses.replace(a, removed=(*a.removed, lost, other))
    scores = evaluate(GOLD, dataclasses.replace(perfect, articles=(a, b)))
    assert scores.boilerplate.found == 1
    assert scores.content_lost == (f"port-a.txt: {lost.text} (promo)", "port-a.txt: Share this story (share)")
    assert scores.gold_content_lost == 1
    no_removed = dataclasses.replace(a, removed=())
    assert evaluate(GOLD, dataclasses.replace(perfect, articles=(no_removed, b))).boilerplate.found == 0


def test_articles_match_by_path_url_id_or_stem(perfect):
    a, b = perfect.articles
    by_url = dataclasses.replace(a, path=None, url="https://news.example/2024/port-a.txt?ref=rss")
    by_id = dataclasses.replace(b, id="port-b.txt", path=None)
    report = dataclasses.replace(perfect, articles=(by_url, by_id))
    assert match_articles(GOLD["articles"], report) == {"port-a.txt": "a1", "port-b.txt": "port-b.txt"}
    by_stem = dataclasses.replace(a, path="/x/port-a.html")
    assert match_articles(["port-a.txt"], dataclasses.replace(perfect, articles=(by_stem,))) == {"port-a.txt": "a1"}


def test_an_unmatched_gold_article_is_listed_and_its_items_missed(perfect):
    a, b = perfect.articles
    report = dataclasses.replace(perfect, articles=(a, dataclasses.replace(b, path="elsewhere.txt")))
    scores = evaluate(GOLD, report)
    assert scores.unmatched_articles == ("port-b.txt",)
    assert scores.shared.found == 0 and scores.conflicts.found == 0
    assert scores.unique.found == 1


def test_gold_texts_missing_from_the_report_text_are_listed(perfect):
    a, b = perfect.articles
    cut = dataclasses.replace(b, text=b.text.replace("Eco-radicals called the leak a disaster.\n", ""))
    scores = evaluate(GOLD, dataclasses.replace(perfect, articles=(a, cut)))
    assert scores.absent_from_text == ("port-b.txt: Eco-radicals",)


@pytest.mark.parametrize(
    "change, where",
    [
        ({"articles": "port-a.txt"}, "articles"),
        ({"unique": [{"article": "nope.txt", "text": "x"}]}, "unique[0].article"),
        ({"shared": [{"port-a.txt": "only one side"}]}, "shared[0]"),
        ({"framing": [{"article": "port-a.txt", "text": ""}]}, "framing[0].text"),
        ({"conflicts": [{"kind": "number", "sides": {"port-a.txt": "a", "port-c.txt": "b"}}]}, "conflicts[0].sides"),
        ({"entities": [{"variants": ["x"]}]}, "entities[0].canonical"),
    ],
)
def test_a_malformed_gold_names_the_key_at_fault(change, where):
    with pytest.raises(GoldError, match="<gold>: " + re.escape(where) + ":"):
        load_gold({**GOLD, **change})


def test_gold_and_report_files_are_read_and_bad_files_fail_clearly(tmp_path, perfect):
    gold_path, report_path = tmp_path / "gold.json", tmp_path / "report.json"
    gold_path.write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
    report_path.write_text(json.dumps(perfect.to_dict(), ensure_ascii=False), encoding="utf-8")
    assert evaluate(str(gold_path), report_path).shared.ratio == 1.0
    with pytest.raises(GoldError, match="gold file not found"):
        evaluate(tmp_path / "none.json", perfect)
    (tmp_path / "broken.json").write_text("{", encoding="utf-8")
    with pytest.raises(GoldError, match="not valid JSON"):
        evaluate(tmp_path / "broken.json", perfect)
    with pytest.raises(InputError, match="report is not valid JSON"):
        evaluate(GOLD, tmp_path / "broken.json")



def test_gold_and_report_files_with_a_byte_order_mark_are_read(tmp_path, perfect):
    """A gold file saved by Notepad (UTF-8 with a BOM) or a report redirected by Windows
    PowerShell 5 (UTF-16 with a BOM) is the same JSON: read, not "not valid JSON"."""
    gold_path, report_path = tmp_path / "gold.json", tmp_path / "report.json"
    gold_path.write_bytes(b"\xef\xbb\xbf" + json.dumps(GOLD, ensure_ascii=False).encode("utf-8"))
    report_path.write_bytes(json.dumps(perfect.to_dict(), ensure_ascii=False).encode("utf-16"))
    assert evaluate(gold_path, report_path).shared.ratio == 1.0
    report_path.write_bytes(b"\xef\xbb\xbf" + json.dumps(perfect.to_dict(), ensure_ascii=False).encode("utf-8"))
    assert evaluate(gold_path, report_path).shared.ratio == 1.0

def test_scores_round_trip_summarise_and_check_targets(perfect):
    scores = evaluate(GOLD, dataclasses.replace(perfect, agreements=perfect.agreements[:1]))
    assert Scores.from_dict(json.loads(json.dumps(scores.to_dict()))) == scores
    assert "shared 1/2" in scores.summary() and "\n" not in scores.summary()
    assert scores.shortfalls({"shared": 0.9, "unique": 0.5, "false_conflicts": 0}) == {"shared": (0.5, 0.9)}
    assert not scores.meets({"shared": 0.9}) and scores.meets({"shared": 0.5})
    with pytest.raises(ValueError, match="unknown score 'recall'; valid: entities"):
        scores.meets({"recall": 0.5})
    assert Tally(found=0, total=0).ratio == 1.0


def _cli() -> typer.Typer:
    app = typer.Typer()

    @app.callback()
    def main() -> None:  # a group, so the command is called by name as in the real CLI
        pass

    register(app)
    return app


def test_the_command_prints_a_table_or_json_and_exits_zero(tmp_path, perfect):
    gold_path, report_path = tmp_path / "gold.json", tmp_path / "report.json"
    gold_path.write_text(json.dumps(GOLD), encoding="utf-8")
    report_path.write_text(json.dumps(dataclasses.replace(perfect, agreements=()).to_dict()), encoding="utf-8")
    runner = CliRunner()
    text = runner.invoke(_cli(), ["evaluate", str(gold_path), str(report_path), "--details"])
    assert text.exit_code == 0, text.output
    assert "shared 0/2" in text.output and "missed shared (2)" in text.output and "gold v1" in text.output
    as_json = runner.invoke(_cli(), ["evaluate", str(gold_path), str(report_path), "--format", "json"])
    assert as_json.exit_code == 0
    data = json.loads(as_json.stdout)
    assert data["shared"] == evaluate(GOLD, report_path).shared.to_dict() and data["shared"]["found"] == 0
    assert data["ratios"]["shared"] == 0.0 and data["counts"]["false_conflicts"] == 0
    missing = runner.invoke(_cli(), ["evaluate", str(tmp_path / "none.json"), str(report_path)])
    assert missing.exit_code == 1 and "gold file not found" in missing.output


def test_the_seed_gold_loads_and_its_texts_occur_in_the_seed_files(seeds_dir):
    gold = load_gold(seeds_dir / "gold.json")
    assert len(gold.articles) == 2
    texts = {name: (seeds_dir / name).read_text(encoding="utf-8") for name in gold.articles}
    missing = [t for t in gold.texts() if t.text not in texts[t.article]]
    assert missing == []
    assert sum(len(e.garbled) for e in gold.entities) == 8


def test_a_report_given_as_the_gold_file_says_so_and_a_bad_value_is_shown_short(tmp_path, perfect):
    report_path = tmp_path / "report.json"
    report_path.write_text(json.dumps(perfect.to_dict(), ensure_ascii=False), encoding="utf-8")
    with pytest.raises(GoldError, match="is a rashomon.report/2 file, not a gold file") as caught:
        evaluate(report_path, report_path)
    assert len(str(caught.value)) < 300
    with pytest.raises(GoldError, match=r"articles\[0\]: expected a non-empty string") as caught:
        load_gold({**GOLD, "articles": [{"text": "word " * 500}]})
    assert len(str(caught.value)) < 200 and str(caught.value).endswith("…")
