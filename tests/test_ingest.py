"""Ingest from files: every file kind, metadata, and every kind of bad input as a Skipped with its
reason. URLs and feeds: tests/test_ingest_remote.py; dumps read line by line: tests/test_ingest_dumps.py.
"""

from __future__ import annotations

import codecs
import gzip
import json
import logging
from pathlib import Path

import pytest

import rashomon.sources
from rashomon.errors import BinaryInput, DecodeError, EmptyInput, InputError, NoArticle, TooLarge
from rashomon.sources import MalformedInput, iter_sources, read_source, read_sources
from rashomon.model import Document, Skipped

from ingest_mocks import ARTICLE_HTML, DATA, only


# --- the public surface ---------------------------------------------------------------------


def test_public_api_is_exactly_the_documented_names() -> None:
    assert sorted(rashomon.sources.__all__) == ["MalformedInput", "iter_sources", "read_source", "read_sources"]
    assert issubclass(MalformedInput, InputError)


def test_a_wrong_option_raises_at_once() -> None:
    with pytest.raises(ValueError, match="body"):
        read_sources([], csv_columns={"body": "text"})


# --- plain text -----------------------------------------------------------------------------


def test_text_file_with_headline_first_line_keeps_text_whole_and_normalised() -> None:
    (doc,) = read_source(DATA / "headline.txt")
    assert doc.title == "Storm closes mountain pass"
    assert doc.text.startswith("Storm closes mountain pass\n\nA late spring storm")  # kept whole
    assert "\r" not in doc.text and " \n" not in doc.text and not doc.text.endswith("\n")
    assert doc.text.count("\n") == 3  # paragraph breaks kept, the blank line too
    assert doc.source == "headline" and doc.path == str(DATA / "headline.txt")
    assert doc.origin == str(DATA / "headline.txt") and doc.language == "en"


def test_text_file_whose_first_line_is_a_sentence_is_titled_by_its_stem() -> None:
    (doc,) = read_source(DATA / "noheadline.txt")
    assert doc.title == "noheadline"
    assert doc.text.startswith("A late spring storm")


def test_language_is_detected_for_english_and_french() -> None:
    (english,) = read_source(DATA / "noheadline.txt")
    (french,) = read_source(DATA / "french.txt")
    assert (english.language, french.language) == ("en", "fr")


# News paragraphs in other Latin-script languages, written for this test: none may pass the
# English shortcut of detect_language, so each still goes to the classifier.
OTHER_LANGUAGES = {
    "fr": "Le gouvernement a annoncé lundi que le service de ferry vers l'île reprendrait la semaine "
          "prochaine, après trois mois d'interruption. Les habitants, qui attendaient cette décision "
          "depuis le début de l'hiver, se sont dits soulagés, mais le maire a rappelé que les tarifs "
          "augmenteraient de dix pour cent pour financer les réparations du quai.",
    "de": "Die Regierung hat am Montag angekündigt, dass der Fährdienst zur Insel in der kommenden Woche "
          "wieder aufgenommen wird. Die Bewohner, die seit dem Winter auf diese Entscheidung gewartet "
          "hatten, waren erleichtert, doch der Bürgermeister sagte, die Preise würden um zehn Prozent "
          "steigen, um die Reparatur des Anlegers zu bezahlen. Was das für Pendler heißt, ist offen.",
    "nl": "De regering heeft maandag aangekondigd dat de veerdienst naar het eiland volgende week weer "
          "gaat varen. De bewoners, die sinds de winter op dit besluit wachtten, waren opgelucht, maar de "
          "burgemeester zei dat de prijzen met tien procent stijgen om het herstel van de steiger te "
          "betalen. Het is nog niet duidelijk wat dat voor forensen betekent, en hij had geen antwoord.",
    "es": "El gobierno anunció el lunes que el servicio de ferry a la isla se reanudará la próxima semana, "
          "tras tres meses de interrupción. Los vecinos, que esperaban esta decisión desde el invierno, "
          "se mostraron aliviados, pero el alcalde advirtió que las tarifas subirán un diez por ciento "
          "para pagar la reparación del muelle, y que no hay fecha para el segundo barco.",
    "it": "Il governo ha annunciato lunedì che il servizio di traghetto per l'isola riprenderà la prossima "
          "settimana, dopo tre mesi di interruzione. Gli abitanti, che aspettavano questa decisione "
          "dall'inverno, si sono detti sollevati, ma il sindaco ha avvertito che le tariffe aumenteranno "
          "del dieci per cento per pagare la riparazione del molo.",
    "no": "Regjeringen kunngjorde mandag at fergetilbudet til øya blir gjenopptatt neste uke, etter tre "
          "måneders stans. Innbyggerne, som har ventet på denne beslutningen siden vinteren, er lettet, "
          "men ordføreren sa at prisene vil øke med ti prosent for å betale for reparasjonen av kaia. "
          "Det er for tidlig å si hva det betyr for dem som pendler.",
    "pl": "Rząd ogłosił w poniedziałek, że połączenie promowe z wyspą zostanie wznowione w przyszłym "
          "tygodniu, po trzech miesiącach przerwy. Mieszkańcy, którzy czekali na to od zimy, odetchnęli "
          "z ulgą, ale burmistrz powiedział, że ceny wzrosną o dziesięć procent, aby pokryć koszt naprawy "
          "nabrzeża. To jest dla nich duża zmiana i to nie jest koniec.",
}


