"""Rendering: JSON round trip and schema, Markdown layout and escaping, the HTML page's
escaping, in-place highlights, links and self-containment. The reports are built in
tests/report_builders.py; the summary at the top is tested in tests/test_render_summary.py."""

from __future__ import annotations

import dataclasses
import importlib
import json
import re
import typing
from html.parser import HTMLParser
from pathlib import Path

import pytest

import rashomon.model as model
from rashomon.errors import InputError, UnknownBackend
from rashomon.model import (
    SCHEMA,
    Article,
    DigestSentence,
    Entity,
    FramingCue,
    Report,
    Suspect,
)
from rashomon.renderers import FORMATS, from_json, json_schema, render, to_html, to_json, to_markdown
from rashomon.renderers.common import safe_http_url
from rashomon.renderers.markdown import escape as md_escape
from rashomon.comparison.segment import segment

from report_builders import IMG, XSS, hostile_report, seed_report  # noqa: F401  (seed_report is a fixture)


# --- parsing the HTML --------------------------------------------------------------------


class Page(HTMLParser):
    """Elements, ids, links and the text inside each mark and each sentence span."""

    VOID = {"meta", "br", "img", "input", "link", "hr", "wbr", "source", "col", "area", "base", "embed", "track"}

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.ids: dict[str, int] = {}
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.marks: list[tuple[dict[str, str | None], str]] = []
        self.spans: dict[str, str] = {}
        self.text = ""
        self._mark: list[str] | None = None
        self._open_spans: list[tuple[str | None, int]] = []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        self.tags.append((tag, attributes))
        if "id" in attributes:
            self.ids[attributes["id"] or ""] = self.ids.get(attributes["id"] or "", 0) + 1
        if tag in self.VOID:
            return
        self.stack.append(tag)
        if tag == "mark" and "data-spans" in attributes:
            if self._mark is not None:
                self.errors.append("nested mark")
            self._mark = []
            self._mark_attrs = attributes
        if tag == "span":
            self._open_spans.append((attributes.get("id"), len(self.text)))

    def handle_endtag(self, tag: str) -> None:
        if tag in self.VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
            return
        self.stack.pop()
        if tag == "mark" and self._mark is not None:
            self.marks.append((self._mark_attrs, "".join(self._mark)))
            self._mark = None
        if tag == "span":
            span_id, begin = self._open_spans.pop()
            if span_id:
                self.spans[span_id] = self.text[begin:]

    def handle_data(self, data: str) -> None:
        self.text += data
        if self._mark is not None:
            self._mark.append(data)

    def hrefs(self) -> list[str]:
        return [a.get("href") or "" for tag, a in self.tags if "href" in a]


def marked_text(page: Page, ref: str) -> str:
    return "".join(text for attrs, text in page.marks if ref in (attrs.get("data-spans") or "").split())


# --- the registry and the public surface -------------------------------------------------


def test_public_names_are_exactly_the_documented_ones() -> None:
    # import_module: the attribute ``rashomon.renderers`` is the function the package re-exports.
    render_pkg = importlib.import_module("rashomon.renderers")
    assert sorted(render_pkg.__all__) == ["FORMATS", "Format", "from_json", "json_schema", "render", "to_html", "to_json", "to_markdown"]


def test_render_dispatches_by_name(seed_report: Report) -> None:
    assert render(seed_report, "json") == to_json(seed_report)
    assert render(seed_report, "md") == to_markdown(seed_report)
    assert render(seed_report, "html") == to_html(seed_report)
    assert FORMATS.names() == ["html", "json", "md"]
    # the long name and any case, as a reader writes them
    assert render(seed_report, "markdown") == render(seed_report, "Markdown") == to_markdown(seed_report)
    assert render(seed_report, "HTML") == to_html(seed_report)


def test_unknown_format_lists_the_valid_ones() -> None:
    with pytest.raises(UnknownBackend) as info:
        render(Report(), "pdf")
    assert info.value.valid == ["html", "json", "md"]
    assert "'pdf'" in str(info.value) and "html, json, md" in str(info.value)


@pytest.mark.parametrize("fmt", ["json", "md", "html"])
def test_an_empty_report_renders(fmt: str) -> None:
    out = render(Report(), fmt)
    assert out.strip()


