"""Records read from CSV (sources/records.py)."""

import pytest

from rashomon.errors import MalformedInput
from rashomon.sources.records import csv_delimiter, read_csv, read_json, read_jsonl


def test_a_csv_without_a_text_column_names_both_ways_to_map_one():
    with pytest.raises(MalformedInput) as problem:
        list(read_csv("name,score\nAlda,12\n", source="feed.csv", path=None))
    message = str(problem.value)
    assert "'text'" in message and "name, score" in message
    assert "--columns text=<column>" in message and "csv_columns=" in message


def test_a_mapped_text_column_reads_the_record():
    (document,) = list(read_csv("id,body\nr1,Some words here.\n", source="feed.csv", path=None, columns={"text": "body"}))
    assert not isinstance(document, Exception)
    assert document.text.startswith("Some words")




@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16"])
def test_a_csv_written_with_semicolons_is_read_by_its_columns(tmp_path, encoding):
    """Spreadsheets in many locales export CSV with ';' between the cells."""
    from rashomon.sources import read_sources

    rows = ["title;text;outlet",
            '"Dam opens";"The Vessa dam opened its gates on Friday, the water board said.";Vessa Post',
            '"Gates open";"The water board opened the Vessa dam on Saturday; fields flooded.";Dale Wire']
    path = tmp_path / "export.csv"
    path.write_text("\r\n".join(rows) + "\r\n", encoding=encoding)
    documents, skipped = read_sources([str(path)])
    assert skipped == []
    assert [(d.title, d.source) for d in documents] == [("Dam opens", "Vessa Post"), ("Gates open", "Dale Wire")]
    assert documents[1].text.endswith("on Saturday; fields flooded.")


def test_a_comma_csv_whose_cells_hold_semicolons_stays_a_comma_csv(tmp_path):
    from rashomon.sources import read_sources

    path = tmp_path / "plain.csv"
    path.write_text('title,text\n"A; B","One; two; three."\n', encoding="utf-8")
    documents, skipped = read_sources([str(path)])
    assert skipped == [] and [(d.title, d.text) for d in documents] == [("A; B", "A; B\nOne; two; three.")]


def test_a_json_record_is_read_under_the_column_names_a_csv_is_read_under():
    """A CSV's "headline", "body", "outlet", "link" and "published" columns are read as title,
    text, source, url and date: a JSON or JSONL record with the same keys is read the same way."""
    row = {"Headline": "Dam fails", "body": "The dam failed on Friday.", "outlet": "North Post",
           "link": "https://north.example/dam", "published": "2026-06-05"}
    import json

    for documents in (list(read_json(json.dumps([row]), source="dump.json", path=None)),
                      list(read_jsonl(json.dumps(row) + "\n", source="dump.jsonl", path=None))):
        (document,) = documents
        assert not isinstance(document, Exception), document
        assert (document.title, document.text, document.source) == ("Dam fails", "Dam fails\nThe dam failed on Friday.", "North Post")
        assert (document.url, document.date) == ("https://north.example/dam", "2026-06-05")


def test_a_json_record_s_own_field_name_wins_over_an_alias():
    import json

    (document,) = list(read_json(json.dumps({"text": "The text.", "body": "Not this.", "source": "A", "publisher": "B"}),
                                 source="one.json", path=None))
    assert (document.text, document.source) == ("The text.", "A")


def test_a_json_record_whose_text_is_under_an_alias_of_another_type_is_named_by_its_key():
    import json

    (problem,) = list(read_json(json.dumps([{"body": {"html": "<p>x</p>"}}]), source="one.json", path=None))
    assert isinstance(problem, MalformedInput)
    assert "'body'" in str(problem) and "an object" in str(problem)


