"""Framing: how each outlet words the event.

:func:`find_framing` reads segmented articles and returns :class:`~rashomon.model.FramingCue`
records, each pointing at ``article.text[start:end]``. The cues come from six steps:

1. **Lexicon** (``data/framing_lexicon.json``): loaded terms, labels, euphemisms, naming
   choices and hedges, each with the public style guidance it rests on and a neutral wording
   where one exists.
2. **Naming**: a capital standing for its government ("Tel Aviv's relations"), an epithet
   put before a name ("the right-wing Netanyahu"), and, when entities are given, a referent
   that one outlet names with a loaded modifier and the others without. The note says what
   the other articles call it.
3. **Scare quotes**: a word or short phrase (at most three words) in quotation marks with no
   speaker in the sentence, or a single loaded word in quotation marks.
4. **Hedges** come from the lexicon (kind ``hedge``).
5. **Voices**: whose words each article reports ("State Department spokeswoman Ned Price
   said"), one cue per speaker per article.
6. **Tone**: per article, toward the entities several articles mention, from a small cited
   sentiment word list (or VADER, ``tone="vader"``); only clearly non-neutral tone is reported.

Cue kinds are the model's: ``loaded | naming | scare_quote | hedge | voice | tone``. The
lexicon's finer kind (``labels``, ``euphemism``, ``dysphemism``, ``partisan``) is kept at the
start of the note ("[euphemism] ...").

Quoted words are the speaker's, not the outlet's: a lexicon term inside quotation marks is not
reported as the outlet's wording (Reuters: "Terrorism and terrorist must be retained when
quoting someone in direct speech"; Wikipedia's Words to watch "does not apply to quotations").
So "the regime change debate" inside an attributed quote yields only the speaker's voice;
"regime change" is, besides, a fixed term the lexicon leaves alone everywhere.

:func:`neutralize` rewrites a sentence with the neutral wordings (for the digest), leaving
quoted text untouched.
"""

from __future__ import annotations

import json
import logging
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from ..errors import InputError, LexiconError, MissingExtra
from ..model import Article, Entity, FramingCue, Sentence

__all__ = ["find_framing", "neutralize", "load_lexicon", "Lexicon", "LexiconEntry", "LexiconError", "TONE_BACKENDS"]

log = logging.getLogger(__name__)

CUE_KINDS = ("loaded", "naming", "scare_quote", "hedge", "voice", "tone")
LEXICON_KINDS = ("loaded", "labels", "partisan", "euphemism", "dysphemism", "naming", "hedge")
TONE_BACKENDS = ("lexicon", "vader")
MAX_SCARE_WORDS = 3


# --- the lexicon ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class LexiconEntry:
    kind: str  # one of LEXICON_KINDS
    label: str  # the term, or the pattern, as written in the lexicon
    regex: re.Pattern[str]
    neutral: str = ""  # a replacement (may use \g<name> groups); "" when there is none
    drop: bool = False  # the neutral wording is to leave the words out
    note: str = ""
    sources: tuple[str, ...] = ()
    referent: tuple[str, ...] = ()  # what other outlets may call the same thing

    @property
    def cue_kind(self) -> str:
        return self.kind if self.kind in ("naming", "hedge") else "loaded"

    def replacement(self, match: re.Match[str]) -> str:
        if self.drop:
            return ""
        return match.expand(self.neutral) if self.neutral else ""


@dataclass(frozen=True, slots=True, kw_only=True)
class Lexicon:
    path: str
    entries: tuple[LexiconEntry, ...]
    sources: dict[str, dict[str, str]]
    epithets: tuple[str, ...]
    capitals: dict[str, dict[str, Any]]
    tone: dict[str, Any] = field(default_factory=dict)

    def source_titles(self, keys: Iterable[str]) -> str:
        return "; ".join(self.sources[k]["title"] for k in keys)


def _default_path() -> Path:
    return Path(str(resources.files("rashomon") / "data" / "framing_lexicon.json"))


