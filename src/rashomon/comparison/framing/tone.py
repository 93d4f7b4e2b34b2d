"""Tone toward the main entities, per outlet."""

from __future__ import annotations

import bisect
import math
import re
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from ...errors import MissingExtra
from ...model import Article, Entity, FramingCue, Sentence
from ...text.calendar import CALENDAR_WORDS
from . import resources
from .lexicon import Lexicon
from .quotes import _quote_spans
from .voices import _SPEAKER_STOP

TONE_BACKENDS = ("lexicon", "vader")

_NAME_RUN = re.compile(r"(?<![\w’'-])[A-Z][\w’'.-]*(?:\s+(?:of\s+the\s+|of\s+)?[A-Z][\w’'.-]*)*")
_NAME_STOP = _SPEAKER_STOP | {
    "mr", "mrs", "ms", "dr", *CALENDAR_WORDS,
}


def _name_candidates(article: Article) -> set[str]:
    names = set()
    for m in _NAME_RUN.finditer(article.text):
        words = re.sub(r"[’']s?$", "", m.group()).rstrip(".").split()
        while words and words[0].lower() in _NAME_STOP:
            words.pop(0)
        if not words:
            continue
        names.add(" ".join(words))
        if len(words) > 1 and words[-1].lower() not in _NAME_STOP:
            names.add(words[-1])
    return {n for n in names if len(n) > 2}


def _main_referents(
    articles: Sequence[Article], entities: Sequence[Entity]
) -> list[tuple[str, dict[str, set[str]]]]:
    """(name, {article id: sentence ids}) for referents two or more articles mention."""
    out = []
    if entities:
        for entity in entities:
            where: dict[str, set[str]] = defaultdict(set)
            for m in entity.mentions:
                where[m.article].add(m.sentence)
            if len(where) >= 2:
                out.append((entity.name, dict(where)))
        return out
    per_article = {a.id: _name_candidates(a) for a in articles}
    shared = {n for n in set().union(*per_article.values()) if sum(n in c for c in per_article.values()) >= 2}
    for name in sorted(shared):
        pattern = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
        where = {a.id: {s.id for s in a.sentences if pattern.search(s.text)} for a in articles}
        out.append((name, {k: v for k, v in where.items() if v}))
    return out


# After the verb "lies" of place or of where a cause sits: a preposition of place, an adverb of
# distance or degree, or a number ("lies at", "lies only 400 metres", "lies in the geology", "lies 12 km").
_PLACE_AFTER_LIES = frozenset(
    "at in on inside within over under beneath below above near between with along outside off beyond behind "
    "across ahead only just alone some roughly around north south east west close far".split()
)


def _lies_of_place(tokens: Sequence[str], i: int) -> bool:
    """Whether ``tokens[i]`` is "lies", the verb of place: a place word or a number comes next, or
    "about" and a number ("lies about 5 km"); "lies about the war" stays falsehoods."""
    if tokens[i] != "lies" or i + 1 >= len(tokens):
        return False
    after = tokens[i + 1]
    if after in _PLACE_AFTER_LIES or after[:1].isdigit():
        return True
    return after == "about" and i + 2 < len(tokens) and tokens[i + 2][:1].isdigit()


class _LexiconTone:
    """Sentence score from the lexicon's word list: VADER's valences, negation and normalisation."""

    def __init__(self, tone: dict[str, Any]) -> None:
        self.words: dict[str, float] = tone["words"]
        self.negators = set(tone["negators"])
        self.scalar = float(tone["negation_scalar"])
        self.alpha = float(tone["alpha"])

    def score(self, text: str) -> tuple[float, list[str]]:
        raw = re.findall(r"[\w’'-]+", text)
        tokens = [t.lower() for t in raw]
        total, used = 0.0, []
        for i, token in enumerate(tokens):
            valence = self.words.get(token)
            if valence is None or (i > 0 and raw[i][:1].isupper()):
                continue  # capitalised mid-sentence: a name or title ("Heavyweight Champion")
            if _lies_of_place(tokens, i):
                continue  # VADER rates "lies" as falsehoods; "the plant lies 12 km from" tells a place
            if any(t in self.negators for t in tokens[max(0, i - 3) : i]):
                valence *= self.scalar
            total += valence
            used.append(token)
        return (total / math.sqrt(total * total + self.alpha) if total else 0.0), used


