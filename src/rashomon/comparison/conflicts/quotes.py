"""Quote disagreements: one speaker's words quoted differently in a way that changes them.

Two quotations are the same quotation told twice when most of the shorter one's words (stems)
recur in the longer, in order. They disagree only when the change is one a reader would call a
misquote: the negation differs ("never hostile" / "at times hostile"), a figure differs ("24
hours" / "48 hours"), or the two are word for word the same but for one short passage ("cuts" for
"choices", an added "yet"). A translation that rewords the quotation in several places is the
same quotation in other words, not a conflict.

Each changed word is judged by its meaning: an auxiliary or a relative pronoun is the grammar of
the language translated from ("are not leaving" / "do not abandon"), and a near-synonym (close in
the static embedding table, rated alike by VADER: "banned" / "forbidden") is the same word, so
neither counts as a change. A quotation changed in one passage only is a misquote only on real
evidence of another meaning (:func:`real_change`): a word with no word of the same meaning on the
other side, judged broadly (one stem, Open English WordNet's synsets and the synsets one step
from them, the static vectors), where words VADER rates on opposite sides or WordNet calls
antonyms are never of one meaning ("bus routes" / "bus lines" is no change, "choices" / "cuts"
is one); a decision to act told as the act ("decided to close" / "closed") is one statement. A
verb of denial counts as a negation, and a negated one as none
("there is no risk" / "we cannot rule out a risk"). Two tellings too unlike to be one quotation
still disagree where they open on one verb, negated in one of them only, and go on alike.
"""

from __future__ import annotations

import difflib
import re
from functools import lru_cache

from collections.abc import Collection, Iterable, Mapping, Sequence

from ...model import Claim
from ...text.stems import suffix_stem
from ...text.thesaurus import adjective_superlative, opposite, related, synonyms
from ..claims import find_quantities
from ..framing.resources import valence, word_cosine
from .common import Disagreement, Side
from .quote_grammar import genitive_reworded, reworded_grammar_only
from .quote_spans import durations, only_span, span_unit, spans_meet
from .spellings import spelled as _spelled

# Function words a rewording may change freely; quantifiers ("every", "most") are not among them.
STOP = {"down", "up", "out", "off", "away", "back", "as", "so", "very", "the", "a", "an", "of", "to", "in", "on", "at", "for", "with", "by", "and", "or", "that", "this", "it", "is", "was", "were", "be", "been", "has", "have", "had", "will", "would", "we", "our", "i", "my", "you", "they", "their"}
# Words a changed passage may swap without changing what is said (not counted as told alike):
# reported speech shifts the person ("our guards" told as "its guards"), and a light verb with a
# noun carries no meaning of its own ("every decision taken tonight" / "of this evening").
# An auxiliary's form is the grammar of the language translated from ("we are not leaving" / "we
# do not abandon"), as is a relative pronoun ("that has been" / "which is").
_REWORDING = STOP | {"its", "he", "she", "his", "her", "him", "them", "us", "me", "your", "ours", "theirs"} | {
    "taken", "made", "given", "held"} | {"am", "are", "do", "does", "did", "being", "which", "who", "whom"}

_NEGATIONS = {"not", "no", "never", "nobody", "none", "nothing", "neither", "nor", "without", "cannot", "n't"}
_TOKEN = re.compile(r"[A-Za-z][A-Za-z’'-]*|\d+(?:[.,]\d+)*")
_NOBODY = re.compile(r"\bno(?:\s+|-)one\b", re.IGNORECASE)
_QUANTIFIERS = {"every", "all", "each", "most", "some", "many", "few", "several", "always", "sometimes", "often", "rarely", "any", "only"}
# Deictic times one translation words another way ("tonight" / "this evening"): one word each.
_SAME_TIME = ((re.compile(r"\bthis (?:evening|night)\b", re.IGNORECASE), "tonight"),
              (re.compile(r"\bthis day\b", re.IGNORECASE), "today"))
_MIN_WORDS = 3
# Adverbs that place a state in time up to now ("so far stable" / "for now stable" / "stable at
# present"): a closed class that translations render each their own way. A passage that swaps one
# such adverb for another says the same thing; "no longer" stays a change (it holds a negation).
_UP_TO_NOW = {"far", "now", "yet", "still", "thus", "date", "present", "currently", "moment", "time", "being",
              "until", "till", "so", "for", "at", "the", "to"}
