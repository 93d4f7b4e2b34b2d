"""The ten-second summary at the top of a report: what differs, before the texts.

    summary_of(report)       -> Summary: the event in one sentence, the outlets with their
                                headlines, the conflicts, what each outlet alone reports and
                                what it leaves out, the framing contrasts, the coverage in time
    neutral_title(titles)    the headline with the fewest framing cues (the story's title)
    report_title(report)     the same, counting the cues the report found in its headlines too

Everything here is read from the report's public fields; nothing is inferred that the report
does not hold. Strings stay plain strings: the templates escape them.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import lru_cache
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..model import Article, ClaimRef, Conflict, DigestSentence, FramingCue, Report
from .common import safe_http_url

# What a contrast may be made of: wording the outlet chose. A voice (whom it quotes) and tone
# are not contrasts of wording; hedges and scare quotes have no wording of the others to show.
CONTRAST_KINDS = ("loaded", "naming")
MAX_PER_OUTLET = 3
MAX_CONTRASTS = 8


@dataclass(frozen=True, slots=True)
class Cited:
    """A claim as the summary shows it: its text and the sentence ids that carry it."""

    text: str
    sentences: tuple[str, ...]
    outlets: tuple[str, ...] = ()
    # the conflicts between these sentences: ``text`` is one outlet's wording and value, not every one's
    disputed: tuple[str, ...] = ()


@dataclass(slots=True)
class OutletLine:
    article: str  # article id
    outlet: str
    title: str
    date: str | None
    url: str | None  # only a safe http(s) URL
    alone: list[Cited] = field(default_factory=list)  # claims no other outlet makes
    alone_more: int = 0
    missing: list[Cited] = field(default_factory=list)  # claims two or more others make, not this one
    missing_more: int = 0
    # the article's language where it is not the story's ("de" among English articles): its
    # sentences are rarely matched with the others', so what it "leaves out" is not told
    other_language: str = ""


@dataclass(frozen=True, slots=True)
class Contrast:
    """One outlet's wording where the others (or a neutral wording) differ."""

    article: str
    outlet: str
    sentence: str
    kind: str
    text: str
    neutral: str
    others: tuple[str, ...]  # outlets whose text holds the neutral wording; () when none does
    note: str


@dataclass(slots=True)
class Summary:
    event: Cited | None
    outlets: list[OutletLine]
    conflicts: tuple[Conflict, ...]
    contrasts: list[Contrast]
    contrasts_more: int
    coverage: list[OutletLine]  # dated first, in time order, then undated
    compared: bool  # two or more articles: there was something to compare

    @property
    def has_differences(self) -> bool:
        return bool(self.conflicts or self.contrasts or any(o.alone or o.missing for o in self.outlets))


def _outlet(article: Article) -> str:
    return article.source or article.id


def _event(report: Report) -> Cited | None:
    """The event in one sentence: the digest's first sentence (it is neutral and cited), else
    the shortest claim that the most outlets share."""
    if report.digest:
        # a line that only restates a headline is one outlet's pitch, not the event
        headlines = {s.id for a in report.articles for s in a.sentences if a.title and s.text.strip() == a.title.strip()}
        told = [line for line in report.digest if not set(line.citations) <= headlines] or list(report.digest)
        line = min(told[:3], key=framing_load)  # of the first three, the least loaded
        return Cited(text=line.text, sentences=tuple(line.citations))
    best: tuple[int, int] | None = None
    chosen: ClaimRef | None = None
    group: tuple[ClaimRef, ...] = ()
    for agreement in report.agreements:
        articles = {c.article for c in agreement.claims}
        for claim in agreement.claims:
            key = (-len(articles), len(claim.text))
            if best is None or key < best:
                best, chosen, group = key, claim, agreement.claims
    if chosen is None:
        return None
    return Cited(text=chosen.text, sentences=tuple(dict.fromkeys(c.sentence for c in group)))


