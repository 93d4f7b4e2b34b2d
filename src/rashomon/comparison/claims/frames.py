"""Act frames of any verb: who did it (the doer), what was done (the verb), to what (the head of
its object), read from the surface of a sentence without a parser.

Three shapes, for any verb told as done (a past form), where :mod:`.acts` reads only verbs of
the acts it knows:

- active after its subject: "Army engineers opened a footpath over the ridge", "Police said
  officers had closed the gate" (the subject starts after a reporting verb), "festival stewards
  employed by the organising committee closed a gate" (a participle phrase on the subject is
  skipped); a second verb joined by "and" keeps the first one's subject ("a patrol crossed the
  border and opened fire on the guards")
- passive with an auxiliary and its agent: "an iron door on the bridge had been closed by the police";
  or a participle with its agent on the noun right before it, no auxiliary: "The operation, carried
  out by a unit of the army, ..." (after a comma, only on the head of its phrase: "They came back on
  Friday evening, escorted by soldiers" is on "They")
- a cleft: "It is the stewards of the stadium who opened an exit door"

The doer must be able to act: a noun of people or of a body (its commonest senses, by the
thesaurus), or a name; a pronoun is no doer ("they closed the gate" names no one). The act is
the verb's class of one meaning where :mod:`.acts` has one ("closed" is "stop"), else its stem.
"""

from __future__ import annotations

from functools import lru_cache

from ...text.stems import inflection_stem
from ...text.thesaurus import kinds_of
from ...text.verbs import IRREGULAR_PAST, PRONOUNS, REPORTING_VERBS
from .acts import ACTS_ON_PEOPLE, Act, done_act, planned_act
from .frame_words import (
    _ADVERBS, _ALONE, _AUXILIARIES, _CLAUSE_STARTS, _DEFINITE, _DETERMINERS, _MAX_SUBJECT, _NEGATIONS, _NO_ONE, _NO_THING, _PARTICLES,
    _PASSIVE_AUX, _PREPOSITIONS, _PUNCTUATION, _TOKEN, _cut_participle, _head, _is_past, _is_word, _may_act, _modifies, _place,
    _skip_back, _subject_start, _thing,
)


# Words that end what a verb acts on ("closed a gate at the bridge")
_OBJECT_ENDS = _PREPOSITIONS | _CLAUSE_STARTS | PRONOUNS | _PASSIVE_AUX | _AUXILIARIES | _ALONE


def _object(tokens: list[str], k: int, *, planned: bool = False, people: bool = False) -> str:
    """The head of what the verb at ``k`` acts on: the words after it up to a preposition
    ("closed a gate at the bridge" -> "gate"); "" when a preposition or nothing follows, or
    the head is no thing (:func:`_thing`). ``planned``: the verb is a plain form after "to",
    whose object ends at the sentence's own verb ("the decision to close the port came late"),
    and may be a place (:func:`_place`)."""
    i = k + 1
    if i < len(tokens) and tokens[i].lower() in _PARTICLES | {"away"}:
        if i + 1 < len(tokens) and tokens[i + 1].lower() in _DETERMINERS:
            i += 1  # "handed over the note"
        else:
            return ""  # "passed away", "gave himself up"
    words = []
    while i < len(tokens) and len(words) < 4 and _is_word(tokens[i]):
        w = tokens[i]
        if w.lower() in _OBJECT_ENDS:
            break
        if planned and (_is_past(w) or w.lower() in IRREGULAR_PAST):
            break
        if _is_past(w):
            return ""  # "the armed forces violated": the first past form was an adjective
        words.append(w)
        i += 1
    content = [w for w in words if w.lower() not in _DETERMINERS and not (w.endswith("ly") and len(words) > 1)]
    if people and content and content[-1].lower() not in _NO_THING | _NO_ONE:
        return content[-1].lower()  # "detained the opposition leader Mara Yelsin": "yelsin"
    return (_place if planned else _thing)(content[-1]) if content else ""


# Who first noticed a thing, however it is worded: "was first spotted by a farmer" / "was first
# reported by lifeguards" (each says who raised the alarm first: one only did)
_NOTICING = {"reported", "spotted", "noticed", "detected", "discovered", "seen", "found", "observed", "identified", "flagged"}


def _first_notice(tokens: list[str], k: int) -> bool:
    return tokens[k] in _NOTICING and tokens[k - 1].lower() == "first"


