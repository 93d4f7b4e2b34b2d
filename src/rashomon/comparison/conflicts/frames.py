"""When two act frames (:mod:`..claims.frames`) tell one act on one thing by different doers.

What was acted on is one thing when its head is the same word, a compound of the other ("footpath"
/ "path"), or a word near in meaning (the static vectors) of no other kind ("gate" / "door").
Two doers are different actors when they are not one resolved entity, share no word, neither is
only a vague word ("authorities", "officials"), both can act (people, a body or a name: not "by
consensus"), neither is one person only described ("the driver" may be the other's "LaSalle"),
and neither is the other's member or title: no word of their head phrases near in meaning
("police" / "officers", "the city" / "the municipality", "Warship INS Sukanya" / "the Indian navy")
and heads not sharing most first letters ("the jury" / "jurors").
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ...text.stems import inflection_stem
from ...text.thesaurus import kind_of, kinds_of, lemma_of, post_of, related
from ..claims.acts import Act
from ..claims.frame_words import _GATHERINGS
from ..framing.resources import word_cosine
from .common import STOP, word_class

_NEAR_THING = 0.4  # cosine of two heads of what was acted on ("gate" / "door": 0.41; "gate" / "bridge" lower)
_NEAR_DOER = 0.45  # cosine of two doers' heads that name one side ("police" / "officers": 0.60; "/ stewards": 0.21)
_VAGUE = {"authorities", "officials", "government", "people", "someone", "others", "members", "staff", "personnel"}
_DOER_KINDS = {"person", "worker", "organization", "group"}
_DETERMINERS = {"the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "some", "all", "own", "so-called"}
_NO_DOER = {"own", "so-called", "very", "same"}  # "the board's own laboratory" / "the own quality control"
_PHRASE_END = re.compile(r"\s(?:of|from|at|in|on|for|with|by|under|who|which|that)\s|,")


def fold(text: str) -> str:
    """Lower case without accents: a doer as compared."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))


def doer_words(text: str) -> set[str]:
    """The word classes a doer is told with, past stop words and words that name no doer ("own")."""
    return {
        word_class(w) for w in fold(text).replace("’s", "").replace("'s", "").split()
        if w not in STOP and w not in _NO_DOER and len(w) > 2
    }


def head_of(doer: str) -> str:
    """The head of a doer's phrase, as written: its last word before "of" or a preposition
    ("volunteers of the Civil Protection Agency" -> "volunteers")."""
    words = [w for w in _PHRASE_END.split(f" {doer} ")[0].split() if w.lower() not in _DETERMINERS]
    return words[-1].strip("’'").removesuffix("’s").removesuffix("'s") if words else ""


def _gathered(doer: str) -> str:
    """The head of a doer, or of what a noun of a number gathered gathers: "a group of students" -> "students"."""
    head = head_of(doer)
    if head.lower() in _GATHERINGS and " of " in doer:
        return head_of(doer.split(" of ", 1)[1]) or head
    return head


def _can_act(head: str) -> bool:
    """A head of people or a body, or a name: not "consensus" (an agent read from "by consensus")."""
    return head[:1].isupper() or bool(_DOER_KINDS & set(kinds_of(head.lower())))


def same_thing(a: str, b: str) -> bool:
    """Whether two heads of what was acted on name one thing."""
    if word_class(a) == word_class(b) or inflection_stem(a) == inflection_stem(b):
        return True
    short, long = sorted((a, b), key=len)
    if len(short) >= 4 and long.endswith(short):
        return True  # "footpath" / "path"
    kinds = {kind_of(a), kind_of(b)} - {""}
    return len(kinds) <= 1 and word_cosine(a, b) >= _NEAR_THING


def _one_person_described(head: str) -> bool:
    """A doer told by a singular noun of a person ("the driver", "a maid", "the teenager"): it
    may be the other article's named doer described, not another actor. By the noun's commonest
    sense: "the national road authority" is a body, though "an authority" may be an expert."""
    return head.islower() and kinds_of(head)[:1] in (("person",), ("worker",)) and lemma_of(head) == head


_NAMED_OWNER = re.compile(r"^(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*(?:’s|'s)\s+[a-z]+$|^(?:the\s+)?[a-z]+\s+of\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*$")


def _owner_against_body(doer: str, other_head: str) -> bool:
    """A person described by the post they hold in a named place or body ("Castelgrano's mayor",
    "the mayor of Castelgrano") against a doer that is a body told by a common noun ("the regional
    health authority"): one known person, who is no body, where "the mayor" alone might be the
    other's doer described."""
    kinds = kinds_of(other_head.lower())
    return bool(_NAMED_OWNER.match(doer.strip())) and other_head.islower() and bool(kinds) and kinds[0] not in ("person", "worker")


