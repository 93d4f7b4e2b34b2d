"""Idioms and figurative multi-word expressions in an outlet's own voice ("behind bars", "pick up the pieces").

A word model sees one word at a time and misses figures of speech made of plain words. The
expressions come from a broad, openly licensed table (``data/idioms.tsv``: the MAGPIE corpus's idiom
types and Wiktionary's English idioms, built by scripts/build_idioms.py; see ``data/idioms.md``), with
Open English WordNet's multi-word entries that turn a physical head into an abstract sense ("kick out",
"churn out"; ``data/idioms_oewn.tsv``, scripts/build_idioms_oewn.py), never from the stories rashomon is
tuned on. Steps:

1. **Match with inflection**: each word of an expression is compared by a crude stem (irregular
   verbs by table, then -ing/-ed/-s and a final e or doubled consonant dropped), so "spilled the
   beans" matches "spill the beans". "a"/"an"/"the" in an expression take one article or possessive pronoun;
   "someone's"/"one's"/"your" take a possessive (a pronoun, "the", or up to three words ending in
   's: "tying the hands of" matches "tie someone's hands"); "someone"/"something" take one to four
   words. Words of a match touch each other (spaces or a hyphen between them, nothing else).
2. **Own voice**: a match inside a quotation is the speaker's, not the outlet's.
3. **Which matches are cues** (``data/framing_idiom_model.json``, scripts/fit_framing_idioms.py): not
   every idiom is loaded ("take place", "in the wake of"). A small logistic model over the parts'
   VADER valence, their rarity (wordfreq), the loaded-word model's scores of the words inside and of
   the phrase's meaning, the article's loudness and, in a story, whether another outlet writes the
   same expression; fitted on the development stories and checked leave-one-story-out. A WordNet
   entry is also read literally ("swept away" by a flood), so it counts only in a story where no
   other outlet writes any of its content words (:func:`echoed`).
4. **A compound term**: an expression written with hyphens as one word before a noun
   ("out-of-pocket spending", "round-the-clock care", "behind-the-scenes talks") is a compound modifier
   that classifies its noun, the figure long dead: news writes such terms in plain reports
   (:func:`_compound_modifier`).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources as importlib_resources
from typing import Any, NamedTuple

import numpy as np

from ...backends.embedders.tfidf import stop_words
from ...errors import LexiconError
from ...model import Article
from ...text.stems import inflection_stem
from . import resources
from .hits import _Hit
from .loaded import WordScores
from .loaded_words import LOUDNESS_SHARE, logistic, word_model
from .quotes import _overlaps

__all__ = ["Idiom", "IdiomIndex", "IdiomMatch", "StoryIdioms", "idiom_table", "find_idioms", "story_idioms", "idiom_features", "idiom_hits", "IDIOM_FEATURES"]

IDIOM_FEATURES = ("valence", "negative", "rarity", "word_score", "meaning", "loudness", "topical", "unshared")

# Slots: an expression's placeholder words and what they stand for in a text.
DET, POSS, OBJ, REFL = "<det>", "<poss>", "<obj>", "<refl>"
_SLOT_WORDS = {
    "a": DET, "an": DET, "the": DET,
    "one's": POSS, "someone's": POSS, "somebody's": POSS, "your": POSS, "his": POSS, "her": POSS,
    "their": POSS, "my": POSS, "our": POSS, "its": POSS,
    "someone": OBJ, "somebody": OBJ, "something": OBJ, "sb": OBJ, "sth": OBJ,
    "oneself": REFL, "yourself": REFL, "himself": REFL, "herself": REFL, "themselves": REFL, "itself": REFL,
}
_DETERMINERS = frozenset("a an the its his her their our my your".split())
_POSSESSIVES = frozenset("its his her their our my your the".split())
_REFLEXIVES = frozenset("myself yourself himself herself itself ourselves yourselves themselves oneself".split())
MAX_OBJECT_WORDS = 4
COMMON_ZIPF = 5.0  # wordfreq's Zipf value from which a word is common ("game" 5.5, "world" 6.0; "smoke" 4.4)
MAX_OWNER_WORDS = 3
# where an expression comes from: the idiom lists (idioms.tsv) or OEWN's figurative multi-word entries
# (idioms_oewn.tsv), which hold literal uses too ("swept away" by a flood) and so are only read in a story
LISTS, OEWN = "lists", "oewn"

_WORD = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)*")
# what may stand between two words of a match, once the whitespace around it is stripped
_CLEAN_GAPS = frozenset(("", "-", "–"))


@dataclass(frozen=True, slots=True)
class Idiom:
    """One expression of the table: its text, its parts (stems and slots, outer slots dropped)
    and its content words (for the features)."""

    text: str
    parts: tuple[str, ...]
    content: tuple[str, ...]
    source: str = LISTS
    # the word stems among the parts after the first: a text holding a match holds them all
    later: frozenset[str] = field(default=frozenset(), compare=False)


@dataclass(frozen=True, slots=True)
class IdiomMatch:
    idiom: Idiom
    start: int
    end: int
    tokens: tuple[int, int]  # the text tokens covered, [first, last)


def _parse(text: str, source: str = LISTS) -> Idiom | None:
    words = [w.lower().replace("’", "'") for w in _WORD.findall(text)]
    parts = [_SLOT_WORDS.get(w, "") or inflection_stem(w) for w in words]
    stop = stop_words()
    while parts and parts[0] in (POSS, OBJ, REFL):
        parts.pop(0)  # "someone's goose is cooked": the owner need not be matched; "the thing is" keeps its article
    while parts and parts[-1] in (DET, OBJ):
        parts.pop()  # "kick someone": the object need not be matched; "make something of oneself" keeps its reflexive
    literals = [w for w in words if w not in _SLOT_WORDS]
    content = tuple(w for w in literals if w not in stop and w.rstrip("'s") not in stop)
    # two literal words at least, one of them a content word: "at least" or "and so on" frame nothing;
    # a lone common content word in a stock frame ("in the game", "over his head", "lead up to") is
    # most often meant literally
    if sum(not p.startswith("<") for p in parts) < 2 or not content:
        return None
    if len(content) == 1 and resources.zipf(content[0]) >= COMMON_ZIPF:
        return None
    return Idiom(text=text, parts=tuple(parts), content=content, source=source, later=frozenset(p for p in parts[1:] if not p.startswith("<")))


class IdiomIndex(Mapping[str, list[Idiom]]):
    """The table's expressions by :func:`_index_key`, each key's parsed (:func:`_parse`, which drops
    some) when it is first looked up: a comparison looks up a few hundred keys of thousands."""

    def __init__(self, raw: dict[str, list[tuple[str, str]]]) -> None:
        self._raw = raw  # key -> (expression, source), in the table's order
        self._parsed: dict[str, list[Idiom]] = {}

    def __getitem__(self, key: str) -> list[Idiom]:
        found = self._parsed.get(key)
        if found is None:
            found = [i for i in (_parse(text, source) for text, source in self._raw[key]) if i is not None]
            self._parsed[key] = found
        return found

    def get(self, key: str, default: Any = None) -> Any:
        found = self._parsed.get(key)
        if found is not None:
            return found
        return self[key] if key in self._raw else default

    def __iter__(self) -> Iterator[str]:
        return iter(self._raw)

    def __len__(self) -> int:
        return len(self._raw)


@lru_cache(maxsize=1)
def idiom_table() -> IdiomIndex:
    """The shipped expressions (``data/idioms.tsv``, then those of ``data/idioms_oewn.tsv`` it lacks),
    indexed by :func:`_index_key` (a key whose expressions all drop holds an empty list)."""
    index: dict[str, list[tuple[str, str]]] = {}
    seen: set[str] = set()
    for name, source in (("idioms.tsv", LISTS), ("idioms_oewn.tsv", OEWN)):
        path = importlib_resources.files("rashomon").joinpath("data", name)
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            expression = line.split("\t")[0]
            if not expression.strip():
                raise LexiconError(f"{path}:{number}", "an empty expression")
            if expression in seen:
                continue
            seen.add(expression)
            key = _key_of(expression)
            if key is not None:
                index.setdefault(key, []).append((expression, source))
    return IdiomIndex(index)


def _key_of(text: str) -> str | None:
    """:func:`_index_key` of the expression :func:`_parse` would make of ``text``, from its first
    parts only (None where it has too few to be one)."""
    parts: list[str] = []
    for w in _WORD.findall(text):
        w = w.lower().replace("’", "'")
        part = _SLOT_WORDS.get(w, "") or inflection_stem(w)
        if parts or part not in (POSS, OBJ, REFL):  # as _parse, the leading owner or object dropped
            parts.append(part)
            if len(parts) == 2:
                return _index_key(tuple(parts))
    return None


def _index_key(parts: tuple[str, ...]) -> str:
    """The table key of an expression: its first stem; one that opens with an article ("a bridge too
    far") is filed under the article slot and its second word, so that only a determiner followed by
    that word looks it up."""
    return f"{DET} {parts[1]}" if parts[0] == DET else parts[0]


class _Tokens:
    """The text's word tokens, their stems, and whether each touches the one before."""

    def __init__(self, text: str) -> None:
        self.spans = [m.span() for m in _WORD.finditer(text)]
        self.lower = [text[s:e].lower().replace("’", "'") for s, e in self.spans]
        self.stems = [inflection_stem(w) for w in self.lower]
        self.joined = [False] + [text[self.spans[i - 1][1] : self.spans[i][0]].strip() in _CLEAN_GAPS for i in range(1, len(self.spans))]

    def __len__(self) -> int:
        return len(self.spans)


def _match(parts: tuple[str, ...], p: int, tokens: _Tokens, t: int) -> int | None:
    """The token index after a match of ``parts[p:]`` starting at token ``t`` (None: no match)."""
    if p == len(parts):
        return t
    part = parts[p]
    if not part.startswith("<"):  # a word's stem, one token (most parts): no slot widths to try
        return _match(parts, p + 1, tokens, t + 1) if t < len(tokens) and tokens.stems[t] == part and tokens.joined[t] else None
    for width in _widths(part, tokens, t):
        if all(tokens.joined[k] for k in range(t, t + width)):
            end = _match(parts, p + 1, tokens, t + width)
            if end is not None:
                return end
    return None


def _widths(part: str, tokens: _Tokens, t: int) -> list[int]:
    """How many tokens from ``t`` the part may cover."""
    if t >= len(tokens):
        return []
    if part == DET:
        # any article or possessive pronoun, but one: "have a say" is not "has said"
        return [1] if tokens.lower[t] in _DETERMINERS else []
    if part == OBJ:
        return list(range(1, min(MAX_OBJECT_WORDS, len(tokens) - t) + 1))
    if part == REFL:
        return [1] if tokens.lower[t] in _REFLEXIVES else []
    if part == POSS:
        pronoun = [1] if tokens.lower[t] in _POSSESSIVES else []
        return pronoun + [k for k in range(1, min(MAX_OWNER_WORDS, len(tokens) - t) + 1) if tokens.lower[t + k - 1].endswith(("'s", "s'"))]
    return [1] if tokens.stems[t] == part else []


def _candidates(table: IdiomIndex, tokens: _Tokens, t: int) -> list[Idiom]:
    """The expressions that may start at token ``t``: those filed under its stem and, where it is an
    article or possessive pronoun, those that open with an article and go on with the next word."""
    own = table.get(tokens.stems[t], [])
    if tokens.lower[t] not in _DETERMINERS or t + 1 >= len(tokens):
        return own
    return own + table.get(_index_key((DET, tokens.stems[t + 1])), [])


def find_idioms(text: str) -> list[IdiomMatch]:
    """Every table expression in ``text``, the longest where matches overlap."""
    table = idiom_table()
    tokens = _Tokens(text)
    found: list[IdiomMatch] = []
    n, stems, joined = len(tokens), tokens.stems, tokens.joined
    written = frozenset(stems)
    for t in range(n):
        for idiom in _candidates(table, tokens, t):
            if not idiom.later <= written:
                continue  # a word of the expression is nowhere in the text
            second = idiom.parts[1]
            if not second.startswith("<") and (t + 1 >= n or stems[t + 1] != second or not joined[t + 1]):
                continue  # the second word differs (most candidates): :func:`_match`'s first test, inline
            end = _match(idiom.parts, 1, tokens, t + 1)
            if end is not None:
                found.append(IdiomMatch(idiom, tokens.spans[t][0], tokens.spans[end - 1][1], (t, end)))
    kept: list[IdiomMatch] = []
    for m in sorted(found, key=lambda m: (-(m.end - m.start), m.start)):
        if not any(k.start < m.end and m.start < k.end for k in kept):
            kept.append(m)
    return sorted(kept, key=lambda m: m.start)


# --- which matches are cues -----------------------------------------------------------------


def article_loudness(scores: WordScores) -> float:
    """The mean loaded-word probability of the article's loudest 5% of words (at least one)."""
    p = np.sort(np.asarray(scores.probabilities))[::-1]
    if not len(p):
        return 0.0
    return float(p[: max(1, round(LOUDNESS_SHARE * len(p)))].mean())


def _phrase_meaning(words: Sequence[str], model: dict[str, Any]) -> float:
    """The loaded-word model's meaning term for the mean vector of the phrase's content words."""
    vectors = resources.word_vectors(words)
    mean = np.mean(vectors, axis=0)
    norm = float(np.linalg.norm(mean))
    named = len(model["weights"])
    return float(mean / norm @ model["coef"][named:]) if norm else 0.0


class StoryIdioms(NamedTuple):
    """The idiom matches of every article of a story (or of one article alone), with the counts the
    features need."""

    matches: dict[str, list[IdiomMatch]]  # per article id
    stems: Counter[str]  # every word stem of the story's texts
    uses: Counter[str]  # per expression: its matches over the story
    article_stems: dict[str, frozenset[str]]  # per article id: its word stems


def story_idioms(articles: Sequence[Article]) -> StoryIdioms:
    matches = {a.id: find_idioms(a.text) for a in articles}
    own = {a.id: [inflection_stem(m.group()) for m in _WORD.finditer(a.text)] for a in articles}
    stems = Counter(s for words in own.values() for s in words)
    uses = Counter(m.idiom.text for ms in matches.values() for m in ms)
    return StoryIdioms(matches, stems, uses, {k: frozenset(v) for k, v in own.items()})


def echoed(match: IdiomMatch, article_id: str, story: StoryIdioms) -> bool:
    """Whether another article of the story writes a content word of the expression: a figure reads as
    one outlet's choice when the others tell the claim without its words; "swept away" in a flood
    story whose other outlets write "swept" is likelier the literal event. True for one article alone."""
    if len(story.matches) < 2:
        return True
    stems = {inflection_stem(w) for w in match.idiom.content}
    return any(stems & words for k, words in story.article_stems.items() if k != article_id)


def topicality(match: IdiomMatch, story: StoryIdioms) -> float:
    """The share of the expression's content words that the story also writes outside its uses of
    the expression: "off the rails" in a derailment story, "at sea" in a shipwreck story are
    likelier literal."""
    uses = story.uses[match.idiom.text]
    return float(np.mean([story.stems[inflection_stem(w)] > uses for w in match.idiom.content]))


def unshared(match: IdiomMatch, article_id: str, story: StoryIdioms) -> float:
    """1 when no other article of the story writes the expression, else 0; -1 for one article alone."""
    if len(story.matches) < 2:
        return -1.0
    return float(not any(m.idiom.text == match.idiom.text for k, ms in story.matches.items() if k != article_id for m in ms))


def idiom_features(match: IdiomMatch, scores: WordScores, loudness: float, topical: float, unshared: float) -> np.ndarray:
    """IDIOM_FEATURES of one match: the strongest |valence| of its content words, whether one is
    negative, their greatest rarity, the loaded-word model's top score among the words inside the
    match, the model's meaning term for the phrase, the article's loudness, its topicality, and
    whether no other outlet writes the expression (0 for one article alone, given as -1)."""
    content = match.idiom.content
    valences = [v for v in (resources.valence(w) for w in content) if v is not None]
    rarity = max(max(0.0, 5.0 - resources.zipf(w)) for w in content)
    inside = [p for m, p in zip(scores.tokens, scores.probabilities) if match.start <= m.start() and m.end() <= match.end]
    model = word_model()["story" if unshared >= 0 else "single"]
    return np.asarray([
        max((abs(v) for v in valences), default=0.0), float(any(v < 0 for v in valences)), rarity,
        max(inside, default=0.0), _phrase_meaning(content, model), loudness, topical, max(0.0, unshared),
    ], dtype=np.float64)


@lru_cache(maxsize=1)
def idiom_model() -> dict[str, Any]:
    """The fitted cue rule (``data/framing_idiom_model.json``; scripts/fit_framing_idioms.py)."""
    path = importlib_resources.files("rashomon").joinpath("data", "framing_idiom_model.json")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise LexiconError(str(path), f"not valid JSON: {exc.msg}") from exc
    for part in ("single", "story"):
        model = data.get(part)
        if not isinstance(model, dict) or list(model.get("features", ())) != list(IDIOM_FEATURES) or len(model.get("weights", ())) != len(IDIOM_FEATURES):
            raise LexiconError(str(path), f"'{part}' must list the features {', '.join(IDIOM_FEATURES)} with one weight each, a bias and a threshold")
    return data


def idiom_probability(features: np.ndarray, model: dict[str, Any]) -> float:
    return logistic(model["bias"] + float(np.dot(model["weights"], features)))


def _title_case(text: str) -> bool:
    words = _WORD.findall(text)
    return len(words) > 1 and all(w[0].isupper() for w in words)


_NEXT_WORD = re.compile(r"[ \t]+[A-Za-z]")


def _compound_modifier(text: str, start: int, end: int) -> bool:
    """Whether the match ``text[start:end]`` is written as one hyphenated word ("out-of-pocket") that a
    word follows after a space: a compound modifier of that word, a term, not a figure."""
    written = text[start:end]
    return "-" in written and not any(c.isspace() for c in written) and _NEXT_WORD.match(text, end) is not None


def idiom_hits(article: Article, quotes: Sequence[tuple[int, int]], scores: WordScores, story: StoryIdioms) -> list[_Hit]:
    """The article's idiom matches in its own voice that the fitted rule finds loaded (``story``:
    :func:`story_idioms` of the comparison's articles, or of this one alone)."""
    model = idiom_model()["single" if len(story.matches) < 2 else "story"]
    loudness = article_loudness(scores)
    hits = []
    for m in story.matches.get(article.id, ()):
        if _overlaps(quotes, m.start, m.end):
            continue  # the speaker's words, not the outlet's
        if _title_case(article.text[m.start : m.end]):
            continue  # "Catching Fire": a title or a name, not the outlet's figure
        if m.idiom.source == OEWN and echoed(m, article.id, story):
            continue  # a WordNet entry has literal uses too; only one outlet's own wording counts
        if _compound_modifier(article.text, m.start, m.end):
            continue  # a hyphenated term before its noun, not a figure
        alone = unshared(m, article.id, story)
        p = idiom_probability(idiom_features(m, scores, loudness, topicality(m, story), alone), model)
        if p >= model["threshold"]:
            lists = "Open English WordNet" if m.idiom.source == OEWN else "MAGPIE, Wiktionary"
            note = f"figurative expression ({p:.2f}): \"{m.idiom.text}\" (idiom list: {lists})"
            if alone > 0:
                note += "; no other outlet of the story writes it"
            hits.append(_Hit(kind="loaded", start=m.start, end=m.end, note=note, rank=900))
    return hits
