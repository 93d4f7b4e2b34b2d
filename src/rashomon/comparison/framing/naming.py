"""Naming of referents: a capital standing for its government, an epithet before a name, a loaded
modifier on an entity that other outlets name without it."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache

from ...model import Article, Entity
from ...text.datelines import dateline_place
from ...text.thesaurus import kinds_of
from .hits import _Hit, _lines
from .lexicon import Lexicon
from .quotes import _inside

_GOV_NOUNS = (
    r"(?:relations|ties|policy|policies|position|stance|decision|decisions|support|commitment|response|allies|ally|"
    r"approach|demands?|plans?|strategy|sanctions|government|leadership|officials|envoy|ambassador|role|efforts?|"
    r"influence|backing|military|war|attacks?|aggression|pressure|refusal|insistence|rejection|moves?|proposals?|"
    r"offer|threats?|warnings?|accusations?|claims?|calls?|ban|measures|actions?|interests|concerns?|objections?|"
    r"recognition|announcement|intervention|involvement|invasion|troops|forces|nuclear|foreign|diplomatic|"
    r"diplomacy|administration|partners?|partnership|negotiators?|security|normali[sz]ation|friendship|alliance)"
)
_GOV_VERBS = (
    r"(?:said|says|announced|warned|accused|demanded|rejected|condemned|insisted|wants|wanted|plans|planned|"
    r"imposed|imposes|sanctioned|refused|denied|approved|agreed|signed|recogni[sz]ed|threatened|responded|"
    r"retaliated|urged|called|vowed|pledged|pushed|pressed|backed|supports|supported|opposed|opposes|"
    r"critici[sz]ed|blamed|expelled|summoned|hopes|believes|sees|considers|views|fears|seeks|sought|launched|"
    r"struck|attacked|invaded|annexed|ordered|decided|declined|dismissed|welcomed|hailed|praised|protested|"
    r"objected|insists|denies|rejects|accuses|warns|demands|announces|responds|condemns|worried|worries)"
)
# Before a place, a word that makes it the place itself: a preposition ("officers at the port of
# X have seized": the verb's subject is the officers), a verb of travel, a capitalised modifier.
_PLACE_PREP = re.compile(
    r"(?:\b(?:in|at|of|from|to|into|near|outside|around|via|visited|visiting|visit|reached|left|leaving|arrived|"
    r"flew|base[d]?|time|downtown|central|suburban|greater)\s+(?:the\s+)?|[A-Z][\w’'-]*\s+)$"
)


def _capital_hits(text: str, lexicon: Lexicon) -> list[tuple[int, int, str]]:
    """Spans of capitals used for a government in ``text`` (local offsets), with the capital."""
    possessive, verb, pair = _capital_patterns(tuple(lexicon.capitals))
    hits: list[tuple[int, int, str]] = []
    for m in possessive.finditer(text):
        if not _after_cap(text, m.start()):  # "George Washington's" is a person
            hits.append((m.start("c"), m.end("c"), m.group("c")))
    for m in verb.finditer(text):
        if not _PLACE_PREP.search(text[: m.start()]):
            hits.append((m.start("c"), m.end("c"), m.group("c")))
    for m in pair.finditer(text):
        hits.append((m.start("a"), m.end("a"), m.group("a")))
        hits.append((m.start("b"), m.end("b"), m.group("b")))
    return hits


@lru_cache(maxsize=8)
def _capital_patterns(capitals: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The three patterns of a capital standing for its government, built once per lexicon."""
    alt = "|".join(re.escape(n) for n in sorted(capitals, key=len, reverse=True))
    possessive = re.compile(
        rf"\b(?P<c>{alt})(?=[’']s?\s+(?:[“\"‘]?[\w-]+[”\"’]?\s+){{0,2}}[“\"‘]?{_GOV_NOUNS}\b)"
    )
    verb = re.compile(
        rf"\b(?P<c>{alt})\s+(?:(?:has|have|had|will|would|is|was|also|has\s+also|had\s+also|could|may|might|"
        rf"must|should|did|does|do|still|now|then)\s+)?(?:not\s+)?{_GOV_VERBS}\b"
    )
    pair = re.compile(
        rf"\b(?:ministers?|officials|leaders|governments|relations|ties|talks|negotiations|dialogue|rapprochement|"
        rf"rift|dispute|tensions|agreements?|deals?|normali[sz]ation|cooperation|alliance)\s+(?:of|between)\s+"
        rf"(?P<a>{alt})\s+and\s+(?P<b>{alt})\b"
    )
    return possessive, verb, pair


def _after_cap(text: str, start: int) -> bool:
    return bool(re.search(r"[A-Z][\w’'-]*\s+$", text[:start]))


def _epithet_regex(lexicon: Lexicon) -> re.Pattern[str]:
    return _epithet_pattern(lexicon.epithets)


