"""What the Markdown and HTML renderers both need: look-ups into a report, in one place."""

from __future__ import annotations

import logging
from collections import defaultdict
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from markupsafe import Markup

from ..model import Article, FramingCue, Report, Sentence

log = logging.getLogger(__name__)

# The documented framing kinds, in the order a reader meets them; unknown kinds follow, sorted.
FRAMING_KINDS = ("loaded", "naming", "scare_quote", "hedge", "voice", "tone")
FRAMING_LABELS = {
    "loaded": "Loaded terms",
    "naming": "Naming choices",
    "scare_quote": "Scare quotes",
    "hedge": "Hedges",
    "voice": "Voices quoted",
    "tone": "Tone",
}


def framing_label(kind: str) -> str:
    return FRAMING_LABELS.get(kind, kind.replace("_", " ").capitalize())


@dataclass(slots=True)
class ReportIndex:
    """Sentences by id, and the findings that touch each sentence, built once per render."""

    report: Report
    articles: dict[str, Article] = field(default_factory=dict)
    sentences: dict[str, Sentence] = field(default_factory=dict)
    shared_with: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    unique: set[str] = field(default_factory=set)
    conflicts: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))

    @classmethod
    def of(cls, report: Report) -> ReportIndex:
        index = cls(report=report)
        for article in report.articles:
            if article.id in index.articles:
                log.warning("two articles share the id %r; links reach the first", article.id)
                continue
            index.articles[article.id] = article
            for sentence in article.sentences:
                index.sentences.setdefault(sentence.id, sentence)
        for agreement in report.agreements:
            ids = [c.sentence for c in agreement.claims]
            for ref in agreement.claims:
                index.shared_with[ref.sentence].extend(i for i in ids if i != ref.sentence)
        index.unique = {ref.sentence for ref in report.unique}
        for conflict in report.conflicts:
            for side in conflict.sides:
                index.conflicts[side.sentence].append(f"{conflict.kind}: {conflict.explanation}")
        return index

    def outlet(self, article_id: str) -> str:
        """The outlet name of an article, or its id when the article is not in the report."""
        article = self.articles.get(article_id)
        return article.source or article.id if article else article_id

    def has_sentence(self, sentence_id: str) -> bool:
        return sentence_id in self.sentences

    def sentence_classes(self, sentence_id: str) -> list[str]:
        classes = []
        if sentence_id in self.shared_with:
            classes.append("shared")
        if sentence_id in self.unique:
            classes.append("unique")
        if sentence_id in self.conflicts:
            classes.append("conflict")
        return classes

    def sentence_note(self, sentence_id: str) -> str:
        """Why a sentence is marked, for its tooltip."""
        notes = []
        if sentence_id in self.shared_with:
            others = sorted(set(self.shared_with[sentence_id]))
            notes.append("shared with " + ", ".join(others) if others else "shared")
        if sentence_id in self.unique:
            notes.append("only this outlet says this")
        notes += [f"conflict ({c})" for c in self.conflicts.get(sentence_id, [])]
        return "; ".join(notes)

    def framing_by_article(self) -> dict[str, dict[str, list[FramingCue]]]:
        """Framing cues per article id, grouped by kind in the documented order."""
        grouped: dict[str, dict[str, list[FramingCue]]] = defaultdict(lambda: defaultdict(list))
        for cue in self.report.framing:
            grouped[cue.article][cue.kind].append(cue)
        ordered: dict[str, dict[str, list[FramingCue]]] = {}
        for article_id, by_kind in grouped.items():
            kinds = [k for k in FRAMING_KINDS if k in by_kind] + sorted(set(by_kind) - set(FRAMING_KINDS))
            ordered[article_id] = {k: by_kind[k] for k in kinds}
        return ordered

    def article_order(self) -> list[str]:
        """Article ids as the report lists them, then ids findings name that are not in it."""
        ids = list(self.articles)
        for cue in self.report.framing:
            if cue.article not in self.articles and cue.article not in ids:
                ids.append(cue.article)
        return ids


def safe_http_url(url: str | None) -> str | None:
    """``url`` when it is a plain http(s) URL that may become a link; otherwise None.

    Anything else (``javascript:``, ``data:``, relative paths, URLs carrying whitespace or
    control characters) is shown as text, never placed in an ``href``.
    """
    if not url:
        return None
    if any(ch.isspace() or ord(ch) < 32 or ord(ch) == 127 for ch in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url


def mentions_by_article(mentions: tuple) -> str:
    """"a1: 3, a2: 1" — how often an entity is named in each article."""
    counts: dict[str, int] = defaultdict(int)
    for mention in mentions:
        counts[mention.article] += 1
    return ", ".join(f"{a}: {n}" for a, n in counts.items())


QUOTE_MARKS = "\"'“”‘’«»„‹›"


def is_quoted(text: str) -> bool:
    """True when the text already opens and closes with quotation marks of its own."""
    text = text.strip()
    return len(text) > 1 and text[0] in QUOTE_MARKS and text[-1] in QUOTE_MARKS


OPENING_QUOTES = "\"'\u201c\u201d\u201e\u201f\u2018\u2019\u201a\u201b\u00ab\u00bb\u2039\u203a\u300c\u300e"
CLOSING_QUOTES = "\"\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a\u300d\u300f"  # no ' or \u2019: an apostrophe ends words


def in_sentence(index: ReportIndex, sentence_id: str, start: int, end: int) -> tuple[str, str, str] | None:
    """A claim that is part of its sentence ("about 30 miles south of Portland") as the sentence's
    text before it, the claim, and the text after it; None when the claim is the whole sentence
    or its offsets do not fall inside the sentence."""
    sentence = index.sentences.get(sentence_id)
    if sentence is None or not (sentence.start <= start < end <= sentence.end):
        return None
    if start == sentence.start and end == sentence.end:
        return None
    text = sentence.text
    a, b = start - sentence.start, end - sentence.start
    if not text[a:b].strip() or (not text[:a].strip() and not text[b:].strip()):
        return None
    return text[:a], text[a:b], text[b:]


def quoted_part(parts: tuple[str, str, str]) -> Markup:
    """The sentence of a part claim in quotation marks, the part in bold (every piece escaped)."""
    before, part, after = parts
    return Markup("<q>{}<strong>{}</strong>{}</q>").format(before, part, after)


def quoted(text: str | None) -> Markup:
    """Quoted text from an article: ``<q>`` adds the quotation marks, unless the text already
    starts or ends with one (a quoted sentence), which then shows as it is, in a span."""
    text = text or ""
    bare = text.strip()
    if bare and (bare[0] in OPENING_QUOTES or bare[-1] in CLOSING_QUOTES):
        return Markup('<span class="quoted">{}</span>').format(text)
    return Markup("<q>{}</q>").format(text)
