"""The command line's rough edges: cluster reads what ingest reads, an input with no usable
record is an error, counts read as English, demo writes outside the current folder."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rashomon.cli import app

EXAMPLES = Path(__file__).resolve().parents[1] / "src" / "rashomon" / "examples"
runner = CliRunner()


def test_cluster_reads_a_folder_and_a_text_file_as_ingest_does(tmp_path: Path) -> None:
    folder = EXAMPLES / "eskerby-plant-fire"
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["cluster", str(folder), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    articles = sorted(str(p) for p in folder.iterdir() if p.suffix in (".txt", ".html"))
    assert sorted(line["id"] for line in lines) == articles
    assert len({line["story"] for line in lines}) == 1, "one event, one story"
    assert "3 records in 1 story" in result.stderr
    single = runner.invoke(app, ["cluster", str(folder / "green-dispatch.txt")])
    assert single.exit_code == 0 and "1 record in 1 story" in single.stderr


def test_cluster_of_an_input_without_a_usable_record_is_an_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text("not json\n{also not\n", encoding="utf-8")
    result = runner.invoke(app, ["cluster", str(bad)])
    assert result.exit_code == 1
    assert f"no usable record in {bad}" in " ".join(result.stderr.split())
    assert "invalid JSON" in result.stderr
    missing = runner.invoke(app, ["cluster", str(tmp_path / "nope")])
    assert missing.exit_code == 1 and "cannot read" in missing.stderr


def test_ingest_counts_read_as_english(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    result = runner.invoke(app, ["ingest", str(EXAMPLES / "port-aldane-trade-summit" / "kelmark-herald.txt"), "--db", str(db)])
    assert result.exit_code == 0, result.stderr
    assert "stored 1 new article," in result.stdout and "1 story gained articles" in result.stdout
    assert "compared 0 stories" in result.stdout, "one article: nothing to compare"


def test_demo_writes_to_the_user_data_folder_and_says_what_its_scores_are(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["demo"])
    assert result.exit_code == 0, result.stderr
    written = [Path(line) for line in result.stdout.splitlines()]
    assert written and all(p.parent == tmp_path / "data" / "rashomon" / "demo" and p.exists() for p in written)
    assert not (tmp_path / "rashomon-demo").exists()
    assert "against the gold file bundled with its story" in " ".join(result.stderr.split())


def _two_articles(folder: Path) -> list[str]:
    folder.mkdir()
    paths = []
    for name, text in {
        "first.txt": "Bridge shut in Tollby\nThe Heron bridge in Tollby was shut on Monday after a crack was found, the council said.",
        "second.txt": "Tollby closes bridge\nTollby council closed the Heron bridge on Monday when engineers found a crack.",
    }.items():
        (folder / name).write_text(text, encoding="utf-8")
        paths.append(str(folder / name))
    return paths


def test_an_output_file_that_cannot_be_written_is_a_user_error(tmp_path: Path) -> None:
    paths = _two_articles(tmp_path / "in")
    nowhere = tmp_path / "no-such-folder"
    for args in (["compare", *paths, "-o", str(nowhere / "r.html")], ["cluster", *paths, "-o", str(nowhere / "c.jsonl")],
                 ["inspect", paths[0], "-o", str(tmp_path)]):
        result = runner.invoke(app, args)
        assert result.exit_code == 1, (args, result.stderr)
        assert "cannot write" in result.stderr and "internal error" not in result.stderr


def test_user_text_with_brackets_is_shown_literally_not_read_as_markup(tmp_path: Path) -> None:
    paths = _two_articles(tmp_path / "in")
    db = str(tmp_path / "s.db")
    assert runner.invoke(app, ["ingest", *paths, "--db", db, "--no-compare"]).exit_code == 0
    none = runner.invoke(app, ["search", "[/b]nothing", "--db", db])
    assert none.exit_code == 0 and "nothing matches '[/b]nothing'" in none.stderr
    hits = runner.invoke(app, ["search", "Heron [/bridge]", "--db", db])
    assert hits.exit_code == 0 and "'Heron [/bridge]'" in hits.stdout
    bad = runner.invoke(app, ["compare-all", "--db", db, "--format", "[/x]"])
    assert bad.exit_code == 1 and "'[/x]' is not one of text, json" in bad.stderr
    out = tmp_path / "[x].jsonl"
    clustered = runner.invoke(app, ["cluster", *paths, "-o", str(out)])
    assert clustered.exit_code == 0 and f"wrote {out}" in " ".join(clustered.stderr.split())


def test_the_scheduler_help_names_the_distributed_extra() -> None:
    for command in ("ingest", "compare-all"):
        result = runner.invoke(app, [command, "--help"], env={"COLUMNS": "400"})
        assert "pip install 'rashomon[distributed]'" in result.stdout, command


def test_compare_all_counts_read_as_english(tmp_path: Path) -> None:
    paths = _two_articles(tmp_path / "in")
    db = str(tmp_path / "s.db")
    assert runner.invoke(app, ["ingest", *paths, "--db", db, "--no-compare"]).exit_code == 0
    result = runner.invoke(app, ["compare-all", "--db", db])
    assert result.exit_code == 0, result.stderr
    assert "compared 1 story in" in result.stdout



def _python(code: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(Path(__file__).resolve().parents[1] / "src"), os.environ.get("PYTHONPATH", "")])}
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, check=True)


def test_compare_freezes_at_exit_once_its_report_is_written(tmp_path: Path) -> None:
    """``rashomon compare`` freezes what is alive when its process ends (``freeze_at_exit``): the
    report is complete, and a temporary folder made before it is still removed."""
    out = tmp_path / "report.json"
    code = ("import sys, tempfile, pathlib\n"
            "from rashomon.cli import app\n"
            "d = tempfile.TemporaryDirectory(); (pathlib.Path(d.name) / 'x').write_text('x'); print(d.name)\n"
            "try:\n    app(sys.argv[1:])\nexcept SystemExit:\n    pass\n")
    folder = EXAMPLES / "eskerby-plant-fire"
    sources = sorted(str(p) for p in folder.iterdir() if p.suffix == ".txt")[:2]
    done = _python(code, "compare", *sources, "--format", "json", "-o", str(out))
    assert not Path(done.stdout.strip().splitlines()[0]).exists()
    assert len(json.loads(out.read_text(encoding="utf-8"))["articles"]) == 2


def test_importing_the_cli_freezes_nothing_at_exit(tmp_path: Path) -> None:
    """Only a command that has written its output freezes: an unclosed file in a reference cycle
    is still flushed when a process that merely imports the CLI ends."""
    target = tmp_path / "out.txt"
    _python("import rashomon.cli, sys\nf = open(sys.argv[1], 'w'); f.write('written'); f.me = f\n", str(target))
    assert target.read_text() == "written"
