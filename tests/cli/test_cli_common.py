"""cli._common: the line said before ``-`` waits on a terminal."""

from __future__ import annotations

import json

import pytest

from cli_helpers import invoke
from rashomon.cli import _common

HINT = "reading standard input; end with Ctrl-D"
TEXT = "The council approved the budget on Monday. The vote was 7 to 2, the clerk said.\n"


def _commands(tmp_path):
    return {
        "compare": (["compare", "-"], TEXT),
        "inspect": (["inspect", "-"], TEXT),
        "ingest": (["ingest", "-", "--db", str(tmp_path / "s.db"), "--no-progress"], TEXT),
        "cluster": (["cluster", "-"], json.dumps({"id": "x", "text": TEXT}) + "\n"),
        "evaluate": (["evaluate", str(tmp_path / "no-gold.json"), "-"], "{}"),
    }


@pytest.mark.parametrize("command", ["compare", "inspect", "ingest", "cluster", "evaluate"])
def test_standard_input_at_a_terminal_is_announced_once_before_reading(tmp_path, monkeypatch, command):
    args, given = _commands(tmp_path)[command]
    monkeypatch.setattr(_common, "stdin_is_terminal", lambda: True)
    done = invoke(*args, input=given)
    assert done.stderr.splitlines()[0] == HINT, done.output
    assert done.stderr.count(HINT) == 1


@pytest.mark.parametrize("command", ["compare", "inspect", "ingest", "cluster", "evaluate"])
def test_piped_standard_input_says_nothing_of_it(tmp_path, command):
    args, given = _commands(tmp_path)[command]
    assert HINT not in invoke(*args, input=given).stderr


def test_a_file_source_says_nothing_even_at_a_terminal(tmp_path, monkeypatch):
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    monkeypatch.setattr(_common, "stdin_is_terminal", lambda: True)
    assert HINT not in invoke("inspect", str(path)).stderr


def test_stdin_is_terminal_asks_the_stream_and_survives_a_closed_one(monkeypatch):
    class Stream:
        def __init__(self, tty: bool | None):
            self.tty = tty

        def isatty(self) -> bool:
            if self.tty is None:
                raise ValueError("I/O operation on closed file")
            return self.tty

    for tty, expected in ((True, True), (False, False), (None, False)):
        monkeypatch.setattr(_common.sys, "stdin", Stream(tty))
        assert _common.stdin_is_terminal() is expected
    monkeypatch.setattr(_common.sys, "stdin", None)
    assert _common.stdin_is_terminal() is False


@pytest.mark.parametrize("command", ["compare", "inspect", "cluster"])
def test_output_dash_writes_to_standard_output_not_a_file_named_dash(tmp_path, monkeypatch, command):
    """`-` is standard input among the sources; `-o -` is standard output, as the default is."""
    monkeypatch.chdir(tmp_path)
    args, given = _commands(tmp_path)[command]
    if command == "compare":
        (tmp_path / "b.txt").write_text("The council approved the budget on Monday. The vote was 6 to 3.\n", encoding="utf-8")
        args = ["compare", "-", str(tmp_path / "b.txt"), "-f", "json"]
        given = TEXT
    done = invoke(*args, "-o", "-", input=given)
    assert done.exit_code == 0, done.output
    assert not (tmp_path / "-").exists()
    assert done.stdout.strip(), done.output
    assert "wrote -" not in done.stderr


def test_an_article_compared_in_part_is_reported_as_capped_not_as_skipped(tmp_path):
    long_line = "The harbour board met again and talked about the quay for a long while. " * 1800
    first = tmp_path / "long.txt"
    first.write_text("Long\n\n" + long_line.strip() + "\n", encoding="utf-8")
    second = tmp_path / "short.txt"
    second.write_text("Short\n\nThe harbour board met again on Monday, the clerk said.\n", encoding="utf-8")
    result = invoke("compare", str(first), str(second), "-f", "json")
    assert result.exit_code == 0, result.output
    lines = [line for line in result.stderr.splitlines() if "long.txt" in line]
    assert lines and all(line.startswith("capped ") and ": capped:" not in line for line in lines), result.stderr
    assert "skipped" not in result.stderr


@pytest.mark.parametrize(("name", "opening"), [("report.html", "<!DOCTYPE html>"), ("report.json", "{"), ("report.md", "# rashomon"),
                                                ("report.txt", "# rashomon")])
@pytest.mark.parametrize("command", ["compare", "inspect"])
def test_without_a_format_the_output_file_s_suffix_names_it(tmp_path, command, name, opening):
    """``-o report.html`` without ``-f`` wrote Markdown into report.html ("wrote report.html");
    the suffix now names the format (.html, .htm, .json, .md), anything else stays Markdown."""
    from cli_helpers import ferry

    out = tmp_path / name
    done = invoke(command, *map(str, ferry(tmp_path)), "-o", str(out))
    assert done.exit_code == 0, done.output
    assert out.read_text(encoding="utf-8").lstrip().lower().startswith(opening.lower())
    explicit = invoke(command, *map(str, ferry(tmp_path)), "-o", str(out), "-f", "md")  # an explicit -f wins
    assert explicit.exit_code == 0 and out.read_text(encoding="utf-8").startswith("# rashomon")
