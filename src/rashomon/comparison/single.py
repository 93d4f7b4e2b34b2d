"""One article on its own, without comparison: ``rashomon inspect`` and :func:`inspect_articles`.

Each input article is cleaned, split into sentences, its entities resolved, its claims read and
its framing cues found, exactly as in a comparison but with no other outlet to compare against
(so no cross-outlet word choice and no tone, which needs several outlets). One result per input
article, in input order; inputs that cannot be read are listed under ``skipped`` with the reason.

Everything runs in this process, article after article: thousands of sentences take seconds. With the
contextual head, the transformer reads the sentences of many articles at once (``_CONTEXT_GROUP`` at a time).
"""

from __future__ import annotations

import html
import json
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..errors import InputError
from ..model import SCHEMA, Article, Claim, Document, Entity, FramingCue, Skipped
from ..settings import Settings
from ..sources import read_sources
from ..text.controls import show_direction_controls
from .claims import extract_claims
from .entities import resolve_entities
from .framing import SENSITIVITIES, find_framing
from .framing.contextual import encode_articles, require_encoder, single_head
from .pipeline import Source, prepare

if TYPE_CHECKING:  # the HTTP client is imported only when a URL is read
    import httpx

__all__ = ["Inspection", "InspectedArticle", "inspect_articles", "render_inspection", "INSPECT_FORMATS"]

INSPECT_FORMATS = ("json", "md", "html")
# sentences of several articles read by the contextual head's transformer in one batched pass (bounds the memory
# its word-piece vectors hold: about 60 kB a sentence)
_CONTEXT_GROUP = 2048


@dataclass(frozen=True, slots=True, kw_only=True)
class InspectedArticle:
    article: Article
    entities: tuple[Entity, ...]
    claims: tuple[Claim, ...]
    framing: tuple[FramingCue, ...]

    def to_dict(self) -> dict[str, Any]:
        a = self.article
        return {
            "id": a.id,
            "source": a.source,
            "title": a.title,
            "text": a.text,
            # where it came from and its language, as a report's Article tells them ("de": the
            # English readers below make little of it)
            "path": a.path,
            "url": a.url,
            "date": a.date,
            "language": a.language,
            "sentences": [s.to_dict() for s in a.sentences],
            "removed": [r.to_dict() for r in a.removed],
            "entities": [e.to_dict() for e in self.entities],
            "claims": [c.to_dict() for c in self.claims],
            "framing": [_cue_dict(c) for c in self.framing],
        }


def _cue_dict(cue: FramingCue) -> dict[str, Any]:
    out = {"sentence": cue.sentence, "text": cue.text, "start": cue.start, "end": cue.end, "kind": cue.kind, "note": cue.note}
    if cue.neutral:
        out["neutral"] = cue.neutral
    return out


@dataclass(frozen=True, slots=True, kw_only=True)
class Inspection:
    articles: tuple[InspectedArticle, ...]
    skipped: tuple[Skipped, ...] = ()
    schema: str = SCHEMA
    # what the reader should know that the report does not say (an id given twice); not in to_dict
    notes: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": self.schema,
            "articles": [a.to_dict() for a in self.articles],
            "skipped": [s.to_dict() for s in self.skipped],
        }


