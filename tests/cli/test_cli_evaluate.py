"""``rashomon evaluate GOLD REPORT``: a bundled story compared, then scored against its gold file."""

from __future__ import annotations

import json

import pytest

from cli_helpers import example_story, ferry, invoke


@pytest.fixture(scope="module")
def story(tmp_path_factory):
    gold, articles = example_story()
    report = tmp_path_factory.mktemp("evaluate") / "report.json"
    done = invoke("compare", *map(str, articles), "-f", "json", "-o", str(report))
    assert done.exit_code == 0, done.output
    return gold, report


def test_evaluate_prints_each_score_and_a_summary_line(story):
    gold, report = story
    done = invoke("evaluate", str(gold), str(report))
    assert done.exit_code == 0, done.output
    for score in ("entities", "shared", "unique", "conflicts", "framing", "boilerplate", "digest"):
        assert score in done.stdout, score
    assert done.stdout.rstrip().splitlines()[-1].startswith("entities ")  # the one-line summary closes it


def test_evaluate_as_json_counts_what_the_gold_file_lists(story):
    gold, report = story
    done = invoke("evaluate", str(gold), str(report), "-f", "json")
    assert done.exit_code == 0, done.output
    scores = json.loads(done.stdout)
    listed = json.loads(gold.read_text(encoding="utf-8"))
    assert scores["conflicts"]["total"] == len(listed["conflicts"])
    assert 0 <= scores["conflicts"]["found"] <= scores["conflicts"]["total"]
    assert scores["digest"]["found"] == scores["digest"]["total"]  # every digest sentence cites validly


def test_evaluate_names_a_missing_report_and_exits_1(story, tmp_path):
    gold, _ = story
    done = invoke("evaluate", str(gold), str(tmp_path / "nope.json"))
    assert done.exit_code == 1
    assert "nope.json" in done.stderr and "not found" in done.stderr
    assert done.stdout == ""


def test_evaluate_refuses_a_report_given_as_the_gold_file(story):
    _, report = story
    done = invoke("evaluate", str(report), str(report))
    assert done.exit_code == 1
    assert done.stderr.startswith("error:") and "Traceback" not in done.stderr


def test_evaluate_says_when_the_report_is_of_another_story(story, tmp_path):
    gold, _ = story
    other = tmp_path / "other.json"
    done = invoke("compare", *map(str, ferry(tmp_path)), "-f", "json", "-o", str(other))
    assert done.exit_code == 0, done.output
    scored = invoke("evaluate", str(gold), str(other))
    assert scored.exit_code == 1, scored.output
    assert "none of the" in scored.stderr and "gold" in scored.stderr
    assert scored.stdout == ""


def test_evaluate_warns_of_gold_articles_missing_from_the_report(story, tmp_path):
    gold, report = story
    data = json.loads(report.read_text(encoding="utf-8"))
    data["articles"] = data["articles"][:-1]
    partial = tmp_path / "partial.json"
    partial.write_text(json.dumps(data), encoding="utf-8")
    scored = invoke("evaluate", str(gold), str(partial))
    assert scored.exit_code == 0, scored.output
    assert "warning:" in scored.stderr and "not in the report" in scored.stderr


def test_evaluate_reads_the_report_from_standard_input(story):
    # rashomon compare ... -f json | rashomon evaluate GOLD -
    gold, report = story
    piped = invoke("evaluate", str(gold), "-", "-f", "json", input=report.read_text(encoding="utf-8"))
    assert piped.exit_code == 0, piped.output
    from_file = invoke("evaluate", str(gold), str(report), "-f", "json")
    assert json.loads(piped.stdout) == json.loads(from_file.stdout)


@pytest.mark.parametrize(("data", "message"), [("", "nothing on standard input"), ("# rashomon report", "not valid JSON"),
                                               ("[1, 2]", "must be a JSON object")])
def test_a_bad_report_on_standard_input_is_a_one_line_error(story, data, message):
    gold, _ = story
    done = invoke("evaluate", str(gold), "-", input=data)
    assert done.exit_code == 1, done.output
    assert message in " ".join(done.stderr.split())


def test_evaluate_says_what_it_doubts_in_the_gold_file(story, tmp_path):
    """A gold conflict of a kind no rule reports was logged as a warning that the package's
    NullHandler kept off the terminal: the user never learnt why it could not be found."""
    gold, report = story
    data = json.loads(gold.read_text(encoding="utf-8"))
    data["conflicts"][0]["kind"] = "person"
    doubtful = tmp_path / "gold.json"
    doubtful.write_text(json.dumps(data), encoding="utf-8")
    scored = invoke("evaluate", str(doubtful), str(report))
    assert scored.exit_code == 0, scored.output
    assert "warning:" in scored.stderr and "conflicts[0].kind 'person' is not one of" in scored.stderr
    assert "warning:" not in invoke("evaluate", str(gold), str(report)).stderr
