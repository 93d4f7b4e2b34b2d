"""Which passages a digest may state, and how: the checks and repairs on one candidate sentence.

- **Not tellable**: a headline (the article's title, or a first line with no closing stop), a
  question (a rhetorical question is not a fact), a sentence in the first or second person
  outside quotation marks ("our town", "we", "you"), an exclamation, a quotation with nobody
  saying it, a bare dateline, or a pronoun (opening the sentence, or naming a quotation's speaker)
  the story cannot resolve.
- **Pronouns at the start** ("He said...", "Her lawyer...") and a quotation's speaker told by a
  pronoun ('"...," she said'): resolved to the one person the
  previous sentence of the same article names (by the entity stage's mentions); when that
  sentence names none or several, the sentence is not told.
- **Garbled names** are replaced by the entity's resolved name ("Blinkin" -> "Blinken"), and
  framing cues that carry a neutral wording by that wording.
- **Speakers**: a member that gives the claim to another speaker than the one the told sentence
  names ("residents said" where the digest says "the council said") does not state it
  (:func:`other_speaker`); nor does a member that does not write the words of a quotation the
  told sentence carries (:func:`unstated`).
- **Clauses**: :func:`clauses` cuts a sentence at its clause boundaries (", after", ";", ":",
  a dash, ", which", ", but", a closing appositive ", a decision that ...", a second reported claim
  after a verb of saying, "said A and that B"...) so the digest can
  state only the clauses that are clean; :func:`background` finds a closing "..., two days after
  the tanker ran aground ..." clause that can stand as a sentence of its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import islice

from rapidfuzz.distance.Levenshtein import distance as levenshtein

from ...model import Article, ClaimRef, Entity, FramingCue
from ...text import PRONOUNS, SPEAKER_NOUNS, SPEECH_VERBS, attributions, find_quotes, reporting_lemma
from ...text.stems import suffix_stem
from ...text.datelines import DATELINE, DATELINE_CAPITALS, strip_dateline  # noqa: F401  (strip_dateline: part of this module's interface)
from ..framing.neutral import replace_spans

_QUOTED = re.compile(r"[“\"«„][^”\"»“]*[”\"»“]?")
_FIRST_PERSON = re.compile(r"\b(?:I|we|We|our|Our|ours|us|my|My|me|you|You|your|Your)\b")
_PRONOUN_START = re.compile(r"^[“\"‘]?(?P<p>He|She|They|It|This|These|Those|His|Her|Their|Its|Him|Them)\b(?P<poss>’s|'s)?")
# the speaker of a quotation told by a pronoun after it: '"We will appeal," she said'
_SPEAKER_PRONOUN = re.compile(r"[,.?!][”\"’']\s+(?P<p>he|she)\b")
_PERSONAL = {"He": "", "She": "", "His": "’s", "Her": None}  # "Her": possessive or object, told as a name either way
# "And the survivors were...", "But, developing countries...", "For its part, the admiral...": a link
# to the outlet's previous sentence, which the digest does not tell
_CONNECTIVE = re.compile(
    r"^(?:And|But|Also|Meanwhile|However|Moreover|Furthermore|In addition|For (?:its|his|her|their) part),?\s+(?=\S)"
)


def strip_connective(text: str) -> str:
    """The sentence without a connective that opens it, when a sentence is left."""
    m = _CONNECTIVE.match(text)
    if not m or len(text[m.end():].split()) < 4:
        return text
    rest = text[m.end():]
    return rest[0].upper() + rest[1:]


def unquoted(text: str) -> str:
    """The text with quoted passages blanked: the outlet's own words."""
    return _QUOTED.sub(" ", text)


def headline_ids(articles: Sequence[Article]) -> set[str]:
    """Sentences that are a headline: the article's title, or inside its first line when that
    line does not end like a sentence."""
    out = set()
    for article in articles:
        first_line_end = article.text.find("\n")
        first_line = article.text[: first_line_end if first_line_end >= 0 else len(article.text)].strip()
        title = (article.title or "").strip()
        for s in article.sentences:
            text = s.text.strip()
            if title and (text == title or (len(text) > 12 and text in title)):
                out.add(s.id)
            elif first_line_end >= 0 and s.end <= first_line_end and not first_line.endswith((".", "”", "\"")):
                out.add(s.id)
    return out


