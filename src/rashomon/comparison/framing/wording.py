"""Word choice compared across outlets: in sentences two outlets share, the words that differ.

The sentences are paired by the alignment when one is given (its ``Agreement.claims``), else by
content-word overlap (each sentence with its closest sentence in every other article, Jaccard at
least ``MIN_OVERLAP``). A word this outlet wrote that the paired sentences do not contain is a
candidate; the loaded-word model (story features) decides, and the note says what the other
outlets wrote instead. A word in a noun phrase (at most two words after a determiner or
possessive) is how the outlet names a referent ("His sidekick", "the construction giant", "the
appeasers" where the others write "his deputy", "the company", "the opposition"), and there the
lower bar ``REFERENT_CUT`` applies: naming compared across outlets without a list of epithets.
A plural noun for people that the paired passages replace with another one in the same role
("conspirators had been detained" / "64 persons were detained") is a label for the same people,
at the lowest bar ``LABEL_CUT``.
A word another outlet of the story writes in some form (``inflection_stem``: "killings" / "killing")
is no choice of this outlet's, nor is a derivation of a word the paired passages write (``derived_in``:
"a message of congratulation" / "congratulated"; a noun for people stays a choice: "forger" / "forged"),
nor a verb of saying (``verbs.saying_lemma``: the lexicon judges how one casts a statement), and a
plain word in a headline is judged without the headline's raise (``choice_probability``): real coverage's headlines name their topic in plain words.
In a machine-translated article (``loaded_words.translators_word``) a body word VADER does not rate counts
only over the full bar: the lower bars rest on another name for a referent, as a translation gives.
"""

from __future__ import annotations

import difflib
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import NamedTuple

import numpy as np

from ...model import Agreement, Article, Sentence
from . import resources
from ...text.calendar import CALENDAR_WORDS
from ...text.stems import inflection_stem
from ...text.thesaurus import kinds_of, related, synonyms
from ...text.verbs import REPORTING_VERBS, saying_lemma
from .hits import _Hit, _sentence_at, speakers_account
from .counterparts import MIN_SLOT_RATIO, _STOP, _beside_anchor, _is_content, _tokens, clause_breaks, counterpart_word, slot
from .lexicon import Lexicon
from .referents import _role_heads
from .loaded import WordScores, _governed, candidate_tokens, context_evidence, restored, unraised
from .loaded_words import LATIN, SINGLE_FEATURES, form_written_elsewhere, logistic, thing_named, translators_word, unknown_word, vocabulary, word_features, word_model, word_probability