# --- JSON --------------------------------------------------------------------------------


def test_json_is_the_report_dict_and_round_trips(seed_report: Report) -> None:
    text = to_json(seed_report)
    assert json.loads(text) == seed_report.to_dict()
    assert "Israel’s" in text  # ensure_ascii=False: text stays readable
    assert from_json(text) == seed_report
    assert Report.from_dict(json.loads(text)) == seed_report
    assert from_json(to_json(hostile_report())) == hostile_report()


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("{not json", "not JSON"),
        ("[1, 2]", "JSON object"),
        ('{"schema": "rashomon.report/0"}', "rashomon.report/0"),
        ('{"schema": "rashomon.report/1", "articles": [{"id": "a1"}]}', "report.articles[0]: Article needs the field 'source'"),
        ('{"schema": "rashomon.report/1", "digest": [{"text": "x", "citations": "a1.s0"}]}', "report.digest[0].citations: expected a list, got a string"),
        (
            '{"schema": "rashomon.report/1", "articles": [{"id": "a1", "source": "s", "title": "t", "text": "x",'
            ' "sentences": [{"id": "a1.s0", "article": "a1", "index": 0, "text": "x", "start": "0", "end": 1}]}]}',
            "report.articles[0].sentences[0].start: expected an integer, got a string",
        ),
        ('{"schema": "rashomon.report/1", "conflicts": [{"kind": "number", "explanation": "e", "sides": [null]}]}', "sides[0]: expected an object"),
        (b'{"schema": "\xff"}', "not UTF-8"),
    ],
)
def test_from_json_rejects_what_is_not_a_report_and_says_where(text: str | bytes, words: str) -> None:
    with pytest.raises(InputError) as info:
        from_json(text, source="saved.json")
    assert info.value.source == "saved.json"
    assert words in str(info.value)


def test_from_json_ignores_fields_a_later_minor_version_adds(seed_report: Report) -> None:
    data = seed_report.to_dict()
    data["added_later"] = {"x": 1}
    data["articles"][0]["added_later"] = 1
    assert from_json(json.dumps(data)) == seed_report


def test_rendered_report_validates_against_the_schema(seed_report: Report) -> None:
    jsonschema = pytest.importorskip("jsonschema", reason="jsonschema is a dev dependency")
    schema = json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    for report in (seed_report, hostile_report(), Report()):
        errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(json.loads(to_json(report)))]
        assert errors == []


def test_schema_rejects_a_broken_report(seed_report: Report) -> None:
    jsonschema = pytest.importorskip("jsonschema", reason="jsonschema is a dev dependency")
    validator = jsonschema.Draft202012Validator(json_schema())
    data = seed_report.to_dict()
    del data["articles"][0]["text"]
    data["conflicts"][0]["kind"] = "mood"
    data["digest"][0]["citations"] = ["a1 s3"]
    messages = " ".join(e.message for e in validator.iter_errors(data))
    assert "'text' is a required property" in messages
    assert "'mood' is not one of" in messages
    assert "does not match" in messages


def _records() -> dict[str, type]:
    return {name: cls for name, cls in vars(model).items() if isinstance(cls, type) and issubclass(cls, model.Record) and cls is not model.Record}


def test_schema_describes_exactly_the_fields_of_the_model() -> None:
    """Every record the report reaches has a $defs entry with exactly its fields; a field is
    required in the schema exactly when the dataclass gives it no default (and the version)."""
    defs = json_schema()["$defs"]
    records = _records()
    reached: set[str] = set()

    def walk(cls: type) -> None:
        if cls.__name__ in reached:
            return
        reached.add(cls.__name__)
        for tp in typing.get_type_hints(cls).values():
            for arg in [tp, *typing.get_args(tp)]:
                if isinstance(arg, type) and arg.__name__ in records:
                    walk(arg)

    walk(Report)
    assert {"Article", "Sentence", "Entity", "Conflict", "FramingCue", "DigestSentence"} <= reached
    for name in sorted(reached):
        fields = dataclasses.fields(records[name])
        entry = defs[name]
        if name == "ReportSettings":  # one flat object: its ``options`` are the other keys
            assert set(entry["properties"]) == {f.name for f in fields} - {"options"}, name
            assert entry["additionalProperties"] is True and not entry.get("required"), name
            continue
        assert set(entry["properties"]) == {f.name for f in fields}, name
        no_default = {f.name for f in fields if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING}
        if name == "Report":
            no_default.add("schema")  # a reader must know the version before anything else
        assert set(entry.get("required", [])) == no_default, name
        assert entry["additionalProperties"] is False, name
    assert set(defs["Report"]["required"]) <= set(Report().to_dict())
    assert defs["Report"]["properties"]["schema"]["const"] == SCHEMA


