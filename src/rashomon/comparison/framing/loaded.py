"""Loaded language in one article: lexicon terms, labels, euphemisms and hedges outside quotations."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple

import numpy as np

from ...model import Article
from ..clean import machine_translated
from .headline import calm, headline_verb, unraised  # noqa: F401 (unraised: wording's)
from .hits import _Hit, speakers_account
from ...text.needles import case_blind
from .lexicon import Lexicon
from .naming import _elsewhere
from . import resources
from .quotes import _inside
from ...text.case import case_view
from ...text.stems import inflection_stem
from ...text.verbs import saying_lemma
from .loaded_words import (
    LATIN,
    _TOKEN,
    _MAX_TOKEN,
    _UNSHARED,
    _SUBJECTIVITY,
    _SENTIWORDNET,
    _LOUD_NOTE,
    context_features,
    title_mask,
    word_features,
    word_model,
    logistic,
    first_stage,
    thing_named,
)


# A label the outlet reports as someone's ("the government's view of the Brigade as a terrorist
# organisation", "which the EU lists as", "designated a terrorist group") or uses of a kind of
# event in general ("to prevent an imminent terrorist attack"): attributed or generic, the style
# guides' own exceptions (Reuters: "without attribution"; "specific events").
_ATTRIBUTED_LABEL = re.compile(
    r"(?:\b(?:view|views|viewed|regard\w*|sees|saw|seen|designat\w*|list(?:s|ed|ing)?|brand\w*|label\w*|classif\w*|"
    r"describ\w*|consider\w*|deem\w*|treat\w*|recogni[sz]\w*)\b[^.;:!?\"“”]{0,60}?\bas"
    r"|\b(?:designat\w*|brand\w*|labell?ed|dubb\w*|(?<![\w-])call(?:s|ed|ing)?)(?:\s+[\w’'-]+){0,3}?)"
    r"\s+(?:an?\s+|the\s+)?$",
    re.IGNORECASE,
)
_GENERIC_EVENT = re.compile(
    r"\b(?:prevent\w*|avert\w*|thwart\w*|foil\w*|against|risk|threat|case|event|fight\w*|combat\w*)\s+(?:of\s+)?"
    r"(?:an?\s+|any\s+|future\s+|possible\s+|potential\s+|imminent\s+){1,3}$",
    re.IGNORECASE,
)


# An attribution set off by commas earlier in the sentence ("The state will pay $1bn, Selby said,
# alongside tax relief", ", said the minister,"): the rest of the sentence goes on with the speaker's
# account, told indirectly; a term in it is the speaker's, not the outlet's.
_PARENTHETICAL_SAYING = re.compile(
    r",[ \t]+(?:(?:[A-Z][\w’'-]*|he|she|they)(?:[ \t]+[A-Z][\w’'-]*){0,3}[ \t]+(?:said|says|added)"
    r"|(?:said|says|added)[ \t]+(?:the[ \t]+)?[\w’'-]+(?:[ \t]+[\w’'-]+){0,3}),[ \t]")
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+(?=\S)|\n")


def _after_parenthetical_saying(text: str, start: int) -> bool:
    """Whether the word at ``start`` follows, in its sentence, an attribution set off by commas, with
    no quotation mark between (``_PARENTHETICAL_SAYING``)."""
    before = text[max(0, start - 200) : start]
    ends = list(_SENTENCE_END.finditer(before))
    if ends:
        before = before[ends[-1].end():]
    return bool(_PARENTHETICAL_SAYING.search(before)) and not any(q in before for q in "\"“”")


def _label_attributed_or_generic(text: str, start: int) -> bool:
    before = text[max(0, start - 90) : start]
    return bool(_ATTRIBUTED_LABEL.search(before) or _GENERIC_EVENT.search(before))


# An unnamed group in an attribution ("sources said", "according to sources") is named after all
# when an institution qualifies it: a capitalised word before it inside the sentence ("Foreign
# Ministry sources said") or "of/in/at/within the ..." after it ("sources of the ministry").
# Wire copy sources claims so (AP: attribute to the body the source speaks for); it is not the
# unsupported attribution WP:WEASEL warns of ("some critics say").
_GROUP_NOUN = re.compile(r"\b(?:sources|insiders|observers|critics|experts)\b", re.IGNORECASE)
_NAME_BEFORE = re.compile(r"(\S*)[ \t]+([A-Z][\w’'-]*)[ \t]+$")
# An adjective of origin ("Western observers", "Estravian sources") says where a group is from,
# not which body it speaks for: the group stays unnamed.
_ORIGIN = re.compile(r"(?:ern|an|ese|ish|i)$")
_BODY_AFTER = re.compile(r"[ \t]+(?:of|in|at|within|inside)[ \t]+(?:the[ \t]+)?\w")


def _group_named(text: str, start: int, end: int) -> bool:
    """The unnamed-sources hedge at ``text[start:end]`` names the body its group speaks for."""
    noun = _GROUP_NOUN.search(text, start, end)
    if noun is None:
        return False
    before = _NAME_BEFORE.search(text[max(0, noun.start() - 60) : noun.start()])
    if before and before.group(1) and before.group(1)[-1] not in ".!?:;\"“”" and not _ORIGIN.search(before.group(2)):
        return True  # a capitalised word mid-sentence, not the sentence's first word ("But critics")
    return bool(_BODY_AFTER.match(text, noun.end()))


# Hedge words that cast no doubt where they stand: "alleged" on the charge an inquiry or a court
# weighs ("an investigation into alleged war crimes": AP Stylebook, the word for an unproven
# charge), and "claim" with the writer's or speaker's own first person ("we had claimed 15 %": a
# demand; no one doubts their own claim).
_LEGAL_BEFORE = re.compile(
    r"\b(?:investigat\w*|inquiry|inquiries|probe|probes|probing|charged|accused|suspected|convicted|acquitted|"
    r"trial|tried|prosecut\w*)\s+(?:(?:into|of|for|with|over)\s+)?(?:the\s+|an?\s+|his\s+|her\s+|their\s+)?$",
    re.IGNORECASE)
_FIRST_PERSON_BEFORE = re.compile(r"\b(?:I|we)\s+(?:(?:had|have|has|also|always|never|once)\s+)?$", re.IGNORECASE)


# "were said to be in stable condition", "is said to be out of danger", "was said to be shaken but
# unhurt": a person's condition after an accident, which a hospital or the family gives and wire
# copy reports so without naming it each time (as "officials said").
_CONDITION_AFTER = re.compile(
    r"\s+be\s+(?:in\s+(?:an?\s+)?(?:stable|critical|serious|good|fair|satisfactory|grave)\b|out\s+of\s+danger\b|"
    r"recovering\b|(?:stable|critical|unhurt|uninjured|unharmed|unscathed|shaken)\b)", re.IGNORECASE)


def _hedge_without_doubt(text: str, start: int, end: int | None = None) -> bool:
    before = text[max(0, start - 50) : start]
    word = text[start : start + 6].lower()
    if end is not None and text[start:end].lower().endswith("said to") and _CONDITION_AFTER.match(text, end):
        return True
    if word.startswith("alleg"):
        return bool(_LEGAL_BEFORE.search(before))
    return word.startswith("claim") and bool(_FIRST_PERSON_BEFORE.search(before))


def _lexicon_hits(
    article: Article, articles: Sequence[Article], lexicon: Lexicon, quotes: Sequence[tuple[int, int]],
    elsewhere: set[str] | None = None,
) -> list[_Hit]:
    """``elsewhere``: the other outlets' words (:func:`vocabulary`), None for one article alone."""
    hits = []
    folded = case_blind(article.text)
    for rank, entry in enumerate(lexicon.entries):
        if not entry.may_match(folded):
            continue
        for m in entry.regex.finditer(article.text):
            start, end = m.span()
            if _inside(quotes, start, end):
                continue  # the speaker's words, not the outlet's
            if entry.kind in ("loaded", "labels") and _label_attributed_or_generic(article.text, start):
                continue
            if entry.kind in ("loaded", "labels", "partisan") and _after_parenthetical_saying(article.text, start):
                continue
            if entry.kind == "sourcing" and _group_named(article.text, start, end):
                continue
            if entry.kind == "hedge" and _hedge_without_doubt(article.text, start, end):
                continue
            if entry.kind == "dysphemism" and elsewhere is not None and _story_term(m.group(), article, articles, elsewhere):
                continue
            note = entry.note if entry.kind == entry.cue_kind else f"[{entry.kind}] {entry.note}"
            if entry.referent:
                note += _elsewhere(entry.referent, article.id, articles)
            note += f" (source: {lexicon.source_titles(entry.sources[:1])})"
            hits.append(_Hit(kind=entry.cue_kind, start=start, end=end, note=note, neutral=entry.replacement(m), rank=rank))
    return hits


