"""What the one report body shows, as plain data: the CLI's HTML report and the web app's story
page both render ``templates/_report_body.html.j2`` from :func:`report_view`.

    report_view(report, sentence_html, ...)   summary, digest, columns, entities, framing,
                                              timeline, removed lines, shared and unique claims
    timeline(articles, dates)                 who published when (SVG geometry), and the undated

Every string from an article stays a plain string here; the template escapes it. The only
markup built in Python is the article body, assembled from escaped pieces by html.py.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from markupsafe import Markup

from ..model import Article, ClaimRef, Entity, Report, Sentence
from .common import FRAMING_KINDS, ReportIndex, framing_label, in_sentence, quoted, quoted_part, safe_http_url
from .highlight import highlights_of
from .summary import summary_of


@dataclass(frozen=True, slots=True)
class ShownDate:
    """The date shown for an article: its publication date, or when the store got it."""

    kind: str  # "published" | "stored"
    value: str  # ISO 8601 as found

    @property
    def day(self) -> str:
        return self.value[:10]


@dataclass(slots=True)
class Cite:
    sid: str
    exists: bool
    outlet: str
    text: str


def _unique_shown(index: ReportIndex, ref: ClaimRef) -> Markup:
    parts = in_sentence(index, ref.sentence, ref.start, ref.end)
    return quoted_part(parts) if parts else quoted(ref.text)


def cite_of(index: ReportIndex, sid: str) -> Cite:
    sentence = index.sentences.get(sid)
    return Cite(sid=sid, exists=sentence is not None, outlet=index.outlet(sid.split(".", 1)[0]), text=sentence.text if sentence else "")


def _shortened(text: str, width: int = 160) -> str:
    if len(text) <= width:
        return text
    cut = text[: width - 3].rsplit(" ", 1)[0]
    return cut + "..."


def cite_html(c: Cite, anchor: str) -> Markup:
    """A citation: a link to the sentence (``#<anchor><id>``) with its outlet and text as the
    tooltip, or the id struck through when the report has no such sentence. Built here, not in
    a template macro: a story page holds hundreds of them."""
    if not c.exists:
        return Markup('<span class="cite missing" title="no sentence with this id in the report">{}</span>').format(c.sid)
    return Markup('<a class="cite" href="#{}{}" title="{}: {}">{}</a>').format(anchor, c.sid, c.outlet, _shortened(c.text), c.sid)


def cite_sid(index: ReportIndex, sid: str, anchor: str) -> Markup:
    return cite_html(cite_of(index, sid), anchor)


def parse_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        try:
            parsed = datetime.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return parsed.replace(tzinfo=None) if parsed.tzinfo is None else parsed.astimezone().replace(tzinfo=None)


@dataclass(slots=True)
class TimelinePoint:
    article: str
    outlet: str
    title: str
    date: str
    x: float
    y: float


@dataclass(slots=True)
class Timeline:
    """Who published when: one row per outlet, one dot per article (SVG user units)."""

    width: int = 640
    height: int = 0
    left: int = 170
    right: int = 620
    rows: list[tuple[str, float]] = field(default_factory=list)  # (outlet, y)
    points: list[TimelinePoint] = field(default_factory=list)
    start: str = ""
    end: str = ""
    undated: list[tuple[str, str]] = field(default_factory=list)  # (article id, outlet)


def timeline(articles: Sequence[Article], dates: dict[str, ShownDate] | None = None) -> Timeline:
    """The articles with a publication date on one time axis (a stored time is no publication
    date); the others are listed as undated, never placed on the axis."""
    out = Timeline()
    published = {k: d.value for k, d in (dates or {}).items() if d.kind == "published"}
    dated = [(a, parse_date(a.date or published.get(a.id))) for a in articles]
    known = [(a, d) for a, d in dated if d is not None]
    out.undated = [(a.id, a.source or a.id) for a, d in dated if d is None]
    if not known:
        return out
    outlets = list(dict.fromkeys(a.source or a.id for a, _ in known))
    row_y = {name: 30 + 28 * i for i, name in enumerate(outlets)}
    out.rows = [(name, row_y[name]) for name in outlets]
    out.height = 30 + 28 * len(outlets) + 30
    first, last = min(d for _, d in known), max(d for _, d in known)
    span = (last - first).total_seconds()
    out.start, out.end = first.isoformat(sep=" ", timespec="minutes"), last.isoformat(sep=" ", timespec="minutes")
    for article, when in known:
        share = (when - first).total_seconds() / span if span else 0.5
        out.points.append(
            TimelinePoint(
                article=article.id, outlet=article.source or article.id, title=article.title, date=article.date or published.get(article.id, ""),
                x=round(out.left + share * (out.right - out.left), 1), y=row_y[article.source or article.id],
            )
        )
    return out


def entity_forms(entity: Entity, index: ReportIndex) -> list[tuple[str, list[str]]]:
    """The forms each outlet used for an entity, in the report's article order."""
    forms: dict[str, dict[str, None]] = defaultdict(dict)
    for mention in entity.mentions:
        forms[mention.article][mention.text] = None
    return [(index.outlet(a), list(forms[a])) for a in index.articles if a in forms]


SentenceHtml = Callable[[Sentence, ReportIndex, Markup], Markup]


def report_view(
    report: Report,
    sentence_html: SentenceHtml,
    *,
    dates: dict[str, ShownDate] | None = None,
    entity_key: Callable[[str], str] | None = None,
) -> dict[str, Any]:
    """Everything the report body shows, in the order it shows it.

    ``sentence_html`` wraps each sentence (the CLI report and the web page mark them up
    differently); ``dates``: article id -> the date to show when the article has none;
    ``entity_key``: the web app's entity page key (None: no links beyond the page).
    """
    from .html import article_body

    index = ReportIndex.of(report)
    dates = dates or {}
    highlights = highlights_of(report)
    columns = [
        {
            "article": article,
            "url": safe_http_url(article.url),
            "body": article_body(article, index, highlights.get(article.id, []), sentence_html),
            "date": ShownDate("published", article.date) if article.date else dates.get(article.id),
            "counts": Counter(k for s in article.sentences for k in index.sentence_classes(s.id)),
            "cue_count": sum(1 for c in report.framing if c.article == article.id),
        }
        for article in index.articles.values()
    ]
    framing = index.framing_by_article()
    published = {k: d.value for k, d in dates.items() if d.kind == "published"}
    return {
        "report": report,
        "index": index,
        "summary": summary_of(report, published),
        "columns": columns,
        "digest": [(line.text, [cite_of(index, sid) for sid in line.citations]) for line in report.digest],
        "left_out": [(lo, [cite_of(index, sid) for sid in lo.group]) for lo in report.left_out],
        "conflicts": [
            (conflict, [(side, cite_of(index, side.sentence)) for side in conflict.sides]) for conflict in report.conflicts
        ],
        "agreements": [(a, [(ref, cite_of(index, ref.sentence)) for ref in a.claims]) for a in report.agreements],
        # a part of a sentence is shown in its sentence, the part in bold
        "unique": [(ref, cite_of(index, ref.sentence), _unique_shown(index, ref)) for ref in report.unique],
        "entities": [
            {"entity": e, "key": entity_key(e.name) if entity_key else "", "forms": entity_forms(e, index),
             "suspects": [(s, cite_of(index, s.sentence) if s.sentence else None) for s in e.suspect]}
            for e in report.entities
        ],
        "framing": [
            {"article": a, "outlet": index.outlet(a),
             "kinds": [(framing_label(k), k, [(c, cite_of(index, c.sentence)) for c in cues]) for k, cues in framing.get(a, {}).items()]}
            for a in index.article_order()
        ],
        "timeline": timeline(report.articles, dates),
        "dates": dates,
        "removed": [(a, line) for a in report.articles for line in a.removed],
        "framing_kinds": [(k, framing_label(k)) for k in FRAMING_KINDS],
    }