@lru_cache(maxsize=8)
def _epithet_pattern(epithets: tuple[str, ...]) -> re.Pattern[str]:
    alt = "|".join(re.escape(w) for w in sorted(epithets, key=len, reverse=True))
    name = r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}"
    # The epithet as written (lowercase in running text), so a title such as "The Notorious
    # Bettie Page" is not one.
    return re.compile(rf"\b[Tt]he\s+(?P<epithet>{alt})\s+(?P<name>{name})(?P<after>\s+[\w-]+)?")


# After "the <epithet> <Name>", the next word must show the name is the head of the phrase
# ("the right-wing Netanyahu said", "... Netanyahu."), not a modifier ("the notorious Gulf cartel").
_AFTER_NAME = {
    "and", "or", "but", "who", "whose", "which", "that", "is", "was", "has", "had", "have", "said", "says",
    "in", "on", "at", "of", "for", "to", "with", "from", "by", "as", "will", "would", "could", "can", "may",
    "might", "did", "does", "also", "again", "now", "then", "after", "before", "over", "during", "since",
    "while", "when", "if", "than", "into", "about", "against", "because", "told", "called", "wants", "won",
    "lost", "met", "made", "took", "gave", "got", "came", "went", "faces", "faced",
}
_INSTITUTION = {
    "party", "parties", "government", "coalition", "bloc", "movement", "group", "groups", "alliance", "camp",
    "wing", "newspaper", "faction", "organization", "organisation", "administration", "regime", "militia",
    "cabinet", "lawmakers", "politicians", "caucus", "network", "outlet", "channel", "daily", "website",
    "leadership", "establishment", "members", "supporters", "voters", "base", "forces", "fighters",
}


def _epithet_heads(m: re.Match[str]) -> bool:
    after = (m.group("after") or "").strip()
    return not after or (after.lower() in _AFTER_NAME and after.lower() not in _INSTITUTION) or after.endswith("ed")


def _other_names(name: str, article_id: str, articles: Sequence[Article]) -> list[str]:
    """How other articles write ``name`` (by its last word), for the note."""
    last = name.split()[-1]
    out = []
    for other in articles:
        if other.id == article_id:
            continue
        forms = {m.group().strip() for m in re.finditer(rf"(?:[A-Z][\w.’'-]*\s+){{0,3}}{re.escape(last)}\b", other.text)}
        if forms:
            shortest = sorted(forms, key=lambda f: (len(f), f))
            out.append(f"{other.id} writes " + ", ".join(f"'{f}'" for f in shortest[:2]))
    return out


def _elsewhere(referents: Sequence[str], article_id: str, articles: Sequence[Article]) -> str:
    said = []
    for other in articles:
        if other.id == article_id:
            continue
        for ref in referents:
            count = len(re.findall(rf"(?<![\w-]){re.escape(ref)}(?![\w-])", other.text))
            if count:
                said.append(f"{other.id} says '{ref}' ({count}x)")
                break
    return "; elsewhere: " + ", ".join(said) if said else ""


def _entity_modifier_hits(
    article: Article, articles: Sequence[Article], entities: Sequence[Entity], lexicon: Lexicon
) -> list[_Hit]:
    """A referent named with a loaded modifier in this article and without it in another."""
    modifiers = sorted({w.lower() for w in lexicon.epithets} | {"so-called", "zionist"}, key=len, reverse=True)
    before = re.compile(r"(?:\b(?P<mod>" + "|".join(re.escape(w) for w in modifiers) + r"))\s+$", re.IGNORECASE)
    hits: list[_Hit] = []
    for entity in entities:
        by_article = defaultdict(list)
        for mention in entity.mentions:
            by_article[mention.article].append(mention)
        if len(by_article) < 2 or article.id not in by_article:
            continue
        for mention in by_article[article.id]:
            m = before.search(article.text[max(0, mention.start - 40) : mention.start])
            if not m:
                continue
            modifier = m.group("mod").lower()
            plain = []
            for other_id, others in by_article.items():
                if other_id == article.id:
                    continue
                for o in others:
                    other_text = next((a.text for a in articles if a.id == other_id), None)
                    if other_text is None:
                        continue  # an article the entity knows but this call was not given
                    prefix = other_text[max(0, o.start - 40) : o.start].lower()
                    if not prefix.rstrip().endswith(modifier):
                        plain.append(f"{other_id} writes '{o.text}'")
                        break
            if not plain:
                continue
            start = mention.start - (len(m.group(0)))
            hits.append(
                _Hit(
                    kind="naming",
                    start=start,
                    end=mention.end,
                    note=f"'{m.group('mod')}' put before {entity.name}; " + ", ".join(plain) + " without it",
                    neutral=mention.text,
                    rank=1,
                )
            )
    return hits