def _story_term(term: str, article: Article, articles: Sequence[Article], elsewhere: set[str]) -> bool:
    """Whether another outlet of the story writes ``term`` too (a single word in any inflection:
    "riot" / "rioting"; ``elsewhere``: the other outlets' words). A dysphemism characterises an
    event ("riot", "crackdown"); where the coverage shares the characterisation, it is the event's
    name in this story, not one outlet's choice. (A label for people or a government stays a stance
    however many outlets write it.)"""
    words = term.lower().split()
    if len(words) == 1:
        stem = inflection_stem(words[0], MIN_TERM_STEM)
        return any(inflection_stem(w, MIN_TERM_STEM) == stem for w in elsewhere if w[:2] == words[0][:2])
    phrase = re.compile(r"\b" + re.escape(" ".join(words)) + r"\b")
    return any(phrase.search(" ".join(other.text.lower().split())) for other in articles if other.id != article.id)


MIN_TERM_STEM = 4  # letters of a stem below which a word is its own stem (``inflection_stem``)


# A word of a hyphenated pair that never makes a compound: a conjunction, an auxiliary, a
# relative pronoun ("the largest in the world-will start", "the law-that now requires"). Such a
# pair is two words with a dash lost between them (the source's em dash gone), read apart.
_DASH_PARTS = frozenset(
    "that which who whom whose and but or nor although though while will would shall should could can "
    "may might must is are was were been has have had even never also".split()
)
_PART = re.compile(rf"[{LATIN}]+(?:['’][{LATIN}]+)*")


