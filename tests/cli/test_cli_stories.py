"""``rashomon stories``: the stories of a store, as a table and as JSON, filtered."""

from __future__ import annotations

import json

import pytest

from cli_helpers import example_articles, example_library, invoke


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    return example_library(tmp_path_factory.mktemp("stories"))


def test_stories_as_json_are_the_example_stories_with_their_outlets(db):
    done = invoke("stories", "--db", db, "-f", "json")
    assert done.exit_code == 0, done.output
    listed = json.loads(done.stdout)
    expected = sorted(sorted(outlets) for outlets in example_articles().values())
    assert sorted(sorted(story["outlets"]) for story in listed) == expected
    assert all(story["size"] == len(story["outlets"]) for story in listed)
    dated = [story["last_date"] or "" for story in listed]
    assert dated == sorted(dated, reverse=True)  # most recent first


def test_stories_table_and_filters(db):
    table = invoke("stories", "--db", db)
    assert table.exit_code == 0, table.output
    assert f"{len(example_articles())} stories" in table.stdout
    wide = json.loads(invoke("stories", "--db", db, "-f", "json", "--min-outlets", "4").stdout)
    assert [len(s["outlets"]) for s in wide] == [n for n in map(len, example_articles().values()) if n >= 4]
    one = json.loads(invoke("stories", "--db", db, "-f", "json", "--limit", "1").stdout)
    assert len(one) == 1


def test_stories_outlet_ignores_case_and_surrounding_spaces(db):
    everything = json.loads(invoke("stories", "--db", db, "-f", "json").stdout)
    name = everything[0]["outlets"][0]
    exact = json.loads(invoke("stories", "--db", db, "-f", "json", "--outlet", name).stdout)
    typed = json.loads(invoke("stories", "--db", db, "-f", "json", "--outlet", f"  {name.swapcase()} ").stdout)
    assert exact and typed == exact
    assert "case" in " ".join(invoke("stories", "--help").stdout.split())


def test_stories_rejects_a_bad_date_and_an_unknown_format(db):
    bad = invoke("stories", "--db", db, "--since", "yesterday")
    assert bad.exit_code != 0 and "yesterday" in " ".join(bad.stderr.split())
    assert invoke("stories", "--db", db, "-f", "xml").exit_code != 0


@pytest.mark.parametrize("value", ["2026-13-01", "2026-02-30", "2026-00-10"])
def test_stories_rejects_a_date_that_is_not_on_the_calendar(db, value):
    bad = invoke("stories", "--db", db, "--until", value)
    assert bad.exit_code == 1, bad.output
    assert value in bad.stderr and "not an ISO date" in bad.stderr


@pytest.mark.parametrize("command", [["stories"], ["search", "ferry"], ["show", "1"], ["compare-all"]])
def test_a_read_command_on_an_empty_file_writes_nothing_into_it(tmp_path, command):
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    done = invoke(*command, "--db", str(empty))
    assert done.exit_code == 1, done.output
    assert "no store at" in done.stderr
    assert empty.stat().st_size == 0, "a read command never creates a store"


def test_a_since_after_the_until_is_refused_not_answered_with_no_stories(db):
    """``--since 2026-03-04 --until 2026-03-01`` said "no stories match", as if the store had none
    in those days; the two dates are the wrong way round."""
    done = invoke("stories", "--db", db, "--since", "2026-03-04", "--until", "2026-03-01")
    assert done.exit_code == 1
    assert "--since 2026-03-04 is after --until 2026-03-01" in " ".join(done.stderr.split())