class _VaderTone:
    def __init__(self) -> None:
        try:
            from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
        except ImportError as exc:
            raise MissingExtra("sentiment", "vaderSentiment", "tone='vader'") from exc
        self.analyzer = SentimentIntensityAnalyzer()

    def score(self, text: str) -> tuple[float, list[str]]:
        return float(self.analyzer.polarity_scores(text)["compound"]), []


def _tone_cues(
    articles: Sequence[Article], entities: Sequence[Entity], lexicon: Lexicon, backend: str
) -> list[FramingCue]:
    if len(articles) < 2:
        return []
    scorer = _VaderTone() if backend == "vader" else _LexiconTone(lexicon.tone)
    threshold = float(lexicon.tone["threshold"])
    min_sentences = int(lexicon.tone["min_sentences"])
    by_id = {a.id: a for a in articles}
    quotes = {a.id: _quote_spans(a.text) for a in articles}
    cache: dict[str, tuple[float, list[str]]] = {}
    cues: dict[tuple[str, frozenset[str]], tuple[str, FramingCue]] = {}
    for name, where in _main_referents(articles, entities):
        for article_id, sentence_ids in where.items():
            article = by_id[article_id]
            sentences = [s for s in article.sentences if s.id in sentence_ids]
            if len(sentences) < min_sentences:
                continue
            scores = []
            for s in sentences:
                if s.id not in cache:
                    cache[s.id] = scorer.score(_unquoted(article.text, s, quotes[article_id]))
                scores.append((cache[s.id], s))
            mean = sum(sc[0] for sc, _ in scores) / len(scores)
            agreeing = sum(1 for (value, _), _ in scores if value * mean > 0)
            if abs(mean) < threshold or agreeing < min_sentences:
                continue  # one charged sentence is not a tone
            (strongest, words), sentence = max(scores, key=lambda x: x[0][0] * math.copysign(1, mean))
            key = (article_id, frozenset(sentence_ids))
            if key in cues and len(cues[key][0]) >= len(name):
                continue  # the same sentences under another name: keep the longer ("Anthony Blinken")
            detail = f"; words: {', '.join(sorted(set(words)))}" if words else ""
            cues[key] = name, _tone_cue(
                article_id, sentence,
                f"tone toward {name}: {mean:+.2f} ({'negative' if mean < 0 else 'positive'}, mean over "
                f"{len(scores)} sentences, {backend}{detail})",
            )
    return [cue for _, cue in cues.values()]


def _tone_cue(article_id: str, sentence: Sentence, note: str) -> FramingCue:
    """A tone finding, shown on the sentence that carries it most."""
    return FramingCue(article=article_id, sentence=sentence.id, text=sentence.text, kind="tone", note=note,
                      start=sentence.start, end=sentence.end)


def _unquoted(text: str, sentence: Sentence, quotes: Sequence[tuple[int, int]]) -> str:
    """The sentence without quoted words: the outlet's tone, not its sources'."""
    chars = list(text[sentence.start : sentence.end])
    # quotations in text order: start at the first one ending after the sentence opens
    k = bisect.bisect_right(quotes, sentence.start, key=lambda q: q[1])
    while k < len(quotes) and quotes[k][0] < sentence.end:
        s, e = quotes[k]
        k += 1
        for i in range(max(s, sentence.start), min(e, sentence.end)):
            chars[i - sentence.start] = " "
    return "".join(chars)


