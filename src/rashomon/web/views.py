"""What the pages show, built from reports and the store: plain data for the templates.

    story_view(report)            the story page: columns, digest, conflicts, entities,
                                  framing, timeline, removed lines
    entity_view(key, reports)     one entity across the stored reports
    outlet_view(name, reports)    one outlet across the stored reports, with its chart data

Every string from an article stays a plain string here; the templates escape it. The only
markup built in Python is the article body, assembled from escaped pieces by the renderer's
highlight helpers.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from urllib.parse import urlencode

from markupsafe import Markup

from ..model import Article, Entity, Report, Sentence
from ..renderers.common import FRAMING_KINDS, ReportIndex, framing_label, quoted  # noqa: F401  (quoted: the pages' filter)
from ..renderers.summary import neutral_title
from ..renderers.view import ShownDate, report_view, timeline  # noqa: F401  (timeline: re-exported)
from ..store.facade import StoredArticle, StorySummary

SENTENCE_MARKS = {"shared": "=", "unique": "+", "conflict": "!"}


def entity_key(name: str) -> str:
    """The URL key of an entity across stories: its name, case-folded, words joined by "-"."""
    return re.sub(r"[\W_]+", "-", name.casefold()).strip("-") or "-"


# --- dates -------------------------------------------------------------------------------------


def article_dates(articles: Sequence[Article], stored: Sequence[StoredArticle] = ()) -> dict[str, ShownDate]:
    """Article id -> the date to show: the report's date, else the stored article's date, else
    the time the article was stored (``kind="stored"``). Articles matched to no stored article
    and without a date of their own are left out (shown as undated): nothing is invented.

    A report's article is matched to its stored article by URL, then by path, then by outlet
    and title, each only when it names exactly one stored article.
    """
    keys: dict[tuple[str, ...], list[StoredArticle]] = defaultdict(list)
    for item in stored:
        if item.url:
            keys[("url", item.url)].append(item)
        if item.path:
            keys[("path", item.path)].append(item)
        keys[("title", item.source, item.title)].append(item)
    out: dict[str, ShownDate] = {}
    for article in articles:
        if article.date:
            out[article.id] = ShownDate("published", article.date)
            continue
        match = None
        for key in (("url", article.url or ""), ("path", article.path or ""), ("title", article.source, article.title)):
            if key[1] or key[0] == "title":
                found = keys.get(key, [])
                if len(found) == 1:
                    match = found[0]
                    break
        if match is None:
            continue
        if match.date:
            out[article.id] = ShownDate("published", match.date)
        elif match.ingested_at:
            out[article.id] = ShownDate("stored", match.ingested_at)
    return out


# --- the story page --------------------------------------------------------------------------


def story_sentence(sentence: Sentence, index: ReportIndex, inner: Markup) -> Markup:
    """A sentence of the story page: ``<span class="sent shared" id="sent-a1.s3" data-sid="a1.s3">``."""
    kinds = index.sentence_classes(sentence.id)
    note = index.sentence_note(sentence.id)
    marks = "".join(SENTENCE_MARKS[k] for k in kinds)
    if not note:
        return Markup('<span class="{}" id="sent-{}" data-sid="{}" data-mark="{}" title="{}">{}</span>').format(
            " ".join(["sent", *kinds]), sentence.id, sentence.id, marks, sentence.id, inner)
    # A marked sentence is a Tab stop: its note shows on keyboard focus (CSS), not only on hover.
    return Markup('<span class="{}" id="sent-{}" data-sid="{}" data-mark="{}" title="{}" tabindex="0">{}</span>').format(
        " ".join(["sent", *kinds]), sentence.id, sentence.id, marks, f"{sentence.id}: {note}", inner)


def story_view(report: Report, stored: Sequence[StoredArticle] = ()) -> dict[str, Any]:
    """Everything the story page shows, from one report (and the story's stored articles, for
    the dates the report lacks): the report body the CLI's HTML report shows too."""
    return report_view(report, story_sentence, dates=article_dates(report.articles, stored), entity_key=entity_key)


