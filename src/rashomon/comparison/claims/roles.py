"""Roles: the office or rank a sentence gives a named person, read around the name.

Three places hold a role in news English:

- before the name:           "Deputy Transport Minister Ingrid Varley", "Coast Guard spokesman Captain Elio Brandani"
- in an apposition after it: "Ivo Brandel, the Minister of Justice of Orvesia," / "Paul Oudin, a retired judge"
- in an apposition before:   "The board's chief executive, Dr. Hanne Vestergaard"

Each reading keeps its words as written and its offsets, and is reduced to what the role
comparison needs: the *facet* (an office, or a military or police rank), the *kind* of office
its head noun names ("chief executive", "CEO", "director-general" and "chair" are one kind: the
head of a body), the subordinate markers ("deputy", "vice"...) and the portfolio words
("foreign", "interior" = "internal affairs"). Words of the organisation ("KPT's", "of the Bank of
Averland") are not part of the role. Event parts ("moderator", "mediator") and honorifics
("Dr.", "Mr.", "Sheikh") are no role: they say nothing about an office.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache

from ...text.thesaurus import kind_of, post_of, post_under, synonyms

# Kinds of office: the head noun of a role, and the kind it names. A head not listed is no office.
_OFFICE_KINDS: dict[str, str] = {}
for _kind, _heads in (
    ("head", (
        "chief executive", "chief executive officer", "ceo", "director-general", "director general", "general director",
        "managing director", "director", "president", "chair", "chairman", "chairwoman", "chairperson", "head", "chief",
        "boss", "leader", "commander", "head teacher", "headteacher", "headmaster", "headmistress",
        "general manager",  # the top manager, and read before the rank "general"
    )),
    ("minister", ("minister", "secretary", "minister delegate")),
    ("prime minister", ("prime minister", "premier")),
    ("general secretary", ("general secretary", "secretary general", "secretary-general")),
    ("prosecutor general", ("prosecutor general", "prosecutor-general")),
    ("spokesperson", ("spokesman", "spokeswoman", "spokesperson")),
    ("judge", ("judge", "justice", "magistrate")),
    ("prosecutor", ("prosecutor", "district attorney", "state attorney", "state's attorney", "crown prosecutor", "public prosecutor")),
    ("attorney general", ("attorney general", "attorney-general")),
    ("chief of staff", ("chief of staff", "chief of cabinet", "head of cabinet", "head of office", "head of the office")),
    ("mayor", ("mayor",)),
    ("harbour master", ("harbour master", "harbor master", "harbourmaster", "harbormaster")),
    ("governor", ("governor",)),
    ("commissioner", ("commissioner",)),
    ("officer", ("officer",)),
    ("inspector", ("inspector",)),
    ("superintendent", ("superintendent",)),
    ("constable", ("constable",)),
    ("adviser", ("adviser", "advisor")),
    ("envoy", ("envoy",)),
    ("ambassador", ("ambassador",)),
    ("attache", ("attache", "attaché")),
    ("consul", ("consul",)),
    ("economist", ("economist",)),
    ("correspondent", ("correspondent", "reporter")),
    ("editor", ("editor",)),
    ("designer", ("designer",)),
    ("engineer", ("engineer",)),
    ("rapporteur", ("rapporteur",)),
    ("arbiter", ("arbiter", "referee", "umpire")),
    ("manager", ("manager",)),
    ("coordinator", ("coordinator",)),
    ("administrator", ("administrator",)),
    ("analyst", ("analyst",)),
    ("lawyer", ("lawyer", "attorney")),
    ("agent", ("agent",)),
    ("curator", ("curator",)),
    ("senator", ("senator",)),
    ("lawmaker", ("lawmaker", "legislator", "mp", "congressman", "congresswoman")),
    ("treasurer", ("treasurer",)),
    ("auditor", ("auditor",)),
    ("registrar", ("registrar",)),
):
    for _head in _heads:
        _OFFICE_KINDS[_head] = _kind

# Military and police ranks: a facet of their own ("Colonel" is no answer to "commander").
_RANKS = {
    "colonel": "colonel", "lieutenant-colonel": "lieutenant colonel", "lieutenant colonel": "lieutenant colonel",
    "captain": "captain", "admiral": "admiral", "rear admiral": "rear admiral", "vice admiral": "vice admiral",
    "general": "general", "brigadier": "brigadier", "brigadier general": "brigadier general",
    "major general": "major general", "lieutenant general": "lieutenant general", "major": "major",
    "lieutenant": "lieutenant", "sergeant": "sergeant", "commodore": "commodore", "corporal": "corporal",
}
# The abbreviations newsrooms write before a name ("Sgt Emil Roskar", "police Lt. Gerry Vane"):
# read as the words they stand for, everywhere a role is read.
_ABBREVIATIONS = {
    "sgt": "sergeant", "cpl": "corporal", "lt": "lieutenant", "capt": "captain", "maj": "major", "col": "colonel",
    "gen": "general", "adm": "admiral", "brig": "brigadier",
}
# Titles and parts that name no office: honorifics, and a part played in the event.
_EVENT_PARTS = {"moderator", "mediator", "negotiator", "host", "candidate", "challenger", "incumbent", "founder", "co-founder"}
_NO_ROLE = {
    "dr", "doctor", "mr", "mrs", "ms", "miss", "sir", "dame", "sheikh", "lord", "lady", "prof", "professor", "madam",
} | _EVENT_PARTS
# Honorifics that are also professions: before a name, capitalised or bare, a form of address ("Dr.
# Ana Pirela", "Doctor Pirela", "the doctor Nadia Ferreau"); as the head of a noun phrase of its own
# ("Ana Pirela, the station doctor,", "the ship's doctor Ana Pirela", "a professor of law") the
# person's occupation.
PROFESSION_TITLES = _PROFESSION_TITLES = frozenset({"doctor", "professor"})
# Markers of a subordinate office: a deputy minister is not the minister.
# Parts of a body, written in lower case after "head of the ...": a unit, not the body itself.
_UNITS = {"department", "division", "unit", "section", "desk", "team", "branch", "bureau", "service"}
# Words that name a whole body as often as a part of one ("the regional mountain rescue
# service"): a unit only when the phrase names what it belongs to ("the port's ...", "... of the
# Water Authority").
_BODY_OR_UNIT = {"bureau", "service"}
_SUBORDINATE = {"deputy", "vice", "assistant", "under", "associate", "junior", "lieutenant", "acting", "interim", "sub"}
# Portfolio words and the field they name ("internal affairs" is the interior).
_PORTFOLIO = {
    "foreign": "foreign", "external": "foreign", "interior": "interior", "internal": "interior", "home": "interior",
    "finance": "finance", "financial": "finance", "treasury": "finance", "economy": "economy", "economic": "economy",
    "commerce": "commerce", "trade": "trade", "industry": "industry", "labour": "labour", "labor": "labour",
    "employment": "labour", "health": "health", "education": "education", "science": "science",
    "technology": "technology", "culture": "culture", "cultural": "culture", "tourism": "tourism", "sport": "sport",
    "sports": "sport", "youth": "youth", "transport": "transport", "transportation": "transport",
    "energy": "energy", "environment": "environment", "environmental": "environment", "climate": "climate",
    "agriculture": "agriculture", "fisheries": "fisheries", "water": "water", "housing": "housing",
    "justice": "justice", "defence": "defence", "defense": "defence", "security": "security",
    "intelligence": "intelligence", "immigration": "immigration", "digital": "digital", "communications": "communications",
    "information": "information", "social": "social", "welfare": "welfare", "budget": "budget", "tax": "tax",
    "fire": "fire", "firefighters": "fire", "emergency": "emergency", "emergencies": "emergency", "medical": "medical",
    "police": "police", "military": "military", "legal": "legal", "political": "political", "press": "press",
    "operations": "operations", "mining": "mining", "mines": "mining", "defence": "defence",
    "rescue": "rescue", "customs": "customs",
    "informatics": "information", "informatic": "information",  # translations of "informática", "informatique"
}
_DETERMINERS = {"the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "this", "that"}
_FORMER = {"former", "retired", "ex", "then", "late", "outgoing", "previous", "erstwhile"}
_PREPOSITIONS = {"to", "with", "for", "from", "by", "of", "at", "on", "in", "against", "about", "into", "toward", "towards", "than", "like"}
_TOKEN = re.compile(r"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ.’'-]*|[,;:()\"“”]")
_MAX_WORDS = 9


def fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))


@dataclass(frozen=True, slots=True)
class Role:
    """One reading of a person's role: as written, its offsets, and what it is compared on."""

    text: str
    start: int
    end: int
    facet: str  # "office" | "rank" | "kin"
    kind: str  # the kind of office ("head", "minister"...) or the rank
    subordinate: frozenset[str]
    portfolio: frozenset[str]
    former: bool = False
    post: str = ""  # of a head: which seat at the top ("executive", "chair", "president"), "" when vague
    head: str = ""  # the head noun as read ("chief executive", "warden")
    body: str = ""  # the kind of body the sentence around the reading tells of: "company", "other", "" (see role_agreement.body_kind)
    owner: str = ""  # the name of the body the role is of, as written next to it ("Rovers" of "Rovers boss"; see role_agreement.owner_named)