def _words(text: str) -> Iterable[re.Match[str]]:
    """The word tokens of ``text``, a pair joined by a lost dash (``_DASH_PARTS``) as two."""
    for m in _TOKEN.finditer(text):
        parts = m.group().lower().split("-")
        if len(parts) == 2 and (parts[0] in _DASH_PARTS or re.sub(r"['’]s$", "", parts[1]) in _DASH_PARTS):
            yield from _PART.finditer(text, m.start(), m.end())
        else:
            yield m


def candidate_tokens(article: Article, quotes: Sequence[tuple[int, int]]) -> tuple[re.Match[str], ...]:
    """Word tokens in the outlet's own voice: not a name (a capitalised word that does not start a
    sentence or that wordfreq hardly knows; words in capitals for loudness read as the article writes
    them elsewhere, ``text.case.case_view``, each token's text that view's), not inside quotation marks (a speaker's words are not the outlet's; scare quotes
    have their own step), not a run of letters too long to be a word. Read once per article and
    quotation spans: the loaded-word model, word choice and the digest's neutrality all ask."""
    key = (id(article), tuple(quotes))
    hit = _CANDIDATES.get(key)
    if hit is not None and hit[0] is article:
        return hit[1]
    found = tuple(_candidate_tokens(article, quotes))
    if len(_CANDIDATES) >= _MAX_CANDIDATES:
        _CANDIDATES.clear()
    _CANDIDATES[key] = (article, found)  # the article held, so that no other takes its id meanwhile
    return found


_CANDIDATES: dict[tuple[int, tuple[tuple[int, int], ...]], tuple[Article, tuple[re.Match[str], ...]]] = {}
_MAX_CANDIDATES = 256


def _candidate_tokens(article: Article, quotes: Sequence[tuple[int, int]]) -> Iterable[re.Match[str]]:
    text = case_view(article.text)  # a headline or word in capitals for loudness read in its own case; offsets kept
    for m in _words(text):
        if _plain(text, m.start(), m.end()) and not _inside(quotes, m.start(), m.end()):
            yield m