def _word_pattern(phrase: str) -> re.Pattern[str] | None:
    words = re.findall(r"\w+", phrase.casefold())
    if not words:
        return None
    return re.compile(r"\b" + r"\W+".join(re.escape(w) for w in words) + r"\b")


def contrasts_of(report: Report) -> list[Contrast]:
    """Every loaded term and naming choice of the report, with the outlets whose own text holds
    its neutral wording (those first)."""
    return _contrasts(report, {a.id: _outlet(a) for a in report.articles})


def _contrasts(report: Report, outlets: dict[str, str]) -> list[Contrast]:
    texts = {a.id: a.text.casefold() for a in report.articles}
    seen: set[tuple[str, str, str]] = set()
    out = []
    for cue in report.framing:
        if cue.kind not in CONTRAST_KINDS or cue.article not in texts:
            continue
        neutral = cue.neutral.strip()
        key = (cue.article, cue.text.casefold(), neutral.casefold())
        if key in seen:
            continue
        seen.add(key)
        pattern = _word_pattern(neutral) if neutral else None
        others = tuple(dict.fromkeys(
            outlets[a] for a, text in texts.items()
            if a != cue.article and outlets[a] != outlets[cue.article] and pattern is not None and pattern.search(text)
        ))
        out.append(Contrast(article=cue.article, outlet=outlets[cue.article], sentence=cue.sentence, kind=cue.kind,
                            text=cue.text, neutral=neutral, others=others, note=cue.note))
    # contrasts the other outlets' own words back first: they are the ones a reader can check
    out.sort(key=lambda c: (not c.others, not c.neutral))
    return out


def summary_of(report: Report, dates: dict[str, str | None] | None = None) -> Summary:
    """The summary of ``report``. ``dates``: article id -> a date to show when the article has
    none of its own (the web app passes the stored articles' dates)."""
    articles = list(report.articles)
    outlets = {a.id: _outlet(a) for a in articles}
    lines = {
        a.id: OutletLine(article=a.id, outlet=outlets[a.id], title=a.title, date=a.date or (dates or {}).get(a.id),
                         url=safe_http_url(a.url))
        for a in articles
    }
    for article_id, language in other_languages(articles).items():
        lines[article_id].other_language = language
    alone: dict[str, list[Cited]] = defaultdict(list)
    for ref in report.unique:
        if ref.article in lines:
            alone[ref.article].append(Cited(text=ref.text, sentences=(ref.sentence,)))
    missing: dict[str, list[Cited]] = defaultdict(list)
    # who tells a sentence, over every group it is in: "About 300 residents signed" grouped with one
    # outlet's "1,200 residents who signed" and again with another's is not left out by either
    told_with: dict[str, set[str]] = defaultdict(set)
    for agreement in report.agreements:
        for claim in agreement.claims:
            told_with[claim.sentence] |= {c.article for c in agreement.claims}
    for agreement in report.agreements:
        carried = {c.article for c in agreement.claims if c.article in lines}
        carriers = {outlets[a] for a in carried}
        if len(carriers) < 2:
            continue
        # told by its shortest member in the story's language ("Rund 300 Einwohner ..." is no English reader's)
        first = min(agreement.claims, key=lambda c: (c.article in lines and bool(lines[c.article].other_language), len(c.text)))
        sentences = tuple(dict.fromkeys(c.sentence for c in agreement.claims))
        cited = Cited(text=first.text, sentences=sentences, outlets=tuple(sorted(carriers, key=str.casefold)),
                      disputed=_disputed(report.conflicts, set(sentences)))
        for article_id, line in lines.items():
            if article_id in carried or line.outlet in carriers or line.other_language or article_id in told_with[first.sentence]:
                continue
            if any(c.text == cited.text for c in missing[article_id]):
                continue  # one sentence in two groups is one thing left out
            missing[article_id].append(cited)
    for article_id, line in lines.items():
        line.alone, line.alone_more = alone[article_id][:MAX_PER_OUTLET], max(0, len(alone[article_id]) - MAX_PER_OUTLET)
        # the claims the most outlets carry come first
        ranked = sorted(missing[article_id], key=lambda c: -len(c.outlets))
        line.missing, line.missing_more = ranked[:MAX_PER_OUTLET], max(0, len(ranked) - MAX_PER_OUTLET)
    contrasts = _contrasts(report, outlets)
    ordered = list(lines.values())
    dated = sorted((o for o in ordered if o.date), key=lambda o: o.date or "")
    return Summary(
        event=_event(report),
        outlets=ordered,
        conflicts=report.conflicts,
        contrasts=contrasts[:MAX_CONTRASTS],
        contrasts_more=max(0, len(contrasts) - MAX_CONTRASTS),
        coverage=dated + [o for o in ordered if not o.date],
        compared=len(articles) > 1,
    )