def _act(tokens: list[str], k: int) -> str:
    """"first noticed" for a verb of noticing after "first"; else the class of one meaning the
    verb belongs to ("closed" -> "stop"), else its stem."""
    if _first_notice(tokens, k):
        return "first noticed"
    return done_act(tokens[k]) or "=" + inflection_stem(tokens[k])


@lru_cache(maxsize=16384)
def read_frames(text: str, offset: int = 0) -> tuple[Act, ...]:
    """The act frames ``text`` tells, offsets shifted by ``offset``."""
    found = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]
    tokens = [t for t, _, _ in found]
    out: list[Act] = []
    subjects: dict[int, tuple[int, int]] = {}  # verb index -> its subject's token span
    for k, token in enumerate(tokens):
        if k == 0 or not (_is_past(token) or _first_notice(tokens, k)):
            continue
        j = _skip_back(tokens, k, _AUXILIARIES | _ADVERBS)
        if j < 0 or tokens[j].lower() in _NEGATIONS:
            continue
        if tokens[j].lower() == "be" and j > 0 and tokens[j - 1].lower() == "to":
            frame = _ordered(tokens, found, k, j - 1, offset)
        elif tokens[j].lower() in _PASSIVE_AUX:
            frame = _passive(tokens, found, k, j, offset)
        elif tokens[j].lower() == "and":
            frame = _joined(tokens, found, k, j, subjects, offset)
        elif tokens[j].lower() in ("who", "that") and (cleft := _cleft_doer(tokens, j)) is not None:
            frame = _frame(tokens, found, k, cleft, offset)
        elif (last := _verb_last(tokens, k)) is not None:
            subjects[k] = last[0]
            frame = _frame(tokens, found, k, last[0], offset, thing=last[1])
        else:
            span = _named_aside(tokens, j) or _active_subject(tokens, _past_aside(tokens, j))
            if span is None:
                span = _speaker_as_subject(tokens, j)
            if span is not None:
                subjects[k] = span
            frame = _frame(tokens, found, k, span, offset) if span else None
            if frame is None and _reduced(tokens, j):
                frame = _passive(tokens, found, k, j if tokens[j] != "," else j - 1, offset, reduced=True)
        if frame is not None:
            out.append(frame)
    out.extend(_decided(tokens, found, subjects, offset))
    return tuple(out)


_MAX_ASIDE = 12  # words of a relative clause or an apposition between a subject and its verb


def _past_aside(tokens: list[str], j: int) -> int:
    """Where a subject ends before the verb after ``j``: past a relative clause or an apposition
    between commas ("The new owners, who took over in May, closed the shop"; "the club's coach,
    Ivo Marr, dropped the striker"), else ``j`` itself. An apposition opens on a determiner or
    a name and holds no verb."""
    if tokens[j] != ",":
        return j
    opening = next((i for i in range(j - 1, max(-1, j - _MAX_ASIDE - 1), -1) if not _is_word(tokens[i])), None)
    if opening is None or tokens[opening] != "," or opening == 0 or opening + 1 == j:
        return j
    inside = tokens[opening + 1 : j]
    relative = inside[0].lower() in ("which", "who")
    apposition = (inside[0].lower() in _DEFINITE | {"a", "an"} or inside[0][:1].isupper()) and not any(_is_past(t) for t in inside)
    return opening - 1 if (relative or apposition) and _is_word(tokens[opening - 1]) else j


_SELF = {"it", "they", "he", "she", "we"}


def _speaker_as_subject(tokens: list[str], j: int) -> tuple[int, int] | None:
    """The speaker who tells their own act: "The airline said it had grounded the fleet" (the
    airline grounded it). A pronoun subject right after a reporting verb in the past, with or
    without "that", stands for the speaker before it."""
    if tokens[j].lower() not in _SELF or j < 2:
        return None
    says = j - 1
    if tokens[j - 1].lower() == "that":  # "said on Friday that it had"
        says = next((i for i in range(j - 2, max(0, j - 6), -1) if tokens[i].lower() in REPORTING_VERBS or not _is_word(tokens[i])), 0)
    if says < 1 or tokens[says].lower() not in REPORTING_VERBS or tokens[says].lower() == REPORTING_VERBS[tokens[says].lower()]:
        return None
    return _active_subject(tokens, _past_aside(tokens, says - 1))


