"""scripts/shared_census.py: the mechanism a missed gold shared claim is put under."""

from __future__ import annotations

import pytest

from rashomon.comparison.pipeline import compare
from rashomon.evaluation.rules import Located
from rashomon.settings import Settings

from script_loader import load_script



@pytest.fixture(scope="module")
def census():
    module = load_script("scripts/shared_census.py")
    module._wrap()
    return module


def test_a_pair_keeps_its_strongest_status(census):
    trace = census.Trace()
    key = frozenset(("a1.s1", "a2.s3"))
    trace.note(key, "model", 0.05)
    trace.note(key, "no wording", 0.2)
    trace.note(key, "model", 0.09)
    assert trace.status[key] == ("model", 0.09)
    trace.note(key, "agree", 0.3)
    assert trace.status[key] == ("agree", 0.3)


def test_a_claim_no_sentence_holds_is_a_scoring_loss_and_a_paraphrase_is_weighed(census, tmp_path):
    first = tmp_path / "a.txt"
    second = tmp_path / "b.txt"
    first.write_text(
        "Harbour crane collapses at Pellmouth docks\n\n"
        "A harbour crane collapsed onto a cargo ship at the Pellmouth docks on Monday morning. "
        "The port authority closed the eastern quay for the rest of the week. "
        "Engineers blamed a cracked weld in the boom.\n", encoding="utf-8",
    )
    second.write_text(
        "Crane falls on freighter in Pellmouth\n\n"
        "On Monday morning a crane at the docks of Pellmouth fell onto a freighter. "
        "The eastern quay stays shut until the weekend, the port authority said. "
        "A broken welding seam in the arm caused the fall, according to engineers.\n", encoding="utf-8",
    )
    census.TRACE.__init__()
    report = compare([first, second], settings=Settings(embedder="static"))
    assert census.TRACE.status, "the whole-story alignment's pairs are traced"
    located = Located(report, {"a.txt": report.articles[0].id, "b.txt": report.articles[1].id})
    # a gold text across two sentences is held by no claim
    across = {
        "a.txt": "on Monday morning. The port authority closed the eastern quay",
        "b.txt": "The eastern quay stays shut until the weekend",
    }
    assert census.census_of(report, located, across)["mechanism"] == "scoring"
    # a gold text inside one sentence: found, or one of the alignment mechanisms with a coverage
    weld = {"a.txt": "Engineers blamed a cracked weld in the boom", "b.txt": "A broken welding seam in the arm caused the fall"}
    found = census.census_of(report, located, weld)
    assert found["mechanism"] in census.MECHANISMS + ("found",)
    assert found["size"] == 2 and found["cover"] in (0, 2)
    if found["mechanism"] != "found":
        assert found["notes"] and "p=" in found["notes"][-1]


def test_a_missed_unique_claim_is_put_under_a_unique_mechanism(census, tmp_path):
    first = tmp_path / "a.txt"
    second = tmp_path / "b.txt"
    first.write_text(
        "Ferry strike halts island crossings\n\n"
        "Crews of the Tollard ferry line walked out on Tuesday, halting every crossing to the islands. "
        "The union wants a pay rise of 6 percent, and its leader said the strike would last three days. "
        "The company said it had offered 3 percent.\n", encoding="utf-8",
    )
    second.write_text(
        "Island ferries stand still\n\n"
        "No ferry crossed to the islands on Tuesday after Tollard crews went on strike. "
        "The company has offered a raise of 3 percent. "
        "The union demands 6 percent.\n", encoding="utf-8",
    )
    census.TRACE.__init__()
    report = compare([first, second], settings=Settings(embedder="static"))
    assert census.TRACE.unique_inputs is not None, "the whole-story alignment's unique clauses are traced"
    located = Located(report, {"a.txt": report.articles[0].id, "b.txt": report.articles[1].id})
    # a text no sentence holds whole
    assert census.unique_census_of(report, located, "a.txt", "on Tuesday, halting every crossing. The union") == ("no claim", "")
    # any text of a sentence: a mechanism of the list, with a note saying what it was agreed with
    mechanism, note = census.unique_census_of(report, located, "a.txt", "the strike would last three days")
    assert mechanism in census.UNIQUE_MECHANISMS
    assert note.startswith(("agreed with", "in no agreement"))
    # a figure part's check: the union's 6 percent is stated by the other article too
    claim = next(c for c in report.claims if c.article == report.articles[0].id and "6 percent" in c.text)
    value = next(v for v in claim.values if v.kind == "number" and v.text.startswith("6"))
    assert census.figure_stage(report, claim, value) == "the figure stated elsewhere"