MIN_OVERLAP = 0.3
_MEASURE = re.compile(
    r"(?:^|-)(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|"
    r"hundred|thousand|million|billion|trillion|half|first|second|third|fourth|fifth|sixth|tenth)(?:-|$)"
)
MAX_OTHERS = 4  # the other outlets' words shown in a note
# A word at most two words after a determiner or possessive ("the greedy ex-minister", "His
# sidekick", "the construction giant") is how the outlet names or describes a referent: in a
# shared sentence the bar is lower there.
REFERENT_CUT = 0.4
# A word of a phrase that replaces one plain word in every paired outlet (``_phrase_for_word``).
PHRASE_CUT = 0.3
MAX_PHRASE = 5
# A plural noun for people or a group, by its ending ("plotters", "appeasers", "henchmen"),
# in a noun phrase of any sentence: a label for a group no other outlet uses is naming, same bar.
_PEOPLE = re.compile(r"(?:ers|ors|ists|eurs|ites|ants|men)$")
# A plural noun for people that no other outlet writes, in a sentence whose claim other outlets
# tell in their own words, where they name the people in it with nouns this sentence lacks
# ("plotters" where the others write "soldiers", "officers"): the same referent named differently.
# The bar is lower still, because the aligned claim shows there is a plain name it replaces.
LABEL_CUT = 0.2
ROLE_WINDOW = 6  # words either side of the noun that show its role in the claim
_PLURAL_PEOPLE = re.compile(r"(?:[a-z]{3}(?:ers|ors|ists|eurs|ants|ees|ians)|[a-z]{3}men)$")
# "rang the museum straight away", "called the police right away": a word before "away" is an adverb of
# time, not a word of the noun phrase before it.
_ADVERB_AWAY = re.compile(r"[ \t]+away\b", re.I)
_NOUN_PHRASE = re.compile(r"\b(?:the|a|an|his|her|its|their|these|those|this|that|our|whose)\s+(?:[A-Za-z'’-]+\s+){0,2}$", re.I)
# The same with no preposition or conjunction between: a label for people outside shared sentences heads its phrase.
_PHRASE_BREAK = r"(?:in|on|at|of|for|with|by|from|to|into|under|over|after|before|about|against|among|between|and|or|but|as)\b"
_HEADED_PHRASE = re.compile(rf"\b(?:the|a|an|his|her|its|their|these|those|this|that|our|whose)\s+(?:(?!{_PHRASE_BREAK})[A-Za-z'’-]+\s+){{0,2}}$", re.I)
# Plain plural nouns for a body of people that no suffix shows (not "people" or "police": nearly
# every claim about people has them, for whoever is meant).
_GROUP_NOUNS = frozenset({"persons", "men", "women", "troops", "hostages", "prisoners", "crowds", "youths"})
# A plain word: no VADER valence, common (Zipf at least PLAIN_ZIPF), not a compound. In a headline
# such a word names the story's topic ("death", "boss", "laptop"); the second stage's raise for
# the headline is for the words a headline picks for effect, so word choice does not count it there.
PLAIN_ZIPF = 4.5
_VALENCE, _RARITY, _COMPOUND = (SINGLE_FEATURES.index(n) for n in ("valence", "rarity", "compound"))
MIN_STEM = 4  # letters of a word's stem (``inflection_stem``) below which the word is its own stem
# A word marked against the plain word another outlet writes in its slot ("tore through" where
# another writes "struck", "careered off" where it writes "derailed on"): the contrast shows the
# plain word the outlet passed over, so a lower bar holds (``marked_against``).
CONTRAST_CUT = 0.15
PLAIN_COUNTERPART = 4.0  # the other's word at least this common (Zipf)
ZIPF_GAP = 0.6  # the outlet's word at least this much rarer
PLAIN_VALENCE = 1.0  # the other's word may be this much more intense (VADER) and still plain
VALENCE_GAP = 2.0  # named in the note where it is also this much more intense (VADER)
MIN_KINSHIP = 0.1  # the two words' vector cosine: the same kind of word, not a neighbour in the sentence
SYNONYM_KINSHIP = 0.5  # the vector cosine of a word and another outlet's word in its slot that means the same
_PARTICLE = re.compile(r"[ \t]+(?:through|off|out|up|down|on|into|away|back|across|over)\b(?![ \t]*[-'’])", re.I)
# A weekday or a month after the particle: a phrase of time ("unearthed on Monday"), not the verb's particle.
_TIME_AFTER = re.compile(r"[ \t]+(?:the[ \t]+)?(?:" + "|".join(sorted(CALENDAR_WORDS, key=len, reverse=True)) + r")\b", re.I)
_CONTENT = re.compile(rf"[{LATIN}][{LATIN}'’-]+")


def _content(text: str) -> set[str]:
    return {w.lower() for w in _CONTENT.findall(text) if w.lower() not in _STOP}


Pairs = dict[str, list[tuple[str, str]]]  # sentence id -> [(other article id, other text)]


def pair_sentences(articles: Sequence[Article], agreements: Iterable[Agreement] | None = None) -> Pairs:
    """Which passages of other articles tell the same thing as each sentence."""
    pairs: Pairs = defaultdict(list)
    if agreements is not None:
        for agreement in agreements:
            refs = list(agreement.claims)
            for ref in refs:
                for other in refs:
                    if other.article != ref.article:
                        pairs[ref.sentence].append((other.article, other.text))
        return pairs
    words = {a.id: [(s, _content(s.text)) for s in a.sentences] for a in articles}
    for article in articles:
        for sentence, mine in words[article.id]:
            if len(mine) < 3:
                continue
            for other in articles:
                if other.id == article.id:
                    continue
                best: tuple[float, Sentence | None] = (0.0, None)
                for candidate, theirs in words[other.id]:
                    union = len(mine | theirs)
                    score = len(mine & theirs) / union if union else 0.0
                    if score > best[0]:
                        best = (score, candidate)
                if best[1] is not None and best[0] >= MIN_OVERLAP:
                    pairs[sentence.id].append((other.id, best[1].text))
    return pairs