def test_schema_documentation_names_every_field() -> None:
    doc = Path(__file__).resolve().parents[1] / "docs" / "schema.md"
    text = doc.read_text(encoding="utf-8")
    assert SCHEMA in text
    for name, entry in json_schema()["$defs"].items():
        for field_name in entry.get("properties", {}):
            assert f"`{field_name}`" in text, f"{name}.{field_name} is not documented"
    for kind in json_schema()["$defs"]["Conflict"]["properties"]["kind"]["enum"]:
        assert f"`{kind}`" in text
    for kind in json_schema()["$defs"]["FramingCue"]["properties"]["kind"]["enum"]:
        assert f"`{kind}`" in text


# --- Markdown ----------------------------------------------------------------------------


def test_markdown_sections_come_in_order(seed_report: Report) -> None:
    md = to_markdown(seed_report)
    headers = re.findall(r"^## (.+)$", md, flags=re.M)
    assert headers == ["Articles", "Skipped inputs", "Digest", "Conflicts", "Shared claims", "Unique claims", "Entities", "Framing", "Settings"]


def test_markdown_digest_cites_sentence_ids(seed_report: Report) -> None:
    md = to_markdown(seed_report)
    for number, line in enumerate(seed_report.digest, 1):
        assert f"{number}. {md_escape(line.text)} [{', '.join(line.citations)}]" in md


def test_markdown_shows_the_findings(seed_report: Report) -> None:
    md = to_markdown(seed_report)
    count = len(seed_report.articles[1].sentences)
    assert f"| `a2` | Outlet Two | US urges equal treatment | {count} | 1 |" in md
    assert "2 articles · 1 shared claim · 1 conflict · 2 unique claims · 2 entities" in md
    assert "promotion, line 4" in md  # index 3, the fourth line
    assert "`https://three.example/paywalled`: fetch failed: HTTP 403" in md
    assert "### 1. role: Ashkenazi's office differs." in md
    assert f"**Secretary of State** — Outlet Two ({seed_report.conflicts[0].sides[1].sentence})" in md
    assert "“Blink” a prefix of Blinken (`a2.s0`)" in md
    assert "- **Loaded terms** (1)" in md and "- **Scare quotes** (1)" in md
    assert "had repealed **Executive Order 13928**, which" in md and "““" not in md  # a part, shown in its sentence
    assert "    - “unbreakable commitment” (a1.s3): quotation marks" in md
    assert "neutral: “Israeli counterpart”" in md


def _md_to_html(md: str) -> str:
    markdown_it = pytest.importorskip("markdown_it", reason="markdown-it-py comes with rich")
    return markdown_it.MarkdownIt("commonmark").enable("table").render(md)


def test_markdown_escapes_article_text_that_would_be_markup() -> None:
    report = hostile_report()
    md = to_markdown(report)
    html = _md_to_html(md)
    page = Page(html)
    tags = {tag for tag, _ in page.tags}
    assert "script" not in tags and "img" not in tags
    assert not any(a.get("href") for _, a in page.tags)  # no link was made from article text
    assert XSS in page.text and IMG in page.text
    # Each table keeps its column count: pipes from articles stay inside their cells.
    for table in re.findall(r"<table>.*?</table>", html, flags=re.S):
        widths = {len(re.findall(r"<t[hd][ >]", row)) for row in re.findall(r"<tr>.*?</tr>", table, flags=re.S)}
        assert len(widths) == 1, widths
    assert "Calm | Outlet" in page.text