# Quantifiers that say the same thing: "every voter" / "each voter" / "all voters" is one quotation
# translated three ways (the universal quantifier; "most", "some" stay other words).
_SAME_QUANTIFIER = {"each": "every", "all": "every", "whole": "every", "entire": "every"}
# Adverbs of certainty, on two sides: a claim told as sure ("definitely") and as likely
# ("probably") says two things; two words of one side ("probably" / "likely") say one.
_SURE = {"certainly", "definitely", "surely", "undoubtedly", "clearly", "absolutely"}
_LIKELY = {"probably", "possibly", "perhaps", "maybe", "likely", "presumably", "apparently"}
_MAX_CHANGE = 3  # words of one changed passage
# Quotations of one claim compared with each of the other claim's: a sentence of news quotes a few
# passages (at most 4 in stories-dev and in all of ECB+); past that it is a list of quoted words,
# and comparing every pair of two such sentences costs their product (40,000 pairs at 200 each).
MAX_QUOTES_COMPARED = 8


def quote_words(quote: str) -> list[str]:
    """The quotation's words, stemmed and spelled one way (read once per quotation: a quotation
    is compared with every quotation of the claims aligned with its own)."""
    return list(_quote_words(quote))


@lru_cache(maxsize=4096)
def _quote_words(quote: str) -> tuple[str, ...]:
    return tuple("n't" if w == "n't" else suffix_stem(_spelled(w)) for w in _written_words(quote))


@lru_cache(maxsize=4096)
def _written_words(quote: str) -> tuple[str, ...]:
    """The quotation's words as written (lower-cased), one for each of :func:`quote_words`."""
    quote = _NOBODY.sub("nobody", quote.replace("’", "'").replace("‘", "'"))
    for pattern, word in _SAME_TIME:
        quote = pattern.sub(word, quote)
    return tuple(_SAME_QUANTIFIER.get(w.lower(), w.lower()) for w in _TOKEN.findall(quote.replace("n't", " n't")))


# quote_words gives stems: the lists hold them too ("this" -> "thi", "always" -> "alway")
STOP = frozenset(STOP | {suffix_stem(w) for w in STOP})
_REWORDING = frozenset(_REWORDING | {suffix_stem(w) for w in _REWORDING})
_QUANTIFIERS = frozenset(_QUANTIFIERS | {suffix_stem(w) for w in _QUANTIFIERS})


# A quotation both sentences give: content words (stems) it must share, and the share of the
# shorter quotation's content words they must be (a translation words a quotation its own way).
_QUOTED_SHARED = 3
_QUOTED_SHARE = 0.5


def one_quotation_told(a: Claim, b: Claim) -> bool:
    """The two sentences give one quotation ("Renner, 34, said: 'The bang woke us'" / "'A bang woke
    us,' said Renner (38)"): words said once, so the sentences tell one moment and a named person's
    age in them is one age told twice (:mod:`.person_figures`)."""
    def content(q: str) -> set[str]:
        return {w for w in quote_words(q) if w not in STOP and len(w) > 2 and not w.isdigit()}

    for qa in a.quotes:
        wa = content(qa)
        for qb in b.quotes:
            wb = content(qb)
            shared = len(wa & wb)
            if shared >= _QUOTED_SHARED and shared >= _QUOTED_SHARE * min(len(wa), len(wb)):
                return True
    return False


# Verbs of ruling a thing out deny it as a negation does ("we deny any risk"); negated, they affirm
# it is possible ("we cannot rule out a risk" says there may be one), so the two count as none.
_DENIALS = frozenset({"exclude", "exclud", "deny", "deni"})
_RULE = frozenset({"rule", "rul"})  # with "out" after it ("rule out", "ruling anything out")


def _denial(words: list[str], k: int) -> bool:
    return words[k] in _DENIALS or (words[k] in _RULE and "out" in words[k + 1 : k + 3])


def _negations(words: list[str]) -> int:
    """The quotation's negations and verbs of denial; a negation of such a verb (within three
    words: "not ruling anything out") and the verb count as none."""
    denials = [k for k in range(len(words)) if _denial(words, k)]
    count, negated = 0, set()
    for k, w in enumerate(words):
        if w in _NEGATIONS or w == "noth":
            governed = [j for j in denials if k < j <= k + 3]
            negated.update(governed)
            count += not governed
    return count + sum(1 for j in denials if j not in negated)