def story_title(summary: StorySummary, report: Report | None) -> str:
    """A story's title: its most neutral headline (fewest framing cues) when its report is at
    hand, else the title the store keeps."""
    if report is not None and report.articles:
        title = neutral_title([a.title for a in report.articles])
        if title:
            return title
    return summary.title


# --- the story list --------------------------------------------------------------------------


def outlet_count(story: StorySummary) -> int:
    """How many outlets a story has: its named outlets, or, when none of its articles names
    one, its number of articles (unnamed sources count apart, as :meth:`Store.story_page` does)."""
    return len(story.outlets) if story.outlets else story.size


@dataclass(frozen=True, slots=True)
class Page:
    """One page of a list: ``items`` are ``total[offset:offset + limit]``."""

    items: list[Any]
    total: int
    offset: int
    limit: int

    @property
    def first(self) -> int:
        """The 1-based position of the first item shown (0 when none is)."""
        return self.offset + 1 if self.items else 0

    @property
    def last(self) -> int:
        return self.offset + len(self.items)

    @property
    def previous_offset(self) -> int | None:
        return max(0, self.offset - self.limit) if self.offset > 0 else None

    @property
    def next_offset(self) -> int | None:
        return self.offset + self.limit if self.offset + self.limit < self.total else None


def page_query(path: str, params: dict[str, Any], offset: int | None) -> str:
    """``path`` with the non-empty ``params`` and ``offset`` (left out when 0) as its query."""
    query = {k: v for k, v in params.items() if v not in (None, "")}
    if offset:
        query["offset"] = offset
    return f"{path}?{urlencode(query)}" if query else path


ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def clean_date(value: str | None) -> str:
    """An ISO date from a form field, or "" (anything else is ignored, not an error)."""
    value = (value or "").strip()
    return value if ISO_DATE.match(value) else ""


# --- across stories --------------------------------------------------------------------------

StoryReport = tuple[StorySummary, Report]


def _matches(entity: Entity, key: str) -> bool:
    return entity_key(entity.name) == key or any(entity_key(v) == key for v in entity.variants)


def entity_view(key: str, reports: Iterable[StoryReport]) -> dict[str, Any] | None:
    """One entity across stories; None when no stored report names it."""
    names: Counter[str] = Counter()
    types: Counter[str] = Counter()
    forms: dict[str, Counter[str]] = defaultdict(Counter)  # outlet -> form -> mentions
    garbled: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))  # outlet -> form -> reasons
    stories = []
    for summary, report in reports:
        index = ReportIndex.of(report)
        found = [e for e in report.entities if _matches(e, key)]
        if not found:
            continue
        count = 0
        for entity in found:
            names[entity.name] += len(entity.mentions) or 1
            types[entity.type] += 1
            count += len(entity.mentions)
            for mention in entity.mentions:
                forms[index.outlet(mention.article)][mention.text] += 1
            for suspect in entity.suspect:
                garbled[index.outlet(suspect.article)][suspect.text].add(suspect.reason)
        stories.append({"story": summary, "names": sorted({e.name for e in found}), "mentions": count})
    if not stories:
        return None
    rows = []
    for outlet in sorted(set(forms) | set(garbled), key=str.casefold):
        used = forms.get(outlet, Counter())
        flagged = garbled.get(outlet, {})
        all_forms = list(used) + [f for f in flagged if f not in used]
        rows.append({
            "outlet": outlet,
            "forms": [{"text": f, "count": used.get(f, 0), "reasons": sorted(flagged.get(f, ()))} for f in all_forms],
        })
    return {
        "key": key,
        "name": names.most_common(1)[0][0],
        "other_names": [n for n, _ in names.most_common()][1:],
        "type": types.most_common(1)[0][0],
        "outlets": rows,
        "stories": stories,
    }