@pytest.mark.parametrize("written, expected", [
    ("5 June 2026", "2026-06-05"),
    ("June 5, 2026", "2026-06-05"),
    ("Fri, 5 Jun 2026", "2026-06-05"),
    ("Friday 5th June 2026", "2026-06-05"),
    ("Jun. 5, 2026 10:30", "2026-06-05"),
    ("05.06.2026", "2026-06-05"),
    ("2026/06/05", "2026-06-05"),
])
def test_a_date_written_out_is_read_as_iso(written, expected):
    """A dump's dates written for people are stored as ISO 8601, so a story's first and last
    dates and the date filters compare them with the others (as text, "5 June 2026" sorted after
    every ISO date)."""
    from rashomon.sources.records import iso_date

    assert iso_date(written) == expected


@pytest.mark.parametrize("written", ["yesterday", "05/06/2026", "June 2026", "31 June 2026"])
def test_a_date_form_that_names_no_one_day_is_kept_as_written(written):
    from rashomon.sources.records import iso_date

    assert iso_date(written) == written


@pytest.mark.parametrize("stamp, expected", [(2026, "2026"), ("2026", "2026"), (1780000000, "2026-05-28T20:26:40+00:00")])
def test_a_year_told_as_a_number_is_a_year_not_seconds_since_1970(stamp, expected):
    """``"date": 2026`` in a JSON record names a year, as the string "2026" does; only a number too
    large for a year is a time stamp."""
    from rashomon.sources.records import iso_date

    assert iso_date(stamp) == expected


@pytest.mark.parametrize("url", ["javascript:alert(1)", "data:text/html,<script>x()</script>", "VBScript:msgbox(1)"])
def test_a_record_s_url_that_is_no_web_address_is_not_kept(url, caplog):
    """A record's "url" is shown as the article's address and may become a link: a script
    scheme is dropped when the record is read (and said on stderr), the article kept."""
    import json
    import logging

    with caplog.at_level(logging.WARNING):
        for documents in (list(read_jsonl(json.dumps({"text": "The dam failed.", "url": url}) + "\n", source="d.jsonl", path=None)),
                          list(read_csv(f'text,url\n"The dam failed.","{url}"\n', source="d.csv", path=None))):
            (document,) = documents
            assert not isinstance(document, Exception), document
            assert document.url is None and document.text == "The dam failed."
    assert "not an http(s) address" in caplog.text


def test_columns_map_a_json_record_s_keys_as_they_map_a_csv_s_columns(tmp_path):
    """``ingest --columns text=story_body`` names a key of a JSON or JSONL record too (a dump's
    own field names are no alias): the same mapping reads the CSV, the JSON and the JSONL."""
    import json

    from rashomon.sources import read_sources

    row = {"story_body": "The ferry sank near the pier on Sunday.", "hed": "Ferry sinks", "paper": "Dale Wire"}
    (tmp_path / "dump.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")
    (tmp_path / "dump.json").write_text(json.dumps([row]), encoding="utf-8")
    (tmp_path / "dump.csv").write_text('story_body,hed,paper\n"The ferry sank near the pier on Sunday.",Ferry sinks,Dale Wire\n',
                                       encoding="utf-8")
    columns = {"text": "story_body", "title": "HED", "source": "paper"}
    for name in ("dump.jsonl", "dump.json", "dump.csv"):
        documents, skipped = read_sources([str(tmp_path / name)], csv_columns=columns)
        assert skipped == [], (name, skipped)
        assert [(d.title, d.source, d.text) for d in documents] == [("Ferry sinks", "Dale Wire", "Ferry sinks\n" + row["story_body"])], name
    (problem,) = list(read_jsonl(json.dumps({"other": "x"}) + "\n", source="d.jsonl", path=None, columns={"text": "story_body"}))
    assert isinstance(problem, MalformedInput) and "'story_body'" in str(problem)
    # one mapping for a CSV and a JSONL given together: a record without the mapped key is read by its own names
    (document,) = list(read_jsonl(json.dumps({"text": "The ferry sank."}) + "\n", source="d.jsonl", path=None,
                                  columns={"text": "story_body"}))
    assert document.text == "The ferry sank."