@pytest.mark.parametrize("code", sorted(OTHER_LANGUAGES))
def test_other_languages_do_not_take_the_english_shortcut(code: str) -> None:
    from rashomon.sources.detect import detect_language, looks_english

    text = OTHER_LANGUAGES[code]
    assert not looks_english(text[:400])
    assert detect_language(text) == code


def test_the_english_shortcut_agrees_with_the_classifier_on_ecbplus(shared) -> None:
    import py3langid

    from rashomon.sources.detect import detect_language, looks_english

    texts = [json.loads(line)["text"] for line in shared("data", "ecbplus", "ecbplus_docs.jsonl").open(encoding="utf-8")]
    taken = [text[:400] for text in texts if looks_english(text[:400])]
    assert len(taken) > 0.8 * len(texts)  # the shortcut is taken for most English news
    assert {py3langid.classify(sample)[0] for sample in taken} == {"en"}
    assert detect_language(texts[0]) == "en"


def test_seed_text_files_are_read_verbatim(seeds_dir) -> None:
    for path in sorted(seeds_dir.glob("*.txt")):
        (doc,) = read_source(path)
        assert doc.text == path.read_text(encoding="utf-8").strip("\n")
        assert doc.title == path.stem  # both seeds open with a full sentence
        assert doc.language == "en"


# --- HTML -----------------------------------------------------------------------------------


def test_html_file_takes_outlet_title_date_and_url_from_metadata() -> None:
    (doc,) = read_source(DATA / "article.html")
    assert doc.source == "The Lakeside Courier"
    assert doc.title == "Ferry service to Marrow Island resumes"
    assert doc.date == "2024-03-14"
    assert doc.url == "https://www.lakesidecourier.example/news/ferry-resumes"
    lines = doc.text.split("\n")
    assert any(line.startswith("The ferry between Port Alder") for line in lines)
    assert any(line.startswith("The operator said a second vessel") for line in lines)
    assert "Home" not in lines and "Contact us" not in doc.text  # navigation and footer left out
    assert all(line.strip() for line in lines)  # one paragraph per line


def test_html_file_without_site_name_falls_back_to_file_stem() -> None:
    (doc,) = read_source(DATA / "nositename.html")
    assert doc.source == "nositename"
    assert doc.title == "Council approves new cycle lanes"
    assert len(doc.text.split("\n")) == 3


