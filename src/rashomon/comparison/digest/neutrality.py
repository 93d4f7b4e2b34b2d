"""How loaded a passage reads, from every signal the framing stage has.

A digest sentence is told from the member of its agreement group that reads most neutral. The
score of a passage adds up, outside quotation marks (a speaker's words are not the outlet's):

- the framing cues the framing stage found in it, every kind but ``voice`` (whose words are
  quoted is not framing): a cue neutral wording cannot fix (a scare quote, a hedge, a loaded
  word the fitted model found, a tone) counts 1, a lexicon term that :func:`neutralize` replaces
  counts :data:`FIXABLE`, a hedge that is a plain attribution to unnamed sources ("officials
  said") :data:`ATTRIBUTION` (wire copy sources claims so; it does not make a passage unclean);
- the loaded-word model's probability of each word (:mod:`..framing.loaded`: valence, register,
  intensifier, whether another outlet writes it), summed over the words at or above
  :data:`MIN_WORD_P`, so a plain word adds nothing and a charged one adds its probability;
- an intensifier ("utterly", "enormously") adds 1 (not one the other sources write in the same
  claim: "a highly pathogenic strain" is the story's term), an attribution to doubt rather than to a source
  ("according to the claims") 1, an exclamation mark outside quotes 2, a feeling the outlet states
  for a group with no one saying so ("traders fear the worst") 1, and it is not clean;
- a passage with an attribution (:func:`...text.attribution`: "..., officials said") takes
  :data:`ATTRIBUTED` off: wire copy says who says so;
- the article's own habit: the framing cues per 100 words over the rest of the article, times
  :data:`ARTICLE_WEIGHT` (wire copy writes few, a tabloid many, and a cue the stage missed in
  this sentence is likelier in an article that is loaded elsewhere).

A passage is *clean* (:attr:`Reading.clean`) when it may be told as it stands: no cue neutral
wording cannot fix, no intensifier, no exclamation, no word the model finds loaded above
:data:`MAX_WORD_P`, and an article that does not read loaded next to the story's plainest one
(cue density above both :data:`MIN_LOADED_DENSITY` per 100 words and :data:`LOADED_RATIO` times
the plainest article's: real wire copy carries cues too, the seeds' do, so the bar is relative).
The numbers were chosen on stories-dev as a whole (bench/README.md, section digest3).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from ...model import Article, FramingCue
from ...text import PLAIN_SAYING, attribution, find_quotes
from ...text.stems import suffix_stem
from ..framing.loaded import candidate_tokens
from ..framing.loaded_words import _TOKEN, word_features, word_model, word_probability
from ..framing.resources import intensifiers, zipf

FIXABLE = 0.5
ATTRIBUTION = 0.25
ATTRIBUTED = 0.5
MIN_WORD_P = 0.1
MAX_WORD_P = 0.6
TAIL_WORD_P = 0.35  # a clause after the leading one is dropped for a word the model scores this high
TAIL_ALONE_P = 0.25  # ... or this high when no other member of its group shares a word of that clause
OWN_WORD_P = 0.25  # a leading clause with a word this charged that no other member writes yields to one without
OWN_CLEAN_P = 0.5  # ... and is not clean at all with such a word this charged
OWN_COLOUR_P = 1.0  # ... nor with such words whose scores add up to this
MAX_INTENSIFIER_ZIPF = 5.2  # "utterly", "enormously"; not "more", "very", "major", which wire copy writes too
ARTICLE_WEIGHT = 2.0
MIN_LOADED_DENSITY = 0.75
LOADED_RATIO = 2.0
NOT_FRAMING = frozenset({"voice"})
UNFIXABLE_KINDS = frozenset({"scare_quote", "hedge", "tone"})


@dataclass(frozen=True, slots=True)
class Reading:
    """What makes a passage loaded: its score, and the reasons it is not clean (empty when clean)."""

    score: float
    reasons: tuple[str, ...] = ()

    @property
    def clean(self) -> bool:
        return not self.reasons


@dataclass(slots=True)
class Neutrality:
    """The framing signals of a story, read once, then asked about any passage of an article."""

    articles: Sequence[Article]
    framing: Sequence[FramingCue] = ()
    _cues: dict[str, list[FramingCue]] = field(default_factory=dict)
    _words: dict[str, list[tuple[int, int, str, float]]] = field(default_factory=dict)
    _density: dict[str, float] = field(default_factory=dict)
    _quotes: dict[str, tuple] = field(default_factory=dict)
    _counted: dict[str, list[FramingCue]] = field(default_factory=dict)
    _length: dict[str, int] = field(default_factory=dict)
    _text: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        vocab = {a.id: {w.lower() for w in _TOKEN.findall(a.text)} for a in self.articles}
        model = word_model()["story" if len(self.articles) > 1 else "single"]
        seen: dict[tuple[str, bool], float] = {}
        for article in self.articles:
            elsewhere = set().union(*(v for k, v in vocab.items() if k != article.id)) if len(self.articles) > 1 else None
            quotes = find_quotes(article.text)
            self._quotes[article.id] = quotes
            spans = [(q.start, q.end) for q in quotes]
            words = []
            for m in candidate_tokens(article, spans):
                word = m.group()
                key = (word, elsewhere is None or word.lower() in elsewhere)
                if key not in seen:  # a story repeats its words: score each form once
                    seen[key] = word_probability(word_features(word, elsewhere), model)
                words.append((m.start(), m.end(), word, seen[key]))
            self._words[article.id] = words
            self._cues[article.id] = [c for c in self.framing if c.article == article.id and c.kind not in NOT_FRAMING]
            self._counted[article.id] = [c for c in self._cues[article.id] if c.kind != "tone" and not _attribution_hedge(c)]
            self._length[article.id] = len(article.text.split())
            self._density[article.id] = 100.0 * len(self._counted[article.id]) / max(1, self._length[article.id])
            self._text[article.id] = article.text

    @property
    def plainest(self) -> float:
        """The lowest cue density of the story's articles."""
        return min(self._density.values(), default=0.0)

    @property
    def allowed_density(self) -> float:
        """The cue density above which an article reads loaded next to the story's plainest one."""
        return max(MIN_LOADED_DENSITY, LOADED_RATIO * self.plainest)

    def density(self, article: str) -> float:
        """Framing cues per 100 words of the article."""
        return self._density.get(article, 0.0)

    def cues(self, article: str) -> list[FramingCue]:
        """The article's framing cues (voices aside)."""
        return self._cues.get(article, [])

    def density_elsewhere(self, article: str, start: int, end: int) -> float:
        """Framing cues per 100 words of the article outside ``start:end``: the outlet's habit,
        read where it is not the passage's own cues counted twice."""
        cues = sum(1 for c in self._counted.get(article, ()) if not (start <= c.start < end))
        words = self._length.get(article, 0) - len(self._text.get(article, "")[start:end].split())
        return 100.0 * cues / words if words > 0 else 0.0

    def charged(self, article: str, start: int, end: int, floor: float) -> list[str]:
        """The words of ``article.text[start:end]`` (outside quotes) the loaded-word model scores at
        or above ``floor``."""
        return [word for word, _ in self.charged_scores(article, start, end, floor)]

    def charged_scores(self, article: str, start: int, end: int, floor: float) -> list[tuple[str, float]]:
        """:meth:`charged`, each word with the model's probability."""
        words = self._words.get(article, [])
        first = bisect_left(words, start, key=lambda w: w[0])  # the words are in reading order
        out = []
        for s, e, word, p in words[first:]:
            if s >= end:
                break
            if e <= end and p >= floor:
                out.append((word, p))
        return out

    def read(self, article: str, start: int, end: int, text: str | None = None, sentence: tuple[int, int] | None = None,
             shared: Collection[str] = frozenset()) -> Reading:
        """The score of ``article.text[start:end]`` and why it is not clean. ``sentence``: the
        span of the whole sentence a clause belongs to, left out of the article's habit.
        ``shared``: the word stems other sources write in the same claim; an intensifier among them
        is the story's term ("a highly pathogenic strain"), not the outlet's emphasis."""
        score, reasons = 0.0, []
        for cue in self._cues.get(article, ()):
            if cue.kind == "tone":
                # a tone cue marks the article's most charged sentence about an entity
                if start <= cue.start < end or cue.start <= start < cue.end:
                    score += 1.0
                    reasons.append(f"tone ({cue.note.split(';')[0]})")
                continue
            if not (start <= cue.start and cue.end <= end):
                continue
            if _attribution_hedge(cue):
                score += ATTRIBUTION  # "officials said": unnamed, but how wire copy sources a claim
            elif cue.neutral and cue.kind not in UNFIXABLE_KINDS:
                score += FIXABLE  # neutral wording replaces it
            else:
                score += 1.0
                reasons.append(f"{cue.kind} “{cue.text}”")
        boosters = _intensifiers()
        for s, e, word, p in self._words.get(article, ()):
            if not (start <= s and e <= end):
                continue
            if p >= MIN_WORD_P:
                score += p
            if p >= MAX_WORD_P:
                reasons.append(f"loaded word “{word}” ({p:.2f})")
            if word.lower() in boosters and suffix_stem(word) not in shared:
                score += 1.0
                reasons.append(f"intensifier “{word}”")
        plain = _outside_quotes(text) if text is not None else ""
        if doubt := _DOUBT_SOURCE.search(plain):
            score += 1.0
            reasons.append(f"hedge “{doubt.group()}”")
        if (feeling := _FEARED.search(plain)) and not _SAYING.search(plain):
            # "traders fear the worst": a feeling the outlet states for a group, no one saying so
            score += 1.0
            reasons.append(f"a feeling stated in the outlet's voice (“{feeling.group()}”)")
        if "!" in plain:
            score += 2.0
            reasons.append("exclamation")
        if text is not None and attribution(text) is not None:
            score -= ATTRIBUTED  # wire copy says who says so
        density = self.density_elsewhere(article, *(sentence or (start, end)))
        score += ARTICLE_WEIGHT * density
        if density > self.allowed_density:
            reasons.append(f"the rest of its article carries {density:.1f} framing cues per 100 words, "
                           f"the story's plainest article {self.plainest:.1f}")
        return Reading(score=score, reasons=tuple(dict.fromkeys(reasons)))