def _named_aside(tokens: list[str], j: int) -> tuple[int, int] | None:
    """The apposition naming the subject, where the subject before it is only described: "Its
    owner, the investor Karl Demmel, sold the paper" (the doer is Demmel, not "its owner")."""
    before = _past_aside(tokens, j)
    if before == j:
        return None
    opening = before + 1
    subject = _active_subject(tokens, before)
    if subject is None or any(t[:1].isupper() for t in tokens[subject[0] + 1 : subject[1] + 1]) or tokens[subject[1]][:1].isupper():
        return None
    if not tokens[j - 1][:1].isupper() or tokens[opening + 1].lower() in ("which", "who"):
        return None
    return opening + 1, j - 1


def _active_subject(tokens: list[str], j: int) -> tuple[int, int] | None:
    start = _subject_start(tokens, j)
    if start is None:
        return None
    return start, _cut_participle(tokens, start, j)


def _joined(tokens: list[str], found: list, k: int, j: int, subjects: dict[int, tuple[int, int]], offset: int) -> Act | None:
    """A verb after "and" keeps the subject of the verb before it in the same clause (no comma between)."""
    earlier = [v for v in subjects if v < j and not any(t in _PUNCTUATION for t in tokens[v:j])]
    return _frame(tokens, found, k, subjects[earlier[-1]], offset) if earlier else _retained(tokens, found, k, j, offset)


def _cleft_doer(tokens: list[str], j: int) -> tuple[int, int] | None:
    """The doer of a cleft ending before "who" at ``j``: "It is the stewards of the stadium who"."""
    for i in range(j - 2, max(-1, j - _MAX_SUBJECT), -1):
        if tokens[i].lower() == "it" and tokens[i + 1].lower() in ("is", "was"):
            start, end = i + 2, j - 1
            if "not" in (t.lower() for t in tokens[start : end + 1]):  # "it was X, not Y, who"
                end = [t.lower() for t in tokens].index("not", start) - 1
                while end > start and not _is_word(tokens[end]):
                    end -= 1
            return (start, end) if start <= end else None
        if not _is_word(tokens[i]) and tokens[i] != ",":
            return None
    return None


def _frame(tokens: list[str], found: list, k: int, span: tuple[int, int], offset: int, *, thing: str | None = None) -> Act | None:
    start, end = span
    head = _head(tokens, start, end)
    thing = _object(tokens, k, people=_act(tokens, k) in ACTS_ON_PEOPLE) if thing is None else thing
    if head is None or not thing or not _may_act(tokens, head):
        return None
    return Act(
        act=_act(tokens, k), verb=tokens[k], doer=_doer_text(found, start, end),
        doer_start=offset + found[start][1], doer_end=offset + found[end][2],
        thing=thing, start=offset + found[start][1], end=offset + found[k][2], general=True,
    )


def _doer_text(found: list, start: int, end: int) -> str:
    return "".join(
        (" " if i > start and found[i][1] > found[i - 1][2] else "") + found[i][0] for i in range(start, end + 1)
    )


# Words that end the stretch between an auxiliary and a participle closing its clause: another
# clause or verb starts there
_VERB_LAST_BREAKS = _CLAUSE_STARTS - {"as", "so", "then", "than", "once"} | _PASSIVE_AUX | _NEGATIONS | {";", ":", "(", ")"}


def _verb_last(tokens: list[str], k: int) -> tuple[tuple[int, int], str] | None:
    """The doer's span and what was acted on, where the thing stands between "has" / "had" and
    the participle closing the clause: a causative ("The minister had the envoy summoned") or a
    translation keeping the verb last ("The authority has on Tuesday the bridge for all traffic
    closed"). In both, the noun phrase before the participle is what was acted on and the doer is
    the subject of the auxiliary. The thing must be told as known ("the", "this"): "had their
    homes destroyed" and "had a school destroyed" tell what was done to them, not by them."""
    following = tokens[k + 1].lower() if k + 1 < len(tokens) else ","
    if following not in {",", ";", ":", "and", "after", "before", "because", "when", "—", "–"}:
        return None
    aux = None
    for i in range(k - 1, max(-1, k - 25), -1):
        w = tokens[i].lower()
        if w in _AUXILIARIES:
            aux = i
            break
        if w in _VERB_LAST_BREAKS or w in REPORTING_VERBS or _is_past(tokens[i]) and not _modifies(tokens[i + 1]):
            return None
    if aux is None or aux == 0 or k - aux < 3:
        return None  # "has closed", "has quickly closed": the plain order
    thing = next(
        (i for i in range(aux + 1, k) if tokens[i].lower() in _DEFINITE and tokens[i - 1].lower() not in _PREPOSITIONS),
        None,
    )
    if thing is None or any(t in _PUNCTUATION for t in tokens[aux + 1 : thing]):
        return None
    end = k - 1
    while end > thing and tokens[end].islower() and tokens[end].endswith("ly"):
        end -= 1  # "the envoy personally summoned"
    head = _head(tokens, thing, end)
    if head is None:
        return None
    word = tokens[head]
    if "-" in word and word.rsplit("-", 1)[1].islower():
        word = word.rsplit("-", 1)[1]  # "the Tamsin-bridge": a bridge
    j = _skip_back(tokens, aux, _ADVERBS)
    span = _active_subject(tokens, j) if j >= 0 else None
    return (span, _thing(word)) if span is not None else None