def test_html_without_article_text_is_no_article() -> None:
    with pytest.raises(NoArticle, match="no article text"):
        read_source(DATA / "empty_body.html")


def test_html_in_a_declared_legacy_charset_is_decoded(tmp_path: Path) -> None:
    page = ARTICLE_HTML.decode("utf-8").replace('charset="utf-8"', 'charset="windows-1252"')
    page = page.replace("<meta charset=\"utf-8\">", "<meta charset=\"windows-1252\">")
    page = page.replace("operator said.", "operator said, café owners cheered.")
    path = tmp_path / "legacy.html"
    path.write_bytes(page.encode("cp1252"))
    (doc,) = read_source(path)
    assert "café owners cheered" in doc.text


# --- records: JSON, JSONL, CSV ----------------------------------------------------------------


def test_json_list_of_records() -> None:
    first, second = read_source(DATA / "records.json")
    assert first.title == "Library extends opening hours" and first.source == "Northgate Herald"
    assert first.text == (
        "Library extends opening hours\n"  # the headline leads the text, as a text file's first line does
        "The central library will open until nine in the evening from next month, the council said.\n"
        "The change follows a survey of students."
    )
    assert first.date == "2024-02-01" and first.url == "https://northgate.example/library"
    assert first.origin == f"{DATA / 'records.json'}[0]"
    assert second.source == "transitnews.example"  # no source field: the URL's host without www.
    assert second.date == "2024-02-01T10:00:00+00:00"  # milliseconds since the epoch


def test_json_single_record() -> None:
    (doc,) = read_source(DATA / "single.json")
    assert (doc.title, doc.source, doc.origin) == ("Harbour dredging begins", "Bayside Post", str(DATA / "single.json"))


def test_jsonl_bad_lines_are_skipped_with_line_numbers_and_the_rest_is_read(caplog: pytest.LogCaptureFixture) -> None:
    path = DATA / "records.jsonl"
    with caplog.at_level(logging.WARNING, logger="rashomon.sources"):
        docs, skipped = read_sources([path])
    assert [d.origin for d in docs] == [f"{path}:1", f"{path}:6"]
    assert [d.title for d in docs] == ["Water main bursts", "Museum reopens"]
    assert docs[1].date == "2024-04-05T09:00:00+00:00"
    reasons = {s.source.rsplit(":", 1)[1]: s.reason for s in skipped}
    assert set(reasons) == {"2", "3", "4", "7"}
    assert "invalid JSON" in reasons["2"]
    assert "not an object" in reasons["3"]
    assert "no 'text' field" in reasons["4"]
    assert "empty" in reasons["7"]
    assert sum("skipped" in r.message for r in caplog.records) == 4


def test_read_source_raises_the_first_bad_record() -> None:
    with pytest.raises(MalformedInput) as info:
        read_source(DATA / "records.jsonl")
    assert info.value.source.endswith("records.jsonl:2")


def test_csv_with_mapped_columns() -> None:
    columns = {"title": "headline", "text": "body", "source": "outlet", "url": "link", "date": "published"}
    docs, skipped = read_sources([DATA / "records.csv"], csv_columns=columns)
    assert [d.title for d in docs] == ["Pier repairs finished", "Lighthouse tours"]
    assert docs[0].text == "Pier repairs finished\nThe pier reopened to walkers after repairs to its timber deck.\nAnglers returned the same afternoon."
    assert docs[0].source == "Coast Weekly" and docs[0].date == "2024-05-02"
    assert [d.origin.rsplit(":", 1)[1] for d in docs] == ["2", "5"]  # the line each row starts on
    assert [s.source.rsplit(":", 1)[1] for s in skipped] == ["4"]
    assert "empty" in skipped[0].reason