def _figures(quote: str) -> set[float]:
    """The quotation's figures less the spans of time (:func:`durations` compares those in one unit)."""
    return {q.value for q in find_quantities(quote) if span_unit(q.counted) is None}


# A year in a quotation ("toward its 2035 target"): no quantity to the claims' reader, but another
# year in another telling of the quotation is another figure.
_YEAR = re.compile(r"(?<![\d.,])(?:19|20)\d\d(?![\d.,]\d)")


def _years(quote: str) -> set[str]:
    return set(_YEAR.findall(quote))


_MIN_OPENING = 3  # words of an opening told word for word
_MIN_GOES_ON = 3  # content words each telling goes on with after it (a short tail may be a translation)
_FUNCTION = STOP | _NEGATIONS | {"there", "here", "he", "she", "them", "us", "me", "do", "did", "does", "not"}


_NOT_CONTENT = _FUNCTION | _REWORDING


def _content(words: list[str]) -> set[str]:
    return {w for w in words if w not in _FUNCTION and not w.isdigit()}


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def goes_on_differently(qa: str, qb: str, min_tail: int = _MIN_GOES_ON) -> bool:
    """One quoted sentence opened word for word ("The voters have spoken ...", at least three
    words, two of them content words) that goes on with other words in each telling ("...
    twice now, and I intend to get back to work" / "... and I don't care how many times they
    count them"): the words put after the speaker's opening were changed. Only the opening
    sentence counts: two outlets may quote different next sentences of one statement. A
    translation rewords the opening too, and words of one meaning (:func:`alike`) in place of
    each other; a telling that stops after the opening is an excerpt. ``min_tail``: the words of
    content each telling must go on with (fewer where neither telling is a translation)."""
    first_a, first_b = _SENTENCE_END.split(qa.strip())[0], _SENTENCE_END.split(qb.strip())[0]
    sa, sb = quote_words(first_a), quote_words(first_b)
    n = 0
    while n < min(len(sa), len(sb)) and sa[n] == sb[n]:
        n += 1
    if n < _MIN_OPENING or len(_content(sa[:n])) < 2:
        return False
    ra, rb = _content(sa[n:]), _content(sb[n:])
    if len(ra) < min_tail or len(rb) < min_tail or len(ra & rb) * 3 >= len(ra | rb):
        return False
    # each telling must go on with a word the other has none of the same meaning for (:func:`alike`):
    # "choose between medicine" / "elect between the medicaments" is one sentence translated
    wa, wb = _content_written(_written_words(first_a)[n:]), _content_written(_written_words(first_b)[n:])
    return any(not any(alike(a, b) for b in wb) for a in wa) and any(not any(alike(a, b) for a in wa) for b in wb)


@lru_cache(maxsize=64)
def _phrases(text: str) -> frozenset[tuple[str, str]]:
    """The pairs of neighbouring words (stems) of an article's text."""
    words = _quote_words(text)
    return frozenset(zip(words, words[1:]))


def _named_more_fully(x: list[str], y: list[str], after: str | None, known: frozenset[tuple[str, str]]) -> bool:
    """``y`` adds one word before the word both tellings go on with, making a phrase the article
    of ``x`` uses itself ("lies about its guards" / "lies about our border guards", where that
    article speaks of "border guards"): the same thing named more fully, no new claim."""
    if set(x) - _REWORDING or after is None:
        return False
    extra = [w for w in y if w not in _REWORDING]
    return len(extra) == 1 and (extra[0], after) in known


# A superlative: "the largest", "the most important", "the worst" (its sense ranks one thing first)
_IRREGULAR_SUPERLATIVES = frozenset({"best", "worst", "most", "least"})
_SUPERLATIVE_WITHIN = 3  # words from "the" to the noun it ranks


def _superlative(word: str) -> bool:
    if word in _IRREGULAR_SUPERLATIVES:
        return True
    return word.endswith("est") and len(word) > 5 and adjective_superlative(word)