def word_choice_hits(
    article: Article, quotes: Sequence[tuple[int, int]], pairs: Pairs, elsewhere: set[str], lexicon: Lexicon | None = None,
    scores: WordScores | None = None,
) -> list[_Hit]:
    """Words this outlet chose where the outlets it shares a sentence with wrote otherwise (in a
    noun phrase, naming a referent, with the lower bar ``REFERENT_CUT``), and in any sentence a
    label for people that no other outlet writes (``_PEOPLE``, same bar). A word some lexicon
    entry matches on its own is the lexicon's to judge (where it does not match, as for an
    attributed label, no cue), and a verb, predicate or adverb of a clause a plain verb of saying
    reports is the speaker's account (``hits.speakers_account``). ``scores``: the story model over this article (loaded.word_scores),
    when already computed; its second stage's reasons go into the note."""
    model = word_model()["story"]
    index = {m.start(): i for i, m in enumerate(scores.tokens)} if scores is not None else {}
    prior = model.get("context", {}).get("prior_loudness", 0.0)

    def loaded_probability(m: re.Match[str]) -> float:
        if scores is not None and m.start() in index:
            return choice_probability(scores, index[m.start()], model)
        return word_probability(word_features(m.group(), elsewhere), model)

    def own_probability(m: re.Match[str]) -> float:
        """The first stage's probability, before the second stage weighs the article's loudness and headline."""
        if scores is None or m.start() not in index or scores.context is None:
            return loaded_probability(m)
        return float(logistic(scores.context[index[m.start()], 0]))

    def evidence(m: re.Match[str]) -> str:
        if scores is None or m.start() not in index:
            return ""
        i = index[m.start()]
        said = context_evidence(scores.context, i, prior)
        if plain_word(scores.features[i]) or unraised(scores, i):
            said = [w for w in said if w != "in the headline"]  # not counted (choice_probability)
        return "".join(f"; {w}" for w in said)

    cut = float(word_model().get("word_choice_threshold", model["threshold"]))
    stems_elsewhere = {inflection_stem(w, MIN_STEM) for w in elsewhere}
    hits: list[_Hit] = []
    shared: dict[str, set[str]] = {}  # sentence id -> the content words of the passages paired with it
    for m in candidate_tokens(article, quotes):
        sentence = _sentence_at(article, m.start())
        if sentence is None or restored(article, m):
            continue  # a word only the case-restored view reads (headline in capitals): the word model's alone
        lower = m.group().lower()
        if _MEASURE.search(lower) or thing_named(lower):
            continue  # "three-metre": a measure; "throat", "metal-detector": a thing named (thesaurus) - no choice of words
        if lexicon is not None and _governed(lexicon, lower):
            continue
        if saying_lemma(lower):
            continue  # "vowed", "insisting": a verb of saying, the lexicon judges how one casts a statement
        if sentence.id not in pairs:
            if lower not in elsewhere and _PEOPLE.search(lower) and _HEADED_PHRASE.search(article.text[max(sentence.start, m.start() - 60) : m.start()]):
                p = loaded_probability(m)
                if REFERENT_CUT <= p < model["threshold"]:  # above it, the loaded-word step reports it
                    note = f"label for people ({p:.2f}): '{lower}', a word no other outlet of the story writes"
                    hits.append(_Hit(kind="naming", start=m.start(), end=m.end(), note=note, rank=999))
            continue
        others = pairs[sentence.id]
        if sentence.id not in shared:
            shared[sentence.id] = set().union(*(vocabulary(text) for _, text in others))
        if lower in shared[sentence.id] or inflection_stem(lower, MIN_STEM) in stems_elsewhere or _adverb_pair(lower) & elsewhere:
            continue  # the others wrote it too, here or (in some form) elsewhere in the story
        if form_written_elsewhere(lower, elsewhere):
            continue  # a spelling, compound or long form of a word the others write: no choice of words
        if derived_in(lower, shared[sentence.id]):
            continue  # "congratulation" where the paired passage writes "congratulated": one content, another part of speech
        if speakers_account(article, m.start()):
            continue  # "locals say the gas was seeping in": a speaker's account told indirectly, not the outlet's wording
        referent = in_noun_phrase(article.text, m.start(), m.end(), sentence.start)
        p = loaded_probability(m)
        at = len(_tokens(article.text[sentence.start : m.start()]))
        phrase = False
        if p < (min(cut, REFERENT_CUT) if referent else cut):
            phrase = p >= PHRASE_CUT and m.group().islower() and _phrase_for_word(_tokens(sentence.text), at, others, clause_breaks(sentence.text))
            # the contrast's low bar is the word's own: a loud article lifts all its words, and lifted over the bar
            # by that alone ("fled" for "left" in a tabloid) the rarer word is the article's register, no marked choice
            contrast = None if phrase or min(p, own_probability(m)) < CONTRAST_CUT or not m.group().islower() \
                else marked_against(lower, _tokens(sentence.text), at, others)
            if contrast is not None:
                if not translators_word(article, m):
                    hits.append(_contrast_hit(article.text, m, p, evidence(m), contrast, sentence.text, others, at))
                continue
            if not phrase:
                if p >= LABEL_CUT and lower not in elsewhere:
                    hits += _label_hits(article.text, m, p, sentence.text, others, elsewhere)
                continue
        if not phrase and _synonym_in_slot(lower, _tokens(sentence.text), at, others):
            continue  # another outlet writes a word of the same meaning and register in its place
        if not phrase and unknown_word(lower):
            continue  # a name or a coinage: the loaded-word step judges it on its own bar, no counterpart shows a choice
        if p < cut and translators_word(article, m):
            continue  # a machine translation's word, under the full bar: another name for a referent is the translation's
        why = " in a phrase the others write as one word" if phrase else (" in a noun phrase" if referent else "")
        note = f"word choice ({p:.2f}{evidence(m)}){why}: " + others_wrote(lower, sentence.text, others, at)
        hits.append(_Hit(kind="loaded", start=m.start(), end=m.end(), note=note, rank=999))
    return hits