_ORDERING = {"ordered", "instructed", "commanded"}


def _ordered(tokens: list[str], found: list, k: int, to: int, offset: int) -> Act | None:
    """Who had a thing acted on by ordering it: "Police ordered an exit gate beside the turnstiles
    to be opened" (the police opened it, by their order)."""
    order = next((i for i in range(to - 1, max(0, to - 8), -1) if tokens[i].lower() in _ORDERING), None)
    if order is None or any(t in _PUNCTUATION for t in tokens[order:to]):
        return None
    head = _head(tokens, order + 1, to - 1)
    thing = _thing(tokens[head]) if head is not None else ""
    j = _skip_back(tokens, order, _AUXILIARIES | _ADVERBS)
    span = _active_subject(tokens, j) if j >= 0 else None
    if not thing or span is None:
        return None
    frame = _frame(tokens, found, order, span, offset)
    return None if frame is None else Act(
        act=_act(tokens, k), verb=tokens[k], doer=frame.doer, doer_start=frame.doer_start, doer_end=frame.doer_end,
        thing=thing, start=frame.start, end=offset + found[k][2], general=True,
    )


def _reduced(tokens: list[str], j: int) -> bool:
    """Whether the past form after ``j`` is a participle on the noun phrase before it, no
    auxiliary between: after a noun ("a water taxi chartered by ...") or a comma closing a noun
    ("The operation, carried out by ..."), not after a clause's start or a preposition."""
    before = j - 1 if tokens[j] == "," else j
    if before < 0 or not _is_word(tokens[before]):
        return False
    word = tokens[before].lower()
    return word not in _CLAUSE_STARTS | _PREPOSITIONS | _DETERMINERS | PRONOUNS | _NO_THING and not _is_past(tokens[before])


_MAX_BEFORE_AGENT = 6  # words between a passive verb and "by": a time or a place ("was approved on Friday by")


def _passive(tokens: list[str], found: list, k: int, j: int, offset: int, *, reduced: bool = False) -> Act | None:
    """A passive with its agent: "an iron door on the bridge had been closed by the police"; or,
    ``reduced``, a participle with its agent on the noun before it, with no auxiliary ("The
    ruling, drafted by Justice Antal, voids the permit": Antal drafted the ruling)."""
    by = next((i for i in range(k + 1, min(k + (4 if reduced else _MAX_BEFORE_AGENT + 1), len(tokens))) if tokens[i].lower() == "by"), None)
    if by is None or any(not _is_word(t) for t in tokens[k + 1 : by]):
        return None
    if by > k + 3 and any(_is_past(t) or t.lower() in _CLAUSE_STARTS | {"to"} for t in tokens[k + 1 : by]):
        return None  # a longer stretch before the agent holds only a time or a place ("removed early on Saturday by")
    end = _agent_end(tokens, by)
    agent_head = _head(tokens, by + 1, end - 1)
    before = j if reduced else _skip_back(tokens, j + 1, _PASSIVE_AUX | _AUXILIARIES | _ADVERBS)
    start = _subject_start(tokens, before) if before >= 0 else None
    thing = _head(tokens, start, before) if start is not None else None
    if reduced:
        if "time" in kinds_of(tokens[before].lower())[:1] or (tokens[before + 1] == "," and thing != before):
            return None  # "They returned on Friday afternoon, escorted by soldiers": on "They", not "afternoon"
        start, thing = (before if start is None else start), before  # the nearest noun: "a check carried out by"
    if agent_head is None or thing is None or not _thing(tokens[thing]) or not _may_act(tokens, agent_head):
        return None
    return _agent_frame(tokens, found, k, by, end, tokens[thing].lower(), start, offset)  # type: ignore[arg-type]