def _ranked(words: Sequence[str]) -> dict[str, bool]:
    """The nouns (their OEWN lemmas) a superlative ranks, each with whether it is "one of" them ("one
    of the most important seizures") or the one ("the largest seizure"): the first word of content
    after the superlative and its adjective ("most important")."""
    out: dict[str, bool] = {}
    for k, w in enumerate(words):
        if w != "the" or k + 1 >= len(words) or not _superlative(words[k + 1]):
            continue
        several = tuple(words[max(0, k - 2) : k]) == ("one", "of")
        if not several and (k == 0 or words[k - 1] == "of"):
            continue  # an excerpt that may begin after "one of"
        start = k + 3 if words[k + 1] in ("most", "least") else k + 2
        noun = next((n for n in words[start : start + _SUPERLATIVE_WITHIN] if n not in _NOT_CONTENT), None)
        if noun is not None and not _superlative(noun):
            out.setdefault(_singular(noun), several)
    return out


def _singular(noun: str) -> str:
    """A plural noun's singular, by its regular ending ("seizures" -> seizure, "cities" -> city)."""
    if noun.endswith("ies") and len(noun) > 4:
        return noun[:-3] + "y"
    return noun[:-1] if noun.endswith("s") and not noun.endswith(("ss", "us", "is")) else noun


_ARTICLES = frozenset({"a", "an", "the"})


def _phrase_requalified(short: Sequence[str], other: Sequence[str]) -> bool:
    """A quoted phrase of one word and its noun ("an unlawful act") whose noun the other telling
    quotes after another word ("a regrettable act"), the two words of no one meaning: the speaker's
    judgement of the thing changed."""
    words = [w for w in short if w not in _ARTICLES]
    if len(words) != 2 or len(short) > 3 or words[0] in _NOT_CONTENT or words[1] in _NOT_CONTENT:
        return False
    qualifier, noun = words
    for k in range(2, len(other)):
        if other[k - 2] in _ARTICLES and _singular(other[k]) == _singular(noun):
            said = other[k - 1]
            # a figure or a quantifier counts the thing ("zero day" / "a few days"), it does not judge it
            counted = any(w in _QUANTIFIERS or find_quantities(w) or _a_count(w) for w in (qualifier, said))
            return said not in _NOT_CONTENT and said != noun and not counted and not alike(qualifier, said)
    return False


_CARDINALS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def _a_count(word: str) -> bool:
    """A word OEWN gives as a cardinal's synonym ("single" for one): it counts the thing ("not a
    single tree"), as a figure does; it does not judge it."""
    return word not in _CARDINALS and any(synonyms(word, n) for n in _CARDINALS)


def superlative_shared(wa: Sequence[str], wb: Sequence[str]) -> bool:
    """One telling ranks a thing first ("the largest seizure in our history"), the other among
    several ("one of the most important seizures"): the claim is made smaller or larger, as a
    quantifier's change ("every" / "some") is. The noun ranked must be one noun in both."""
    ra, rb = _ranked(wa), _ranked(wb)
    return any(ra[n] != rb[n] for n in ra.keys() & rb.keys())


