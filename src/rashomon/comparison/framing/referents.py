"""Naming of referents compared across outlets: the modifiers one outlet puts on a person, group,
organisation or place that the other outlets name plainly.

A candidate is one to three modifier words right before a referent in the outlet's own voice:
before a name the entity stage resolved ("Disgraced runner Lena Schafer", "foreign giant Ciments
Vaudrel"), or before a noun that names a person, group or organisation ("the greedy ex-minister",
"profit-hungry operator", "renegade officers"). Role words ("former transport minister", "chief
executive") are the referent's title, not a choice of name, and are never candidates themselves.

Whether the naming is marked is judged from broad resources and the story itself: the modifier's
valence (VADER), its register (wordfreq), a hyphenated coinage, shouting capitals, "our" (the
outlet speaking for one side), and whether any other outlet of the story uses the word. The
weights are fitted on stories-dev as a whole (``scripts/fit_framing_naming.py``); the note says
how the other outlets name the same referent.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from ...backends.embedders.tfidf import stop_words
from ...errors import LexiconError
from ...model import Article, Entity
from ...text import IRREGULAR_PAST, SPEAKER_NOUNS
from ...text.thesaurus import kinds_of, senses
from . import resources
from .headline import present_verb
from .hits import _Hit
from .lexicon import Lexicon
from .loaded import counted_measure
from .loaded_words import logistic
from .quotes import _inside

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]")
# Function words end a modifier run; "our" is kept (it is itself the choice).
_FUNCTION = frozenset(
    "the a an his her its their my your this that these those of to in on at for from by with as and or but nor "
    "is are was were be been being has have had do does did will would could should may might can must not no "
    "said says say told who whom whose which what when where while after before than then also more most over "
    "into about up out it he she they we i you him them us there here some any all each every both either neither "
    "such same other another only just very so too once now yet still even again per via several many few "
    "much little less least fewer through across against among amongst between during without within under "
    "near toward towards behind beyond despite since until upon onto inside outside around along amid".split()
)
# Nouns that name a person, group, organisation or polity (general English, not one story's
# words): a modifier before one of them is a choice of how to name that referent.
_REFERENT_NOUNS = frozenset(
    "politician politicians official officials leader leaders ruler rulers boss bosses chief chiefs executive "
    "executives company companies firm firms group groups operator operators utility utilities producer producers "
    "host hosts officer officers soldier soldiers troops police protester protesters protestors demonstrators "
    "activist activists militant militants fighter fighters rebel rebels migrant migrants refugee refugees people "
    "residents workers worker miners miner teachers teacher union unions government administration authorities "
    "authority regulator regulators agency lender bank banks driver pilot runner athlete player players blogger "
    "journalist journalists critic critics opposition party parties nation nations country countries state "
    "states ministry council court judge president minister prime premier governor mayor senator lawmaker "
    "lawmakers deputy deputies candidate candidates challenger incumbent regime junta parliament assembly "
    "manufacturer maker makers owner owners investor investors employer employers doctor doctors scientist "
    "scientists experts expert campaigners campaigner organisation organization organisations organizations "
    "movement network corporation corporations conglomerate consortium industry lobby lobbies elite elites "
    "men women youths youth students student crowd crowds mob gang gangs crew staff agents agent spy spies "
    "diplomat diplomats envoy ambassador analyst hackers smugglers traffickers detainees prisoners hostages "
    "captors captain sailors villagers survivors victims family families neighbours neighbors citizens "
    "voters supporters fans ex-minister ex-president chairman chairwoman founder".split()
)
_NUMBERISH = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|half|year|years|month|week|day|hour|metre|meter|kilometre|mile)\b", re.I)

MAX_MODIFIERS = 2
# A compound that says who owns or runs the referent ("state-owned", "family-operated"): a fact of
# ownership, the category wire copy files a company under; it weighs nothing in a naming choice.
_OWNERSHIP = re.compile(r"^[A-Za-z]+-(?:owned|operated)$")
FEATURES = ("valence", "rarity", "hyphen", "caps", "our", "epithet", "unshared", "named", "words")


@dataclass(slots=True)
class Candidate:
    start: int  # the modifiers, offsets into the article text
    end: int
    head: str  # the name or noun they modify
    head_start: int
    head_end: int
    entity: str | None  # the entity id when the head is a resolved name
    words: tuple[str, ...]


@lru_cache(maxsize=1)
def _roles() -> frozenset[str]:
    """Words of titles and roles (data/titles.txt, title_parts.txt): part of a referent's title."""
    from ..entities.lexicon import lexicon as entity_lexicon

    lex = entity_lexicon()
    words: set[str] = set()
    for title in lex.titles:
        words.update(title.replace("-", " ").split())
        words.add(title)
    words.update(lex.title_heads)
    words.update(lex.title_modifiers)
    words.update({"ex-minister", "ex-president", "former", "late", "then", "current", "outgoing", "incoming", "new"})
    return frozenset(w.lower() for w in words)