def _agent_end(tokens: list[str], by: int) -> int:
    """Where the agent after "by" at ``by`` ends (exclusive): before a clause, a preposition, an
    adverb, the sentence's own verb or a new phrase."""
    end = by + 1
    while end < len(tokens) and _is_word(tokens[end]) and end - by <= 8:
        w = tokens[end]
        if w.lower() in _CLAUSE_STARTS | _PREPOSITIONS - {"of"} or (w.islower() and w.endswith("ly")):
            break  # "locked by police shortly before"
        following = tokens[end + 1].lower() if end + 1 < len(tokens) else ""
        if _is_past(w) and not _modifies(tokens[end + 1] if following else ""):
            break  # "a taxi chartered by the council carried two patients": the sentence's verb
        if w.islower() and w.endswith("ing") and following in _PREPOSITIONS | _DETERMINERS:
            break  # "by a unit of the army acting on a tip": a phrase on the agent, not its name
        if w.lower() in _DETERMINERS and end > by + 1 and tokens[end - 1].lower() != "of":
            break  # "locked by the police an hour before": a new phrase
        if w.lower() in _ALONE:
            break  # "signed by President Avci alone": how the agent acted, not its name
        end += 1
    return end


def _agent_frame(tokens: list[str], found: list, k: int, by: int, end: int, thing: str, start: int, offset: int) -> Act:
    agent_start = next(i for i in range(by + 1, end) if tokens[i].lower() not in _DETERMINERS)
    return Act(
        act=_act(tokens, k), verb=tokens[k], doer=_doer_text(found, agent_start, end - 1),
        doer_start=offset + found[agent_start][1], doer_end=offset + found[end - 1][2],
        thing=thing, start=offset + found[start][1], end=offset + found[end - 1][2], general=True,
    )


def _retained(tokens: list[str], found: list, k: int, j: int, offset: int) -> Act | None:
    """A passive going on after "and" with the thing given and its agent: "The envoy was summoned
    to the ministry and handed the note by the deputy minister" (the deputy minister handed the
    note). Only after a passive verb of the same clause, no punctuation between."""
    earlier = next((v for v in range(j - 1, max(-1, j - 15), -1) if _is_past(tokens[v]) or tokens[v] in _PUNCTUATION), None)
    if earlier is None or tokens[earlier] in _PUNCTUATION:
        return None
    aux = _skip_back(tokens, earlier, _AUXILIARIES | _ADVERBS)
    if aux < 0 or tokens[aux].lower() not in _PASSIVE_AUX:
        return None
    by = next((i for i in range(k + 2, min(k + 5, len(tokens))) if tokens[i].lower() == "by"), None)
    if by is None or any(not _is_word(t) or _is_past(t) for t in tokens[k + 1 : by]) or tokens[k + 1].lower() not in _DETERMINERS:
        return None  # "and pronounced dead by paramedics": no thing given
    content = [t for t in tokens[k + 1 : by] if t.lower() not in _DETERMINERS]
    thing = _thing(content[-1]) if content and "time" not in kinds_of(content[-1].lower())[:1] else ""
    end = _agent_end(tokens, by)
    agent_head = _head(tokens, by + 1, end - 1)
    if not thing or agent_head is None or not _may_act(tokens, agent_head):
        return None
    return _agent_frame(tokens, found, k, by, end, thing, k, offset)


# An act told as decided or ordered is the decider's act: "The council decided to close the
# road", "The council took the decision to close the road", "The decision to close schools was
# taken by the mayor", "The authority ordered three schools closed". Verbs of deciding that commit the
# subject (not "tried", "refused"); nouns of a decision; verbs that take or make one.
_DECIDING = {"decided", "voted", "opted", "resolved", "agreed"}
_DECISIONS = {"decision", "order"}
_TAKING = {"took", "taken", "made", "reached", "issued", "gave", "given"}
_MAX_ORDERED = 8  # words between an ordering verb and the participle closing what it ordered