def _plain(text: str, start: int, end: int) -> bool:
    """Whether the token ``text[start:end]`` may be an outlet's word rather than a name, as written in ``text``."""
    word = text[start:end]
    if len(word) > _MAX_TOKEN or len(word) < 3:
        return False
    if word[0].isupper() and not _sentence_initial(text, start):
        return False
    if any(map(str.isupper, word[1:])) and not word.isupper():
        return False  # "al-Rifai", "McKinsey": a name
    if word[0].isupper() and resources.zipf(word) < 1.0:
        return False  # a capitalised word English text hardly knows, even first in a sentence: a name
    return True


def restored(article: Article, m: re.Match[str]) -> bool:
    """Whether candidate token ``m`` is one only its case-restored view makes a word (a word of a
    headline in capitals not first in it, a word shouted inside a sentence)."""
    return not _plain(article.text, m.start(), m.end())


class WordScores(NamedTuple):
    """The loaded-word model over an article's candidate words (:func:`word_scores`)."""

    tokens: list[re.Match[str]]
    features: np.ndarray  # per token: word_features
    probabilities: np.ndarray  # per token: the model's last stage
    meaning: np.ndarray  # per token: the part of the first-stage score from the word's vector
    context: np.ndarray | None  # per token: CONTEXT_FEATURES, when the model has a second stage
    # per token: a calm headline's event verb (framing/headline.py), judged without the headline's raise
    unraised: np.ndarray | None = None


def word_scores(
    article: Article, quotes: Sequence[tuple[int, int]], elsewhere: set[str] | None = None, lexicon: Lexicon | None = None,
) -> WordScores:
    """The loaded-word model over an article's candidate words (:func:`candidate_tokens`, less
    those the lexicon governs). With ``elsewhere`` (a story), the story model; a model with a
    ``context`` stage gives the second stage's probabilities."""
    model = word_model()["single" if elsewhere is None else "story"]
    tokens = [m for m in candidate_tokens(article, quotes) if lexicon is None or not _governed(lexicon, m.group().lower())]
    if not tokens:
        return WordScores([], np.zeros((0, len(model["coef"]))), np.zeros(0), np.zeros(0), None)
    resources.word_vectors(m.group() for m in tokens)  # one tokenizer batch for the unseen words
    by_word: dict[str, np.ndarray] = {}  # each word's features, read once however often it is written
    for m in tokens:
        if m.group() not in by_word:
            by_word[m.group()] = word_features(m.group(), elsewhere)
    features = np.stack([by_word[m.group()] for m in tokens])
    z, meaning = first_stage(features, model)
    probabilities = 1.0 / (1.0 + np.exp(-np.clip(z, -30.0, 30.0)))
    context = model.get("context")
    extra = None
    if context is not None:
        extra = _context(article, tokens, probabilities, context["prior_loudness"])
        probabilities = 1.0 / (1.0 + np.exp(-np.clip(context["bias"] + extra @ np.asarray(context["weights"]), -30.0, 30.0)))
    unraised = None
    if extra is not None and not machine_translated(article.removed):
        unraised = np.asarray([bool(extra[i, 2]) and calm(extra[i], context["prior_loudness"], _LOUD_NOTE)
                               and headline_verb(article.text, m.start(), m.end()) for i, m in enumerate(tokens)])
    return WordScores(tokens, features, probabilities, meaning, extra, unraised)


def _context(article: Article, tokens: Sequence[re.Match[str]], probabilities: np.ndarray, prior: float) -> np.ndarray:
    """context_features of ``tokens``, the article's loudness read over the words as written: a word
    only the case-restored view gives (:func:`restored`) takes the loudness of the others, as the
    second stage was fitted on them."""
    title = title_mask(article, [m.start() for m in tokens])
    new = np.asarray([restored(article, m) for m in tokens], dtype=bool)
    if not new.any() or new.all():
        return context_features(probabilities, title, prior)
    extra = np.empty((len(tokens), 3))
    extra[~new] = context_features(probabilities[~new], title[~new], prior)
    extra[new] = context_features(probabilities[new], title[new], prior)  # log-odds and headline of each
    base = context_features(np.append(probabilities[~new], 1e-6), np.zeros(int((~new).sum()) + 1), prior)
    extra[new, 1] = base[-1, 1]  # the loudness a quiet word of the article as written reads
    return extra


