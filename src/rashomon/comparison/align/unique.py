"""Unique claims: what one article tells and no other does.

Every claim in no agreement is unique; so are two kinds of parts of agreed claims, since a
sentence that carries a shared claim can carry a unique one too:

1. a clause (``pieces.clauses``) that nothing in another article comes close to;
2. a part of any length stating a figure that no other article states or counts, exactly or
   compatibly ("..., with 21 abstentions"), when nothing in another article comes close to it
   either (a figure told in other words is a telling of the same claim); a piece below the
   threshold that shares one word with it does not count, unless the figure counts a kind of
   thing another article counts.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

import numpy as np

from ...backends.embedders import Embedder
from ...backends.embedders.tfidf import stop_words, tfidf_cosines
from ...model import Claim, ClaimRef, Entity, Mention, Value
from ...text.stems import root_stem
from ...text.thesaurus import kind_of
from ..claims import span_hours
from ..claims.counted import currency_counted
from .pairs import RARE_FIGURE, figure_keys, figures_fit, intervals
from .pieces import _CLAUSE_SPLIT, clause_spans, pieces_of

# A clause of an agreed claim is unique when nothing in another article comes this close.
_UNIQUE_MARGIN = 0.05
_UNIQUE_LEXICAL = 0.2
# ... and a piece within the margin below the threshold counts as telling it only when the two
# share some wording too (the pairs' lexical floor): the static space puts unrelated sentences of
# one story near 0.6 ("instructed the government to pay 5,000 marks" / "more than 200 dead").
_UNIQUE_SHARED = 0.10
# A piece close to a figure part below the threshold tells it when it shares this many of the
# part's content words, the figures aside (``told_nowhere_else``).
_TOLD_WORDS = 2
_CONNECTIVE = re.compile(r"(?:and|but)\s+", re.IGNORECASE)
# A part of an agreed claim stating a figure no other article states is unique from this many
# words ("with 21 abstentions"); a claim stating more figures than this is a table row, not news.
_MIN_PART_WORDS = 3
_MAX_PART_FIGURES = 8
_PERCENTS = frozenset({"%", "pp", "bp"})
_WORDY = re.compile(r"\w")
_WORD = re.compile(r"[^\W\d_]{3,}")
_ARTICLE_FIGURE = re.compile(r"an?\s", re.IGNORECASE)
_NEXT_WORD = re.compile(r"[\s-]*[^\W\d_]*")
# A part stating a year no claim of another article states ("who has ruled the country since 2009", "it disappeared
# in 1943") is a figure part too (off when False; bench/README.md, "shared24").
FIGURE_PART_YEARS = True


def unique_clauses(
    claims: Sequence[Claim], texts: Sequence[str], agreed: set[int], cos: np.ndarray, lexical: np.ndarray, threshold: float,
    entities: Sequence[Entity] = (),
) -> list[ClaimRef]:
    """Clauses of agreed claims that no other article tells: a sentence that carries a shared
    claim can carry a unique one too. ``cos`` and ``lexical`` are piece x piece (``pieces_of``).
    A clause naming a person no other article names is read by its meaning alone: the wording it
    shares with another article is the names both mention ("President Ostrov congratulated Velin
    by telephone" / "Velin told reporters")."""
    _pieces_, owner = pieces_of(texts)
    n = len(claims)
    article_of = np.asarray([claims[k].article for k in owner])
    own_people = _people_only_one_names(entities)
    out = []
    for p in range(n, len(owner)):
        k = int(owner[p])
        if k not in agreed:
            continue
        others = article_of != claims[k].article
        if not others.any():
            continue
        first = int(np.nonzero(owner == k)[0][1])  # the claim's first clause piece (0 is its sentence)
        spans = clause_spans(claims[k])
        if len(spans) != int((owner == k).sum()) - 1:
            continue  # names replaced changed the cut: no offsets to point at
        start, end = spans[p - first]
        claim = claims[k]
        if (cos[p, others] >= threshold).any():
            continue
        if not _names_own_person(claim, start, end, own_people):
            near = (cos[p, others] >= threshold - _UNIQUE_MARGIN) & (lexical[p, others] >= _UNIQUE_SHARED)
            if near.any() or lexical[p, others].max() >= _UNIQUE_LEXICAL:
                continue
        start += _opening_connective(claim.text[start - claim.start : end - claim.start])
        out.append(ClaimRef(article=claim.article, sentence=claim.sentence, text=claim.text[start - claim.start : end - claim.start], start=start, end=end))
    return out


def _people_only_one_names(entities: Sequence[Entity]) -> list[Mention]:
    """The mentions of every person whom one article alone names."""
    return [m for e in entities if e.type == "PERSON" and len({m.article for m in e.mentions}) == 1 for m in e.mentions]


def _names_own_person(claim: Claim, start: int, end: int, mentions: Sequence[Mention]) -> bool:
    """A clause (offsets in its article) names a person no other article names."""
    return any(m.article == claim.article and m.sentence == claim.sentence and start <= m.start < end for m in mentions)


def _parts(text: str) -> list[tuple[int, int]]:
    """Offsets in ``text`` of every part the clause cut makes, short ones too, each without its
    edge punctuation and opening "and" or "but"."""
    out, cursor = [], 0
    for cut in [*_CLAUSE_SPLIT.finditer(text), None]:
        end = cut.start() if cut is not None else len(text)
        piece = text[cursor:end]
        lead = len(piece) - len(piece.lstrip(" ,."))
        start = cursor + lead
        start += _opening_connective(text[start:end])
        stop = cursor + len(piece.rstrip(" ,."))
        if stop > start:
            out.append((start, stop))
        cursor = cut.end() if cut is not None else len(text)
    return out


def _figure_key(claim: Claim, value: Value) -> tuple[list, set[str]]:
    """One figure of a claim as alignment compares figures: its interval and its keys."""
    alone = replace(claim, values=(value,))
    return intervals(alone), figure_keys(alone)


def _counted_kind(value: Value) -> tuple[str, str]:
    """What a figure counts: its unit and the noun after it, stemmed ("%", ""; "", "abstent").
    Percent, percentage points and basis points are one kind, whatever noun follows: news writes
    a rate rise in any of them ("a raise of 0.75% - inflation countermeasure" / "by 75 basis points").
    A share told in words ("a fifth of its exports", "one in five adults") is a share of its noun."""
    if value.unit in _PERCENTS and value.text[:1].isalpha() and value.counted:
        return "%", root_stem(value.counted.lower())
    if value.unit in _PERCENTS:
        return "%", ""
    if currency := _currency(value):
        return currency.upper(), ""  # "3 million crowns" / "900,000 crowns": sums of one currency, as "EUR"
    return value.unit, root_stem((value.counted or "").lower())


def _currency(value: Value) -> str:
    """The currency OEWN names that a figure counts ("crowns" after "3 million"), "" for any other."""
    return "" if value.unit else currency_counted(value.text, value.counted or "")


def figure_parts(claims: Sequence[Claim], agreed: set[int], told: Sequence[ClaimRef]) -> list[ClaimRef]:
    """Parts of agreed claims that state a figure no claim of another article states, exactly or
    compatibly, nor counts ("..., with 21 abstentions", "among them 15 nationals"): a figure only
    one outlet gives is a claim only it tells. So is a year no claim of another article states
    (``FIGURE_PART_YEARS``: "who has ruled the country since 2009"). ``told``: the unique clauses
    found already."""
    taken = [(ref.sentence, ref.start, ref.end) for ref in told]
    out = []
    df = _story_words(claims)
    for article, ks in _by_article(claims, agreed).items():
        others = [c for c in claims if c.article != article]
        other_spans = [s for c in others for s in intervals(c)]
        other_keys = set().union(*(figure_keys(c) for c in others))
        counting = _kinds_counted(others)
        for k in ks:
            claim = claims[k]
            numbers = [v for v in claim.values if v.kind == "number"]
            if len(numbers) > _MAX_PART_FIGURES:
                continue
            parts = _parts(claim.text)
            years = [v for v in claim.values if v.kind == "year"] if FIGURE_PART_YEARS else []
            for value in numbers + years:
                if _ARTICLE_FIGURE.match(value.text):
                    continue  # "for a day of terror": an article, no figure stated
                own, own_keys = _figure_key(claim, value)
                if value.kind == "year":
                    if not own_keys or own_keys & other_keys:
                        continue
                elif not own or own_keys & other_keys or figures_fit(own, other_spans):
                    continue
                ref = _part_of(claim, value, parts)
                if ref is None or any(s == ref.sentence and a < ref.end and ref.start < b for s, a, b in taken):
                    continue  # (a part inside a unique clause, or two figures of one part)
                if value.kind == "year":
                    taken.append((ref.sentence, ref.start, ref.end))
                    out.append(ref)
                    continue
                kind = _counted_kind(value)
                if _names_its_thing(value) and kind in counting:
                    continue  # another article counting the same thing, whatever the figure, tells it too (or contradicts it)
                if _counted_alike(claim, ref, value, counting.get(kind, ()), df):
                    continue
                taken.append((ref.sentence, ref.start, ref.end))
                out.append(ref)
    return out


def _kinds_counted(claims: Sequence[Claim]) -> dict[tuple[str, str], list[str]]:
    """The texts of the claims stating a figure of each kind (``_counted_kind``)."""
    out: dict[tuple[str, str], list[str]] = {}
    for claim in claims:
        for kind in {_counted_kind(v) for v in claim.values if v.kind == "number"}:
            out.setdefault(kind, []).append(claim.text)
    return out


def _story_words(claims: Sequence[Claim]) -> Counter:
    """How many claims of the story use each word (stemmed, lower-cased)."""
    return Counter(w for c in claims for w in _words(c.text))


def _words(text: str) -> set[str]:
    """A text's content words, stemmed and lower-cased."""
    stop = stop_words()
    return {root_stem(w.lower()) for w in _WORD.findall(text) if w.lower() not in stop}


def _names_its_thing(value: Value) -> bool:
    """A figure names what it counts ("seven people", "14 abstentions"), or is a rate (a rate rise
    is written in percent or in basis points, "a raise of 0.75%" / "by 75 basis points"): a figure
    of that kind in another article is the same measure. A bare figure, a sum of money or a span of
    time says nothing of what it measures ("more than 1,400", "180 million euros", "25 years")."""
    if value.unit in _PERCENTS:
        return True
    counted = (value.counted or "").strip()
    return bool(counted) and not value.unit and span_hours(counted) is None and not _currency(value)


def _counted_alike(claim: Claim, part: ClaimRef, value: Value, texts: Sequence[str], df: Counter) -> bool:
    """Another article counts the same thing as a part, whatever its figure, so tells the part too
    (or contradicts it): it states a figure of the part's kind and shares a word of the part that
    few claims of the story use, the figures aside: the thing counted ("with 14 abstentions" /
    "with 19 abstentions") or the wording around it ("killed 212 people in Drunesk" / "188 people
    were killed in Drunesk"). A figure of one kind alone is no tie, nor the story's common words: a
    story states many sums in euros, many spans in years ("the satellite was insured for 180
    million euros" / "lost revenue could reach 60 million euros")."""
    counted = "" if _currency(value) else (value.counted or "")  # a currency is no thing counted, as "EUR" is none
    own = _words(_without_figures(claim, part)) | {root_stem(counted.lower())}
    own = {w for w in own if w and df[w] <= RARE_FIGURE}
    return any(own & _words(text) for text in texts)


def _without_figures(claim: Claim, part: ClaimRef) -> str:
    """A part's text with every figure of its claim and the word after it (what it counts) blanked."""
    text = part.text
    for v in claim.values:
        if v.kind != "number" or not (part.start <= v.start < part.end):
            continue
        a = v.start - part.start
        after = _NEXT_WORD.match(text, min(v.end - part.start, len(text)))
        b = after.end() if after else v.end - part.start
        text = text[:a] + " " * (b - a) + text[b:]
    return text


def _by_article(claims: Sequence[Claim], chosen: set[int]) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for k in sorted(chosen):
        out.setdefault(claims[k].article, []).append(k)
    return out


def _part_of(claim: Claim, value: Value, parts: Sequence[tuple[int, int]]) -> ClaimRef | None:
    """The part of a claim (``_parts``) holding a value, when it is not the whole claim and has
    at least _MIN_PART_WORDS words."""
    at = value.start - claim.start
    part = next(((a, b) for a, b in parts if a <= at < b), None)
    if part is None or not (_WORDY.search(claim.text[: part[0]]) or _WORDY.search(claim.text[part[1] :])):
        return None  # the whole claim
    text = claim.text[part[0] : part[1]]
    if len(text.split()) < _MIN_PART_WORDS:
        return None
    return ClaimRef(article=claim.article, sentence=claim.sentence, text=text, start=claim.start + part[0], end=claim.start + part[1])


def told_nowhere_else(
    parts: Sequence[ClaimRef], claims: Sequence[Claim], pieces: Sequence[str], owner: np.ndarray, embedder: Embedder,
    threshold: float, also: Sequence[tuple[Embedder, float]] = (),
) -> list[ClaimRef]:
    """The parts nothing in another article comes close to, as :func:`unique_clauses` reads a
    clause: a figure told in other words ("188 citizens lost their lives" / "killed at least
    212") is another outlet's telling of the same claim, not a claim of its own. A piece close
    only in its wording, below the embedder's threshold, tells the part when it shares two of its
    content words, figures aside, or when the part counts a kind of thing another article counts
    (OEWN kinds: citizens and people are persons): one word in common is often a place or a
    common verb ("brokers reported freight firming by 4% in Torvik" / "she told reporters in
    Torvik"). ``also``: more (embedder, threshold) spaces read the same way, their parts after the
    first space's, each part once; the wording is read once for all."""
    if not parts:
        return []
    texts = list(pieces) + [p.text for p in parts]
    n = len(pieces)
    # the wording shared beyond the figures: "180 million euros" and "60 million euros" share none
    claim_of = {(c.article, c.sentence): c for c in claims}
    bare = list(pieces) + [_without_figures(claim_of[(p.article, p.sentence)], p) for p in parts]
    lexical = tfidf_cosines(bare, first=n)[:, :n]
    article_of = np.asarray([claims[k].article for k in owner])
    counted_kinds = _kinds_counted_by_article(claims)
    out = []
    for space, at in ((embedder, threshold), *also):
        vectors = space.embed(texts)
        cos = vectors[n:] @ vectors[:n].T
        for row, part in enumerate(parts):
            others = article_of != part.article
            if not others.any():
                continue
            if (cos[row, others] >= at).any():
                continue
            close = others & (((cos[row] >= at - _UNIQUE_MARGIN) & (lexical[row] >= _UNIQUE_SHARED)) | (lexical[row] >= _UNIQUE_LEXICAL))
            if not close.any():
                out.append(part)
                continue
            claim = claim_of[(part.article, part.sentence)]
            if _counts_a_kind_counted(claim, part, counted_kinds) or _shares_content(bare[n + row], [pieces[q] for q in np.nonzero(close)[0]]):
                continue
            out.append(part)
    return list(dict.fromkeys(out)) if also else out


def _shares_content(part: str, close: Sequence[str]) -> bool:
    """Some piece close to a part (its text with the figures blanked) shares at least _TOLD_WORDS
    of its content words."""
    own = _words(part)
    return any(len(own & _words(text)) >= _TOLD_WORDS for text in close)


def _kinds_counted_by_article(claims: Sequence[Claim]) -> dict[str, set[str]]:
    """For each article, the OEWN kinds of the things its figures count ("person" for "212 people")."""
    out: dict[str, set[str]] = {}
    for claim in claims:
        kinds = out.setdefault(claim.article, set())
        kinds.update(kind_of(v.counted) for v in claim.values if v.kind == "number" and v.counted and not _currency(v))
    for kinds in out.values():
        kinds.discard("")
    return out


def _counts_a_kind_counted(claim: Claim, part: ClaimRef, kinds: dict[str, set[str]]) -> bool:
    """A part's figure counts a thing of a kind another article counts too ("188 citizens" / "212
    people"): the other telling may be the same count in other words, so one word in common is
    not enough to call the part unique."""
    own = {kind_of(v.counted) for v in claim.values if v.kind == "number" and v.counted and not _currency(v) and part.start <= v.start < part.end} - {""}
    return any(own & found for article, found in kinds.items() if article != part.article)


def _opening_connective(clause: str) -> int:
    """How many characters of a clause its opening "and" or "but" takes: a clause cut after a
    comma (", and forecasters see no rain before September") is told without it."""
    found = _CONNECTIVE.match(clause)
    return found.end() if found and found.end() < len(clause) else 0
