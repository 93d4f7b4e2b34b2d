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