@lru_cache(maxsize=1)
def _honorifics() -> frozenset[str]:
    """Honorifics ("Mr", "Dr"): they mark a name, they do not name it."""
    from ..entities.lexicon import lexicon as entity_lexicon

    return frozenset(h.lower().rstrip(".") for h in entity_lexicon().honorifics)


class _Span:
    __slots__ = ("start", "end", "text")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.start, self.end, self.text = start, end, text[start:end]


@lru_cache(maxsize=1)
def _role_heads() -> frozenset[str]:
    """The last words of titles ("minister", "spokesman"): nouns that name a person."""
    from ..entities.lexicon import lexicon as entity_lexicon

    lex = entity_lexicon()
    return frozenset(w.lower() for w in lex.title_last_words | lex.title_heads if len(w) > 3 and "." not in w)


def _modifier_run(text: str, end: int, floor: int) -> list[_Span]:
    """Up to three modifier words ending right before ``end`` (whitespace between them only)."""
    run: list[re.Match[str]] = []
    pos = end
    while len(run) < 4:
        before = text[max(floor, pos - 40) : pos]
        m = re.search(r"([A-Za-z][A-Za-z-]*(?:['’](?!s\b)[A-Za-z]+)*)([’']s)?([ \t]+)$", before)
        if not m:
            break
        word = m.group(1)
        lower = word.lower()
        offset = max(floor, pos - 40)
        if lower in _FUNCTION and lower != "our":
            break
        if m.group(2):
            break  # "Garvich's": a possessor, not a modifier
        if present_verb(word):
            break  # "the town mourns Mayor Vell": the verb whose object the name is, not a modifier
        if run and _past_verb(run[0].text) and _a_name(word):
            return []  # "Kovra alerted police": a name, then its past verb, then the verb's object, no modifier
        if word[0].isupper() and not word.isupper() and not _starts_sentence(text, offset + m.start(1)):
            break  # a proper noun ("Kaltenland golden girl"): the run starts after it
        run.insert(0, _Span(text, offset + m.start(1), offset + m.end(1)))
        pos = offset + m.start(1)
        if lower == "our":
            break
    return run


def _past_verb(word: str) -> bool:
    """A past form OEWN knows as no adjective ("alerted", "arrested", "froze"; not "disgraced",
    "terrified", "injured", which stand before a noun as its modifier)."""
    lower = word.lower()
    return (lower.endswith("ed") or lower in IRREGULAR_PAST) and lower not in resources.attributive().adjectives


def _a_name(word: str) -> bool:
    """A capitalised word OEWN does not know in any form (a name: "Kovra"; not "Fourteen", "Police",
    "Regulators")."""
    return word[:1].isupper() and not word.isupper() and not senses(word.lower())


def _starts_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - 4) : start].rstrip(" “\"‘'(")
    return not before or before[-1] in ".!?\n:—-–"