def load_lexicon(path: str | Path | None = None) -> Lexicon:
    """Read and check a framing lexicon (the packaged one when ``path`` is None)."""
    if path is None:
        return _default_lexicon()
    return _read_lexicon(Path(path))


@lru_cache(maxsize=1)
def _default_lexicon() -> Lexicon:
    return _read_lexicon(_default_path())


def _read_lexicon(path: Path) -> Lexicon:
    where = str(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise LexiconError(where, f"cannot read: {exc}") from exc
    except json.JSONDecodeError as exc:
        raise LexiconError(where, f"not valid JSON: {exc}") from exc
    for key in ("sources", "entries", "epithets", "capitals", "tone"):
        if key not in data:
            raise LexiconError(where, f"missing top-level key {key!r}")
    sources = data["sources"]
    entries = tuple(_read_entry(where, i, raw, sources) for i, raw in enumerate(data["entries"]))
    capitals = data["capitals"]["places"]
    for name, place in capitals.items():
        if "country" not in place:
            raise LexiconError(where, f"capital {name!r} has no 'country'")
    return Lexicon(
        path=where,
        entries=entries,
        sources=sources,
        epithets=tuple(data["epithets"]["words"]),
        capitals=capitals,
        tone=data["tone"],
    )


def _read_entry(where: str, index: int, raw: dict[str, Any], sources: dict[str, Any]) -> LexiconEntry:
    what = f"entry {index} ({raw.get('term') or raw.get('pattern')!r})"
    kind = raw.get("kind")
    if kind not in LEXICON_KINDS:
        raise LexiconError(where, f"{what}: kind {kind!r} is not one of {', '.join(LEXICON_KINDS)}")
    keys = raw.get("source")
    keys = [keys] if isinstance(keys, str) else list(keys or [])
    if not keys:
        raise LexiconError(where, f"{what}: every entry needs a 'source'")
    unknown = [k for k in keys if k not in sources]
    if unknown:
        raise LexiconError(where, f"{what}: unknown source {', '.join(unknown)}; known: {', '.join(sorted(sources))}")
    flags = 0 if raw.get("case_sensitive") else re.IGNORECASE
    if "pattern" in raw:
        label = raw["pattern"]
        try:
            regex = re.compile(raw["pattern"], flags)
        except re.error as exc:
            raise LexiconError(where, f"{what}: bad pattern: {exc}") from exc
    elif "term" in raw:
        label = raw["term"]
        regex = re.compile(r"\b" + re.escape(raw["term"]).replace(r"\ ", r"\s+") + r"\b", flags)
    else:
        raise LexiconError(where, f"{what}: needs a 'term' or a 'pattern'")
    referent = raw.get("referent", ())
    referent = (referent,) if isinstance(referent, str) else tuple(referent)
    return LexiconEntry(
        kind=kind,
        label=label,
        regex=regex,
        neutral=raw.get("neutral", ""),
        drop=bool(raw.get("drop", False)),
        note=raw.get("note", ""),
        sources=tuple(keys),
        referent=referent,
    )


# --- quotations and attribution -------------------------------------------------------------

_DOUBLE_OPEN = "“„"
_DOUBLE_CLOSE = "”"

# Verbs and phrases that tie a quotation to a speaker in the same sentence.
_ATTRIBUTION = re.compile(
    r"\b(?:said|says|say|saying|told|tells|tell|stated|states|added|adds|announced|announces|wrote|writes|"
    r"declared|declares|explained|noted|notes|stressed|stresses|emphasi[sz]ed|insisted|warned|warns|argued|"
    r"claimed|asserted|acknowledged|confirmed|denied|tweeted|posted|commented|remarked|replied|responded|urged|"
    r"called|calls|described|describes|spoke|speaks|discussed|reaffirmed|pledged|vowed|promised|quoted|quoting|"
    r"asked|according to|statement|readout|spokes(?:wo)?man|spokesperson)\b",
    re.IGNORECASE,
)


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """Quotation spans (marks included) in ``text``; an unclosed quote runs to the end of its line."""
    spans: list[tuple[int, int]] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch in _DOUBLE_OPEN:
            close = _find_close(text, i + 1, _DOUBLE_CLOSE)
            spans.append((i, close))
            i = close
        elif ch == '"':
            close = _find_close(text, i + 1, '"')
            spans.append((i, close))
            i = close
        elif ch == "‘" and (i == 0 or not text[i - 1].isalnum()):
            # A single curly quote is also an apostrophe: accept only a short span closed by ’
            # that is not followed by a letter.
            m = re.compile(r"[^‘’\n]{1,80}’(?![\w])").match(text, i + 1)
            if m:
                spans.append((i, m.end()))
                i = m.end()
            else:
                i += 1
        else:
            i += 1
    return spans


def _find_close(text: str, start: int, closers: str) -> int:
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    for j in range(start, line_end):
        if text[j] in closers:
            return j + 1
    return line_end


def _inside(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def _words(text: str) -> list[str]:
    return re.findall(r"[\w’'-]+", text)


# --- voices ---------------------------------------------------------------------------------

_ROLE = (
    r"(?:spokes(?:wo)?man|spokesperson|spokespeople|minister|ministers|secretary|official|officials|statement|"
    r"administration|department|ministry|government|president|chancellor|police|army|military|agency|office|"
    r"embassy|diplomats?|analysts?|experts?|lawyers?|attorneys?|prosecutors?|court|tribunal|judge|witness|"
    r"witnesses|residents?|activists?|organi[sz]ers|leaders?|chief|commander|mayor|governor|senator|lawmakers?|"
    r"report|authorities|council|committee|commission|union|party|campaign|company|firm|bank|sources?|group|"
    r"ambassador|envoy|aides?|advis[eo]rs?|officers?|director|head|researchers?|scientists?|doctors?|"
    r"representatives?|foreign|defense|defence|state|interior|general|deputy|senior|white|house)"
)
_CAP = r"(?:[A-Z][\w’'.&-]*)"
_TOKEN = rf"(?:{_CAP}|{_ROLE})"
_SPEAKER = rf"(?:(?:[Tt]he|[Aa]n?)\s+)?{_TOKEN}(?:\s+(?:(?:of|for)\s+(?:the\s+)?)?{_TOKEN})*"
_VOICE_VERB = (
    r"(?:said|says|told|stated|added|announced|wrote|writes|declared|explained|noted|stressed|emphasi[sz]ed|"
    r"insisted|warned|argued|claimed|asserted|acknowledged|confirmed|denied|tweeted|commented|remarked|replied|"
    r"responded|urged|called\s+on|calls\s+on|reaffirmed|pledged|vowed)"
)
_VOICE_PATTERNS = (
    # "State Department spokeswoman Ned Price said", "Price said Thursday", "the statement said"
    re.compile(
        rf"(?<![\w’'-])(?P<speaker>{_SPEAKER})\s+(?:(?:also|later|earlier|previously|separately|has|had|have)\s+)?"
        rf"(?:on\s+[A-Z]\w+day\s+)?{_VOICE_VERB}\b"
    ),
    # "“…,” said Ned Price"
    re.compile(rf"[,.!?]?[”\"]\s+(?:said|says|added|wrote|asked)\s+(?P<speaker>{_SPEAKER})"),
    # "According to the US State Department"
    re.compile(rf"\b[Aa]ccording\s+to\s+(?P<speaker>{_SPEAKER})"),
)
_SPEAKER_STOP = {
    "he", "she", "they", "it", "we", "i", "you", "this", "that", "these", "those", "there", "here", "but", "and",
    "or", "however", "meanwhile", "also", "yet", "so", "still", "then", "now", "today", "yesterday", "earlier",
    "later", "last", "next", "when", "while", "after", "before", "although", "because", "if", "in", "on", "at",
    "for", "from", "with", "as", "by", "a", "an", "the", "his", "her", "its", "their", "our", "my", "who",
    "which", "what", "both", "all", "some", "many", "one", "another", "other", "such",
}
_GENERIC_SPEAKERS = {
    "officials", "sources", "experts", "analysts", "witnesses", "residents", "activists", "diplomats",
    "lawmakers", "authorities", "police", "researchers", "scientists", "doctors", "organizers", "organisers",
}
_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


@dataclass(slots=True)
class _Speaker:
    text: str
    start: int  # offsets into the article text
    end: int
    sentence: Sentence
    key: str


def _clean_speaker(text: str, start: int) -> tuple[str, int] | None:
    """Trim leading function words ("But", "he") and trailing weekdays off a speaker phrase."""
    tokens = list(re.finditer(r"\S+", text))
    while tokens and tokens[0].group().lower().strip(",") in _SPEAKER_STOP - {"the", "a", "an"}:
        tokens.pop(0)
    while tokens and tokens[-1].group().lower() in _WEEKDAYS | {"the", "a", "an", "of", "for"}:
        tokens.pop()
    if not tokens:
        return None
    content = [t.group() for t in tokens if t.group().lower() not in {"the", "a", "an", "of", "for"}]
    if not content or all(w.lower() in _SPEAKER_STOP for w in content):
        return None
    s, e = tokens[0].start(), tokens[-1].end()
    last = tokens[-1].group()
    if last.endswith(".") and last.count(".") == 1:  # the sentence's full stop, not "U.S."
        e -= 1
    has_name = any(w[:1].isupper() and w.lower() not in _SPEAKER_STOP for w in content)
    determined = tokens[0].group().lower() in {"the", "a", "an"}
    if not (has_name or determined or content[-1].lower() in _GENERIC_SPEAKERS):
        return None  # "group claimed" after an adjective: too little to name a voice
    return text[s:e], start + s


def _speaker_key(text: str) -> str:
    """Group key of a speaker: its last word ("Ned Price" ~ "Price"), or the institution's noun
    when the phrase is "<institution> of <...>" ("the administration of US President Joe Biden")."""
    head = re.split(r"\s+(?:of|for)\s+", text, maxsplit=1)[0]
    head_words = [w for w in _words(head) if w.lower() not in {"the", "a", "an"}]
    if head_words and head_words[-1].islower() and head != text:
        return head_words[-1]
    words = [w for w in _words(text) if w.lower() not in {"the", "a", "an"}]
    return words[-1].lower() if words else text.lower()


def _find_speakers(article: Article, entities: Sequence[Entity]) -> list[_Speaker]:
    found: list[_Speaker] = []
    for sentence in article.sentences:
        for pattern in _VOICE_PATTERNS:
            for m in pattern.finditer(sentence.text):
                cleaned = _clean_speaker(m.group("speaker"), sentence.start + m.start("speaker"))
                if cleaned is None:
                    continue
                text, start = cleaned
                end = start + len(text)
                if any(s.start < end and start < s.end for s in found):
                    continue
                key = _speaker_key(text)
                for entity in entities:
                    if any(mn.article == article.id and start <= mn.start and mn.end <= end for mn in entity.mentions):
                        key = f"entity:{entity.id}"
                        break
                found.append(_Speaker(text=text, start=start, end=end, sentence=sentence, key=key))
    return found


def _voice_cues(article: Article, entities: Sequence[Entity]) -> list[FramingCue]:
    groups: dict[str, list[_Speaker]] = defaultdict(list)
    for speaker in _find_speakers(article, entities):
        groups[speaker.key].append(speaker)
    names = {e.id: e.name for e in entities}
    cues = []
    for key, speakers in groups.items():
        first = min(speakers, key=lambda s: s.start)
        if key.startswith("entity:"):
            display = names[key.split(":", 1)[1]]
        else:
            display = max((s.text for s in speakers), key=len)
            display = re.sub(r"^(?:[Tt]he)\s+", "the ", display)
        times = len(speakers)
        cues.append(
            FramingCue(
                article=article.id,
                sentence=first.sentence.id,
                text=first.text,
                kind="voice",
                note=f"quotes {display}" + (f" ({times} times)" if times > 1 else ""),
                start=first.start,
                end=first.end,
            )
        )
    return cues


# --- naming ---------------------------------------------------------------------------------

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
    r"objected|insists|denies|rejects|accuses|warns|demands|announces|responds|condemns)"
)
_PLACE_PREP = re.compile(
    r"(?:\b(?:in|at|from|to|into|near|outside|around|via|visited|visiting|visit|reached|left|leaving|arrived|"
    r"flew|base[d]?|time|downtown|central|suburban|greater)\s+(?:the\s+)?|[A-Z][\w’'-]*\s+)$"
)


@dataclass(slots=True)
class _Hit:
    """A candidate cue before it becomes a FramingCue: offsets into the article text."""

    kind: str
    start: int
    end: int
    note: str
    neutral: str = ""
    rank: int = 0  # lower wins when two hits of the same family overlap


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
                    other_text = next(a.text for a in articles if a.id == other_id)
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


# --- the cue finder -------------------------------------------------------------------------


def find_framing(
    articles: Sequence[Article],
    entities: Sequence[Entity] = (),
    *,
    lexicon: Lexicon | None = None,
    tone: str = "lexicon",
) -> tuple[FramingCue, ...]:
    """Framing cues for each article: loaded terms, naming, scare quotes, hedges, voices, tone.

    ``entities`` (from the entity stage) sharpen naming, voices and tone; without them,
    capitalised names shared by two or more articles stand in. ``tone`` is ``"lexicon"`` (a
    small word list with VADER's valences, no dependency) or ``"vader"`` (the full VADER
    model; needs the ``vaderSentiment`` package).
    """
    if tone not in TONE_BACKENDS:
        raise ValueError(f"unknown tone backend {tone!r}; valid: {', '.join(TONE_BACKENDS)}")
    lexicon = lexicon or load_lexicon()
    for article in articles:
        _check_article(article)
    cues: list[FramingCue] = []
    for article in articles:
        quotes = _quote_spans(article.text)
        hits: list[_Hit] = []
        # 1. lexicon terms (and 4. hedges), outside quotations
        hits += _lexicon_hits(article, articles, lexicon, quotes)
        # 2. naming: capitals for governments, epithets before names, modifiers on entities
        hits += _naming_hits(article, articles, lexicon, quotes)
        hits += _entity_modifier_hits(article, articles, entities, lexicon)
        # 3. scare quotes
        hits += _scare_quote_hits(article, lexicon, quotes)
        cues += _to_cues(article, _resolve(hits))
        # 5. voices
        cues += _voice_cues(article, entities)
    # 6. tone, which needs every article at once to pick the shared entities
    cues += _tone_cues(articles, entities, lexicon, tone)
    log.debug("framing: %d cues over %d articles", len(cues), len(articles))
    return tuple(sorted(cues, key=lambda c: (c.article, c.start, c.end, c.kind)))


def _check_article(article: Article) -> None:
    if article.text.strip() and not article.sentences:
        raise InputError(article.id, "article has text but no sentences; segment it first (rashomon.comparison.segment.segment)")
    for s in article.sentences:
        if article.text[s.start : s.end] != s.text:
            raise InputError(article.id, f"sentence {s.id} offsets {s.start}:{s.end} do not match the article text")


def _lexicon_hits(
    article: Article, articles: Sequence[Article], lexicon: Lexicon, quotes: Sequence[tuple[int, int]]
) -> list[_Hit]:
    hits = []
    for rank, entry in enumerate(lexicon.entries):
        for m in entry.regex.finditer(article.text):
            start, end = m.span()
            if _inside(quotes, start, end):
                continue  # the speaker's words, not the outlet's
            note = entry.note if entry.kind == entry.cue_kind else f"[{entry.kind}] {entry.note}"
            if entry.referent:
                note += _elsewhere(entry.referent, article.id, articles)
            note += f" (source: {lexicon.source_titles(entry.sources[:1])})"
            hits.append(_Hit(kind=entry.cue_kind, start=start, end=end, note=note, neutral=entry.replacement(m), rank=rank))
    return hits


def _naming_hits(
    article: Article, articles: Sequence[Article], lexicon: Lexicon, quotes: Sequence[tuple[int, int]]
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


def _lines(text: str) -> Iterable[tuple[int, str]]:
    offset = 0
    for line in text.split("\n"):
        yield offset, line
        offset += len(line) + 1


MAX_LABEL_WORDS = 3
# A determiner or "so-called"/"new" right before the opening quotation mark.
_LABEL_BEFORE = re.compile(r"\b(?:a|an|the|its|their|his|her|this|that|so-called|new)\s*[“\"‘']?$", re.IGNORECASE)


def _scare_quote_hits(article: Article, lexicon: Lexicon, quotes: Sequence[tuple[int, int]]) -> list[_Hit]:
    hits = []
    for start, end in quotes:
        inner = article.text[start:end]
        words = _words(inner)
        if not words or len(words) > MAX_SCARE_WORDS:
            continue
        sentence = _sentence_at(article, start)
        context = article.text[sentence.start : sentence.end] if sentence else inner
        context = context.replace(inner, " ")
        loaded = len(words) == 1 and any(
            e.kind != "hedge" and e.regex.fullmatch(words[0]) for e in lexicon.entries
        )
        attributed = bool(_ATTRIBUTION.search(context))
        titled = all(w[:1].isupper() or w[:1].isdigit() for w in words)  # a name, nickname or title
        # "calls the fire a “controlled incident”", "spoke of a new “partnership”": a speaker's
        # label, quoted as a noun phrase inside the reporter's own sentence, keeps it at a distance.
        label = len(words) <= MAX_LABEL_WORDS and bool(_LABEL_BEFORE.search(article.text[max(0, start - 24) : start]))
        if (attributed or titled) and not loaded and not (label and not titled):
            continue
        if loaded:
            why = "a single loaded word in quotation marks"
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


def _sentence_at(article: Article, offset: int) -> Sentence | None:
    for s in article.sentences:
        if s.start <= offset < s.end:
            return s
    return None


_FAMILY = {"loaded": "wording", "naming": "wording", "hedge": "hedge", "scare_quote": "scare_quote"}


def _resolve(hits: list[_Hit]) -> list[_Hit]:
    """Keep one hit where hits of the same family overlap: the longest, then the best ranked."""
    kept: list[_Hit] = []
    for hit in sorted(hits, key=lambda h: (-(h.end - h.start), h.rank, h.start)):
        family = _FAMILY[hit.kind]
        if any(_FAMILY[k.kind] == family and k.start < hit.end and hit.start < k.end for k in kept):
            continue
        kept.append(hit)
    return kept


def _to_cues(article: Article, hits: Iterable[_Hit]) -> list[FramingCue]:
    cues = []
    for hit in hits:
        sentence = _sentence_at(article, hit.start)
        if sentence is None:
            log.warning("framing: %s %d:%d lies outside every sentence", article.id, hit.start, hit.end)
        cues.append(
            FramingCue(
                article=article.id,
                sentence=sentence.id if sentence else "",
                text=article.text[hit.start : hit.end],
                kind=hit.kind,
                note=hit.note,
                start=hit.start,
                end=hit.end,
                neutral=hit.neutral,
            )
        )
    return cues


# --- tone -----------------------------------------------------------------------------------

_NAME_RUN = re.compile(r"(?<![\w’'-])[A-Z][\w’'.-]*(?:\s+(?:of\s+the\s+|of\s+)?[A-Z][\w’'.-]*)*")
_NAME_STOP = _SPEAKER_STOP | {
    "mr", "mrs", "ms", "dr", "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", *_WEEKDAYS,
}


def _name_candidates(article: Article) -> set[str]:
    names = set()
    for m in _NAME_RUN.finditer(article.text):
        words = re.sub(r"[’']s?$", "", m.group()).rstrip(".").split()
        while words and words[0].lower() in _NAME_STOP:
            words.pop(0)
        if not words:
            continue
        names.add(" ".join(words))
        if len(words) > 1 and words[-1].lower() not in _NAME_STOP:
            names.add(words[-1])
    return {n for n in names if len(n) > 2}


def _main_referents(
    articles: Sequence[Article], entities: Sequence[Entity]
) -> list[tuple[str, dict[str, set[str]]]]:
    """(name, {article id: sentence ids}) for referents two or more articles mention."""
    out = []
    if entities:
        for entity in entities:
            where: dict[str, set[str]] = defaultdict(set)
            for m in entity.mentions:
                where[m.article].add(m.sentence)
            if len(where) >= 2:
                out.append((entity.name, dict(where)))
        return out
    per_article = {a.id: _name_candidates(a) for a in articles}
    shared = {n for n in set().union(*per_article.values()) if sum(n in c for c in per_article.values()) >= 2}
    for name in sorted(shared):
        pattern = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
        where = {a.id: {s.id for s in a.sentences if pattern.search(s.text)} for a in articles}
        out.append((name, {k: v for k, v in where.items() if v}))
    return out


class _LexiconTone:
    """Sentence score from the lexicon's word list: VADER's valences, negation and normalisation."""

    def __init__(self, tone: dict[str, Any]) -> None:
        self.words: dict[str, float] = tone["words"]
        self.negators = set(tone["negators"])
        self.scalar = float(tone["negation_scalar"])
        self.alpha = float(tone["alpha"])

    def score(self, text: str) -> tuple[float, list[str]]:
        raw = re.findall(r"[\w’'-]+", text)
        tokens = [t.lower() for t in raw]
        total, used = 0.0, []
        for i, token in enumerate(tokens):
            valence = self.words.get(token)
            if valence is None or (i > 0 and raw[i][:1].isupper()):
                continue  # capitalised mid-sentence: a name or title ("Heavyweight Champion")
            if any(t in self.negators for t in tokens[max(0, i - 3) : i]):
                valence *= self.scalar
            total += valence
            used.append(token)
        return (total / math.sqrt(total * total + self.alpha) if total else 0.0), used


class _VaderTone:
    def __init__(self) -> None:
        try:
            from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
        except ImportError as exc:
            raise MissingExtra("sentiment", "vaderSentiment", "tone='vader'") from exc
        self.analyzer = SentimentIntensityAnalyzer()

    def score(self, text: str) -> tuple[float, list[str]]:
        return float(self.analyzer.polarity_scores(text)["compound"]), []


def _tone_cues(
    articles: Sequence[Article], entities: Sequence[Entity], lexicon: Lexicon, backend: str
) -> list[FramingCue]:
    if len(articles) < 2:
        return []
    scorer = _VaderTone() if backend == "vader" else _LexiconTone(lexicon.tone)
    threshold = float(lexicon.tone["threshold"])
    min_sentences = int(lexicon.tone["min_sentences"])
    by_id = {a.id: a for a in articles}
    quotes = {a.id: _quote_spans(a.text) for a in articles}
    cache: dict[str, tuple[float, list[str]]] = {}
    cues: dict[tuple[str, frozenset[str]], tuple[str, FramingCue]] = {}
    for name, where in _main_referents(articles, entities):
        for article_id, sentence_ids in where.items():
            article = by_id[article_id]
            sentences = [s for s in article.sentences if s.id in sentence_ids]
            if len(sentences) < min_sentences:
                continue
            scores = []
            for s in sentences:
                if s.id not in cache:
                    cache[s.id] = scorer.score(_unquoted(article.text, s, quotes[article_id]))
                scores.append((cache[s.id], s))
            mean = sum(sc[0] for sc, _ in scores) / len(scores)
            agreeing = sum(1 for (value, _), _ in scores if value * mean > 0)
            if abs(mean) < threshold or agreeing < min_sentences:
                continue  # one charged sentence is not a tone
            (strongest, words), sentence = max(scores, key=lambda x: x[0][0] * math.copysign(1, mean))
            key = (article_id, frozenset(sentence_ids))
            if key in cues and len(cues[key][0]) >= len(name):
                continue  # the same sentences under another name: keep the longer ("Anthony Blinken")
            detail = f"; words: {', '.join(sorted(set(words)))}" if words else ""
            cues[key] = name, FramingCue(
                article=article_id,
                sentence=sentence.id,
                text=sentence.text,
                kind="tone",
                note=f"tone toward {name}: {mean:+.2f} ({'negative' if mean < 0 else 'positive'}, mean over "
                f"{len(scores)} sentences, {backend}{detail})",
                start=sentence.start,
                end=sentence.end,
            )
    return [cue for _, cue in cues.values()]


def _unquoted(text: str, sentence: Sentence, quotes: Sequence[tuple[int, int]]) -> str:
    """The sentence without quoted words: the outlet's tone, not its sources'."""
    chars = list(text[sentence.start : sentence.end])
    for s, e in quotes:
        for i in range(max(s, sentence.start), min(e, sentence.end)):
            chars[i - sentence.start] = " "
    return "".join(chars)


# --- neutral wording ------------------------------------------------------------------------


def neutralize(text: str, *, lexicon: Lexicon | None = None) -> tuple[str, list[tuple[str, str]]]:
    """``text`` with loaded terms, labels and naming choices replaced by their neutral wording.

    Returns the new text and the ``(original, replacement)`` pairs in reading order. Quoted
    text is left as written; hedges, and terms with no neutral wording, are left in place.
    """
    lexicon = lexicon or load_lexicon()
    quotes = _quote_spans(text)
    hits: list[_Hit] = []
    for rank, entry in enumerate(lexicon.entries):
        if entry.kind == "hedge" or not (entry.neutral or entry.drop):
            continue
        for m in entry.regex.finditer(text):
            if not _inside(quotes, *m.span()):
                hits.append(_Hit(kind="loaded", start=m.start(), end=m.end(), note="", neutral=entry.replacement(m), rank=rank))
    for line_start, line in _lines(text):
        for start, end, capital in _capital_hits(line, lexicon):
            start, end = start + line_start, end + line_start
            if not _inside(quotes, start, end):
                hits.append(_Hit(kind="naming", start=start, end=end, note="", neutral=lexicon.capitals[capital]["country"], rank=-2))
    for m in _epithet_regex(lexicon).finditer(text):
        if _epithet_heads(m) and not _inside(quotes, m.start(), m.end("name")):
            hits.append(_Hit(kind="naming", start=m.start(), end=m.end("name"), note="", neutral=m.group("name"), rank=-1))
    out: list[str] = []
    pairs: list[tuple[str, str]] = []
    cursor = 0
    for hit in sorted(_resolve(hits), key=lambda h: h.start):
        start, end, replacement = hit.start, hit.end, hit.neutral
        original = text[start:end]
        if original[:1].isupper() and replacement[:1].islower() and _starts_sentence(text, start):
            replacement = replacement[0].upper() + replacement[1:]
        # "the United States’s" -> "the United States’"
        possessive = re.match(r"([’'])s\b", text[end:])
        if possessive and replacement.endswith("s"):
            end += 2
            original = text[start:end]
            replacement += possessive.group(1)
        head = text[cursor:start]
        if not replacement:
            head = head.rstrip(" ")
            if head and not text[end:end + 1].isspace() and text[end:end + 1] and text[end:end + 1] not in ".,;:!?)":
                head += " "
        else:
            head = _fix_article(head, replacement)
        out.append(head)
        out.append(replacement)
        pairs.append((original, replacement))
        cursor = end
    out.append(text[cursor:])
    return "".join(out), pairs


def _starts_sentence(text: str, start: int) -> bool:
    return not text[:start].strip() or bool(re.search(r"(?:[.!?][”\"’)]?\s+|\n\s*|^[“\"‘]?)$", text[:start]))


def _fix_article(head: str, replacement: str) -> str:
    """Make a preceding 'a'/'an' agree with the replacement's first sound (roughly: its letter)."""
    m = re.search(r"\b([Aa]n?)(\s+)$", head)
    if not m:
        return head
    vowel = replacement[:1].lower() in "aeio"
    article = m.group(1)
    want = ("An" if article[0] == "A" else "an") if vowel else ("A" if article[0] == "A" else "a")
    return head[: m.start(1)] + want + m.group(2)
