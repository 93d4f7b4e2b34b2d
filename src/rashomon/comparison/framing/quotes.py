"""Quotations in an article, and scare quotes: the outlet's own quotation marks around a label."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ...model import Article, Sentence
from ...text import SPEAKS_OF, attributions, find_quotes, inside, reporting_lemma
from . import resources
from .hits import _Hit, _sentence_at
from .lexicon import Lexicon

MAX_SCARE_WORDS = 3


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """Quotation spans (marks included) in ``text``, from the one text layer."""
    return [(q.start, q.end) for q in find_quotes(text)]


def _attributed(sentence: str, has_attribution: bool | None = None) -> bool:
    """Whether the sentence ties words to a speaker: an attribution ("..., X said"), or a
    reporting verb outside its quotations ("described the march as ..."). ``has_attribution``:
    whether it has an attribution, where the caller has read it already."""
    if has_attribution is None:
        has_attribution = bool(attributions(sentence))
    if has_attribution:
        return True
    quotes = find_quotes(sentence)
    return any(reporting_lemma(m.group().lower()) and not inside(quotes, m.start(), m.end()) for m in _WORD.finditer(sentence))


_WORD = re.compile(r"[A-Za-z]+")


def _overlaps(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``start:end`` overlaps one of ``spans`` (in text order, not overlapping): only the
    last span opening before ``end`` can reach past ``start``, found by binary search."""
    k = bisect.bisect_left(spans, end, key=lambda span: span[0]) - 1
    return k >= 0 and start < spans[k][1]