DERIVED_PREFIX = 5  # letters a derivation shares with its word at least ("congratulat-", "suspen-")
_PEOPLE_KINDS = frozenset({"person", "worker"})


def derived_in(word: str, vocabulary_: set[str]) -> bool:
    """Whether some word of ``vocabulary_`` (the paired passages' words) is a derivation of ``word``:
    it opens with the same ``DERIVED_PREFIX`` letters and OEWN relates the two (``thesaurus.related``:
    "congratulation" / "congratulated", "suspension" / "suspended"). A noun for people and the act
    it is named for are two contents (the outlet names a person by the act: "forger" / "forged"),
    so neither word may name people (``thesaurus.kinds_of``)."""
    if len(word) < DERIVED_PREFIX or _PEOPLE_KINDS & set(kinds_of(word)):
        return False
    head = word[:DERIVED_PREFIX]
    return any(
        w != word and w.startswith(head) and "-" not in w and not _PEOPLE_KINDS & set(kinds_of(w)) and related(word, w)
        for w in vocabulary_
    )


def in_noun_phrase(text: str, start: int, end: int, sentence_start: int = 0) -> bool:
    """Whether the word at ``text[start:end]`` is at most two words after a determiner or possessive
    (``_NOUN_PHRASE``) and no adverb: a word before "away" ("straight away") is not."""
    return bool(_NOUN_PHRASE.search(text[max(sentence_start, start - 60) : start])) and not _ADVERB_AWAY.match(text, end)