# Group referents a loaded word can aim at, singular or plural (the note names the noun as written).
_GROUPS = {
    "the police": r"police(?:men|women)?|officers?|riot\s+police|cops?",
    "the protesters": r"protesters?|protestors?|demonstrators?|marchers?",
    "the fans": r"fans?|supporters?|spectators?",
    "the government": r"government",
    "the regime": r"regime",
    "migrants": r"migrants?|refugees?|asylum[\s-]seekers?|immigrants?",
    "the troops": r"troops|soldiers?|forces",
    "the rebels": r"rebels?|insurgents?|militants?|fighters?",
    "the strikers": r"strikers?|workers?|unions?",
    "the activists": r"activists?|campaigners?",
}
_GROUP_RUN = "|".join(f"(?P<g{i}>{p})" for i, p in enumerate(_GROUPS.values()))
# the loaded word modifies the group ("violent protesters", "brutal riot police"), or names it with
# an of-phrase ("a mob of so-called supporters")
_AFTER_MODIFIER = re.compile(rf"\s+(?:[a-z]+-?[a-z]*\s+)?(?:{_GROUP_RUN})\b")
_AFTER_OF = re.compile(rf"\s+(?:[a-z]+\s+)?of\s+(?:so-called\s+|[a-z]+\s+)?(?:{_GROUP_RUN})\b")
_MIN_GROUP_VALENCE = 1.5  # VADER scale -4..4: "brutal" -3.1, "peaceful" 2.2; "friendly"-grade words are not framing
_GROUP_STOP = {"and", "or", "but", "the", "a", "an", "of", "to", "by", "with", "as", "than", "in", "on", "at", "for"}


def _group_after(text: str, end: int) -> str | None:
    """The group noun, as written, whose noun phrase the words ending at ``end`` belong to."""
    for pattern in (_AFTER_MODIFIER, _AFTER_OF):
        m = pattern.match(text, end)
        if m is None:
            continue
        between = text[end : m.start(m.lastgroup)].split()
        if any(w.lower() in _GROUP_STOP - ({"of"} if pattern is _AFTER_OF else set()) for w in between):
            continue  # a clause or list boundary: the word is not in the group's noun phrase
        return re.sub(r"\s+", " ", m.group(m.lastgroup).lower())
    return None


def _phrase_valence(phrase: str) -> float | None:
    """The strongest VADER valence among the phrase's whole words, when all rated words agree in
    sign and it is clearly charged; hyphenated compounds are not split ("fossil-friendly" is not
    friendly)."""
    rated = [v for w in re.findall(r"[\w’']+(?:-[\w’']+)*", phrase) if "-" not in w and (v := resources.valence(w)) is not None]
    if not rated or (min(rated) < 0 < max(rated)):
        return None
    strongest = max(rated, key=abs)
    return strongest if abs(strongest) >= _MIN_GROUP_VALENCE else None


def group_tone_cues(articles: Sequence[Article], cues: Sequence[FramingCue]) -> list[FramingCue]:
    """Tone toward unnamed groups: the outlet's own loaded words in the group's noun phrase."""
    by_id = {a.id: a for a in articles}
    found: dict[tuple[str, str], list[tuple[str, float, FramingCue]]] = defaultdict(list)
    for cue in cues:
        if cue.kind not in ("loaded", "naming") or cue.article not in by_id:
            continue
        text = by_id[cue.article].text
        phrase = text[cue.start : cue.end]
        valence = _phrase_valence(phrase)
        if valence is None:
            continue  # no sign to give: a loaded word is not necessarily a hostile one
        group = _group_after(text, cue.end)
        if group is not None:
            found[(cue.article, group)].append((phrase, valence, cue))
    out = []
    for (article_id, group), hits in found.items():
        total = sum(v for _, v, _ in hits)
        if any(v * total <= 0 for _, v, _ in hits):
            continue  # mixed signs toward one group: no tone rather than a wrong one
        first = min(hits, key=lambda h: h[2].start)[2]
        sentence = next(s for s in by_id[article_id].sentences if s.id == first.sentence)
        out.append(_tone_cue(
            article_id, sentence,
            f"tone toward the {group}: {'negative' if total < 0 else 'positive'} (loaded words on the group: "
            f"{', '.join(sorted({p for p, _, _ in hits}))})",
        ))
    return out