# "that delay", "this decision", "these measures" after a preposition or at the start: a referent
# set up by an earlier sentence, which the digest does not tell.
_ANAPHORA = re.compile(
    r"(?:^[“\"‘]?|\b(?i:of|for|in|on|by|with|from|to|at|after|before|despite|over|about|under)\s+)"
    r"(?:[Tt]hat|[Tt]his|[Tt]hese|[Tt]hose|[Ss]uch)\s+(?!is\b|was\b|are\b|were\b|has\b|had\b|will\b|would\b)[a-z]+"
)


def why_untellable(text: str) -> str:
    """'' when a digest may state the sentence; else why not, in words."""
    text = text.strip()
    own = unquoted(text)
    if "?" in own or text.endswith("?"):
        return "a question"
    if "!" in own:
        return "an exclamation"
    if not text.endswith((".", "”", "\"", "’", "'")):
        return "not closed like a sentence"
    if _FIRST_PERSON.search(own):
        return "in the first or second person"
    if own != text and len(re.findall(r"[^\W\d_]{2,}", own)) < 2:
        return "a quotation without its speaker"
    if DATELINE_CAPITALS.match(text) or len(text.split()) < 4:
        return "too short to state a claim"
    if _ANAPHORA.search(own):
        return "refers back to an earlier sentence (“" + _ANAPHORA.search(own).group().strip() + "”)"
    return ""


def resolve_pronoun(ref: ClaimRef, text: str, article: Article | None, entities: Sequence[Entity]) -> str | None:
    """``text`` with a sentence-initial pronoun, or a speaker's pronoun after a quotation ('"...,"
    she said'), replaced by the person it refers to; the text unchanged when it has neither; None
    when the story cannot resolve it."""
    m = _PRONOUN_START.match(text)
    if not m:
        speaker = _SPEAKER_PRONOUN.search(text)
        if not speaker:
            return text
        person = _previous_person(ref, text, article, entities)
        return None if person is None else text[: speaker.start("p")] + person + text[speaker.end("p"):]
    pronoun = m.group("p")
    if pronoun not in _PERSONAL or article is None:
        return None  # "It", "They", "This": what they stand for is not read here
    surname = _previous_person(ref, text, article, entities)
    if surname is None:
        return None
    possessive = _PERSONAL[pronoun]
    if pronoun == "Her":
        nxt = text[m.end():].lstrip().split(" ", 1)[0]
        possessive = "’s" if nxt[:1].islower() and nxt not in {"to", "by", "in", "on", "at", "for"} else ""
    return text[: m.start("p")] + surname + (possessive or "") + text[m.end("p"):]


def _previous_person(ref: ClaimRef, text: str, article: Article | None, entities: Sequence[Entity]) -> str | None:
    """The surname of the one person the article's previous sentence names, when ``text`` does
    not name that person itself; else None."""
    if article is None:
        return None
    index = next((s.index for s in article.sentences if s.id == ref.sentence), None)
    if index is None or index == 0:
        return None
    previous = next((s for s in article.sentences if s.index == index - 1), None)
    if previous is None:
        return None
    people = {e.id: e for e in entities if e.type == "PERSON" and any(x.sentence == previous.id for x in e.mentions)}
    if len(people) != 1:
        return None
    (person,) = people.values()
    # the form the article itself uses ("Karavel"), else the resolved name
    surname = person.name.split()[-1]
    if surname in text or any(x.sentence == ref.sentence for x in person.mentions):
        return None  # "He tied Ford ...": a person the sentence names is not who its pronoun stands for
    return surname


def repair_names(ref: ClaimRef, entities: Sequence[Entity], cues: Sequence[FramingCue] = ()) -> tuple[str, int]:
    """The passage with flagged (garbled) forms replaced by the entity's resolved name, and the
    framing cues that carry a neutral wording (``cues``: the framing stage's, a context-bound
    lexicon term such as "admitted" -> "said" among them) replaced by it. Returns the text and
    how many replacements were made."""
    fixes = []
    for entity in entities:
        flagged = {s.text for s in entity.suspect}
        for m in entity.mentions:
            if m.sentence == ref.sentence and m.text in flagged and ref.start <= m.start and m.end <= ref.end:
                fixes.append((m.start - ref.start, m.end - ref.start, _replacement(m.text, entity.name)))
    for cue in cues:
        if cue.neutral and cue.kind in {"loaded", "naming"} and ref.start <= cue.start and cue.end <= ref.end:
            start, end, neutral = cue.start - ref.start, cue.end - ref.start, cue.neutral
            if ref.text[end:].lstrip().startswith(neutral):
                # a modifier put before the name it suggests instead ("the long-time ruler Aldenko"):
                # the modifier goes, with the article before it, and the name stays
                end = len(ref.text) - len(ref.text[end:].lstrip())
                article = re.search(r"\b(?:the|The)\s+$", ref.text[:start])
                start, neutral = (article.start(), "") if article else (start, "")
            if not any(s < end and start < e for s, e, _ in fixes):
                fixes.append((start, end, neutral))
    text, pairs = replace_spans(ref.text, fixes)
    return text, len(pairs)