def one_person_named(doer: str) -> bool:
    """A name after a singular noun of a person: one person ("mussel farmer Piet Arrand"), no body."""
    words = head_of(doer).split() and _PHRASE_END.split(f" {doer} ")[0].split()
    nouns = [w for w in words if w.islower()]
    return bool(words) and words[-1][:1].isupper() and bool(nouns) and _one_person_described(nouns[-1])


def _placed_vaguely(doer: str) -> bool:
    """A doer told as names that place it and one common noun that names no doer by its commonest
    sense, though a lesser sense can act ("the Ostrelandish justice", a translation's "la
    justice"): a place's institutions in general, which any of its bodies may be ("prosecutors in
    Kessin"), not another actor. A vague word that names doers ("the Danish authorities") stays
    an actor of its own against another body ("the airline")."""
    words = [w for w in _PHRASE_END.split(f" {doer} ")[0].split() if w.lower() not in _DETERMINERS]
    if len(words) < 2 or not all(w[:1].isupper() for w in words[:-1]) or not words[-1].islower():
        return False
    head = words[-1]
    return not kind_of(head) and _can_act(head)


def _one_name(ha: str, hb: str) -> bool:
    """Heads that share most of their first letters: a body and its members ("jury" / "jurors")."""
    short = min(len(ha), len(hb))
    common = next((k for k in range(short) if ha[k] != hb[k]), short)
    return common >= 3 and common * 4 >= short * 3


def frames_differ(x: tuple[Act, str], y: tuple[Act, str]) -> bool:
    """Whether two doers (each with its resolved entity id or "") are different actors."""
    (a, ea), (b, eb) = x, y
    if ea and eb and ea == eb:
        return False
    if ea and eb and _two_people_titled_alike(a.doer, b.doer):
        return True
    wa, wb = doer_words(a.doer), doer_words(b.doer)
    if not wa or not wb or wa & wb or wa <= _VAGUE or wb <= _VAGUE or _placed_vaguely(a.doer) or _placed_vaguely(b.doer):
        return False
    ha, hb = _gathered(a.doer), _gathered(b.doer)
    if not (ha and hb and _can_act(ha) and _can_act(hb)):
        return False
    if _two_posts(a.doer, b.doer):
        return True
    if (_one_person_described(ha) and not _owner_against_body(a.doer, hb)) or (_one_person_described(hb) and not _owner_against_body(b.doer, ha)):
        return False
    if _one_name(ha.lower(), hb.lower()):
        return False
    # any word of one's head phrase near one of the other's: "Warship INS Sukanya" / "Indian navy"
    return max(word_cosine(u, v) for u in _head_words(a.doer) for v in _head_words(b.doer)) < _NEAR_DOER


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    """Words of titles and posts (the entity stage's data/titles.txt): "deputy", "foreign", "minister"."""
    from ..entities.lexicon import lexicon

    lex = lexicon()
    return frozenset(w for title in lex.titles for w in fold(title).replace("-", " ").split()) | {fold(w) for w in lex.title_heads}


def post_only(doer: str) -> bool:
    """A doer told only by a post, no name: "the interior minister", "the club's coach" (the
    owner's name or noun kept: "the club's", "Castelgrano's")."""
    words = [w for w in _PHRASE_END.split(f" {doer} ")[0].split() if w.lower() not in _DETERMINERS and not w.endswith(("’s", "'s"))]
    return bool(words) and all(w.islower() and fold(w) in _title_words() for w in words)


def _two_posts(a: str, b: str) -> bool:
    """Two doers each told only by a post (:func:`post_only`) that name two posts: other heads
    ("the coach" / "the president") or one head with other words before it ("the interior
    minister" / "the foreign minister"); "the minister" may be either minister."""
    if not (post_only(a) and post_only(b)):
        return False
    ha, hb = head_of(a).lower(), head_of(b).lower()
    if ha != hb:
        return word_cosine(ha, hb) < _NEAR_DOER
    ma, mb = doer_words(a) - {word_class(ha)}, doer_words(b) - {word_class(hb)}
    return bool(ma) and bool(mb) and not (ma & mb)


def _two_people_titled_alike(a: str, b: str) -> bool:
    """Two doers (resolved to different entities) that each end in a name of two or more words
    and share no word but their titles: "Deputy Foreign Minister Paul Rimsky" / "the foreign
    minister Lidia Osterhag" are two people, whatever posts they share."""
    names = []
    for doer in (a, b):
        words = _PHRASE_END.split(f" {doer} ")[0].split()
        name = [w for w in words if fold(w) not in _title_words() and w.lower() not in _DETERMINERS]
        if len(name) < 2 or not all(w[:1].isupper() for w in name) or not words[-1][:1].isupper():
            return False
        names.append(doer_words(" ".join(name)))
    rest = (doer_words(a) & doer_words(b)) - names[0] - names[1]
    return bool(doer_words(a) & doer_words(b)) and not (names[0] & names[1]) and all(
        w in {word_class(t) for t in _title_words()} for w in rest
    )