def _synonym_in_slot(word: str, mine: Sequence[str], at: int, others: Sequence[tuple[str, str]]) -> bool:
    """Whether a paired passage writes in the slot of ``mine[at]`` a word of the same meaning (vector cosine at least
    ``SYNONYM_KINSHIP``) that ``word`` is not rarer than by ``ZIPF_GAP`` ("illness" / "disease"), or a word sharing an
    OEWN sense with it that it is not more intense than by ``VALENCE_GAP`` ("froze" / "suspended", however much rarer:
    a term of the same act, as ``_marked`` reads it): no choice of this outlet's."""
    vector, zipf = resources.word_vector(word), resources.zipf(word)
    valence = abs(resources.valence(word) or 0.0)
    for _, text in others:
        found = slot(mine, at, _tokens(text))
        for other in (found[2].split() if found else ()):
            if other in _STOP:
                continue
            if vector @ resources.word_vector(other) >= SYNONYM_KINSHIP and zipf > resources.zipf(other) - ZIPF_GAP:
                return True
            if synonyms(word, other) and valence < abs(resources.valence(other) or 0.0) + VALENCE_GAP:
                return True  # one OEWN sense, not more intense ("froze" / "suspended"): a term of the trade, as in ``_marked``
    return False


def _adverb_pair(word: str) -> set[str]:
    """An adjective's adverb ("secret" / "secretly"): the same choice in another part of speech (never back: "deadly")."""
    return {word + "ly", word[:-1] + "ily"} if word.endswith("y") else {word + "ly"}


class Contrast(NamedTuple):
    """A word marked against the plain word another outlet writes in its slot (``marked_against``)."""

    other: str  # the other outlet's article id
    counterpart: str  # its word in the slot ("struck" for "tore")
    reason: str  # how the outlet's word is marked against it, in words


def marked_against(word: str, mine: Sequence[str], at: int, others: Sequence[tuple[str, str]]) -> Contrast | None:
    """The first paired passage whose word in the slot of ``mine[at]`` (``counterpart_word``) is
    a plain word of the same kind that ``word`` is marked against (``_marked``): "tore" where
    another outlet writes "struck", "rammed" where it writes "passed"."""
    for other_id, text in others:
        theirs = _tokens(text)
        counterpart = counterpart_word(mine, at, theirs)
        if counterpart is None or not same_kind(word, counterpart) or _phrasal(counterpart, theirs):
            continue
        reason = _marked(word, counterpart)
        if reason:
            return Contrast(other_id, counterpart, reason)
    return None


_ADVERB_PARTICLES = frozenset("out off up down away back".split())  # a phrasal verb's ("threw out", "called off")


def _phrasal(verb: str, tokens: Sequence[str]) -> bool:
    """Whether ``verb`` stands before an adverb particle in ``tokens``: the bare verb's frequency says nothing
    of the phrasal verb's register ("halted" is no rarer word for "called off")."""
    return any(w == verb and nxt in _ADVERB_PARTICLES for w, nxt in zip(tokens, tokens[1:]))


def same_kind(word: str, other: str) -> bool:
    """Whether two words can fill one slot as verbs in the past: each a past form ("-ed" or an
    irregular one: "tore" / "struck", "careered" / "derailed"), the outlet's no reporting verb
    ("confirmed" for "told" is no register change; "whined" for "told" is), and close in meaning
    (their word vectors' cosine at least ``MIN_KINSHIP``: the vectors know "struck" from "landed")."""
    if not (_past_form(word) and _past_form(other)) or word in REPORTING_VERBS:
        return False
    return float(resources.word_vector(word) @ resources.word_vector(other)) >= MIN_KINSHIP


def _past_form(word: str) -> bool:
    return word in IRREGULAR_PAST or (word.endswith("ed") and len(word) > 4)