def _replacement(form: str, canonical: str) -> str:
    # A surname alone stays a surname: "Blinkin" -> "Blinken", not the full name.
    if " " not in form.strip() and " " in canonical:
        return canonical.split()[-1]
    return canonical


# Where a sentence may be cut into clauses a reader can take alone.
_BOUNDARY = re.compile(
    r"(?:;\s+|:\s+(?=[A-Za-z])|\s+[—–]\s+|,\s+(?=(?:after|before|while|as|but|which|whereas|although|though|"
    r"even as|despite|amid|with|where|when|saying|adding|leaving|bringing|opening|deepening)\b)"
    # a closing appositive that sums up the clause: "..., a heavy decision that ...", "..., the cost of ..."
    r"|,\s+(?=(?P<appositive>(?:a|an|the)\s+[^,;:—–“\"”]*)$)"
    # a second reported claim: "X said A and that B" (cut only after a verb of saying, below)
    r"|,?\s+(?P<second>and\s+that)\s+(?=[a-z]))"
)
MIN_CLAUSE_WORDS = 6
_WORDS = re.compile(r"[A-Za-z]+")  # an appositive with a verb of saying is an attribution ("..., the police said")


def _reported(before: str) -> bool:
    """Whether a verb of saying stands before an "and that" cut: "officials said A and that B" holds
    two reported claims; "the bridge and that road" is one phrase."""
    return any(reporting_lemma(w) for w in _WORDS.findall(before))


def clauses(text: str) -> list[tuple[int, int]]:
    """(start, end) of the clauses of ``text`` outside quotations, in reading order; one span
    (the whole text) when it has no boundary."""
    quotes = find_quotes(text)
    dateline = DATELINE.match(text)
    start = dateline.end() if dateline else 0
    cuts = [m for m in _BOUNDARY.finditer(text, start) if not any(q.start <= m.start() < q.end for q in quotes)
            and not (m.group("appositive") and any(reporting_lemma(w) for w in _WORDS.findall(m.group("appositive"))))
            and not (m.group("second") and not _reported(text[start:m.start()]))]
    spans = []
    for m in cuts:
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text.rstrip())))
    return [(s, e) for s, e in spans if e > s]


def as_sentence(clause: str) -> str:
    """A clause written as a sentence: capital first letter, a full stop at the end."""
    clause = clause.strip().rstrip(",;:—– ")
    if not clause:
        return clause
    clause = clause[0].upper() + clause[1:]
    return clause if clause.endswith((".", "”", "\"")) else clause + "."


def opens_a_sentence(clause: str) -> bool:
    """A clause that can stand alone: long enough, not opening with a connective or a relative word."""
    words = clause.split()
    if len(words) < MIN_CLAUSE_WORDS:
        return False
    first = words[0].lower().strip("“\"‘(")
    return first not in {
        "after", "before", "while", "as", "but", "which", "whereas", "although", "though", "even", "despite",
        "amid", "with", "where", "when", "saying", "adding", "leaving", "bringing", "opening", "deepening", "and",
        "or", "who", "whom", "whose", "that", "to", "of", "for", "in", "on",
    }


# "..., two days after the tanker ran aground ...": a clause that tells what came before, whole in itself
_BACKGROUND = re.compile(
    r"(?:,\s+|\s+)(?:(?:\w+|a|an)\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\s+)?(?:after|before|since)\s+(?=\S)"
)
MAX_BACKGROUND = 4  # "after"/"before"/"since" looked at per sentence
# finite verbs that are not "-ed" forms: a clause needs one to stand alone
_FINITE = frozenset(
    "ran struck fell hit broke took made began sank went came left rose tore said won lost sold held met told gave "
    "brought caught built sent kept shot led set cut put was were had has is are did became found".split()
)


