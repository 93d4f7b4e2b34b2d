"""A speaker's opening verb negated in one telling only: two tellings worded too far apart to be one
quotation still disagree where they open on one verb ("know" / "knew") with one subject, one of them
negated in its first clause, and go on alike (a word of content, an indirect question on one thing,
or one object pronoun).
"""

from __future__ import annotations

from collections.abc import Sequence

from ...text.stems import suffix_stem
from ...text.thesaurus import irregular_lemmas
from .quotes import (_NEGATIONS, _NOT_CONTENT, _REWORDING, _SENTENCE_END, _UP_TO_NOW, _content, _negations,
                     _quote_words, _written_words, quote_words)
from .spellings import spelled as _spelled

_OPENING_WITHIN = 5  # words before a quotation's first content word: a subject, an auxiliary, a negation
# Light verbs a changed passage may swap (``_REWORDING``) are still verbs a quotation may open on
# ("I would have given it to them").
_LIGHT_VERBS = frozenset(suffix_stem(w) for w in ("taken", "made", "given", "held"))
# Words that end a quotation's first clause: what follows "but" or "though" is a clause of its own,
# whose negation ("I paid them, but nobody was acting") is no denial of the opening verb.
_CLAUSE_ENDS = frozenset({"but", "though", "although", "whereas"})
# An object pronoun right after the verb: the tellings give the verb one object ("given it to" /
# "give it to"), however they go on.
_OBJECT_PRONOUNS = frozenset({"it", "them", "him", "us", "me"})


def _opening_verb(words: Sequence[str]) -> int:
    """Where the quotation's first word of content stands (its verb, as a speaker opens: "We know",
    "had not passed"), or -1 when none stands within its first few words."""
    for k, w in enumerate(words[:_OPENING_WITHIN]):
        if (w not in _NOT_CONTENT or w in _LIGHT_VERBS) and w not in _UP_TO_NOW and w != "noth":
            return k
    return -1


def _verb_lemmas(written: str) -> frozenset[str]:
    """A written verb's stem and the stems of the lemmas OEWN lists it as an irregular form of
    ("knew" -> knew, know; "given" -> given, give)."""
    return frozenset({suffix_stem(_spelled(written))} | {suffix_stem(w) for w in irregular_lemmas(written)})


def same_verb(wa: str, wb: str) -> bool:
    """Whether two written words are forms of one verb: one stem ("passed" / "passes"), or an
    irregular form and its lemma or another form of it ("knew" / "know" / "known", "given" / "gave")."""
    return bool(_verb_lemmas(wa) & _verb_lemmas(wb))


def _first_clause(quote: str, words: Sequence[str], verb: int) -> int:
    """Where the quotation's first clause ends (an index into its words): at the end of its first
    sentence, or at the first "but", "though", ... past the opening verb."""
    end = len(_quote_words(_SENTENCE_END.split(quote.strip())[0]))
    return next((k for k in range(verb + 1, min(end, len(words))) if words[k] in _CLAUSE_ENDS), min(end, len(words)))


def negated_opening(qa: str, qb: str) -> bool:
    """Two tellings that open on the same verb (:func:`same_verb`: "know" / "knew") with the same
    subject, one of them negated, that go on with a word of content both say ("had passed every
    safety inspection" / "had not passed the last inspection") or give the verb one object
    ("would have given it to them" / "will never give it to them"), and whose first clauses differ in
    their number of negations: the speaker is made to deny what the other telling has them affirm,
    though the rest is worded apart. A negation past the first clause ("I paid them, but nobody
    ...") denies something else; a telling that starts at the verb is an excerpt, silent on what
    stood before it."""
    sa, sb = quote_words(qa), quote_words(qb)
    ka, kb = _opening_verb(sa), _opening_verb(sb)
    if ka <= 0 or kb <= 0 or not same_verb(_written_words(qa)[ka], _written_words(qb)[kb]):
        return False
    ea, eb = _first_clause(qa, sa, ka), _first_clause(qb, sb, kb)
    if _negations(sa[:ea]) == _negations(sb[:eb]):
        return False
    if (_negations(sa[:ka]) > 0) == (_negations(sb[:kb]) > 0):
        return False
    if _subject(sa[:ka]) != _subject(sb[:kb]):
        return False
    if bool(_content(sa[ka + 1 :]) & _content(sb[kb + 1 :])) or _asks_alike(sa[ka + 1 :], sb[kb + 1 :]):
        return True
    return _one_object(sa[ka + 1 :], sb[kb + 1 :])


def _one_object(xa: Sequence[str], xb: Sequence[str]) -> bool:
    """Both tellings go on from the verb with the same object pronoun and the same word after it
    ("it to them"): the verb is said of one thing."""
    return len(xa) >= 2 and xa[0] in _OBJECT_PRONOUNS and tuple(xa[:2]) == tuple(xb[:2])


# Words that open an indirect question ("know where this came from", "know who is behind this")
_WH = frozenset({"who", "whom", "whose", "where", "when", "why", "how", "what", "whether", "which"})
_NOT_SHARED = frozenset({"the", "a", "an", "and", "or", "of", "to", "is", "was", "be"})


def _asks_alike(xa: Sequence[str], xb: Sequence[str]) -> bool:
    """The opening verb takes an indirect question in both tellings ("we know where this came from" /
    "we do not know who is behind this"), on one thing both name: the tellings differ on whether the
    speaker knows the answer, however the question is worded."""
    if not (set(xa[:2]) & _WH and set(xb[:2]) & _WH):
        return False
    return bool((set(xa) & set(xb)) - _WH - _NOT_SHARED - _NEGATIONS)


def _subject(opening: Sequence[str]) -> list[str]:
    """The words before the opening verb less its negation, auxiliaries, pronouns and adverbs of time."""
    return [w for w in opening if w not in _NEGATIONS and w not in _REWORDING and w not in _UP_TO_NOW]