def inspect_articles(
    sources: Sequence[Source] | Source,
    *,
    settings: Settings | None = None,
    client: httpx.Client | None = None,
    voices: bool = False,
    sensitivity: str = "precise",
    csv_columns: Mapping[str, str] | None = None,
) -> Inspection:
    """Each article on its own: cleaned text, removed lines, entities, claims and framing cues.

    ``sources`` takes what ``rashomon ingest`` takes (files, folders, JSONL / CSV records, URLs,
    ``Document`` objects). Voice cues (who is quoted) are left out unless ``voices`` is true.
    ``csv_columns``: as :func:`rashomon.compare` takes them. ``sensitivity``: ``"precise"`` (default) or ``"broad"``, the loaded-word operating point
    (:func:`rashomon.comparison.framing.find_framing`). ``settings.contextual_cues`` true (off
    unless asked for by name; needs the ``semantic`` extra): also the loaded words the single-article
    contextual word head is surest of, where no other cue lies. A record id given to more than one
    input is replaced by each one's place ("a3"), and ``notes`` says so.
    """
    settings = settings or Settings()
    if sensitivity not in SENSITIVITIES:
        raise ValueError(f"unknown framing sensitivity {sensitivity!r}; valid: {', '.join(SENSITIVITIES)}")
    contextual = bool(settings.contextual_cues)
    if contextual:  # a missing extra fails here, before any reading, with its pip line
        require_encoder()
    if isinstance(sources, (str, bytes)) or not isinstance(sources, Sequence):
        sources = [sources]  # type: ignore[list-item]
    documents, skipped = read_sources(sources, max_bytes=settings.max_bytes, timeout=settings.timeout, client=client,
                                      csv_columns=csv_columns)
    skipped = list(skipped)
    results: list[InspectedArticle] = []
    ids = _article_ids(documents)
    pending: list[Article] = []  # read, not yet analysed: the contextual head's transformer reads them in one pass
    waiting = 0  # their sentences

    def analyse() -> None:
        pieces = encode_articles(pending, single_head().layers) if contextual else None
        for article in pending:
            entities = resolve_entities([article], tagger=settings.tagger)
            claims = extract_claims([article])
            cues = find_framing([article], entities, sensitivity=sensitivity, contextual=contextual, context_pieces=pieces)
            if not voices:
                cues = tuple(c for c in cues if c.kind != "voice")
            results.append(InspectedArticle(article=article, entities=entities, claims=claims, framing=cues))
        pending.clear()

    for document, article_id in zip(documents, ids):
        try:
            article = prepare(document, article_id, settings)
        except InputError as exc:
            skipped.append(Skipped(source=document.origin or document.path or document.url or document.title, reason=str(exc)))
            continue
        if not article.sentences:
            skipped.append(Skipped(source=document.origin or document.path or document.url or document.title, reason="no text left after cleaning"))
            continue
        pending.append(article)
        waiting += len(article.sentences)
        if not contextual or waiting >= _CONTEXT_GROUP:
            analyse()
            waiting = 0
    analyse()
    return Inspection(articles=tuple(results), skipped=tuple(skipped), notes=_duplicate_notes(documents, ids))


# A record's own id becomes its article's id when it can prefix sentence ids ("x-17.s0").
_SAFE_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")


def _article_ids(documents: Sequence[Document]) -> list[str]:
    """Each input's article id: the record's own id where it has a usable one, unique in the
    call ("story-17"), else its place ("a3")."""
    given = [d.record_id if _SAFE_ID.fullmatch(d.record_id or "") else "" for d in documents]
    counts = Counter(given)
    ids = [rid if rid and counts[rid] == 1 else f"a{number}" for number, rid in enumerate(given, 1)]
    taken = Counter(ids)
    # a place-based id that collides with a record's id ("a2" given as an id) takes a suffix
    return [i if taken[i] == 1 or i == g else f"{i}-{n}" for n, (i, g) in enumerate(zip(ids, given), 1)]


def _duplicate_notes(documents: Sequence[Document], ids: Sequence[str]) -> tuple[str, ...]:
    """One line for each record id given to more than one input, naming the ids shown instead."""
    places: dict[str, list[int]] = {}
    for number, document in enumerate(documents, 1):
        if _SAFE_ID.fullmatch(document.record_id or ""):
            places.setdefault(document.record_id, []).append(number)
    return tuple(f"duplicate id {rid!r} (records {_and(map(str, numbers))}): shown as {_and(ids[n - 1] for n in numbers)}"
                 for rid, numbers in places.items() if len(numbers) > 1)


def _and(items: Iterable[str]) -> str:
    words = list(items)
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} and {words[-1]}"


def render_inspection(inspection: Inspection, fmt: str) -> str:
    """The inspection as ``json``, ``md`` (or ``markdown``) or ``html``."""
    from ..renderers import format_name

    fmt = format_name(fmt)
    if fmt == "json":
        return json.dumps(inspection.to_dict(), ensure_ascii=False, indent=1) + "\n"
    if fmt == "md":
        return _markdown(inspection)
    if fmt == "html":
        return _html(inspection)
    raise ValueError(f"unknown format {fmt!r}; valid: {', '.join(INSPECT_FORMATS)}")


