"""``rashomon demo -o FOLDER``: the README's first command, run as a user runs it."""

from __future__ import annotations

import json
from pathlib import Path

from cli_helpers import EXAMPLES, run


def test_demo_writes_a_report_per_example_story_into_the_folder_it_is_given(tmp_path):
    out = tmp_path / "reports"
    done = run("demo", "-o", str(out), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    stories = sorted(p.parent.name for p in EXAMPLES.glob("*/gold.json"))
    assert len(stories) >= 3
    assert sorted(p.stem for p in out.glob("*.html")) == stories
    assert sorted(p.stem for p in out.glob("*.json")) == stories
    for story in stories:
        assert str((out / f"{story}.html").resolve()) in done.stdout  # the path of each report is printed
        report = json.loads((out / f"{story}.json").read_text(encoding="utf-8"))
        gold = json.loads((EXAMPLES / story / "gold.json").read_text(encoding="utf-8"))
        assert len(report["articles"]) == len(gold["articles"])
        assert (out / f"{story}.html").read_text(encoding="utf-8").lstrip().lower().startswith("<!doctype html")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["reports"]  # nothing written beside it


def test_demo_refuses_an_output_that_is_a_file(tmp_path):
    target = tmp_path / "taken"
    target.write_text("not a folder", encoding="utf-8")
    done = run("demo", "-o", str(target), cwd=tmp_path)
    assert done.returncode != 0
    assert target.read_text(encoding="utf-8") == "not a folder"
    assert "Traceback" not in done.stderr, done.stderr
    assert Path(tmp_path).joinpath("rashomon-demo").exists() is False


def test_demo_refuses_standard_output_as_its_folder(tmp_path):
    """``-o -`` means standard output elsewhere; the demo writes a report per story, so it says so
    and writes nothing (it used to make a folder named ``-``)."""
    done = run("demo", "-o", "-", cwd=tmp_path)
    assert done.returncode == 2
    assert "names a folder" in done.stderr and "Traceback" not in done.stderr
    assert list(tmp_path.iterdir()) == []


def test_demo_says_so_when_its_folder_cannot_be_made(tmp_path):
    """A folder under a file cannot be made: one line and exit code 1, the user's to fix (it was
    "internal error: FileNotFoundError/NotADirectoryError" and exit code 2)."""
    (tmp_path / "taken").write_text("not a folder", encoding="utf-8")
    done = run("demo", "-o", str(tmp_path / "taken" / "reports"), cwd=tmp_path)
    assert done.returncode == 1, done.stderr
    assert "internal error" not in done.stderr and "Traceback" not in done.stderr
    assert "cannot write" in done.stderr and "taken" in done.stderr