@pytest.mark.parametrize("text", ["# heading", "1. item", "- item", "> quote", "+ item", "    indented", "a\n\n# b", "`tick` *em* _u_ ~s~ &amp;", "file_name_x __bold__ a__b _x", "<b>raw</b> <!-- c -->", "[a](b) ![i](u) <https://x.example>"])
def test_markdown_escape_keeps_text_literal(text: str) -> None:
    html = _md_to_html(f"- {md_escape(text)}\n")
    page = Page(html)
    assert [t for t, _ in page.tags] == ["ul", "li"]
    assert page.text.strip() == " ".join(text.split()).replace("\n", " ")


# --- HTML --------------------------------------------------------------------------------


def test_html_article_text_is_never_markup() -> None:
    report = hostile_report()
    page = Page(to_html(report))
    assert page.errors == []
    assert [t for t, _ in page.tags if t in {"script", "img", "iframe", "object", "embed", "base", "link", "form"}] == []
    assert [(t, k) for t, a in page.tags for k in a if k.lower().startswith("on")] == []
    # The payloads are there, as text.
    assert page.text.count(XSS) >= 8 and page.text.count(IMG) >= 6
    # javascript: is shown, never linked; a quote in an http URL cannot leave the attribute.
    assert [h for h in page.hrefs() if not h.startswith("#")] == [report.articles[1].url]
    assert "javascript:alert(1)" in page.text


