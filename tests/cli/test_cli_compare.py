"""``rashomon compare``: two files in, a report out (Markdown on the terminal, JSON or HTML to a file)."""

from __future__ import annotations

import json

import pytest

from cli_helpers import ferry, invoke, run


def test_compare_writes_a_json_report_with_the_conflict_and_its_evidence(tmp_path):
    a, b = ferry(tmp_path)
    done = run("compare", a.name, b.name, "-f", "json", "-o", "report.json", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert report["schema"] == "rashomon.report/2"
    assert [article["source"] for article in report["articles"]] == ["harbour-post", "coast-daily"]
    numbers = [c for c in report["conflicts"] if c["kind"] == "number"]
    assert len(numbers) == 1
    sides = {side["article"]: side for side in numbers[0]["sides"]}
    texts = {article["id"]: article["text"] for article in report["articles"]}
    assert texts["a1"][sides["a1"]["start"]:sides["a1"]["end"]] == "Forty"
    assert texts["a2"][sides["a2"]["start"]:sides["a2"]["end"]] == "45"
    assert report["agreements"], "the two reports share claims"
    assert report["settings"]["embedder"] in ("tfidf", "static", "minilm")


def test_compare_prints_markdown_and_writes_html(tmp_path):
    a, b = ferry(tmp_path)
    shown = invoke("compare", str(a), str(b))
    assert shown.exit_code == 0, shown.output
    assert shown.stdout.startswith("# rashomon report")
    assert "## Conflicts" in shown.stdout and "Forty" in shown.stdout and "45 passenger" in shown.stdout
    html = invoke("compare", str(a), str(b), "-f", "html", "-o", str(tmp_path / "report.html"))
    assert html.exit_code == 0, html.output
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert page.lstrip().lower().startswith("<!doctype html") and "Marisol" in page


def test_compare_refuses_one_usable_article_and_names_what_it_skipped(tmp_path):
    a, _ = ferry(tmp_path)
    done = invoke("compare", str(a), str(tmp_path / "missing.txt"))
    assert done.exit_code == 1
    message = " ".join(done.stderr.split())  # the terminal wraps long lines
    assert "need at least two usable articles" in message
    assert "missing.txt: no such file" in message
    assert done.stdout == ""


def test_compare_rejects_an_unknown_format(tmp_path):
    a, b = ferry(tmp_path)
    done = invoke("compare", str(a), str(b), "-f", "pdf")
    assert done.exit_code != 0
    assert "pdf" in done.stderr


@pytest.mark.parametrize("command", ["compare", "inspect", "ingest"])
@pytest.mark.parametrize("value", ["0", "-5"])
def test_a_max_bytes_below_one_is_a_usage_error_not_an_internal_one(tmp_path, command, value):
    """Exit code 1 and the same line for every command that reads (ingest's was the option
    parser's box and exit code 2, where the README names ``--max-bytes 0`` as exit code 1)."""
    extra = ["--db", str(tmp_path / "s.db")] if command == "ingest" else []
    done = invoke(command, *map(str, ferry(tmp_path)), *extra, "--max-bytes", value)
    assert done.exit_code == 1, done.output
    assert "internal error" not in done.output
    assert done.stderr.startswith("error: --max-bytes:")
    assert not (tmp_path / "s.db").exists()


@pytest.mark.parametrize("command", ["compare", "inspect", "ingest"])
@pytest.mark.parametrize("value", ["0", "-1"])
def test_a_timeout_of_zero_or_less_is_a_usage_error(tmp_path, command, value):
    extra = ["--db", str(tmp_path / "s.db")] if command == "ingest" else []
    done = invoke(command, *map(str, ferry(tmp_path)), *extra, "--timeout", value)
    assert done.exit_code == 1, done.output
    assert done.stderr.startswith("error: --timeout:")
    assert not (tmp_path / "s.db").exists()


def test_compare_of_a_file_with_itself_refuses_and_says_why(tmp_path):
    a, _ = ferry(tmp_path)
    done = invoke("compare", str(a), str(a))
    assert done.exit_code == 1, done.output
    message = " ".join(done.stderr.split())
    assert "need at least two usable articles" in message
    assert "same text as" in message
    assert done.stdout == ""


def test_compare_leaves_out_a_repeated_file_and_notes_it(tmp_path):
    a, b = ferry(tmp_path)
    done = invoke("compare", str(a), str(b), str(a), "-f", "json", "-o", str(tmp_path / "r.json"))
    assert done.exit_code == 0, done.output
    report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert len(report["articles"]) == 2
    assert [s for s in report["skipped"] if "same text as" in s["reason"]]
    assert "same text as" in " ".join(done.stderr.split())


def test_a_usage_error_of_the_option_parser_exits_2_as_the_readme_says(tmp_path):
    # click's own usage errors exit 2, as an internal error does; rashomon's own checks exit 1
    done = invoke("compare", *map(str, ferry(tmp_path)), "--no-such-option")
    assert done.exit_code == 2, done.output
    assert "No such option" in done.output and "internal error" not in done.output


def test_compare_contextual_cues_without_the_extra_says_the_pip_line(tmp_path, monkeypatch):
    import rashomon.backends.embedders._base as base

    monkeypatch.setattr(base, "installed", lambda module: module != "transformers")
    a, b = ferry(tmp_path)
    done = invoke("compare", str(a), str(b), "--embedder", "static", "--contextual-cues")
    assert done.exit_code != 0
    assert "pip install 'rashomon[semantic]'" in done.output


def test_compare_records_whether_the_contextual_head_ran(tmp_path):
    a, b = ferry(tmp_path)
    done = invoke("compare", str(a), str(b), "--embedder", "static", "-f", "json", "-o", str(tmp_path / "r.json"))
    assert done.exit_code == 0, done.output
    assert json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["settings"]["contextual_cues"] is False


def test_compare_inspect_and_cluster_map_a_dumps_columns_as_ingest_does(tmp_path):
    """A CSV whose text column has another name was skipped with "map one with --columns
    text=<column> (CLI)", an option only ingest had: compare, inspect and cluster take it too."""
    import csv as csv_module
    import json as json_module

    texts = [("Crane down at Ostmere", "A container crane at the north quay of Ostmere harbour toppled in a gale on Tuesday night, "
              "the port authority said. Nobody was hurt.", "Quay News"),
             ("Gale topples crane", "A crane at Ostmere harbour's north quay fell over in a storm on Tuesday night, "
              "the port authority said. Two workers were hurt.", "Port Wire")]
    dump = tmp_path / "day.csv"
    with dump.open("w", newline="", encoding="utf-8") as handle:
        writer = csv_module.writer(handle)
        writer.writerow(["kop", "story_body", "paper"])
        writer.writerows(texts)
    mapping = ["--columns", "title=kop,text=story_body,source=paper"]
    assert invoke("compare", str(dump), "-f", "json").exit_code == 1  # unmapped: no text column
    compared = invoke("compare", str(dump), *mapping, "-f", "json")
    assert compared.exit_code == 0, compared.output
    assert [a["source"] for a in json_module.loads(compared.stdout)["articles"]] == ["Quay News", "Port Wire"]
    inspected = invoke("inspect", str(dump), *mapping)
    assert inspected.exit_code == 0 and "Outlet: Port Wire" in inspected.stdout
    lines = tmp_path / "day.jsonl"
    lines.write_text("\n".join(json_module.dumps({"id": f"r{n}", "kop": t, "story_body": b}) for n, (t, b, _) in enumerate(texts)))
    clustered = invoke("cluster", str(dump), str(lines), *mapping)
    assert clustered.exit_code == 0, clustered.output
    assert len([line for line in clustered.stdout.splitlines() if line.startswith("{")]) == 4
    assert invoke("compare", str(dump), "--columns", "text").exit_code == 1  # not FIELD=NAME: said, exit 1
