"""``rashomon cluster INPUT.jsonl``: records in, one JSON line per record out, no store."""

from __future__ import annotations

import json

import pytest

from cli_helpers import invoke, run

RECORDS = [
    {"id": "q1", "title": "Quake hits Valparaiso", "text": "A strong earthquake hit Valparaiso on Monday, damaging the port and the old town."},
    {"id": "e1", "title": "Solberg wins Norway vote", "text": "Erna Solberg won the election in Norway, beating the Labour party in Oslo."},
    {"id": "q2", "title": "Valparaiso earthquake damages port", "text": "The earthquake in Valparaiso damaged the port and houses in the old town on Monday."},
    {"id": "e2", "title": "Norway election: Solberg wins", "text": "In Oslo, Erna Solberg won Norway's election ahead of the Labour party."},
]


def write(path, lines):
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def stories(stdout: str) -> dict[str, str]:
    return {line["id"]: line["story"] for line in map(json.loads, stdout.splitlines())}


def test_cluster_groups_the_records_and_reports_bad_lines(tmp_path):
    path = write(tmp_path / "records.jsonl", [*map(json.dumps, RECORDS), "not json", json.dumps({"title": "no id"})])
    done = run("cluster", path.name, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    placed = stories(done.stdout)
    assert set(placed) == {"q1", "q2", "e1", "e2"}
    assert placed["q1"] == placed["q2"] and placed["e1"] == placed["e2"] and placed["q1"] != placed["e1"]
    assert "records.jsonl:5: invalid JSON at column 1: Expecting value" in done.stderr
    assert "records.jsonl:6: missing or invalid 'id'" in done.stderr
    assert "4 records in 2 stories" in done.stderr and "2 lines skipped" in done.stderr


def test_cluster_says_a_line_ends_inside_its_record_rather_than_column_1(tmp_path):
    path = write(tmp_path / "records.jsonl", [json.dumps(RECORDS[0]), '{"id": "cut", "title": "Dam"'])
    done = run("cluster", path.name, cwd=tmp_path)
    assert "records.jsonl:2: invalid JSON: the line ends at column 28 inside its record" in done.stderr


def test_cluster_reads_stdin_and_writes_a_file_in_batch_mode(tmp_path):
    out = tmp_path / "stories.jsonl"
    done = invoke("cluster", "-", "--batch", "-o", str(out), "--no-progress",
                  input="".join(json.dumps(r) + "\n" for r in RECORDS))
    assert done.exit_code == 0, done.output
    assert done.stdout == ""
    placed = stories(out.read_text(encoding="utf-8"))
    assert [line for line in placed] == [r["id"] for r in RECORDS]  # batch answers in input order
    assert placed["q1"] == placed["q2"] != placed["e1"] == placed["e2"]


def test_cluster_of_a_missing_file_exits_1(tmp_path):
    done = invoke("cluster", str(tmp_path / "absent.jsonl"))
    assert done.exit_code == 1
    assert "absent.jsonl" in " ".join(done.stderr.split())


@pytest.mark.parametrize("threshold", ["5", "-1", "nan"])
def test_a_threshold_outside_zero_to_one_is_a_usage_error(tmp_path, threshold):
    source = tmp_path / "in.jsonl"
    source.write_text('{"id": "a", "text": "A ferry sank off Kessing on Monday."}\n', encoding="utf-8")
    done = invoke("cluster", str(source), "--threshold", threshold)
    assert done.exit_code == 1, done.output
    assert "internal error" not in done.output
    assert "--threshold" in done.stderr and "between 0 and 1" in done.stderr


@pytest.mark.parametrize("from_stdin", [False, True])
def test_a_jsonl_file_saved_with_a_byte_order_mark_keeps_its_first_record(tmp_path, from_stdin):
    # Notepad writes UTF-8 with a BOM and CRLF line ends; ingest and compare read such a file whole
    data = "\ufeff" + "".join(json.dumps(r) + "\r\n" for r in RECORDS)
    path = tmp_path / "records.jsonl"
    path.write_bytes(data.encode("utf-8"))
    done = invoke("cluster", "-" if from_stdin else str(path), "--no-progress", input=data if from_stdin else None)
    assert done.exit_code == 0, done.output
    assert "invalid JSON" not in done.stderr and "0 lines skipped" in done.stderr
    assert set(stories(done.stdout)) == {r["id"] for r in RECORDS}


def test_a_csv_dump_on_stdin_is_read_as_records_not_as_bad_json_lines():
    rows = ["id,title,text"] + [f'{r["id"]},"{r["title"]}","{r["text"]}"' for r in RECORDS]
    done = invoke("cluster", "-", "--no-progress", input="\r\n".join(rows) + "\r\n")
    assert done.exit_code == 0, done.output
    assert "invalid JSON" not in done.stderr
    placed = stories(done.stdout)
    assert len(placed) == 4 and "4 records in 2 stories" in done.stderr


def test_a_csv_row_with_a_date_ingest_keeps_as_written_is_clustered_without_it(tmp_path):
    """ingest stores "5 June 2026" as written and clusters the article without a date: cluster
    does the same rather than skipping the row (it said "skipped x.csv:2: x.csv:2: date ...")."""
    path = tmp_path / "dump.csv"
    path.write_text('title,text,date\nDam fails,"The Orvik dam failed on Friday, flooding 40 homes.",5 June 2026\n'
                    'Orvik dam breach,"The Orvik dam failed on Friday, flooding 60 homes.",2026-06-05\n', encoding="utf-8")
    done = invoke("cluster", str(path))
    assert done.exit_code == 0, done.output
    assert [json.loads(line)["id"].rsplit(":", 1)[1] for line in done.stdout.splitlines()] == ["2", "3"]
    assert "skipped " not in done.stderr.replace("0 skipped", "")


@pytest.mark.parametrize("date", ["Fri, 05 Jun 2026 09:00:00 GMT", "05.06.2026", 1780650000, "the day before"])
def test_a_jsonl_record_with_a_date_ingest_reads_is_clustered_not_skipped(tmp_path, date):
    """A JSON line's date is read as ingest reads it (RFC 2822, a dotted day, epoch seconds;
    a form it keeps as written is clustered without a date), as a CSV row's is: the record was
    skipped ("date ... is not ISO 8601", "'date' must be a string") while ingest stored it."""
    path = write(tmp_path / "dump.jsonl", [
        json.dumps({"id": "d1", "title": "Dam fails", "text": "The Orvik dam failed on Friday, flooding 40 homes.", "date": date}),
        json.dumps({"id": "d2", "title": "Orvik dam breach", "text": "The Orvik dam failed on Friday, flooding 60 homes.",
                    "published": "2026-06-05"}),
    ])
    for mode in ([], ["--batch"]):
        done = invoke("cluster", str(path), *mode)
        assert done.exit_code == 0, done.output
        assert set(stories(done.stdout)) == {"d1", "d2"}
        assert "skipped " not in done.stderr.replace("0 lines skipped", "")


def test_a_skipped_record_is_named_once(tmp_path, monkeypatch):
    from rashomon.errors import InputError
    from rashomon.stories import records

    def refuse(cls, data):
        raise InputError(data["id"], "no good")

    monkeypatch.setattr(records.ClusterRecord, "from_dict", classmethod(refuse))
    path = tmp_path / "dump.csv"
    path.write_text('title,text,date\nDam fails,"The Orvik dam failed on Friday.",2026-06-05\n', encoding="utf-8")
    done = invoke("cluster", str(path))
    assert f"skipped {path}:2: no good" in done.stderr.replace("\n", " "), done.stderr


def test_the_settings_line_counts_the_clustered_records_under_their_usual_field_names(tmp_path):
    """Records with "headline" and "body" have bodies; a record skipped for its id is not
    clustered: the settings line said "3 of 3" headline-only records here."""
    body = "The ferry sank near the pier on Sunday, the coastguard said, and two people were rescued by a boat."
    path = write(tmp_path / "dump.jsonl", [json.dumps({"id": "x1", "headline": "Ferry sinks", "body": body}),
                                           json.dumps({"id": "x2", "headline": "Ferry lost", "body": body + " More."}),
                                           json.dumps({"headline": "No id here"})])
    done = invoke("cluster", str(path))
    assert done.exit_code == 0, done.output
    assert "(0 of 2: no body" in done.stderr, done.stderr