def test_html_needs_nothing_outside_the_file(seed_report: Report) -> None:
    html = to_html(seed_report)
    page = Page(html)
    assert [t for t, _ in page.tags if t in {"script", "img", "iframe", "link", "object", "embed", "video", "audio", "source", "base"}] == []
    assert [a for _, a in page.tags if "src" in a or "srcset" in a or "poster" in a] == []
    style = re.search(r"<style>(.*?)</style>", html, flags=re.S)
    assert style and "url(" not in style.group(1) and "@import" not in style.group(1)
    # The only URLs are the articles' own, as plain links to their source.
    external = [h for h in page.hrefs() if not h.startswith("#")]
    assert external == ["https://one.example/story"]
    assert not re.search(r"(?:https?:)?//", html.replace("https://one.example/story", "").replace("https://three.example/paywalled", ""))
    csp = next(a["content"] for t, a in page.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    assert "default-src 'none'" in (csp or "")
    assert any(t == "meta" and a.get("name") == "viewport" for t, a in page.tags)


def test_every_sentence_is_a_span_with_its_id_and_text(seed_report: Report) -> None:
    page = Page(to_html(seed_report))
    for article in seed_report.articles:
        for sentence in article.sentences:
            assert page.ids.get(sentence.id) == 1
            assert page.spans[sentence.id] == sentence.text


def test_sentence_classes_mark_shared_unique_conflict(seed_report: Report) -> None:
    page = Page(to_html(seed_report))
    classes = {a["id"]: set((a.get("class") or "").split()) for t, a in page.tags if t == "span" and a.get("id")}
    for ref in seed_report.agreements[0].claims:
        assert "shared" in classes[ref.sentence]
    for ref in seed_report.unique:
        assert "unique" in classes[ref.sentence]
    for conflict_side in seed_report.conflicts[0].sides:
        assert "conflict" in classes[conflict_side.sentence]
    plain = {s.id for a in seed_report.articles for s in a.sentences} - {r.sentence for r in seed_report.unique} - {
        r.sentence for g in seed_report.agreements for r in g.claims} - {s.sentence for c in seed_report.conflicts for s in c.sides}
    assert plain and all(classes[sid] == {"s"} for sid in plain)


def test_marked_sentences_are_tab_stops_carrying_their_note(seed_report: Report) -> None:
    page = Page(to_html(seed_report))
    spans = {a["id"]: a for t, a in page.tags if t == "span" and a.get("id")}
    marked = {r.sentence for r in seed_report.unique} | {r.sentence for g in seed_report.agreements for r in g.claims}
    plain = {s.id for a in seed_report.articles for s in a.sentences} - marked - {
        s.sentence for c in seed_report.conflicts for s in c.sides}
    assert marked and plain
    for sid in marked:
        assert spans[sid].get("tabindex") == "0", sid
        assert spans[sid].get("title") not in (None, "", sid), "a focusable sentence says why it is marked"
    assert all("tabindex" not in spans[sid] for sid in plain)


def test_highlights_cover_exactly_the_offsets(seed_report: Report) -> None:
    page = Page(to_html(seed_report))
    assert page.errors == []
    for i, found in enumerate(seed_report.framing):
        article = seed_report.article(found.article)
        if found.kind == "voice":  # whom an article quotes is listed, never coloured as framing
            assert marked_text(page, f"f{i}") == ""
            continue
        assert marked_text(page, f"f{i}") == article.text[found.start : found.end] == found.text
    for i, entity in enumerate(seed_report.entities):
        for j, flagged in enumerate(entity.suspect):
            article = seed_report.article(flagged.article)
            assert marked_text(page, f"e{i}.x{j}") == article.text[flagged.start : flagged.end] == flagged.text


def test_overlapping_and_crossing_highlights_keep_the_markup_whole() -> None:
    text = "The so-called regime forces shelled the city on Friday."
    article = Article(id="a1", source="S", title="T", text=text, sentences=segment("a1", text))

    def span(start: int, end: int, kind: str) -> FramingCue:
        return FramingCue(article="a1", sentence="a1.s0", text=text[start:end], kind=kind, note=kind, start=start, end=end)

    cues = (span(4, 20, "scare_quote"), span(14, 27, "loaded"), span(14, 20, "naming"), span(0, len(text), "tone"), span(40, 55, "hedge"))
    flagged = Suspect(text=text[10:16], article="a1", reason="r", sentence="a1.s0", start=10, end=16)
    report = Report(articles=(article,), framing=cues, entities=(Entity(id="e1", name="X", type="OTHER", suspect=(flagged,)),))
    page = Page(to_html(report))
    assert page.errors == []
    assert page.spans["a1.s0"] == text
    for i, c in enumerate(cues):
        assert marked_text(page, f"f{i}") == text[c.start : c.end]
    assert marked_text(page, "e0.x0") == text[10:16]
    # A fragment covered by several spans gives every reason.
    both = next(attrs for attrs, piece in page.marks if piece == text[14:16])
    assert set(both["data-spans"].split()) == {"f0", "f1", "f2", "f3", "e0.x0"}
    assert "scare quote: scare_quote" in both["title"] and "loaded: loaded" in both["title"]


def test_findings_with_bad_offsets_are_listed_but_not_marked(caplog: pytest.LogCaptureFixture) -> None:
    text = "One sentence here."
    article = Article(id="a1", source="S", title="T", text=text, sentences=segment("a1", text))
    cues = (
        FramingCue(article="a1", sentence="a1.s0", text="far", kind="loaded", note="n", start=50, end=60),
        FramingCue(article="a1", sentence="a1.s0", text="unknown", kind="hedge", note="n"),
        FramingCue(article="a9", sentence="a9.s0", text="elsewhere", kind="tone", note="n", start=0, end=3),
    )
    html = to_html(Report(articles=(article,), framing=cues))
    page = Page(html)
    assert page.marks == [] and page.spans["a1.s0"] == text
    assert "far" in page.text and "unknown" in page.text and "elsewhere" in page.text
    assert "outside article 'a1'" in caplog.text and "'a9'" in caplog.text


def test_text_between_and_around_sentences_is_kept(seed_report: Report) -> None:
    page = Page(to_html(seed_report))
    for article in seed_report.articles:
        for line in article.text.split("\n"):
            if line.strip():
                assert line in page.text


def test_digest_citations_link_to_existing_sentences(seed_report: Report) -> None:
    page = Page(to_html(seed_report))
    links = [h[1:] for h in page.hrefs() if h.startswith("#")]
    for line in seed_report.digest:
        for sid in line.citations:
            assert sid in links
    assert all(page.ids.get(target) == 1 for target in links), [t for t in links if t not in page.ids]
    assert ":target" in to_html(seed_report)


def test_a_citation_to_a_missing_sentence_is_shown_not_linked(seed_report: Report) -> None:
    report = dataclasses.replace(seed_report, digest=(DigestSentence(text="Claimed.", citations=("a1.s99",)),))
    page = Page(to_html(report))
    assert "#a1.s99" not in page.hrefs()
    assert any("missing" in (a.get("class") or "") for t, a in page.tags if t == "span") and "a1.s99" in page.text


def test_html_lists_sections_removed_lines_skipped_inputs(seed_report: Report) -> None:
    page = Page(to_html(seed_report))
    for section in ("digest", "articles", "conflicts", "shared", "unique", "entities", "framing", "inputs", "legend"):
        assert page.ids.get(section) == 1
    assert seed_report.articles[1].removed[0].text in page.text
    assert "https://three.example/paywalled" in page.text and "fetch failed: HTTP 403" in page.text
    assert "Secretary of State" in page.text and "Foreign Minister" in page.text
    assert "first name differs from Gabi" in page.text


@pytest.mark.parametrize(
    ("url", "linked"),
    [
        ("https://a.example/x?y=1", True),
        ("http://a.example", True),
        ("javascript:alert(1)", False),
        ("JAVASCRIPT:alert(1)", False),
        ("data:text/html,<b>", False),
        ("/relative/path", False),
        ("https://a.example/ x", False),
        ("java\nscript:alert(1)", False),
        ("//a.example/x", False),
        (None, False),
    ],
)
def test_only_http_urls_become_links(url: str | None, linked: bool) -> None:
    assert safe_http_url(url) == (url if linked else None)


def test_an_article_read_from_a_file_shows_its_name_with_the_path_in_the_tooltip() -> None:
    text = "A sentence."
    article = Article(id="a1", source="S", title="T", text=text, sentences=segment("a1", text), path="/data/news/story-one.txt")
    page = Page(to_html(Report(articles=(article,))))
    shown = [a for t, a in page.tags if t == "span" and a.get("class") == "url"]
    assert shown == [{"class": "url", "title": "/data/news/story-one.txt"}]
    assert "story-one.txt" in page.text and "/data/news/" not in page.text


@pytest.mark.parametrize(("name", "suffix", "media"), [("json", ".json", "application/json"), ("md", ".md", "text/markdown"), ("html", ".html", "text/html")])
def test_each_format_names_its_file_suffix_and_media_type(name: str, suffix: str, media: str) -> None:
    fmt = FORMATS.create(name)
    assert (fmt.name, fmt.suffix) == (name, suffix) and fmt.media_type.startswith(media)


def test_direction_controls_in_untrusted_text_are_named_in_the_html_report() -> None:
    """A right-to-left override in an outlet's name or a title reorders what a browser shows
    ("Trojan Source"), as in a terminal: the HTML names it, as the Markdown does."""
    text = "The ferry sank on Sunday.\u202e Two were saved."
    a = Article(id="a1", source="North \u202eWire", title="Ferry \u2066sinks", text=text, sentences=segment("a1", text))
    page = to_html(Report(articles=(a,)))
    assert not re.search("[\u202a-\u202e\u2066-\u2069]", page)
    assert "North \u27e8U+202E\u27e9Wire" in page and "Ferry \u27e8U+2066\u27e9sinks" in page


def test_a_removed_line_is_numbered_from_one_as_an_editor_numbers_it() -> None:
    # the JSON field counts from 0; Markdown and HTML said "line 2" for a file's third line
    from rashomon import Document, compare

    raw = "Gate cracks at Halden dam\n\nSign up for our morning newsletter to get the latest news.\n\nThe gate of the Halden dam cracked on Tuesday, officials said.\n"
    other = "The gate of the Halden dam cracked on Tuesday, engineers said. The river rose.\n"
    report = compare([Document(text=raw, source="north"), Document(text=other, source="south")])
    removed = report.articles[0].removed
    assert [r.line for r in removed] == [2] and raw.splitlines()[2] == removed[0].text
    assert "newsletter sign-up call to action, line 3" in to_markdown(report)
    assert "newsletter sign-up call to action, line 3" in to_html(report)


def test_markdown_lists_unique_claims_in_the_articles_order(seed_report: Report) -> None:
    """The unique claims were listed per article in the order they were found, which put a1 after
    a2 where every other section (and the HTML) lists a1 first."""
    import dataclasses

    reordered = dataclasses.replace(seed_report, unique=tuple(reversed(seed_report.unique)))
    section = to_markdown(reordered).split("## Unique claims", 1)[1].split("\n## ", 1)[0]
    headings = [line for line in section.splitlines() if line.startswith("### ")]
    assert len(headings) == 2 and "(`a1`)" in headings[0] and "(`a2`)" in headings[1]