# Where a story shows a place to be the seat of a government: a dateline opening an article
# ("TORVENNA, Sept 23 —", "Kovrin, 13 April"), "the capital X" / "X, the capital", or an office
# located there ("the regime in X", "a spokesman in X").
_SEAT = re.compile(
    r"\b(?:the\s+capital,?\s+(?P<a>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)|(?P<b>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?),\s+the\s+capital\b"
    r"|\b(?:regime|government|authorities|leadership|spokes(?:man|woman|person)|ministry|officials)\s+in\s+(?P<c>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?))"
)
# After a place that stands for a government: a finite verb ("Istrovel waited", "Dorvesk wanted"),
# a verb of the government's speech or acts in the present ("Ostrel accuses", as a capital of the
# lexicon takes it: _GOV_VERBS), or a perfect with an adverb or an irregular participle ("X has
# long forgotten", "X has spent ten years promising").
_PRESENT_GOV = (r"(?:says|wants|insists|refuses|claims|accuses|demands|denies|rejects|warns|announces|responds|"
                r"condemns|expels|threatens|vows|urges|fears)")
_PERFECT = r"(?:has|have|had)\s+(?:(?:long|already|never|always|repeatedly|[a-z]{3,}ly)\s+)?(?:not\s+)?"
_STORY_VERB = re.compile(
    r"\s+(?:(?:has|have|had|will|would|could|did|does|also|still|then|now)\s+)?(?:not\s+)?(?:[a-z]{3,}ed|"
    + _PRESENT_GOV + r")\b"
)


@lru_cache(maxsize=1)
def _story_perfect() -> re.Pattern[str]:
    """A perfect after a place, with an adverb or an irregular participle ("has long forgotten")."""
    from .wording import IRREGULAR_PAST  # wording imports this module's neighbours: read once, late

    participles = "|".join(sorted(IRREGULAR_PAST, key=len, reverse=True))
    return re.compile(r"\s+" + _PERFECT + rf"(?:[a-z]{{3,}}ed|{participles})\b")


_STORY_OBJECT = re.compile(
    r"\b(?:waiting\s+for|waited\s+for|pressure\s+(?:from|on)|policy\s+of|policies\s+of|demands\s+of|decision\s+of|response\s+of|position\s+of"
    # a party to a deal or talks beside a named group or person ("a deal between the Brigade and X";
    # not a route, "buses between the Harbour and X")
    r"|(?:deals?|talks|agreements?|negotiations|contacts|relations|dialogue|exchanges?|ceasefire|truce|accord|treaty|"
    r"rift|row|dispute|standoff)\s+between\s+(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?\s+and)\s+$"
)
_WHO = re.compile(r",\s+who\b")  # "not X, who ordered ...": the place spoken of as a person
# The name in apposition to "the capital" ("specialists from the capital, Velsk, who ..."): the phrase
# that shows the seat names the city as a place; what follows it is about the phrase's head, not the city.
_CAPITAL_APPOSITION = re.compile(r"\bthe\s+capital,?\s+$", re.IGNORECASE)




def story_capitals(articles: Sequence[Article], lexicon: Lexicon) -> dict[str, str]:
    """Places that a story shows to be a seat of government (a dateline, see _SEAT), as written
    in title case, with how the story shows it; the lexicon's own capitals are left to it."""
    known = {c.lower() for c in lexicon.capitals}
    found: dict[str, str] = {}
    for article in articles:
        for number, (_, line) in enumerate(_lines(article.text)):
            name = dateline_place(line[:80]) if number < 3 else ""  # a dateline opens the story
            if name:
                found.setdefault(name.title() if name.isupper() else name, "a dateline")
        for m in _SEAT.finditer(article.text):
            name = m.group("a") or m.group("b") or m.group("c")
            found.setdefault(name.title() if name.isupper() else name, f"'{m.group().strip()}'")
    texts = [a.text for a in articles]
    return {name: how for name, how in found.items()
            if name.lower() not in known and len(name) > 3 and not (how == "a dateline" and _municipal(name, texts))}


def _municipal(name: str, texts: Sequence[str]) -> bool:
    """Whether the story shows ``name`` as a city governing itself ("the city of X", "X city
    council", "the mayor of X"): a dateline then names where the reporter files from, and "X shut
    the bridge" is the city acting on its own affairs, not a place standing for a national government."""
    place = re.escape(name)
    pattern = re.compile(
        rf"\b(?:city|town|municipality|mayor)\s+of\s+{place}\b|\b{place}(?:['’]s)?\s+(?:city|town|municipal)\s+"
        rf"(?:council|hall|government|authorities)\b|\b{place}['’]s\s+mayor\b", re.IGNORECASE)
    return any(pattern.search(text) for text in texts)