# The past forms of common irregular English verbs (simple past and participle): a closed class
# of the grammar, which no suffix shows.
IRREGULAR_PAST = frozenset("""
arose awoke bore borne beat beaten became began begun bent bet bit bitten bled blew blown broke broken bred brought
built burnt bought caught chose chosen clung came cost crept cut dealt dug dove drew drawn drank drunk drove driven
ate eaten fell fallen fed felt fought found fled flung flew flown forbade forbidden forgot forgotten forgave forgiven
froze frozen got gotten gave given went gone ground grew grown hung had heard hid hidden hit held hurt kept knelt knew
known laid led leapt left lent let lay lain lit lost made meant met paid put quit read rode ridden rang rung rose
risen ran sought sold sent set shook shaken shed shone shot shown shrank shut sang sung sank sunk sat slept slid slung
slit spoke spoken sped spent spun spat split spread sprang sprung stood stole stolen stuck stung stank struck strung
strove swore sworn swept swam swum swung took taken taught tore torn told thought threw thrown thrust trod trodden
understood upheld upset woke woken wore worn wove woven wept won wound withdrew withdrawn wrung wrote written
""".split())


def _marked(word: str, plain: str) -> str:
    """How ``word`` is marked against ``plain``, in words, or "" when it is not or ``plain`` is
    no plain word: ``plain`` common (Zipf at least ``PLAIN_COUNTERPART``), not more intense by
    over ``PLAIN_VALENCE`` (VADER rates "struck" -1), and ``word`` rarer by ``ZIPF_GAP`` (a register change: "rammed" for "passed"); a
    valence alone marks nothing ("arrested" for "captured" is VADER's, not the outlet's, charge)."""
    zipf, plain_zipf = resources.zipf(word), resources.zipf(plain)
    valence, plain_valence = abs(resources.valence(word) or 0.0), abs(resources.valence(plain) or 0.0)
    if plain_zipf < PLAIN_COUNTERPART or plain_valence > valence + PLAIN_VALENCE or zipf > plain_zipf - ZIPF_GAP:
        return ""
    if synonyms(word, plain) and valence < plain_valence + VALENCE_GAP:
        return ""  # one OEWN sense ("impounded" / "seized", "retained" / "held"): a term of the trade, no charge
    out = f"rarer (Zipf {zipf:.1f} against {plain_zipf:.1f}, wordfreq)"
    if valence >= plain_valence + VALENCE_GAP:
        out += f" and more intense (valence {valence:.1f} against {plain_valence:.1f}, VADER)"
    return out


def _contrast_hit(text: str, m: re.Match[str], p: float, evidence: str, contrast: Contrast, mine: str,
                  others: Sequence[tuple[str, str]], at: int) -> _Hit:
    """The cue for a word marked against another outlet's plain word, a particle after it
    taken in ("tore through", "swooped on": the verb and its particle are one choice)."""
    end = m.end()
    particle = _PARTICLE.match(text, end)
    if particle and not _TIME_AFTER.match(text, particle.end()):
        end = particle.end()  # not "found on Monday": "on" then opens a phrase of time, no particle of the verb
    phrase = text[m.start() : end].lower()
    said = "; ".join(_said_by_others(m.group().lower(), mine, others, at))
    note = (f"word choice ({p:.2f}{evidence}) against a plainer word: '{phrase}', {contrast.reason} than "
            f"'{contrast.counterpart}' ({contrast.other}), where the same sentence elsewhere has none of it: {said}")
    return _Hit(kind="loaded", start=m.start(), end=end, note=note, rank=999)


def plain_word(features: np.ndarray) -> bool:
    """Whether a word (its ``word_features``) is plain: no valence, common, not a compound."""
    return features[_VALENCE] == 0 and features[_RARITY] <= 5 - PLAIN_ZIPF and features[_COMPOUND] == 0


def choice_probability(scores: WordScores, i: int, model: dict) -> float:
    """The story model's probability for word ``i`` of ``scores``, without the second stage's
    raise for the headline where the word is plain (``plain_word``) or a calm headline's verb (``unraised``)."""
    p = float(scores.probabilities[i])
    context = model.get("context")
    if context is None or scores.context is None or not scores.context[i, 2] or not (plain_word(scores.features[i]) or unraised(scores, i)):
        return p
    log_odds, loudness, _ = scores.context[i]
    return logistic(context["bias"] + context["weights"][0] * log_odds + context["weights"][1] * loudness)


