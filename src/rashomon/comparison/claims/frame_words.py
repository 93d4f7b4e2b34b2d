"""The words and noun phrases the act frames (:mod:`.frames`) are read from: the word lists that
end a subject or an object, past forms of acts, the start and head of a noun phrase, and which heads
may act (a doer) or be acted on (a thing)."""

from __future__ import annotations

import re

from ...text.calendar import CALENDAR_WORDS
from ...text.thesaurus import kinds_of
from ...text.verbs import PRONOUNS, REPORTING_VERBS
from .acts import done_act

_TOKEN = re.compile(r"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ’'-]*|\d[\d,.]*|[,;:()\"“”—–]")
_DETERMINERS = {"the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "these", "those", "some", "all", "two", "three"}
_DEFINITE = {"the", "this", "that", "these", "those"}
_PREPOSITIONS = {
    "of", "in", "on", "at", "to", "for", "from", "with", "by", "over", "into", "onto", "under", "near", "during", "since",
    "across", "through", "beside", "without", "towards", "toward", "after", "before", "around", "inside", "outside", "behind",
    "along", "against", "between", "past", "about", "as", "per", "via", "until",
}
# words that end a subject looking back from its verb: a clause starts after them
_CLAUSE_STARTS = {
    "that", "when", "after", "before", "because", "while", "as", "and", "but", "or", "which", "who", "whom", "whose", "where",
    "if", "since", "until", "so", "then", "than", "whether", "once", "though", "although",
    *(form for form, lemma in REPORTING_VERBS.items() if form != lemma),  # "said", not "state" ("the state border")
}
_AUXILIARIES = {"had", "has", "have"}
_PASSIVE_AUX = {"was", "were", "is", "are", "been", "being", "be", "get", "gets", "got", "getting"}  # "to get fired"
# no head of a thing: pronouns and quantities ("dumped him", "left most of the town")
_NO_THING = {
    "him", "her", "them", "us", "me", "it", "himself", "herself", "itself", "themselves", "ourselves", "myself", "which",
    "what", "whom", "this", "that", "most", "many", "much", "few", "more", "several", "each", "both", "either", "one", "away",
}
_ADVERBS = {
    "also", "then", "first", "later", "just", "already", "reportedly", "allegedly", "still", "eventually", "finally", "quickly", "ever",
}
_PARTICLES = {"up", "out", "off", "down", "over", "back"}
_NEGATIONS = {"not", "never", "no"}
# Kinds of nouns that do acts (the thesaurus's kinds of a noun's first senses): people and bodies
_DOER_KINDS = {"person", "worker", "organization", "group"}
_PUNCTUATION = set(",;:()\"“”—–")
# pronouns that name no one, beside PRONOUNS: "them", "one", "somebody decided to close the door"
_NO_ONE = {"them", "us", "him", "her", "me", "one", "ones", "someone", "somebody", "anyone", "anybody", "nobody", "everyone", "everybody"}
_MAX_SUBJECT = 12  # words looked back for a subject


def _is_past(word: str) -> bool:
    """A lowercase past form of an act: "opened", "shut", "took" (not "had", "said", "so-called")."""
    return word.islower() and bool(done_act(word))


def _is_word(token: str) -> bool:
    return token[:1].isalpha()


def _skip_back(tokens: list[str], k: int, skippable: set[str]) -> int:
    """The index of the first token before ``k`` that is neither in ``skippable`` nor an adverb in -ly."""
    j = k - 1
    while j >= 0 and (tokens[j].lower() in skippable or (tokens[j].endswith("ly") and tokens[j].islower())):
        j -= 1
    return j


def _subject_start(tokens: list[str], end: int) -> int | None:
    """Where the noun phrase ending at ``end`` (inclusive) starts: back to a clause's start (a
    comma, a reporting verb, "that", "and"), then at its last determiner not inside a
    prepositional phrase ("On Wednesday a patrol of the armed forces" -> "a patrol ...");
    None when the stretch starts with a preposition and has no such determiner."""
    start = end
    while start > 0 and end - start < _MAX_SUBJECT:
        previous = tokens[start - 1]
        if not (_is_word(previous) or previous[:1].isdigit()) or previous.lower() in _CLAUSE_STARTS or previous.lower() in _AUXILIARIES | _PASSIVE_AUX:
            break
        start -= 1
    if not _is_word(tokens[end]) or not _is_word(tokens[start]) or end - start >= _MAX_SUBJECT:
        return None
    heads = [
        i for i in range(start, end + 1)
        if tokens[i].lower() in _DETERMINERS and (i == start or tokens[i - 1].lower() not in _PREPOSITIONS)
    ]
    first = heads[-1] if heads else start
    if any(tokens[i].lower() in PRONOUNS and not (len(tokens[i]) > 1 and tokens[i].isupper()) for i in range(first, end + 1)):
        return None  # "the church she attends": a relative clause, no subject read ("IT" is no pronoun)
    if not heads and tokens[start].lower() in _PREPOSITIONS or tokens[end].lower() in _PREPOSITIONS | _DETERMINERS:
        return None  # "In the morning police ...", "a pair of left hooks": no subject read
    if any(_is_past(tokens[i]) and not _modifies(tokens[i + 1]) and tokens[i + 1].lower() != "by" for i in range(first, end)):
        return None  # "Klitschko knocked down Rahman with successive left": a verb inside is no subject
    return first


def _modifies(word: str) -> bool:
    """Whether a past form before ``word`` stands as an adjective ("armed forces", "trained
    staff"), not a verb ("knocked down", "closed the")."""
    w = word.lower()
    return word.islower() and w not in _PREPOSITIONS | _DETERMINERS | _PARTICLES | _CLAUSE_STARTS


def _cut_participle(tokens: list[str], start: int, end: int) -> int:
    """The end of a subject before a participle phrase on it: "stewards employed by the committee" -> "stewards"."""
    for i in range(start + 1, end):
        if _is_past(tokens[i]) and tokens[i + 1].lower() == "by":
            return i - 1
    return end


def _head(tokens: list[str], start: int, end: int) -> int | None:
    """The head of a noun phrase: its last word before a preposition, past its determiners."""
    last = None
    for i in range(start, end + 1):
        w = tokens[i].lower()
        if not _is_word(tokens[i]) or w in _PREPOSITIONS:
            break
        if w not in _DETERMINERS:
            last = i
    return last


# words after a doer telling how it acted, which close its name: "by the President alone", "by deputies together with ..."
_ALONE = {"alone", "together", "himself", "herself", "itself", "themselves"}

# nouns of a number gathered, which act as what they gather does: "a group of students"
_GATHERINGS = {"group", "groups", "team", "teams", "band", "gang", "pair", "couple", "handful", "number", "crowd"}


def _may_act(tokens: list[str], head: int) -> bool:
    """A doer: a noun of people or a body ("engineers", "the police"), or a name (capitalised,
    not only as the sentence's first word); never a pronoun."""
    word = tokens[head]
    if word.lower() in PRONOUNS or word.lower() in _NO_ONE:
        return False
    if word.lower() in CALENDAR_WORDS and not (head > 0 and tokens[head - 1][:1].isupper()):
        return False  # "restored by December 31": a time, no doer ("Theresa May" is one)
    if _DOER_KINDS & set(kinds_of(word.lower())):
        return True
    if word.lower() in _GATHERINGS and head + 2 < len(tokens) and tokens[head + 1].lower() == "of":
        last = min(len(tokens) - 1, head + 6)
        last = next((i - 1 for i in range(head + 2, last + 1) if tokens[i].lower() in _ALONE), last)  # "of deputies together with"
        of_head = _head(tokens, head + 2, last)
        return of_head is not None and of_head != head and _may_act(tokens, of_head)  # "a group of students"
    return word[:1].isupper() and head != 0


def _thing(word: str) -> str:
    """A head of what was acted on, lower case, when it is a thing: not a name and no people or
    body ("thanked Kharazia", "praised the rescuers": many may thank or praise one party, only
    one hand opens a gate); by its commonest sense ("the fence" is no receiver of stolen goods)."""
    if word[:1].isupper() or word.lower() in _NO_THING or (kinds_of(word.lower()) or ("",))[0] in _DOER_KINDS:
        return ""
    return word.lower()


def _place(word: str) -> str:
    """A head of what was acted on that may be a body in its commonest sense but is a building, a
    structure or a place in another ("closed the schools", "shut the court"), lower case; else as
    :func:`_thing`."""
    if word.islower() and {"building", "structure", "place"} & set(kinds_of(word)):
        return word
    return _thing(word)