# "officials said", "sources told", "according to sources"; not "is said to be", "claimed"
_PLAIN_SAYING = re.compile(r"(?:\b(?:said|say|says|told)|^according to\b.*)$", re.IGNORECASE)
# "traders fear the worst", "what suppliers have feared": the outlet says a group expects the worst;
# "fears for the start-ups" (concern for someone's welfare) is a stance an organisation states.
_FEARED = re.compile(r"\b(?:fear|fears|feared|dread|dreads|dreaded)\b(?!\s+for\s+(?:the|his|her|their|its|our|your|my)\b)", re.IGNORECASE)
# Plain saying only (not "confirms what suppliers have feared": see PLAIN_SAYING).
_SAYING = re.compile(rf"\b(?:{'|'.join(PLAIN_SAYING)}|according to)\b", re.IGNORECASE)
# An attribution to doubt rather than to a source: "according to the claims", "according to rumours".
_DOUBT_SOURCE = re.compile(
    r"\baccording to (?:the |some |these |those |such )?(?:claims?|allegations?|rumou?rs?|speculation|hearsay|gossip)\b",
    re.IGNORECASE,
)


def _attribution_hedge(cue: FramingCue) -> bool:
    """A hedge that is a plain attribution to unnamed sources ("officials said")."""
    return cue.kind == "hedge" and bool(_PLAIN_SAYING.search(cue.text.strip())) and "claim" not in cue.text.lower()


@lru_cache(maxsize=1)
def _intensifiers() -> frozenset[str]:
    return frozenset(w for w in intensifiers() if zipf(w) < MAX_INTENSIFIER_ZIPF)


_QUOTED = re.compile(r"[“\"«„][^”\"»“]*[”\"»“]?")


def _outside_quotes(text: str) -> str:
    return _QUOTED.sub(" ", text)