def candidates(article: Article, entities: Sequence[Entity], quotes: Sequence[tuple[int, int]]) -> list[Candidate]:
    """Modifier runs before resolved names and before referent nouns, outside quotations."""
    text = article.text
    roles = _roles()
    heads: list[tuple[int, int, str | None]] = []
    for entity in entities:
        named = set(entity.name.split())
        for mention in entity.mentions:
            if mention.article == article.id:
                heads.append((mention.start, mention.end, entity.id))
                # a word the entity stage took into the name at a sentence's start that is no
                # part of the entity's name ("Strongman Daniyar Sabitov"): a modifier before it
                first, _, rest = mention.text.partition(" ")
                if (rest and first not in named and first.lower() not in roles and first.lower().rstrip(".") not in _honorifics()
                        and _starts_sentence(text, mention.start)):
                    heads.append((mention.start + len(first) + 1, mention.end, entity.id))
    for m in _WORD.finditer(text):
        lower = m.group().lower()
        if lower in _REFERENT_NOUNS or lower in _role_heads():
            heads.append((m.start(), m.end(), None))
    out: list[Candidate] = []
    seen: set[tuple[int, int]] = set()
    # names first: a modifier run before "ex-minister Tomas Verl" is about the person named
    for start, end, entity in sorted(heads, key=lambda h: (h[2] is None, h[0], h[1], h[2] or "")):
        run = _modifier_run(text, start, 0)
        # role words belong to the head ("former transport minister"): drop them from the run's end
        while run and run[-1].text.lower() in roles:
            run.pop()
        run = run[-MAX_MODIFIERS:]
        # and from its start, up to the first non-role word
        while run and run[0].text.lower() in roles and run[0].text.lower() != "our":
            run.pop(0)
        run = [w for w in run if not _NUMBERISH.search(w.text)] if run and all(not _NUMBERISH.search(w.text) for w in run[-1:]) else []
        if not run:
            continue
        key = (run[0].start, run[-1].end)
        if key in seen or _inside(quotes, key[0], key[1]):
            continue
        seen.add(key)
        out.append(Candidate(start=key[0], end=key[1], head=text[start:end], head_start=start, head_end=end, entity=entity, words=tuple(w.text for w in run)))
    return sorted(out, key=lambda c: c.start)


def capitals_line(text: str, offset: int) -> bool:
    """Whether the line holding ``offset`` is written all in capitals ("NORTHWIND NEWS AGENCY (NNA)", a
    heading): there capitals are the line's type, not a word the outlet shouts against its own text."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    line = text[start : end if end >= 0 else len(text)]
    return not any(c.islower() for c in line)


def features(candidate: Candidate, elsewhere: set[str], lexicon: Lexicon, in_capitals_line: bool = False) -> tuple[float, ...]:
    """The naming features of one candidate (see FEATURES); ``in_capitals_line``: the candidate stands
    on a line all in capitals (:func:`capitals_line`), where its capitals mark nothing."""
    roles = _roles()
    words = [w for w in candidate.words if w.lower() not in roles or w.lower() == "our"]
    valence = 0.0
    rarity = 0.0
    for w in words:
        lower = w.lower()
        v = resources.valence(lower)
        if v is None and "-" in lower:
            parts = [resources.valence(p) for p in lower.split("-")]
            rated = [abs(p) for p in parts if p is not None]
            v = max(rated) if rated else None
        valence = max(valence, abs(v) if v is not None else 0.0)
        z = resources.zipf(lower) if "-" not in lower else min(resources.zipf(p) for p in lower.split("-") if p) 
        rarity = max(rarity, max(0.0, 5.0 - z))
    epithets = {e.lower() for e in lexicon.epithets}
    return (
        valence,
        rarity,
        float(any("-" in w and w.lower() not in elsewhere for w in words)),  # a compound others write too is no coinage
        float(not in_capitals_line and any(w.isupper() and len(w) > 2 for w in words)),
        float(any(w.lower() == "our" for w in words)),
        float(any(w.lower() in epithets for w in words)),
        float(any(w.lower() not in elsewhere for w in words)),
        float(candidate.entity is not None),
        float(len(words)),
    )



@lru_cache(maxsize=1)
def naming_model() -> dict[str, Any]:
    """The fitted naming model (``data/framing_naming_model.json``; scripts/fit_framing_naming.py)."""
    from .loaded_words import resources_path

    path = resources_path("framing_naming_model.json")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise LexiconError(f"{path}:{exc.lineno}", f"not valid JSON: {exc.msg}") from exc
    if list(data.get("features", ())) != list(FEATURES) or len(data.get("weights", ())) != len(FEATURES):
        raise LexiconError(str(path), f"must list the features {', '.join(FEATURES)} with one weight each")
    return data


def probability(values: Sequence[float], model: dict[str, Any]) -> float:
    return logistic(model["bias"] + sum(w * x for w, x in zip(model["weights"], values)))


def _named_elsewhere(candidate: Candidate, article: Article, articles: Sequence[Article], entities: Sequence[Entity]) -> list[str]:
    """How the other outlets write the same referent: each one's mention with its own modifiers."""
    if candidate.entity is None:
        return []
    entity = next((e for e in entities if e.id == candidate.entity), None)
    return _how_others_write(entity, article, articles) if entity else []


