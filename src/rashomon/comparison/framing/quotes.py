"""Quotations in an article, and scare quotes: the outlet's own quotation marks around a label."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from ...model import Article
from ...text import attributions, find_quotes, inside, reporting_lemma
from .hits import _Hit, _sentence_at
from .lexicon import Lexicon

MAX_SCARE_WORDS = 3


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """Quotation spans (marks included) in ``text``, from the one text layer."""
    return [(q.start, q.end) for q in find_quotes(text)]


def _attributed(sentence: str) -> bool:
    """Whether the sentence ties words to a speaker: an attribution ("..., X said"), or a
    reporting verb outside its quotations ("described the march as ...")."""
    if attributions(sentence):
        return True
    quotes = find_quotes(sentence)
    return any(reporting_lemma(m.group().lower()) and not inside(quotes, m.start(), m.end()) for m in _WORD.finditer(sentence))


_WORD = re.compile(r"[A-Za-z]+")


def _inside(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def _words(text: str) -> list[str]:
    return re.findall(r"[\w’'-]+", text)


MAX_LABEL_WORDS = 3
# Verbs by which a subject gives the quoted words as its own ("called the fire "unprecedented"",
# "denouncing a "liberticidal" law", "thanked them for their "courage""): the quotation is the
# subject's, a partial quote, not the outlet's distance.
_OWN_WORDS = re.compile(
    r"(?<!-)\b(?:call(?:s|ed|ing)?|dub(?:s|bed|bing)?|term(?:s|ed|ing)?|brand(?:s|ed|ing)?|label(?:s|led|ed|ling|ing)?|"
    r"describ(?:e|es|ed|ing)|denounc(?:e|es|ed|ing)|condemn(?:s|ed|ing)?|thank(?:s|ed|ing)?|prais(?:e|es|ed|ing)|"
    r"hail(?:s|ed|ing)?|welcom(?:e|es|ed|ing)|assur(?:e|es|ed|ing)|titl(?:e|es|ed|ing)|headlin(?:e|es|ed|ing)|"
    r"promis(?:e|es|ed|ing)|vow(?:s|ed|ing)?|pledg(?:e|es|ed|ing))\b",
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


def _named_as_label(text: str, before: str, end: int) -> bool:
    closes = bool(re.match(r"\s*(?:[.,;:!?)]|$)", text[end:])) or bool(re.search(r"[.,;:!?][”\"’']$", text[:end]))
    return closes and bool(_NAMING_VERB.search(before)) and bool(re.search(r"\b(?:a|an|the)\s*[“\"‘']?$", before, re.IGNORECASE))


ECHO_LOOKBACK = 100  # earlier quotations an echo is looked for in: a speaker's words come back soon


def _echoes(text: str, quotes: Sequence[tuple[int, int]], start: int, words: Sequence[str],
            ends: Sequence[int] | None = None) -> bool:
    """Whether one of the ``ECHO_LOOKBACK`` quotations before ``start`` (``quotes`` in text order),
    a longer one, holds ``words`` in order; ``ends``: the quotations' ends, computed once by the
    caller. Bounded so that an article of thousands of quotation marks is read in linear time."""
    phrase = re.compile(r"\b" + r"\W+".join(map(re.escape, words)) + r"\b", re.IGNORECASE)
    if ends is None:
        ends = [e for _, e in quotes]
    before = bisect.bisect_right(ends, start)
    recent = quotes[max(0, before - ECHO_LOOKBACK) : before]
    return any(e <= start and len(_words(text[s:e])) > len(words) and phrase.search(text[s:e]) for s, e in recent)


# A scare quote holds a label; a closing mark read as an opening one ('” she said.'), a clause with
# its verb or subject ending in a stop or a comma ('“Mo is family.', '"We heard gunshots.', '"I said, "'),
# an exclamation or a question is a quotation.
_CLAUSE_VERB = re.compile(
    r"\b(?:is|are|was|were|be|been|said|says|has|have|had|will|would|can|could|do|does|did)\b|\w['’](?:re|s|ve|ll|m|d)\b",
    re.IGNORECASE,
)


_SUBJECT = re.compile(r"\b(?:I|we|you|he|she|they)\b", re.IGNORECASE)


def _quotation_not_label(inner: str) -> bool:
    body = inner[1:] if inner[:1] in "“\"‘'«„" else inner
    if body[:1].isspace() or body[:1] in ",.;:":
        return True  # a closing mark read as an opening one ('” she said.', '", then saying "')
    if re.search(r"[!?]\s*[”\"’'»]?\s*$", body):
        return True  # an exclamation or a question: someone's utterance ("No, no, no!")
    clause = bool(_CLAUSE_VERB.search(body) or _SUBJECT.search(body))
    return clause and bool(re.search(r"[.,]\s*[”\"’'»]?\s*$", body))  # "Mo is family, ", "We heard gunshots."


_TITLE_JOINERS = frozenset("a an the of and or in on at to for with by from de la le".split())


def _titled(words: Sequence[str]) -> bool:
    """Whether quoted words are a name or a title: the first and every other word capitalised but
    the joiners of titles ("Ring of Fire", "About a Boy")."""
    content = [w for w in words if any(c.isalnum() for c in w)]
    return bool(content) and content[0][:1].isupper() and all(
        w[:1].isupper() or w[:1].isdigit() or w.lower() in _TITLE_JOINERS for w in content
    )


def _scare_quote_hits(article: Article, lexicon: Lexicon, quotes: Sequence[tuple[int, int]]) -> list[_Hit]:
    hits = []
    quotes = sorted(quotes)
    ends = [e for _, e in quotes]
    for start, end in quotes:
        inner = article.text[start:end]
        words = _words(inner)
        if not words or len(words) > MAX_SCARE_WORDS or _quotation_not_label(inner):
            continue
        sentence = _sentence_at(article, start)
        whole = article.text[sentence.start : sentence.end] if sentence else inner
        loaded = len(words) == 1 and any(
            e.kind != "hedge" and e.regex.fullmatch(words[0]) for e in lexicon.entries
        )
        before = article.text[sentence.start if sentence else max(0, start - 200) : start]
        if _OWN_WORDS.search(before) and not re.search(r"so-called\s*$", before, re.IGNORECASE) and not loaded \
                and not _named_as_label(article.text, before, end):
            continue  # the subject's own words, quoted in part
        attributed = _attributed(whole)
        # "how “temporary” a promise ...": the outlet repeats, in its own sentence, words a speaker's
        # quotation gave earlier, to hold them at a distance
        echo = not attributions(whole) and _echoes(article.text, quotes, start, words, ends)
        titled = _titled(words)  # a name, nickname or title ("Ring of Fire", "About a Boy")
        # "calls the fire a “controlled incident”", "spoke of a new “partnership”": a speaker's
        # label, quoted as a noun phrase inside the reporter's own sentence, keeps it at a distance.
        label = len(words) <= MAX_LABEL_WORDS and (
            bool(_LABEL_BEFORE.search(article.text[max(0, start - 24) : start]))
            or (bool(_POSSESSIVE_BEFORE.search(before)) and not any(reporting_lemma(m.group().lower()) for m in _WORD.finditer(before)))
        )
        if titled and not loaded:
            continue
        if attributed and not loaded and not label and not echo:
            continue
        if loaded:
            why = "a single loaded word in quotation marks"
        elif echo:
            why = "the outlet repeating a speaker's words from an earlier quotation"
        elif attributed:
            why = "a speaker's label quoted inside the reporter's sentence"
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