def test_csv_columns_named_as_news_datasets_name_them_are_read() -> None:
    mapped, _ = read_sources([DATA / "records.csv"], csv_columns={"title": "headline", "text": "body", "source": "outlet",
                                                                  "url": "link", "date": "published"})
    docs, skipped = read_sources([DATA / "records.csv"])  # headline, body, outlet, link, published
    assert docs == mapped and [s.source.rsplit(":", 1)[1] for s in skipped] == ["4"]


def test_csv_without_a_text_or_title_column_names_the_columns(tmp_path: Path) -> None:
    path = tmp_path / "numbers.csv"
    path.write_text("id,score\n1,0.5\n")
    docs, skipped = read_sources([path])
    assert docs == [] and "no 'text' column" in skipped[0].reason and "id, score" in skipped[0].reason


def test_a_csv_of_headlines_reads_each_headline_as_its_records_text(tmp_path: Path) -> None:
    path = tmp_path / "headlines.csv"
    path.write_text("ID,TITLE,URL,PUBLISHER,TIMESTAMP\n"
                    "1,Harbour bridge closes for repairs,https://a.example/1,Coast Weekly,1394470370698\n")
    (doc,), skipped = read_sources([path])
    assert skipped == [] and doc.text == doc.title == "Harbour bridge closes for repairs"
    assert doc.source == "Coast Weekly" and doc.url == "https://a.example/1" and doc.date.startswith("2014-03-10")


def test_csv_default_columns_are_the_field_names(tmp_path: Path) -> None:
    path = tmp_path / "plain.csv"
    path.write_text("title,text,source\nA,Some text about the harbour.,Paper\n", encoding="utf-8")
    (doc,) = read_source(path)
    assert (doc.title, doc.text, doc.source, doc.origin) == ("A", "A\nSome text about the harbour.", "Paper", f"{path}:2")


def test_reads_the_ecbplus_jsonl(shared) -> None:
    path = shared("data", "ecbplus", "ecbplus_docs.jsonl")
    docs, skipped = read_sources([path], max_bytes=20_000_000)
    assert skipped == []
    assert len(docs) == sum(1 for line in path.open(encoding="utf-8") if line.strip())
    assert all(d.text and d.language for d in docs)


# --- folders and Documents ----------------------------------------------------------------------


def test_folder_is_read_recursively_in_sorted_order_known_extensions_only() -> None:
    docs, skipped = read_sources([DATA / "folder"])
    assert [Path(d.origin).relative_to(DATA / "folder").as_posix() for d in docs] == ["b.txt", "sub/a.json"]
    assert [(Path(s.source).name, "“.log” is not a type" in s.reason) for s in skipped] == [("notes.log", True)]  # .hidden.json: hidden


def test_empty_folder_is_skipped(tmp_path: Path) -> None:
    _docs, skipped = read_sources([tmp_path])
    assert "no files of a known type" in skipped[0].reason


def test_document_is_passed_through_and_sources_keep_their_order() -> None:
    made = Document(text="Already made.", title="Made", source="Caller")
    items = list(iter_sources([DATA / "single.json", made, DATA / "missing.txt", DATA / "noheadline.txt"]))
    assert isinstance(items[0], Document) and items[1] is made
    assert isinstance(items[2], Skipped) and items[2].reason == "no such file"
    assert isinstance(items[3], Document) and items[3].title == "noheadline"


def test_a_single_path_string_is_one_source() -> None:
    docs, skipped = read_sources(str(DATA / "single.json"))  # type: ignore[arg-type]
    assert len(docs) == 1 and skipped == []


def test_not_a_source_at_all_is_skipped() -> None:
    _docs, skipped = read_sources([42])  # type: ignore[list-item]
    assert "not a path, URL or Document" in skipped[0].reason


def test_a_dict_is_skipped_with_how_to_give_it() -> None:
    # /api/compare takes {"text", "title", "source"}; in Python the same dict was "not a path, URL
    # or Document (dict)", which reads as if a dict were a Document
    _docs, skipped = read_sources([{"text": "The gate cracked on Tuesday.", "source": "North"}])
    assert "rashomon.Document(text=..., title=..., source=...)" in skipped[0].reason