def _how_others_write(entity: Entity, article: Article, articles: Sequence[Article]) -> list[str]:
    """Each other outlet's first mention of ``entity`` with the modifiers it puts before it."""
    texts = {a.id: a.text for a in articles}
    said: dict[str, str] = {}
    for mention in entity.mentions:
        if mention.article == article.id or mention.article in said or mention.article not in texts:
            continue
        text = texts[mention.article]
        run = _modifier_run(text, mention.start, 0)
        said[mention.article] = text[run[0].start if run else mention.start : mention.end]
    return [f"{other} writes '{form}'" for other, form in said.items()]


def naming_choice_hits(
    article: Article,
    articles: Sequence[Article],
    entities: Sequence[Entity],
    lexicon: Lexicon,
    quotes: Sequence[tuple[int, int]],
    elsewhere: set[str],
) -> list[_Hit]:
    """Referents this outlet names with marked modifiers; the note gives how the others name them."""
    model = naming_model()
    hits: list[_Hit] = []
    for candidate in candidates(article, entities, quotes):
        weighed = tuple(w for w in candidate.words if not _OWNERSHIP.match(w))
        if not weighed:
            continue
        values = features(replace(candidate, words=weighed), elsewhere, lexicon, capitals_line(article.text, candidate.start))
        p = probability(values, model)
        if p < model["threshold"]:
            continue
        why = []
        named = dict(zip(FEATURES, values))
        if named["valence"] >= 1.0:
            why.append(f"valence {named['valence']:.1f} of 4 (VADER)")
        if named["rarity"] >= 1.5:
            why.append("rare register (wordfreq)")
        if named["hyphen"]:
            why.append("a coined compound")
        if named["caps"]:
            why.append("in capitals")
        if named["our"]:
            why.append("'our': the outlet speaks for one side")
        if named["epithet"]:
            why.append("an epithet")
        if named["unshared"]:
            why.append("no other outlet uses the word")
        others = _named_elsewhere(candidate, article, articles, entities)
        mods = " ".join(candidate.words)
        note = f"naming ({p:.2f}): '{mods}' put before {candidate.head}" + (f" ({', '.join(why)})" if why else "")
        if others:
            note += "; " + "; ".join(others)
        hits.append(_Hit(kind="naming", start=candidate.start, end=candidate.end, note=note, neutral=candidate.head, rank=2))
    return hits