def other_languages(articles: Sequence[Article]) -> dict[str, str]:
    """Article id -> its language, for the articles not in the language most of them are in."""
    main = _main_language(articles)
    return {a.id: a.language for a in articles if main and a.language and a.language != main}


def _main_language(articles: Sequence[Article]) -> str:
    """The language most of the articles are in ("" when none is known, or when no language leads)."""
    counts = Counter(a.language for a in articles if a.language).most_common(2)
    if not counts or (len(counts) > 1 and counts[0][1] == counts[1][1]):
        return ""
    return counts[0][0]


def _disputed(conflicts: Sequence[Conflict], sentences: set[str]) -> tuple[str, ...]:
    """The explanations of the conflicts whose disagreeing sides are among ``sentences``: the
    outlets of one shared claim that give it different figures, days or doers."""
    return tuple(c.explanation for c in conflicts
                 if len({side.group for side in c.sides if side.sentence in sentences}) > 1)


def framing_load(title: str | DigestSentence) -> int:
    """How many framing cues a headline (or a digest line) carries: lexicon terms, scare quotes, exclamation marks."""
    return _framing_load(title if isinstance(title, str) else title.text)


@lru_cache(maxsize=4096)
def _framing_load(title: str) -> int:
    from ..comparison.framing import load_lexicon

    count = sum(1 for entry in load_lexicon().entries for _ in entry.regex.finditer(title))
    count += len(re.findall(r"[\"“‘']\w[^\"”’']{0,40}[\"”’']", title))
    return count + title.count("!")


def neutral_title(titles: Sequence[str]) -> str:
    """The headline with the fewest framing cues; on a tie, the first given (the oldest)."""
    shown = [t for t in titles if t and t.strip()]
    if not shown:
        return ""
    return min(enumerate(shown), key=lambda pair: (framing_load(pair[1]), pair[0]))[1]


def report_title(report: Report) -> str:
    """The report's most neutral headline: :func:`neutral_title`, also counting the framing cues
    the report itself found in a headline that is one of its article's sentences (a text file's
    first line). The lexicon alone missed "Reckless" and "smash" in "Reckless driver blamed as
    trams smash together", which the report flags, and made it the title over "Trams collide
    at the junction"."""
    headline_cues: Counter[str] = Counter()
    headlines = {s.id: a.id for a in report.articles for s in a.sentences
                 if a.title.strip() and s.text.strip() == a.title.strip()}
    for cue in report.framing:
        if cue_is_framing(cue) and cue.sentence in headlines:
            headline_cues[headlines[cue.sentence]] += 1
    shown = [(n, a.title, headline_cues[a.id]) for n, a in enumerate(report.articles) if a.title.strip()]
    if not shown:
        return ""
    return min(shown, key=lambda item: (framing_load(item[1]) + item[2], item[0]))[1]


def cue_is_framing(cue: FramingCue) -> bool:
    """A cue shown as framing (coloured): not a plain record of whom the article quotes."""
    return cue.kind != "voice"
