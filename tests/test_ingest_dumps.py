"""Ingest from dumps read line by line and row by row: JSON Lines and CSV files larger than
``max_bytes`` (the limit applies to each record), and a line or row in another encoding.
Every other file kind: tests/test_ingest.py.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from rashomon.sources import read_source, read_sources
from rashomon.sources.detect import normalize_text

# --- JSONL dumps, line by line --------------------------------------------------------------------


def _line(text: str, **fields: str) -> str:
    return json.dumps({"text": text, **fields}, ensure_ascii=False)


def test_a_jsonl_dump_larger_than_max_bytes_is_read_the_limit_applies_to_each_line(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    lines = [_line(f"Article {i} about the harbour works, told at some length. " * 3) for i in range(40)]
    lines[7] = _line("An oversized record. " * 200)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert path.stat().st_size > 5_000
    docs, skipped = read_sources([path], max_bytes=1_000)
    assert len(docs) == 39
    assert [s.source for s in skipped] == [f"{path}:8"]
    assert "over the limit of 1,000" in skipped[0].reason
    assert docs[7].origin == f"{path}:9"  # the line after the oversized one, numbered as in the file


def test_a_jsonl_line_in_an_unknown_encoding_is_skipped_with_its_line_number(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    good = _line("Le conseil municipal a annoncé jeudi la réouverture du pont, après six mois de travaux.")
    path.write_bytes(
        codecs.BOM_UTF8 + good.encode("utf-8") + b"\n"
        + good.encode("cp1252") + b"\n"  # a legacy line among UTF-8 ones: decoded on its own
        + b'{"text": "\x81\x8d\x8f\x90\x9d\xff\xfe\x81"}\n'  # bytes no encoding reads with confidence
        + _line("The last record is fine.").encode("utf-8") + b"\n"
    )
    docs, skipped = read_sources([path])
    assert [d.origin.rsplit(":", 1)[1] for d in docs] == ["1", "2", "4"]
    assert docs[1].text == docs[0].text
    assert [s.source for s in skipped] == [f"{path}:3"]
    assert "UTF-8" in skipped[0].reason


def test_a_utf16_jsonl_file_is_still_read(tmp_path: Path) -> None:
    path = tmp_path / "wide.jsonl"
    path.write_bytes((_line("Café owners cheered the reopening.") + "\n").encode("utf-16"))
    (doc,) = read_source(path)
    assert doc.text == "Café owners cheered the reopening."


# --- CSV dumps, row by row --------------------------------------------------------------------------


def _csv(rows: list[list[str]], delimiter: str = ",") -> str:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\n").writerows(rows)
    return out.getvalue()


def test_a_csv_dump_larger_than_max_bytes_is_read_the_limit_applies_to_each_row(tmp_path: Path) -> None:
    path = tmp_path / "dump.csv"
    rows = [["title", "text", "source"]]
    rows += [[f"T{i}", f"Article {i} about the harbour works,\ntold \"at some\" length. " * 3, "Paper"] for i in range(30)]
    # Row 8 is too big, and its cells hold quotes, commas and newlines past the point the limit
    # is reached: the rows after it must still be read where they start.
    rows[8] = ["Big", 'An oversized, "quoted"\nrecord, on many lines.\n' * 100, "Paper"]
    path.write_text(_csv(rows), encoding="utf-8")
    assert path.stat().st_size > 5_000
    docs, skipped = read_sources([path], max_bytes=1_000)
    assert [d.title for d in docs] == [f"T{i}" for i in range(30) if i != 7]
    big_line = 1 + sum(row[1].count("\n") + 1 for row in rows[:8])  # the line row 8 starts on
    assert [s.source for s in skipped] == [f"{path}:{big_line}"]
    assert "over the limit of 1,000" in skipped[0].reason
    after = big_line + rows[8][1].count("\n") + 1
    assert docs[7].origin == f"{path}:{after}"  # numbered as in the file
    assert docs[7].text == "T8\n" + normalize_text(rows[9][1])


def test_a_csv_row_that_is_not_utf8_nor_a_confident_guess_is_skipped_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "mixed.tsv"
    head = _csv([["title", "text"], ["Pont", "Le conseil a annoncé la réouverture du pont après six mois."]], "\t")
    path.write_bytes(
        head.encode("utf-8")
        + "Pont\tLe conseil a annoncé la réouverture du pont après six mois de travaux.\n".encode("cp1252")
        + b"Bad\t\x81\x8d\x8f\x90\x9d\xff\xfe\x81\n"
        + b"Last\tThe last row is fine.\n"
    )
    docs, skipped = read_sources([path])
    assert [d.origin.rsplit(":", 1)[1] for d in docs] == ["2", "3", "5"]
    assert docs[1].text.startswith("Pont\nLe conseil a annoncé")
    assert [s.source for s in skipped] == [f"{path}:4"]
    assert "UTF-8" in skipped[0].reason


def test_a_csv_dump_is_streamed_not_read_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from rashomon.sources import reading as sources

    def whole(*_args, **_kwargs):
        raise AssertionError("read whole")

    monkeypatch.setattr(sources, "read_bytes", whole)
    path = tmp_path / "dump.csv"
    path.write_text(_csv([["text"], ["First article text."], ["Second article text."]]), encoding="utf-8")
    docs, skipped = read_sources([path], max_bytes=100)  # the whole file is over 40 bytes: fine
    assert [d.text for d in docs] == ["First article text.", "Second article text."] and skipped == []


def test_reading_local_files_imports_no_network_or_archive_library(tmp_path):
    # A compare of local files must not pay for httpx or warcio at start-up (the cold CLI budget).
    article = tmp_path / "a.txt"
    article.write_text("Title\nThe council met on Monday and approved the budget.\n", encoding="utf-8")
    code = (
        "import sys\n"
        "from rashomon.sources import read_sources\n"
        f"docs, skipped = read_sources([{str(article)!r}])\n"
        "assert len(docs) == 1, skipped\n"
        "print(sorted(m for m in ('httpx', 'warcio') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_articles_another_process_stores_during_a_run_are_put_into_stories(tmp_path: Path) -> None:
    """An article stored by someone else while an ingest runs (the reading child of a killed run
    finishing its batch) is unassigned when the run ends unless the run clusters it: it does."""
    from rashomon.stories.ingestion import ingest
    from rashomon.store.facade import Store

    ours, theirs = tmp_path / "ours", tmp_path / "theirs"
    ours.mkdir()
    theirs.mkdir()
    for i in range(3):
        (ours / f"{i}.txt").write_text(f"Harbour update {i}\nThe harbour office said on day {i} that two piers were closed.\n")
    (theirs / "late.txt").write_text("Late update\nThe harbour office said the seawall would be inspected at dawn.\n")
    db = tmp_path / "store.db"
    stored_meanwhile = []

    def progress(stage: str, done: int, total: int | None) -> None:
        if stage == "reading" and not stored_meanwhile:
            with Store(db) as other:
                stored_meanwhile.append(ingest([theirs], store=other, cluster=False).added)

    with Store(db) as store:
        ingest([ours], store=store, progress=progress, reader="inline")
        assert stored_meanwhile == [1]
        assert store.count() == 4
        assert store.unassigned() == []


def test_a_mapped_csv_column_missing_from_the_header_is_named_not_dropped(tmp_path: Path) -> None:
    path = tmp_path / "sheet.csv"
    path.write_text("Heading,Story\nKiln fire put out,Crews put out a fire at the Brask kiln on Friday.\n", encoding="utf-8")
    docs, skipped = read_sources([path], csv_columns={"title": "headlnie", "text": "Story"})
    assert not docs
    assert "no 'headlnie' column for the title (columns: Heading, Story)" in skipped[0].reason
    docs, skipped = read_sources([path], csv_columns={"title": "heading", "text": "story"})  # a column's case is forgiven
    assert not skipped and docs[0].title == "Kiln fire put out" and docs[0].text.startswith("Kiln fire put out\nCrews put out")


def test_a_raw_control_character_in_json_is_named_without_a_dangling_at(tmp_path: Path) -> None:
    whole, lines = tmp_path / "one.json", tmp_path / "many.jsonl"
    whole.write_text('{"text": "A crane fell\non the quay."}', encoding="utf-8")
    lines.write_text('{"text": "A crane fell\ton the quay."}\n', encoding="utf-8")
    for path in (whole, lines):
        _, skipped = read_sources([path])
        assert skipped[0].reason.endswith("Invalid control character"), skipped[0].reason