# The seats at the head of a body that outlets name apart: the one who runs it (chief executive,
# managing director, director-general), the one who chairs its board, its president. "Head",
# "chief", "boss", "leader" and a bare "director" name none of them, and agree with each.
_HEAD_POSTS = {
    "chief executive": "executive", "chief executive officer": "executive", "ceo": "executive",
    "managing director": "executive", "director-general": "executive", "director general": "executive",
    "general director": "executive", "chair": "chair", "chairman": "chair", "chairwoman": "chair",
    "chairperson": "chair", "president": "president",
}


def _key(word: str) -> str:
    key = fold(word).strip(".’'").removesuffix("’s").removesuffix("'s")
    return _ABBREVIATIONS.get(key, key)


_SUBORDINATE_PREFIX = re.compile(r"(?i)(vice|deputy|assistant|under|sub|acting)-(?=[a-z])")


def _tokens(text: str) -> list[tuple[str, int, int]]:
    """Words and punctuation; a subordinate prefix hyphened to a title is a word of its own
    ("vice-chair" is "vice" "chair", as "Vice Chair" is)."""
    out = []
    for m in _TOKEN.finditer(text):
        word, start = m.group(0), m.start()
        prefix = _SUBORDINATE_PREFIX.match(word)
        if prefix:
            out.append((prefix.group(1), start, start + len(prefix.group(1))))
            word, start = word[prefix.end() :], start + prefix.end()
        out.append((word, start, m.end()))
    return out