def _inside(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``start:end`` lies within one of ``spans`` (in text order and not overlapping, as
    :func:`_quote_spans` gives them): only the last span opening at or before ``start`` can hold
    it, found by binary search, so thousands of quotations cost n log n, not n squared."""
    k = bisect.bisect_right(spans, start, key=lambda span: span[0]) - 1
    return k >= 0 and end <= spans[k][1]


def _words(text: str) -> list[str]:
    return re.findall(r"[\w’'-]+", text)


MAX_LABEL_WORDS = 3
# Verbs by which a subject gives the quoted words as its own ("called the fire "unprecedented"",
# "denouncing a "liberticidal" law", "thanked them for their "courage""), or a crowd or a sign
# utters them ("chanting "mayor out"", "banners reading "no tolls""), or expresses or voices them ("expressed
# "regret"", "voiced "alarm""), or rejects something in them
# ("rejected the claims as "baseless"", "dismissed it as "nonsense"", "named the report "provocative""):
# the quotation is the subject's, a partial quote, not the outlet's distance.
_OWN_WORDS = re.compile(
    r"(?<!-)\b(?:call(?:s|ed|ing)?|dub(?:s|bed|bing)?|term(?:s|ed|ing)?|brand(?:s|ed|ing)?|label(?:s|led|ed|ling|ing)?|"
    r"describ(?:e|es|ed|ing)|denounc(?:e|es|ed|ing)|condemn(?:s|ed|ing)?|thank(?:s|ed|ing)?|prais(?:e|es|ed|ing)|"
    r"hail(?:s|ed|ing)?|welcom(?:e|es|ed|ing)|assur(?:e|es|ed|ing)|titl(?:e|es|ed|ing)|headlin(?:e|es|ed|ing)|"
    r"promis(?:e|es|ed|ing)|vow(?:s|ed|ing)?|pledg(?:e|es|ed|ing)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|nam(?:ed|ing)|"
    r"chant(?:s|ed|ing)?|shout(?:s|ed|ing)?|yell(?:s|ed|ing)?|sing(?:s|ing)?|sang|scream(?:s|ed|ing)?|read(?:s|ing)?|"
    r"express(?:es|ed|ing)?|voic(?:e|es|ed|ing))\b",
    re.IGNORECASE,
)
# A determiner or "so-called"/"new" right before the opening quotation mark.
_LABEL_BEFORE = re.compile(r"\b(?:a|an|the|its|their|his|her|this|that|so-called|new)\s*[“\"‘']?$", re.IGNORECASE)
# A possessive right before it ("The company's “mitigation plan”, published ..."): a label too, when no
# reporting verb comes before it in the sentence (after "stressed Washington's “commitment”" the
# quotation is the speaker's).
_POSSESSIVE_BEFORE = re.compile(r"\w['’]s\s*[“\"‘']?$")


# "calls the fire a “controlled incident”.": a naming verb, then the quotation as a whole noun
# phrase closing the clause. The outlet reports the subject's label and holds it at a distance.
_NAMING_VERB = re.compile(r"(?<!-)\b(?:call(?:s|ed|ing)?|dub(?:s|bed|bing)?|term(?:s|ed|ing)?|brand(?:s|ed|ing)?|label(?:s|led|ed|ling|ing)?|describ(?:e|es|ed|ing))\b", re.IGNORECASE)


_CLOSES_CLAUSE = re.compile(r"\s*(?:[.,;:!?)]|$)")
_STOP_THEN_MARK = re.compile(r"[.,;:!?][”\"’']$")
_DETERMINER_BEFORE = re.compile(r"\b(?:a|an|the)\s*[“\"‘']?$", re.IGNORECASE)
_SO_CALLED_BEFORE = re.compile(r"so-called\s*$", re.IGNORECASE)
# Someone casts a thing as the quoted words ("smeared the strikers as “agitators”", "dressed the
# surrender up as “a humanitarian decision”"): the words are the one who casts it, quoted in part.
_CAST_AS_BEFORE = re.compile(r"\bas\s*$", re.IGNORECASE)
# A past-tense verb and "that" ("Muir bleated that the ground had passed “every inspection”"): the
# that-clause reports what someone said or held, whatever the verb; a partial quotation in it is theirs.
_VERB_THAT = re.compile(r"\b([A-Za-z]{3,}ed)\s+that\b")
# A verb of a speech act and "to" ("threatened to “finish it”", "vowed to “clean up” the port"): the
# quotation completes what the subject threatened or promised, in the subject's words.
_SPEECH_ACT_TO = re.compile(
    r"\b(?:threat(?:en|ens|ened|ening)|vow(?:s|ed|ing)?|promis(?:e|es|ed|ing)|pledg(?:e|es|ed|ing)|swor[en]|swear(?:s|ing)?)\s+to\s*[“\"‘']?$",
    re.IGNORECASE,
)


def _reported_clause_end(text: str, offset: int) -> int | None:
    """The article offset where the sentence's first "<past-tense verb> that" ends, or None; a
    word WordNet lists as a noun or an adjective ("hundred that", "concerned that") is no such verb."""
    table = resources.attributive()
    quotes = find_quotes(text)
    for m in _VERB_THAT.finditer(text):
        verb = m.group(1).lower()
        if verb not in table.nouns and verb not in table.adjectives and not inside(quotes, m.start(), m.end()):
            return offset + m.end()
    return None


def _named_as_label(text: str, end: int, naming_verb_before: bool, tail: str) -> bool:
    """Whether the quotation ending at ``end`` closes a clause after a naming verb and a determiner
    ("calls the fire a “controlled incident”."); ``tail``: the words right before the quotation
    (see :class:`_Before`). The stop before a closing mark is read in the last three characters."""
    closes = bool(_CLOSES_CLAUSE.match(text, end)) or bool(_STOP_THEN_MARK.search(text, max(0, end - 3), end))
    return closes and naming_verb_before and bool(_DETERMINER_BEFORE.search(tail))


ECHO_LOOKBACK = 100  # earlier quotations an echo is looked for in: a speaker's words come back soon


class _Quotations:
    """An article's quotations in text order, indexed once for the echo search: their ends, and
    for each number of words, which of them hold more (only those can echo a shorter label)."""

    def __init__(self, text: str, quotes: Sequence[tuple[int, int]]) -> None:
        self.text, self.quotes = text, quotes
        self.ends = [e for _, e in quotes]
        self.sizes = [len(_words(text[s:e])) for s, e in quotes]
        self._longer: dict[int, list[int]] = {}

    def longer(self, size: int) -> list[int]:
        """Indexes of the quotations of more than ``size`` words, in text order."""
        if size not in self._longer:
            self._longer[size] = [k for k, n in enumerate(self.sizes) if n > size]
        return self._longer[size]

    def echoes(self, start: int, words: Sequence[str]) -> bool:
        """Whether one of the ``ECHO_LOOKBACK`` quotations before ``start``, a longer one, holds
        ``words`` in order. Bounded so that an article of thousands of quotation marks is read
        in linear time."""
        phrase = re.compile(r"\b" + r"\W+".join(map(re.escape, words)) + r"\b", re.IGNORECASE)
        before = bisect.bisect_right(self.ends, start)
        longer = self.longer(len(words))
        first, last = bisect.bisect_left(longer, before - ECHO_LOOKBACK), bisect.bisect_left(longer, before)
        for k in longer[first:last]:
            s, e = self.quotes[k]
            # a quotation mark opens each quotation, so the phrase's word boundaries read alike
            # in the quotation alone and in the text around it
            if e <= start and phrase.search(self.text, s, e):
                return True
        return False


def _echoes(text: str, quotes: Sequence[tuple[int, int]], start: int, words: Sequence[str]) -> bool:
    """Whether one of the ``ECHO_LOOKBACK`` quotations before ``start`` (``quotes`` in text order),
    a longer one, holds ``words`` in order (see :meth:`_Quotations.echoes`)."""
    return _Quotations(text, quotes).echoes(start, words)


# A scare quote holds a label; a closing mark read as an opening one ('” she said.'), a clause with
# its verb or subject ending in a stop or a comma ('“Mo is family.', '"We heard gunshots.', '"I said, "'),
# an exclamation or a question is a quotation.
_CLAUSE_VERB = re.compile(
    r"\b(?:is|are|was|were|be|been|said|says|has|have|had|will|would|can|could|do|does|did)\b|\w['’](?:re|s|ve|ll|m|d)\b",
    re.IGNORECASE,
)


_SUBJECT = re.compile(r"\b(?:I|we|you|he|she|they)\b", re.IGNORECASE)
# The first person: "I", "me", "my", "we", "us", "our" (not "US", the country, nor "ME" in capitals).
_FIRST_PERSON = re.compile(r"\b(?:I|[Mm]e|[Mm]y|[Ww]e|[Uu]s|[Oo]urs?)\b")


def _quotation_not_label(inner: str) -> bool:
    body = inner[1:] if inner[:1] in "“\"‘'«„" else inner
    if body[:1].isspace() or body[:1] in ",.;:":
        return True  # a closing mark read as an opening one ('” she said.', '", then saying "')
    if re.search(r"[!?]\s*[”\"’'»]?\s*$", body):
        return True  # an exclamation or a question: someone's utterance ("No, no, no!")
    if _FIRST_PERSON.search(body):
        return True  # "“Our plan works”", "“we stay”": a speaker's own words; the outlet holds no first person at a distance
    clause = bool(_CLAUSE_VERB.search(body) or _SUBJECT.search(body))
    return clause and bool(re.search(r"[.,]\s*[”\"’'»]?\s*$", body))  # "Mo is family, ", "We heard gunshots."


# "that" before the quotation, opening a clause the quotation completes ("told the press that
# “letters are disappearing”"): a conjunction, not the demonstrative of a label ("that “reform”").
_THAT_BEFORE = re.compile(r"\bthat\s*[“\"‘']?$", re.IGNORECASE)


def _complement_clause(before: str, inner: str) -> bool:
    """Whether the quotation after ``before`` is a clause that a "that" before it opens: it holds a
    finite verb or a subject pronoun (``_CLAUSE_VERB``, ``_SUBJECT``), so it reports words, not a name."""
    return bool(_THAT_BEFORE.search(before)) and bool(_CLAUSE_VERB.search(inner) or _SUBJECT.search(inner))


# The answer words of a vote or a question: quoted, they name the answer itself (the "yes" side,
# voted "no"), words as words (Chicago Manual of Style 7.58), not the outlet's distance.
_ANSWER_WORDS = frozenset({"yes", "no", "aye", "nay"})


def _answer_named(words: Sequence[str]) -> bool:
    return len(words) == 1 and words[0].lower() in _ANSWER_WORDS


_TITLE_JOINERS = frozenset("a an the of and or in on at to for with by from de la le".split())


def _titled(words: Sequence[str]) -> bool:
    """Whether quoted words are a name or a title: the first and every other word capitalised but
    the joiners of titles ("Ring of Fire", "About a Boy")."""
    content = [w for w in words if any(c.isalnum() for c in w)]
    return bool(content) and content[0][:1].isupper() and all(
        w[:1].isupper() or w[:1].isdigit() or w.lower() in _TITLE_JOINERS for w in content
    )


# Spaces and quotation marks: what may stand between a label's determiner or possessive and the
# quotation mark it announces ("the “", "company's \"").
_SPACE_OR_MARK = re.compile(r"[\s“\"‘']+")
_TAIL_HEAD = 12  # characters before that run that the patterns ending at the mark read ("so-called" and one more)


@dataclass(frozen=True, slots=True, kw_only=True)
class _SentenceFacts:
    """What the scare-quote test reads of one sentence, read once for all of its quotations (an
    article of thousands of quotations in one sentence is otherwise read once per quotation:
    n squared). ``*_end``: the article offset where the sentence's first match ends, or None;
    a match lies before a quotation opening at ``start`` exactly when that end is at most ``start``
    (every pattern reads whole words, and a quotation mark is no word character)."""

    attributed: bool  # an attribution or a reporting verb outside the sentence's quotations
    has_attribution: bool
    own_words_end: int | None
    naming_verb_end: int | None
    reporting_end: int | None
    reported_clause_end: int | None  # where a "<past-tense verb> that" ends


def _first_end(matches: Iterable[re.Match[str]], offset: int) -> int | None:
    match = next(iter(matches), None)
    return None if match is None else offset + match.end()


def _sentence_facts(whole: str, before: str, offset: int) -> _SentenceFacts:
    """``whole``: the sentence, read for its speakers; ``before``: the text the words before a
    quotation are read in (the sentence itself, or a window where no sentence holds the
    quotation), starting at article offset ``offset``."""
    has_attribution = bool(attributions(whole))
    return _SentenceFacts(
        attributed=_attributed(whole, has_attribution),
        has_attribution=has_attribution,
        own_words_end=_first_end(_OWN_WORDS.finditer(before), offset),
        naming_verb_end=_first_end(_NAMING_VERB.finditer(before), offset),
        reporting_end=_first_end((m for m in _WORD.finditer(before) if reporting_lemma(m.group().lower())), offset),
        reported_clause_end=_reported_clause_end(before, offset),
    )


class _Before:
    """The words before each quotation of one article, read in time linear in the article."""

    def __init__(self, article: Article) -> None:
        self.article = article
        runs = [m.span() for m in _SPACE_OR_MARK.finditer(article.text)]
        self._run_starts = [s for s, _ in runs]
        self._run_ends = [e for _, e in runs]
        self._facts: dict[int, _SentenceFacts] = {}

    def facts(self, sentence: Sentence | None, start: int, inner: str) -> _SentenceFacts:
        """The facts of the sentence holding ``start`` (cached); with no sentence, of ``inner``
        and the 200 characters before the quotation."""
        text = self.article.text
        if sentence is None:
            lo = max(0, start - 200)
            return _sentence_facts(inner, text[lo:start], lo)
        if sentence.start not in self._facts:
            whole = text[sentence.start : sentence.end]
            self._facts[sentence.start] = _sentence_facts(whole, whole, sentence.start)
        return self._facts[sentence.start]

    def tail(self, lo: int, start: int) -> str:
        """The end of ``text[lo:start]`` that a pattern anchored at its end can match: the run of
        spaces and quotation marks before ``start`` and the ``_TAIL_HEAD`` characters before it
        (those patterns end in such a run after a word of at most eleven characters)."""
        k = bisect.bisect_right(self._run_starts, start - 1) - 1
        run_start = self._run_starts[k] if k >= 0 and start - 1 < self._run_ends[k] else start
        return self.article.text[max(lo, run_start - _TAIL_HEAD) : start]


def quoted_labels(article: Article) -> set[tuple[str, ...]]:
    """The lower-cased words of each of the article's quotations (``_quote_spans``)."""
    return {tuple(w.lower() for w in _words(article.text[s:e])) for s, e in _quote_spans(article.text)}


def _scare_quote_hits(article: Article, lexicon: Lexicon, quotes: Sequence[tuple[int, int]],
                      quoted_elsewhere: set[tuple[str, ...]] = frozenset()) -> list[_Hit]:
    """``quoted_elsewhere``: the quotations of the story's other outlets (``quoted_labels``). A label
    another outlet quotes too, with no speaker in either sentence, is the coverage's name for a
    thing someone coined (a law's or a body's term), each outlet marking it as that term: no one
    outlet's distance. A loaded word, an echo, an attributed label or one put after a possessive
    (someone's "reform": the outlet names whose label it holds at a distance) stays a cue."""
    hits = []
    quotes = sorted(quotes)
    quotations = _Quotations(article.text, quotes)
    reader = _Before(article)
    loaded_words: dict[str, bool] = {}
    for start, end in quotes:
        inner = article.text[start:end]
        words = _words(inner)
        if not words or len(words) > MAX_SCARE_WORDS or _quotation_not_label(inner):
            continue
        sentence = _sentence_at(article, start)
        if len(words) == 1 and words[0] not in loaded_words:
            loaded_words[words[0]] = any(e.kind != "hedge" and e.regex.fullmatch(words[0]) for e in lexicon.entries)
        loaded = len(words) == 1 and loaded_words[words[0]]
        lo = sentence.start if sentence else max(0, start - 200)
        facts = reader.facts(sentence, start, inner)
        tail = reader.tail(lo, start)
        own_words = facts.own_words_end is not None and facts.own_words_end <= start
        if own_words and not _SO_CALLED_BEFORE.search(tail) and not loaded \
                and not _named_as_label(article.text, end, facts.naming_verb_end is not None and facts.naming_verb_end <= start, tail):
            continue  # the subject's own words, quoted in part
        # the words of someone the sentence names as saying or casting them: a that-clause after a
        # verb ("bleated that ... “every safety inspection”"), "as" before the quotation, or the
        # words a speech act's verb takes ("threatened to “finish it”")
        in_reported_clause = facts.reported_clause_end is not None and facts.reported_clause_end <= start
        speech_act = bool(_SPEECH_ACT_TO.search(article.text, max(lo, start - 24), start))
        speaks_of = bool(SPEAKS_OF.search(article.text, lo, start))
        attributed = facts.attributed or in_reported_clause or speech_act or speaks_of or bool(_CAST_AS_BEFORE.search(tail))
        # "how “temporary” a promise ...": the outlet repeats, in its own sentence, words a speaker's
        # quotation gave earlier, to hold them at a distance
        echo = not facts.has_attribution and quotations.echoes(start, words)
        titled = _titled(words)  # a name, nickname or title ("Ring of Fire", "About a Boy")
        # "calls the fire a “controlled incident”", "spoke of a new “partnership”": a speaker's
        # label, quoted as a noun phrase inside the reporter's own sentence, keeps it at a distance.
        reporting_before = facts.reporting_end is not None and facts.reporting_end <= start
        label = len(words) <= MAX_LABEL_WORDS and (
            (bool(_LABEL_BEFORE.search(article.text[max(0, start - 24) : start]))
             and not _complement_clause(article.text[max(0, start - 24) : start], inner))
            or (bool(_POSSESSIVE_BEFORE.search(tail)) and not reporting_before)
        )
        if (titled or _answer_named(words)) and not loaded:
            continue
        # a word of praise or degree with no plainer word in the lexicon ("“extraordinary” costs"), in a
        # clause the sentence gives to a speaker, is the speaker's word quoted in part; a label that
        # has a plainer word (“terrorists”: militants) stays a cue even when attributed
        praise = loaded and not any(e.kind != "hedge" and e.neutral and e.regex.fullmatch(words[0]) for e in lexicon.entries)
        if attributed and not label and not echo and (not loaded or (praise and (facts.attributed or in_reported_clause))):
            continue
        if loaded:
            why = "a single loaded word in quotation marks"
        elif echo:
            why = "the outlet repeating a speaker's words from an earlier quotation"
        elif attributed:
            why = "a speaker's label quoted inside the reporter's sentence"
        elif not _POSSESSIVE_BEFORE.search(tail) and tuple(w.lower() for w in words) in quoted_elsewhere:
            continue
        else:
            why = "no speaker in the sentence"
        hits.append(
            _Hit(
                kind="scare_quote",
                start=start,
                end=end,
                note=f"quotation marks around {' '.join(words)!r} with {why}: may signal distance or doubt "
                f"(source: {lexicon.source_titles(['wp_doubt'])})",
            )
        )
    return hits