def _label_hits(text: str, m: re.Match[str], p: float, mine: str, others: Sequence[tuple[str, str]], elsewhere: set[str]) -> list[_Hit]:
    """The word of ``m`` as a label for people of a shared claim that the others name otherwise:
    the plural noun itself ("conspirators"), or a modifier the outlet puts before such a noun
    that no other outlet writes either ("irregular migrants" where the others write "persons")."""
    word, start, end = m.group().lower(), m.start(), m.end()
    if _DENIED.search(text, max(0, start - 40), start):
        return []  # "are employees, not contractors": the category the sentence denies them, not its name for them
    noun = word
    following = _NEXT_WORD.match(text, end)
    if not _PLURAL_PEOPLE.search(word) and following and following.group(1).lower() not in elsewhere:
        noun, end = following.group(1).lower(), following.end(1)
    renamed = _renamed_people(noun, mine, others)
    if not renamed:
        return []
    phrase = text[start:end]
    words = "words" if " " in phrase else "a word"
    note = (f"label for people ({p:.2f}): '{phrase}', {words} no other outlet of the story writes, where "
            "the same claim elsewhere names them " + ", ".join(f"'{w}'" for w in renamed[:MAX_OTHERS]))
    return [_Hit(kind="naming", start=start, end=end, note=note, rank=999)]


_NEXT_WORD = re.compile(r"[ \t]+([a-z][a-z'’-]+)\b")
# A negation or an alternative just before the label: "not", "nor", "never", "rather than", "instead of".
_DENIED = re.compile(r"\b(?:not|nor|never|rather[ \t]+than|instead[ \t]+of)[ \t]+$", re.IGNORECASE)


def _renamed_people(word: str, mine: str, others: Sequence[tuple[str, str]]) -> list[str]:
    """The plural nouns for people that the passages paired with ``mine`` write and ``mine`` does
    not, each near a content word that also stands near ``word`` in ``mine``, on the same side
    (the same role in the shared claim: "conspirators have been detained" / "64 persons were
    detained"), when ``word`` is itself such a noun: the people of the shared claim named otherwise."""
    if not _PLURAL_PEOPLE.search(word) or word[:-1] in _role_heads():
        return []  # "leaders", "officers": the plain name of a role, not a label
    tokens = _tokens(mine)
    own = set(tokens)
    at = tokens.index(word) if word in tokens else None
    if at is None:
        return []
    before, after = _around(tokens, at)
    found = []
    for _, text in others:
        theirs = _tokens(text)
        for j, t in enumerate(theirs):
            if t in own or not (t in _GROUP_NOUNS or (_PLURAL_PEOPLE.search(t) and not _never_people(t))):
                continue
            their_before, their_after = _around(theirs, j)
            if before & their_before or after & their_after:
                found.append(t)
    return list(dict.fromkeys(found))


def _never_people(noun: str) -> bool:
    """Whether OEWN knows the noun and none of its first senses is a person ("towers", "borders",
    "quarters"): an ending like "-ers" is no person then, and a label for people has no counterpart in it."""
    kinds = kinds_of(noun)
    return bool(kinds) and not _PEOPLE_KINDS & set(kinds)


def _around(tokens: Sequence[str], at: int) -> tuple[set[str], set[str]]:
    """The stems of the content words within ``ROLE_WINDOW`` before and after ``tokens[at]``: a
    word shared on the same side shows the same role ("... had been detained")."""
    return _stems(tokens[max(0, at - ROLE_WINDOW) : at]), _stems(tokens[at + 1 : at + ROLE_WINDOW + 1])


def _stems(words: Sequence[str]) -> set[str]:
    """The content words' stems ("detained", "detain")."""
    return {inflection_stem(w) for w in words if w not in _STOP and len(w) > 3 and not w.isdigit() and not _PLURAL_PEOPLE.search(w)}