def _story_capital_hits(text: str, capitals: dict[str, str]) -> list[tuple[int, int, str]]:
    """A story capital as the agent of a verb, a party "between" a group and it, "X, who", or after
    "waiting for" / "policy of"; not after a place preposition, not opening a dateline, not as a
    modifier ("Torvenna airport")."""
    hits = []
    for capital in capitals:
        for m in re.finditer(rf"\b{re.escape(capital)}\b", text):
            before = text[: m.start()]
            if _CAPITAL_APPOSITION.search(before, max(0, m.start() - 16)):
                continue
            if _STORY_OBJECT.search(before):
                hits.append((m.start(), m.end(), capital))
                continue
            if _WHO.match(text, m.end()) and not _PLACE_PREP.search(before):
                hits.append((m.start(), m.end(), capital))
                continue
            if _PLACE_PREP.search(before) or re.match(r"\s*(?:,|[–—-])", text[m.end() :]):
                continue
            verb = _STORY_VERB.match(text, m.end()) or _story_perfect().match(text, m.end())
            if verb and not _became_a_place(text, verb.end()):
                hits.append((m.start(), m.end(), capital))
    return hits


# "into" and a noun phrase of up to four words after the verb ("turned into a ghost town").
_INTO_PHRASE = re.compile(r"\s+into\s+((?:[a-z][\w’'-]*\s+){0,3}[a-z][\w’'-]*)")


def _became_a_place(text: str, end: int) -> bool:
    """Whether the verb ending at ``end`` turns the place into a place of another kind ("X turned into
    a ghost town", "was transformed into a building site": a word of the phrase whose commonest
    sense is a place, by the thesaurus): the sentence tells what became of the place itself, no act of a government."""
    m = _INTO_PHRASE.match(text, end)
    if not m:
        return False
    return any(kinds_of(word)[:1] == ("place",) for word in m.group(1).split())


# A ruler named by a capitalised title of deference instead of a name ("His Highness the Emir",
# "the Leader of the Nation", "Head of State takes personal charge"): official and state-media style.
_DEFERENCE = re.compile(
    r"\b(?:(?:His|Her|Their)\s+(?:Royal\s+)?(?:Highness|Majesty|Excellency|Holiness)(?:\s+the\s+[A-Z][a-z]+)?"
    r"|(?:Head|Leader|Father|Mother|Guide|Guardian)\s+of\s+(?:the\s+)?(?:State|Nation|Revolution|People|Fatherland|Motherland))\b"
)


def _deference_hits(text: str, quotes: Sequence[tuple[int, int]]) -> list[_Hit]:
    hits = []
    for m in _DEFERENCE.finditer(text):
        if _inside(quotes, m.start(), m.end()) or re.search(r"\bof\s+the\s+$", text[max(0, m.start() - 10) : m.start()]):
            continue  # "the residence of the Head of State": the office, not a way of naming its holder
        note = f"'{m.group()}': a title of deference standing for the ruler's name (official or state-media style)"
        hits.append(_Hit(kind="naming", start=m.start(), end=m.end(), note=note, rank=-1))
    return hits


def _naming_hits(
    article: Article, articles: Sequence[Article], lexicon: Lexicon, quotes: Sequence[tuple[int, int]],
    capitals: dict[str, str] | None = None,
) -> list[_Hit]:
    hits = []
    text = article.text
    for line_start, line in _lines(text):
        for start, end, capital in _capital_hits(line, lexicon):
            start, end = start + line_start, end + line_start
            if _inside(quotes, start, end):
                continue
            place = lexicon.capitals[capital]
            note = f"'{capital}' stands for the government of {place['country']}"
            if place.get("note"):
                note += f" ({place['note']})"
            note += _elsewhere(place.get("names", ()), article.id, articles)
            hits.append(_Hit(kind="naming", start=start, end=end, note=note, neutral=place["country"], rank=-2))
        for start, end, capital in _story_capital_hits(line, capitals or {}):
            start, end = start + line_start, end + line_start
            if _inside(quotes, start, end):
                continue
            note = (f"'{capital}' stands for the government seated there (shown as a seat of government "
                    f"by {capitals[capital]} in this story): a place for the institution")
            hits.append(_Hit(kind="naming", start=start, end=end, note=note, rank=-2))
    hits += _deference_hits(text, quotes)
    for m in _epithet_regex(lexicon).finditer(text):
        if not _epithet_heads(m) or _inside(quotes, m.start(), m.end("name")):
            continue
        name = m.group("name")
        others = _other_names(name, article.id, articles)
        note = f"epithet '{m.group('epithet')}' put before {name}; " + (
            "; ".join(others) if others else f"no other article names {name}"
        )
        hits.append(_Hit(kind="naming", start=m.start(), end=m.end("name"), note=note, neutral=name, rank=-1))
    return hits