def test_a_record_whose_text_is_only_invisible_characters_is_empty():
    import json

    from rashomon.errors import EmptyInput

    (problem,) = list(read_jsonl(json.dumps({"text": "\u200b\u202e \u2066"}) + "\n", source="d.jsonl", path=None))
    assert isinstance(problem, EmptyInput)


@pytest.mark.parametrize("hint, cell", [("sep=;", ";"), ("sep=,", ","), ('"sep=;"', ";"), ("SEP=\t", "\t")])
def test_a_spreadsheet_s_separator_line_names_the_delimiter_and_is_no_header(tmp_path, hint, cell):
    """A CSV that opens with Excel's "sep=;" line: its header was read as "sep=", "" and the file
    refused for having no 'text' column."""
    from rashomon.sources import read_sources

    rows = [hint, cell.join(["title", "text", "outlet"]),
            cell.join(["Dam opens", '"The Vessa dam opened its gates on Friday, the water board said."', "Vessa Post"])]
    path = tmp_path / "export.csv"
    path.write_text("\r\n".join(rows) + "\r\n", encoding="utf-8")
    documents, skipped = read_sources([str(path)])
    assert skipped == [] and [(d.title, d.source) for d in documents] == [("Dam opens", "Vessa Post")]
    (document,) = list(read_csv("\n".join(rows) + "\n", source="e.csv", path=None, delimiter=csv_delimiter("\n".join(rows))))
    assert not isinstance(document, Exception) and document.title == "Dam opens"


def test_a_record_whose_text_is_markup_is_read_as_its_text():
    """Dumps of scraped or CMS articles carry the body as HTML: its tags, a script's code and
    entities were analysed as the article's words ("<p>The ferry ...</p><script>var a=1;</script>")."""
    import json

    body = ("<p>The ferry sank near the pier on Sunday, the coastguard said.</p><script>var a = 1;</script>"
            "<style>p { color: red }</style><p>Two people were rescued by Smith &amp; Sons.<br>Nobody was hurt.</p>")
    (document,) = list(read_jsonl(json.dumps({"body": body}) + "\n", source="d.jsonl", path=None))
    assert not isinstance(document, Exception), document
    assert document.text.splitlines() == ["The ferry sank near the pier on Sunday, the coastguard said.",
                                          "Two people were rescued by Smith & Sons.", "Nobody was hurt."]


@pytest.mark.parametrize("text", ["The court ruled 3 < 4 votes were needed, and x > y held.",
                                  "Readers wrote <b to the editor about the <p> tag in the story."])
def test_a_plain_text_that_names_a_tag_is_kept_as_written(text):
    import json

    (document,) = list(read_jsonl(json.dumps({"text": text}) + "\n", source="d.jsonl", path=None))
    assert document.text == text


def test_a_record_of_the_wrong_json_type_is_named_in_json_words():
    from rashomon.sources.records import record_to_document

    with pytest.raises(MalformedInput) as number:
        record_to_document({"text": 42}, origin="feed.jsonl:1", path=None, fallback_source="feed")
    assert "'text' is a number, not a string" in str(number.value)
    with pytest.raises(MalformedInput) as array:
        record_to_document(["a", "b"], origin="feed.jsonl:2", path=None, fallback_source="feed")
    assert "record is an array, not an object" in str(array.value)
    with pytest.raises(MalformedInput) as flag:
        record_to_document({"text": True}, origin="feed.jsonl:3", path=None, fallback_source="feed")
    assert "is a boolean" in str(flag.value)