def context_evidence(context: np.ndarray | None, i: int, prior: float) -> list[str]:
    """What the second stage weighed for word ``i``, in words, where it raised the word's score."""
    if context is None:
        return []
    out = [f"in a loud article, loudness {context[i, 1]:.2f} against a typical {prior:.2f}"] if context[i, 1] >= prior + _LOUD_NOTE else []
    return out + (["in the headline"] if context[i, 2] else [])


def _statistical_hits(
    article: Article,
    quotes: Sequence[tuple[int, int]],
    elsewhere: set[str] | None = None,
    threshold: float | None = None,
    lexicon: Lexicon | None = None,
    scores: WordScores | None = None,
) -> list[_Hit]:
    """Words the fitted model finds loaded: charged (VADER valence), rare (wordfreq register), an
    intensifier, subjective (the pattern lexicon, SentiWordNet), close in meaning to loaded words (the word vector), and in a story, written by
    no other outlet. A word the lexicon has an entry for is the lexicon's to judge: where its
    entry does not match (a fixed term such as "sanctions regime", a hedge), the model does not
    flag it either. A verb, predicate or adverb of a clause a plain verb of saying reports is the
    speaker's account, not the outlet's word (``hits.speakers_account``). ``scores``: :func:`word_scores`
    of the same arguments, when already computed."""
    model = word_model()["single" if elsewhere is None else "story"]
    cut = model["threshold"] if threshold is None else threshold
    scores = scores if scores is not None else word_scores(article, quotes, elsewhere, lexicon)
    tokens, features, probabilities, meaning, context = scores[:5]
    prior = model["context"]["prior_loudness"] if context is not None else 0.0
    # a part fitted without the subjectivity features weighs them 0: not a reason it can give
    weighs_subjectivity = bool(model["weights"][_SUBJECTIVITY] or model["weights"][_SENTIWORDNET])
    stems = {inflection_stem(w, MIN_TERM_STEM) for w in elsewhere} if elsewhere is not None else set()
    hits: list[_Hit] = []
    for i in np.flatnonzero(probabilities >= cut):
        m, f, p = tokens[i], features[i], float(probabilities[i])
        if counted_measure(m.group()) or thing_named(m.group()):
            continue  # "ten-minute": a count of a plain unit; "shellfish": a thing named (thesaurus) - not how the outlet feels
        if saying_lemma(m.group()):
            continue  # "vowed", "insisting": a verb of saying, the lexicon judges how one casts a statement
        if speakers_account(article, m.start()):
            continue  # "villagers said their windows rattled": a speaker's account told indirectly (hits.speakers_account)
        other_form = bool(f[_UNSHARED]) and (inflection_stem(m.group(), MIN_TERM_STEM) in stems or _agent_elsewhere(m.group(), elsewhere))
        if other_form and _probability_shared(f, None if context is None else context[i], model) < cut:
            continue  # "crushed" where another outlet writes "crush": the word is the story's, in another form
        v, rarity = float(f[0]), float(f[2])
        why = [f"valence {v:.1f} of 4 (VADER)"] if v else []
        if rarity >= 1.5:
            why.append(f"rare register (Zipf {5 - rarity:.1f}, wordfreq)")
        if f[5]:
            why.append("an intensifier")
        if weighs_subjectivity and (f[_SUBJECTIVITY] >= 0.5 or f[_SENTIWORDNET] >= 0.5):
            rated = [f"pattern lexicon {f[_SUBJECTIVITY]:.1f}"] if f[_SUBJECTIVITY] >= 0.5 else []
            rated += [f"SentiWordNet {f[_SENTIWORDNET]:.2f}"] if f[_SENTIWORDNET] >= 0.5 else []
            why.append(f"subjective ({', '.join(rated)})")
        if meaning[i] >= 1.0:
            why.append("close in meaning to loaded words")
        if elsewhere is not None and f[_UNSHARED] and not other_form:
            why.append("no other outlet of the story writes it")
        if scores.unraised is not None and scores.unraised[i]:
            if unraised_probability(context[i], model) < cut:
                continue
            why.append("in the headline")  # over the bar without its raise too
            why += [w for w in context_evidence(context, i, prior) if w != "in the headline"]
        else:
            why += context_evidence(context, i, prior)
        hits.append(_Hit(kind="loaded", start=m.start(), end=m.end(), note=f"loaded word ({p:.2f}): " + "; ".join(why or ["the fitted model"]), rank=1000))
    return hits


