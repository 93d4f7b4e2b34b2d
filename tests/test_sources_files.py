"""Plain-text files to documents (sources/files.py, sources/reading.py)."""

import pytest

from rashomon.errors import EmptyInput
from rashomon.sources import read_sources
from rashomon.sources.files import text_document


@pytest.mark.parametrize("text", ["\u202e\u200b\u2066\n\u200b\n", "\ufeff \u200d\t\u2069", "\u00ad\n\u2060"])
def test_a_text_of_only_invisible_characters_is_empty(tmp_path, text):
    """Bidi controls, zero-width spaces and joiners show nothing: such a file was compared as an
    article of two "sentences", titled with the controls."""
    with pytest.raises(EmptyInput):
        text_document(text, source="blank.txt", outlet="blank", fallback_title="blank")
    path = tmp_path / "blank.txt"
    path.write_text(text, encoding="utf-8")
    documents, skipped = read_sources([str(path)])
    assert documents == [] and len(skipped) == 1 and "invisible" in skipped[0].reason


def test_a_text_with_words_and_a_zero_width_space_is_an_article():
    document = text_document("The ferry\u200b sank on Sunday.", source="a.txt", outlet="a", fallback_title="a")
    assert document.text == "The ferry\u200b sank on Sunday."


def test_a_report_rashomon_wrote_beside_the_articles_is_no_article(tmp_path):
    """``rashomon compare story/ -o story/report.html`` then ``rashomon compare story/``: the HTML
    and Markdown reports were compared as a third article (45 "sentences" of the first two), the
    JSON one skipped as a record with no 'text' field. Every format compare and inspect write is
    now skipped as rashomon's own output."""
    from rashomon import compare, render
    from rashomon.comparison.single import inspect_articles, render_inspection
    from rashomon.sources.detect import OWN_OUTPUT_REASON

    (tmp_path / "north.txt").write_text("Ferry runs aground off Velmora\n\nA ferry ran aground near Velmora Point on "
                                        "Tuesday, injuring 14 people, officials said.\n", encoding="utf-8")
    (tmp_path / "south.txt").write_text("Ferry hits sandbank at Velmora\n\nA ferry hit a sandbank near Velmora Point on "
                                        "Tuesday, injuring 41 people, officials said.\n", encoding="utf-8")
    report = compare([str(tmp_path)])
    inspection = inspect_articles([str(tmp_path / "north.txt")])
    for fmt in ("md", "json", "html"):
        (tmp_path / f"report.{fmt}").write_text(render(report, fmt), encoding="utf-8")
        (tmp_path / f"inspect.{fmt}").write_text(render_inspection(inspection, fmt), encoding="utf-8")
    documents, skipped = read_sources([str(tmp_path)])
    assert sorted(d.source for d in documents) == ["north", "south"]
    assert sorted((s.source.rsplit("/", 1)[-1], s.reason) for s in skipped) == sorted(
        (f"{kind}.{fmt}", OWN_OUTPUT_REASON) for kind in ("report", "inspect") for fmt in ("md", "json", "html"))


def test_an_article_that_names_rashomon_is_still_an_article(tmp_path):
    path = tmp_path / "film.txt"
    path.write_text("Rashomon report: the film returns\n\nThe 1950 film Rashomon returns to cinemas on Friday.\n",
                    encoding="utf-8")
    documents, skipped = read_sources([str(path)])
    assert len(documents) == 1 and skipped == []


def test_a_folders_file_of_an_unknown_type_is_listed_as_skipped_with_why(tmp_path):
    (tmp_path / "one.txt").write_text("The quarry road reopened on Monday after repairs to the culvert.", encoding="utf-8")
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(40))
    (tmp_path / "notes").write_text("to do", encoding="utf-8")
    (tmp_path / ".hidden.bin").write_bytes(b"x")
    documents, skipped = read_sources([tmp_path])
    assert [d.text[:9] for d in documents] == ["The quarr"]
    reasons = {s.source.rsplit("/", 1)[-1]: s.reason for s in skipped}
    assert set(reasons) == {"photo.png", "notes"}  # a hidden file is left out, as before
    assert "“.png” is not a type a folder is read for" in reasons["photo.png"]
    assert "no extension" in reasons["notes"] and "name the file itself" in reasons["notes"]


def test_a_web_page_saved_as_text_is_read_as_a_page(tmp_path):
    page = ("<!DOCTYPE html><html><head><title>Harbour crane falls</title></head><body><article>"
            "<h1>Harbour crane falls</h1><p>A crane at the Elbury container terminal collapsed onto a "
            "moored barge on Tuesday night, the port authority said, and no one was hurt.</p>"
            "<p>Engineers will inspect the other four cranes of the terminal before work resumes there.</p>"
            "</article><footer>© 2025 Elbury Post</footer></body></html>")
    (tmp_path / "saved.txt").write_text(page, encoding="utf-8")
    (document,), skipped = read_sources([tmp_path / "saved.txt"])
    assert not skipped and "<" not in document.text and "collapsed onto a moored barge" in document.text
    # an article that only quotes a tag stays text
    (tmp_path / "about.txt").write_text("Write <html> at the top of the page, the course told its students.", encoding="utf-8")
    (plain,), _ = read_sources([tmp_path / "about.txt"])
    assert plain.text.startswith("Write <html>")