def doers_alike(a: str, b: str) -> bool:
    """Whether two doers as written tell one side: a shared word ("Army engineers" / "Military
    engineers"), heads of one stem ("jury" / "jurors") or near in meaning ("the city" / "the
    municipality"), the same tests by which :func:`frames_differ` finds no conflict between them."""
    if doer_words(a) & doer_words(b):
        return True
    ha, hb = head_of(a), head_of(b)
    if ha and hb and _one_name(ha.lower(), hb.lower()):
        return True
    return max(word_cosine(u, v) for u in _head_words(a) for v in _head_words(b)) >= _NEAR_DOER


def _head_words(doer: str) -> list[str]:
    """The lower-case words of a doer's phrase up to "of" or a preposition, past its determiners."""
    return [w.lower() for w in _PHRASE_END.split(f" {doer} ")[0].split() if w.lower() not in _DETERMINERS] or [doer.lower()]


def named_in(doer: str, words: set[str]) -> bool:
    """Whether an article's words (their classes) hold the head of a doer; a doer told as a part
    of a body ("a unit of the Tarvessa Defence Force", "members of the guild") by the body's head:
    another article's "police unit" names no unit of the army."""
    head = head_of(doer)
    if head.lower() in _PARTS and (body := _body_of(doer)):
        head = body
    return bool(head) and word_class(head) in words


# Heads that name a part of a body, which its "of" phrase names
_PARTS = {"unit", "units", "team", "teams", "squad", "squads", "crew", "crews", "detachment", "contingent", "members", "group"}


def _body_of(doer: str) -> str:
    """The head of the "of" phrase after a doer's head when it names a body, with "the" or a
    name: "a unit of the Tarvessa Defence Force" -> "Force"; "" for what the part is made of
    ("a unit of border guards": guards, not a body they belong to)."""
    after = doer.split(" of ", 1)[1] if " of " in doer else ""
    return head_of(after) if after.startswith("the ") or after[:1].isupper() else ""


def _bare(doer: str) -> str:
    """The noun of a doer told only by "the" and one lower-case noun ("the firm" -> "firm"), else ""."""
    words = doer.split()
    return words[1] if len(words) == 2 and words[0].lower() == "the" and words[1].isalpha() and words[1].islower() else ""


def _a_business(noun: str) -> bool:
    """A singular noun that may stand for any named business: "company", or OEWN's "firm" and the
    nouns one step from it ("business", "corporation", "concern"). Not a body of its own kind that a
    story names by that noun ("the council", "the police", "the agency")."""
    return lemma_of(noun) == noun and (noun == "company" or related(noun, "firm"))


def body_described(doer: str, other: str, other_entity: str, own_told: set[str], other_told: set[str]) -> bool:
    """A doer told only as "the" and a noun of a business ("the firm", "the company") against a
    named doer (a resolved entity, capitalised) that the description's own article names, where the
    other article tells nothing by that noun: the description refers back to the name its article
    gave before ("the operator company Tessford Timber ... the firm halted"), not to another body.
    Where the other article speaks of a firm too, the two stay apart."""
    noun = _bare(doer)
    if not noun or not _a_business(noun):
        return False
    if not (other_entity and other[:1].isupper()) or word_class(noun) in other_told:
        return False
    return named_in(other, own_told)


_POSSESSIVE_PRONOUNS = frozenset({"our", "my", "their", "his", "her", "its", "your"})


def owned_alike(a: str, b: str) -> bool:
    """Two doers each led by the same possessive pronoun and no name ("our members" / "our
    associates", "their staff" / "their workers"): the people of one owner whom the pronoun points
    back to, told in two words (as two translations of one speaker's quotation tell them), not two
    actors."""
    wa, wb = a.split(), b.split()
    if len(wa) < 2 or len(wb) < 2 or wa[0].lower() != wb[0].lower() or wa[0].lower() not in _POSSESSIVE_PRONOUNS:
        return False
    return not any(w[:1].isupper() for w in wa[1:] + wb[1:])


def members_of_group(doer: str, other: str) -> bool:
    """A doer told only as "the" and a plural noun of people that names no post, people told by
    what they did or are ("the criminals", "the robbers"), against a group of people told with no
    name ("the gang of at least six people", "a band"): the group's members, one side. A post
    ("the guards", "the firefighters") or a body ("the police") is another actor."""
    noun = _bare(doer)
    if not noun or lemma_of(noun) == noun or kinds_of(noun)[:1] != ("person",) or post_of(lemma_of(noun)):
        return False
    head = head_of(other)
    return head.islower() and head in _GATHERINGS and not any(w[:1].isupper() for w in other.split())