def _phrase_for_word(mine: Sequence[str], at: int, others: Sequence[tuple[str, str]], breaks: set[int] | frozenset[int] = frozenset()) -> bool:
    """Whether every paired outlet writes one content word where this outlet writes a phrase of
    two to ``MAX_PHRASE`` words around ``mine[at]`` sharing none of its words ("raked in the cash"
    for "profited"): a verb phrase or idiom replacing a plain word, a register change. The slot is
    a replacement in a token alignment (difflib) of the two sentences, function words at its
    edges trimmed. ``breaks`` (``clause_breaks``): a phrase runs within one clause, so a slot across a
    comma is two clauses misaligned ("the hall, demanding voters" for "council")."""
    if not others:
        return False
    for _, text in others:
        theirs = _tokens(text)
        matcher = difflib.SequenceMatcher(None, list(mine), theirs, autojunk=False)
        if matcher.ratio() < MIN_SLOT_RATIO:
            return False
        span = next(((i1, i2, j1, j2) for op, i1, i2, j1, j2 in matcher.get_opcodes() if op == "replace" and i1 <= at < i2), None)
        if span is None:
            return False
        i1, i2, j1, j2 = span
        words = [w for w in theirs[j1:j2] if w not in _STOP]
        if any(k in breaks for k in range(i1, i2 - 1)):
            return False
        if not 2 <= i2 - i1 <= MAX_PHRASE or len(words) != 1 or words[0] in mine or any(c.isdigit() for c in words[0]):
            return False
    return True


def others_wrote(word: str, mine: str, others: Sequence[tuple[str, str]], at: int | None = None) -> str:
    """For each other outlet that tells the same thing: what it writes in the word's slot (a token
    alignment of the two sentences, or beside a shared word: ``_beside_anchor``), else its words
    in the shared sentence that this one lacks."""
    said = _said_by_others(word, mine, others, at)
    where = "; ".join(said) if said else "the others leave it out"
    return f"'{word}' where the same sentence elsewhere has none of it: {where}"


def _said_by_others(word: str, mine: str, others: Sequence[tuple[str, str]], at: int | None) -> list[str]:
    """Per other outlet, what it writes in the word's slot in one of its paired passages; where
    none has one, the words of its passages that this sentence lacks, names left out and the
    closest in meaning to ``word`` first (word vectors): "tore" -> 'shaken', 'strength', ..."""
    own = _content(mine)
    mine_tokens = _tokens(mine)
    placed: dict[str, str] = {}
    rest: dict[str, list[str]] = {}
    for other_id, text in others:
        if other_id in placed:
            continue
        theirs = _tokens(text)
        found = slot(mine_tokens, at, theirs) if at is not None else None
        beside = _beside_anchor(mine_tokens, at, theirs) if at is not None and not found else None
        if beside is not None and same_kind(word, beside):
            found = (at, at + 1, beside)
        if found:
            i1, i2, counterpart = found
            phrase = " ".join(mine_tokens[i1:i2])
            placed[other_id] = f"{other_id} writes '{counterpart}' in its place" + (f" (for '{phrase}')" if phrase != word else "")
            continue
        words = rest.setdefault(other_id, [])
        words += [w.lower() for w in _CONTENT.findall(text) if not w[0].isupper() and w.lower() not in own and _is_content(w.lower())]
    said = []
    for other_id in dict.fromkeys(o for o, _ in others):
        if other_id in placed:
            said.append(placed[other_id])
        elif rest.get(other_id):
            said.append(f"{other_id} writes '" + "', '".join(_closest(word, rest[other_id])[:MAX_OTHERS]) + "'")
    return said


def _closest(word: str, candidates: Sequence[str]) -> list[str]:
    """``candidates`` once each, the closest in meaning to ``word`` first (word vectors' cosine)."""
    unique = list(dict.fromkeys(candidates))
    vector = resources.word_vector(word)
    closeness = [float(vector @ v) for v in resources.word_vectors(unique)]
    return [w for _, w in sorted(zip(closeness, unique), key=lambda pair: -pair[0])]