def quote_change(qa: str, qb: str, text_a: str = "", text_b: str = "") -> str | None:
    """Why two tellings of one quotation disagree, or None (not one quotation, or no real change).
    Only the stretch both tell is compared: an excerpt that stops short is no change. ``text_a``,
    ``text_b``: the articles' texts, whose own phrases may show an added word names the same thing."""
    from .quote_opening import negated_opening  # it reads this module's words: imported here, not at the top
    sa, sb = quote_words(qa), quote_words(qb)
    if len(sa) < 2 or len(sb) < 2:
        return None
    if goes_on_differently(qa, qb):
        return "the words after its opening differ"
    matcher = difflib.SequenceMatcher(a=sa, b=sb, autojunk=False)
    blocks = [m for m in matcher.get_matching_blocks() if m.size]
    shared = sum(m.size for m in blocks)
    shared_content = sum(1 for m in blocks for w in sa[m.a : m.a + m.size] if w not in STOP)
    if not blocks or shared < 0.5 * min(len(sa), len(sb)) or shared_content < 2:
        # different quotations, unless the speaker's opening verb is negated in one telling only,
        # or one telling makes the speaker's superlative one of several
        if negated_opening(qa, qb):
            return "the negation differs"
        if superlative_shared(_written_words(qa), _written_words(qb)):
            return "a key word differs"
        return "a key word differs" if _phrase_requalified(_written_words(qa), _written_words(qb)) or \
            _phrase_requalified(_written_words(qb), _written_words(qa)) else None
    # the stretch both tell: from the first shared word to the last, on each side
    a0, a1 = blocks[0].a, blocks[-1].a + blocks[-1].size
    b0, b1 = blocks[0].b, blocks[-1].b + blocks[-1].size
    ta, tb = sa[a0:a1], sb[b0:b1]
    # a negation only one side's stretch holds, and not merely moved out of the other's stretch
    # ("a voice it was never given" / "a voice that never was given to it"); where both tellings
    # open with words of their own, neither is an excerpt, and the openings count ("there is no
    # risk to other schools" / "we cannot rule out a risk to other schools")
    wa, wb = (sa[:a1], sb[:b1]) if a0 and b0 else (ta, tb)
    if (_negations(wa) > 0) != (_negations(wb) > 0) and _negations(sa) != _negations(sb):
        return "the negation differs"
    if negated_opening(qa, qb):
        return "the negation differs"  # "I never paid anyone to act" / "I paid them, but nobody acted"
    if shared < _MIN_WORDS:
        return None
    fa, fb = _figures(qa), _figures(qb)
    ya, yb = _years(qa), _years(qb)
    da, db = durations(qa), durations(qb)
    if (fa and fb and fa != fb) or (ya and yb and ya != yb) or (da and db and not spans_meet(da, db)):
        return "a figure differs"
    if superlative_shared(_written_words(qa), _written_words(qb)):
        return "a key word differs"  # "the worst storm" / "one of the worst storms"
    inner = difflib.SequenceMatcher(a=ta, b=tb, autojunk=False)
    known_a, known_b = _phrases(text_a), _phrases(text_b)
    written_a, written_b = _written_words(qa), _written_words(qb)
    spans = [
        (i1 + a0, i2 + a0, j1 + b0, j2 + b0) for op, i1, i2, j1, j2 in inner.get_opcodes()
        if op != "equal"
        and not _named_more_fully(ta[i1:i2], tb[j1:j2], tb[j2] if j2 < len(tb) else None, known_a)
        and not _named_more_fully(tb[j1:j2], ta[i1:i2], ta[i2] if i2 < len(ta) else None, known_b)
    ]
    changes = [(sa[i1:i2], sb[j1:j2]) for i1, i2, j1, j2 in spans]
    # a passage whose words are only put in another order ("never was" / "was never") is no change,
    # nor one whose every word has a near-synonym on the other side ("abandon" / "leave")
    content_spans = [
        (i1, i2, j1, j2) for i1, i2, j1, j2 in spans
        if _changes_meaning(sa[i1:i2], sb[j1:j2]) and not same_meaning(written_a[i1:i2], written_b[j1:j2])
        and not (da and db and only_span(written_a[i1:i2], written_b[j1:j2]))  # "three months" / "90 days"
    ]
    content = [(sa[i1:i2], sb[j1:j2]) for i1, i2, j1, j2 in content_spans]
    for i1, i2, j1, j2 in spans + [(0, a0, 0, b0), (a1, len(sa), b1, len(sb))]:
        x, y = written_a[i1:i2], written_b[j1:j2]
        qx, qy = set(sa[i1:i2]) & _QUANTIFIERS, set(sb[j1:j2]) & _QUANTIFIERS
        if qx and qy and qx != qy:
            return "a key word differs"  # "every safety procedure" / "most safety procedures"
        if _certainty(x) and _certainty(y) and _certainty(x) != _certainty(y):
            return "a key word differs"  # "will definitely reopen" / "will probably reopen"
    for i1, i2, j1, j2 in spans:
        x, y = _content_written(written_a[i1:i2]), _content_written(written_b[j1:j2])
        if any(opposite(p, q) for p in x for q in y if not {p, q} & _NEGATIONS):
            # a content word put in place of its OEWN antonym inside the stretch both tell is no
            # translation's rewording, however many other passages are reworded too (a negation,
            # "never" / "ever", is the negation rule's)
            return "a key word differs"  # "we made the right call, and fast" / "we made the wrong call"
    if shared_content < 3:
        return None  # too little told alike to call one word of it changed
    if content and _reworded_grammar(changes, content):
        return None  # a translation's telling: its small words differ too ("pays for the media" / "pays the media")
    # Where both tellings go on past the shared stretch, differently, that is one more change.
    for i1, i2, j1, j2 in ((0, a0, 0, b0), (a1, len(sa), b1, len(sb))):
        if set(sa[i1:i2]) - STOP and set(sb[j1:j2]) - STOP and not same_meaning(written_a[i1:i2], written_b[j1:j2]) \
                and not (da and db and only_span(written_a[i1:i2], written_b[j1:j2])):
            changes.append((sa[i1:i2], sb[j1:j2]))
            content.append((sa[i1:i2], sb[j1:j2]))
            content_spans.append((i1, i2, j1, j2))
    if len(content) == 1 and shared >= 4:
        x, y = content[0]
        i1, i2, j1, j2 = content_spans[0]
        if x and y and not real_change(written_a[i1:i2], written_b[j1:j2]):
            return None  # a word of the same meaning ("bus routes" / "bus lines")
        if reworded_grammar_only(written_a[i1:i2], written_b[j1:j2]) or genitive_reworded(written_a, written_b, content_spans[0]):
            return None  # "angry with" / "angry against", "you can see" / "one sees", "a day's pay" / "the pay of one day"
        if not (x and y) and _is_decision(written_a[i1:i2] or written_b[j1:j2]):
            return None  # "decided to" put before the act both tell ("decided to shut" / "shut")
        if x and y and _into_a_phrase(sa, sb, content_spans[0], a1, b1):
            return None  # "must come first" / "must stand in first place": one telling, reworded
        if len(x) <= _MAX_CHANGE and len(y) <= _MAX_CHANGE:
            # One short passage changed inside a quotation told word for word otherwise.
            return "a key word differs" if x and y else "words are added"
    return None


