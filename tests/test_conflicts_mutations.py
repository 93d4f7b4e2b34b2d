"""bench/conflicts_mutations.py: conflicts planted in an article's copy."""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from conflicts_mutations import Change, changes, chosen, main, run_change  # noqa: E402

from rashomon.settings import Settings  # noqa: E402
from rashomon.sources import read_sources  # noqa: E402
from tests.shared_data import shared_path  # noqa: E402

TEXT = ("Crews rescued 37 people from the flooded estate on Tuesday, the fire service said.\n"
        "More than 200 homes were damaged, and 1,200 residents left, among them Ada Morn, 54.\n"
        "\"We will not leave our street,\" one resident said on March 3. The storm of 2024 was worse.")


def test_changes_skip_years_days_of_a_month_and_bounds():
    found = {(c.kind, c.before, c.after) for c in changes(TEXT)}
    assert ("number", "37", "52") in found and ("number", "1,200", "1,680") in found
    assert ("weekday", "Tuesday", "Wednesday") in found and ("negation", " not", "") in found
    assert not {c.before for c in changes(TEXT)} & {"200", "3", "2024"}  # a bound, a day of a month, a year


def test_a_figure_the_article_tells_twice_is_left_alone():
    text = "Thirty-one people were hurt.\nThe crush left 31 people hurt and 12 in hospital."
    assert [c.before for c in chosen(text, "number")] == ["12"]


def test_a_changed_figure_is_found_with_nothing_else(tmp_path):
    path = tmp_path / "flood.txt"
    path.write_text("Flood hits Carrow estate\n" + TEXT + "\n", encoding="utf-8")
    (document,), _ = read_sources([path])
    change = next(c for c in chosen(document.text, "number") if c.before == "37")
    found, others = run_change(document, change, Settings(embedder="static"))
    assert found is True and others == []


def test_a_weekday_changed_beside_its_date_is_told_by_the_two_weekdays():
    # "Tuesday 9 September" against "Wednesday 9 September", no year written: the finding was "the
    # year" between two "9 September"s
    path = shared_path("data", "stories-dev", "d3-spy-row-lirenia-darvand", "b.txt")
    (document,), _ = read_sources([path])
    change = next(c for c in chosen(document.text, "weekday") if c.before == "Tuesday")
    found, others = run_change(document, change, Settings(embedder="static"))
    assert found is True and others == []


def test_the_bench_prints_its_table_on_the_examples(capsys):
    assert main(["--set", "examples"]) == 0
    out = capsys.readouterr().out
    assert "| examples |" in out and "false conflicts" in out