# --- bad files: each kind, and the others are still read ---------------------------------------


def bad_files(tmp_path: Path) -> dict[str, Path]:
    files = {
        "empty.txt": b"",
        "blank.txt": b"  \n\t\r\n   \n",
        "doc.pdf.txt": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
        "pic.html": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        "archive.txt": gzip.compress(b"hello"),
        "nul.txt": b"\x00" * 40 + b"Some text with NUL bytes",
        "control.txt": bytes(range(1, 9)) * 40,
        "garbled.txt": b"The result: \x81\x8d\x8f\x90\x9d and more text here.",
    }
    paths = {}
    for name, data in files.items():
        paths[name] = tmp_path / name
        paths[name].write_bytes(data)
    return paths


def test_each_bad_file_becomes_a_skipped_with_its_reason(tmp_path: Path) -> None:
    paths = bad_files(tmp_path)
    sources = [DATA / "noheadline.txt", *paths.values(), tmp_path / "nope.txt", DATA / "empty_body.html", DATA / "french.txt"]
    docs, skipped = read_sources(sources)
    assert [d.title for d in docs] == ["noheadline", "french"]  # the good ones around the bad are read
    assert len(skipped) == len(paths) + 2
    assert "0 bytes" in only(skipped, "empty.txt").reason
    assert "whitespace" in only(skipped, "blank.txt").reason
    assert "PDF" in only(skipped, "doc.pdf.txt").reason
    assert "PNG" in only(skipped, "pic.html").reason
    assert "gzip" in only(skipped, "archive.txt").reason
    assert "NUL bytes" in only(skipped, "nul.txt").reason
    assert "control bytes" in only(skipped, "control.txt").reason
    assert "offset 12" in only(skipped, "garbled.txt").reason and "0x81" in only(skipped, "garbled.txt").reason
    assert only(skipped, "nope.txt").reason == "no such file"
    assert "no article text" in only(skipped, "empty_body.html").reason


def test_a_stray_nul_byte_is_dropped_not_a_reason_to_skip(tmp_path: Path) -> None:
    path = tmp_path / "stray.txt"
    path.write_bytes(b"Headline\nSome text\x00 with one NUL byte in it, and the rest of the article.\n")
    (document,) = read_source(path)
    assert "\x00" not in document.text and "Some text with one NUL byte" in document.text


@pytest.mark.parametrize(
    ("name", "error"),
    [
        ("empty.txt", EmptyInput),
        ("blank.txt", EmptyInput),
        ("doc.pdf.txt", BinaryInput),
        ("nul.txt", BinaryInput),
        ("control.txt", BinaryInput),
        ("garbled.txt", DecodeError),
    ],
)
def test_read_source_raises_the_precise_error(tmp_path: Path, name: str, error: type[InputError]) -> None:
    path = bad_files(tmp_path)[name]
    with pytest.raises(error) as info:
        read_source(path)
    assert info.value.source == str(path)


def test_too_large_is_decided_from_the_size_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "big.txt"
    path.write_text("word " * 100, encoding="utf-8")

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the file was opened")

    monkeypatch.setattr(Path, "open", refuse)
    monkeypatch.setattr(Path, "read_bytes", refuse)
    with pytest.raises(TooLarge, match="500 bytes over the limit of 100"):
        read_source(path, max_bytes=100)
    _docs, skipped = read_sources([path], max_bytes=100)
    assert "over the limit" in skipped[0].reason