def _head_at(words: list[str], k: int) -> tuple[str, str, int] | None:
    """(facet, kind, length) of the longest office or rank that starts at ``words[k]``; else a
    noun whose commonest sense names a post (OEWN: "warden", "veterinarian"), its own kind."""
    for n in (3, 2, 1):
        if k + n > len(words):
            continue
        phrase = " ".join(words[k : k + n])
        if phrase in _RANKS:
            return "rank", _RANKS[phrase], n
        if phrase in _OFFICE_KINDS:
            return "office", _OFFICE_KINDS[phrase], n
        if n > 1 and (kind := _office_in_other_words(tuple(words[k : k + n]))):
            return "office", kind, n
    if k < len(words) and _names_post(words[k]):
        return "office", words[k], 1
    if k < len(words) and post_of(words[k]).startswith("kin:") and not post_of(words[k]).endswith("vague"):
        return "kin", words[k], 1  # "his cousin", "a brother-in-law of": a facet of its own, never an office
    return None


# The offices told in several words, by the words after their first ("minister" -> prime).
_FIRST_WORDS: dict[tuple[str, ...], list[str]] = {}
for _head in _OFFICE_KINDS:
    if " " in _head:
        _FIRST_WORDS.setdefault(tuple(_head.split()[1:]), []).append(_head.split()[0])