# Words of one meaning: the static table's vectors of two written words at least this close
# ("leave" / "abandon" 0.45, "banned" / "forbidden" 0.61; "choices" / "cuts" 0.11, "blind" /
# "haste" -0.09), and rated on the same side of VADER's valence. The table alone cannot tell a
# synonym from an antonym ("close" / "shut" 0.48, "close" / "open" 0.48, "win" / "lose" 0.57):
# the valence can where VADER rates both words, and two words it does not rate stay different.
NEAR_SYNONYM = 0.45


def _certainty(words: Sequence[str]) -> str:
    """"sure" or "likely" where a passage holds an adverb of one side of certainty only, else ""."""
    said = {w.lower() for w in words}
    sides = {"sure"} if said & _SURE else set()
    sides |= {"likely"} if said & _LIKELY else set()
    return sides.pop() if len(sides) == 1 else ""


def same_meaning(x: Sequence[str], y: Sequence[str]) -> bool:
    """A changed passage (written words) whose every content word has a near-synonym among the
    other side's (close in the static table, rated alike by VADER): a translation's other word for
    the same thing. Strict on purpose: a quotation reworded in several such passages is a
    translation, one reworded in a single passage may be a misquote (:func:`real_change`)."""
    cx, cy = _content_written(x), _content_written(y)
    if not cx or not cy:
        return False
    return all(any(_near_synonyms(a, b) for b in cy) for a in cx) and all(any(_near_synonyms(a, b) for a in cx) for b in cy)


def real_change(x: Sequence[str], y: Sequence[str]) -> bool:
    """Whether a passage changed in one place (written words) shows real evidence of another
    meaning: a content word of one side with no word of the same meaning (:func:`alike`) on the
    other ("choices" / "cuts", "blind" / "in haste"). Not a change: "have to" / "be obliged to",
    "bus routes" / "bus lines", "decided to close" / "closed"."""
    x, y = _act_decided(x, y), _act_decided(y, x)
    cx, cy = _content_written(x), _content_written(y)
    return any(not any(alike(a, b) for b in y) for a in cx) or any(not any(alike(a, b) for a in x) for b in cy)


def _content_written(words: Sequence[str]) -> list[str]:
    return [w for w in words if suffix_stem(_spelled(w)) not in _NOT_CONTENT and not w.isdigit()]


def _is_decision(added: Sequence[str]) -> bool:
    """An added passage that is only a verb of deciding and "to" ("decided to", "resolved to")."""
    return len(added) == 2 and added[1] == "to" and synonyms(added[0], "decide")