@pytest.mark.parametrize(
    ("encoded", "label"),
    [
        (codecs.BOM_UTF8 + "Café owners cheered the reopening of the bridge.".encode(), "utf-8-sig"),
        ("Café owners cheered the reopening of the bridge.".encode("utf-16"), "utf-16 with BOM"),
        (
            "Le conseil municipal a annoncé jeudi la réouverture du pont, après six mois de travaux. "
            "Les usagers ont salué la nouvelle.".encode("cp1252"),
            "cp1252 guessed",
        ),
    ],
)
def test_encodings_are_decoded(tmp_path: Path, encoded: bytes, label: str) -> None:
    path = tmp_path / "enc.txt"
    path.write_bytes(encoded)
    (doc,) = read_source(path)
    assert "\ufeff" not in doc.text, label
    assert doc.text.startswith(("Café owners", "Le conseil municipal a annoncé")), label


def test_unknown_extension_named_explicitly_is_sniffed(tmp_path: Path) -> None:
    page = tmp_path / "page.download"
    page.write_bytes(ARTICLE_HTML)
    records = tmp_path / "export.dat"
    records.write_text(json.dumps({"text": "A record in a file with an odd name."}), encoding="utf-8")
    (html_doc,) = read_source(page)
    (record_doc,) = read_source(records)
    assert html_doc.source == "The Lakeside Courier"
    assert record_doc.text == "A record in a file with an odd name."


# --- documentation files in folders ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "documentation"),
    [
        ("README.md", True), ("readme.txt", True), ("Readme.md", True), ("LICENSE", True),
        ("LICENSE.txt", True), ("LICENSE-MIT.txt", True), ("CHANGELOG.md", True), ("SOURCE.md", True),
        ("CONTRIBUTING.md", True), ("COPYING.txt", True), ("README-fr.md", True),
        ("source-of-the-nile.txt", False), ("readme-notes-from-the-mayor.txt", False), ("news.txt", False),
        ("license-plates-scandal.html", False), ("history-of-the-port.md", False),
    ],
)
def test_documentation_names(name: str, documentation: bool) -> None:
    from rashomon.sources.files import is_documentation

    assert is_documentation(Path(name)) is documentation


def test_documentation_in_a_folder_is_skipped_and_reported_and_read_when_named(tmp_path: Path) -> None:
    folder = tmp_path / "story"
    folder.mkdir()
    (folder / "README.md").write_text("# About these articles\n\nCollected for a class on the harbour.\n", encoding="utf-8")
    (folder / "LICENSE.txt").write_text("Permission is granted to copy these articles for teaching.\n", encoding="utf-8")
    (folder / "harbour.txt").write_text("Harbour dredging begins\nThe dredgers arrived on Monday morning.\n", encoding="utf-8")
    docs, skipped = read_sources([folder])
    assert [Path(d.path).name for d in docs] == ["harbour.txt"]
    assert sorted(Path(s.source).name for s in skipped) == ["LICENSE.txt", "README.md"]
    assert all("documentation, not an article" in s.reason and "name the file" in s.reason for s in skipped)
    (readme,) = read_source(folder / "README.md")  # named on its own, it is read
    assert "harbour" in readme.text


def test_the_bundled_examples_folder_yields_its_nine_articles_and_reports_the_rest() -> None:
    examples = Path(rashomon.sources.__file__).parents[1] / "examples"
    docs, skipped = read_sources([examples])
    assert len(docs) == 9
    reasons = {Path(s.source).name: s.reason for s in skipped}
    assert "documentation" in reasons.pop("README.md")
    assert set(reasons) == {"gold.json"} and len(skipped) == 4  # three gold files: no 'text' field


def test_an_articles_text_given_where_a_path_goes_is_said_to_be_text() -> None:
    """rashomon.inspect(text) skipped the article as "unreadable (OSError: [Errno 36] File name too long:
    ...)" under the whole text as its name; a name too long for a file was an OSError too."""
    text = "Bridge toll approved\n\nThe council voted on Tuesday to charge a toll. " + "More words follow. " * 20
    documents, skipped = read_sources([text, "x" * 300])
    assert documents == []
    told, too_long = skipped
    assert told.source == "Bridge toll approved…" and "an article's text, not a path" in told.reason
    assert "rashomon.Document(text=" in told.reason
    assert too_long.reason.startswith("no such file")