def _office_in_other_words(words: tuple[str, ...]) -> str:
    """The kind of an office told in several words whose first word is a synonym of the listed
    one's (OEWN): "premier minister", a translation's "premier ministre", is the prime minister."""
    for first in _FIRST_WORDS.get(words[1:], ()):
        if words[0] != first and synonyms(words[0], first):
            return _OFFICE_KINDS[" ".join((first, *words[1:]))]
    return ""


# Not a word the lists above read otherwise (an honorific, a subordinate marker, a portfolio, a
# unit), nor a kind of a part played in the event ("nominee" is a candidate).
def _names_post(word: str) -> bool:
    return (
        post_of(word) == "post" and (word not in _NO_ROLE or word in _PROFESSION_TITLES) and word not in _SUBORDINATE and word not in _FORMER
        and not _field(word) and word not in _UNITS and word not in _RANKS
        and not any(post_under(word, part) for part in _EVENT_PARTS)
    )


_LISTED_KINDS = LISTED_KINDS = frozenset(_OFFICE_KINDS.values())


# Every word of an office told in several words ("harbour master", "prime minister"): the
# title proper may start or end with it, as with a one-word office.
_HEAD_WORDS = frozenset(
    w for head in (*_OFFICE_KINDS, *_RANKS) if " " in head for w in head.split()
) - _DETERMINERS - _PREPOSITIONS


def _field(word: str) -> str:
    """The field a portfolio word names; a plural too, as translations write a ministry's field
    ("minister of Transports", from "ministre des Transports")."""
    return _PORTFOLIO.get(word) or (_PORTFOLIO.get(word[:-1], "") if word.endswith("s") and len(word) > 4 else "")


def _is_role_word(word: str) -> bool:
    return word in _HEAD_WORDS or word in _SUBORDINATE or bool(_field(word)) or word in _FORMER or _head_at([word], 0) is not None or word in (
        "chief", "senior", "general", "executive", "principal", "first", "second", "state", "national", "regional",
        "county", "city", "federal", "provincial", "district", "municipal", "special", "high", "supreme", "court",
    )