_AUXILIARIES = frozenset("be been will would can could may might must shall should does do".split())


def has_verb(clause: str) -> bool:
    """Whether a clause has a finite verb to stand as a sentence ("The employers' federation of
    the tech" has none): a common irregular or auxiliary verb, or an "-ed" form."""
    words = [w.lower().strip(".,;:“”\"'’") for w in clause.split()[1:]]
    return any(w in _FINITE or w in _AUXILIARIES or w.endswith("ed") for w in words)


def background(text: str) -> tuple[int, int, int] | None:
    """(end of the main clause, start, end) of a closing clause that tells what came before or
    after ("..., two days after the tanker ran aground on the reef."), when it reads as a
    sentence of its own: a subject, a finite verb, at least :data:`MIN_CLAUSE_WORDS` words."""
    quotes = find_quotes(text)
    for m in islice(_BACKGROUND.finditer(text), MAX_BACKGROUND):  # bounded: each look reads the rest
        if any(q.start <= m.start() < q.end for q in quotes):
            continue
        rest = text[m.end():].rstrip()
        words = rest.split()
        if len(words) < MIN_CLAUSE_WORDS or words[0].lower().endswith("ing"):
            continue
        if words[0].lower() not in {"the", "a", "an", "its", "his", "her", "their"} and not words[0][:1].isupper():
            continue
        if not any(w.lower().strip(".,;") in _FINITE or w.lower().strip(".,;").endswith("ed") for w in words[1:]):
            continue
        if any(q.start >= m.end() for q in quotes) or _BOUNDARY.search(rest):
            continue  # a quotation or another clause follows: not one closing clause
        return m.start(), m.end(), m.end() + len(rest)
    return None




_NOT_A_SPEAKER_WORD = frozenset({"the", "a", "an", "of", "and", "its", "their", "his", "her", "local", "other"})
# where a speaker phrase ends: "the council said on Monday", "residents told reporters late on Sunday"
_SPEAKER_END = frozenset({"on", "in", "at", "late", "early", "earlier", "later", "also", "then", "after", "before",
                          "during", "reporters", "journalists", "that", "from", "by", "to", "via", "when", "while", "for",
                          "of", "with", "who", "which", "familiar", "close", "working"})
# speakers that may stand for anyone's: "officials said" may be the council's officials
_GENERIC = frozenset({"official", "officials", "authorities", "source", "sources", "spokesman", "spokeswoman",
                      "spokesperson", "spokespeople", "statement", "report", "reports", "media"})
_PLURAL = frozenset({"people", "men", "women", "children", "witnesses", "residents"})
MAX_TAIL_SPEAKER = 8  # words in a closing ", X said" clause
MAX_GARBLE = 2  # edits between two spellings of one surname ("Brandvold", "Brandvoll")


def _speaker_phrase(speaker: str) -> list[str]:
    words = []
    for w in re.findall(r"[^\W\d_][\w’'-]*", speaker):
        if w.lower() in _SPEAKER_END or (words and w.islower() and w.endswith("ed")):
            break  # "two engineers hired by the city": the phrase's head is "engineers"
        words.append(w)
    return [w for w in words if w.lower() not in _NOT_A_SPEAKER_WORD]


def _speakers(text: str) -> list[list[str]]:
    """The named speakers of ``text``, each as its words: the text layer's attributions, and a
    closing clause of saying ("..., residents said.", "..., said the harbour master.") whose
    speaker is a plain noun the attribution reader does not take for one."""
    out = [_speaker_phrase(a.speaker.text) for a in attributions(text) if a.named]
    quotes = find_quotes(text)
    body = text.rstrip().rstrip(".”\"’' ")
    cut = next((m.end() for m in reversed(list(re.finditer(r",\s+", body))) if not any(q.start <= m.start() < q.end for q in quotes)), None)
    if cut is not None and not any(q.start >= cut for q in quotes):
        words = body[cut:].split()
        verb = next((k for k, w in enumerate(words) if reporting_lemma(w) in SPEECH_VERBS), None)
        if verb is not None and len(words) <= MAX_TAIL_SPEAKER:
            who = words[:verb] or words[verb + 1:]
            if not (len(who) == 1 and who[0].lower() in PRONOUNS):
                out.append(_speaker_phrase(" ".join(who)))
    return [w for w in out if w]