def _markdown(inspection: Inspection) -> str:
    out = ["# rashomon inspect", ""]
    for item in inspection.articles:
        a = item.article
        out += [f"## {a.id}: {_md(a.title or a.source or a.path or '')}".rstrip(), ""]
        if a.source:
            out += [f"Outlet: {_md(a.source)}", ""]
        if a.language and a.language != "en":
            out += [f"Language: {_md(a.language)} (rashomon reads English: entities, claims and framing cues of another language are unreliable)", ""]
        out += [f"{len(a.sentences)} sentences, {len(item.claims)} claims, {len(item.entities)} entities, "
                f"{len(a.removed)} {'line' if len(a.removed) == 1 else 'lines'} removed.", ""]
        if item.entities:
            out += ["Entities: " + ", ".join(f"{_md(e.name)} ({e.type})" for e in item.entities), ""]
        suspects = _suspects(item)
        if suspects:
            # the forms JSON's entities[].suspect holds: a garbled name is what an editor fixes first
            out += ["Names that may be garbled:", ""] + [f"- “{_md(s.text)}” ({s.sentence}, {s.start}-{s.end}), for {_md(name)}: {_md(s.reason)}"
                                                         for name, s in suspects] + [""]
        if item.framing:
            out += ["| kind | words | sentence | note |", "|---|---|---|---|"]
            for c in item.framing:
                out.append(f"| {c.kind} | {_md(c.text)} | {c.sentence} | {_md(c.note)} |")
        else:
            out.append("No framing cues.")
        out.append("")
        if a.removed:
            # the rule and the line (from 1, as an editor numbers it) as compare's report gives them
            out += ["Removed lines:", ""] + [f"- “{_md(r.text)}”: {_md(r.reason)}{f', line {r.line + 1}' if r.line >= 0 else ''}"
                                             for r in a.removed] + [""]
    for s in inspection.skipped:
        out.append(f"- skipped {_md(s.source)}: {_md(s.reason)}")
    return "\n".join(out).rstrip() + "\n"


def _suspects(item: InspectedArticle) -> list[tuple[str, Any]]:
    """(the entity's name, a suspect form of it) for every form that looks garbled, in text order."""
    return sorted(((e.name, s) for e in item.entities for s in e.suspect), key=lambda pair: pair[1].start)


def _md(text: object) -> str:
    from ..renderers.markdown import escape

    return escape(text)



def _html(inspection: Inspection) -> str:
    esc = html.escape
    parts = ["<!doctype html><meta charset='utf-8'><meta name='generator' content='rashomon inspect'>"
             "<title>rashomon inspect</title>",
             "<style>mark.framing{background:#ffe08a}body{font-family:sans-serif;max-width:50em;margin:auto}</style>"]
    for item in inspection.articles:
        a = item.article
        parts.append(f"<section><h2>{esc(a.id)}: {esc(a.title or a.source or '')}</h2>")
        text, cursor, body = a.text, 0, []
        for c in sorted((c for c in item.framing if 0 <= c.start < c.end), key=lambda c: c.start):
            if c.start < cursor:
                continue
            body.append(esc(text[cursor : c.start]))
            body.append(f"<mark class='framing' title='{esc(c.kind + ': ' + c.note, quote=True)}'>{esc(text[c.start : c.end])}</mark>")
            cursor = c.end
        body.append(esc(text[cursor:]))
        # a line is a paragraph; the blank lines between them are no paragraphs of their own
        parts.append("".join(f"<p>{line}</p>" for line in "".join(body).split("\n") if line.strip()))
        if item.entities:
            parts.append("<p>Entities: " + ", ".join(f"{esc(e.name)} ({esc(e.type)})" for e in item.entities) + "</p>")
        suspects = _suspects(item)
        if suspects:
            parts.append("<p>Names that may be garbled:</p><ul>" + "".join(
                f"<li>“{esc(s.text)}” ({esc(s.sentence)}, {s.start}-{s.end}), for {esc(name)}: {esc(s.reason)}</li>"
                for name, s in suspects) + "</ul>")
        if item.framing:
            parts.append("<ul>" + "".join(f"<li><b>{esc(c.kind)}</b> “{esc(c.text)}” ({esc(c.sentence)}, {c.start}-{c.end}): {esc(c.note)}</li>" for c in item.framing) + "</ul>")
        if a.removed:
            parts.append("<p>Removed lines:</p><ul>" + "".join(
                f"<li>“{esc(r.text)}”: {esc(r.reason)}{f', line {r.line + 1}' if r.line >= 0 else ''}</li>" for r in a.removed) + "</ul>")
        parts.append("</section>")
    if inspection.skipped:
        parts.append("<ul>" + "".join(f"<li>skipped {esc(s.source)}: {esc(s.reason)}</li>" for s in inspection.skipped) + "</ul>")
    return show_direction_controls("\n".join(parts)) + "\n"  # the text's direction controls named, not obeyed