def _reading(text: str, tokens: list[tuple[str, int, int]], offset: int) -> Role | None:
    """A role from the words of one phrase (an organisation's words and an "of" object aside)."""
    words = [_key(w) for w, _, _ in tokens]
    # the title proper starts at its first role word: "EMSB director-general", "Fat-cat boss",
    # "SHAMED Transport Minister" name the body or judge the person before the title
    first = next((k for k, w in enumerate(words) if _is_role_word(w)), 0)
    tokens, words = tokens[first:], words[first:]
    # the title proper stops at "of"/"for"; what follows names the body, unless it is a
    # portfolio ("Minister of Justice", "Minister of State for Foreign Affairs")
    cut = next((k for k, w in enumerate(words) if w in ("of", "for", "at", "in")), len(words))
    heads = []
    k = 0
    while k < cut:
        head = _head_at(words, k)
        if head:
            heads.append((k, head))
        k += head[2] if head else 1
    if not heads:
        return None
    # the last head before the object is the role's head ("Fire Officer", "chief executive")
    k, (facet, kind, n) = heads[-1]
    if any(_head_at(words, j) and _head_at(words, j)[0] != facet for j, _ in heads[:-1]):  # type: ignore[index]
        return None  # "spokesman Captain": two facets in one run; the caller splits them
    subordinate = {w for w in words[:cut] if w in _SUBORDINATE}
    portfolio = {_field(w) for w in words if _field(w)}
    for j in range(len(words) - 1):
        if words[j] in _PORTFOLIO and words[j + 1] == "affairs":
            portfolio.add(_PORTFOLIO[words[j]])
    if kind == "minister" and "of" in words[k + n : k + n + 1] and words[k + n + 1 : k + n + 2] == ["state"]:
        subordinate.add("of state")  # "Minister of State for ...": a junior minister
    if facet == "rank" and kind == "lieutenant colonel":
        subordinate.discard("lieutenant")
    # "head of the legal department of the Commission": heads a unit within the body, not the body
    body = tokens[k + n :]
    if body and _key(body[0][0]) == "of":
        inner = next((j for j in range(1, len(body)) if _key(body[j][0]) == "of"), len(body))
        owned = inner < len(body) or any(_possessive(w) for w, _, _ in body[1:inner])
        if any(_key(w) in _UNITS and w[0].islower() and (owned or _key(w) not in _BODY_OR_UNIT) for w, _, _ in body[1:inner]):
            subordinate.add("unit")
    start, end = tokens[0][1], tokens[-1][2]
    return Role(
        text=text[start:end], start=offset + start, end=offset + end, facet=facet, kind=kind,
        subordinate=frozenset(subordinate), portfolio=frozenset(portfolio),
        former=any(w in _FORMER for w in words),
        post=_HEAD_POSTS.get(" ".join(words[k : k + n]), "") if kind == "head" else "",
        head=" ".join(words[k : k + n]),
    )


def _split_facets(tokens: list[tuple[str, int, int]]) -> list[list[tuple[str, int, int]]]:
    """"Coast Guard spokesman Captain" -> ["Coast Guard spokesman"], ["Captain"]."""
    words = [_key(w) for w, _, _ in tokens]
    parts, current, facet = [], [], ""
    k = 0
    while k < len(tokens):
        head = _head_at(words, k)
        n = head[2] if head else 1
        if head and facet and head[0] != facet and current:
            parts.append(current)
            current = []
        if head:
            facet = head[0]
        current += tokens[k : k + n]
        k += n
    if current:
        parts.append(current)
    return parts


def _qualified_profession(before: list[tuple[str, int, int]], k: int) -> bool:
    """The word after ``before[k]`` is a profession written in lower case ("doctor") that a word of
    its own qualifies (a noun, an adjective or a possessive, not an article: "the doctor Nadia Ferreau"
    is a translation's form of address)."""
    word = before[k + 1][0]
    if not word.islower() or _key(word) not in _PROFESSION_TITLES or k < 0 or not before[k][0][0].isalpha():
        return False
    return _key(before[k][0]) not in _DETERMINERS and _key(before[k][0]) not in _PREPOSITIONS and _key(before[k][0]) not in _REPORTING


def _possessive(word: str) -> bool:
    return word.endswith(("’s", "'s"))


def _opens_phrase(before: list[tuple[str, int, int]], j: int) -> bool:
    """Whether a noun phrase may start after ``before[j]``: at the start of a clause, after a
    determiner or possessive that is not the object of a preposition ("to the minister, X said"
    gives X no title), or after a reporting verb ("said the interior minister, X")."""
    if j < 0 or not before[j][0][0].isalpha():
        return True
    key = _key(before[j][0])
    if key in _DETERMINERS or _possessive(before[j][0]):
        return j == 0 or not before[j - 1][0][0].isalpha() or _key(before[j - 1][0]) not in _PREPOSITIONS
    return key in _REPORTING


_REPORTING = {"said", "says", "told", "added", "according", "explained", "stated", "announced", "warned", "insisted"}
_OBJECT_GLUE = {"of", "for", "in", "at", "on", "the", "our", "its", "their", "his", "her", "and", "affairs"}