# "our" for the outlet itself and what it makes: its staff, its channels, its readers.
_MEDIA_SELF = frozenset(
    "correspondent correspondents reporter reporters newsdesk newsroom desk editor editors website site page pages "
    "newsletter newsletters channel channels app apps account accounts team teams staff readers reader viewers "
    "listeners subscribers subscription coverage podcast programme program show network journalists journalist "
    "agency bureau broadcaster "  # the outlet by its kind ("declared X to our agency")
    "colleagues sources source inquiries investigation analysis analysts archive guide guides partners partner photographer "
    "privacy policy terms cookies feed updates briefing edition paper newspaper magazine publication written "
    "questions crew crews volunteers volunteer members member secretary union office offices board committee "
    "organisation organization association federation campaign campaigners activists lawyers council "
    # the events an outlet organises for its readers ("Our Serialisation Summit takes place ...")
    "summit conference congress awards festival webinar forum "
    # the state speaking of itself in official copy ("the territory of our country", "our embassy")
    "country nation land homeland soil territory embassy government state people".split()
)
# Nouns for people that "our" makes one of the outlet's side ("our girl", "our compatriot").
_PEOPLE = frozenset(
    "man men woman women boy boys girl girls lad lads lass lasses child children kid kids son sons daughter daughters "
    "brother brothers sister sisters mother mothers father fathers hero heroes heroine heroines champion champions "
    "star stars compatriot compatriots countryman countrymen countrywoman countrywomen fellow fellows citizen "
    "citizens folk athlete athletes".split()
) | _REFERENT_NOUNS
# A plural noun for people by its agent ending, among the nouns the package knows for those who
# speak (text.SPEAKER_NOUNS: "observers", "rescuers", "organisers"): a body of people that "our"
# can make one of the outlet's side. The ending alone is no proof ("our numbers", "our waters").
_AGENT_PLURAL = re.compile(r"[a-z]{3}(?:ers|ors|ists|ians|ants|ees)$")
_SPEAKING_PEOPLE = frozenset(w for w in SPEAKER_NOUNS if _AGENT_PLURAL.search(w))
# Kinds of OEWN noun senses that name a person ("our runners", "our farmers", "our businessman"):
# beside the lists above, a noun whose commonest sense is one of these, as is every other first sense
# that has a kind, names people. A sense of another kind keeps it out ("our quarry": a person hunted,
# an animal, a pit; "our planet"), and so does a word that is first a function word or an adjective
# ("have", "beloved": OEWN lists "the haves", "a beloved").
_PERSON_KINDS = frozenset({"person", "worker"})


def _names_people(word: str) -> bool:
    """Whether OEWN knows the noun ``word`` only as people (the comment above)."""
    if word in stop_words() or word in resources.attributive().adjectives:
        return False
    kinds = kinds_of(word)  # commonest first; "-" a sense under no head ("planet": -, person, -)
    return bool(kinds) and kinds[0] in _PERSON_KINDS and all(k in _PERSON_KINDS for k in kinds if k != "-")


_WE = re.compile(r"\b(?:we|We|WE|us)\b")
MIN_FIRST_PERSON = 2  # "we"/"us" in the outlet's own voice: a first-person report
_OUR = re.compile(r"\b(?:our|OUR|Our)\s+(?P<next>[A-Za-z][\w’'-]*)(?:\s+(?P<then>[A-Za-z][\w’'-]*))?")


def in_group_hits(article: Article, quotes: Sequence[tuple[int, int]]) -> list[_Hit]:
    """"our" in the outlet's own voice before a person, a group, a place or a name ("our
    compatriot", "OUR Chloe", "our country's enterprise"): the outlet speaks as one side. "our"
    for the outlet itself ("our correspondent", "our newsletter") is no naming choice."""
    own_voice = [m for m in _WE.finditer(article.text) if not _inside(quotes, m.start(), m.end())]
    if len(own_voice) >= MIN_FIRST_PERSON:
        return []  # the writers speak as a group of their own (fans, a union, a charity): "our" is theirs
    hits = []
    for m in _OUR.finditer(article.text):
        words = [re.sub(r"[’']s$", "", w).lower() for w in (m.group("next"), m.group("then") or "")]
        if any(w in _MEDIA_SELF for w in words) or _inside(quotes, m.start(), m.end("next")):
            continue
        name = m.group("next")[:1].isupper() and not m.group("next").isupper() or (m.group("next").isupper() and len(m.group("next")) > 1)
        if not (name or any(w in _PEOPLE or w in _SPEAKING_PEOPLE or _names_people(w) for w in words if w)):
            continue  # "our factories", "our faces": things, not a person or group named as one of us
        phrase = article.text[m.start() : m.end("next")]
        note = (f"naming: '{phrase}' — the outlet writes as one of the side it reports on; "
                "a neutral report names the referent without 'our'")
        hits.append(_Hit(kind="naming", start=m.start(), end=m.end("next"), note=note, neutral=m.group("next"), rank=1))
    return hits


