"""rashomon.inspect and ``rashomon inspect``: each article on its own, one result per input, in order."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "cli"))

import rashomon  # noqa: E402
from cli_helpers import invoke  # noqa: E402
from rashomon.model import Document  # noqa: E402

LOADED = "The reckless minister slammed the so-called reform on Monday.\nPolice said 12 people were arrested on Tuesday.\n"
PLAIN = "The council approved the budget on Monday. The vote was 7 to 2, the clerk said.\n"


def test_inspect_gives_one_result_per_article_in_input_order(tmp_path):
    a, b = tmp_path / "b-loaded.txt", tmp_path / "a-plain.txt"
    a.write_text(LOADED, encoding="utf-8")
    b.write_text(PLAIN, encoding="utf-8")
    result = rashomon.inspect([str(a), str(b)])
    assert isinstance(result, rashomon.Inspection)
    data = result.to_dict()
    assert data["schema"] == rashomon.SCHEMA
    first, second = data["articles"]
    assert first["text"].startswith("The reckless minister") and second["text"].startswith("The council")
    assert set(first) >= {"id", "source", "title", "text", "sentences", "removed", "entities", "claims", "framing"}
    for cue in first["framing"]:
        assert set(cue) >= {"sentence", "text", "start", "end", "kind", "note"}
        assert first["text"][cue["start"] : cue["end"]] == cue["text"]
    kinds = {c["text"]: c["kind"] for c in first["framing"]}
    assert kinds.get("slammed") == "loaded" and kinds.get("so-called") == "hedge"
    assert not [c for c in second["framing"] if c["kind"] != "hedge"]
    assert all(c["kind"] != "voice" for c in first["framing"])


def test_inspect_takes_many_documents_in_one_call():
    docs = [Document(text=f"Sentence number {i} reports a calm council meeting on Monday.", title=f"t{i}", origin=f"d{i}") for i in range(300)]
    result = rashomon.inspect(docs)
    assert [a.article.title for a in result.articles] == [f"t{i}" for i in range(300)]


def test_inspect_keeps_each_records_own_id(tmp_path):
    records = tmp_path / "records.jsonl"
    records.write_text("\n".join(json.dumps(r) for r in (
        {"id": "story-17", "text": LOADED}, {"text": PLAIN}, {"id": "twice", "text": PLAIN}, {"id": "twice", "text": PLAIN},
        {"id": "a.b c", "text": PLAIN}, {"id": 42, "text": PLAIN},
    )) + "\n", encoding="utf-8")
    table = tmp_path / "records.csv"
    table.write_text("ID,headline,body\nk-9,A title,The council approved the budget on Monday.\n", encoding="utf-8")
    data = rashomon.inspect([str(records), str(table)]).to_dict()
    ids = [a["id"] for a in data["articles"]]
    # its own id where usable and unique; its place otherwise (a duplicate, a dot or a space)
    assert ids == ["story-17", "a2", "a3", "a4", "a5", "42", "k-9"]
    first = data["articles"][0]
    assert all(s["id"].startswith("story-17.s") for s in first["sentences"])
    assert first["framing"] and all(c["sentence"].startswith("story-17.s") for c in first["framing"])


def test_inspect_says_which_duplicate_ids_it_replaced(tmp_path):
    records = tmp_path / "records.jsonl"
    records.write_text("\n".join(json.dumps(r) for r in (
        {"id": "twice", "text": PLAIN}, {"id": "once", "text": LOADED}, {"id": "twice", "text": LOADED},
    )) + "\n", encoding="utf-8")
    result = rashomon.inspect([str(records)])
    assert [a.article.id for a in result.articles] == ["a1", "once", "a3"]
    assert result.notes == ("duplicate id 'twice' (records 1 and 3): shown as a1 and a3",)
    assert "notes" not in result.to_dict(), "the report itself is unchanged"
    done = invoke("inspect", str(records), "-f", "json")
    assert done.exit_code == 0, done.output
    assert [a["id"] for a in json.loads(done.stdout)["articles"]] == ["a1", "once", "a3"]
    assert "duplicate id 'twice' (records 1 and 3): shown as a1 and a3" in " ".join(done.stderr.split())
    records.write_text(json.dumps({"id": "one", "text": PLAIN}) + "\n" + json.dumps({"id": "two", "text": PLAIN}) + "\n",
                       encoding="utf-8")
    quiet = invoke("inspect", str(records), "-f", "json")
    assert quiet.exit_code == 0 and "duplicate" not in quiet.stderr


def test_inspect_reports_unreadable_input_as_skipped(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(LOADED, encoding="utf-8")
    result = rashomon.inspect([str(good), str(tmp_path / "missing.txt")])
    assert len(result.articles) == 1 and len(result.skipped) == 1


def test_cli_inspect_json_markdown_and_html(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(LOADED, encoding="utf-8")
    shown = invoke("inspect", str(path), "-f", "json")
    assert shown.exit_code == 0, shown.output
    data = json.loads(shown.stdout)
    assert [c["text"] for c in data["articles"][0]["framing"] if c["kind"] == "loaded"]
    md = invoke("inspect", str(path))
    assert md.exit_code == 0 and "| loaded | slammed |" in md.stdout
    long_name = invoke("inspect", str(path), "-f", "markdown")
    assert long_name.exit_code == 0 and long_name.stdout == md.stdout
    out = tmp_path / "x.html"
    html = invoke("inspect", str(path), "-f", "html", "-o", str(out))
    assert html.exit_code == 0 and "<mark class='framing'" in out.read_text(encoding="utf-8")
    bad = invoke("inspect", str(path), "-f", "pdf")
    assert bad.exit_code != 0 and "pdf" in bad.output


def test_inspect_at_broad_sensitivity_finds_more_loaded_words_and_refuses_an_unknown_one(tmp_path):
    import pytest

    path = tmp_path / "a.txt"
    path.write_text("The reckless minister slammed the utterly chaotic reform on Monday, a shocking move.\n", encoding="utf-8")
    precise = {c.text for c in rashomon.inspect([str(path)]).articles[0].framing}
    broad = {c.text for c in rashomon.inspect([str(path)], sensitivity="broad").articles[0].framing}
    assert precise < broad
    with pytest.raises(ValueError, match="valid: precise, broad"):
        rashomon.inspect([str(path)], sensitivity="wide")
    result = invoke("inspect", str(path), "--sensitivity", "wide")
    assert result.exit_code != 0 and "valid: precise, broad" in result.stdout + result.stderr


def test_cli_inspect_with_nothing_usable_exits_1_and_a_bracketed_name_does_not_crash(tmp_path):
    missing = tmp_path / "[/odd] name.txt"
    result = invoke("inspect", str(missing))
    assert result.exit_code == 1, result.output
    assert "[/odd] name.txt" in result.stderr and "no such file" in result.stderr
    assert "no usable article" in result.stderr


def test_inspect_markdown_escapes_the_title_and_html_cites_each_cue(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text('A <script>alert("hi")</script> headline\n' + LOADED, encoding="utf-8")
    md = invoke("inspect", str(path))
    assert md.exit_code == 0, md.output
    assert "<script>" not in md.stdout and "\\<script\\>" in md.stdout
    html = invoke("inspect", str(path), "-f", "html")
    assert "<script>" not in html.stdout
    cue = next(c for c in rashomon.inspect([str(path)]).articles[0].framing if c.text == "slammed")
    assert f"“slammed” ({cue.sentence}, {cue.start}-{cue.end})" in html.stdout


def test_direction_controls_are_named_in_the_html_inspection(tmp_path) -> None:
    import re

    from rashomon.comparison.single import inspect_articles, render_inspection

    path = tmp_path / "north.txt"
    path.write_text("Ferry \u202esinks\n\nThe ferry sank near the pier on Sunday, the coastguard said.\n", encoding="utf-8")
    page = render_inspection(inspect_articles([str(path)]), "html")
    assert not re.search("[\u202a-\u202e\u2066-\u2069]", page) and "Ferry \u27e8U+202E\u27e9sinks" in page


def test_cli_inspect_contextual_cues_without_the_extra_says_the_pip_line(tmp_path, monkeypatch):
    import rashomon.backends.embedders._base as base

    monkeypatch.setattr(base, "installed", lambda module: module != "transformers")
    path = tmp_path / "a.txt"
    path.write_text("The ministry unveiled a sweeping plan on Tuesday. Critics called it rushed.", encoding="utf-8")
    done = invoke("inspect", str(path), "--contextual-cues")
    assert done.exit_code == 1
    assert "pip install 'rashomon[semantic]'" in done.output
    plain = invoke("inspect", str(path), "-f", "json")  # off by default: the extra is not asked for
    assert plain.exit_code == 0, plain.output


def test_the_html_inspection_writes_no_empty_paragraph_for_a_blank_line(tmp_path) -> None:
    path = tmp_path / "story.txt"
    path.write_text("Quarry road reopens\n\nThe quarry road reopened on Monday.\n\n\nRepairs to the culvert took a month.\n",
                    encoding="utf-8")
    html = invoke("inspect", str(path), "-f", "html")
    assert html.exit_code == 0, html.output
    assert "<p></p>" not in html.stdout
    assert "<p>The quarry road reopened on Monday.</p><p>Repairs to the culvert took a month.</p>" in html.stdout


def test_inspect_markdown_gives_each_removed_line_its_rule_and_line_from_one(tmp_path):
    # it said "1 lines removed" and listed the line bare, where compare gives the rule and the line
    from rashomon.comparison.single import inspect_articles, render_inspection

    path = tmp_path / "dam.txt"
    path.write_text("Gate cracks at Halden dam\n\nThe gate cracked on Tuesday, officials said.\n\n"
                    "Sign up for our morning newsletter to get the latest news.\n", encoding="utf-8")
    page = render_inspection(inspect_articles([str(path)]), "md")
    assert "1 line removed." in page
    assert "- “Sign up for our morning newsletter to get the latest news.”: promo: newsletter sign-up call to action, line 5" in page


def test_inspect_tells_an_articles_language_and_origin(tmp_path):
    """A German record was inspected with nothing to say it is German: its words came out as
    entities ("Dienstag", "Stimmen") without a hint; the JSON had no language, date or URL."""
    dump = tmp_path / "day.jsonl"
    german = ("Der Stadtrat hat am Dienstag mit sieben zu zwei Stimmen beschlossen, die Bibliothek Ende Juni zu schliessen. "
              "Rund 300 Einwohner hatten eine Petition unterschrieben.")
    english = "The council voted on Tuesday to close the library at the end of June. About 300 residents had signed a petition."
    dump.write_text("\n".join(json.dumps({"id": k, "title": "Bibliothek", "text": t, "date": "2026-04-15", "url": "https://example.org/x"})
                              for k, t in (("de1", german), ("en1", english))), encoding="utf-8")
    result = rashomon.inspect([str(dump)]).to_dict()
    first = result["articles"][0]
    assert (first["language"], first["date"], first["url"]) == ("de", "2026-04-15", "https://example.org/x")
    shown = invoke("inspect", str(dump))
    assert shown.exit_code == 0, shown.output
    assert shown.stdout.count("Language: de") == 1 and "Language: en" not in shown.stdout


def test_inspect_markdown_and_html_show_the_names_that_may_be_garbled(tmp_path):
    """The suspect form of a name ("Velin" beside "Vellin") was in the JSON only: Markdown and HTML
    listed the entities and said nothing of it."""
    from rashomon.comparison.single import inspect_articles, render_inspection

    path = tmp_path / "toll.txt"
    path.write_text("Bridge toll approved\n\nMayor Oskar Vellin said the toll would raise money for repairs. "
                    "Mayor Oskar Vellin said cables would be replaced. Later, Mayor Oskar Velin said the toll would be reviewed.\n",
                    encoding="utf-8")
    inspection = inspect_articles([str(path)])
    [entity] = [e for e in inspection.articles[0].entities if e.suspect]
    [suspect] = entity.suspect
    md = render_inspection(inspection, "md")
    assert f"- “Oskar Velin” ({suspect.sentence}, {suspect.start}-{suspect.end}), for Oskar Vellin: " in md
    page = render_inspection(inspection, "html")
    assert "Names that may be garbled" in page and "“Oskar Velin”" in page and "<p>Entities: " in page


def test_inspect_json_tells_a_score_and_a_vote_as_their_split(tmp_path):
    path = tmp_path / "match.txt"
    path.write_text("The Lindham rowing club lost 1-4 to its rivals on Sunday.\n\n"
                    "The board approved the new boathouse 6-3 a day later.\n", encoding="utf-8")
    data = rashomon.inspect([str(path)]).to_dict()
    scores = {v["text"]: v for c in data["articles"][0]["claims"] for v in c["values"] if v["unit"] == "score"}
    assert scores["1-4"]["normalized"] == "4-1 score" and scores["6-3"]["normalized"] == "6-3 score"
    assert all(v["low"] is None and v["high"] is None for v in scores.values())