def _names_a_person(word: str) -> bool:
    """A lower-case noun whose commonest sense is a person ("athlete", "runner-up"): a name right
    after it is that person's, in apposition."""
    return word[:1].islower() and kind_of(_key(word)) == "person"


def _object_ok(words: list[tuple[str, int, int]]) -> bool:
    """The words after a role's head name its body ("of our embassy in Varnholm", "of the Bank
    of Averland"), not a new clause: capitals, glue and role words, two other words at most."""
    other = 0
    for word, _, _ in words:
        key = _key(word)
        if word[0].isupper() or key in _OBJECT_GLUE or key in _UNITS or _is_role_word(key):
            continue  # a unit's noun closes the body's name ("of the port's anti-fraud unit")
        if key.endswith("ed") or key in _REPORTING:
            return False
        other += 1
    return other <= 2


# Words that end a noun phrase or start a clause: never an office's modifier.
_NOT_MODIFIER = _DETERMINERS | _PREPOSITIONS | _REPORTING | {
    "who", "whom", "whose", "which", "where", "when", "while", "and", "or", "but", "nor", "is", "was", "are",
    "were", "has", "had", "have", "be", "been", "will", "would", "not", "as", "now", "then", "also", "once",
}
_MAX_MODIFIERS = 2


def _modifies_head(phrase: list[tuple[str, int, int]], k: int) -> bool:
    """A lower-case word that only qualifies the office after it ("the technical director",
    "a sporting director"): one or two such words, then the head. A word that is no adjective
    of the head ("the man who hired the director") ends the phrase."""
    words = [_key(w) for w, _, _ in phrase]
    for j in range(k, min(k + _MAX_MODIFIERS, len(words))):
        if not phrase[j][0][0].islower() or words[j] in _NOT_MODIFIER or not words[j].replace("-", "").isalpha():
            return False
        if j + 1 < len(words) and _head_at(words, j + 1):
            return True
    return False


# A word that makes the head after it no office: a "free agent" is a player with no contract.
_NO_OFFICE_COMPOUNDS = {("free", "agent")}


def _no_office(before: str, head: str) -> bool:
    return (_key(before), _key(head)) in _NO_OFFICE_COMPOUNDS


def _np_role(text: str, phrase: list[tuple[str, int, int]], offset: int) -> Role | None:
    """A role told by a whole noun phrase: role words up to an office, then its body."""
    while phrase and _key(phrase[0][0]) in _DETERMINERS:
        phrase = phrase[1:]
    second = _second_to(text, phrase, offset)
    if second is not None:
        return second
    while phrase and (_key(phrase[0][0]) in _DETERMINERS or _possessive(phrase[0][0])):
        phrase = phrase[1:]  # "the", "a", "Oskavia's"
    words = [_key(w) for w, _, _ in phrase]
    k = 0
    last_head = -1
    while k < len(words):
        head = _head_at(words, k)
        if head and k > 0 and _no_office(words[k - 1], words[k]):
            return None  # "a free agent"
        if head:
            last_head, k = k + head[2], k + head[2]
            continue
        if _is_role_word(words[k]) or phrase[k][0][0].isupper() or _modifies_head(phrase, k):
            k += 1
            continue
        break
    if last_head < 0:
        return None
    rest = phrase[last_head:]
    if rest and _key(rest[0][0]) not in ("of", "for", "in", "at"):
        rest = []  # the role ends at its head ("a retired judge who ...")
    if rest and not _object_ok(rest):
        return None
    return _reading(text, phrase[:last_head] + rest, offset)


# Nouns that name whoever stands in for an office's holder: "the mayor's deputy".
_SECOND_TO = {"deputy", "number two", "second in command", "second-in-command"}