def test_records_under_one_key_of_a_json_object_are_read_as_a_list_is():
    """A news API's answer or an export keeps its records under one key ({"status": "ok",
    "articles": [...]}): each is read, named by the key and its place. It was one record with
    no text, and the message pointed at --columns, which cannot help."""
    import json

    answer = {"status": "ok", "totalResults": 3, "articles": [
        {"source": {"id": None, "name": "Harbour Net"}, "title": "Leak in Dornhaven", "url": "https://harbour.example/leak",
         "publishedAt": "2026-03-03T10:00:00Z", "content": "About 1,200 residents of Dornhaven were evacuated on Tuesday."},
        {"title": "Dornhaven evacuation", "content": "Some 2,100 people left their homes in Dornhaven on Tuesday."},
        {"title": "Only a headline"},
    ]}
    found = list(read_json(json.dumps(answer), source="news.json", path=None))
    assert [getattr(d, "origin", None) for d in found[:2]] == ["news.json:articles[0]", "news.json:articles[1]"]
    assert found[0].text.startswith("Leak in Dornhaven\nAbout 1,200") and found[0].url == "https://harbour.example/leak"
    assert found[0].date.startswith("2026-03-03")
    assert isinstance(found[2], MalformedInput) and "news.json:articles[2]" in str(found[2])


def test_an_object_without_text_and_without_one_list_of_records_says_what_it_holds():
    import json

    for data in ({"meta": {"n": 2}, "title": "x"}, {"a": [{"text": "One."}], "b": [{"text": "Two."}]}):
        with pytest.raises(MalformedInput, match="record has no 'text' field"):
            list(read_json(json.dumps(data), source="odd.json", path=None))


@pytest.mark.parametrize("stream", [False, True])
def test_a_line_that_ends_inside_its_record_is_said_so_not_placed_at_column_1(stream):
    """A JSON Lines record cut at the line's end (an unclosed brace, a record split over lines)
    was "invalid JSON at column 1" when the file was streamed (the decoder places it on the
    newline); a mistake inside the line keeps its column."""
    import io
    import re

    from rashomon.sources.records import read_jsonl_stream

    text = '{"id": "a", "title": "Dam"\n{"a": 1,}\n{"text": "open\n'
    if stream:
        found = list(read_jsonl_stream(io.BytesIO(text.encode()), source="d.jsonl", path=None, max_bytes=10_000))
    else:
        found = list(read_jsonl(text, source="d.jsonl", path=None))
    reasons = [str(f) for f in found]
    assert "d.jsonl:1" in reasons[0] and "the line ends at column 26 inside its record" in reasons[0]
    assert "invalid JSON at column 9: Expecting property name" in reasons[1]
    assert not any(re.search(r"column 1\b", reason) for reason in reasons)


def test_a_records_headline_given_apart_leads_its_text():
    lines = "\n".join([
        '{"title": "Reckless driver blamed as trams smash together", "text": "Two trams collided on Tuesday.\\nFourteen were hurt."}',
        '{"title": "Trams collide at the square", "text": "Trams collide at the square\\nTwo trams collided on Tuesday."}',
        '{"text": "Two trams collided on Tuesday, the authority said."}',
    ])
    apart, within, untitled = read_jsonl(lines, source="t.jsonl", path=None)
    # the headline is read with the article, as a text file's first line is
    assert apart.text.splitlines()[0] == "Reckless driver blamed as trams smash together"
    assert apart.title == "Reckless driver blamed as trams smash together"
    # a text that already opens with its headline does not tell it twice
    assert within.text.count("Trams collide at the square") == 1
    assert untitled.text == "Two trams collided on Tuesday, the authority said."


def test_a_record_s_outlet_or_title_of_only_invisible_characters_is_none():
    # a blank outlet fell back to the record's origin, but one of a zero-width space was stored
    # and listed as an outlet nobody can see or pick; such a title led the text as an empty line
    import json

    record = {"id": "z", "outlet": "\u200b", "title": "\u2066\u200b", "text": "The dam failed on Friday."}
    (document,) = list(read_jsonl(json.dumps(record) + "\n", source="d.jsonl", path=None))
    assert not isinstance(document, Exception), document
    assert (document.source, document.title, document.text) == ("d:1", "", "The dam failed on Friday.")