# Vague nouns that can stand for a violent or damaging event ("the maritime incident" for a
# shipwreck, "an unauthorised gathering" for a protest, "a temporary pause" for a shutdown).
_VAGUE_EVENT = re.compile(
    r"\b(?P<mod>[A-Za-z][\w-]{2,})\s+(?P<noun>incidents?|events?|situation|gatherings?|pause|stoppage|shortcomings)\b"
)


_QUANTIFIED = re.compile(r"\b(?:any|every|each|no)\s+$", re.IGNORECASE)
# An ordinal or a word of sequence puts the event in a series ("not the first incident"): others of its kind.
_SERIES = frozenset("first second third fourth fifth previous earlier past similar".split())
# A word that counts or sets apart ("in a single event", "a separate incident", "another gathering")
# numbers events against each other: a count, not the outlet's soft name for the one it tells.
_COUNTING = frozenset("single separate another other sole multiple".split())
# The plural of a singular vague noun ("open events", "such gatherings") is a class of events, not
# the one event the story tells ("shortcomings" has no singular here and stays).
_SINGULAR_VAGUE = frozenset({"incident", "event", "gathering"})


_IRREGULAR_SUPERLATIVES = frozenset({"best", "worst", "most", "least"})


def superlative(word: str) -> bool:
    """Whether ``word`` is a superlative ("deadliest", "largest", "biggest", "worst"): an "-est" form
    of an adjective WordNet lists (data/attributive.tsv), not a word of its own ("modest", "forest")."""
    w = word.lower()
    if w in _IRREGULAR_SUPERLATIVES:
        return True
    table = resources.attributive()
    if len(w) < 6 or not w.endswith("est") or w in table.adjectives or w in table.nouns:
        return False
    stem = w[:-3]
    forms = {stem, stem + "e", stem[:-1] + "y" if stem.endswith("i") else "", stem[:-1] if stem[-1] == stem[-2] else ""}
    return any(f in table.adjectives for f in forms if f)


_RANK_REACH = 5  # words before the modifier a superlative may stand in ("the deadliest incident at a public event")
_CLAUSE_BREAK = re.compile(r"[.;:,!?\n]")


def _ranked(text: str, start: int, modifier: str) -> bool:
    """Whether a superlative ranks the event at ``start`` among others of its kind ("the deadliest
    incident at a public event since 2011", "the largest international event ever hosted"): the
    vague noun then names the class it is ranked in, not the outlet's soft name for this event."""
    clause = _CLAUSE_BREAK.split(text[max(0, start - 80) : start])[-1]
    return superlative(modifier) or any(superlative(w) for w in clause.split()[-_RANK_REACH:])


def vague_event_hits(article: Article, quotes: Sequence[tuple[int, int]], elsewhere: set[str]) -> list[_Hit]:
    """A modifier and a vague noun for the event ("maritime incident", "work stoppage") that no
    other outlet of the story uses: the outlet names the event more softly than the others."""
    hits = []
    for m in _VAGUE_EVENT.finditer(article.text):
        noun = m.group("noun").lower()
        if m.group("mod").lower() in _FUNCTION or noun in elsewhere or _inside(quotes, m.start(), m.end()):
            continue
        if _QUANTIFIED.search(article.text, max(0, m.start() - 12), m.start()):
            continue  # "any prolonged stoppage": any such event, not the outlet's name for this one
        before = article.text[max(0, m.start() - 12) : m.start()].split()
        if {m.group("mod").lower(), before[-1].lower() if before else ""} & _SERIES or noun[:-1] in _SINGULAR_VAGUE:
            continue  # one of several events, not the outlet's name for this one
        if m.group("mod").lower() in _COUNTING:
            continue  # "a single event": the events are counted, this one is not named
        if counted_measure(m.group("mod")):
            continue  # "two-day stoppage": the modifier measures the event, it does not soften it
        if _ranked(article.text, m.start(), m.group("mod")):
            continue  # "the deadliest incident since 2011": a class of events the event is ranked in
        note = (f"naming: '{m.group()}' — a vague noun for the event; no other outlet of the story "
                f"calls it '{noun}'")
        hits.append(_Hit(kind="naming", start=m.start(), end=m.end(), note=note, rank=3))
    return hits