@dataclass(slots=True)
class Bar:
    label: str
    kind: str
    mine: float
    others: float
    y: int = 0
    mine_w: float = 0.0
    others_w: float = 0.0


def _bars(mine: Counter[str], my_articles: int, others: Counter[str], other_articles: int) -> dict[str, Any]:
    """Framing cues per article by kind, this outlet against the others, as SVG bar geometry."""
    kinds = [k for k in FRAMING_KINDS if mine.get(k) or others.get(k)]
    kinds += sorted((set(mine) | set(others)) - set(FRAMING_KINDS))
    bars = [
        Bar(label=framing_label(k), kind=k,
            mine=round(mine.get(k, 0) / my_articles, 2) if my_articles else 0.0,
            others=round(others.get(k, 0) / other_articles, 2) if other_articles else 0.0)
        for k in kinds
    ]
    top = max([b.mine for b in bars] + [b.others for b in bars] + [0.0001])
    left, width = 130, 380
    for i, bar in enumerate(bars):
        bar.y = 10 + i * 44
        bar.mine_w = round(width * bar.mine / top, 1)
        bar.others_w = round(width * bar.others / top, 1)
    return {"bars": bars, "left": left, "width": 640, "height": 20 + 44 * len(bars), "has_others": other_articles > 0}


def _title_key(title: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", title.casefold()).split())


def outlet_view(name: str, reports: Iterable[StoryReport]) -> dict[str, Any]:
    """One outlet across the stories whose reports are given (its stories list may be empty)."""
    stories = []
    naming = []
    loaded = []
    tone = []
    voices: Counter[str] = Counter()
    mine: Counter[str] = Counter()
    others: Counter[str] = Counter()
    my_articles = other_articles = 0
    for summary, report in reports:
        index = ReportIndex.of(report)
        my_ids = {a.id for a in report.articles if a.source == name}
        if not my_ids:
            continue
        my_articles += len(my_ids)
        other_articles += len(report.articles) - len(my_ids)
        mine_here = [a for a in report.articles if a.id in my_ids]
        same = _title_key(summary.title)
        stories.append({
            "story": summary, "articles": mine_here,
            # its own headlines, when they differ from the story's title (which the link shows)
            "headlines": list(dict.fromkeys(a.title for a in mine_here if a.title and _title_key(a.title) != same)),
        })
        for cue in report.framing:
            (mine if cue.article in my_ids else others)[cue.kind] += 1
            if cue.article not in my_ids:
                continue
            if cue.kind == "loaded":
                loaded.append({"story": summary, "cue": cue})
            elif cue.kind == "tone":
                tone.append({"story": summary, "cue": cue})
            elif cue.kind == "voice":
                voices[cue.note.removeprefix("quotes ").strip() or cue.text] += 1
        for entity in report.entities:
            my_forms = list(dict.fromkeys(m.text for m in entity.mentions if m.article in my_ids))
            their_forms: dict[str, list[str]] = defaultdict(list)
            for m in entity.mentions:
                if m.article not in my_ids and m.text not in their_forms[index.outlet(m.article)]:
                    their_forms[index.outlet(m.article)].append(m.text)
            if not my_forms or not their_forms:
                continue
            other_set = {f for forms in their_forms.values() for f in forms}
            if set(my_forms) == other_set:
                continue  # the same names as everyone: nothing to show
            suspects = {s.text: s.reason for s in entity.suspect if s.article in my_ids}
            naming.append({
                "story": summary, "entity": entity, "key": entity_key(entity.name),
                "mine": [(f, suspects.get(f, "")) for f in my_forms], "theirs": sorted(their_forms.items()),
            })
    return {
        "name": name,
        "stories": stories,
        "naming": naming,
        "loaded": loaded,
        "tone": tone,
        "voices": voices.most_common(),
        "chart": _bars(mine, my_articles, others, other_articles),
        "articles": my_articles,
    }