def _second_to(text: str, phrase: list[tuple[str, int, int]], offset: int) -> Role | None:
    """"the mayor's deputy": the office told in the possessive, held as its deputy."""
    if len(phrase) < 2 or not _possessive(phrase[0][0]) or not phrase[0][0][0].islower():
        return None
    if " ".join(_key(w) for w, _, _ in phrase[1:]) not in _SECOND_TO:
        return None
    office = _reading(text, phrase[:1], offset)
    if office is None or office.facet != "office":
        return None
    end = phrase[-1][2]
    return replace(office, text=text[phrase[0][1] : end], end=offset + end, subordinate=office.subordinate | {"deputy"})


def _titles_next_name(role: Role, phrase: list[tuple[str, int, int]], offset: int) -> bool:
    """A capitalised word right after the office: it is the title of the next name, not of the
    one before the comma ("Beverly Hills, family spokesman Harlan Boll announced")."""
    following = next((w for w, s, _ in phrase if s + offset >= role.end), "")
    return following[:1].isupper()


@lru_cache(maxsize=16384)
def read_roles(text: str, start: int, end: int, offset: int = 0) -> tuple[Role, ...]:
    """The roles ``text`` gives the person named at ``text[start:end]``; offsets shifted by ``offset``."""
    out: list[Role] = []
    before = _tokens(text[:start])
    after = [(w, s + end, e + end) for w, s, e in _tokens(text[end:])]

    # 1. just before the name: "Deputy Transport Minister", "EMSB director-general", "Colonel"
    run: list[tuple[str, int, int]] = []
    k = len(before) - 1
    while k >= 0 and _key(before[k][0]) in _NO_ROLE:
        k -= 1  # "Dr.", "Mr.": an honorific between the role and the name
    if k == len(before) - 2 and _qualified_profession(before, k):
        k += 1  # "station doctor Ana Pirela", "the ship's doctor Ana Pirela": an occupation, no address
    if k < len(before) - 1 and k >= 1 and _key(before[k][0]) == "the" and before[k - 1][0] == ",":
        k -= 1  # "the director of health, the doctor Nadia Ferreau": a translation's article before the honorific
    while k >= 0 and len(run) < _MAX_WORDS:
        word, s, e = before[k]
        key = _key(word)
        if not word[0].isalpha() or key in _DETERMINERS or key in _PREPOSITIONS or _possessive(word):
            break
        if not (_is_role_word(key) or word[0].isupper()):
            break
        run.insert(0, before[k])
        k -= 1
    if run and k >= 0 and _no_office(before[k][0], run[0][0]):
        run = []  # "free agent Elton Brand"
    readings = [r for part in _split_facets(run) if (r := _reading(text, part, offset)) is not None]
    out += readings
    if not readings:
        # "the director of KPT Lidiya Gaas", "the chief of city police Arkady Drozdan": an office
        # and its body before the name, the phrase opening a clause
        j = len(before) - 1
        while j >= 0 and _key(before[j][0]) in _NO_ROLE:
            j -= 1
        # "the coach of the runner-up Ana Pirela": she is the runner-up, not the coach
        for span in range(1, 6) if j < 0 or not _names_a_person(before[j][0]) else ():
            at = j - span
            if at >= 1 and _key(before[at][0]) == "of" and all(w[0].isalpha() for w, _, _ in before[at : j + 1]):
                lead = at - 1
                while lead >= 0 and before[lead][0][0].isalpha() and _is_role_word(_key(before[lead][0])) and not _possessive(before[lead][0]):
                    lead -= 1
                if lead < at - 1:
                    if (role := _np_role(text, before[lead + 1 : j + 1], offset)) is not None:
                        out.append(role)
                break

    # 2. an apposition before: "The board's chief executive, Dr. Hanne Vestergaard"
    if k >= 1 and before[k][0] == ",":
        j = k - 1
        while j >= 0 and before[j][0][0].isalpha() and k - j <= 14:
            j -= 1
        # the noun phrase that ends at the comma, from its determiner (or the clause start)
        openers = [p for p in range(k - 1, j, -1) if _key(before[p][0]) in _DETERMINERS or _possessive(before[p][0])]
        for p in [*openers, j]:
            phrase = before[p + 1 : k]
            role = _np_role(text, phrase, offset) if phrase else None
            if role is None or role.end != offset + before[k - 1][2]:
                continue
            # "to the minister, X said" gives X no title; "carried by the minister delegate,
            # Ines Merchant, creates" does: the name closes the apposition
            closed = not after or after[0][0] in (",", ")") or _key(after[0][0]) == "who" or text[end:end + 1] in ".;:"
            if _opens_phrase(before, p) or (closed and p >= 0 and _key(before[p][0]) in _DETERMINERS):
                out.append(role)
            break

    # 3. an apposition after: "Ivo Brandel, the Minister of Justice of Orvesia,"
    if after and after[0][0] == ",":
        phrase = []
        for word, s, e in after[1:]:
            if not word[0].isalpha() or len(phrase) >= 14:
                break
            phrase.append((word, s, e))
        if phrase and _key(phrase[0][0]) not in _PREPOSITIONS:
            role = _np_role(text, phrase, offset)
            if role is not None and not _titles_next_name(role, phrase, offset):
                out.append(role)
    # 4. a copula after the name: "Ana Pirela is the club's safety officer", "..., who was a ship's doctor"
    if not out and (phrase := _predicate(after)):
        role = _np_role(text, phrase, offset)
        if role is not None and not _titles_next_name(role, phrase, offset):
            out.append(role)
    return tuple(_held_jointly(r, text, offset) for r in out)