def _agent_elsewhere(word: str, elsewhere: set[str] | None) -> bool:
    """Whether another outlet writes the doer's noun of the word ("hackers" beside "hack", "raiders"
    beside "raid", "strikers" beside "strike"): the act is the story's word, in another form. (The
    other way round, a doer's noun beside its act, is a naming of people by the act: not read so;
    bench/README.md, falsecues20.)"""
    if elsewhere is None:
        return False
    w = word.lower()
    stem = w[:-1] if w.endswith("e") else w
    return any(stem + ending in elsewhere for ending in ("er", "ers"))


def unraised_probability(context_row: np.ndarray, model: dict[str, Any]) -> float:
    """The second stage's probability of a word with its headline raise taken away."""
    context = model["context"]
    return logistic(context["bias"] + context["weights"][0] * float(context_row[0]) + context["weights"][1] * float(context_row[1]))


def _probability_shared(features: np.ndarray, context: np.ndarray | None, model: dict[str, Any]) -> float:
    """The model's probability for a word had the story's other outlets written it: its features with
    "unshared" and the two products on it at 0, its article's loudness and headline as they are."""
    shared = np.array(features, dtype=np.float32)
    shared[_UNSHARED : _UNSHARED + 3] = 0.0
    z = float(first_stage(shared[None, :], model)[0][0])
    if context is None:
        return logistic(z)
    row = np.array(context, dtype=np.float64)
    row[0] = min(max(z, -_MAX_LOG_ODDS), _MAX_LOG_ODDS)  # as context_features clips the first stage
    return logistic(model["context"]["bias"] + float(row @ np.asarray(model["context"]["weights"])))


_MAX_LOG_ODDS = math.log((1 - 1e-6) / 1e-6)


# A cardinal number, in words or digits, joined to a plain unit ("ten-minute", "two-day",
# "40-tonne"): a measure. "one-sided" and "second-rate" are no counts, and "two-faced" joins no unit
# but a participle.
_COUNTED = re.compile(r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|"
                      r"sixty|hundred|thousand|\d+)-(?P<unit>[a-z]+)", re.IGNORECASE)
_PLAIN_UNIT = 3.0  # wordfreq Zipf: the unit a known word ("minute", "tonne"), not a coinage


def counted_measure(word: str) -> bool:
    """Whether ``word`` is a count joined to a plain unit: a known word VADER does not rate and
    no participle ("ten-minute", "three-metre"; not "two-faced", "two-timing")."""
    m = _COUNTED.fullmatch(word)
    if m is None:
        return False
    unit = m.group("unit").lower()
    if unit.endswith(("ed", "ing")):
        return False
    return resources.zipf(unit) >= _PLAIN_UNIT and resources.valence(unit) is None


_GOVERNED: dict[tuple[int, str], bool] = {}


def _governed(lexicon: Lexicon, word: str) -> bool:
    """Whether some lexicon entry matches ``word`` on its own (the lexicon then decides where it is loaded)."""
    key = (id(lexicon.entries), word)
    if key not in _GOVERNED:
        if len(_GOVERNED) > 200_000:
            _GOVERNED.clear()
        _GOVERNED[key] = any(entry.regex.fullmatch(word) for entry in lexicon.entries)
    return _GOVERNED[key]


def _sentence_initial(text: str, start: int) -> bool:
    before = text[max(0, start - 4) : start].rstrip(" “\"‘'(")
    return not before or before[-1] in ".!?\n:"