def _act_decided(x: Sequence[str], y: Sequence[str]) -> Sequence[str]:
    """``x`` less a verb of deciding (one synset with "decide" in OEWN: "resolved", "determined")
    put before the act the other side tells as done ("decided to close" / "closed"): the decision
    to act told as the act is one statement. Verbs of trying or wanting are no decision, and stay."""
    for k in range(len(x) - 2):
        if x[k + 1] == "to" and synonyms(x[k], "decide") and any(alike(x[k + 2], b) for b in y):
            return [*x[:k], *x[k + 2 :]]
    return x


@lru_cache(maxsize=16384)
def alike(wx: str, wy: str) -> bool:
    """Whether two written words say the same in a quotation told twice. Not alike: words VADER rates
    on opposite sides ("win" / "lose") or OEWN calls antonyms ("close" / "open"). Alike: one stem,
    words OEWN relates (one synset, or one step apart: "choose" / "elect", "medicine" /
    "medicaments", "routes" / "lines"), or near-synonyms by the static vectors that VADER rates on
    one side ("banned" / "forbidden")."""
    if suffix_stem(_spelled(wx)) == suffix_stem(_spelled(wy)):
        return True
    px, py = valence(wx), valence(wy)
    if (px is not None and py is not None and px * py < 0) or opposite(wx, wy):
        return False
    if related(wx, wy) or related(_singular_men(wx), _singular_men(wy)):
        return True  # "firefighters" / "firemen": a plural in -men read as its singular
    return _near_synonyms(wx, wy)


def _singular_men(word: str) -> str:
    return word[:-3] + "man" if len(word) > 5 and word.endswith("men") else word.removesuffix("s") if word.endswith("ers") else word


def _near_synonyms(wx: str, wy: str) -> bool:
    """One stem, or close in the static table and rated on one side by VADER ("banned" / "forbidden")."""
    if suffix_stem(_spelled(wx)) == suffix_stem(_spelled(wy)):
        return True
    px, py = valence(wx), valence(wy)
    if px is None or py is None or px * py <= 0:
        return False  # the vectors alone cannot tell a synonym from an antonym
    return word_cosine(wx, wy) >= NEAR_SYNONYM


def _changes_meaning(x: list[str], y: list[str]) -> bool:
    """A changed passage with a word of content that is not only put in another order."""
    return bool((set(x) | set(y)) - _REWORDING - _NEGATIONS) and set(x) - _REWORDING != set(y) - _REWORDING \
        and not _both_up_to_now(x, y)


def _both_up_to_now(x: list[str], y: list[str]) -> bool:
    """Each side of a changed passage is only an adverb of time up to now ("so far" / "for now")."""
    return bool(x) and bool(y) and set(x) <= _UP_TO_NOW and set(y) <= _UP_TO_NOW


# Prepositions and conjunctions: the frame a verb or a clause takes, which a translation words by
# its own language's grammar ("pays for the media" / "pays the media"). Articles are left out: an
# outlet's copy desk adds and drops them ("lies" / "the lies").
_FRAME_WORDS = frozenset({"of", "to", "in", "on", "at", "for", "with", "by", "from", "as", "that", "and", "or"})


def _reworded_grammar(changes: list[tuple[list[str], list[str]]], content: list[tuple[list[str], list[str]]]) -> bool:
    """Whether, beside the changes of content, the shared stretch drops or adds only a preposition
    or a conjunction (``_FRAME_WORDS``: "who pays for the media" / "who pays the media"): the
    telling was reworded as a whole, as a translation is, not misquoted in one word."""
    return any(not (x and y) and not (set(x) | set(y)) - _FRAME_WORDS for x, y in changes if (x, y) not in content)


def _into_a_phrase(sa: Sequence[str], sb: Sequence[str], span: tuple[int, int, int, int], a1: int, b1: int) -> bool:
    """Whether the one changed passage ends, on one side, in a preposition that, with the last
    shared word or two and one more word past where the other telling ends, makes a phrase of
    that word ("come first" / "stand in first place", "ended soon" / "ended in short order"):
    a word reworded as a phrase around it, as a translation does, not a word changed."""
    _, i2, _, j2 = span
    # x: the telling that ends where the shared words end; y: the one that goes on past them
    for (x, x_end), (y, y_changed, y_end) in (((sa, a1), (sb, j2, b1)), ((sb, b1), (sa, i2, a1))):
        if x_end == len(x) and y[y_changed - 1] in _FRAME_WORDS and 0 < y_end - y_changed <= 2 \
                and len(y) - y_end == 1 and y[-1] not in STOP:
            return True
    return False