_COPULA = {"is", "was"}
_PREDICATE_OPENERS = {"the", "a", "an"}


def _predicate(after: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The noun phrase a copula right after the name gives it ("is the club's safety officer",
    ", who was a ship's doctor"), from its article or possessive to the end of the clause; [] when
    the name is not the copula's subject so."""
    k = 0
    if len(after) > 2 and after[0][0] == "," and _key(after[1][0]) == "who":
        k = 2
    if k >= len(after) - 1 or _key(after[k][0]) not in _COPULA:
        return []
    opener = after[k + 1][0]
    if _key(opener) not in _PREDICATE_OPENERS and not (_possessive(opener) and opener[0].isupper()):
        return []
    phrase = []
    for word, s, e in after[k + 1 :]:
        if not word[0].isalpha() or len(phrase) >= 14 or (phrase and _key(word) in _NOT_MODIFIER - _PREPOSITIONS - _DETERMINERS):
            break
        phrase.append((word, s, e))
    return phrase


_SEAT_WORDS = "|".join(sorted((re.escape(h) for h in _HEAD_POSTS), key=len, reverse=True))
_JOINED_BEFORE = re.compile(rf"(?i)\b(?:{_SEAT_WORDS})\s*(?:and|&|/)\s*$")
_JOINED_AFTER = re.compile(rf"(?i)^\s*(?:and|&|/)\s*(?:{_SEAT_WORDS})\b")


def _held_jointly(role: Role, text: str, offset: int) -> Role:
    """A head's seat joined to another by "and" ("president and chief executive", "Chairman and
    CEO") is both, and an executive chair is the chief executive: no one seat to tell apart."""
    if not role.post:
        return role
    start, end = role.start - offset, role.end - offset
    if _JOINED_BEFORE.search(text[max(0, start - 40) : start]) or _JOINED_AFTER.search(text[end : end + 40]):
        return replace(role, post="")
    if role.post == "chair" and _EXECUTIVE_CHAIR.search(text[max(0, start - 20) : end + 30]):
        return replace(role, post="")
    return role


# The chair of a management or executive board runs the body (the German "Vorstandsvorsitzender",
# translated "management chairman"): a chief executive by another name, no chair of its board.
_EXECUTIVE_CHAIR = re.compile(
    r"(?i)\b(?:management|executive|managing)\s+(?:board\s+)?chair|\bchair\w*\s+of\s+(?:the\s+)?(?:management|executive)\b"
)