def _decided(tokens: list[str], found: list, subjects: dict[int, tuple[int, int]], offset: int) -> list[Act]:
    """Frames of acts told as decided or ordered, each with the decider as its doer."""
    out = []
    for i, token in enumerate(tokens):
        told = None
        if token.lower() == "to" and 0 < i < len(tokens) - 2 and tokens[i + 1].islower():
            verb = _skip_forward(tokens, i + 1)  # "opted to only pursue"
            told = _decider(tokens, i - 1, subjects), verb, _object(tokens, verb, planned=True), planned_act(tokens[verb])
        elif token in _ORDERING and i in subjects:
            told = _ordered_done(tokens, i, subjects[i])
        if told is None or told[0] is None or not told[2] or not told[3]:
            continue
        (start, end), verb, thing, act = told  # type: ignore[misc]
        head = _head(tokens, start, end)
        owner = [t.removesuffix("’s").removesuffix("'s") for t in tokens]  # "the ministry's": the ministry
        if head is None or not _may_act(owner, head):
            continue
        out.append(Act(
            act=act, verb=tokens[verb], doer=_doer_text(found, start, end).removesuffix("’s").removesuffix("'s"),
            doer_start=offset + found[start][1], doer_end=offset + found[end][2] - (2 if tokens[end].endswith(("’s", "'s")) else 0),
            thing=thing, start=offset + min(found[start][1], found[i][1]), end=offset + max(found[verb][2], found[end][2]), general=True,
        ))
    return out


_SKIPPED = _ADVERBS | {"only"}  # "opted to only pursue"


def _skip_forward(tokens: list[str], k: int) -> int:
    """The first token from ``k`` on that is no adverb ("only", "also", a word in -ly)."""
    while k < len(tokens) - 1 and (tokens[k].lower() in _SKIPPED or (tokens[k].endswith("ly") and tokens[k].islower())):
        k += 1
    return k


def _decider(tokens: list[str], word: int, subjects: dict[int, tuple[int, int]]) -> tuple[int, int] | None:
    """Who decided what the infinitive after ``word`` tells: the subject of a verb of deciding
    ("The council decided to"), the agent of a decision taken ("The decision to close schools was taken by the mayor") or the subject
    of the verb that took it ("The council took the decision to")."""
    if tokens[word].lower() in _DECIDING:
        return subjects.get(word)
    if tokens[word].lower() not in _DECISIONS:
        return None
    before = word - 1
    if before >= 0 and tokens[before].lower() in _DETERMINERS:
        taking = _skip_back(tokens, before, _ADVERBS)
        if taking >= 0 and tokens[taking].lower() in _TAKING and taking in subjects:
            return subjects[taking]
    # the decision as a passive's subject: its agent after the verb that took it
    for k in range(word + 2, min(word + 12, len(tokens) - 2)):
        if tokens[k] in _PUNCTUATION:
            return None
        if tokens[k].lower() in _TAKING and tokens[k - 1].lower() in _PASSIVE_AUX and tokens[k + 1].lower() == "by":
            end = _agent_end(tokens, k + 1)
            return (k + 2, end - 1) if end > k + 2 else None
    return None


_ORDERED_ENDS = _CLAUSE_STARTS | _PASSIVE_AUX | {"to"}  # words that end what an ordering verb ordered


def _ordered_done(tokens: list[str], order: int, subject: tuple[int, int]) -> tuple | None:
    """What an ordering verb ordered done, told by a participle closing its object: "ordered
    three primary schools closed" (the subject closed the schools, by its order)."""
    for k in range(order + 2, min(order + _MAX_ORDERED + 2, len(tokens))):
        if not _is_word(tokens[k]) or tokens[k].lower() in _ORDERED_ENDS:
            return None  # "ordered the gate to be opened" is read by :func:`_ordered`
        following = tokens[k + 1].lower() if k + 1 < len(tokens) else ","
        if _is_past(tokens[k]) and not _modifies(following):
            head = _head(tokens, order + 1, k - 1)
            if head is None or following in _OWN_COMPLEMENT or not (head == k - 1 or tokens[k - 1][:1].isupper()):
                return None  # "ordered execution for a gang member convicted of murder": on the member
            return subject, k, _place(tokens[head]), done_act(tokens[k])
    return None


# Words after a participle that open its own complement: it is said of the noun right before it
_OWN_COMPLEMENT = {"of", "by", "to", "as", "with", "into", "on"}