def _surname(phrase: list[str]) -> str | None:
    """The last capitalised word of a speaker phrase that is no role ("Interior Minister Radomir
    Kettle" -> "Kettle"; "the Minister" -> None)."""
    names = [w for w in phrase if w[:1].isupper() and w.lower() not in SPEAKER_NOUNS]
    return names[-1].removesuffix("’s").removesuffix("'s") if names else None


def _kind(phrase: list[str]) -> str:
    """"name" (a person or body named), "group" (a plural of people: "residents", "two recovery
    consultants", "people familiar with the talks"), "generic" ("officials": anyone's) or "one" (a
    role or body: "the minister", "the council")."""
    if _surname(phrase):
        return "name"
    lower = [w.lower() for w in phrase]
    if any(w in _GENERIC for w in lower):
        return "generic"
    head = lower[-1] if len(lower) == 1 or lower[0] not in _PLURAL else lower[0]
    if head in _PLURAL or head.endswith("men") or (head.endswith("s") and not head.endswith(("ss", "us", "ics")) and head != "police"):
        return "group"
    return "one"


def _same_person(a: str, b: str, entities: Sequence[Entity]) -> bool:
    if a.lower() == b.lower() or levenshtein(a.lower(), b.lower()) <= MAX_GARBLE:
        return True
    for e in entities:
        forms = {w for text in (e.name, *e.variants, *(m.text for m in e.mentions), *(x.text for x in e.suspect))
                 for w in text.split()}
        if a in forms and b in forms:
            return True
    return False


def _differ(mine: list[str], theirs: list[str], entities: Sequence[Entity]) -> bool:
    """Whether two speaker phrases name different speakers: two names of different people;
    a group of people against a name or a role; two groups with no word in common. A role
    against a name ("the minister", "Onsk") may be one person, and "officials" anyone's."""
    a, b = _kind(mine), _kind(theirs)
    if "generic" in (a, b):
        return False
    if a == b == "name":
        return not _same_person(_surname(mine), _surname(theirs), entities)
    if a == b == "group":
        return not ({suffix_stem(w.lower()) for w in mine} & {suffix_stem(w.lower()) for w in theirs})
    return "group" in (a, b) and a != b


def other_speaker(told: str, member: str, entities: Sequence[Entity] = ()) -> bool:
    """Whether ``member`` gives the claim to someone other than the speaker ``told`` names: the
    digest says "..., the council said" and the member wrote "..., residents said". Only named
    speakers are compared (a pronoun may stand for either); a member naming none, or one that
    may be the told speaker (:func:`_differ`), states it. ``entities``: the story's, whose
    mentions join two spellings of one name ("Kessel", "Kettle")."""
    mine = _speakers(told)
    theirs = _speakers(member)
    if not mine or not theirs:
        return False
    return all(_differ(m, t, entities) for m in mine for t in theirs)


_STEMMED = re.compile(r"[^\W\d_][\w’'-]*|\d+(?:[.,]\d+)*")
_QUOTE_STOP = frozenset("the a an and or of to in on at for with by from that this it its is was were are be been has have "
                        "had as but not we our us i my you your he she they them his her their".split())
MIN_QUOTED_FOUND = 0.5  # share of a quotation's words a member must write to state the quotation


def _stems(text: str) -> set[str]:
    return {suffix_stem(w.lower()) for w in _STEMMED.findall(text) if w.lower() not in _QUOTE_STOP}


def unstated(told: str, member: str, entities: Sequence[Entity] = ()) -> str:
    """'' when ``member`` states the parts of ``told`` that are one outlet's to give: each quotation
    (:data:`MIN_QUOTED_FOUND` of its words; "the café owner said “it was chaos” as 14 were hurt"
    is no statement of a member that only counts the hurt) and the speaker it names (a member
    giving the claim to another speaker does not state it: :func:`other_speaker`; one naming no
    speaker states the claim itself); else what the member lacks, in words."""
    stems = _stems(member)
    for quote in find_quotes(told):
        words = _stems(quote.text)
        if words and len(words & stems) < MIN_QUOTED_FOUND * len(words):
            return "the quotation “" + quote.text.strip("“”\"") + "”"
    if other_speaker(told, member, entities):
        return "another speaker"
    return ""