def quote_span(claim: Claim, quote: str) -> tuple[int, int]:
    at = claim.text.find(quote)
    return (claim.start + at, claim.start + at + len(quote)) if at >= 0 else (claim.start, claim.end)


# Two tellings disagree only when each, read against the other, is found changed (the readings
# align words one way, difflib's matching blocks among them, so the first claim's telling would
# decide; off when False).
BOTH_WAYS = True


def quote_findings(
    a: Claim, b: Claim, texts: Mapping[str, str] | None = None, translated: Collection[str] | None = None,
) -> Iterable[Disagreement]:
    """The quotations of two claims told with a change (:func:`quote_change`), told in one frame
    with another word in its slot, or one speaker's flat refusal told as nothing ruled out
    (:mod:`.quote_fillers`), or changed in one passage of several (:mod:`.quote_passages`), or one
    side of what the speaker weighed with "but" told alone (:mod:`.quote_halves`), or, where
    neither article is in ``translated`` (the ids of machine-translated articles; None: not known),
    one word or a short tail changed in words copied verbatim (:mod:`.quote_verbatim`). Each
    telling must be found changed read against the other (``BOTH_WAYS``): which claim comes first
    is the order the articles were given in."""
    if not (a.quotes and b.quotes):
        return  # most claims quote no one: nothing to compare, and no import to look up
    from .quote_fillers import (every_against_one, no_two_speakers, one_speaker, open_against_refusal, other_condition,
                                other_filler)
    from .quote_halves import half_told
    from .quote_negations import negation_dropped
    from .quote_opening import negated_opening
    from .quote_passages import changed_passage  # both read this module's words: imported here, not at the top
    from .quote_verbatim import verbatim_change
    text_a, text_b = (texts.get(a.article, ""), texts.get(b.article, "")) if texts else ("", "")
    verbatim = translated is not None and a.article not in translated and b.article not in translated \
        and no_two_speakers(a, b)

    def why_changed(a: Claim, b: Claim, qa: str, qb: str, text_a: str, text_b: str) -> str | None:
        why = quote_change(qa, qb, text_a, text_b)
        if why is not None and negated_opening(qa, qb) and not no_two_speakers(a, b):
            why = None  # two named speakers, each on their own verb ("I thought" / "I don't think")
        if why is None and (other_filler(qa, qb) or other_condition(qa, qb) or every_against_one(qa, qb)):
            why = "a key word differs"  # "respond with restraint" / "respond with full force"
        why = why or changed_passage(qa, qb)  # "when they are proven" added to a reworded quotation
        if why is None and negation_dropped(qa, qb) and no_two_speakers(a, b):
            why = "the negation differs"  # "we do not need war, but we will (not) let them shoot"
        if why is None and verbatim:
            why = verbatim_change(qa, qb)  # "I thought the cellar had flooded" / "... the garage had flooded"
        if why is None and open_against_refusal(qa, qb) and one_speaker(a, b):
            why = "a refusal told as nothing ruled out"
        if why is None and half_told(qa, qb) and no_two_speakers(a, b):
            why = "what the speaker weighed with 'but' told without it"
        return why

    for qa in a.quotes[:MAX_QUOTES_COMPARED]:
        for qb in b.quotes[:MAX_QUOTES_COMPARED]:
            why = why_changed(a, b, qa, qb, text_a, text_b)
            if why is None or (BOTH_WAYS and why_changed(b, a, qb, qa, text_b, text_a) is None):
                continue
            sa, ea = quote_span(a, qa)
            sb, eb = quote_span(b, qb)
            yield Disagreement(
                "quote", f"the quoted words ({why})",
                Side(claim=a, value=qa, normalized=" ".join(quote_words(qa)), start=sa, end=ea),
                Side(claim=b, value=qb, normalized=" ".join(quote_words(qb)), start=sb, end=eb),
            )
